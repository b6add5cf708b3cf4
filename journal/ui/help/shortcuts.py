"""Help → Keyboard shortcuts: made from the window's own actions, so it cannot go stale."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from journal.ui.help.help_dialog import HelpDialog


@dataclass(frozen=True)
class ShortcutRow:
    """One line of the list: what it does, the keys, and where it works."""

    what: str
    keys: str
    where: str


def plain(text: str) -> str:
    """Menu words without the mnemonic's ampersand or the trailing ellipsis."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def _keys(sequences: list[QKeySequence]) -> str:
    shown = [s.toString(QKeySequence.SequenceFormat.NativeText) for s in sequences]
    return ", ".join(dict.fromkeys(k for k in shown if k))


def _where(action: QAction) -> str:
    menus = [o for o in action.associatedObjects() if isinstance(o, QMenu)]
    return (
        QCoreApplication.translate("Shortcuts", "{menu} menu").format(menu=plain(menus[0].title()))
        if menus
        else QCoreApplication.translate("Shortcuts", "Anywhere in the window")
    )


def _shortcut_where(shortcut: QShortcut) -> str:
    owner = shortcut.parent()
    name = owner.accessibleName() if isinstance(owner, QWidget) else ""
    return (
        QCoreApplication.translate("Shortcuts", "In {name}").format(name=name)
        if name
        else QCoreApplication.translate("Shortcuts", "Anywhere in the window")
    )


def shortcut_rows(window: QObject) -> list[ShortcutRow]:
    """Every keyboard shortcut of ``window``: its actions, and the shortcuts that say what
    they do (``whatsThis``), in the order they were made."""
    rows: list[ShortcutRow] = []
    for action in window.findChildren(QAction):
        keys = _keys(action.shortcuts())
        if keys and action.isVisible():
            rows.append(ShortcutRow(plain(action.text()), keys, _where(action)))
    for shortcut in window.findChildren(QShortcut):
        keys = _keys(shortcut.keys())
        if keys and shortcut.whatsThis():
            rows.append(ShortcutRow(shortcut.whatsThis(), keys, _shortcut_where(shortcut)))
    return rows


class ShortcutsDialog(HelpDialog):
    """The list of shortcuts, a row each: what it does, the keys, where it works.

    Attributes:
        table: the list.
    """

    def __init__(self, window: QWidget) -> None:
        self.table = QTableWidget(0, 3)
        super().__init__(
            QCoreApplication.translate("ShortcutsDialog", "Keyboard shortcuts"),
            QCoreApplication.translate("ShortcutsDialog", "Keyboard shortcuts"),
            window,
            body=self.table,
        )
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("ShortcutsDialog", "What it does"),
                QCoreApplication.translate("ShortcutsDialog", "Keys"),
                QCoreApplication.translate("ShortcutsDialog", "Where"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Tab goes on to Close; the arrows move through the rows.
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(True)
        for row in shortcut_rows(window):
            at = self.table.rowCount()
            self.table.insertRow(at)
            for column, text in enumerate((row.what, row.keys, row.where)):
                self.table.setItem(at, column, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        # The keys wrap when the screen is narrow; the words of the other two never need to.
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        if self.table.rowCount():
            self.table.selectRow(0)
        self.table.setFocus()
        self.fit_screen()
        self.resize(max(self.width(), self._wanted_width()), self.height())
        self.fit_screen(keep_width=True)
        self.table.resizeRowsToContents()

    def _wanted_width(self) -> int:
        self.table.resizeColumnsToContents()
        columns = sum(self.table.columnWidth(c) for c in range(3))
        margins = self.layout().contentsMargins()
        bar = self.table.verticalScrollBar().sizeHint().width()
        return columns + bar + 2 * self.table.frameWidth() + margins.left() + margins.right()

    def texts(self) -> list[tuple[str, str, str]]:
        """What the list shows, row by row."""
        return [
            tuple(self.table.item(r, c).text() for c in range(3))
            for r in range(self.table.rowCount())
        ]
