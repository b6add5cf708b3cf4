"""The words an empty table shows: what goes there and how to add it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel


class EmptyHint(QLabel):
    """A note over an item view's empty area, shown only while its model has no rows.

    The view keeps its headers and its place in the Tab order; the note is part of the
    viewport, so it scrolls and resizes with it, and a screen reader finds it by the view's
    accessible description as well.
    """

    def __init__(self, view: QAbstractItemView, text: str) -> None:
        super().__init__(text, view.viewport())
        self.setObjectName("empty_hint")
        self.setProperty("role", "hint")
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._view = view
        view.setAccessibleDescription(text)
        view.viewport().installEventFilter(self)
        model = view.model()
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved):
            signal.connect(self._update)
        self._update()

    def set_hint(self, text: str) -> None:
        """Change the words (the reason may change: nothing recorded, or nothing yet)."""
        self.setText(text)
        self._view.setAccessibleDescription(text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._place()
        return False

    def _place(self) -> None:
        viewport = self._view.viewport()
        margin = 16
        self.setGeometry(
            margin, margin, max(0, viewport.width() - 2 * margin), max(0, viewport.height() // 2)
        )

    def _update(self, *_: object) -> None:
        self._place()
        self.setVisible(self._view.model().rowCount() == 0)


def show_when_empty(view: QAbstractItemView, text: str) -> EmptyHint:
    """Show ``text`` over ``view`` whenever its model has no rows; returns the note."""
    return EmptyHint(view, text)
