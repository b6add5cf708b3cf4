"""The medicines section and the labs and imaging section of the summary.

Both are tables of what the patient recorded, with the program's own figures (doses taken
of scheduled, the change of a test over the period) beside them. An out-of-range value is
marked with a word ("high", "low") as well as the table's mark, never by colour alone.
"""

from __future__ import annotations

from collections.abc import Iterable

from journal.care.adherence import adherence
from journal.care.labs import TESTS_BY_NAME, is_blood_culture, is_out_of_range
from journal.care.medicines import describe_schedule
from journal.care.records import DoseEvent, LabResult, Regimen
from journal.dates import day_text, short_day_text
from journal.numbers import written_short
from journal.summary.blocks import Block, Cell, Heading, Paragraph, Table, Tone
from journal.summary.inputs import SummaryInputs
from journal.summary.request import Section
from journal.translation import QT_TRANSLATE_NOOP, translate

# Column titles in English, translated where a table is made (:func:`_titles`).
MEDICINE_COLUMNS = (
    QT_TRANSLATE_NOOP("Summary", "Medicine"),
    QT_TRANSLATE_NOOP("Summary", "For"),
    QT_TRANSLATE_NOOP("Summary", "Dose"),
    QT_TRANSLATE_NOOP("Summary", "Given"),
    QT_TRANSLATE_NOOP("Summary", "Course"),
    QT_TRANSLATE_NOOP("Summary", "Doses taken in period"),
    QT_TRANSLATE_NOOP("Summary", "Side effects noted"),
)
LAB_COLUMNS = (
    QT_TRANSLATE_NOOP("Summary", "Date"),
    QT_TRANSLATE_NOOP("Summary", "Test"),
    QT_TRANSLATE_NOOP("Summary", "Result"),
    QT_TRANSLATE_NOOP("Summary", "Unit"),
    QT_TRANSLATE_NOOP("Summary", "Normal range"),
)
CHANGE_COLUMNS = (
    QT_TRANSLATE_NOOP("Summary", "Test"),
    QT_TRANSLATE_NOOP("Summary", "First in period"),
    QT_TRANSLATE_NOOP("Summary", "Latest in period"),
    QT_TRANSLATE_NOOP("Summary", "Change"),
)
IMAGING_COLUMNS = (
    QT_TRANSLATE_NOOP("Summary", "Date"),
    QT_TRANSLATE_NOOP("Summary", "Imaging"),
    QT_TRANSLATE_NOOP("Summary", "Result"),
)


