"""ASDAS, the Ankylosing Spondylitis Disease Activity Score, with CRP or with ESR.

Formulas as published (Lukas C et al., "Development of an ASAS-endorsed disease activity
score (ASDAS) in patients with ankylosing spondylitis", Ann Rheum Dis 2009;68:18–24,
table 5, ASDAS C and B; restated by ASAS in Sieper J et al., Ann Rheum Dis 2009;68 Suppl 2,
table 2):

    ASDAS-CRP = 0.121 × back pain + 0.058 × duration of morning stiffness
                + 0.110 × patient global + 0.073 × peripheral pain/swelling
                + 0.579 × ln(CRP + 1)                                  (CRP in mg/L)
    ASDAS-ESR = 0.079 × back pain + 0.069 × duration of morning stiffness
                + 0.113 × patient global + 0.086 × peripheral pain/swelling
                + 0.293 × √ESR                                         (ESR in mm/h)

Back pain is BASDAI question 2, duration of morning stiffness question 6, peripheral pain
and swelling question 3; all 0–10. A CRP below 2 mg/L (or below the lab's limit of
detection) is counted as 2 mg/L, as ASAS recommends (Machado P et al., Arthritis Rheumatol
2015;67:408–13). Disease activity states (Machado P et al., Ann Rheum Dis 2011;70:47–53):
inactive < 1.3, low 1.3 to < 2.1, high 2.1 to 3.5, very high > 3.5.

An ASDAS is only computed when a CRP or ESR taken within 7 days of the questionnaire exists.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from journal.care.basdai import BasdaiAnswers
from journal.care.labs import CRP, ESR, nearest_within
from journal.care.records import LabResult
from journal.numbers import written
from journal.translation import QT_TRANSLATE_NOOP, translate

LAB_WINDOW_DAYS = 7
CRP_FLOOR = 2.0


def asdas_crp(
    back_pain: float,
    stiffness_duration: float,
    patient_global: float,
    peripheral: float,
    crp_mg_l: float,
) -> float:
    """ASDAS-CRP from the four answers (0–10) and CRP in mg/L."""
    crp = max(crp_mg_l, CRP_FLOOR)
    return (
        0.121 * back_pain
        + 0.058 * stiffness_duration
        + 0.110 * patient_global
        + 0.073 * peripheral
        + 0.579 * math.log(crp + 1)
    )


def asdas_esr(
    back_pain: float,
    stiffness_duration: float,
    patient_global: float,
    peripheral: float,
    esr_mm_h: float,
) -> float:
    """ASDAS-ESR from the four answers (0–10) and ESR in mm/h."""
    return (
        0.079 * back_pain
        + 0.069 * stiffness_duration
        + 0.113 * patient_global
        + 0.086 * peripheral
        + 0.293 * math.sqrt(esr_mm_h)
    )


# Each state (in English, as :func:`band` names it) and its range on the ASDAS scale; both
# are translated where they are shown.
BAND_RANGES = {
    QT_TRANSLATE_NOOP("Care", "Inactive disease"): QT_TRANSLATE_NOOP("Care", "below 1.3"),
    QT_TRANSLATE_NOOP("Care", "Low disease activity"): QT_TRANSLATE_NOOP(
        "Care", "1.3 to under 2.1"
    ),
    QT_TRANSLATE_NOOP("Care", "High disease activity"): QT_TRANSLATE_NOOP("Care", "2.1–3.5"),
    QT_TRANSLATE_NOOP("Care", "Very high disease activity"): QT_TRANSLATE_NOOP("Care", "above 3.5"),
}


def _state_words(state: str) -> str:
    """ "high disease activity (2.1–3.5)", in the user's language, for inside a line."""
    words = translate("Care", state)
    return f"{words[:1].lower()}{words[1:]} ({translate('Care', BAND_RANGES[state])})"


def band(score: float) -> str:
    """The disease activity state of an ASDAS score.

    The score is read to one decimal, as it is reported, so that the state never
    contradicts the number shown (3.53 shows as 3.5, which is high, not very high).
    """
    score = round(score, 1)
    if score < 1.3:
        return "Inactive disease"
    if score < 2.1:
        return "Low disease activity"
    if score <= 3.5:
        return "High disease activity"
    return "Very high disease activity"


@dataclass(frozen=True)
class AsdasScore:
    """An ASDAS computed for one questionnaire.

    Attributes:
        kind: "ASDAS-CRP" or "ASDAS-ESR".
        value: the score.
        lab_day: the day the blood was taken.
    """

    kind: str
    value: float
    lab_day: date

    @property
    def band(self) -> str:
        """The disease activity state."""
        return band(self.value)

    def describe(self) -> str:
        """The score with its state and the state's range on the ASDAS scale:
        "ASDAS-CRP 2.6 — high disease activity (2.1–3.5)".

        The range says which scale the words belong to, so that they are not read against
        the BASDAI's, whose cut-off is 4.
        """
        return f"{self.kind} {written(self.value)} — {_state_words(self.band)}"


def describe_asdas(scores: Iterable[AsdasScore]) -> str:
    """Several scores of one questionnaire, each state and its range said once:
    "ASDAS-CRP 2.9, ASDAS-ESR 2.9 — high disease activity (2.1–3.5)"."""
    by_band: dict[str, list[AsdasScore]] = {}
    for score in scores:
        by_band.setdefault(score.band, []).append(score)
    parts = []
    for state, same in by_band.items():
        values = ", ".join(f"{s.kind} {written(s.value)}" for s in same)
        parts.append(f"{values} — {_state_words(state)}")
    return "; ".join(parts)


def asdas_scores(answers: BasdaiAnswers, labs: Iterable[LabResult]) -> list[AsdasScore]:
    """ASDAS-CRP and ASDAS-ESR for these answers, each when its lab value is near enough.

    Nothing when the patient's global assessment was not answered.
    """
    if answers.patient_global is None:
        return []
    labs = list(labs)
    items = (
        answers.back_pain,
        answers.stiffness_duration,
        answers.patient_global,
        answers.peripheral,
    )
    scores = []
    crp = nearest_within(labs, CRP.name, answers.taken_on, LAB_WINDOW_DAYS)
    if crp is not None and crp.value is not None:
        scores.append(AsdasScore("ASDAS-CRP", asdas_crp(*items, crp.value), crp.taken_on))
    esr = nearest_within(labs, ESR.name, answers.taken_on, LAB_WINDOW_DAYS)
    if esr is not None and esr.value is not None:
        scores.append(AsdasScore("ASDAS-ESR", asdas_esr(*items, esr.value), esr.taken_on))
    return scores
