"""A journal opened for the window leaves its photos' and backups' files for after the first
paint: the folders are private at once, their files a part at a time, then unused photos go."""

from __future__ import annotations

import os
import stat
from datetime import date
from pathlib import Path

import pytest
from picture_builders import picture

from journal.lesions.lesion import Lesion
from journal.pain import Region, Side
from journal.store import open_journal
from journal.store import permissions as permissions_module
from journal.store.backup_files import backups_folder, write_backup
from journal.store.photos import photos_folder


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _tidy(store) -> int:
    """Tidy to the end; returns how many calls it took."""
    calls = 1
    while not store.tidy_next():
        calls += 1
    assert store.is_tidy()
    return calls


def _photo(store, tmp_path, name="a.jpg"):
    lesion = store.lesions.add_lesion(Lesion("B", Region.NECK, Side.LEFT, date(2026, 1, 1)))
    source = tmp_path / name
    source.write_bytes(picture())
    return store.photos.add_files(lesion.id, [source]).added[0]


@pytest.fixture
def opened_by_others(journal_path, tmp_path) -> Path:
    """A journal with a photo and a backup whose files (not folders) others may read."""
    with open_journal(journal_path) as store:
        _photo(store, tmp_path)
        write_backup(journal_path, "automatic")
    for folder in (photos_folder(journal_path), backups_folder(journal_path)):
        for item in folder.rglob("*"):
            if item.is_file():
                os.chmod(item, 0o644)
    return journal_path


def _files(journal: Path) -> list[Path]:
    found = []
    for folder in (photos_folder(journal), backups_folder(journal)):
        found += [p for p in folder.rglob("*") if p.is_file()]
    return found


@pytest.mark.skipif(os.name == "nt", reason="POSIX file modes")
def test_the_folders_are_private_at_once_and_their_files_once_tidied(opened_by_others, monkeypatch):
    for folder in (photos_folder(opened_by_others), backups_folder(opened_by_others)):
        os.chmod(folder, 0o755)
    # One file a part: a journal of a few files is tidied in several calls too.
    monkeypatch.setattr(
        "journal.store.journal_store.contents_private_in_parts",
        lambda path: permissions_module.contents_private_in_parts(path, part=1),
    )
    with open_journal(opened_by_others, tidy_later=True) as store:
        # Nobody else can reach a file but through its folder, and the folders are private.
        for folder in (photos_folder(opened_by_others), backups_folder(opened_by_others)):
            assert _mode(folder) & 0o077 == 0
        assert not store.is_tidy()
        assert any(_mode(f) & 0o077 for f in _files(opened_by_others))
        assert _tidy(store) > 2  # a part at a time
        assert store.not_private == []
    assert all(_mode(f) & 0o077 == 0 for f in _files(opened_by_others))


def test_an_open_without_tidy_later_is_tidy_at_once(opened_by_others):
    with open_journal(opened_by_others) as store:
        assert store.is_tidy()
        assert store.tidy_next()
        if os.name != "nt":
            assert all(_mode(f) & 0o077 == 0 for f in _files(opened_by_others))


@pytest.mark.skipif(os.name == "nt", reason="POSIX file modes")
def test_files_that_cannot_be_tightened_later_are_named(opened_by_others, monkeypatch):
    with open_journal(opened_by_others, tidy_later=True) as store:
        assert store.not_private == []

        def refuse(path, mode):
            raise PermissionError(1, "Operation not permitted", str(path))

        monkeypatch.setattr("journal.store.permissions.os.chmod", refuse)
        _tidy(store)
        assert set(store.not_private) == set(_files(opened_by_others))
        assert store.privacy_warning() is not None


def test_unused_photo_files_go_once_tidied_not_at_the_open(journal_path, tmp_path):
    with open_journal(journal_path) as store:
        added = _photo(store, tmp_path)
        store.photos.remove(added.observation.id, added.photo.id)
    with open_journal(journal_path, tidy_later=True) as store:
        assert store.photos.path_of(added.photo).exists()  # the open waits for nothing
        _tidy(store)
        assert not store.photos.path_of(added.photo).exists()
        assert list((photos_folder(journal_path) / "thumbnails").iterdir()) == []


def test_a_photo_removed_before_the_tidy_keeps_its_file_for_undo(journal_path, tmp_path):
    with open_journal(journal_path, tidy_later=True) as store:
        added = _photo(store, tmp_path)  # added, then taken off, before the window tidies
    with open_journal(journal_path, tidy_later=True) as store:
        removed = store.photos.remove(added.observation.id, added.photo.id)
        _tidy(store)
        assert store.photos.path_of(added.photo).exists()
        store.photos.restore(removed)  # Ctrl+Z
        assert store.photos.original(added.photo)[:2] == b"\xff\xd8"
