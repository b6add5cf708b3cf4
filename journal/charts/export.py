"""An exported chart: the trend chart with what a reader needs when it leaves the program.

On screen the window around the chart says what it shows; a picture sent to a doctor has
only itself. So it carries a title, the dates it covers, the units of its values and a key
to the red-flag marks, and says that the values are patient-recorded.
"""

from __future__ import annotations

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from journal.charts.chart import Panel, TrendChart
from journal.charts.figure import BOTTOM_PX, GAP_PX, STRIP_ROW_PX, TITLE_PX, draw_chart
from journal.charts.series import day_count
from journal.charts.strip import course_rows
from journal.charts.style import FLAG_COLOURS, FLAG_DEFAULT_COLOUR, FONT
from journal.dates import day_text
from journal.flags.model import Level
from journal.translation import QT_TRANSLATE_NOOP, translate

TITLE = QT_TRANSLATE_NOOP("Charts", "Symptom trends")
NOTE = QT_TRANSLATE_NOOP("Charts", "Patient-recorded; not a diagnosis.")
COMBINED_NOTE = QT_TRANSLATE_NOOP(
    "Charts",
    "Each point of a long period is a week's mean (the highest, for temperature and worst "
    "pain); a day over a dashed threshold line is drawn as it was.",
)
HEADER_PX, PANEL_PX, LEGEND_ROW_PX, FOOTER_PX = 76, 150, 17, 30
SCALE_TITLE_END = " (0–10)"
NAMES_SHOWN = 3  # flag names per level in the key; more are counted
_LEVELS = {level.value: level for level in Level}


def export_figure(chart: TrendChart, title: str | None = None, width_px: int = 1200) -> Figure:
    """A figure of ``chart`` to save as a file, ``width_px`` pixels wide at 100 dpi.

    Its height follows the number of panels, so each panel keeps a readable height.
    """
    title = translate("Charts", TITLE) if title is None else title
    key = flag_key(chart)
    # The key's title is a row of its own.
    legend_px = LEGEND_ROW_PX * (len(key) + 1 if key else 1) + FOOTER_PX
    rows = course_rows(chart)
    strip_rows = (max(rows, default=-1) + 1) + (1 if chart.flags or chart.events else 0)
    strip_px = strip_rows * STRIP_ROW_PX + (GAP_PX if strip_rows else 0)
    panels_px = max(1, len(chart.panels)) * (PANEL_PX + TITLE_PX + GAP_PX)
    height_px = HEADER_PX + strip_px + panels_px + BOTTOM_PX + legend_px
    figure = Figure(figsize=(width_px / 100, height_px / 100), dpi=100)
    FigureCanvasAgg(figure)
    drawing = draw_chart(figure, chart, top_px=HEADER_PX, bottom_px=BOTTOM_PX + legend_px)
    _header(figure, chart, title, height_px)
    _legend(figure, key, legend_px, height_px)
    if any(p.plotted.bucket_days > 1 for p in drawing.points):
        # The reader of a picture cannot point at a week to be told it is one.
        figure.text(
            12 / figure.bbox.width,
            8 / height_px,
            COMBINED_NOTE,
            fontsize=FONT - 1,
            color="#566573",
            gid="export:combined",
        )
    return figure


def period_text(chart: TrendChart) -> str:
    """The chart's dates in words: "Fri 23 Oct 2026 to Sat 21 Nov 2026 (30 days)"."""
    days = day_count(chart.first, chart.last)
    return translate("Charts", "{first} to {last} (%n day(s))", None, days).format(
        first=day_text(chart.first), last=day_text(chart.last)
    )


def units_text(panels: tuple[Panel, ...]) -> str:
    """The units of the panels' values: "Units: Temperature in °C, Weight in kg; ..."."""
    measured, scales = [], []
    for panel in panels:
        if panel.unit:
            name = panel.title.removesuffix(f" ({panel.unit})")
            measured.append(
                translate("Charts", "{name} in {unit}").format(name=name, unit=panel.unit)
            )
        elif panel.title.endswith(SCALE_TITLE_END):
            scales.append(panel.title.removesuffix(SCALE_TITLE_END))
    parts = [", ".join(measured)] if measured else []
    if scales:
        parts.append(
            translate("Charts", "{names} on a scale of 0 (none) to 10 (worst)").format(
                names=", ".join(scales)
            )
        )
    if not parts:
        return translate("Charts", "Units: counts and yes/no answers")
    return translate("Charts", "Units: {units}").format(units="; ".join(parts))


def flag_key(chart: TrendChart) -> list[tuple[str, str]]:
    """The red-flag key: (colour, words) for each level marked, most pressing first."""
    names: dict[str, list[str]] = {}
    for flag in chart.flags:
        shown = names.setdefault(flag.level, [])
        if flag.label not in shown:
            shown.append(flag.label)
    key = []
    for level in sorted(names, key=_rank):
        listed = names[level]
        text = ", ".join(listed[:NAMES_SHOWN])
        if len(listed) > NAMES_SHOWN:
            text += translate("Charts", " and {count} more").format(count=len(listed) - NAMES_SHOWN)
        known = _LEVELS.get(level)
        words = known.label if known else level.capitalize()
        key.append((FLAG_COLOURS.get(level, FLAG_DEFAULT_COLOUR), f"{words}: {text}"))
    return key


def _rank(level: str) -> int:
    known = _LEVELS.get(level)
    return known.rank if known else len(_LEVELS)


def _header(figure: Figure, chart: TrendChart, title: str, height_px: float) -> None:
    lines = (
        (title, FONT + 6, "bold", 18),
        (period_text(chart), FONT + 2, "normal", 42),
        (units_text(chart.panels), FONT + 1, "normal", 61),
    )
    for text, size, weight, from_top in lines:
        figure.text(
            12 / figure.bbox.width,
            1 - from_top / height_px,
            text,
            fontsize=size,
            fontweight=weight,
            va="center",
            gid="export:header",
        )


def _legend(figure: Figure, key: list[tuple[str, str]], legend_px: float, height_px: float):
    top = (legend_px - 6) / height_px
    if key:
        handles = [
            Line2D([], [], marker="v", markersize=7, linestyle="none", color=colour)
            for colour, _ in key
        ]
        figure.legend(
            handles,
            [words for _, words in key],
            title=translate(
                "Charts", "Red-flag marks (▼ above the panels, on the day a flag was raised)"
            ),
            title_fontsize=FONT,
            loc="upper left",
            bbox_to_anchor=(10 / figure.bbox.width, top),
            fontsize=FONT,
            frameon=False,
            alignment="left",
            borderaxespad=0,
            handletextpad=0.4,
            labelspacing=0.3,
        )
    else:
        figure.text(
            12 / figure.bbox.width,
            top,
            translate("Charts", "Red flags: none raised in this period."),
            fontsize=FONT,
            va="top",
            gid="export:flags",
        )
    figure.text(
        1 - 12 / figure.bbox.width,
        8 / height_px,
        translate("Charts", NOTE),
        ha="right",
        fontsize=FONT,
        color="#566573",
        gid="export:note",
    )
