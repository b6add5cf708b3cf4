"""Column widths from a table's headers and first rows, not from every row.

Qt's sizing to contents (``QHeaderView.ResizeMode.ResizeToContents``) asks the model for
every cell of every row whenever the table is laid out: on ten years of doses or lesion
observations that is a long stall each time a page is built or a row added. These widths
are measured once each time the rows are set, and the user may still widen a column.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QStyle, QTableView

SAMPLE_ROWS = 100
"""Rows a table's columns are sized from: the first ones (the newest, as tables here sort)."""


def size_columns_by_sample(table: QTableView) -> None:
    """Make ``table``'s columns interactive, sized now and whenever its rows are set.

    A column whose resize mode is already Stretch keeps it.
    """
    header = table.horizontalHeader()
    model = table.model()
    for column in range(model.columnCount()):
        if header.sectionResizeMode(column) != QHeaderView.ResizeMode.Stretch:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
    model.modelReset.connect(lambda: fit_columns(table))
    model.rowsInserted.connect(lambda *_: fit_columns(table))
    fit_columns(table)


def fit_columns(table: QTableView) -> None:
    """Size each interactive column of ``table`` to its header and its first rows' text."""
    model = table.model()
    header = table.horizontalHeader()
    metrics = table.fontMetrics()
    margin = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin)
    padding = 2 * metrics.averageCharWidth() + 2 * margin
    rows = min(model.rowCount(), SAMPLE_ROWS)
    for column in range(model.columnCount()):
        if header.sectionResizeMode(column) != QHeaderView.ResizeMode.Interactive:
            continue
        texts = [model.index(row, column).data() for row in range(rows)]
        widest = max((metrics.horizontalAdvance(str(t)) for t in texts if t), default=0)
        # The header's own text, margins and sort arrow need room too.
        table.setColumnWidth(
            column, max(widest + padding, header.sectionSizeFromContents(column).width())
        )


__all__ = ["SAMPLE_ROWS", "fit_columns", "size_columns_by_sample"]
