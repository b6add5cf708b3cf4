"""Asking where to save a chart: a PNG picture, an SVG drawing or a PDF document."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from journal.translation import QT_TRANSLATE_NOOP

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
        filters = {
            QCoreApplication.translate("ExportChartDialog", k): v for k, v in FILTERS.items()
        }
        chosen, selected = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("ExportChartDialog", "Export chart"),
            str(suggested),
            ";;".join(filters),
        )
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() not in FILTERS.values():
            path = path.with_name(path.name + filters.get(selected, ".png"))
        return path
