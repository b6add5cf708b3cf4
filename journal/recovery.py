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
from journal.numbers import written
from journal.snapshot import JournalSnapshot
from journal.translation import QT_TRANSLATE_NOOP, translate
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
        QT_TRANSLATE_NOOP("Recovery", "Weeks 1–2"),
        QT_TRANSLATE_NOOP(
            "Recovery",
            "IV antibiotics, often with bed rest or very limited movement, while the fever "
            "settles.",
        ),
    ),
    Stage(
        3,
        6,
        QT_TRANSLATE_NOOP("Recovery", "Weeks 3–6"),
        QT_TRANSLATE_NOOP("Recovery", "Gradual improvement, though fatigue and pain may persist."),
    ),
    Stage(
        7,
        None,
        QT_TRANSLATE_NOOP("Recovery", "Week 7 and after"),
        QT_TRANSLATE_NOOP(
            "Recovery", "Physiotherapy and light movement, with good food, to rebuild strength."
        ),
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
        names, started = ", ".join(course.names), day_text(course.start)
        if course.end:
            week = translate(
                "Recovery",
                "Week {week} of your antibiotic course ({names}, started {started}, planned to "
                "end on {ends}).",
            ).format(week=self.week, names=names, started=started, ends=day_text(course.end))
        else:
            week = translate(
                "Recovery", "Week {week} of your antibiotic course ({names}, started {started})."
            ).format(week=self.week, names=names, started=started)
        stage = translate("Recovery", self.stage.name)
        lines = [
            week,
            translate(
                "Recovery",
                "The typical course described by people who went through it, {stage}: {typical}",
            ).format(
                stage=stage[:1].lower() + stage[1:],
                typical=translate("Recovery", self.stage.typical),
            ),
        ]
        lines.append(self._pain_words())
        if self.highest is None:
            lines.append(
                translate("Recovery", "Your temperature: none recorded in the last 7 days.")
            )
        elif self.fever_days:
            lines.append(
                translate(
                    "Recovery",
                    "Your temperature: {fever} or more on {days} of the last 7 days (highest "
                    "{highest}).",
                ).format(
                    fever=temp(self.fever_celsius), days=self.fever_days, highest=temp(self.highest)
                )
            )
        else:
            lines.append(
                translate(
                    "Recovery",
                    "Your temperature: below {fever} all of the last 7 days (highest {highest}).",
                ).format(fever=temp(self.fever_celsius), highest=temp(self.highest))
            )
        lines.append(self._comparison())
        lines.append(
            translate(
                "Recovery",
                "Everyone's recovery is different: this sets your record beside a typical course "
                "and is not a prediction.",
            )
        )
        return lines

    def _pain_words(self) -> str:
        if self.pain_last_week is None:
            return translate("Recovery", "Your pain: none recorded in the last 7 days.")
        mean, first = written(self.pain_last_week), None
        if self.pain_first_week is None or self.week == 1:
            return translate(
                "Recovery", "Your pain: a mean of {mean} out of 10 over the last 7 days."
            ).format(mean=mean)
        first = written(self.pain_first_week)
        change = self.pain_last_week - self.pain_first_week
        if abs(change) < SAME_PAIN:
            words = translate(
                "Recovery",
                "Your pain: a mean of {mean} out of 10 over the last 7 days, about the same as "
                "in the first week ({first}).",
            )
        elif change < 0:
            words = translate(
                "Recovery",
                "Your pain: a mean of {mean} out of 10 over the last 7 days, down from {first} in "
                "the first week.",
            )
        else:
            words = translate(
                "Recovery",
                "Your pain: a mean of {mean} out of 10 over the last 7 days, up from {first} in "
                "the first week.",
            )
        return words.format(mean=mean, first=first)

    def _comparison(self) -> str:
        rising = (
            self.pain_first_week is not None
            and self.pain_last_week is not None
            and self.pain_last_week - self.pain_first_week >= SAME_PAIN
        )
        if self.week >= 3 and self.fever_days:
            return translate(
                "Recovery",
                "In the typical course the fever has settled by now; a fever at this stage is "
                "worth telling your doctor.",
            )
        if self.week >= 3 and rising:
            return translate(
                "Recovery",
                "In the typical course pain eases slowly from week 3; pain going up instead is "
                "worth telling your doctor.",
            )
        return translate("Recovery", "So far your record is in line with the typical course.")


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
