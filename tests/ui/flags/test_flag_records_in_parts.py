"""The records the red flags read besides the check-ins reach the worker in parts."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from flag_builders import antibiotics, snapshot

from journal.care.records import DoseEvent, DoseStatus
from journal.services.flag_worker import FlagDesk
from journal.ui.flags import flags_facade


def test_records_sent_ahead_in_parts_are_the_records_sent_whole():
    start = datetime(2026, 4, 1, 8, tzinfo=UTC)
    doses = tuple(
        DoseEvent(1, start + timedelta(hours=6 * i), DoseStatus.TAKEN, id=i + 1)
        for i in range(2_500)
    )
    records = snapshot((), regimens=(antibiotics(1, 4),), doses=doses)
    parts, rest = flags_facade._records_messages(records)
    assert [m[0] for m in parts] == ["records_part"] * 3  # 1,000 doses a message at most
    assert rest[1].doses == ()  # the rest is small
    whole, in_parts = FlagDesk(), FlagDesk()
    whole.take(("records", records))
    for message in parts:
        assert in_parts.take(message) == ("loaded",)  # each answered: the pipe never fills
    in_parts.take(rest)
    assert in_parts._records == whole._records == records
    # The next records sent whole are not added to the parts before them.
    in_parts.take(("records", records))
    assert in_parts._records == records
