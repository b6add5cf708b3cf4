"""The progress of a summary being made, with Cancel, shown only when it takes a moment."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget

from journal.ui.summary.summary_work import SummaryMaker

# A quick summary never flashes a progress window; a slow one shows it this soon.
SHOW_AFTER_MS = 400


class SummaryProgress(QObject):
    """A progress dialog over ``parent`` for the maker's work, or for drawing on a printer.

    Attributes:
        dialog: the progress dialog while something is being made, else None.
    """

    def __init__(self, parent: QWidget, maker: SummaryMaker) -> None:
        super().__init__(parent)
        self._parent = parent
        self._maker = maker
        self.dialog: QProgressDialog | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SHOW_AFTER_MS)
        self._timer.timeout.connect(self._show)
        maker.progressed.connect(self._on_progressed)

    def begin(self, text: str) -> None:
        """Start showing progress (after a moment) for a summary being made."""
        self.end()
        # Made here, not once: a QProgressDialog shows itself a while after it is built.
        dialog = QProgressDialog(text, "", 0, 0, self._parent)
        dialog.setWindowTitle(QCoreApplication.translate("SummaryProgress", "Prepare summary"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(0)
        cancel = QPushButton(QCoreApplication.translate("SummaryProgress", "Cancel"), dialog)
        cancel.setAccessibleName(QCoreApplication.translate("SummaryProgress", "Cancel"))
        dialog.setCancelButton(cancel)
        dialog.canceled.connect(self._maker.cancel)
        dialog.hide()
        self.dialog = dialog
        self._timer.start()

    def _show(self) -> None:
        if self.dialog is not None:
            self.dialog.show()

    def _on_progressed(self, done: int, total: int) -> None:
        dialog = self.dialog
        if dialog is not None:
            # setValue lets events through, so the work may end (and this dialog go) within it.
            said = QCoreApplication.translate("SummaryProgress", "Drawing page {done} of {total}…")
            dialog.setLabelText(said.format(done=done, total=total))
            dialog.setMaximum(total)
            dialog.setValue(done)

    def step(self, done: int, total: int) -> bool:
        """For drawing on the UI thread: show the page reached; False once Cancel was pressed."""
        self._on_progressed(done, total)
        return self.dialog is None or not self.dialog.wasCanceled()

    def end(self) -> None:
        """Stop showing progress."""
        self._timer.stop()
        if self.dialog is not None:
            self.dialog.canceled.disconnect(self._maker.cancel)
            self.dialog.hide()
            self.dialog.deleteLater()
            self.dialog = None
