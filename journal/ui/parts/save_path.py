"""Asking where to save a file of one of a few kinds, and giving it the kind's ending."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget


def ask_save_path(
    parent: QWidget | None, title: str, suggested: Path, context: str, filters: dict[str, str]
) -> Path | None:
    """The file the user chose, or None when they cancelled.

    Args:
        parent: the window the dialog belongs to.
        title: the dialog's title, translated.
        suggested: the file offered first.
        context: the translation context of the filters' words.
        filters: each filter's source words ("PDF document (*.pdf)") and its ending
            (".pdf"), the first being the one a name with no known ending is given.

    A name typed without one of the endings gets the ending of the filter chosen, so that
    "summary" is written as "summary.pdf" rather than as a file no program opens.
    """
    shown = {QCoreApplication.translate(context, words): end for words, end in filters.items()}
    chosen, selected = QFileDialog.getSaveFileName(parent, title, str(suggested), ";;".join(shown))
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() not in filters.values():
        path = path.with_name(path.name + shown.get(selected, next(iter(filters.values()))))
    return path
