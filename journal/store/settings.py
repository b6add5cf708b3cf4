"""Small per-journal settings kept as JSON: units, the unsaved draft, thresholds, the patient."""

from __future__ import annotations

import json
from datetime import date
from typing import TYPE_CHECKING, Any

from journal.units import TemperatureUnit, UnitPreferences, WeightUnit

if TYPE_CHECKING:
    from sqlite_utils import Database

    from journal.flags.thresholds import Thresholds

UNITS_KEY = "units"
FLAG_THRESHOLDS_KEY = "flag_thresholds"
SUMMARY_PATIENT_KEY = "summary_patient"


class SettingsStore:
    """Reads and writes settings stored in the journal itself."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def get(self, key: str, default: Any = None) -> Any:
        """The stored value for ``key``, or ``default``."""
        row = self._db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        return default if row is None else json.loads(row[0])

    def put(self, key: str, value: Any) -> None:
        """Store ``value`` (anything JSON can hold) under ``key``."""
        with self._db.atomic():
            self._db.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [key, json.dumps(value)],
            )

    def remove(self, key: str) -> None:
        """Forget ``key``."""
        with self._db.atomic():
            self._db.execute("DELETE FROM settings WHERE key = ?", [key])

    def units(self) -> UnitPreferences:
        """The user's preferred display units."""
        stored = self.get(UNITS_KEY, {})
        return UnitPreferences(
            temperature=TemperatureUnit(stored.get("temperature", TemperatureUnit.CELSIUS)),
            weight=WeightUnit(stored.get("weight", WeightUnit.KG)),
        )

    def set_units(self, units: UnitPreferences) -> None:
        """Remember the user's preferred display units."""
        self.put(UNITS_KEY, {"temperature": units.temperature.value, "weight": units.weight.value})

    def flag_thresholds(self) -> Thresholds:
        """The red-flag thresholds: the user's, or the product's defaults."""
        # Imported here: the red flags' package is the rules too, which opening a journal
        # does not need.
        from journal.flags.thresholds import Thresholds

        return Thresholds.from_dict(self.get(FLAG_THRESHOLDS_KEY))

    def set_flag_thresholds(self, thresholds: Thresholds) -> None:
        """Remember the user's red-flag thresholds."""
        self.put(FLAG_THRESHOLDS_KEY, thresholds.to_dict())

    def summary_patient(self) -> tuple[str, date | None]:
        """The name and date of birth last printed on this journal's summary ("" and None
        when never given)."""
        stored = self.get(SUMMARY_PATIENT_KEY, {})
        if not isinstance(stored, dict):
            return "", None
        name = stored.get("name") if isinstance(stored.get("name"), str) else ""
        try:
            born = date.fromisoformat(stored["born"]) if stored.get("born") else None
        except (TypeError, ValueError):
            born = None  # a hand-edited or damaged value is forgotten, not fatal
        return name, born

    def set_summary_patient(self, name: str, born: date | None) -> None:
        """Remember the name and date of birth for this journal's next summary."""
        self.put(
            SUMMARY_PATIENT_KEY,
            {"name": name.strip(), "born": born.isoformat() if born else None},
        )
