"""Where a threshold's label goes: beside its line, on no data."""

from __future__ import annotations

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from journal.charts.placement import Box, label_box

XLIM, YLIM = (0.0, 30.0), (20.0, 60.0)
SIZE = (3.0, 4.0)  # a tenth of the width, a tenth of the height


def _line(*pairs):
    x, y = zip(*pairs, strict=True)
    return np.array(x, dtype=float), np.array(y, dtype=float)


def _inside(box: Box, lines) -> int:
    return sum(int(box.contains(x, y).sum()) for x, y in lines)


def test_with_no_data_near_it_the_label_sits_at_the_right_end_above_the_line():
    box = label_box(30.0, SIZE, [_line((0, 50), (5, 45))], XLIM, YLIM)
    assert box == Box(27.0, 30.0, 30.0, 34.0)


def test_a_point_at_the_right_end_above_the_line_sends_the_label_below():
    lines = [_line((28, 40), (29, 32), (30, 45))]
    box = label_box(30.0, SIZE, lines, XLIM, YLIM)
    assert box == Box(27.0, 26.0, 30.0, 30.0)
    assert _inside(box, lines) == 0


def test_points_on_both_sides_of_the_right_end_send_the_label_to_the_left_end():
    lines = [_line((28.5, 31), (29.5, 29), (30, 33), (1, 50))]
    box = label_box(30.0, SIZE, lines, XLIM, YLIM)
    assert (box.left, box.bottom) == (0.0, 30.0)


def test_a_line_crossing_a_free_place_is_avoided_too():
    # No point in the right-end box above the line, but the line from (24, 32) to
    # (31, 32) runs through it.
    lines = [_line((24, 32), (31, 32))]
    assert _inside(Box(27.0, 30.0, 30.0, 34.0), lines) == 0
    assert label_box(30.0, SIZE, lines, XLIM, YLIM) == Box(27.0, 26.0, 30.0, 30.0)


def test_a_gap_is_not_a_line():
    # NaN breaks the line: nothing is drawn between (26, 21) and (30, 59).
    lines = [_line((26, 21), (27, np.nan), (30, 59))]
    assert label_box(30.0, SIZE, lines, XLIM, YLIM) == Box(27.0, 30.0, 30.0, 34.0)


def test_a_threshold_at_the_top_of_the_panel_puts_the_label_below_it():
    box = label_box(59.0, SIZE, [], XLIM, YLIM)
    assert box.top == 59.0


def test_a_panel_too_low_for_the_label_above_or_below_centres_it_on_the_line():
    box = label_box(30.0, (3.0, 8.0), [], XLIM, (27.0, 33.0))
    assert box.centre[1] == 30.0


def test_when_points_cover_every_place_beside_the_line_there_is_none():
    x = np.arange(0, 30.5, 0.5)
    lines = [(x, np.full(len(x), 32.0)), (x, np.full(len(x), 28.0))]
    assert label_box(30.0, SIZE, lines, XLIM, YLIM) is None


def test_when_lines_cross_every_place_the_first_place_without_points_is_taken():
    # Two long lines, above and below the threshold, whose points lie outside the chart.
    lines = [_line((-1, 32), (31, 32)), _line((-1, 28), (31, 28))]
    assert label_box(30.0, SIZE, lines, XLIM, YLIM) == Box(27.0, 30.0, 30.0, 34.0)


@given(
    st.lists(
        st.tuples(st.floats(0, 30), st.floats(20, 60)),
        min_size=0,
        max_size=5,
    )
)
def test_a_few_points_anywhere_never_sit_under_the_label(points):
    # There are 19 places on each side of the line, and a point rules out at most three
    # of them on each side: five points always leave a place free.
    lines = [(np.array([p[0]]), np.array([p[1]])) for p in points]
    box = label_box(30.0, SIZE, lines, XLIM, YLIM)
    assert _inside(box, lines) == 0
    assert YLIM[0] <= box.bottom and box.top <= YLIM[1]
    assert XLIM[0] <= box.left and box.right <= XLIM[1]
