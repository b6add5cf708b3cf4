"""A write the disk refused in a slot with no message of its own: one plain message box."""

from PySide6.QtWidgets import QMessageBox

from journal.ui.parts.facade import DISK_FULL, NotWritten
from journal.ui.shell.write_failures import told_write_failures


def test_a_refused_write_is_a_message_and_the_rest_goes_to_the_old_hook(monkeypatch):
    shown, handed_on = [], []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda p, t, text: shown.append(text)))
    hook = told_write_failures(lambda *exc: handed_on.append(exc[1]))
    hook(NotWritten, NotWritten(DISK_FULL, disk_full=True), None)
    bug = KeyError("a bug")
    hook(KeyError, bug, None)
    assert shown == [f"{DISK_FULL} That change was not made."]
    assert handed_on == [bug]
