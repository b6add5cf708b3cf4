"""A journal on disk holding every kind of record, for the export and import tests."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from journal.care.medical_context import MedicalContext
from journal.flags import Flag, Rule
from journal.metrics import Group, Metric, MetricKind
from journal.store.demo_writer import write_demo
from journal.store.journal_store import JournalStore
from journal.units import TemperatureUnit, UnitPreferences, WeightUnit

END = date(2026, 12, 1)
CET = timezone(timedelta(hours=1))
# The story's last evening: the demo holds the same records whatever the clock says.
NOW = datetime(2026, 12, 1, 21, 0, tzinfo=CET)


def full_journal(path: Path) -> JournalStore:
    """The demo (check-ins, care record, a lesion with photos) and all the rest besides:
    own symptoms (one retired), an open question, units, an acknowledged flag, context."""
    store = write_demo(path, end=END, now=NOW)
    store.metrics.add_custom(
        Metric("own_itch", "Itch", MetricKind.SCALE, Group.CUSTOM, builtin=False)
    )
    store.metrics.add_custom(
        Metric("own_cough", "Cough", MetricKind.YES_NO, Group.CUSTOM, maximum=1, builtin=False)
    )
    store.metrics.set_archived("own_cough", True)
    store.appointments.add_question(
        "=Ask about the MRI, -and the scar", datetime(2026, 12, 20, tzinfo=CET)
    )
    store.settings.set_units(UnitPreferences(TemperatureUnit.FAHRENHEIT, WeightUnit.LB))
    store.medical_context.put(
        MedicalContext(conditions="Type 2 diabetes", diabetes=True, notes="1")
    )
    flag = Flag(Rule.NIGHT_SWEATS, date(2026, 11, 2), date(2026, 11, 4), (), "Night sweats")
    store.flags.acknowledge(flag, datetime(2026, 11, 5, 9, 15, tzinfo=CET))
    return store
