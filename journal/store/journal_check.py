"""Checking a journal, or a backup of one, without writing to it.

Three checks: SQLite's full ``integrity_check`` (every page, and every index against its
table: ``quick_check`` leaves out the indexes), ``foreign_key_check`` (rows that point at
rows that are gone), and every photo the file names is there and still has the content its
hash names. Findings are sentences a user can read.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from journal.backups import BackupInfo
from journal.store.backup_files import backup_photos_folder, list_backups
from journal.store.engine import connect, dbapi
from journal.store.interrupted_writes import finish_interrupted_write
from journal.store.photos import photos_folder
from journal.store.read_only_traces import present_sidecars, remove_sidecars_made
from journal.store.sealed_files import plain_bytes, stored_file_key
from journal.translation import translate

# SQLite stops its own list after this many problems; so do we, for photos.
MOST_FINDINGS = 100


@dataclass(frozen=True)
class CheckReport:
    """What a check found.

    Attributes:
        findings: each problem in words; empty when everything passed.
        photos: how many photo files were checked.
        database_ok: the SQLite file itself passed (whatever the photos).
    """

    findings: tuple[str, ...]
    photos: int
    database_ok: bool = False

    @property
    def passed(self) -> bool:
        """True when nothing was found."""
        return not self.findings


def _read_only(path: Path) -> dbapi.Connection:
    # mode=ro: the check never writes, not even the WAL switch an ordinary open could make.
    return connect(path, read_only=True)


def _integrity(conn: dbapi.Connection) -> list[str]:
    rows = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
    if rows == ["ok"]:
        return []
    found = translate("Store", "SQLite's integrity check: {row}")
    return [found.format(row=row) for row in rows]


def _foreign_keys(conn: dbapi.Connection) -> list[str]:
    findings = []
    for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check").fetchall():
        findings.append(
            translate(
                "Store",
                "row {row} of the table {table} refers to a row of {parent} that is not there",
            ).format(row=rowid, table=table, parent=parent)
        )
    return findings[:MOST_FINDINGS]


def _photos(conn: dbapi.Connection, folder: Path) -> tuple[list[str], int]:
    try:
        rows = conn.execute(
            "SELECT sha256, extension, taken_on, original_name FROM photos ORDER BY id"
        ).fetchall()
    except dbapi.OperationalError:  # a journal from before photos were kept
        return [], 0
    stored_file_key(conn)  # so that sealed photos can be read and hashed
    findings = []
    for sha, extension, taken_on, original in rows:
        path = folder / f"{sha}.{extension}"
        what = translate("Store", "the photo {name} of {day}").format(
            name=original or path.name, day=taken_on
        )
        try:
            data = path.read_bytes()
        except OSError:
            missing = translate("Store", "{photo} is missing: there is no file {path}")
            findings.append(missing.format(photo=what, path=path))
            continue
        try:
            data = plain_bytes(data, path)
        except OSError as unreadable:
            unread = translate("Store", "{photo} cannot be read: {problem}")
            findings.append(unread.format(photo=what, problem=unreadable))
            continue
        if hashlib.sha256(data).hexdigest() != sha:
            changed = translate(
                "Store", "{photo} has changed since it was added: {path} is not the same"
            )
            findings.append(changed.format(photo=what, path=path))
    return findings[:MOST_FINDINGS], len(rows)


def check_database(db_path: Path, photo_folder: Path) -> CheckReport:
    """Check the SQLite file ``db_path`` and the photos it names in ``photo_folder``.

    A file that fails keeps nothing of the check beside it (no ``-wal`` or ``-shm``).
    """
    return _check_leaving_no_trace(Path(db_path), photo_folder, present_sidecars(db_path))


def _check_leaving_no_trace(
    db_path: Path, photo_folder: Path, present_before: frozenset[str]
) -> CheckReport:
    report = _check_database(db_path, photo_folder)
    if not report.database_ok:
        remove_sidecars_made(db_path, present_before)
    return report


def _check_database(db_path: Path, photo_folder: Path) -> CheckReport:
    if not db_path.is_file():
        return CheckReport((translate("Store", "there is no file {path}").format(path=db_path),), 0)
    try:
        conn = _read_only(db_path)
    except dbapi.Error as exc:
        unopened = translate("Store", "{path} cannot be opened: {problem}")
        return CheckReport((unopened.format(path=db_path, problem=exc),), 0)
    try:
        findings = _integrity(conn)
        if findings:
            # The other checks read through the same damaged pages: they would add noise.
            return CheckReport(tuple(findings), 0)
        findings = _foreign_keys(conn)
        photo_findings, photos = _photos(conn, photo_folder)
        return CheckReport(tuple(findings + photo_findings), photos, database_ok=not findings)
    except dbapi.DatabaseError as exc:
        unread = translate("Store", "{path} cannot be read as a database: {problem}")
        return CheckReport((unread.format(path=db_path, problem=exc),), 0)
    finally:
        conn.close()


def check_journal(journal_path: Path) -> CheckReport:
    """Check a journal file and the photo files beside it.

    A write a crash left unfinished is finished first, as any open of the journal would.
    """
    before = present_sidecars(journal_path)  # before finishing a write opens the file
    finish_interrupted_write(journal_path)
    return _check_leaving_no_trace(Path(journal_path), photos_folder(journal_path), before)


def check_backup(backup: BackupInfo | Path) -> CheckReport:
    """Check a backup and the photo files its folder shares."""
    path = backup.path if isinstance(backup, BackupInfo) else Path(backup)
    return check_database(path, backup_photos_folder(path))


def newest_good_backup(journal_path: Path) -> BackupInfo | None:
    """The newest backup of the journal that passes every check, or None."""
    for backup in list_backups(journal_path):
        if check_backup(backup).passed:
            return backup
    return None
