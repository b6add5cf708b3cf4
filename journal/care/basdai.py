"""BASDAI, the Bath Ankylosing Spondylitis Disease Activity Index, as a weekly questionnaire.

Six questions about the last week, each 0 (none) to 10 (very severe); the sixth, how long
morning stiffness lasts, is 0 to 2 hours or more mapped onto 0–10. The score is

    BASDAI = (Q1 + Q2 + Q3 + Q4 + (Q5 + Q6) / 2) / 5

and 4 or more is commonly read as active disease. Source: Garrett S et al., "A new approach
to defining disease status in ankylosing spondylitis: the Bath Ankylosing Spondylitis
Disease Activity Index", J Rheumatol 1994;21:2286–91; calculation as restated by ASAS
(Sieper J et al., Ann Rheum Dis 2009;68 Suppl 2:ii1–44, table 2).

The ASDAS also needs the patient's global assessment of disease activity, which BASDAI does
not ask. The questionnaire therefore asks it as an optional seventh question, in the ASAS
wording; without it no ASDAS is computed (we never substitute another answer for it).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields
from datetime import date

from journal.numbers import is_real_number, written
from journal.translation import QT_TRANSLATE_NOOP, translate
from journal.validation import FieldError

ACTIVE_FROM = 4.0
FULL_STIFFNESS_MINUTES = 120  # "2 hours or more" is the top of question 6

QUESTIONS: tuple[tuple[str, str], ...] = (
    ("fatigue", QT_TRANSLATE_NOOP("Care", "Fatigue or tiredness")),
    ("back_pain", QT_TRANSLATE_NOOP("Care", "Neck, back or hip pain")),
    ("peripheral", QT_TRANSLATE_NOOP("Care", "Pain or swelling in other joints")),
    ("tenderness", QT_TRANSLATE_NOOP("Care", "Areas tender to touch or pressure")),
    ("stiffness_severity", QT_TRANSLATE_NOOP("Care", "Morning stiffness: how bad")),
    (
        "stiffness_duration",
        QT_TRANSLATE_NOOP("Care", "Morning stiffness: how long (0 = none, 10 = 2 hours or more)"),
    ),
)
"""Each question's key and its English words: show them with :func:`question_words`."""
GLOBAL_QUESTION = (
    "patient_global",
    QT_TRANSLATE_NOOP("Care", "How active was your condition, on average, this week"),
)


def question_words(text: str) -> str:
    """A question's words (from :data:`QUESTIONS` or :data:`GLOBAL_QUESTION`) in the user's
    language."""
    return translate("Care", text)


@dataclass(frozen=True)
class BasdaiAnswers:
    """One week's answers, each 0 (none) to 10 (very severe).

    Attributes:
        taken_on: the day the questionnaire was filled in (about the week before it).
        fatigue: question 1.
        back_pain: question 2, neck, back or hip pain.
        peripheral: question 3, pain or swelling in other joints.
        tenderness: question 4, areas tender to touch or pressure.
        stiffness_severity: question 5.
        stiffness_duration: question 6, 0–2 hours or more mapped onto 0–10.
        patient_global: the patient's global assessment for ASDAS, if answered.
        id: the journal's identifier, None until saved.
    """

    taken_on: date
    fatigue: float
    back_pain: float
    peripheral: float
    tenderness: float
    stiffness_severity: float
    stiffness_duration: float
    patient_global: float | None = None
    id: int | None = None

    @property
    def score(self) -> float:
        """The BASDAI score, 0–10."""
        return basdai_score(self)

    @property
    def active(self) -> bool:
        """True when the score is 4 or more, commonly read as active disease.

        The score is read to one decimal, as it is shown, so that 3.96 (shown as 4.0) is
        not called below 4.
        """
        return round(self.score, 1) >= ACTIVE_FROM


def basdai_score(answers: BasdaiAnswers) -> float:
    """(Q1 + Q2 + Q3 + Q4 + (Q5 + Q6) / 2) / 5."""
    morning = (answers.stiffness_severity + answers.stiffness_duration) / 2
    return (
        answers.fatigue + answers.back_pain + answers.peripheral + answers.tenderness + morning
    ) / 5


def stiffness_duration_item(minutes: float) -> float:
    """Question 6 from minutes of stiffness: 0 h → 0, 1 h → 5, 2 h or more → 10."""
    return min(10.0, max(0.0, minutes) * 10 / FULL_STIFFNESS_MINUTES)


def stiffness_duration_minutes(item: float) -> float:
    """Minutes of stiffness that question 6's 0–10 answer stands for (10 → 120, "or more")."""
    return min(10.0, max(0.0, item)) * FULL_STIFFNESS_MINUTES / 10


