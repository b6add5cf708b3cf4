"""The Red flags page: every flag with its data, acknowledgement, and recovery progress."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelection, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from journal.dates import day_text
from journal.flags import FlagReview, Level
from journal.flags.explained import what_flags_are
from journal.flags.review import ACTIVE_DAYS
from journal.translation import QT_TRANSLATE_NOOP, english_plural
from journal.ui.flags.flags_banner import FAILURE_TEXT
from journal.ui.flags.flags_commands import AcknowledgeFlag
from journal.ui.flags.flags_facade import FlagsFacade
from journal.ui.flags.flags_model import (
    COL_DAYS,
    COL_FLAG,
    COL_LEVEL,
    COL_SEEN,
    HEADERS,
    FlagTableModel,
)
from journal.ui.flags.flags_settings import ThresholdsDialog
from journal.ui.parts.empty_hint import show_when_empty

NO_COURSE = QT_TRANSLATE_NOOP(
    "FlagsView",
    "No antibiotic course is running today. While one runs, this shows the week of treatment "
    "and how your pain and temperature compare with the typical course.",
)

NOTHING_TO_CHECK = QT_TRANSLATE_NOOP(
    "FlagsView", "Nothing to check yet: red flags are looked for once you have saved check-ins."
)
NO_FLAGS = QT_TRANSLATE_NOOP(
    "FlagsView",
    "No red flags in what you have recorded. If you are worried about how you feel, "
    "contact your doctor.",
)


def summary_text(to_look_at: int, total: int) -> str:
    """The line above the list: how many flags to look at (the banner's) and how many others.

    Args:
        to_look_at: the flags at the top: recent and not acknowledged.
        total: every flag listed.
    """
    rest = total - to_look_at
    if not total:
        return ""
    if not to_look_at:
        if rest != 1:
            said = QCoreApplication.translate(
                "FlagsView",
                "Nothing new to look at: all {rest} red flags below are older than {days} days "
                "or acknowledged, and kept on record.",
            )
        else:
            said = QCoreApplication.translate(
                "FlagsView",
                "Nothing new to look at: the red flag below is older than {days} days or "
                "acknowledged, and kept on record.",
            )
        return said.format(rest=rest, days=ACTIVE_DAYS)
    text = QCoreApplication.translate(
        "FlagsView",
        "%n red flag(s) to look at, in colour at the top: from the last {days} days and not "
        "acknowledged yet, the most pressing first.",
        "",
        to_look_at,
    )
    text = english_plural(text, to_look_at).format(days=ACTIVE_DAYS)
    if rest:
        text += " " + QCoreApplication.translate(
            "FlagsView", "Below them, {rest} older or acknowledged, kept on record."
        ).format(rest=rest)
    return text


# The widest text each column but the flag's name can show.
_COLUMN_SAMPLES = {
    COL_LEVEL: Level.NEXT_APPOINTMENT.label,
    COL_DAYS: "Wed 30 Sep 2026 to Wed 30 Sep 2026",
    COL_SEEN: "Wed 30 Sep 2026",
}


class FlagsPage(QWidget):
    """Every red flag, the data behind the chosen one, and a way to acknowledge it.

    Signals:
        status: a short message for the status bar.

    Attributes:
        flags: the flags facade.
        table: the list of flags (accessible name "Red flags").
        acknowledge_button: acknowledges the chosen flag.
        settings_button: opens the Red flag settings.
        undo_stack: where acknowledgements go, so that Ctrl+Z takes them back.
        recovery: the antibiotic course beside the typical one.
    """

    status = Signal(str)

    def __init__(
        self,
        flags: FlagsFacade,
        undo_stack: QUndoStack | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.flags = flags
        # Without a window's stack (a page on its own) acknowledging is still undoable here.
        self.undo_stack = undo_stack or QUndoStack(self)
        self.model = FlagTableModel(self)
        heading = QLabel(QCoreApplication.translate("FlagsPage", "Red flags"), self)
        heading.setProperty("role", "heading")
        intro = QLabel(what_flags_are(), self)
        intro.setWordWrap(True)
        self.table = QTableView(self)
        # Tab leaves the table for the buttons below; arrows move between rows.
        self.table.setTabKeyNavigation(False)
        self.table.setObjectName("flags_table")
        self.table.setAccessibleName(QCoreApplication.translate("FlagsPage", "Red flags"))
        self.table.setModel(self.model)
        self.empty_hint = show_when_empty(
            self.table, QCoreApplication.translate("FlagsView", NOTHING_TO_CHECK)
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        # Widths from the longest texts a column can hold, never from the rows: sizing to
        # contents reads every cell of every flag at each change, 85 ms on ten years.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_FLAG, QHeaderView.ResizeMode.Stretch)
        metrics = self.table.fontMetrics()
        padding = 3 * metrics.averageCharWidth()
        for column, sample in _COLUMN_SAMPLES.items():
            wide = max(
                metrics.horizontalAdvance(sample),
                metrics.horizontalAdvance(
                    QCoreApplication.translate("FlagTableModel", HEADERS[column])
                ),
            )
            self.table.setColumnWidth(column, wide + padding)

        self.summary = QLabel(self)
        self.summary.setObjectName("flags_summary")
        self.summary.setWordWrap(True)
        self.title = QLabel(self)
        self.title.setProperty("role", "heading")
        self.title.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.points = QPlainTextEdit(self)
        self.points.setReadOnly(True)
        self.points.setAccessibleName(
            QCoreApplication.translate("FlagsPage", "Data behind the flag")
        )
        self.acknowledge_button = QPushButton(
            QCoreApplication.translate("FlagsPage", "Acknowledge flag"), self
        )
        self.acknowledge_button.setAccessibleName(
            QCoreApplication.translate("FlagsPage", "Acknowledge flag")
        )
        self.acknowledge_button.setToolTip(
            QCoreApplication.translate(
                "FlagsPage",
                "Mark that you have seen this flag. It stays on record, and the summary for your "
                "doctor shows it as acknowledged.",
            )
        )
        self.acknowledge_button.clicked.connect(self.acknowledge)
        self.settings_button = QPushButton(
            QCoreApplication.translate("FlagsPage", "Red flag &settings…"), self
        )
        self.settings_button.setAccessibleName(
            QCoreApplication.translate("FlagsPage", "Red flag settings")
        )
        self.settings_button.setToolTip(
            QCoreApplication.translate(
                "FlagsPage",
                "Where each red flag draws its line: fever temperature, days of pain, and so on.",
            )
        )
        self.settings_button.clicked.connect(self.edit_settings)
        self.recovery = QLabel(self)
        self.recovery.setObjectName("recovery_progress")
        self.recovery.setWordWrap(True)
        self.recovery.setAccessibleName(QCoreApplication.translate("FlagsPage", "Recovery"))

        self._layout(heading, intro)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        flags.changed.connect(self._on_changed)
        self._on_changed()

    def _layout(self, heading: QLabel, intro: QLabel) -> None:
        self.detail = detail = QWidget(self)
        right = QVBoxLayout(detail)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.title)
        right.addWidget(self.message)
        right.addWidget(
            QLabel(QCoreApplication.translate("FlagsPage", "What you recorded:"), detail)
        )
        right.addWidget(self.points, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.acknowledge_button)
        right.addLayout(buttons)
        # The list spans the full width so that no column is clipped; the detail sits below.
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(detail)
        # The list gets the larger share: on a laptop screen it shows the flags to look at
        # and the first older ones, the data behind the chosen one scrolls.
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        box = QGroupBox(
            QCoreApplication.translate("FlagsPage", "Recovery while on antibiotics"), self
        )
        QVBoxLayout(box).addWidget(self.recovery)
        top = QHBoxLayout()
        top.addWidget(heading, 1)
        top.addWidget(self.settings_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(intro)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        layout.addWidget(box)

    def selected(self) -> FlagReview | None:
        """The flag chosen in the list, if any."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.review_at(rows[0].row()) if rows else None

    def select(self, key: str) -> None:
        """Choose the flag with this key in the list."""
        row = self.model.row_of(key)
        if row is not None:
            self.table.selectRow(row)

    def select_most_pressing(self) -> None:
        """Choose the first row: the flag the banner leads with, when it shows one."""
        if self.model.rowCount():
            self.table.selectRow(0)

    def acknowledge(self) -> None:
        """Acknowledge the chosen flag; it stays chosen and on record; Ctrl+Z takes it back."""
        chosen = self.selected()
        if chosen is None or chosen.acknowledged:
            return
        self.undo_stack.push(AcknowledgeFlag(self.flags, chosen.flag))
        self.select(chosen.flag.key)
        self.status.emit(
            QCoreApplication.translate("FlagsView", "Flag acknowledged. Press Ctrl+Z to undo.")
        )

    def edit_settings(self) -> None:
        """Ask for the red-flag thresholds; on Save keep them and find the flags again."""
        chosen = ThresholdsDialog.ask(self.window(), self.flags.thresholds(), self.flags.units())
        if chosen is None:
            return
        self.flags.set_thresholds(chosen)
        self.status.emit(
            QCoreApplication.translate(
                "FlagsView", "Red flag settings saved; the flags were found again with them."
            )
        )

    def _on_changed(self) -> None:
        chosen = self.selected()
        reviews = self.flags.reviews()
        to_look_at = len(self.flags.active())
        self.model.set_reviews(reviews, to_look_at)
        if chosen is not None:
            self.select(chosen.flag.key)
        elif self.model.rowCount():
            self.select_most_pressing()
        self._show(self.selected())
        self.summary.setText(summary_text(to_look_at, len(reviews)))
        self.summary.setVisible(bool(reviews))
        self.detail.setVisible(bool(reviews))
        self.empty_hint.set_hint(self._empty_words())
        sentences = self.flags.recovery()
        self.recovery.setText(
            "\n".join(sentences)
            if sentences
            else QCoreApplication.translate("FlagsView", NO_COURSE)
        )

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show(self.selected())

    def _empty_words(self) -> str:
        # Never a silent all-clear: no flags means something only once the rules have run
        # over records they read.
        if self.flags.failed:
            return QCoreApplication.translate("FlagBanner", FAILURE_TEXT)
        said = NO_FLAGS if self.flags.checked_anything else NOTHING_TO_CHECK
        return QCoreApplication.translate("FlagsView", said)

    def _show(self, reviewed: FlagReview | None) -> None:
        if reviewed is None:
            self.title.setText("")
            self.message.setText("")
            self.points.setPlainText("")
            self.acknowledge_button.setEnabled(False)
            return
        flag = reviewed.flag
        seen = reviewed.acknowledgement
        status = (
            QCoreApplication.translate("FlagsView", " — acknowledged {day}").format(
                day=day_text(seen.at.date())
            )
            if seen
            else ""
        )
        self.title.setText(f"{flag.level.label}: {flag.title}{status}")
        self.message.setText(flag.message)
        self.points.setPlainText("\n".join(p.text for p in flag.points))
        self.acknowledge_button.setEnabled(not reviewed.acknowledged)
