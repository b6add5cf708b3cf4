"""Journal → Backups…: the backups with their dates, reasons and sizes; back up; restore."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from journal.backups import BackupInfo, reason_text, size_text, when_text
from journal.text import starting_a_sentence
from journal.translation import QT_TRANSLATE_NOOP
from journal.ui.backups.backups_facade import BackupsFacade
from journal.ui.parts.buttons import action_button
from journal.ui.parts.choice_dialog import ChoiceDialog
from journal.ui.parts.row_model import RowTableModel

COL_WHEN = 0
COL_REASON = 1
COL_SIZE = 2
HEADERS = (
    QT_TRANSLATE_NOOP("BackupsDialog", "When"),
    QT_TRANSLATE_NOOP("BackupsDialog", "Why"),
    QT_TRANSLATE_NOOP("BackupsDialog", "Size"),
)


class BackupsModel(RowTableModel):
    """Backups, newest first: when, why and how big."""

    def cell(self, obj: BackupInfo, row: int, column: int, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_WHEN:
                return when_text(obj.taken_at)
            if column == COL_REASON:
                return starting_a_sentence(reason_text(obj.reason))
            if column == COL_SIZE:
                return size_text(obj.size)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class BackupsDialog(QDialog):
    """The list of backups, Back up now, and Restore backup (which asks first).

    Signals:
        restore_requested: the user chose a backup and said yes (argument: the
            :class:`BackupInfo`); the window closes the journal, restores and reopens it.
    """

    restore_requested = Signal(object)

    def __init__(self, facade: BackupsFacade, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.facade = facade
        self.setWindowTitle(QCoreApplication.translate("BackupsDialog", "Backups"))
        self.model = BackupsModel(
            tuple(QCoreApplication.translate("BackupsDialog", h) for h in HEADERS), self
        )
        self._build_list()
        self._build_buttons()
        self.message = QLabel(self)
        self.message.setObjectName("backups_message")
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self._explanation())
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(self._row)
        facade.changed.connect(self.refresh)
        facade.failed.connect(self.message.setText)
        self.refresh()
        self.resize(560, 420)

    def _explanation(self) -> QLabel:
        text = QLabel(
            QCoreApplication.translate(
                "BackupsDialog",
                "Your journal and its photos are backed up every 30 minutes while you use it, "
                "when you close it, and before updates and imports. Older backups are thinned "
                "to one a day, then one a week, then one a month.",
            ),
            self,
        )
        text.setWordWrap(True)
        return text

    def _build_list(self) -> None:
        self.table = QTableView(self)
        self.table.setAccessibleName(QCoreApplication.translate("BackupsDialog", "Backups"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_WHEN, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_REASON, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_SIZE, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.table.doubleClicked.connect(lambda _: self.restore_selected())

    def _build_buttons(self) -> None:
        self.back_up_button = self._button(
            QCoreApplication.translate("BackupsDialog", "&Back up now"),
            QCoreApplication.translate("BackupsDialog", "Back up now"),
            self._back_up,
        )
        self.restore_button = self._button(
            QCoreApplication.translate("BackupsDialog", "&Restore backup…"),
            QCoreApplication.translate("BackupsDialog", "Restore backup"),
            self.restore_selected,
        )
        self.restore_button.setEnabled(False)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(
            QCoreApplication.translate("BackupsDialog", "Close")
        )
        close.rejected.connect(self.reject)
        self._row = QHBoxLayout()
        self._row.addWidget(self.back_up_button)
        self._row.addWidget(self.restore_button)
        self._row.addStretch(1)
        self._row.addWidget(close)

    def _button(self, text: str, name: str, slot) -> QPushButton:
        button = action_button(self, text, name, slot)
        button.setAutoDefault(False)
        return button

    def refresh(self) -> None:
        """Show the backups as they are on disk now."""
        self.model.set_rows(self.facade.backups())
        if self.model.rowCount() == 0:
            self.message.setText(
                QCoreApplication.translate(
                    "BackupsDialog", "No backups yet. The first is made 30 minutes after a change."
                )
            )
        self._on_selection()

    def selected(self) -> BackupInfo | None:
        """The backup chosen in the list, if any."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.object_at(rows[0].row()) if rows else None

    def _on_selection(self, *_) -> None:
        self.restore_button.setEnabled(self.selected() is not None)

    def _back_up(self) -> None:
        made = self.facade.back_up_now()
        if made is not None:
            said = QCoreApplication.translate("BackupsDialog", "Backed up: {when}.")
            self.message.setText(said.format(when=when_text(made.taken_at)))
            self.table.selectRow(0)

    def restore_selected(self) -> None:
        """Ask, then ask the window to restore the chosen backup."""
        backup = self.selected()
        if backup is None:
            return
        yes = ChoiceDialog.ask(
            self,
            QCoreApplication.translate("BackupsDialog", "Restore this backup?"),
            QCoreApplication.translate(
                "BackupsDialog",
                "Put the backup of {when} in place of your journal? What you saved since then "
                "will not be in it. The journal as it is now is kept beside it and backed up "
                "first, so it can be brought back. The journal is closed and opened again.",
            ).format(when=when_text(backup.taken_at)),
            [(QCoreApplication.translate("BackupsDialog", "&Restore backup"), True)],
            back=QCoreApplication.translate("BackupsDialog", "Cancel"),
        )
        if yes:
            self.restore_requested.emit(backup)
            self.accept()
