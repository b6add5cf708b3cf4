"""The Journal menu's choices of journal: a new one, another file, a recent one, the demo."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from journal.checkin import CheckIn
from journal.store.location import data_home, journal_name
from journal.translation import QT_TRANSLATE_NOOP
from journal.ui.parts.choice_dialog import ChoiceDialog

JOURNAL_FILTER = QT_TRANSLATE_NOOP("JournalActions", "Symptom journals (*.sqlite);;All files (*)")


class JournalSwitcher(Protocol):
    """What opens another journal in place of the window's (the launcher)."""

    def try_open(self, path: Path, is_demo: bool = False, rebuild_demo: bool = False): ...

    def open_my_journal(self, first: CheckIn | None = None): ...

    def open_demo(self): ...

    def leave_demo(self, discard_changes: bool = False): ...

    def recent(self) -> list[Path]: ...

    def restore_backup(self, backup): ...

    def change_encryption(self, change): ...


def ask_journal_to_open(parent: QWidget | None) -> Path | None:
    """The file dialog for Open journal…; None when cancelled."""
    name, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("JournalActions", "Open a journal"),
        str(data_home()),
        QCoreApplication.translate("JournalActions", JOURNAL_FILTER),
    )
    return Path(name) if name else None


class JournalActions(QObject):
    """New journal…, Open journal…, Open recent and Leave / Open the demo.

    Attributes:
        new_action, open_action, demo_action: the menu entries (for tests and shortcuts).
        recent_menu: the journals opened lately.
    """

    def __init__(
        self,
        switcher: JournalSwitcher,
        window: QWidget,
        current: Path,
        is_demo: bool,
        demo_has_changes,
    ) -> None:
        super().__init__(window)
        self._switcher = switcher
        self._window = window
        self._current = current
        self._is_demo = is_demo
        self._demo_has_changes = demo_has_changes
        self.new_action = self._action(
            QCoreApplication.translate("JournalActions", "New &journal…"), self.new_journal
        )
        self.open_action = self._action(
            QCoreApplication.translate("JournalActions", "&Open journal…"), self.open_journal
        )
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.recent_menu = QMenu(
            QCoreApplication.translate("JournalActions", "Open &recent"), window
        )
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self._fill_recent()
        if is_demo:
            self.demo_action = self._action(
                QCoreApplication.translate("JournalActions", "&Leave the demo"), self.leave_demo
            )
        else:
            self.demo_action = self._action(
                QCoreApplication.translate("JournalActions", "Open the &demo"),
                self._switcher.open_demo,
            )

    def _action(self, text: str, slot) -> QAction:
        action = QAction(text, self._window)
        action.triggered.connect(slot)
        return action

    def add_to(self, menu: QMenu) -> None:
        """Put the entries in ``menu``."""
        menu.addAction(self.new_action)
        menu.addAction(self.open_action)
        menu.addMenu(self.recent_menu)
        menu.addAction(self.demo_action)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        shown = [p for p in self._switcher.recent() if p != self._current]
        for path in shown:
            action = self.recent_menu.addAction(f"{journal_name(path)}  ({path.parent})")
            action.triggered.connect(lambda _=False, p=path: self._switcher.try_open(p))
        if not shown:
            self.recent_menu.addAction(
                QCoreApplication.translate("JournalActions", "No other journals yet")
            ).setEnabled(False)

    def new_journal(self) -> None:
        """Ask where to keep a new journal, then open it."""
        name, _ = QFileDialog.getSaveFileName(
            self._window,
            QCoreApplication.translate("JournalActions", "New journal"),
            str(data_home() / QCoreApplication.translate("JournalActions", "New journal.sqlite")),
            QCoreApplication.translate("JournalActions", JOURNAL_FILTER),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if not name:
            return
        path = Path(name)
        if path.suffix == "":
            path = path.with_suffix(".sqlite")
        if path.exists():
            # Never written over: the file is opened as it is, and the user told so.
            QMessageBox.information(
                self._window,
                QCoreApplication.translate("JournalActions", "That journal exists already"),
                QCoreApplication.translate(
                    "JournalActions",
                    "{path} exists already. It is opened as it is; nothing in it is replaced.",
                ).format(path=path),
            )
        self._switcher.try_open(path)

    def open_journal(self) -> None:
        """Ask for a journal file, then open it."""
        path = ask_journal_to_open(self._window)
        if path is not None:
            self._switcher.try_open(path)

    def leave_demo(self) -> None:
        """Go to the user's own journal; asks first when the demo holds their changes."""
        discard = False
        if self._demo_has_changes():
            discard = ChoiceDialog.ask(
                self._window,
                QCoreApplication.translate("JournalActions", "Leave the demo"),
                QCoreApplication.translate(
                    "JournalActions",
                    "You changed things in the demo. Keep them there, to come back to with "
                    "Journal → Open the demo, or throw them away? Your own journal is not "
                    "affected either way.",
                ),
                [
                    (
                        QCoreApplication.translate(
                            "JournalActions", "&Keep my changes in the demo"
                        ),
                        False,
                    ),
                    (QCoreApplication.translate("JournalActions", "&Throw them away"), True),
                ],
            )
            if discard is None:
                return
        self._switcher.leave_demo(discard_changes=discard)
