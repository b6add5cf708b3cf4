"""The command line lists red flags in the window's order: most pressing, then newest."""

from datetime import datetime, timedelta, timezone

from journal.app import main
from journal.checkin import CheckIn
from journal.flags import Level
from journal.store import open_journal

CET = timezone(timedelta(hours=1))


def test_flags_are_printed_most_pressing_first_then_newest(journal_path, capsys):
    with open_journal(journal_path) as store:
        store.checkins.add(
            CheckIn(datetime(2026, 11, 2, 21, tzinfo=CET), {"temperature": 38.6, "pain_now": 6.0})
        )
        store.checkins.add(CheckIn(datetime(2026, 11, 5, 22, tzinfo=CET), {"night_sweats": 1.0}))
        store.checkins.add(
            CheckIn(datetime(2026, 11, 8, 8, tzinfo=CET), {"bladder_bowel_change": 1.0})
        )
    assert main(["flags", "--journal", str(journal_path)]) == 0
    heads = [line for line in capsys.readouterr().out.splitlines() if line.startswith("[")]
    assert [h.split("]")[0].strip("[") for h in heads] == [
        Level.URGENT.label.upper(),
        Level.SOON.label.upper(),
        Level.NEXT_APPOINTMENT.label.upper(),
    ]
