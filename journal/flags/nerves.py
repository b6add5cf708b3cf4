"""Rule 4: nerve symptoms, and the emergencies among them (seed 000)."""

from __future__ import annotations

from datetime import timedelta

from journal.flags.days import MOTOR_KEYS, NERVE_KEYS, RuleInput, episodes, out_of_ten
from journal.flags.model import DataPoint, Flag, Rule, listed, make_flag, span_words, yes
from journal.flags.pain import worsening_days
from journal.metrics import BUILTIN_BY_KEY, in_sentence
from journal.translation import translate


def _label(key: str) -> str:
    return BUILTIN_BY_KEY[key].label


def bladder_bowel(given: RuleInput) -> list[Flag]:
    """Rule 4, urgent: any change in bladder or bowel control."""
    qualifying = [d for d, day in given.days.items() if "bladder_bowel_change" in day.yes]
    label, said = _label("bladder_bowel_change"), yes()
    return [
        make_flag(
            Rule.BLADDER_BOWEL,
            run,
            [DataPoint(d, label, said) for d in run],
            translate(
                "Flags",
                "You recorded a change in bladder or bowel control {span}. With back pain this "
                "can mean pressure on the nerves at the bottom of the spine, which is an "
                "emergency.",
            ).format(span=span_words(run)),
        )
        for run in episodes(qualifying)
    ]


def weakness_with_fever_or_pain(given: RuleInput) -> list[Flag]:
    """Rule 4, urgent: weakness or difficulty walking on a day with fever, or while pain is
    rapidly worsening (rule 6 holds on that day or within the 2 days after).

    Every such day counts as new: the journal cannot tell whether the weakness was there
    before it began, and together with fever or worsening pain it needs help now either way.
    """
    worsening = set(given.once(worsening_days))
    near_worsening = {d - timedelta(days=back) for d in worsening for back in (0, 1, 2)}
    fever = given.fever_days
    qualifying = [
        d
        for d, day in given.days.items()
        if (d in fever or d in near_worsening) and not day.yes.isdisjoint(MOTOR_KEYS)
    ]
    labels = {k: _label(k) for k in (*MOTOR_KEYS, "temperature")}
    said, worsening_pain = yes(), translate("Flags", "Pain (worsening)")
    flags = []
    for run in episodes(qualifying):
        points = []
        for d in run:
            day = given.days[d]
            points += [DataPoint(d, labels[k], said) for k in MOTOR_KEYS if k in day.yes]
            if d in fever:
                points.append(
                    DataPoint(d, labels["temperature"], given.temperature(day.temperature))
                )
            if d in near_worsening and day.pain is not None:
                points.append(DataPoint(d, worsening_pain, out_of_ten(day.pain)))
        body = translate(
            "Flags",
            "You recorded weakness or difficulty walking together with fever or quickly "
            "worsening pain {span}. With back pain, this can mean an infection pressing on the "
            "spinal cord or nerves, which needs care the same day.",
        ).format(span=span_words(run))
        flags.append(make_flag(Rule.WEAKNESS_WITH_FEVER_OR_PAIN, run, points, body))
    return flags


def nerve_symptoms(given: RuleInput) -> list[Flag]:
    """Rule 4: tingling, numbness, weakness or difficulty walking; nearby days make one flag."""
    qualifying = [d for d, day in given.days.items() if not day.yes.isdisjoint(NERVE_KEYS)]
    # The words are the same for every day: looked up once, not once a day and symptom.
    labels = {k: _label(k) for k in NERVE_KEYS}
    words = {k: in_sentence(k) for k in NERVE_KEYS}
    said = yes()
    flags = []
    for run in episodes(qualifying):
        recorded = [(d, k) for d in run for k in NERVE_KEYS if k in given.days[d].yes]
        points = [DataPoint(d, labels[k], said) for d, k in recorded]
        named = sorted({words[k] for _, k in recorded})
        body = translate(
            "Flags",
            "You recorded {symptoms} {span}. Nerve symptoms with back pain can mean that "
            "something presses on a nerve or the spinal cord, and doctors want to know early.",
        ).format(symptoms=listed(named), span=span_words(run))
        flags.append(make_flag(Rule.NERVE_SYMPTOMS, run, points, body))
    return flags
