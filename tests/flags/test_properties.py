"""Properties of the rules over many generated journals."""

from datetime import UTC, datetime, time, timedelta, timezone
from itertools import pairwise

from flag_builders import START, antibiotics, snapshot
from hypothesis import given, settings
from hypothesis import strategies as st

from journal.checkin import CheckIn
from journal.flags import Level, Rule, find_flags
from journal.flags.days import RuleInput, mean_pain, span

FEVER_RULES = {Rule.FEVER_WITH_BACK_PAIN, Rule.LESION_WITH_FEVER}

zones = st.integers(-10, 12).map(lambda h: timezone(timedelta(hours=h)))
symptom = st.sampled_from([0.0, 1.0])


@st.composite
def checkins(draw):
    values = {
        "pain_now": float(draw(st.integers(0, 10))),
        "temperature": draw(st.integers(360, 395)) / 10,
        "stiffness_minutes": float(draw(st.integers(0, 90))),
        "night_sweats": draw(symptom),
        "weakness": draw(symptom),
        "rest_helped": draw(symptom),
    }
    if draw(st.booleans()):
        values["weight"] = float(draw(st.integers(70, 80)))
    keep = draw(st.sets(st.sampled_from(sorted(values)), min_size=1))
    when = datetime.combine(
        START + timedelta(days=draw(st.integers(0, 40))),
        time(draw(st.integers(0, 23))),
        draw(zones),
    )
    return CheckIn(when, {k: v for k, v in values.items() if k in keep})


journals = st.lists(checkins(), max_size=40)
COURSE = antibiotics(5, weeks=2)


@settings(max_examples=60, deadline=None)
@given(journals, st.integers(41, 60), st.integers(360, 379))
def test_adding_a_day_with_a_normal_temperature_never_creates_a_fever_flag(
    journal, new_day, tenths
):
    before = [f for f in find_flags(snapshot(journal)) if f.rule in FEVER_RULES]
    normal = CheckIn(
        datetime.combine(START + timedelta(days=new_day), time(9), UTC),
        {"temperature": tenths / 10, "pain_now": 6.0},
    )
    after = [f for f in find_flags(snapshot([*journal, normal])) if f.rule in FEVER_RULES]
    assert after == before


@settings(max_examples=60, deadline=None)
@given(journals, st.randoms(use_true_random=False))
def test_flags_do_not_depend_on_the_order_check_ins_were_entered(journal, random):
    shuffled = list(journal)
    random.shuffle(shuffled)
    records = {"regimens": (COURSE,)}
    assert find_flags(snapshot(shuffled, **records)) == find_flags(snapshot(journal, **records))


@settings(max_examples=60, deadline=None)
@given(journals, zones)
def test_flags_depend_on_local_days_not_on_the_time_zone(journal, zone):
    moved = [CheckIn(c.taken_at.replace(tzinfo=zone), c.values) for c in journal]
    assert find_flags(snapshot(moved)) == find_flags(snapshot(journal))


@settings(max_examples=60, deadline=None)
@given(journals)
def test_every_message_ends_by_saying_it_is_worth_telling_your_doctor(journal):
    for flag in find_flags(snapshot(journal, regimens=(COURSE,))):
        last_sentence = flag.message.rstrip(".").rsplit(". ", 1)[-1]
        assert "worth telling your doctor" in last_sentence
        assert ("Get medical help now" in flag.message) == (flag.level is Level.URGENT)


@settings(max_examples=60, deadline=None)
@given(journals)
def test_every_flag_covers_the_days_of_its_data(journal):
    for flag in find_flags(snapshot(journal, regimens=(COURSE,))):
        assert flag.points
        assert flag.first_day <= flag.last_day
        assert all(flag.first_day <= p.day <= flag.last_day for p in flag.points), flag.rule


@given(
    st.dictionaries(st.integers(0, 60), st.integers(0, 100).map(lambda p: p / 10), max_size=40),
    st.integers(1, 7),
    st.integers(1, 3),
)
def test_running_mean_pains_agree_with_the_plain_mean_of_each_span(pains, length, minimum):
    checkins = [
        CheckIn(datetime.combine(START + timedelta(days=n), time(9), UTC), {"pain_now": p})
        for n, p in pains.items()
    ]
    given_input = RuleInput.of(snapshot(checkins))
    means = given_input.mean_pains(length, minimum)
    for n in range(61):
        last = START + timedelta(days=n)
        plain = mean_pain(given_input.days, span(last, length), minimum)
        running = means.get(last.toordinal())
        assert (plain is None) == (running is None) or last > max(given_input.days)
        if plain is not None and running is not None:
            assert abs(plain - running) < 1e-9


# Runs of long-stiffness days, days without a check-in and short days, back to back.
stretches = st.tuples(st.sampled_from([45.0, None, 10.0]), st.integers(1, 16))
stiffness_days = st.lists(stretches, max_size=10).map(
    lambda parts: [minutes for minutes, length in parts for _ in range(length)]
)


@settings(max_examples=300)
@given(stiffness_days)
def test_runs_of_stiffness_with_gaps_give_well_formed_flags(minutes):
    # Bursts of long stiffness broken by days without a check-in: the windows of one run
    # reach back into the last; every flag must still cover days of its own, in order.
    journal = [
        CheckIn(datetime.combine(START + timedelta(days=n), time(7), UTC), {"stiffness_minutes": m})
        for n, m in enumerate(minutes)
        if m is not None
    ]
    flags = [f for f in find_flags(snapshot(journal)) if f.rule is Rule.INFLAMMATORY_PATTERN]
    for earlier, later in pairwise(flags):
        assert earlier.last_day < later.first_day
    for flag in flags:
        assert flag.first_day <= flag.last_day
        assert all(flag.first_day <= p.day <= flag.last_day for p in flag.points)
