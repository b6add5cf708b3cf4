"""Page 1 as a whole: its facts, its order, its chart, its gaps, and that it never fails."""

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta, timezone

from flag_builders import START, antibiotics, checkin, day
from hypothesis import given, settings
from hypothesis import strategies as st
from overview_builders import inputs_for

from journal.care.records import LabResult
from journal.checkin import CheckIn
from journal.demo import build_demo
from journal.flags import Thresholds, find_flags, flags_between, review
from journal.snapshot import JournalSnapshot
from journal.summary.blocks import (
    Chart,
    Document,
    Facts,
    FlagList,
    Heading,
    PageBreak,
    Paragraph,
    Table,
    Tone,
)
from journal.summary.build import TITLE, build_summary
from journal.summary.inputs import SummaryInputs
from journal.summary.overview import overview_blocks
from journal.summary.request import SummaryRequest
from journal.units import TemperatureUnit, UnitPreferences

STORY = [
    checkin(1, pain_now=5, temperature=38.4),
    checkin(2, 8, pain_now=4, temperature=37.2),
    checkin(2, 21, 15, pain_now=6),
    checkin(9, night_sweats=1),
]


def _one(blocks, kind):
    (found,) = [b for b in blocks if isinstance(b, kind)]
    return found


def test_page_one_reads_facts_flags_figures_chart_then_gaps():
    blocks = overview_blocks(inputs_for(STORY))
    kinds = [type(b) for b in blocks]
    assert kinds.index(Facts) < kinds.index(FlagList) < kinds.index(Table) < kinds.index(Chart)
    headings = [b.text for b in blocks if isinstance(b, Heading)]
    assert headings[-1] == "Gaps in the record"


def test_the_facts_give_the_period_its_record_when_it_was_made_and_its_last_check_in():
    facts = dict(_one(overview_blocks(inputs_for(STORY)), Facts).items)
    assert facts["Period"] == "Mon 2 Mar 2026 to Sun 15 Mar 2026 (14 days)"
    assert facts["Days with a check-in"] == "3 of 14"
    assert facts["Made"] == "Mon 16 Mar 2026, 18:30"
    assert facts["Goes up to"] == "the check-in of Wed 11 Mar 2026, 09:00"
    assert facts["Compared with"] == "Mon 16 Feb 2026 to Sun 1 Mar 2026, a check-in on 0 of 14 days"


def test_a_period_without_check_ins_says_so_in_its_facts():
    inputs = inputs_for([], labs=(LabResult("CRP", day(3), 12, "mg/L"),))
    facts = dict(_one(overview_blocks(inputs), Facts).items)
    assert facts["Goes up to"] == "no check-in in this period"


def test_the_flags_on_page_one_are_the_periods():
    listed = _one(overview_blocks(inputs_for(STORY)), FlagList)
    assert [i.title for i in listed.items] == ["Fever with back pain", "Night sweats"]


def test_the_gaps_are_quiet_lines():
    blocks = overview_blocks(inputs_for(STORY))
    gaps = blocks[blocks.index(Heading("Gaps in the record", 2)) + 1 :]
    assert Paragraph("No check-in on 11 of 14 days.", Tone.QUIET) in gaps
    assert all(isinstance(b, Paragraph) and b.tone is Tone.QUIET for b in gaps)


def test_the_chart_shows_pain_and_temperature_with_the_users_fever_line():
    inputs = inputs_for(
        STORY,
        thresholds=Thresholds(fever_celsius=37.5),
        units=UnitPreferences(TemperatureUnit.FAHRENHEIT),
    )
    chart = _one(overview_blocks(inputs), Chart)
    assert [p.key for p in chart.chart.panels] == ["pain", "temperature"]
    (line,) = chart.chart.panels[1].references
    assert line.value == 99.5 and line.label == "fever line 99.5 °F"
    assert "the line at 99.5 °F" in chart.caption


def test_the_chart_shades_the_courses_and_its_caption_names_them():
    chart = _one(overview_blocks(inputs_for(STORY, regimens=(antibiotics(3, 2),))), Chart)
    assert [b.label for b in chart.chart.bands] == ["Flucloxacillin"]
    assert "Shaded: medicine courses (Flucloxacillin)." in chart.caption
    assert "computed by the program" in chart.caption


