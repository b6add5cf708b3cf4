"""How the user's words are written, told to a process of the domain's own.

The window sets the language (a translator), the decimal mark and the order of day, month
and year for its whole process. The red-flags worker is a process started afresh, which
begins in English with "." and the day-first order; the window sends it a :class:`Wording`
so that the flags it writes read as the window's own words.
"""

from __future__ import annotations

from dataclasses import dataclass

from journal.dates import DayOrder, day_order, set_day_order
from journal.numbers import decimal_mark, set_decimal_mark
from journal.translation import Translator, install


@dataclass(frozen=True)
class Wording:
    """The language, decimal mark and day order of the window, to apply in another process.

    Attributes:
        translator: what :func:`journal.translation.install` takes, or None for English. It
            travels through a pipe, so it must pickle: a module-level function, or an object
            of an importable class that loads its catalogue again where it is unpickled.
        decimal_mark: "." or ",".
        day_order: how days are written.
    """

    translator: Translator | None = None
    decimal_mark: str = "."
    day_order: DayOrder = DayOrder.DAY_MONTH

    def apply(self) -> None:
        """Write every later word of this process this way."""
        install(self.translator)
        set_decimal_mark(self.decimal_mark)
        set_day_order(self.day_order)


def current_wording(translator: Translator | None) -> Wording:
    """This process's decimal mark and day order now, with ``translator`` (the one installed,
    in a form that pickles)."""
    return Wording(translator, decimal_mark(), day_order())
