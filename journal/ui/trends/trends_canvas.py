"""The Trends view's matplotlib canvases: the chart, and the date bar that stays in view.

This module imports matplotlib, so the view imports it only when it is first shown.
"""

from __future__ import annotations

from datetime import date

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractScrollArea, QApplication

from journal.charts.date_axis import BAR_PX, draw_date_bar


class ChartCanvas(FigureCanvasQTAgg):
    """The chart, on a page that scrolls: the mouse wheel over it scrolls the page."""

    def __init__(self) -> None:
        super().__init__(Figure())

    def wheelEvent(self, event: QWheelEvent) -> None:
        # matplotlib keeps every wheel turn for zooming, which this chart does not do. The
        # turn goes to the page around the chart, which scrolls as it does anywhere else.
        # Handed over rather than ignored: Qt passes an ignored wheel event on to the
        # parent only when it came from the device, not when a program sent it.
        area = self.parentWidget()
        while area is not None and not isinstance(area, QAbstractScrollArea):
            area = area.parentWidget()
        if area is None:
            event.ignore()
            return
        QApplication.sendEvent(area.viewport(), event)


class DateBar(FigureCanvasQTAgg):
    """The chart's dates in a bar above it that does not scroll away with the panels."""

    def __init__(self) -> None:
        super().__init__(Figure())
        self.setFixedHeight(BAR_PX)
        self._shown: tuple[date, date, float, float] | None = None
        self.mpl_connect("resize_event", lambda _event: self._redraw())

    def show_dates(self, first: date, last: date, left_px: float, plot_px: float) -> None:
        """Label the days ``first`` to ``last`` over a plot area at ``left_px``, ``plot_px`` wide.

        Both in the chart figure's pixels, which are this bar's too: the two canvases
        share the screen's pixel ratio.
        """
        self._shown = (first, last, left_px, plot_px)
        self._redraw()

    def _redraw(self) -> None:
        if self._shown is not None:
            draw_date_bar(self.figure, *self._shown)
            self.draw_idle()
