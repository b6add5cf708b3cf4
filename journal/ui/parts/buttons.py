"""Controls with their accessible names, and push buttons with their actions, made the same
way everywhere."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtWidgets import QPushButton, QWidget

W = TypeVar("W", bound=QWidget)


def named(widget: W, name: str) -> W:
    """``widget``, named ``name`` for a screen reader (and for the tests that find it)."""
    widget.setAccessibleName(name)
    return widget


def action_button(parent: QWidget, text: str, name: str, slot: Callable[[], object]) -> QPushButton:
    """A button showing ``text`` (mnemonic and all), named ``name`` for a screen reader,
    that calls ``slot`` when pressed."""
    button = QPushButton(text, parent)
    button.setAccessibleName(name)
    button.clicked.connect(slot)
    return button
