"""The window says so when the journal is in a synced folder, and names a conflicted copy."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget
from ui.finders import by_name

from journal.store import open_journal


def test_a_journal_in_nextcloud_opens_with_the_warning_and_the_conflicted_copy(
    open_window, tmp_path
):
    path = tmp_path / "Nextcloud" / "journal.sqlite"
    open_journal(path).close()
    copy = path.with_name("journal (conflicted copy 2026-03-01 101512).sqlite")
    copy.write_bytes(path.read_bytes())
    window = open_window(path)
    note = by_name(window, "Shared journal warning")
    assert note.isVisible()
    assert "in a Nextcloud folder" in note.text()
    assert "Never have it open on two computers at once" in note.text()
    assert str(copy) in note.text() and "may hold entries missing here" in note.text()


def test_a_journal_of_this_computer_alone_has_no_such_note(window):
    names = [w.accessibleName() for w in window.findChildren(QWidget)]
    assert "Shared journal warning" not in names
