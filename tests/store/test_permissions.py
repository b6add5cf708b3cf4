"""A journal copied in readable by others is made private on opening, with all that is its own."""

from __future__ import annotations

import os
import shutil
import stat
from datetime import date
from pathlib import Path

import pytest
from picture_builders import picture

from journal.lesions.lesion import Lesion
from journal.pain import Region, Side
from journal.store import open_journal
from journal.store.backup_files import backups_folder, write_backup
from journal.store.photos import photos_folder

pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX file modes")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _everything(journal: Path) -> list[Path]:
    items = [journal]
    for folder in (photos_folder(journal), backups_folder(journal)):
        items += [folder, *folder.rglob("*")]
    return items


@pytest.fixture
def copied_in(tmp_path) -> Path:
    """A journal with a photo and a backup, copied with its -wal and -shm, all 0644 / 0755."""
    source = tmp_path / "other computer" / "journal.sqlite"
    source.parent.mkdir()
    with open_journal(source) as store:
        lesion = store.lesions.add_lesion(
            Lesion("Left shoulder boil", Region.LOWER_BACK, Side.LEFT, date(2026, 11, 1))
        )
        store.photos.add_bytes(lesion.id, picture(), "boil.jpg", date(2026, 11, 2))
        write_backup(source, "automatic")
        # Copied while open, as a sync tool or a careless copy would: the sidecars come too.
        target = tmp_path / "mine"
        shutil.copytree(source.parent, target)
    journal = target / "journal.sqlite"
    sidecars = [journal.with_name(f"journal.sqlite{s}") for s in ("-wal", "-shm")]
    for item in [*_everything(journal), *sidecars]:
        if item.exists():
            os.chmod(item, 0o755 if item.is_dir() else 0o644)
    return journal


def test_the_journal_its_sidecars_photos_and_backups_are_made_private(copied_in):
    with open_journal(copied_in) as store:
        assert store.not_private == []
        store.settings.put("touched", 1)  # a write, so the -wal and -shm are surely there
        sidecars = [copied_in.with_name(copied_in.name + s) for s in ("-wal", "-shm")]
        assert all(s.exists() for s in sidecars)
        for item in _everything(copied_in) + sidecars:
            assert _mode(item) & 0o077 == 0, f"{item} is {oct(_mode(item))}"
    assert _mode(copied_in) == 0o600
    assert len(_everything(copied_in)) > 4  # photos, thumbnails and backups were looked at


def test_a_new_write_ahead_file_is_private_too(copied_in):
    for suffix in ("-wal", "-shm"):
        copied_in.with_name(copied_in.name + suffix).unlink(missing_ok=True)
    with open_journal(copied_in) as store:
        store.settings.put("touched", 1)
        assert _mode(copied_in.with_name(copied_in.name + "-wal")) == 0o600


def test_the_owners_own_bits_are_kept(copied_in):
    os.chmod(copied_in, 0o664)
    with open_journal(copied_in):
        assert _mode(copied_in) == 0o600
    photo = next(p for p in photos_folder(copied_in).rglob("*") if p.is_file())
    os.chmod(photo, 0o444)  # the user made it read-only: it stays so
    with open_journal(copied_in):
        assert _mode(photo) == 0o400


def test_when_it_cannot_be_tightened_it_still_opens_and_says_which(copied_in, monkeypatch):
    def refuse(path, mode):
        raise PermissionError(1, "Operation not permitted", str(path))

    monkeypatch.setattr("journal.store.permissions.os.chmod", refuse)
    with open_journal(copied_in) as store:
        assert copied_in in store.not_private
        assert store.lesions.lesions()  # open as usual
