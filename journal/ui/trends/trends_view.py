"""The Trends view: stacked charts of the journal over a chosen period.

matplotlib is imported the first time the view is shown, not when the window opens: its
import alone would slow every start-up. The chart is read and prepared on a pool thread
(:mod:`journal.ui.trends.trends_reading`) once the journal is large; this thread only draws.
"""

from __future__ import annotations

import gc
import io
import sys
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QMenu,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from journal.charts.ranges import CUSTOM, DEFAULT_RANGE, RANGES, period
from journal.errors import CheckInNotFound
from journal.ui.parts.date_fields import write_days
from journal.ui.parts.facade import JournalFacade
from journal.ui.trends.chart_export import ExportChartDialog
from journal.ui.trends.trends_facade import TrendsFacade
from journal.ui.trends.trends_reading import (
    CanvasSize,
    TrendAnswer,
    TrendReading,
    TrendRequest,
    chart_height,
)

THREAD_FROM = 1_000
"""Journals with this many check-ins are read on a pool thread: below it a chart is read in a
few milliseconds, less than waiting for a thread's answer costs."""
BUSY_AFTER_MS = 150
"""A reading that takes longer than this shows that the chart is being read."""
REDRAW_AFTER_RESIZE_MS = 200
"""The pause in a drag of the window's edge after which a chart drawn off the UI thread is
drawn again there, at the new size."""


