"""A push button with its accessible name and its action, made the same way everywhere."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QPushButton, QWidget


def action_button(parent: QWidget, text: str, name: str, slot: Callable[[], object]) -> QPushButton:
    """A button showing ``text`` (mnemonic and all), named ``name`` for a screen reader,
    that calls ``slot`` when pressed."""
    button = QPushButton(text, parent)
    button.setAccessibleName(name)
    button.clicked.connect(slot)
    return button
