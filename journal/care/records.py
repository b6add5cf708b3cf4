"""The care record: medicines, doses, lab results, imaging and appointments."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from journal.text import readable_fields
from journal.translation import QT_TRANSLATE_NOOP, translate


class Route(StrEnum):
    """How a medicine is given."""

    IV = "iv"
    ORAL = "oral"
    TOPICAL = "topical"
    INJECTION = "injection"

    @property
    def label(self) -> str:
        """Plain words for the route ("IV (drip)"), in the user's language."""
        return translate("Care", _ROUTE_LABELS[self])


_ROUTE_LABELS = {
    Route.ORAL: QT_TRANSLATE_NOOP("Care", "By mouth"),
    Route.IV: QT_TRANSLATE_NOOP("Care", "IV (drip)"),
    Route.INJECTION: QT_TRANSLATE_NOOP("Care", "Injection"),
    Route.TOPICAL: QT_TRANSLATE_NOOP("Care", "On the skin"),
}


class Purpose(StrEnum):
    """What a medicine is for."""

    ANTIBIOTIC = "antibiotic"
    PAIN_RELIEF = "pain_relief"
    ANTI_INFLAMMATORY = "anti_inflammatory"
    DMARD_OR_BIOLOGIC = "dmard_or_biologic"
    OTHER = "other"

    @property
    def label(self) -> str:
        """Plain words for what the medicine is for ("Pain relief"), in the user's language."""
        return translate("Care", _PURPOSE_LABELS[self])


_PURPOSE_LABELS = {
    Purpose.ANTIBIOTIC: QT_TRANSLATE_NOOP("Care", "Antibiotic"),
    Purpose.PAIN_RELIEF: QT_TRANSLATE_NOOP("Care", "Pain relief"),
    Purpose.ANTI_INFLAMMATORY: QT_TRANSLATE_NOOP("Care", "Anti-inflammatory"),
    Purpose.DMARD_OR_BIOLOGIC: QT_TRANSLATE_NOOP("Care", "DMARD or biologic"),
    Purpose.OTHER: QT_TRANSLATE_NOOP("Care", "Other"),
}


@dataclass(frozen=True)
class Regimen:
    """A medicine as prescribed.

    Attributes:
        name: "Flucloxacillin".
        dose: amount per dose, above zero.
        dose_unit: "mg", "g", "ml", "tablet"…
        route: IV, oral, topical or injection.
        purpose: antibiotic, pain relief, anti-inflammatory, DMARD or biologic, other.
        start: first day.
        end: last day (inclusive) — planned or actual; None when open-ended.
        times_per_day: scheduled doses a day; None means "as needed".
        id: the journal's identifier, None until saved.
        planned_length: the course as the doctor said it ("6 weeks"), empty when not given.
        dose_times: the times of day of the scheduled doses, earliest first, one per dose;
            empty when not set (then the doses are spread evenly over the day, see
            :func:`journal.medicines.scheduled_times`), and always empty when as needed.
    """

    name: str
    dose: float
    dose_unit: str
    route: Route
    purpose: Purpose
    start: date
    end: date | None = None
    times_per_day: int | None = None
    id: int | None = None
    planned_length: str = ""
    dose_times: tuple[time, ...] = ()

    def __post_init__(self) -> None:
        # Text an import brought may hold lone surrogates, which cannot be stored.
        readable_fields(self)

    @property
    def as_needed(self) -> bool:
        """True for a medicine taken only when needed."""
        return self.times_per_day is None

    def active_on(self, day: date) -> bool:
        """True when ``day`` is within the course."""
        return self.start <= day and (self.end is None or day <= self.end)

    @classmethod
    def course(cls, start: date, weeks: int, **kwargs) -> Regimen:
        """A course of ``weeks`` weeks from ``start`` ("6 weeks" ends on day 42)."""
        return cls(start=start, end=start + timedelta(weeks=weeks) - timedelta(days=1), **kwargs)


class DoseStatus(StrEnum):
    """What happened to a dose."""

    TAKEN = "taken"
    MISSED = "missed"
    AS_NEEDED = "as_needed"  # an as-needed dose that was taken


@dataclass(frozen=True)
class DoseEvent:
    """One dose taken or missed."""

    regimen_id: int
    at: datetime
    status: DoseStatus
    side_effects: str = ""
    id: int | None = None

    def __post_init__(self) -> None:
        # Text an import brought may hold lone surrogates, which cannot be stored.
        readable_fields(self)


@dataclass(frozen=True)
class LabResult:
    """A lab test result.

    Attributes:
        test: "CRP", "ESR", "WBC", "Blood culture", or any other name.
        taken_on: the day the sample was taken.
        value: the number, or None for a result in words (a blood culture).
        unit: "mg/L", "mm/h", "×10⁹/L"…
        text: a result in words ("negative", "positive: Staphylococcus aureus").
        reference_low: lower end of the normal range, if known.
        reference_high: upper end of the normal range, if known.
        id: the journal's identifier, None until saved.
    """

    test: str
    taken_on: date
    value: float | None = None
    unit: str = ""
    text: str = ""
    reference_low: float | None = None
    reference_high: float | None = None
    id: int | None = None

    def __post_init__(self) -> None:
        # Text an import brought may hold lone surrogates, which cannot be stored.
        readable_fields(self)


@dataclass(frozen=True)
class Imaging:
    """An imaging study and a short result."""

    kind: str  # "MRI", "X-ray", "CT"
    done_on: date
    result: str = ""
    id: int | None = None

    def __post_init__(self) -> None:
        # Text an import brought may hold lone surrogates, which cannot be stored.
        readable_fields(self)


@dataclass(frozen=True)
class Appointment:
    """A visit: when, with whom, the questions to ask, and what was decided."""

    at: datetime
    clinician: str = ""
    place: str = ""
    questions: tuple[str, ...] = field(default_factory=tuple)
    outcome: str = ""
    id: int | None = None

    def __post_init__(self) -> None:
        # Text an import brought may hold lone surrogates, which cannot be stored.
        readable_fields(self)