class TrendsView(QWidget):
    """Charts of the chosen metrics over the chosen period.

    Signals:
        checkin_requested: the user clicked a point; argument: the CheckIn behind it.

    Attributes:
        facade: the journal, as trends see it.
        canvas: the matplotlib canvas, None until the view is first shown.
        date_bar: the chart's dates above the scrolled panels, None until first shown.
        drawing: the chart as last drawn (for hovering and clicking), or None.
    """

    checkin_requested = Signal(object)

    def __init__(self, journal: JournalFacade, today=date.today, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("trends")
        self.setAccessibleName(QCoreApplication.translate("TrendsView", "Trends"))
        self.facade = TrendsFacade(journal, self)
        self._today = today
        self.canvas = None
        self.date_bar = None
        self.drawing = None
        self._chart = None
        self._out_of_date = True
        self._frozen_again = False
        self._reading = TrendReading(self)
        self._reading.answered.connect(self._on_answered)
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(BUSY_AFTER_MS)
        self._busy_timer.timeout.connect(self._show_busy)
        # A drag of the window's edge resizes the chart many times: it is drawn again once.
        self._resized = QTimer(self)
        self._resized.setSingleShot(True)
        self._resized.setInterval(REDRAW_AFTER_RESIZE_MS)
        self._resized.timeout.connect(self.refresh)
        choices = self.facade.choices()
        self._panels: list[str] | None = choices.get("panels")
        self._build(choices)
        self.facade.changed.connect(self.refresh)

    # --- layout ---------------------------------------------------------------------------

    def _build(self, choices: dict) -> None:
        self.range_box = QComboBox(self)
        self.range_box.setAccessibleName(QCoreApplication.translate("TrendsView", "Range"))
        for choice in RANGES:
            self.range_box.addItem(choice.label, choice.key)
        index = self.range_box.findData(choices.get("range", DEFAULT_RANGE))
        self.range_box.setCurrentIndex(max(0, index))
        today = self._today()
        self.from_edit = self._date_edit(
            QCoreApplication.translate("TrendsView", "From"),
            choices.get("from"),
            today - timedelta(29),
        )
        self.to_edit = self._date_edit(
            QCoreApplication.translate("TrendsView", "To"), choices.get("to"), today
        )
        self.metrics_button = QToolButton(self)
        self.metrics_button.setText(QCoreApplication.translate("TrendsView", "&Metrics"))
        self.metrics_button.setAccessibleName(QCoreApplication.translate("TrendsView", "Metrics"))
        self.metrics_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.metrics_menu = QMenu(self.metrics_button)
        self.metrics_button.setMenu(self.metrics_menu)
        self.export_button = QPushButton(
            QCoreApplication.translate("TrendsView", "&Export chart…"), self
        )
        self.export_button.setAccessibleName(
            QCoreApplication.translate("TrendsView", "Export chart")
        )
        self.export_button.clicked.connect(self.export)
        self.point_label = QLabel(
            QCoreApplication.translate(
                "TrendsView", "Point at the chart to read a value; click to open it."
            ),
            self,
        )
        self.point_label.setObjectName("trends_point")
        self.busy = QProgressBar(self)
        self.busy.setAccessibleName(QCoreApplication.translate("TrendsView", "Reading the chart"))
        self.busy.setRange(0, 0)  # no end known: it moves while the chart is read
        self.busy.setTextVisible(False)
        self.busy.setMaximumWidth(120)
        self.busy.hide()

        range_label = QLabel(QCoreApplication.translate("TrendsView", "&Range:"), self)
        range_label.setBuddy(self.range_box)
        bar = QHBoxLayout()
        bar.addWidget(range_label)
        bar.addWidget(self.range_box)
        bar.addWidget(self.from_edit)
        bar.addWidget(self.to_edit)
        bar.addWidget(self.metrics_button)
        bar.addStretch(1)
        bar.addWidget(self.busy)
        bar.addWidget(self.export_button)
        self.scroll = QScrollArea(self)
        # Tab reaches it so that the arrows and Page Down scroll the charts: it needs a name.
        self.scroll.setAccessibleName(QCoreApplication.translate("TrendsView", "Charts"))
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.point_label)
        layout.addWidget(self.scroll, 1)
        self._show_custom_dates()
        self.range_box.currentIndexChanged.connect(self._on_range_changed)
        self.from_edit.dateChanged.connect(self._on_dates_changed)
        self.to_edit.dateChanged.connect(self._on_dates_changed)

    def _date_edit(self, name: str, stored: str | None, default: date) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setAccessibleName(name)
        edit.setCalendarPopup(True)
        write_days(edit)
        edit.setDate(QDate(date.fromisoformat(stored) if stored else default))
        return edit

    def _show_custom_dates(self) -> None:
        custom = self.range_box.currentData() == CUSTOM
        self.from_edit.setVisible(custom)
        self.to_edit.setVisible(custom)

    def _build_metrics_menu(self, snapshot) -> None:
        from journal.charts.panels import DEFAULT_PANELS, panel_choices

        chosen = set(self._panels if self._panels is not None else DEFAULT_PANELS)
        self.metrics_menu.clear()
        for choice in panel_choices(snapshot, self.facade.basdai_source is not None):
            action = QAction(choice.title, self.metrics_menu, checkable=True)
            action.setData(choice.key)
            action.setChecked(choice.key in chosen)
            action.toggled.connect(self._on_metric_toggled)
            self.metrics_menu.addAction(action)

    # --- drawing --------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.canvas is None:
            self._create_canvas()
        if self._out_of_date:
            self.refresh()

    def _create_canvas(self) -> None:
        from journal.ui.trends.trends_canvas import ChartCanvas, DateBar

        # What the window holds by now (the journal's check-ins, the modules, matplotlib's
        # own tables) lives as long as the window: the collector need not look at it again.
        # Each chart leaves a figure's worth of cycles behind; the full collection that
        # finds them holds the interpreter lock on whichever thread runs it, the UI's
        # included, for as long as it takes to walk every object there is: on ten years,
        # 200 ms without this, a fraction with it. (Freezing costs nothing; collecting first
        # would itself walk every object, here on the UI thread.)
        gc.freeze()
        # The dates stay in view above the panels however far the page is scrolled.
        self.date_bar = DateBar()
        self.date_bar.setObjectName("trends_dates")
        self.date_bar.setAccessibleName(
            QCoreApplication.translate("TrendsView", "Dates of the chart")
        )
        self.layout().insertWidget(self.layout().indexOf(self.scroll), self.date_bar)
        self.canvas = ChartCanvas()
        self.canvas.setObjectName("trends_chart")
        self.canvas.setAccessibleName(QCoreApplication.translate("TrendsView", "Trend chart"))
        self.canvas.setMouseTracking(True)
        self.canvas.listen("motion_notify_event", self._on_motion)
        self.canvas.listen("button_press_event", self._on_click)
        self.canvas.listen("resize_event", self._on_resize)
        self.scroll.setWidget(self.canvas)

    def current_period(self) -> tuple[date, date]:
        """The first and last day the chart shows (before one is drawn: of the range chosen,
        "all" counted from today)."""
        if self._chart is not None:
            return self._chart.first, self._chart.last
        chosen = (self.from_edit.date().toPython(), self.to_edit.date().toPython())
        return period(self.range_box.currentData(), self._today(), None, chosen)

    def refresh(self) -> None:
        """Read the chart again from the journal (only once the view has been shown).

        On a large journal it is read on a pool thread and drawn when it is in; a reading
        still under way is superseded. :meth:`is_reading` tells whether one is.
        """
        if self.canvas is None or not self.isVisible():
            self._out_of_date = True
            return
        from journal.charts.panels import DEFAULT_PANELS

        self._out_of_date = False
        request = TrendRequest(
            self._reading.next_generation(),
            self.facade.path,
            self.range_box.currentData(),
            self._today(),
            (self.from_edit.date().toPython(), self.to_edit.date().toPython()),
            tuple(self._panels if self._panels is not None else DEFAULT_PANELS),
            self.facade.units(),
            self.facade.basdai_source,
        )
        if self.facade.checkin_count() < THREAD_FROM:
            self._reading.read_now(request)
            return
        flags = self.facade.flags_between(date.min, date.max)
        self._reading.start(replace(request, flags=tuple(flags), canvas=self._canvas_size()))
        self._busy_timer.start()

    def _canvas_size(self) -> CanvasSize:
        return CanvasSize(
            self.scroll.width(),
            self.scroll.height(),
            self.scroll.verticalScrollBar().sizeHint().width(),
            self.date_bar.width(),
            self.canvas.figure.dpi,
            self.canvas.device_pixel_ratio,
        )

    def is_reading(self) -> bool:
        """True while a chart is being read on the pool thread."""
        return self._reading.is_reading()

    def _show_busy(self) -> None:
        if self._reading.is_reading():
            self.busy.show()
            self.setCursor(Qt.CursorShape.BusyCursor)

    def _on_answered(self, answer: TrendAnswer | tuple) -> None:
        self._busy_timer.stop()
        self.busy.hide()
        self.unsetCursor()
        if not isinstance(answer, TrendAnswer):
            # A fault in the program: said in words here, its details for a bug report.
            print(answer[1], file=sys.stderr, end="")
            self.point_label.setText(
                QCoreApplication.translate(
                    "TrendsView", "The chart could not be read from the journal."
                )
            )
            return
        chart = answer.chart
        if answer.drawn is None:  # read here: the flags are marked here too
            flags = self.facade.flags_between(chart.first, chart.last)
            chart = replace(chart, flags=tuple(flags))
        self._chart = chart
        self._build_metrics_menu(answer.records)
        self.canvas.setMinimumHeight(chart_height(len(chart.panels)))
        if answer.drawn is None:
            self._draw()
            return
        if not self._frozen_again:
            # What the window loaded while the first chart was read (on a large journal, the
            # check-ins the window reads once it shows) lives as long as it too: frozen with
            # it, every later full collection walks half as many objects. Done once: the
            # chart shown when freezing leaves the cycles of one figure behind for good.
            self._frozen_again = True
            gc.freeze()
        # Drawn on the pool thread: shown as drawn, and the figures shown until now are taken
        # apart there too.
        retired = [self.canvas.adopt(answer.drawn.figure, answer.drawn.size)]
        # A chart drawn elsewhere is drawn elsewhere again when the window is resized, once
        # the resizing has paused.
        self.canvas.redraw_elsewhere = self._resized.start
        self.drawing = answer.drawn.drawing
        self.date_bar.setVisible(answer.dates is not None)
        if answer.dates is not None:
            shown = answer.dates.shown
            retired.append(self.date_bar.adopt_dates(answer.dates.figure, answer.dates.size, shown))
        self._reading.retire(retired)

    def _draw(self) -> None:
        from journal.charts.figure import draw_chart

        self.canvas.redraw_elsewhere = None  # small enough to draw here, at every size
        self.drawing = draw_chart(self.canvas.figure, self._chart)
        self.canvas.draw_idle()
        self.date_bar.setVisible(bool(self.drawing.panel_axes))
        if self.drawing.panel_axes:
            plot = self.drawing.panel_axes[0].bbox
            self.date_bar.show_dates(self._chart.first, self._chart.last, plot.x0, plot.width)

    # --- events ---------------------------------------------------------------------------

    def _on_range_changed(self) -> None:
        self._show_custom_dates()
        self.facade.remember(range=self.range_box.currentData())
        self.refresh()

    def _on_dates_changed(self) -> None:
        self.facade.remember(
            **{
                "from": self.from_edit.date().toPython().isoformat(),
                "to": self.to_edit.date().toPython().isoformat(),
            }
        )
        if self.range_box.currentData() == CUSTOM:
            self.refresh()

    def _on_metric_toggled(self) -> None:
        self._panels = [a.data() for a in self.metrics_menu.actions() if a.isChecked()]
        self.facade.remember(panels=self._panels)
        self.refresh()

    def _on_resize(self, _event) -> None:
        # The number of points a line may have depends on the width: fit them again.
        if self._chart is not None:
            self._draw()

    def _point(self, event):
        from journal.charts.hover import point_near

        if self.drawing is None or event.x is None:
            return None
        return point_near(self.drawing.points, event.x, event.y)

    def _on_motion(self, event) -> None:
        found = self._point(event)
        text = found[0].describe(found[1]) if found else ""
        self.point_label.setText(text or " ")
        self.canvas.setToolTip(text)

    def _on_click(self, event) -> None:
        found = self._point(event)
        if event.button != 1 or found is None:
            return
        checkin_id = found[0].checkin_id(found[1])
        if checkin_id is None:
            return
        try:
            self.checkin_requested.emit(self.facade.checkin(checkin_id))
        except CheckInNotFound:
            self.point_label.setText(
                QCoreApplication.translate("TrendsView", "That check-in has been deleted.")
            )

    def export(self) -> None:
        """Save the chart with its title, dates, units and flag key, as PNG, SVG or PDF."""
        from journal.charts import export as chart_file

        if self.canvas is None or self._chart is None:
            return
        first, last = self._chart.first, self._chart.last
        suggested = Path.home() / f"symptom-trends-{first.isoformat()}-to-{last.isoformat()}.png"
        path = ExportChartDialog.ask(self, suggested)
        if path is None:
            return
        drawing = io.BytesIO()
        figure = chart_file.export_figure(self._chart)
        figure.savefig(drawing, format=path.suffix.lstrip(".").lower(), dpi=150)
        try:
            # Through the one module that writes files: a crash never leaves half a picture.
            self.facade.save_chart(path, drawing.getvalue())
        except OSError as exc:
            said = QCoreApplication.translate(
                "TrendsView", "The chart could not be saved: {reason}"
            )
            self.point_label.setText(said.format(reason=exc.strerror or exc))
            return
        said = QCoreApplication.translate("TrendsView", "Chart saved as {name}.")
        self.point_label.setText(said.format(name=path.name))
