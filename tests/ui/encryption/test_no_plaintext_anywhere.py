"""With encryption on, nothing the user recorded lies in the clear anywhere the program
writes: the journal, its -wal and -shm, photos, thumbnails, backups, the settings and cache
folders, and the temporary folder."""

from __future__ import annotations

import io
import os
import secrets
import tempfile
import time
from datetime import date
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QSettings
from ui.finders import by_name

from journal.care.records import Purpose, Regimen, Route
from journal.lesions.lesion import Lesion
from journal.pain import Region, Side
from journal.store import open_journal
from journal.store.backup_files import list_backups
from journal.store.encryption import turn_on


def _photo() -> bytes:
    """Noise, so that its JPEG bytes are found in no other test's files."""
    out = io.BytesIO()
    Image.frombytes("RGB", (96, 64), secrets.token_bytes(96 * 64 * 3)).save(out, "PNG")
    return out.getvalue()


def _files_written_since(folder: Path, since: float) -> list[Path]:
    found = []
    for root, _dirs, names in os.walk(folder):
        for name in names:
            path = Path(root, name)
            try:
                stat = path.stat()
            except OSError:
                continue
            if stat.st_mtime >= since and stat.st_size < 64 << 20 and path.is_file():
                found.append(path)
    return found


def test_a_canary_typed_and_added_everywhere_is_found_in_no_file(qtbot, open_window, journal_path):
    started = time.time() - 1
    canary = f"CANARY{secrets.token_hex(6)}"
    open_journal(journal_path).close()
    turn_on(journal_path, "a long passphrase")
    window = open_window(journal_path)
    # Typed in the form and saved, and typed again and left as a draft.
    qtbot.keyClicks(by_name(window, "Notes"), f"note {canary}")
    by_name(window, "Save check-in").click()
    qtbot.keyClicks(by_name(window, "Notes"), f"draft {canary}")
    window.keep_draft()
    store = window.facade.store
    lesion = store.lesions.add_lesion(
        Lesion(f"{canary} boil", Region.NECK, Side.LEFT, date(2026, 1, 1))
    )
    store.photos.add_bytes(lesion.id, _photo(), f"{canary}.png")
    store.medicines.add(
        Regimen(f"{canary} tablets", 500, "mg", Route.ORAL, Purpose.ANTIBIOTIC, date(2026, 1, 1))
    )
    photo = next(iter(store.photos.photos().values()))
    pixels = store.photos.original(photo), store.photos.thumbnail(photo)
    window.close()
    QSettings().sync()
    assert list_backups(journal_path), "the close made a backup"

    where = {
        journal_path.parent,
        Path(os.environ["XDG_CONFIG_HOME"]),
        Path(os.environ["XDG_CACHE_HOME"]),
        Path(tempfile.gettempdir()),
    }
    files = [f for folder in where for f in _files_written_since(folder, started)]
    assert any(f.name.endswith("-wal") or f.suffix == ".sqlite" for f in files)
    needles = [canary.encode(), canary.encode("utf-16-le")]
    needles += [p[len(p) // 2 : len(p) // 2 + 32] for p in pixels]
    found = [str(f) for f in files for needle in needles if needle in _read(f)]
    assert found == []


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError:  # another program's temporary file, gone since
        return b""
