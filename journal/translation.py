"""Words the domain shows to the user, in the user's language.

The domain writes messages, labels and explanations, but it knows no Qt: the window installs
Qt's translator here at start-up (:func:`install`), and until then, and on the command line,
every text is its English source. A text is marked where it is written so that
``pyside6-lupdate`` finds it:

- :func:`translate` at the moment the text is shown: ``translate("Flags", "Fever over {limit}")``
  followed by ``.format(limit=...)`` (never an f-string: the translator must see the words
  with their gaps); a count for a plural is passed in place, ``translate("Summary", "%n days",
  None, count)``, as ``pyside6-lupdate`` reads no keyword arguments; ``(s)`` marks the English
  plural ("%n day(s)"), which the translation writes in each language's own forms;
- :func:`QT_TRANSLATE_NOOP` where a text is a constant made at import time, before any
  translator is installed (a metric's label, a rule's name). The constant keeps the English
  source; it is translated with :func:`translate` and the same context where it is shown.

The context is the first argument: a short name for where the words belong ("Metrics",
"Flags"), so that the same English word may be translated differently in two places.
"""

from __future__ import annotations

import re
from collections.abc import Callable

Translator = Callable[[str, str, str | None, int], str]


_OPTIONAL_ENDING = re.compile(r"\((s|es)\)")


def english_plural(text: str, n: int) -> str:
    """``text`` with each ``(s)`` (or ``(es)``) dropped for one, and kept for any other count.

    English is the source and has no translator, so its two forms are written in the source
    with ``(s)``; a translated text has no such ending and comes back as it is.

    >>> english_plural("3 check-in(s)", 3), english_plural("1 check-in(s)", 1)
    ('3 check-ins', '1 check-in')
    """
    return _OPTIONAL_ENDING.sub("" if n == 1 else r"\1", text)


def _english(context: str, text: str, disambiguation: str | None, n: int) -> str:
    """The source text itself, with Qt's ``%n`` replaced by the count where there is one, and
    its English plural chosen (:func:`english_plural`)."""
    del context, disambiguation
    if n < 0:
        return text
    return english_plural(text.replace("%n", str(n)), n)


_translator: Translator | None = None


def install(translator: Translator | None) -> None:
    """Translate every later :func:`translate` with ``translator``; None goes back to English.

    ``translator`` has the signature of ``QCoreApplication.translate``. A text it leaves in
    English (no translation loaded for it) is written by the English rules of
    :func:`_english`, so that "%n day(s)" still reads "1 day".
    """
    global _translator
    _translator = translator


def installed() -> Translator | None:
    """The translator :func:`install` was last given (None: English)."""
    return _translator


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the user's language, in ``context``; ``n`` chooses a plural form (``%n``,
    with ``(s)`` marking an English plural: "%n day(s)")."""
    if _translator is None:
        return _english(context, text, disambiguation, n)
    found = _translator(context, text, disambiguation, n)
    untranslated = text.replace("%n", str(n)) if n >= 0 else text
    return _english(context, text, disambiguation, n) if found == untranslated else found


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name pyside6-lupdate reads
    """Mark ``text`` for translation without translating it now; returns it unchanged."""
    del context
    return text
