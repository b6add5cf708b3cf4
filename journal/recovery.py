"""Recovery while an antibiotic course runs, beside the typical course described in seed 000.

Information, not a prognosis: it says which week of treatment this is, what people who went
through it describe for that stage, and how the user's own pain and temperature have moved.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from journal.dates import day_text
from journal.flags.days import Day, DayFolds, at_least, fold_days, mean_pain, span
from journal.flags.relapse import Course, antibiotic_courses
from journal.flags.thresholds import Thresholds
from journal.snapshot import JournalSnapshot
from journal.units import UnitPreferences

SAME_PAIN = 0.5
"""Pain means closer than this are "about the same": a scale of whole numbers is coarse."""


@dataclass(frozen=True)
class Stage:
    """A stage of the typical course: its weeks and what people describe for it."""

    first_week: int
    last_week: int | None
    name: str
    typical: str

    def holds(self, week: int) -> bool:
        """True when ``week`` (1-based) falls in this stage."""
        return self.first_week <= week and (self.last_week is None or week <= self.last_week)


STAGES = (
    Stage(
        1,
        2,
        "Weeks 1–2",
        "IV antibiotics, often with bed rest or very limited movement, while the fever settles.",
    ),
    Stage(3, 6, "Weeks 3–6", "Gradual improvement, though fatigue and pain may persist."),
    Stage(
        7,
        None,
        "Week 7 and after",
        "Physiotherapy and light movement, with good food, to rebuild strength.",
    ),
)


@dataclass(frozen=True)
class RecoveryProgress:
    """Where a running antibiotic course stands on one day, beside the typical course.

    Attributes:
        course: the course running.
        today: the day described.
        week: the week of treatment, 1 for days 1–7.
        stage: the stage of the typical course for that week.
        pain_first_week: mean pain over the course's first 7 days, if recorded.
        pain_last_week: mean pain over the 7 days up to today, if recorded.
        fever_days: days with a fever among the 7 days up to today.
        highest: the highest temperature of the 7 days up to today (°C), if recorded.
        fever_celsius: the fever threshold used.
    """

    course: Course
    today: date
    week: int
    stage: Stage
    pain_first_week: float | None
    pain_last_week: float | None
    fever_days: int
    highest: float | None
    fever_celsius: float

    def sentences(self, units: UnitPreferences | None = None) -> list[str]:
        """The progress in plain words, one sentence per line."""
        units = units or UnitPreferences()
        temp = lambda c: units.format(c, "°C")  # noqa: E731
        course = self.course
        planned = f", planned to end on {day_text(course.end)}" if course.end else ""
        lines = [
            f"Week {self.week} of your antibiotic course ({', '.join(course.names)}, started "
            f"{day_text(course.start)}{planned}).",
            f"The typical course described by people who went through it, "
            f"{self.stage.name.lower()}: {self.stage.typical}",
        ]
        lines.append(self._pain_words())
        if self.highest is None:
            lines.append("Your temperature: none recorded in the last 7 days.")
        elif self.fever_days:
            lines.append(
                f"Your temperature: {temp(self.fever_celsius)} or more on {self.fever_days} of "
                f"the last 7 days (highest {temp(self.highest)})."
            )
        else:
            lines.append(
                f"Your temperature: below {temp(self.fever_celsius)} all of the last 7 days "
                f"(highest {temp(self.highest)})."
            )
        lines.append(self._comparison())
        lines.append(
            "Everyone's recovery is different: this sets your record beside a typical course "
            "and is not a prediction."
        )
        return lines

    def _pain_words(self) -> str:
        if self.pain_last_week is None:
            return "Your pain: none recorded in the last 7 days."
        now = f"Your pain: a mean of {self.pain_last_week:.1f} out of 10 over the last 7 days"
        if self.pain_first_week is None or self.week == 1:
            return now + "."
        change = self.pain_last_week - self.pain_first_week
        if abs(change) < SAME_PAIN:
            return now + f", about the same as in the first week ({self.pain_first_week:.1f})."
        way = "down" if change < 0 else "up"
        return now + f", {way} from {self.pain_first_week:.1f} in the first week."

    def _comparison(self) -> str:
        rising = (
            self.pain_first_week is not None
            and self.pain_last_week is not None
            and self.pain_last_week - self.pain_first_week >= SAME_PAIN
        )
        if self.week >= 3 and self.fever_days:
            return (
                "In the typical course the fever has settled by now; a fever at this stage is "
                "worth telling your doctor."
            )
        if self.week >= 3 and rising:
            return (
                "In the typical course pain eases slowly from week 3; pain going up instead is "
                "worth telling your doctor."
            )
        return "So far your record is in line with the typical course."


def recovery_progress(
    snapshot: JournalSnapshot,
    today: date,
    thresholds: Thresholds | None = None,
    folds: DayFolds | None = None,
) -> RecoveryProgress | None:
    """The progress of the antibiotic course running on ``today``, or None when none runs.

    ``folds``, when given, folds only the days that changed since it last folded."""
    thresholds = thresholds or Thresholds()
    running = [
        c
        for c in antibiotic_courses(snapshot.regimens)
        if c.start <= today and (c.end is None or today <= c.end)
    ]
    if not running:
        return None
    course = running[-1]
    days = folds.fold(snapshot.checkins) if folds else fold_days(snapshot.checkins)
    week = (today - course.start).days // 7 + 1
    first_week = [course.start + timedelta(days=i) for i in range(7)]
    last_week = span(today, 7)
    temperatures = [t for d in last_week if (t := _temperature(days, d)) is not None]
    return RecoveryProgress(
        course=course,
        today=today,
        week=week,
        stage=next(s for s in STAGES if s.holds(week)),
        pain_first_week=mean_pain(days, [d for d in first_week if d <= today], 1),
        pain_last_week=mean_pain(days, last_week, 1),
        fever_days=sum(at_least(t, thresholds.fever_celsius) for t in temperatures),
        highest=max(temperatures) if temperatures else None,
        fever_celsius=thresholds.fever_celsius,
    )


def _temperature(days: dict[date, Day], day: date) -> float | None:
    found = days.get(day)
    return found.temperature if found else None
