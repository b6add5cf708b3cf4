"""One Tab stop over a grid of tick boxes: the arrow keys move as the boxes are laid out."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAccessible, QAccessibleEvent, QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QScrollArea, QWidget

from journal.ui.parts.tick_box import TickBox

_STEPS = {
    Qt.Key.Key_Up: (-1, 0),
    Qt.Key.Key_Down: (1, 0),
    Qt.Key.Key_Left: (0, -1),
    Qt.Key.Key_Right: (0, 1),
}


class TickGrid(QWidget):
    """Tick boxes in rows that are a single stop in the Tab order.

    Up and Down move a current box from row to row, Left and Right along the row, Home and
    End to the ends of the row; a letter jumps to the next row (in a single row, the next
    box) whose name starts with it; Space ticks or clears the current box. While the grid
    has the focus the current box wears a ring, and the grid's accessible description is
    that box's name and state ("Lower back, left: ticked"), so a screen reader says where
    the user is as they move.

    The boxes stay real, named check boxes out of the Tab order: a click ticks one, and
    assistive technology and tests find each by its name. Subclasses build and lay out the
    boxes, then hand them over with :meth:`set_cells`.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._rows: list[list[TickBox]] = []
        self._row_names: list[str] = []
        self._row = 0
        self._column = 0

    def set_cells(self, rows: Sequence[Sequence[TickBox]], row_names: Sequence[str] = ()) -> None:
        """Take over ``rows`` of boxes (top to bottom, each in reading order).

        Args:
            rows: the boxes as laid out; every row has at least one.
            row_names: what a letter jumps to, one per row; without them a letter jumps
                to a box of the row by its words.
        """
        self._rows = [list(row) for row in rows]
        self._row_names = list(row_names)
        for box in self.cells():
            box.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            box.installEventFilter(self)
            # A click makes the clicked box the current one, for the arrow keys after it.
            box.pressed.connect(lambda box=box: self.set_current(box))
            box.toggled.connect(self._on_toggled)
        self.reset_current()

    def cells(self) -> list[TickBox]:
        """Every box, row by row in reading order."""
        return [box for row in self._rows for box in row]

    def current(self) -> TickBox:
        """The box that Space ticks."""
        return self._rows[self._row][self._column]

    def set_current(self, box: TickBox) -> None:
        """Make ``box`` the current box."""
        for row, boxes in enumerate(self._rows):
            if box in boxes:
                self._move_to(row, boxes.index(box))
                return

    def reset_current(self) -> None:
        """Start again at the first ticked box, or at the first box when none is ticked.

        Called when the grid is filled afresh (a new check-in, or a saved one to change):
        the first ticked box is where a change most likely starts, and the first box is
        where reading starts.
        """
        first = next((box for box in self.cells() if box.isChecked()), None)
        if first is None:
            self._move_to(0, 0)
        else:
            self.set_current(first)

    def move_row(self, row: int) -> None:
        """Move the current box to ``row``, keeping its column."""
        self._move_to(row, self._column)

    def move_column(self, column: int) -> None:
        """Move the current box to ``column``, keeping its row."""
        self._move_to(self._row, column)

    # --- Qt ------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        # Shift is allowed for a capital letter; Ctrl and Alt belong to shortcuts.
        plain = not event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier
            | Qt.KeyboardModifier.AltModifier
            | Qt.KeyboardModifier.MetaModifier
        )
        if not self._rows or not plain:
            super().keyPressEvent(event)
        elif key in _STEPS:
            rows, columns = _STEPS[Qt.Key(key)]
            if self.isRightToLeft():
                columns = -columns
            self._move_to(self._row + rows, self._column + columns)
        elif key == Qt.Key.Key_Home:
            self.move_column(0)
        elif key == Qt.Key.Key_End:
            self.move_column(len(self._rows[self._row]) - 1)
        elif key == Qt.Key.Key_Space:
            if not event.isAutoRepeat():
                self.current().click()
        elif not self._jump(event.text()):
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self._show_current()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self._show_current()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Focus given to a box by a program (a test, or an assistive tool) goes to the grid,
        # with that box current, so the keyboard behaves the same either way.
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, TickBox):
            self.set_current(watched)
            self.setFocus(Qt.FocusReason.OtherFocusReason)
        return False

    # --- inside ---------------------------------------------------------------------------

    def _move_to(self, row: int, column: int) -> None:
        self._row = min(max(row, 0), len(self._rows) - 1)
        self._column = min(max(column, 0), len(self._rows[self._row]) - 1)
        self._show_current()

    def _jump(self, text: str) -> bool:
        """Go to the next row (or box) whose name starts with ``text``; False if none does."""
        if len(text) != 1 or not text.isprintable() or text.isspace():
            return False
        by_row = len(self._rows) > 1 and bool(self._row_names)
        if by_row:
            names, here, move = self._row_names, self._row, self.move_row
        else:
            names = [box.text() or box.accessibleName() for box in self._rows[self._row]]
            here, move = self._column, self.move_column
        for step in range(1, len(names) + 1):
            index = (here + step) % len(names)
            if names[index].casefold().startswith(text.casefold()):
                move(index)
                return True
        return False

    def _on_toggled(self, *_: object) -> None:
        self._describe()

    def _show_current(self) -> None:
        focused = self.hasFocus()
        current = self.current()
        for box in self.cells():
            box.set_ring(focused and box is current)
        self._describe()
        if focused:
            self._keep_in_view(current)
            if QAccessible.isActive():
                # The box has no keyboard focus of its own; tell assistive technology that
                # it is where the user now is, as item views do for their current cell.
                QAccessible.updateAccessibility(QAccessibleEvent(current, QAccessible.Event.Focus))

    def _describe(self) -> None:
        current = self.current()
        state = (
            QCoreApplication.translate("TickGrid", "ticked")
            if current.isChecked()
            else QCoreApplication.translate("TickGrid", "not ticked")
        )
        said = QCoreApplication.translate("TickGrid", "{name}: {state}")
        self.setAccessibleDescription(said.format(name=current.accessibleName(), state=state))

    def _keep_in_view(self, box: TickBox) -> None:
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if parent is not None:
            parent.ensureWidgetVisible(box, 0, 8)
