"""On a large journal the chart is read on a pool thread; the latest range chosen wins."""

from __future__ import annotations

import threading
from datetime import datetime, time, timedelta

import pytest

from journal.checkin import CheckIn
from journal.store import open_journal
from journal.ui.trends import trends_reading, trends_view


def _days_ago(days: int) -> datetime:
    today = datetime.now().astimezone().date()
    # Midnight: a later hour of today is in the future when the tests run before it.
    return datetime.combine(today - timedelta(days=days), time(0)).astimezone()


@pytest.fixture
def view(qtbot, open_window, journal_path, monkeypatch):
    # Any journal is "large" here, so every reading goes to the pool thread.
    monkeypatch.setattr(trends_view, "THREAD_FROM", 0)
    with open_journal(journal_path) as store:
        store.checkins.add_many(
            [CheckIn(_days_ago(d), {"pain_now": float(d % 10)}) for d in range(0, 400, 3)]
        )
    window = open_window(journal_path)
    window.pages.setCurrentWidget(window.trends)
    qtbot.waitUntil(lambda: window.trends.drawing is not None)
    return window.trends


def _choose(view, key: str) -> None:
    view.range_box.setCurrentIndex(view.range_box.findData(key))


@pytest.fixture
def held(monkeypatch):
    """Readings of the range "all" wait until the test lets them go; they ignore cancelling,
    as a reading already past its last check would."""
    gate = threading.Event()
    real = trends_reading.read_trend

    def read(request, stop=None):
        if request.range_key == "all":
            gate.wait(10)
            return real(request)
        return real(request, stop)

    monkeypatch.setattr(trends_reading, "read_trend", read)
    yield gate
    gate.set()


def test_a_range_change_is_read_off_the_ui_thread_then_drawn(qtbot, view):
    threads = []
    real = trends_reading.read_trend

    def spy(request, stop=None):
        threads.append(threading.current_thread())
        return real(request, stop)

    trends_reading.read_trend = spy
    try:
        before = view.drawing
        _choose(view, "1y")
        assert view.is_reading() and view.drawing is before  # not drawn yet: being read
        qtbot.waitUntil(lambda: view.drawing is not before)
    finally:
        trends_reading.read_trend = real
    assert threads and threads[0] is not threading.main_thread()
    assert (view._chart.last - view._chart.first).days == 364
    assert not view.is_reading()


def test_the_last_range_chosen_wins_over_one_still_being_read(qtbot, view, held):
    drawn = []
    view._reading.answered.connect(lambda answer: drawn.append(answer.chart))
    _choose(view, "all")
    qtbot.wait(50)  # the reading of "all" is under way, held
    _choose(view, "7d")
    held.set()  # "all" answers now, after "7d" was asked for
    qtbot.waitUntil(lambda: not view.is_reading())
    view._reading.wait(5000)
    qtbot.wait(100)  # any answer still on its way across threads arrives
    assert [(c.last - c.first).days for c in drawn] == [6]
    assert (view._chart.last - view._chart.first).days == 6
    assert len(view.drawing.panel_axes[0].lines[0].get_xdata()) == 7


def test_a_reading_that_takes_a_while_shows_that_it_is_under_way(qtbot, view, held):
    assert not view.busy.isVisible()
    _choose(view, "all")
    qtbot.waitUntil(view.busy.isVisible)
    assert view.busy.accessibleName() == "Reading the chart"
    held.set()
    qtbot.waitUntil(lambda: not view.busy.isVisible())
    assert (view._chart.last - view._chart.first).days >= 397


def test_a_reading_that_fails_is_said_in_words(qtbot, view, monkeypatch, capsys):
    def broken(request, stop=None):
        raise RuntimeError("a fault in the program")

    monkeypatch.setattr(trends_reading, "read_trend", broken)
    _choose(view, "90d")
    qtbot.waitUntil(lambda: not view.is_reading())
    assert view.point_label.text() == "The chart could not be read from the journal."
    assert "a fault in the program" in capsys.readouterr().err


def test_a_chart_drawn_on_the_pool_thread_is_shown_as_drawn(qtbot, view, monkeypatch):
    from matplotlib.figure import Figure

    drawn_on = []
    real = Figure.draw

    def draw(figure, renderer):
        drawn_on.append(threading.current_thread())
        return real(figure, renderer)

    monkeypatch.setattr(Figure, "draw", draw)
    before = view.drawing
    _choose(view, "90d")
    qtbot.waitUntil(lambda: view.drawing is not before)
    qtbot.wait(300)  # laid out at its new height, and painted
    # Chart and date bar were drawn there; the window only showed them, even once resized.
    assert len(drawn_on) == 2
    assert all(thread is not threading.main_thread() for thread in drawn_on)
    assert view.canvas.figure is view.drawing.figure
    ratio = view.canvas.device_pixel_ratio
    assert tuple(view.canvas.figure.bbox.size) == (
        view.canvas.width() * ratio,
        view.canvas.height() * ratio,
    )


