"""Another copy of the same journal (a sync's conflicted copy): what it holds that this one
lacks, and adding its missing check-ins.

A conflicted copy is made when the journal was changed on two computers at once; the
check-ins saved on the other computer are in the copy only. They are found by their moment:
a check-in of the copy whose time no check-in here has is missing here. One with the same
time and other content was changed on one side: it is counted, never added or overwritten
(which side is right is for the user to say). Other kinds of records are only counted.

The copy is read through a read-only connection and never written to.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from journal.checkin import CheckIn
from journal.metrics import Metric
from journal.store.checkins import CheckInStore
from journal.store.database import Database
from journal.store.engine import connect, dbapi
from journal.store.errors import JournalError
from journal.store.journal_store import JournalStore
from journal.store.metrics import MetricStore
from journal.store.schema import schema_version
from journal.translation import translate

# Counted on both sides; more rows in the copy than here hints at entries made there only.
OTHER_RECORDS = (
    ("lesions", "lesions"),
    ("lesion_observations", "lesion observations"),
    ("photos", "photos"),
    ("regimens", "medicines"),
    ("doses", "doses"),
    ("lab_results", "lab results"),
    ("imaging", "imaging reports"),
    ("appointments", "appointments"),
    ("basdai", "BASDAI questionnaires"),
)


class CopyUnreadable(JournalError):
    """The copy cannot be read as a journal of this program's version."""


@dataclass(frozen=True)
class CopyDifference:
    """What a copy of the journal holds that the journal does not.

    Attributes:
        copy: the copy's file.
        missing: its check-ins at moments no check-in of the journal has, oldest first.
        changed: its check-ins at a moment the journal has too, with other content.
        own_symptoms: the user's own symptoms those check-ins use that the journal lacks.
        more_records: the kinds of other records the copy holds more of, with how many more.
    """

    copy: Path
    missing: tuple[CheckIn, ...]
    changed: int
    own_symptoms: tuple[Metric, ...]
    more_records: tuple[tuple[str, int], ...]


def _same(a: CheckIn, b: CheckIn) -> bool:
    return replace(a, id=None) == replace(b, id=None)


def _read_only(copy: Path) -> Database:
    try:
        conn = connect(copy, read_only=True)
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    except dbapi.Error as exc:
        raise CopyUnreadable(_unreadable(copy, exc)) from exc
    if version != schema_version():
        conn.close()
        raise CopyUnreadable(
            translate(
                "Store",
                "{copy} was saved by another version of Symptom Journal (journal version "
                "{version}, this one {this}). Open it on its own first: {command}",
            ).format(
                copy=copy,
                version=version,
                this=schema_version(),
                command=f'symptom-journal check --journal "{copy}"',
            )
        )
    return Database(conn, execute_plugins=False)


def compare_copy(store: JournalStore, copy: Path) -> CopyDifference:
    """What the copy at ``copy`` holds that ``store``'s journal lacks.

    Raises:
        CopyUnreadable: it is not a journal, or of another version, or locked.
    """
    copy = Path(copy)
    db = _read_only(copy)
    try:
        theirs_metrics = MetricStore(db).all(include_archived=True)
        theirs = CheckInStore(db, lambda: theirs_metrics).between()
        counts = {table: _count(db, table) for table, _ in OTHER_RECORDS}
    except dbapi.Error as exc:
        raise CopyUnreadable(_unreadable(copy, exc)) from exc
    finally:
        db.close()
    # Aware datetimes are equal (and hash alike) when they are the same moment.
    ours = {c.taken_at: c for c in store.checkins.between()}
    missing, changed = [], 0
    for checkin in theirs:
        here = ours.get(checkin.taken_at)
        if here is None:
            missing.append(checkin)
        elif not _same(here, checkin):
            changed += 1
    known = {m.key for m in store.metrics.all(include_archived=True)}
    used = {key for c in missing for key in c.values}
    own = tuple(m for m in theirs_metrics if m.key in used and m.key not in known)
    here = {table: store.contents.row_count(table) for table, _ in OTHER_RECORDS}
    more = tuple(
        (words, counts[table] - here[table])
        for table, words in OTHER_RECORDS
        if counts[table] > here[table]
    )
    missing.sort(key=lambda c: c.taken_at)
    return CopyDifference(copy, tuple(missing), changed, own, more)


def _count(db: Database, table: str) -> int:
    return int(db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def add_missing_checkins(store: JournalStore, difference: CopyDifference) -> list[CheckIn]:
    """Add the copy's missing check-ins (and the own symptoms they use), all or none.

    Returns:
        The check-ins as saved here.
    """
    with store.atomic():
        for metric in difference.own_symptoms:
            store.metrics.add_custom(metric)
        return store.checkins.add_many(replace(c, id=None) for c in difference.missing)


def _unreadable(copy: Path, problem: Exception) -> str:
    return translate("Store", "{copy} cannot be read as a journal ({problem}).").format(
        copy=copy, problem=problem
    )
