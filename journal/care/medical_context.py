"""Context for the doctor, kept once and edited over time: what raises the odds of a spinal
infection or explains an inflammation (seed 000: recent surgery, infections elsewhere,
diabetes, a weak immune system, IV drug use)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from typing import Any

from journal.text import readable_fields
from journal.translation import QT_TRANSLATE_NOOP, translate

MAX_TEXT = 2000


@dataclass(frozen=True)
class MedicalContext:
    """What the doctor should know once.

    Attributes:
        conditions: long-term conditions ("ankylosing spondylitis since 2019").
        recent_surgery: what and when ("L4 discectomy, March 2026").
        urinary_infection: a recent urinary infection.
        skin_infection: a recent skin infection.
        dental_infection: a recent dental infection.
        infection_notes: when and how the infections were treated.
        diabetes: has diabetes.
        immune_weakness: chemotherapy, steroids or another cause of weak immunity.
        iv_drug_use: injects drugs.
        allergies: medicine and other allergies.
        notes: anything else.
    """

    conditions: str = ""
    recent_surgery: str = ""
    urinary_infection: bool = False
    skin_infection: bool = False
    dental_infection: bool = False
    infection_notes: str = ""
    diabetes: bool = False
    immune_weakness: str = ""
    iv_drug_use: bool = False
    allergies: str = ""
    notes: str = ""

    def __post_init__(self) -> None:
        # Text an import brought may hold lone surrogates, which cannot be stored.
        readable_fields(self)

    def to_dict(self) -> dict[str, Any]:
        """The context as plain JSON-ready values."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> MedicalContext:
        """Read :meth:`to_dict` output; unknown keys (from a newer program) are ignored."""
        known = {f.name: f for f in fields(cls)}
        values = {}
        for key, value in (data or {}).items():
            if key in known:
                values[key] = bool(value) if known[key].type == "bool" else str(value)
        return cls(**values)

    @property
    def is_empty(self) -> bool:
        """True when nothing has been filled in."""
        return self == MedicalContext()

    def summary_lines(self) -> list[str]:
        """Short lines for a summary, only for what was filled in."""
        lines = []
        if self.conditions:
            lines.append(translate("Care", "Conditions: {text}").format(text=self.conditions))
        if self.recent_surgery:
            lines.append(
                translate("Care", "Recent surgery: {text}").format(text=self.recent_surgery)
            )
        infections = [
            translate("Care", name)
            for name, ticked in (
                (QT_TRANSLATE_NOOP("Care", "urinary"), self.urinary_infection),
                (QT_TRANSLATE_NOOP("Care", "skin"), self.skin_infection),
                (QT_TRANSLATE_NOOP("Care", "dental"), self.dental_infection),
            )
            if ticked
        ]
        if infections or self.infection_notes:
            detail = f" — {self.infection_notes}" if self.infection_notes else ""
            named = ", ".join(infections) or translate("Care", "see note")
            lines.append(
                translate("Care", "Recent infections: {names}").format(names=named) + detail
            )
        if self.diabetes:
            lines.append(translate("Care", "Diabetes"))
        if self.immune_weakness:
            lines.append(
                translate("Care", "Weak immunity: {text}").format(text=self.immune_weakness)
            )
        if self.iv_drug_use:
            lines.append(translate("Care", "Injects drugs"))
        if self.allergies:
            lines.append(translate("Care", "Allergies: {text}").format(text=self.allergies))
        if self.notes:
            lines.append(self.notes)
        return lines


def validate_context(context: MedicalContext) -> list[tuple[str, str]]:
    """(field, message) for each text too long to be a note."""
    return [
        (f.name, translate("Care", "Keep this under {count} characters.").format(count=MAX_TEXT))
        for f in fields(context)
        if isinstance(getattr(context, f.name), str) and len(getattr(context, f.name)) > MAX_TEXT
    ]
