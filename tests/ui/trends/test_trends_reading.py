"""Reading the Trends page: the wheel scrolls it, the dates stay in view, exports explain."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QFileDialog
from ui.finders import by_name

from journal.charts import export as chart_file
from journal.checkin import CheckIn
from journal.dates import day_text
from journal.flags import Level
from journal.store import open_journal
from journal.store.demo_writer import write_demo
from journal.ui.trends.chart_export import ExportChartDialog

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _days_ago(days: int) -> datetime:
    return datetime.combine(date.today() - timedelta(days=days), time(9)).astimezone()


@pytest.fixture
def trends(qtbot, open_window, journal_path):
    with open_journal(journal_path) as store:
        store.checkins.add_many(
            [
                CheckIn(_days_ago(d), {"pain_now": 3.0 + d % 4, "temperature": 36.8 + d % 3 / 10})
                for d in range(1, 25)
            ]
        )
    window = open_window(journal_path)
    window.pages.setCurrentWidget(window.trends)
    qtbot.waitUntil(lambda: window.trends.drawing is not None)
    return window.trends


def _tall(qtbot, view) -> None:
    """A window as low as a small laptop's: more panels than the page shows at once."""
    view.window().resize(1000, 500)
    scroll = view.scroll.verticalScrollBar()
    qtbot.waitUntil(lambda: scroll.maximum() > 0)


def _wheel(widget, clicks: int) -> None:
    """Turn the mouse wheel over the middle of ``widget``, towards the user (down)."""
    where = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(
        where,
        widget.mapToGlobal(where),
        QPoint(0, 0),
        QPoint(0, -120 * clicks),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def _labels(ax) -> list[str]:
    return [t.get_text() for t in ax.get_xticklabels()]


def test_the_mouse_wheel_over_the_chart_scrolls_the_page(qtbot, trends):
    _tall(qtbot, trends)
    scroll = trends.scroll.verticalScrollBar()
    assert scroll.value() == 0
    _wheel(trends.canvas, 2)
    assert scroll.value() > 0


def test_the_dates_stay_in_view_above_the_scrolled_panels(qtbot, trends):
    _tall(qtbot, trends)
    bar = trends.date_bar
    before = bar.mapTo(trends, QPoint(0, 0))
    scroll = trends.scroll.verticalScrollBar()
    scroll.setValue(scroll.maximum())
    assert bar.isVisible() and bar.mapTo(trends, QPoint(0, 0)) == before
    assert not trends.scroll.isAncestorOf(bar)
    assert (
        bar.mapTo(trends, QPoint(0, bar.height())).y()
        <= trends.scroll.mapTo(trends, QPoint(0, 0)).y()
    )


def test_the_date_bar_names_the_charts_days_with_months_where_the_chart_marks_them(trends):
    bar_axes = trends.date_bar.figure.axes[0]
    chart_axes = trends.drawing.panel_axes[-1]
    assert _labels(bar_axes) == _labels(chart_axes)
    assert all(any(m in label for m in MONTHS) for label in _labels(bar_axes))
    # The same days at the same places on screen.
    ratio = trends.canvas.devicePixelRatioF()
    bar_left = trends.date_bar.mapTo(trends, QPoint(0, 0)).x() + bar_axes.bbox.x0 / ratio
    chart_left = trends.canvas.mapTo(trends, QPoint(0, 0)).x() + chart_axes.bbox.x0 / ratio
    assert bar_left == pytest.approx(chart_left)
    assert bar_axes.bbox.width == pytest.approx(chart_axes.bbox.width)
    assert bar_axes.get_xlim() == chart_axes.get_xlim()


def test_the_date_bar_follows_the_range(trends):
    trends.range_box.setCurrentIndex(trends.range_box.findData("1y"))
    labels = _labels(trends.date_bar.figure.axes[0])
    assert len(labels) >= 6 and labels == _labels(trends.drawing.panel_axes[-1])


def _export(trends, monkeypatch, target):
    built = []

    def spy(chart, *args, **kwargs):
        built.append(real(chart, *args, **kwargs))
        return built[-1]

    real = chart_file.export_figure
    monkeypatch.setattr(chart_file, "export_figure", spy)
    monkeypatch.setattr(ExportChartDialog, "ask", classmethod(lambda cls, parent, s: target))
    by_name(trends, "Export chart").click()
    assert target.exists() and len(built) == 1
    figure = built[0]
    texts = [t.get_text() for t in figure.texts]
    for legend in figure.legends:
        texts += [legend.get_title().get_text(), *(t.get_text() for t in legend.get_texts())]
    return texts


def test_an_exported_chart_carries_its_title_dates_and_units(trends, monkeypatch, tmp_path):
    texts = _export(trends, monkeypatch, tmp_path / "chart.png")
    first, last = trends.current_period()
    assert "Symptom trends" in texts
    assert f"{day_text(first)} to {day_text(last)} (30 days)" in texts
    units = next(t for t in texts if t.startswith("Units:"))
    assert "Temperature in °C" in units and "Weight in kg" in units
    assert "Red flags: none raised in this period." in texts
    assert "Patient-recorded; not a diagnosis." in texts


def test_an_exported_chart_keys_the_red_flag_marks(
    qtbot, open_window, journal_path, monkeypatch, tmp_path
):
    write_demo(journal_path, end=date.today()).close()
    window = open_window(journal_path, is_demo=True)
    window.pages.setCurrentWidget(window.trends)
    qtbot.waitUntil(lambda: window.trends.drawing is not None)
    window.trends.range_box.setCurrentIndex(window.trends.range_box.findData("90d"))
    marked = {m.level for m in window.trends._chart.flags}
    assert marked
    texts = _export(window.trends, monkeypatch, tmp_path / "chart.svg")
    assert any(t.startswith("Red-flag marks") for t in texts)
    # The key uses the level words of the banner and the Red flags page.
    for level in marked:
        assert any(t.startswith(Level(level).label + ": ") for t in texts), (level, texts)


def test_the_export_dialog_adds_the_pdf_ending_when_pdf_is_chosen(monkeypatch, tmp_path, qtbot):
    chosen = (str(tmp_path / "for the doctor"), "PDF document (*.pdf)")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: chosen)
    assert ExportChartDialog.ask(None, tmp_path / "x.png") == tmp_path / "for the doctor.pdf"
