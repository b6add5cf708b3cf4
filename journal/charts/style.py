"""The chart's look: fonts and colours, and where days fall on the time axis."""

from __future__ import annotations

from datetime import date

import numpy as np
from matplotlib import dates as mdates

FONT = 8
HALF_DAY = 0.5
COLOURS = ("#1f5f99", "#2e8b57", "#8e44ad", "#b8860b", "#2c3e50")
ROLE_STYLE = {
    "pain_worst": {"color": "#d98880", "linewidth": 1.0},
    "pain_now": {"color": "#1f5f99", "linewidth": 1.2},
}
MEAN_STYLE = {"color": "#17202a", "linewidth": 2.0}
BAND_COLOUR = "#f5b041"
EVENT_COLOUR = "#6c3483"
REFERENCE_COLOUR = "#c0392b"
# Words in grey on the chart's white paper, dark enough for 4.5:1 (WCAG AA).
QUIET_TEXT_COLOUR = "#5d6769"
# Keyed by the red-flag levels (journal.flags.model.Level values).
FLAG_COLOURS = {"urgent": "#c0392b", "soon": "#e67e22", "next appointment": "#b7950b"}
FLAG_DEFAULT_COLOUR = "#e67e22"


def day_number(day: date) -> float:
    """A day as a matplotlib date number: the middle of the day's cell on the time axis."""
    return float(mdates.date2num(np.datetime64(day, "D")))
