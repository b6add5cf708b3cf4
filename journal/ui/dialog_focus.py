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
    usable = [w for w in fields if w.isEnabled() and w.focusPolicy() != Qt.FocusPolicy.NoFocus]
    chain = [*usable, *buttons.buttons()]
    for before, after in pairwise(chain):
        QWidget.setTabOrder(before, after)
    if usable:
        usable[0].setFocus(Qt.FocusReason.TabFocusReason)