def describe_stiffness_duration(item: float) -> str:
    """Question 6 in words and on its scale: "1 h 30 min (7.5)", "2 hours or more (10)"."""
    minutes = round(stiffness_duration_minutes(item))
    if minutes >= FULL_STIFFNESS_MINUTES:
        words = translate("Care", "2 hours or more")
    elif minutes == 0:
        words = translate("Care", "none")
    else:
        hours, rest = divmod(minutes, 60)
        words = " ".join(
            t
            for t in (
                translate("Care", "{hours} h").format(hours=hours) if hours else "",
                translate("Care", "{minutes} min").format(minutes=rest) if rest else "",
            )
            if t
        )
    scale = written(item).removesuffix(written(0.0)[1:])  # "(10)", not "(10.0)"
    return f"{words} ({scale})"


def describe_basdai(answers: BasdaiAnswers) -> str:
    """The score on its own scale and what it is usually taken to mean, in plain words:
    "BASDAI 3.2 of 10 — below 4, the usual mark of active disease".

    Only the scale's own reading: never a diagnosis, and nothing about ASDAS, which is a
    different measure with its own cut-offs.
    """
    if answers.active:
        words = translate(
            "Care", "BASDAI {score} of 10 — 4 or more, the usual mark of active disease"
        )
    else:
        words = translate(
            "Care", "BASDAI {score} of 10 — below 4, the usual mark of active disease"
        )
    return words.format(score=written(answers.score))


_UNANSWERED = QT_TRANSLATE_NOOP("Care", "Not answered yet: 0 (none) to 10.")
_UNANSWERED_DURATION = QT_TRANSLATE_NOOP("Care", "Not answered yet: 0 h 0 min if none.")


def read_answers(
    taken_on: date, values: Mapping[str, float | None], answers_id: int | None = None
) -> tuple[BasdaiAnswers | None, list[FieldError]]:
    """A questionnaire from the answers given, or None with a message for each question
    not answered and each answer outside 0–10.

    Nothing is assumed for a question left blank: a 0 would lower the score as if the
    week had been free of that symptom. Only the ASDAS question may stay unanswered.

    Args:
        taken_on: the day it is filled in.
        values: the answers by question key (see ``QUESTIONS``), None where blank.
        answers_id: the journal's identifier when changing a saved questionnaire.
    """
    blank = {key for key, _ in QUESTIONS if values.get(key) is None}
    answers = BasdaiAnswers(
        taken_on=taken_on,
        # A stand-in for a blank answer, only to check the others; never saved.
        **{key: 0.0 if key in blank else values[key] for key, _ in QUESTIONS},  # type: ignore[arg-type]
        patient_global=values.get(GLOBAL_QUESTION[0]),
        id=answers_id,
    )
    order = [key for key, _ in (*QUESTIONS, GLOBAL_QUESTION)]
    errors = [
        FieldError(
            key,
            translate("Care", _UNANSWERED_DURATION if key == "stiffness_duration" else _UNANSWERED),
        )
        for key in blank
    ]
    errors += [e for e in validate_basdai(answers) if e.field not in blank]
    errors.sort(key=lambda e: order.index(e.field))
    return (None if errors else answers), errors


def unanswered_questions(values: Mapping[str, float | None]) -> list[int]:
    """The numbers (1–6) of the BASDAI questions left blank in ``values``."""
    return [n for n, (key, _) in enumerate(QUESTIONS, start=1) if values.get(key) is None]


def describe_unanswered(numbers: list[int]) -> str:
    """ "Question 3 is not answered yet." or "Questions 1, 3 and 6 are not answered yet."."""
    if not numbers:
        return ""
    if len(numbers) == 1:
        return translate("Care", "Question {number} is not answered yet.").format(number=numbers[0])
    return translate("Care", "Questions {numbers} and {last} are not answered yet.").format(
        numbers=", ".join(str(n) for n in numbers[:-1]), last=numbers[-1]
    )


def validate_basdai(answers: BasdaiAnswers) -> list[FieldError]:
    """A message for each answer outside 0–10."""
    errors = []
    labels = dict((*QUESTIONS, GLOBAL_QUESTION))
    for item in fields(answers):
        if item.name not in labels:
            continue
        value = getattr(answers, item.name)
        if value is None and item.name == GLOBAL_QUESTION[0]:
            continue
        if not is_real_number(value) or not 0 <= value <= 10:
            errors.append(
                FieldError(
                    item.name,
                    translate("Care", "{question}: a number from 0 (none) to 10.").format(
                        question=question_words(labels[item.name])
                    ),
                )
            )
    return errors


def basdai_series(answers: Iterable[BasdaiAnswers]) -> list[tuple[date, float]]:
    """BASDAI scores as (day, score) pairs, oldest first, for the charts."""
    return sorted((a.taken_on, basdai_score(a)) for a in answers)
