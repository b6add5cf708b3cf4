"""The records besides the check-ins, read a part at a time, are those read at once."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from care_builders import iv_course

from journal.care.records import DoseEvent, DoseStatus, LabResult
from journal.lesions.lesion import Lesion, Region, Side


def test_read_in_parts_the_records_are_the_snapshot_without_check_ins(store):
    regimen = store.medicines.add(iv_course(date(2024, 12, 1), end=None))
    start = datetime(2024, 12, 1, 8, tzinfo=UTC)
    doses = [
        DoseEvent(regimen.id, start + timedelta(days=40 * i), DoseStatus.TAKEN) for i in range(20)
    ]
    store.medicines.add_doses(doses, now=start + timedelta(days=900))
    store.labs.add(LabResult("CRP", date(2025, 3, 1), 12.0, "mg/L"))
    store.lesions.add_lesion(Lesion("Boil", Region.LOWER_BACK, Side.LEFT, date(2025, 1, 1)))
    parts = list(store.records_in_parts())
    assert all(part is None for part in parts[:-1])
    assert len(parts) > 3  # the doses' three years, each a part of its own, and the rest
    assert parts[-1] == store.snapshot(checkins=())
    assert len(parts[-1].doses) == 20


def test_a_journal_with_no_doses_reads_its_records_in_a_few_parts(store):
    parts = list(store.records_in_parts())
    assert parts[-1] == store.snapshot(checkins=())
