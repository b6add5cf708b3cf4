"""The quicker rules find exactly the flags the rules as first written found, on any journal."""

from datetime import UTC, date, datetime, time, timedelta, timezone

from flag_builders import START, snapshot
from hypothesis import example, given, settings
from hypothesis import strategies as st

from journal.care.records import DoseEvent, DoseStatus, Purpose, Regimen, Route
from journal.checkin import CheckIn
from journal.flags import Thresholds, find_flags
from journal.flags.days import DayFolds, at_least, fold_days
from journal.lesions.lesion import Lesion, LesionObservation
from journal.pain import PainSite, Region, Side
from tests.flags.plain_rules import fold_days as plain_fold_days
from tests.flags.plain_rules import plain_flags

DAYS = 70
zones = st.integers(-10, 12).map(lambda h: timezone(timedelta(hours=h)))
halves = st.integers(0, 20).map(lambda n: n / 2)
yes_no = st.sampled_from([0.0, 1.0])
VALUES = {
    "pain_now": halves,
    "pain_worst": halves,
    # Around the fever line, on it too, and in tenths as people write them.
    "temperature": st.integers(365, 395).map(lambda t: t / 10),
    "stiffness_minutes": st.integers(0, 90).map(float),
    "weight": st.integers(700, 760).map(lambda w: w / 10),
    "night_sweats": yes_no,
    "bladder_bowel_change": yes_no,
    "tingling": yes_no,
    "numbness": yes_no,
    "weakness": yes_no,
    "difficulty_walking": yes_no,
    "medicine_helped": yes_no,
    "rest_helped": yes_no,
    "fatigue": halves,
}
sites = st.frozensets(
    st.builds(PainSite, st.sampled_from(Region), st.sampled_from(Side)), max_size=2
)


def moment(day: int, hour: int, zone) -> datetime:
    return datetime.combine(START + timedelta(days=day), time(hour), zone)


@st.composite
def checkins(draw) -> CheckIn:
    keys = draw(st.sets(st.sampled_from(sorted(VALUES)), max_size=len(VALUES)))
    # A metric left unanswered may come as None, which every fold skips.
    values = {k: draw(st.none() | VALUES[k]) if k == "fatigue" else draw(VALUES[k]) for k in keys}
    when = moment(draw(st.integers(0, DAYS)), draw(st.integers(0, 23)), draw(zones))
    return CheckIn(when, values, pain_sites=draw(sites))


@st.composite
def pain_story(draw) -> list[CheckIn]:
    """Pain day after day (a day missed here and there), as worsening and relapses need."""
    start = draw(st.integers(0, 30))
    treated = draw(st.booleans())
    return [
        CheckIn(
            moment(start + i, 9, UTC),
            {"pain_now": p, "rest_helped": 1.0} if treated else {"pain_now": p},
        )
        for i, p in enumerate(draw(st.lists(st.none() | halves, min_size=10, max_size=40)))
        if p is not None
    ]


def day_of(n: int) -> date:
    return START + timedelta(days=n)


@st.composite
def lesions(draw) -> tuple[tuple[Lesion, ...], tuple[LesionObservation, ...]]:
    found = []
    for lesion_id in range(1, draw(st.integers(0, 3)) + 1):
        first = draw(st.integers(0, DAYS))
        healed = draw(st.none() | st.integers(first + 1, DAYS + 10))
        found.append(
            Lesion(
                f"Boil {lesion_id}",
                draw(st.sampled_from(Region)),
                draw(st.sampled_from(Side)),
                day_of(first),
                None if healed is None else day_of(healed),
                id=lesion_id,
            )
        )
    observed = draw(
        st.lists(
            st.tuples(
                st.integers(1, 4),  # lesion 4 is none of the lesions
                st.integers(0, DAYS),
                st.none() | st.integers(5, 30).map(float),
                st.none() | st.integers(0, 5),
            ),
            max_size=25,
        )
    )
    # Lesion 1 measured every other day, so that rises in a row come up often.
    sizes = draw(st.lists(st.none() | st.integers(5, 12).map(float), min_size=4, max_size=8))
    observed += [(1, 2 * i, size, None) for i, size in enumerate(sizes)]
    observations = tuple(
        LesionObservation(lesion, day_of(d), size_mm=size, bump_count=bumps, id=i + 1)
        for i, (lesion, d, size, bumps) in enumerate(observed)
    )
    return tuple(found), observations


