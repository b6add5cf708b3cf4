"""Marking a field as refused, so the style sheet draws it in the error colour."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def mark_invalid(widget: QWidget, invalid: bool) -> None:
    """Set the ``invalid`` property the style sheet reads, and draw the field again with it.

    Qt applies a property selector only when the widget is polished, so it is polished anew.
    """
    widget.setProperty("invalid", invalid)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
