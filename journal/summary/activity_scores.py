"""The latest BASDAI and ASDAS of a period, for page 1 (scores, never a diagnosis)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from journal.care.asdas import AsdasScore, asdas_scores
from journal.care.basdai import BasdaiAnswers
from journal.care.records import LabResult
from journal.dates import short_day_text
from journal.numbers import written
from journal.translation import translate


@dataclass(frozen=True)
class ActivityScores:
    """The last questionnaire of a period and the ASDAS its answers give.

    Attributes:
        answers: the latest BASDAI answers of the period.
        asdas: ASDAS-CRP and ASDAS-ESR for them, where a CRP or ESR is near enough.
    """

    answers: BasdaiAnswers
    asdas: tuple[AsdasScore, ...]

    def basdai_text(self) -> str:
        """ "4.6 of 10 (23 Nov)"."""
        return translate("Summary", "{score} of 10 ({day})").format(
            score=written(self.answers.score), day=short_day_text(self.answers.taken_on)
        )

    def asdas_text(self) -> str:
        """ "ASDAS-CRP 2.6 (23 Nov)", several joined by commas; "" when none was computed."""
        day = short_day_text(self.answers.taken_on)
        return ", ".join(f"{s.kind} {written(s.value)}" for s in self.asdas) + (
            f" ({day})" if self.asdas else ""
        )


def latest_scores(
    questionnaires: Iterable[BasdaiAnswers], labs: Iterable[LabResult], first: date, last: date
) -> ActivityScores | None:
    """The scores of the latest questionnaire from ``first`` to ``last``, or None."""
    within = [a for a in questionnaires if first <= a.taken_on <= last]
    if not within:
        return None
    answers = max(within, key=lambda a: a.taken_on)
    return ActivityScores(answers, tuple(asdas_scores(answers, labs)))