def test_build_summary_with_no_sections_is_page_one_alone():
    inputs = inputs_for(STORY)
    document = build_summary(inputs)
    assert isinstance(document, Document)
    assert document.blocks[0] == Heading(TITLE)
    page = overview_blocks(inputs)
    # Charts compare by identity (they hold arrays); everything else by value.
    assert [type(b) for b in document.blocks[1:]] == [type(b) for b in page]
    assert [b for b in document.blocks[1:] if not isinstance(b, Chart)] == [
        b for b in page if not isinstance(b, Chart)
    ]
    assert not any(isinstance(b, PageBreak) for b in document.blocks)


def _demo_inputs(first: date, last: date) -> SummaryInputs:
    demo = build_demo(date(2026, 11, 21))
    care = demo.care
    journal = JournalSnapshot(
        checkins=tuple(demo.checkins),
        regimens=tuple(replace(r, id=i) for i, r in enumerate(care.regimens)),
        labs=tuple(care.labs),
        basdai=tuple(care.basdai),
        appointments=tuple(a for a, _ in care.appointments),
    )
    flags = flags_between(find_flags(journal), first, last)
    return SummaryInputs(
        journal,
        SummaryRequest(first, last, frozenset()),
        tuple(review(flags, {})),
        Thresholds(),
        UnitPreferences(),
        datetime(2026, 11, 21, 20, 0, tzinfo=UTC),
    )


def test_the_demo_treatment_month_shows_its_markers_falling_since_antibiotics_began():
    demo = build_demo(date(2026, 11, 21))
    first = demo.start + timedelta(days=21)
    blocks = overview_blocks(_demo_inputs(first, first + timedelta(days=29)))
    names = [row[0].text for row in _one(blocks, Table).rows]
    assert any(n.startswith("CRP since antibiotics") for n in names)
    listed = _one(blocks, FlagList)
    assert listed.items and listed.items[0].level.rank <= listed.items[-1].level.rank


zones = st.integers(-10, 12).map(lambda h: timezone(timedelta(hours=h)))
yes_no = st.sampled_from([0.0, 1.0])


@st.composite
def checkins(draw):
    values = {
        "pain_now": float(draw(st.integers(0, 10))),
        "pain_worst": float(draw(st.integers(0, 10))),
        "temperature": draw(st.integers(340, 430)) / 10,
        "stiffness_minutes": float(draw(st.integers(0, 1440))),
        "weight": draw(st.floats(20, 400)),
        "tingling": draw(yes_no),
        "bladder_bowel_change": draw(yes_no),
        "night_sweats": draw(yes_no),
    }
    keep = draw(st.sets(st.sampled_from(sorted(values))))
    when = datetime.combine(
        START + timedelta(days=draw(st.integers(-40, 40))),
        time(draw(st.integers(0, 23))),
        draw(zones),
    )
    return CheckIn(when, {k: v for k, v in values.items() if k in keep})


labs = st.builds(
    LabResult,
    test=st.sampled_from(["CRP", "ESR", "crp ", "WBC"]),
    taken_on=st.integers(-40, 40).map(day),
    value=st.none() | st.floats(0, 500),
    unit=st.sampled_from(["mg/L", "mm/h", "", "mg/dL"]),
)


@settings(max_examples=80, deadline=None)
@given(
    st.lists(checkins(), max_size=40),
    st.lists(labs, max_size=6),
    st.integers(-5, 20),
    st.integers(0, 40),
    st.sampled_from(list(TemperatureUnit)),
    st.booleans(),
)
def test_page_one_never_fails_and_its_table_is_whole(journal, results, first, length, unit, course):
    regimens = (antibiotics(first - 3, weeks=2),) if course else ()
    inputs = inputs_for(
        journal,
        first=first,
        last=first + length,
        units=UnitPreferences(unit),
        labs=tuple(results),
        regimens=regimens,
    )
    blocks = overview_blocks(inputs)
    table = _one(blocks, Table)
    assert table.rows
    for row in table.rows:
        assert len(row) == len(table.columns)
        assert all(cell.text.strip() for cell in row)
    assert isinstance(build_summary(inputs), Document)
