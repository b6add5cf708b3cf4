"""SQLite's integrity check of a journal, begun ahead on a thread of its own.

The full check reads the whole file: on ten years it is the longest part of opening a
journal. It runs in SQLite's C code, which lets go of Python's lock, so begun before the
window's modules are imported it runs beside them on another core. :func:`integrity_rows`
takes its answer when the journal is opened, if the file is as it was when the check began;
otherwise (or if it failed) the check runs again there and then, as it always did.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

from journal.store import engine
from journal.store.keyring import is_encrypted

_ahead: dict[str, tuple[tuple, threading.Thread, dict]] = {}


def _stamp(path: Path) -> tuple:
    """What tells that the file changed: the journal's and its -wal's inode, size, time."""
    marks = []
    for name in (str(path), f"{path}-wal"):
        try:
            found = os.stat(name)
        except OSError:
            marks.append(None)
        else:
            marks.append((found.st_ino, found.st_size, found.st_mtime_ns))
    return tuple(marks)


def _check(path: Path, answer: dict) -> None:
    try:
        conn = engine.connect(path, read_only=True)
        try:
            answer["rows"] = [r[0] for r in conn.execute("PRAGMA integrity_check(20)")]
        finally:
            conn.close()
    except Exception:  # said when the check runs again, where it is needed
        pass


def check_ahead(path: Path) -> None:
    """Begin the integrity check of the journal at ``path`` (a plain one that exists)."""
    path = Path(path)
    try:
        if not path.is_file() or path.stat().st_size == 0 or is_encrypted(path):
            return
    except OSError:
        return
    answer: dict = {}
    thread = threading.Thread(
        target=_check, args=(path, answer), name="integrity check", daemon=True
    )
    _ahead[str(path.resolve())] = (_stamp(path), thread, answer)
    thread.start()


def wait_for_ahead(path: Path) -> None:
    """Return once the check begun ahead for ``path``, if any, has ended (its answer kept
    for :func:`integrity_rows`).

    Called before the journal's own connections are opened: one opened while the check's
    connection closes is the pair that SQLite 3.51.1 can deadlock (:mod:`journal.store.engine`).
    """
    ahead = _ahead.get(str(Path(path).resolve()))
    if ahead is not None:
        ahead[1].join()


def integrity_rows(conn: engine.dbapi.Connection, path: Path) -> list[str]:
    """The rows of ``PRAGMA integrity_check(20)`` for the journal at ``path``.

    The check begun ahead, when there is one for the file as it is now; else run on ``conn``.
    """
    ahead = _ahead.pop(str(Path(path).resolve()), None)
    if ahead is not None:
        stamp, thread, answer = ahead
        thread.join()
        if "rows" in answer and _stamp(Path(path)) == stamp:
            return answer["rows"]
    return [r[0] for r in conn.execute("PRAGMA integrity_check(20)").fetchall()]
