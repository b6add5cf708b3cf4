"""The Trends view's matplotlib canvases: the chart, and the date bar that stays in view.

This module imports matplotlib, so the view imports it only when it is first shown.

Either canvas can show a figure drawn on another thread (:meth:`DrawnElsewhere.adopt`):
the pixels drawn there are shown as they are, and the UI thread draws nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from matplotlib.backend_bases import FigureCanvasBase
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import QTimer
from PySide6.QtGui import QImage, QPainter, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget

from journal.charts.date_axis import BAR_PX, draw_date_bar


class DrawnElsewhere(FigureCanvasQTAgg):
    """A canvas that can take over a figure already drawn, with its pixels, elsewhere."""

    def __init__(self) -> None:
        super().__init__(Figure())
        self._listeners: list[tuple[str, Callable]] = []
        self._adopted_size: tuple[int, int] | None = None
        self._stale = False
        self.redraw_elsewhere: Callable[[], None] | None = None
        """Asked, when set, to have a figure drawn elsewhere drawn again at a new size."""

    def listen(self, event: str, handler: Callable) -> None:
        """``mpl_connect`` that lasts: kept across the figures this canvas adopts."""
        self._listeners.append((event, handler))
        self.mpl_connect(event, handler)

    def adopt(self, figure: Figure, size: tuple[int, int]) -> Figure:
        """Show ``figure``, drawn by an Agg canvas for ``size`` (this canvas's size, in
        logical pixels, once laid out), without drawing it again.

        Returns:
            the figure shown until now, on a canvas of its own: nothing here uses it again.
        """
        shown, drawn = self.figure, figure.canvas
        FigureCanvasBase(shown)  # its events and redraws no longer reach this canvas
        figure.set_canvas(self)
        self.figure = figure
        for event, handler in self._listeners:  # they belong to the figure, in matplotlib
            self.mpl_connect(event, handler)
        # The drawn pixels become this canvas's; Agg reuses a renderer whose key (physical
        # size and dpi) is unchanged, and this figure's are those it was drawn for.
        self.renderer = drawn.renderer
        self._lastKey = drawn._lastKey
        self._adopted_size = size
        self._stale = False
        self.update()
        # Laid out by the next turn of the event loop: if the canvas did not get the size
        # the figure was drawn for after all, it is drawn again here, at its size.
        QTimer.singleShot(0, self, self._check_size)
        return shown

    def _check_size(self) -> None:
        # The layout has had its turn: a later resize is the user's.
        self._adopted_size = None
        drawn = self.figure.bbox.size / self.device_pixel_ratio
        if (round(drawn[0]), round(drawn[1])) != (self.width(), self.height()):
            self._stale = False
            super().resizeEvent(QResizeEvent(self.size(), self.size()))

    def resizeEvent(self, event: QResizeEvent) -> None:
        size = (event.size().width(), event.size().height())
        adopted, self._adopted_size = self._adopted_size, None
        if size == adopted:
            # The layout gave the canvas the size its figure was drawn for: nothing to redo.
            QWidget.resizeEvent(self, event)
            return
        if adopted is None and self.redraw_elsewhere is not None:
            # The window resized by the user: drawing ten years again here would stop it for
            # a second or more, at every step of a drag. The pixels drawn elsewhere stay in
            # view as they are until the chart drawn again elsewhere, at this size, comes in.
            # (Right after an adoption the layout's first size, if it differs, is drawn here
            # as before: asking elsewhere again could go on for ever.)
            self._stale = True
            QWidget.resizeEvent(self, event)
            self.update()
            self.redraw_elsewhere()
            return
        self._stale = False
        super().resizeEvent(event)

    def paintEvent(self, event) -> None:
        if not self._stale:
            super().paintEvent(event)
            return
        # The last pixels drawn, at their own size and place, on the window's colour: the
        # figure is not resized, so pointing at a point still reads the point shown.
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().window())
        image = QImage(
            self.renderer.buffer_rgba(),
            int(self.renderer.width),
            int(self.renderer.height),
            QImage.Format.Format_RGBA8888,
        )
        image.setDevicePixelRatio(self.device_pixel_ratio)
        painter.drawImage(0, 0, image)
        painter.end()


class ChartCanvas(DrawnElsewhere):
    """The chart, on a page that scrolls: the mouse wheel over it scrolls the page."""

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


class DateBar(DrawnElsewhere):
    """The chart's dates in a bar above it that does not scroll away with the panels."""

    def __init__(self) -> None:
        super().__init__()
        self.setFixedHeight(BAR_PX)
        self._shown: tuple[date, date, float, float] | None = None
        self.listen("resize_event", lambda _event: self._redraw())

    def show_dates(self, first: date, last: date, left_px: float, plot_px: float) -> None:
        """Label the days ``first`` to ``last`` over a plot area at ``left_px``, ``plot_px`` wide.

        Both in the chart figure's pixels, which are this bar's too: the two canvases
        share the screen's pixel ratio.
        """
        self._shown = (first, last, left_px, plot_px)
        self._redraw()

    def adopt_dates(
        self, figure: Figure, size: tuple[int, int], shown: tuple[date, date, float, float]
    ) -> Figure:
        """Show a bar drawn elsewhere by :func:`draw_date_bar` with the arguments ``shown``;
        returns the bar shown until now (see :meth:`DrawnElsewhere.adopt`)."""
        self._shown = shown
        return self.adopt(figure, size)

    def _redraw(self) -> None:
        if self._shown is not None:
            draw_date_bar(self.figure, *self._shown)
            self.draw_idle()
