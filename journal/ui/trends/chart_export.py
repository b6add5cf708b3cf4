"""Asking where to save a chart: a PNG picture, an SVG drawing or a PDF document."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from journal.translation import QT_TRANSLATE_NOOP
from journal.ui.parts.save_path import ask_save_path

FILTERS = {
    QT_TRANSLATE_NOOP("ExportChartDialog", "PNG picture (*.png)"): ".png",
    QT_TRANSLATE_NOOP("ExportChartDialog", "SVG drawing (*.svg)"): ".svg",
    QT_TRANSLATE_NOOP("ExportChartDialog", "PDF document (*.pdf)"): ".pdf",
}


class ExportChartDialog:
    """The save dialog for a chart."""

    @classmethod
    def ask(cls, parent: QWidget | None, suggested: Path) -> Path | None:
        """The file the user chose (ending .png, .svg or .pdf), or None when they cancelled."""
        title = QCoreApplication.translate("ExportChartDialog", "Export chart")
        return ask_save_path(parent, title, suggested, "ExportChartDialog", FILTERS)
