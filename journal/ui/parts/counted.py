"""English plurals for counted words, where no translator gives the forms.

A counted text is marked as Qt wants it, with ``%n`` and the count (``QCoreApplication.
translate("Context", "%n check-in(s)", "", n)``), so that lupdate asks the translator for each
of the language's plural forms. English itself is the source and has no translator; its two
forms are written in the source with ``(s)``, and :func:`english_plural` chooses between them.
"""

from __future__ import annotations

import re

_OPTIONAL_ENDING = re.compile(r"\((s|es)\)")


def english_plural(text: str, n: int) -> str:
    """``text`` with each ``(s)`` (or ``(es)``) dropped for one, and kept for any other count.

    A translated text has no such ending and comes back as it is.

    >>> english_plural("3 check-in(s)", 3), english_plural("1 check-in(s)", 1)
    ('3 check-ins', '1 check-in')
    """
    return _OPTIONAL_ENDING.sub("" if n == 1 else r"\1", text)
