"""Asking where to save a chart: a PNG picture, an SVG drawing or a PDF document."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

FILTERS = {
    "PNG picture (*.png)": ".png",
    "SVG drawing (*.svg)": ".svg",
    "PDF document (*.pdf)": ".pdf",
}


class ExportChartDialog:
    """The save dialog for a chart."""

    @classmethod
    def ask(cls, parent: QWidget | None, suggested: Path) -> Path | None:
        """The file the user chose (ending .png, .svg or .pdf), or None when they cancelled."""
        chosen, selected = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("ExportChartDialog", "Export chart"),
            str(suggested),
            ";;".join(FILTERS),
        )
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() not in FILTERS.values():
            path = path.with_name(path.name + FILTERS.get(selected, ".png"))
        return path
