"""A journal in a synced folder or on a network share is noticed, and so is a conflicted
copy the sync left beside it."""

from __future__ import annotations

import pytest

from journal.store.sync_folders import (
    conflicted_copies,
    network_share,
    shared_folder,
    sharing_warnings,
)

LOCAL_MOUNTS = "/dev/sda1 / ext4 rw,relatime 0 0\ntmpfs /tmp tmpfs rw 0 0\n"


@pytest.fixture
def mounts(tmp_path):
    """A fake mount table with only local file systems; tests add lines to it."""
    path = tmp_path / "mounts"
    path.write_text(LOCAL_MOUNTS)
    return path


@pytest.mark.parametrize(
    ("folder", "kind"),
    [
        ("Dropbox", "Dropbox"),
        ("Dropbox (Personal)", "Dropbox"),
        ("OneDrive - Clinic", "OneDrive"),
        ("Nextcloud", "Nextcloud"),
        ("Google Drive", "Google Drive"),
        ("iCloud Drive", "iCloud Drive"),
        ("Mobile Documents", "iCloud Drive"),
    ],
)
def test_a_journal_in_a_synced_folder_is_noticed_by_its_name(tmp_path, mounts, folder, kind):
    journal = tmp_path / folder / "health" / "journal.sqlite"
    found = shared_folder(journal, mounts)
    assert found is not None and found.kind == kind and found.folder == tmp_path / folder


def test_a_syncthing_folder_is_noticed_by_its_marker(tmp_path, mounts):
    (tmp_path / "Sync" / ".stfolder").mkdir(parents=True)
    found = shared_folder(tmp_path / "Sync" / "journal.sqlite", mounts)
    assert found is not None and found.kind == "Syncthing"


def test_a_journal_in_a_folder_of_its_own_is_not_shared(tmp_path, mounts):
    journal = tmp_path / "Documents" / "journal.sqlite"
    assert shared_folder(journal, mounts) is None
    assert sharing_warnings(journal, mounts) == []


@pytest.mark.parametrize("kind", ["nfs", "nfs4", "cifs", "smb3", "fuse.sshfs", "9p"])
def test_a_network_share_is_noticed_by_its_file_system(tmp_path, mounts, kind):
    share = tmp_path / "my share"
    escaped = str(share).replace(" ", "\\040")
    mounts.write_text(LOCAL_MOUNTS + f"server:/export {escaped} {kind} rw 0 0\n")
    found = network_share(share / "journal.sqlite", mounts)
    assert found is not None and found.folder == share and kind in found.kind


def test_the_nearest_mount_decides_a_local_disk_mounted_inside_a_share(tmp_path, mounts):
    mounts.write_text(
        LOCAL_MOUNTS + f"srv:/x {tmp_path} nfs4 rw 0 0\n/dev/sdb1 {tmp_path}/disk ext4 rw 0 0\n"
    )
    assert network_share(tmp_path / "disk" / "journal.sqlite", mounts) is None
    assert network_share(tmp_path / "other" / "journal.sqlite", mounts) is not None


def test_no_mount_table_means_nothing_to_say(tmp_path):
    assert network_share(tmp_path / "journal.sqlite", tmp_path / "no-such-file") is None


@pytest.mark.parametrize(
    "name",
    [
        "journal (conflicted copy 2026-03-01).sqlite",
        "journal (Anna's conflicted copy 2026-03-01).sqlite",
        "journal (conflicted copy 2026-03-01 101512).sqlite",
        "journal_conflict-20260301-101512.sqlite",
        "journal.sync-conflict-20260301-101512-ABCDEFG.sqlite",
        "journal (1).sqlite",
        "journal 2.sqlite",
    ],
)
def test_a_conflicted_copy_beside_the_journal_is_named_with_the_import_that_adds_it(
    tmp_path, mounts, name
):
    journal = tmp_path / "Dropbox" / "journal.sqlite"
    journal.parent.mkdir()
    journal.write_bytes(b"")
    copy = journal.with_name(name)
    copy.write_bytes(b"")
    assert conflicted_copies(journal) == [copy]
    shared, conflict = sharing_warnings(journal, mounts)
    assert "Never have it open on two computers at once" in shared
    assert str(copy) in conflict and "may hold entries missing here" in conflict
    assert f'symptom-journal import --format copy "{copy}"' in conflict


def test_other_files_beside_the_journal_are_no_conflicted_copies(tmp_path):
    journal = tmp_path / "journal.sqlite"
    for name in ("journal.sqlite", "journal.sqlite-wal", "journal.sqlite.lock", "notes.sqlite"):
        (tmp_path / name).write_bytes(b"")
    (tmp_path / "journal.sqlite.backups").mkdir()
    (tmp_path / "other (conflicted copy 2026-03-01).sqlite").write_bytes(b"")
    assert conflicted_copies(journal) == []


def test_in_a_onedrive_folder_a_copy_under_another_computer_s_name_is_a_conflicted_copy(tmp_path):
    journal = tmp_path / "OneDrive" / "journal.sqlite"
    journal.parent.mkdir()
    journal.write_bytes(b"")
    copy = journal.with_name("journal-ANNAS-LAPTOP.sqlite")
    copy.write_bytes(b"")
    assert conflicted_copies(journal) == [copy]


def test_outside_onedrive_a_hyphenated_name_is_just_another_file(tmp_path):
    journal = tmp_path / "journal.sqlite"
    journal.write_bytes(b"")
    (tmp_path / "journal-old.sqlite").write_bytes(b"")
    (tmp_path / "journal (old one).sqlite").write_bytes(b"")
    assert conflicted_copies(journal) == []
