"""What a trend chart shows, as plain data: panels of lines, bands and marks in time.

``panels.trend_chart`` builds one from a journal snapshot; ``figure.draw_chart`` draws it.
The appointment summary builds its own and draws it at its own size.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from journal.charts.markers import FlagMarker
from journal.charts.series import DailySeries, PointSeries, Reduce


class Role(StrEnum):
    """How a line is drawn."""

    VALUE = "value"  # the recorded values, one point a day
    MEAN = "mean"  # a smoothed line over the values (the 7-day mean)
    MEASURE = "measure"  # measurements on separate days (labs, lesions), joined point to point


@dataclass(frozen=True, eq=False)
class Line:
    """One line of a panel.

    Attributes:
        key: stable identifier ("pain_now", "pain_now:mean", "lab:CRP").
        label: plain words for the legend and the hover text.
        series: daily values (gaps as NaN) or measurements on their days.
        reduce: how days are combined when a chart has fewer pixels than days.
        role: how the line is drawn.
    """

    key: str
    label: str
    series: DailySeries | PointSeries
    reduce: Reduce = Reduce.MEAN
    role: Role = Role.VALUE


@dataclass(frozen=True)
class ReferenceLine:
    """A horizontal line at a threshold, such as 38.0 °C."""

    value: float
    label: str


@dataclass(frozen=True, eq=False)
class Panel:
    """One panel of the stacked chart; all panels share the time axis.

    Attributes:
        key: what the user chose ("pain", "temperature", "lab:CRP"...).
        title: plain words above the panel.
        unit: the unit of its values as the user reads them, or "".
        lines: what it draws.
        references: threshold lines.
        normal_range: a (low, high) range to shade, either end may be None.
        limits: fixed (bottom, top) of the value axis, or None to fit the data.
        yes_no: values are 0 (no) or 1 (yes).
    """

    key: str
    title: str
    unit: str
    lines: tuple[Line, ...]
    references: tuple[ReferenceLine, ...] = ()
    normal_range: tuple[float | None, float | None] | None = None
    limits: tuple[float, float] | None = None
    yes_no: bool = False


@dataclass(frozen=True)
class Band:
    """A named stretch of days shaded on the time axis (a medicine course).

    Attributes:
        start: the first day.
        end: the last day, inclusive.
        label: the name written on it.
    """

    start: date
    end: date
    label: str


@dataclass(frozen=True)
class EventLine:
    """A day marked with a vertical line (an appointment)."""

    day: date
    label: str


@dataclass(frozen=True, eq=False)
class TrendChart:
    """Everything one chart shows, from ``first`` to ``last`` inclusive."""

    first: date
    last: date
    panels: tuple[Panel, ...]
    bands: tuple[Band, ...] = ()
    events: tuple[EventLine, ...] = ()
    flags: tuple[FlagMarker, ...] = ()
