from flag_builders import checkin, day, flags_of

from journal.flags import Level, Rule


def _weights(first: float, later: float, days_between: int = 60):
    return [checkin(0, weight=first), checkin(days_between, weight=later)]


def test_losing_5_0_percent_within_six_months_raises_weight_loss():
    (flag,) = flags_of(Rule.WEIGHT_LOSS, _weights(100.0, 95.0))
    assert (flag.first_day, flag.last_day) == (day(0), day(60))


def test_losing_4_9_percent_raises_nothing():
    assert flags_of(Rule.WEIGHT_LOSS, _weights(100.0, 95.1)) == []


def test_a_loss_spread_over_more_than_six_months_raises_nothing():
    assert flags_of(Rule.WEIGHT_LOSS, _weights(100.0, 90.0, days_between=184)) == []


def test_the_loss_is_measured_from_the_highest_weight_in_the_six_months():
    checkins = [checkin(0, weight=80.0), checkin(10, weight=84.0), checkin(20, weight=79.8)]
    (flag,) = flags_of(Rule.WEIGHT_LOSS, checkins)
    assert flag.first_day == day(10)


def test_a_change_in_bladder_or_bowel_control_is_urgent():
    (flag,) = flags_of(Rule.BLADDER_BOWEL, [checkin(0, bladder_bowel_change=1)])
    assert flag.level is Level.URGENT
    assert "Get medical help now" in flag.message


def test_tingling_raises_nerve_symptoms_for_the_next_appointment():
    (flag,) = flags_of(Rule.NERVE_SYMPTOMS, [checkin(0, tingling=1)])
    assert flag.level is Level.NEXT_APPOINTMENT
    assert "tingling" in flag.message


def test_weakness_with_fever_is_urgent():
    (flag,) = flags_of(Rule.WEAKNESS_WITH_FEVER_OR_PAIN, [checkin(0, weakness=1, temperature=38.0)])
    assert flag.level is Level.URGENT


def test_difficulty_walking_with_37_9_degrees_and_steady_pain_is_not_urgent():
    checkins = [checkin(0, difficulty_walking=1, temperature=37.9, pain_now=4)]
    assert flags_of(Rule.WEAKNESS_WITH_FEVER_OR_PAIN, checkins) == []


def test_difficulty_walking_while_pain_worsens_quickly_is_urgent():
    pains = [2, 2, 2, 5, 6, 6]
    checkins = [checkin(n, pain_now=p) for n, p in enumerate(pains)]
    checkins.append(checkin(5, 20, difficulty_walking=1))
    (flag,) = flags_of(Rule.WEAKNESS_WITH_FEVER_OR_PAIN, checkins)
    assert flag.first_day == day(5)


def test_nerve_symptoms_answered_no_raise_nothing():
    checkins = [checkin(0, tingling=0, numbness=0, weakness=0, difficulty_walking=0)]
    assert flags_of(Rule.NERVE_SYMPTOMS, checkins) == []
