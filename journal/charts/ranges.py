"""The periods a trend chart can show: the last 7, 30 or 90 days, a year, all, or chosen dates."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from journal.translation import QT_TRANSLATE_NOOP, translate


@dataclass(frozen=True)
class RangeChoice:
    """One choice of period.

    Attributes:
        key: stable identifier kept in the settings ("30d").
        source_label: plain words in English ("30 days"); :attr:`label` in the user's language.
        days: how many days up to today, or None for "all" and "custom dates".
    """

    key: str
    source_label: str
    days: int | None

    @property
    def label(self) -> str:
        """Plain words in the user's language ("30 days")."""
        return translate("Charts", self.source_label)


RANGES: tuple[RangeChoice, ...] = (
    RangeChoice("7d", QT_TRANSLATE_NOOP("Charts", "7 days"), 7),
    RangeChoice("30d", QT_TRANSLATE_NOOP("Charts", "30 days"), 30),
    RangeChoice("90d", QT_TRANSLATE_NOOP("Charts", "90 days"), 90),
    RangeChoice("1y", QT_TRANSLATE_NOOP("Charts", "1 year"), 365),
    RangeChoice("all", QT_TRANSLATE_NOOP("Charts", "All"), None),
    RangeChoice("custom", QT_TRANSLATE_NOOP("Charts", "Custom dates"), None),
)
DEFAULT_RANGE = "30d"
ALL = "all"
CUSTOM = "custom"


def period(
    key: str,
    today: date,
    earliest: date | None = None,
    custom: tuple[date, date] | None = None,
) -> tuple[date, date]:
    """The first and last day (inclusive) of a range choice.

    Args:
        key: a :data:`RANGES` key; an unknown key means the default range.
        today: the last day of the relative ranges.
        earliest: the journal's first recorded day, for "all".
        custom: the chosen dates, for "custom dates"; given in either order.
    """
    if key == CUSTOM and custom is not None:
        return min(custom), max(custom)
    if key == ALL:
        return min(earliest or today, today), today
    choice = next((r for r in RANGES if r.key == key and r.days), None)
    days = choice.days if choice else 30
    return today - timedelta(days=days - 1), today
