"""Lab tests and imaging: the tests this journal knows, and checks on what was typed."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from journal.care.records import Imaging, LabResult
from journal.numbers import is_real_number, written_short
from journal.translation import translate
from journal.validation import FieldError


@dataclass(frozen=True)
class LabTest:
    """A test with its unit and the values that can plausibly come back.

    Attributes:
        name: the name shown and stored ("CRP").
        label: plain words for the picker.
        unit: the unit values are entered and stored in.
        maximum: the highest plausible value; above it the entry is most likely a typo.
        reference_high: the usual upper end of normal for adults.
    """

    name: str
    label: str
    unit: str
    maximum: float
    reference_high: float | None = None


CRP = LabTest("CRP", "CRP (C-reactive protein)", "mg/L", 500, 5)
ESR = LabTest("ESR", "ESR (sedimentation rate)", "mm/h", 150, 20)
WBC = LabTest("WBC", "White cell count", "×10⁹/L", 100, 11)
BLOOD_CULTURE = "Blood culture"
KNOWN_TESTS: tuple[LabTest, ...] = (CRP, ESR, WBC)
TESTS_BY_NAME: dict[str, LabTest] = {t.name.lower(): t for t in KNOWN_TESTS}
IMAGING_KINDS = ("MRI", "X-ray", "CT", "Ultrasound")


def _plain(number: float) -> str:
    return written_short(number)


def is_blood_culture(test: str) -> bool:
    """True for a blood culture, whose result is in words (negative, or the organism)."""
    return test.strip().lower() == BLOOD_CULTURE.lower()


def validate_lab(lab: LabResult) -> list[FieldError]:
    """Every problem with a lab result as typed; an empty list means it can be saved."""
    errors: list[FieldError] = []
    if not lab.test.strip():
        errors.append(FieldError("test", translate("Care", "Give the name of the test, like CRP.")))
    if is_blood_culture(lab.test):
        if not lab.text.strip():
            errors.append(
                FieldError(
                    "text",
                    translate("Care", "Write the result: negative, or positive with the organism."),
                )
            )
    elif lab.value is None and not lab.text.strip():
        errors.append(FieldError("value", translate("Care", "Give the result, as a number.")))
    if lab.value is not None:
        known = TESTS_BY_NAME.get(lab.test.strip().lower())
        if not is_real_number(lab.value):
            errors.append(
                FieldError(
                    "value", translate("Care", "Give the result as an ordinary number, like 12.5.")
                )
            )
        elif lab.value < 0:
            errors.append(FieldError("value", translate("Care", "A lab value cannot be below 0.")))
        elif known is not None and lab.value > known.maximum:
            errors.append(
                FieldError(
                    "value",
                    translate(
                        "Care",
                        "{test} is between 0 and {maximum} {unit}; check the number on the report.",
                    ).format(test=known.name, maximum=_plain(known.maximum), unit=known.unit),
                )
            )
        if not lab.unit.strip() and known is None:
            errors.append(
                FieldError("unit", translate("Care", "Give the unit from the report, like g/L."))
            )
    for key, bound in (
        ("reference_low", lab.reference_low),
        ("reference_high", lab.reference_high),
    ):
        if bound is not None and not is_real_number(bound):
            errors.append(
                FieldError(key, translate("Care", "Give the range as ordinary numbers, like 5."))
            )
        elif bound is not None and bound < 0:
            errors.append(FieldError(key, translate("Care", "A normal range cannot go below 0.")))
    if (
        lab.reference_low is not None
        and lab.reference_high is not None
        and lab.reference_high < lab.reference_low
    ):
        errors.append(
            FieldError(
                "reference_high",
                translate("Care", "The top of the normal range must be above its bottom."),
            )
        )
    return errors


def validate_imaging(imaging: Imaging) -> list[FieldError]:
    """Every problem with an imaging entry as typed."""
    if not imaging.kind.strip():
        return [FieldError("kind", translate("Care", "Say what was done: MRI, X-ray, CT…"))]
    return []


def is_out_of_range(lab: LabResult) -> bool:
    """True when a number falls outside its normal range (the one given, or the usual one)."""
    if lab.value is None:
        return False
    known = TESTS_BY_NAME.get(lab.test.strip().lower())
    high = (
        lab.reference_high
        if lab.reference_high is not None
        else (known.reference_high if known else None)
    )
    low = lab.reference_low
    return (high is not None and lab.value > high) or (low is not None and lab.value < low)


def nearest_within(
    labs: Iterable[LabResult], test: str, day: date, days: int = 7
) -> LabResult | None:
    """The result of ``test`` closest to ``day`` and at most ``days`` away, if any.

    On a tie the earlier one wins, as it was known on ``day``.
    """
    wanted = test.lower()
    candidates = [
        lab
        for lab in labs
        if lab.test.strip().lower() == wanted
        and lab.value is not None
        and abs(lab.taken_on - day) <= timedelta(days=days)
    ]
    if not candidates:
        return None
    return min(candidates, key=lambda lab: (abs((lab.taken_on - day).days), lab.taken_on))
