"""Where the keyboard is when a dialog opens, and where Tab takes it."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QWidget


def fields_first(fields: Sequence[QWidget], buttons: QDialogButtonBox) -> None:
    """The keyboard starts in the first field; Tab goes through the fields, then the buttons.

    The buttons are built before the fields, so Qt's own order would start on Save: a tired
    user who starts typing would type nowhere, and Enter would save an empty record.
    """
    focusable = [w for w in fields if w.focusPolicy() != Qt.FocusPolicy.NoFocus]
    # A field disabled for now (a last day not known yet) keeps its place in the order, so
    # that once enabled Tab reaches it there rather than after Save; Tab skips it meanwhile.
    chain = [*focusable, *buttons.buttons()]
    for before, after in pairwise(chain):
        QWidget.setTabOrder(before, after)
    usable = [w for w in focusable if w.isEnabled()]
    if usable:
        usable[0].setFocus(Qt.FocusReason.TabFocusReason)
