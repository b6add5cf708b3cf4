"""The Trends view: chart drawn from the journal, range and metrics, hover, click, export."""

from __future__ import annotations

import math
import subprocess
import sys
from datetime import datetime, time, timedelta

import numpy as np
import pytest
from matplotlib import dates as mdates
from matplotlib.backend_bases import MouseEvent
from ui.finders import by_name, unnamed_controls

from journal.checkin import CheckIn
from journal.store import open_journal
from journal.ui.trends.chart_export import ExportChartDialog
from journal.units import TemperatureUnit, UnitPreferences


def _days_ago(days: int, hour: int = 9) -> datetime:
    today = datetime.now().astimezone().date()
    return datetime.combine(today - timedelta(days=days), time(hour)).astimezone()


@pytest.fixture
def journal_with_checkins(journal_path):
    with open_journal(journal_path) as store:
        store.checkins.add_many(
            [
                CheckIn(_days_ago(1), {"pain_now": 6.0, "temperature": 38.5}),
                CheckIn(_days_ago(3), {"pain_now": 2.0, "temperature": 37.0}),
                CheckIn(_days_ago(40), {"pain_now": 9.0}),
            ]
        )
    return journal_path


@pytest.fixture
def trends(qtbot, open_window, journal_with_checkins):
    window = open_window(journal_with_checkins)
    window.pages.setCurrentWidget(window.trends)
    qtbot.waitUntil(lambda: window.trends.drawing is not None)
    return window


def _line(view, gid):
    found = view.canvas.figure.findobj(lambda a: a.get_gid() == gid)
    assert found, gid
    return found[0]


def _choose_range(view, key):
    view.range_box.setCurrentIndex(view.range_box.findData(key))


def _pointer_at(view, kind, gid, index, button=None):
    line = _line(view, gid)
    view.canvas.draw()
    x, y = line.get_xdata()[index], line.get_ydata()[index]
    px, py = line.axes.transData.transform((x, y))
    event = MouseEvent(kind, view.canvas, px, py, button=button)
    view.canvas.callbacks.process(kind, event)