def _titles(columns: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(translate("Summary", title) for title in columns)


def medicine_blocks(inputs: SummaryInputs) -> list[Block]:
    """The medicines taken in the period or still taken now, oldest course first."""
    blocks: list[Block] = [Heading(Section.MEDICINES.title)]
    regimens = period_regimens(inputs)
    if not regimens:
        blocks.append(Paragraph(translate("Summary", "No medicines recorded in this period.")))
        return blocks
    rows = tuple(_medicine_row(inputs, regimen) for regimen in regimens)
    note = translate(
        "Summary",
        "Doses taken are counted from the first to the last day of the period, against the "
        "doses scheduled by then; as-needed medicines have no schedule.",
    )
    blocks.append(Table(_titles(MEDICINE_COLUMNS), rows, (1.4, 1.1, 1.5, 0.9, 1.6, 1.2, 1.6), note))
    return blocks


def period_regimens(inputs: SummaryInputs) -> list[Regimen]:
    """The medicines whose course touches the period or runs on the day the summary is made."""
    first, last, today = inputs.first, inputs.last, inputs.made_at.date()
    return sorted(
        (
            r
            for r in inputs.snapshot.regimens
            if (r.start <= last and (r.end is None or r.end >= first)) or r.active_on(today)
        ),
        key=lambda r: (r.start, r.name.lower()),
    )


def _medicine_row(inputs: SummaryInputs, regimen: Regimen) -> tuple[Cell, ...]:
    doses = [d for d in inputs.snapshot.doses if d.regimen_id == regimen.id]
    taken = adherence(regimen, doses, inputs.first, inputs.last, inputs.made_at)
    return (
        Cell(regimen.name, strong=True),
        Cell(regimen.purpose.label),
        Cell(f"{written_short(regimen.dose)} {regimen.dose_unit}\n{describe_schedule(regimen)}"),
        Cell(regimen.route.label),
        Cell(course_text(regimen)),
        Cell(taken.describe()),
        Cell(side_effects_text(doses, inputs)),
    )


def course_text(regimen: Regimen) -> str:
    """ "Mon 2 Nov 2026 to Sun 13 Dec 2026 (6 weeks)", or "From … , no end set"."""
    planned = f" ({regimen.planned_length})" if regimen.planned_length else ""
    if regimen.end is None:
        words = translate("Summary", "From {first}, no end set").format(
            first=day_text(regimen.start)
        )
    else:
        words = translate("Summary", "{first} to {last}").format(
            first=day_text(regimen.start), last=day_text(regimen.end)
        )
    return words + planned


def side_effects_text(doses: Iterable[DoseEvent], inputs: SummaryInputs) -> str:
    """The side effects noted with the period's doses, each once with its first day."""
    seen: dict[str, DoseEvent] = {}
    for dose in sorted(doses, key=lambda d: d.at):
        words = dose.side_effects.strip()
        if words and inputs.first <= dose.at.date() <= inputs.last:
            seen.setdefault(words.casefold(), dose)
    if not seen:
        return translate("Summary", "None noted")
    return "\n".join(
        f"{short_day_text(d.at.date())}: {d.side_effects.strip()}" for d in seen.values()
    )


def lab_blocks(inputs: SummaryInputs) -> list[Block]:
    """The period's lab results with their normal ranges, each test's change, then imaging."""
    blocks: list[Block] = [Heading(Section.LABS.title)]
    labs = sorted(
        (x for x in inputs.snapshot.labs if inputs.first <= x.taken_on <= inputs.last),
        key=lambda x: (x.taken_on, x.test.lower()),
    )
    imaging = sorted(
        (x for x in inputs.snapshot.imaging if inputs.first <= x.done_on <= inputs.last),
        key=lambda x: x.done_on,
    )
    if not labs and not imaging:
        blocks.append(
            Paragraph(translate("Summary", "No lab results or imaging recorded in this period."))
        )
        return blocks
    if labs:
        blocks += [Heading(translate("Summary", "Lab results"), level=2), _lab_table(labs)]
        changes = _change_rows(labs)
        if changes:
            blocks += [
                Heading(translate("Summary", "Change over the period"), level=2),
                Table(_titles(CHANGE_COLUMNS), changes, (1.0, 1.5, 1.5, 1.2)),
                Paragraph(
                    translate(
                        "Summary",
                        "Computed from the results above: the latest value beside the first of "
                        "the period. Figures only; what they mean is for your doctor to judge.",
                    ),
                    Tone.COMPUTED,
                ),
            ]
    else:
        blocks.append(
            Paragraph(translate("Summary", "No lab results recorded in this period."), Tone.QUIET)
        )
    if imaging:
        rows = tuple(
            (
                Cell(day_text(x.done_on)),
                Cell(x.kind, strong=True),
                Cell(x.result or translate("Summary", "No result")),
            )
            for x in imaging
        )
        blocks += [
            Heading(translate("Summary", "Imaging"), level=2),
            Table(_titles(IMAGING_COLUMNS), rows, (1.2, 0.8, 3.0)),
        ]
    else:
        blocks.append(
            Paragraph(translate("Summary", "No imaging recorded in this period."), Tone.QUIET)
        )
    return blocks


def _lab_table(labs: list[LabResult]) -> Table:
    rows = tuple(
        (
            Cell(day_text(lab.taken_on)),
            Cell(lab.test, strong=True),
            result_cell(lab),
            Cell(lab.unit or _usual_unit(lab)),
            Cell(range_text(lab)),
        )
        for lab in labs
    )
    note = translate(
        "Summary",
        "Marked results (in bold, with “high”, “low” or “positive”) are outside the normal "
        "range; a range marked “usual” is the common adult one, as the report gave none.",
    )
    return Table(_titles(LAB_COLUMNS), rows, (1.3, 1.0, 1.5, 0.8, 1.2), note)


def result_cell(lab: LabResult) -> Cell:
    """The result, marked with "high" or "low" when out of range ("positive" for a culture)."""
    if lab.value is None:
        text = lab.text.strip() or translate("Summary", "No result")
        positive = is_blood_culture(lab.test) and text.lower().startswith("positive")
        return Cell(text, marked=positive)
    number = written_short(lab.value)
    direction = out_of_range_word(lab)
    if direction:
        return Cell(f"{number} {direction}", marked=True)
    return Cell(f"{number} {lab.text.strip()}".strip())


def out_of_range_word(lab: LabResult) -> str:
    """ "high" or "low" for a number outside its normal range, else ""."""
    if not is_out_of_range(lab) or lab.value is None:
        return ""
    if lab.reference_low is not None and lab.value < lab.reference_low:
        return translate("Summary", "low")
    return translate("Summary", "high")


def range_text(lab: LabResult) -> str:
    """ "0–5", "up to 5", "at least 3", "up to 5 (usual)" or "Not given"."""
    low, high = lab.reference_low, lab.reference_high
    if low is not None and high is not None:
        return f"{written_short(low)}–{written_short(high)}"
    if high is not None:
        return translate("Summary", "up to {high}").format(high=written_short(high))
    if low is not None:
        return translate("Summary", "at least {low}").format(low=written_short(low))
    known = TESTS_BY_NAME.get(lab.test.strip().lower())
    if lab.value is not None and known is not None and known.reference_high is not None:
        usual = translate("Summary", "up to {high} (usual)")
        return usual.format(high=written_short(known.reference_high))
    return translate("Summary", "Not given")


def _usual_unit(lab: LabResult) -> str:
    known = TESTS_BY_NAME.get(lab.test.strip().lower())
    return known.unit if known is not None and lab.value is not None else ""


def _change_rows(labs: list[LabResult]) -> tuple[tuple[Cell, ...], ...]:
    by_test: dict[str, list[LabResult]] = {}
    for lab in labs:
        if lab.value is not None:
            by_test.setdefault(lab.test.strip(), []).append(lab)
    rows = []
    for test, results in by_test.items():
        if len(results) < 2:
            continue
        first, latest = results[0], results[-1]
        rows.append(
            (
                Cell(test, strong=True),
                Cell(_dated_value(first)),
                Cell(_dated_value(latest), marked=bool(out_of_range_word(latest))),
                Cell(change_text(first.value, latest.value, latest.unit or _usual_unit(latest))),
            )
        )
    return tuple(rows)


def _dated_value(lab: LabResult) -> str:
    words = [written_short(lab.value), lab.unit or _usual_unit(lab), out_of_range_word(lab)]
    return translate("Summary", "{value} on {day}").format(
        value=" ".join(w for w in words if w), day=day_text(lab.taken_on)
    )


def change_text(first: float | None, latest: float | None, unit: str) -> str:
    """ "Down 73 mg/L (86 %)", "Up 4 mm/h (20 %)" or "Unchanged"."""
    if first is None or latest is None:
        return ""
    difference = latest - first
    if difference == 0:
        return translate("Summary", "Unchanged")
    amount = f"{written_short(abs(difference), 4)} {unit}".strip()
    if first == 0:
        way = (
            translate("Summary", "Up {amount}")
            if difference > 0
            else translate("Summary", "Down {amount}")
        )
        return way.format(amount=amount)
    way = (
        translate("Summary", "Up {amount} ({percent} %)")
        if difference > 0
        else translate("Summary", "Down {amount} ({percent} %)")
    )
    return way.format(amount=amount, percent=f"{abs(difference) / first * 100:.0f}")