@st.composite
def care(draw) -> tuple[tuple[Regimen, ...], tuple[DoseEvent, ...]]:
    regimens = []
    for regimen_id in range(1, draw(st.integers(0, 4)) + 1):
        purpose = draw(st.sampled_from([Purpose.ANTIBIOTIC, *Purpose]))  # courses end often
        start = draw(st.integers(-10, DAYS))
        length = draw(st.none() | st.integers(0, 30))
        regimens.append(
            Regimen(
                f"Medicine {regimen_id}",
                1,
                "tablet",
                Route.ORAL,
                purpose,
                day_of(start),
                None if length is None else day_of(start + length),
                times_per_day=draw(st.none() | st.just(2)),
                id=regimen_id,
            )
        )
    doses = tuple(
        DoseEvent(regimen_id, moment(d, hour, zone), status)
        for regimen_id, d, hour, zone, status in draw(
            st.lists(
                st.tuples(
                    st.integers(1, 5),
                    st.integers(0, DAYS),
                    st.integers(0, 23),
                    zones,
                    st.sampled_from(DoseStatus),
                ),
                max_size=20,
            )
        )
    )
    return tuple(regimens), doses


@st.composite
def thresholds(draw) -> Thresholds:
    window = draw(st.integers(1, 14))
    return Thresholds(
        fever_celsius=draw(st.sampled_from([37.5, 38.0, 38.3])),
        weight_loss_percent=draw(st.sampled_from([1.0, 2.5, 5.0])),
        weight_loss_days=draw(st.integers(1, 60)),
        unrelenting_pain=draw(st.sampled_from([3.0, 5.5, 7.0])),
        unrelenting_days=draw(st.integers(1, 7)),
        worsening_points=draw(st.sampled_from([1.0, 1.5, 3.0])),
        worsening_days=draw(st.integers(1, 4)),
        stiffness_minutes=draw(st.sampled_from([20.0, 30.0, 45.0])),
        stiffness_days=draw(st.integers(1, window)),
        stiffness_window_days=window,
        lesion_growth_observations=draw(st.integers(1, 3)),
        relapse_pain_points=draw(st.sampled_from([0.5, 1.0, 2.0])),
        relapse_watch_days=draw(st.integers(1, 60)),
    )


@settings(max_examples=300, deadline=None)
@given(st.lists(checkins(), max_size=40), pain_story(), lesions(), care(), st.none() | thresholds())
def test_the_quicker_rules_find_the_very_flags_of_the_rules_as_first_written(
    journal, story, lesion_records, care_records, chosen
):
    (lesion_list, observations), (regimens, doses) = lesion_records, care_records
    records = snapshot(
        [*journal, *story],
        lesions=lesion_list,
        lesion_observations=observations,
        regimens=regimens,
        doses=doses,
    )
    assert find_flags(records, chosen) == plain_flags(records, chosen)
    assert find_flags(records, chosen, folds=DayFolds()) == plain_flags(records, chosen)


@settings(max_examples=300, deadline=None)
@given(st.lists(checkins(), max_size=40))
def test_a_day_folds_into_what_walking_each_value_gave(journal):
    assert fold_days(journal) == plain_fold_days(journal)


near = st.sampled_from([0.0, 1e-6, -1e-6, 5e-10, -5e-10, 4e-10, -4e-10, 1e-9, -1e-9, 2e-6])


@settings(max_examples=500)
@given(st.floats(-200, 200), near | st.floats(-1e-5, 1e-5) | st.floats(allow_nan=True))
@example(38.0, 0.0)
@example(5.0, 4.999999999999999 - 5.0)
@example(float("inf"), 0.0)
def test_at_least_answers_as_rounding_every_difference_did(threshold, offset):
    value = threshold + offset
    assert at_least(value, threshold) == (round(value - threshold, 9) >= 0)