def test_opening_the_window_does_not_import_matplotlib(journal_path):
    code = (
        "import sys\n"
        "from journal.app import create_window\n"
        f"window = create_window({str(journal_path)!r})\n"
        "print('matplotlib' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert result.stdout.strip().splitlines()[-1] == "False"


def test_once_loaded_the_window_imports_the_charts_ahead_off_its_thread(journal_path):
    # Imported when Trends was first shown, matplotlib held the window most of a second.
    code = (
        "import sys, threading, time\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from journal.app import create_window\n"
        "from journal.ui.trends import canvas_ahead\n"
        f"window = create_window({str(journal_path)!r}); window.show()\n"
        "app = QApplication.instance()\n"
        "while not window.is_loaded():\n"
        "    app.processEvents(); time.sleep(0.001)\n"
        "app.processEvents()\n"
        "thread = canvas_ahead._thread\n"
        "print(thread is not None and thread is not threading.main_thread())\n"
        "thread.join(60)\n"
        "print(window.trends.canvas is None, canvas_ahead.CANVAS_MODULE in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip().splitlines()[-2:] == ["True", "True True"]


def test_the_controls_have_the_names_the_issue_promises(trends):
    for name in ("Trends", "Range", "Metrics", "Export chart"):
        assert by_name(trends, name)
    assert unnamed_controls(trends.trends) == []


def test_the_last_30_days_show_pain_day_by_day_with_gaps(trends):
    y = _line(trends.trends, "line:pain_now").get_ydata()
    assert len(y) == 30
    assert y[-2] == 6.0 and y[-4] == 2.0
    assert np.isnan(np.delete(y, [-2, -4])).all()


def test_a_7_day_range_draws_seven_days(trends):
    _choose_range(trends.trends, "7d")
    assert len(_line(trends.trends, "line:pain_now").get_ydata()) == 7


def test_all_reaches_back_to_the_first_check_in(trends):
    _choose_range(trends.trends, "all")
    y = _line(trends.trends, "line:pain_now").get_ydata()
    assert len(y) == 41 and y[0] == 9.0


def test_custom_dates_show_the_chosen_days(trends):
    view = trends.trends
    _choose_range(view, "custom")
    assert view.from_edit.isVisible()
    view.from_edit.setDate(_days_ago(5).date())
    view.to_edit.setDate(_days_ago(2).date())
    y = _line(view, "line:pain_now").get_ydata()
    assert len(y) == 4 and y[2] == 2.0


def test_the_fever_line_follows_the_units_menu(trends):
    trends.facade.set_units(UnitPreferences(TemperatureUnit.FAHRENHEIT))
    fever = _line(trends.trends, "reference:temperature")
    assert math.isclose(fever.get_ydata()[0], 100.4)
    assert math.isclose(_line(trends.trends, "line:temperature").get_ydata()[-2], 101.3)


def test_a_saved_check_in_appears_in_the_chart(trends):
    # Midnight today: any later hour may still be in the future when the test runs.
    trends.facade.save(CheckIn(_days_ago(0, hour=0), {"pain_now": 4.0}))
    assert _line(trends.trends, "line:pain_now").get_ydata()[-1] == 4.0


def test_choosing_a_metric_adds_its_panel(trends):
    view = trends.trends
    sleep = next(a for a in view.metrics_menu.actions() if a.data() == "sleep_quality")
    sleep.trigger()
    assert len(_line(view, "line:sleep_quality").get_ydata()) == 30


def test_the_chosen_range_and_metrics_are_remembered(qtbot, trends, open_window, journal_path):
    view = trends.trends
    next(a for a in view.metrics_menu.actions() if a.data() == "sleep_quality").trigger()
    _choose_range(view, "90d")
    trends.close()
    trends.facade.close()
    again = open_window(journal_path)
    again.pages.setCurrentWidget(again.trends)
    qtbot.waitUntil(lambda: again.trends.drawing is not None)
    assert again.trends.range_box.currentData() == "90d"
    assert len(_line(again.trends, "line:sleep_quality").get_ydata()) == 90


def test_hovering_a_point_shows_its_date_and_value(trends):
    view = trends.trends
    _pointer_at(view, "motion_notify_event", "line:pain_now", -4)
    day = _days_ago(3).date()
    assert view.point_label.text() == f"{day:%a} {day.day} {day:%b %Y} — Pain now: 2"


def test_clicking_a_point_opens_that_check_in(trends):
    _pointer_at(trends.trends, "button_press_event", "line:pain_now", -2, button=1)
    assert trends.form.editing is not None
    assert trends.form.editing.values["pain_now"] == 6.0
    assert trends.pages.currentIndex() == 0


@pytest.mark.parametrize(
    ("suffix", "start"), [(".png", b"\x89PNG"), (".svg", b"<?xml"), (".pdf", b"%PDF")]
)
def test_the_chart_is_exported_as_png_svg_or_pdf(trends, monkeypatch, tmp_path, suffix, start):
    target = tmp_path / f"chart{suffix}"
    monkeypatch.setattr(ExportChartDialog, "ask", classmethod(lambda cls, parent, s: target))
    by_name(trends, "Export chart").click()
    assert target.read_bytes().startswith(start)


def test_cancelling_the_export_writes_nothing(trends, monkeypatch, tmp_path):
    monkeypatch.setattr(ExportChartDialog, "ask", classmethod(lambda cls, parent, s: None))
    by_name(trends, "Export chart").click()
    assert list(tmp_path.glob("*.png")) == []


def test_the_chart_axis_spans_the_chosen_period(trends):
    ax = _line(trends.trends, "line:pain_now").axes
    today = _days_ago(0).date()
    left, right = ax.get_xlim()
    assert right - 0.5 == mdates.date2num(np.datetime64(today, "D"))
    assert right - left == 30


def test_exporting_leaves_the_chosen_folder_as_it_was(trends, monkeypatch, tmp_path):
    import stat

    folder = tmp_path / "Documents"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    target = folder / "chart.png"
    monkeypatch.setattr(ExportChartDialog, "ask", classmethod(lambda cls, parent, s: target))
    by_name(trends, "Export chart").click()
    assert target.exists()
    assert stat.S_IMODE(folder.stat().st_mode) == 0o755
    assert [p.name for p in folder.iterdir()] == ["chart.png"]  # no temporary file left


def test_exporting_into_a_missing_folder_says_so(trends, monkeypatch, tmp_path):
    target = tmp_path / "gone" / "chart.png"
    monkeypatch.setattr(ExportChartDialog, "ask", classmethod(lambda cls, parent, s: target))
    by_name(trends, "Export chart").click()
    assert "could not be saved" in trends.trends.point_label.text()
    assert not target.exists()
