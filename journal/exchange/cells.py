"""Reading one record's fields from an export, typed and checked, in either of our formats.

The archive's JSON holds numbers, booleans and lists; CSV holds text. A :class:`Cells`
reads both, so the two formats share one mapping and one set of messages.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from datetime import date, datetime, timedelta, timezone
from typing import Any

from journal.translation import translate

LIST_SEPARATOR = "; "


class BadCell(ValueError):
    """A field that is missing or cannot be read; the message names it."""


def moment_columns(moment: datetime) -> tuple[str, int]:
    """``(local ISO time to the second, UTC offset in minutes)`` of an aware moment."""
    offset = moment.utcoffset()
    if offset is None:
        raise ValueError("a moment needs its UTC offset")
    local = moment.replace(tzinfo=None, microsecond=0).isoformat(timespec="seconds")
    return local, int(offset.total_seconds() // 60)


def number_text(value: float | int) -> str:
    """A number as text that reads back exactly: 7 for 7.0, 37.25 as written."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return str(int(value))
    return repr(value) if isinstance(value, float) else str(value)


class Cells:
    """One record's fields by name, as found in the file.

    Args:
        values: field name -> value (text from CSV; JSON's own types from the archive).
    """

    def __init__(self, values: Mapping[str, Any]) -> None:
        self._values = values

    def _raw(self, name: str) -> Any:
        if name not in self._values:
            raise BadCell(
                translate("Exchange", "the field {name} is missing").format(name=repr(name))
            )
        return self._values[name]

    def text(self, name: str) -> str:
        """A text field (empty allowed)."""
        value = self._raw(name)
        if value is None:
            return ""
        if not isinstance(value, str):
            raise BadCell(
                translate("Exchange", "{name} should be text, not {value}").format(
                    name=name, value=repr(value)
                )
            )
        return value

    def optional_number(self, name: str) -> float | None:
        """A number, or None when empty."""
        value = self._raw(name)
        if value is None or value == "":
            return None
        if isinstance(value, bool):
            raise BadCell(
                translate("Exchange", "{name} should be a number, not {value}").format(
                    name=name, value=repr(value)
                )
            )
        try:
            number = float(value)
        except (TypeError, ValueError):
            raise BadCell(
                translate("Exchange", "{name} should be a number, not {value}").format(
                    name=name, value=repr(value)
                )
            ) from None
        if not math.isfinite(number):
            raise BadCell(
                translate("Exchange", "{name} should be a finite number, not {value}").format(
                    name=name, value=repr(value)
                )
            )
        return number

    def number(self, name: str) -> float:
        """A number that must be there."""
        number = self.optional_number(name)
        if number is None:
            raise BadCell(translate("Exchange", "{name} is empty").format(name=name))
        return number

    def optional_whole(self, name: str) -> int | None:
        """A whole number, or None when empty."""
        number = self.optional_number(name)
        if number is None:
            return None
        if not number.is_integer():
            raise BadCell(
                translate("Exchange", "{name} should be a whole number, not {number}").format(
                    name=name, number=repr(number)
                )
            )
        return int(number)

    def whole(self, name: str) -> int:
        """A whole number that must be there."""
        number = self.optional_whole(name)
        if number is None:
            raise BadCell(translate("Exchange", "{name} is empty").format(name=name))
        return number

    def yes_no(self, name: str) -> bool:
        """A yes/no field: true/false in JSON, 1/0 in CSV."""
        value = self._raw(name)
        if isinstance(value, bool):
            return value
        if value in ("1", "0", 1, 0):
            return value in ("1", 1)
        raise BadCell(
            translate("Exchange", "{name} should be 1 or 0, not {value}").format(
                name=name, value=repr(value)
            )
        )

    def optional_day(self, name: str) -> date | None:
        """A day written YYYY-MM-DD, or None when empty."""
        value = self.text(name)
        if not value:
            return None
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise BadCell(
                translate("Exchange", "{name} should be a day like 2024-05-01, not {value}").format(
                    name=name, value=repr(value)
                )
            ) from None

    def day(self, name: str) -> date:
        """A day that must be there."""
        day = self.optional_day(name)
        if day is None:
            raise BadCell(translate("Exchange", "{name} is empty").format(name=name))
        return day

    def moment(self, prefix: str = "") -> datetime:
        """A moment from ``local_time`` and ``utc_offset_minutes`` (after ``prefix``)."""
        local = self.text(f"{prefix}local_time")
        offset = self.whole(f"{prefix}utc_offset_minutes")
        try:
            naive = datetime.fromisoformat(local)
        except ValueError:
            raise BadCell(
                translate(
                    "Exchange", "local_time should be like 2024-05-01T08:30:00, not {local}"
                ).format(local=repr(local))
            ) from None
        if naive.tzinfo is not None:
            raise BadCell(
                translate(
                    "Exchange", "local_time is written without its offset, not {local}"
                ).format(local=repr(local))
            )
        if not -24 * 60 < offset < 24 * 60:
            raise BadCell(
                translate("Exchange", "utc_offset_minutes {offset} is not an offset").format(
                    offset=offset
                )
            )
        return naive.replace(tzinfo=timezone(timedelta(minutes=offset)))

    def table(self, name: str) -> Mapping[str, Any]:
        """A nested table of names to values (a check-in's values)."""
        value = self._raw(name)
        if not isinstance(value, Mapping):
            raise BadCell(
                translate("Exchange", "{name} should be a table of names to values").format(
                    name=name
                )
            )
        return value

    def names(self, name: str) -> list[str]:
        """A list: JSON's own, or text separated by "; " in CSV (empty for none)."""
        value = self._raw(name)
        if isinstance(value, list):
            if not all(isinstance(x, str) for x in value):
                raise BadCell(
                    translate("Exchange", "{name} should be a list of text").format(name=name)
                )
            return list(value)
        text = self.text(name)
        return [x.strip() for x in text.split(";") if x.strip()] if text else []

    def choice(self, name: str, kind: type) -> Any:
        """A value of the enumeration ``kind``."""
        value = self.text(name)
        try:
            return kind(value)
        except ValueError:
            known = ", ".join(x.value for x in kind)
            raise BadCell(
                translate("Exchange", "{name} {value} is not one of {known}").format(
                    name=name, value=repr(value), known=known
                )
            ) from None