def test_pointing_at_a_chart_drawn_on_the_pool_thread_reads_its_value(qtbot, view):
    from matplotlib.backend_bases import MouseEvent

    before = view.drawing
    _choose(view, "90d")
    qtbot.waitUntil(lambda: view.drawing is not before)
    line = next(a for a in view.canvas.figure.findobj(lambda a: a.get_gid() == "line:pain_now"))
    index = next(i for i, y in enumerate(line.get_ydata()) if y == y)  # the first not NaN
    x, y = line.axes.transData.transform((line.get_xdata()[index], line.get_ydata()[index]))
    event = MouseEvent("motion_notify_event", view.canvas, x, y)
    view.canvas.callbacks.process("motion_notify_event", event)
    assert "Pain now" in view.point_label.text()
    assert view.date_bar.figure.axes[0].get_xlim() == line.axes.get_xlim()


def test_a_chart_no_longer_shown_is_taken_apart_off_the_ui_thread(qtbot, view, monkeypatch):
    threads = []
    real = trends_reading.take_apart

    def spy(figures):
        threads.append(threading.current_thread())
        real(figures)

    monkeypatch.setattr(trends_reading, "take_apart", spy)
    chart, dates = view.canvas.figure, view.date_bar.figure
    assert chart.axes and dates.axes
    before = view.drawing
    _choose(view, "1y")
    qtbot.waitUntil(lambda: view.drawing is not before)
    qtbot.waitUntil(lambda: not chart.axes and not dates.axes)
    assert threads and threading.main_thread() not in threads
    # Neither is the window's any more: the canvases show the new chart and its dates.
    assert chart.canvas is not view.canvas and chart.canvas.figure is None
    assert dates.canvas is not view.date_bar and dates.canvas.figure is None
    assert view.canvas.figure is not chart and view.canvas.figure.axes
    assert view.date_bar.figure is not dates and view.date_bar.figure.axes


def test_the_collector_is_told_to_leave_the_window_alone_once_more_and_no_more(
    qtbot, open_window, journal_path, monkeypatch
):
    # Once when Trends is first shown, once when its first chart is in: freezing each chart
    # would keep every figure taken apart since for good.
    monkeypatch.setattr(trends_view, "THREAD_FROM", 0)
    with open_journal(journal_path) as store:
        store.checkins.add_many([CheckIn(_days_ago(d), {"pain_now": 4.0}) for d in range(30)])
    freezes = []
    monkeypatch.setattr(trends_view.gc, "freeze", lambda: freezes.append(1))
    window = open_window(journal_path)
    view = window.trends
    window.pages.setCurrentWidget(view)
    qtbot.waitUntil(lambda: view.drawing is not None)
    assert len(freezes) == 2
    for key in ("1y", "all", "30d"):
        before = view.drawing
        _choose(view, key)
        qtbot.waitUntil(lambda before=before: view.drawing is not before)
    assert len(freezes) == 2


def test_a_resized_window_has_its_chart_drawn_again_off_the_ui_thread(qtbot, view, monkeypatch):
    from matplotlib.figure import Figure

    before = view.drawing
    _choose(view, "90d")
    qtbot.waitUntil(lambda: view.drawing is not before)
    qtbot.wait(300)  # laid out and painted: the chart shown was drawn on the pool thread
    drawn_on = []
    real = Figure.draw

    def draw(figure, renderer):
        if len(figure.axes) > 1:  # the chart's panels (the date bar, one axis, is cheap)
            drawn_on.append(threading.current_thread())
        return real(figure, renderer)

    monkeypatch.setattr(Figure, "draw", draw)
    shown = view.drawing
    window = view.window()
    for step in range(1, 6):  # a drag: several sizes in a row, drawn again once it pauses
        window.resize(window.width() + 20 * step, window.height())
        qtbot.wait(10)
    view.canvas.grab()  # painted meanwhile: the last pixels, as they were
    assert view.drawing is shown
    assert threading.main_thread() not in drawn_on
    qtbot.waitUntil(lambda: view.drawing is not shown, timeout=10_000)
    qtbot.wait(300)
    assert drawn_on and threading.main_thread() not in drawn_on
    assert len(drawn_on) == 1  # once, when the drag paused
    ratio = view.canvas.device_pixel_ratio
    assert tuple(view.canvas.figure.bbox.size) == (
        view.canvas.width() * ratio,
        view.canvas.height() * ratio,
    )


def test_trends_opened_while_the_window_still_reads_do_not_read_every_check_in_at_once(
    qtbot, journal_path
):
    from journal.ui.parts.facade import JournalFacade
    from journal.ui.trends.trends_facade import TrendsFacade

    with open_journal(journal_path) as store:
        store.checkins.add_many([CheckIn(_days_ago(d), {"pain_now": 4.0}) for d in range(300)])
        journal = JournalFacade(store)
        assert not journal.has_all_checkins()  # as in the window's first seconds
        assert TrendsFacade(journal).checkin_count() == 300
        # Counted, not read: reading ten years here held the window a second and a half.
        assert not journal.has_all_checkins()
