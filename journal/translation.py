"""Words the domain shows to the user, in the user's language.

The domain writes messages, labels and explanations, but it knows no Qt: the window installs
Qt's translator here at start-up (:func:`install`), and until then, and on the command line,
every text is its English source. A text is marked where it is written so that
``pyside6-lupdate`` finds it:

- :func:`translate` at the moment the text is shown: ``translate("Flags", "Fever over {limit}")``
  followed by ``.format(limit=...)`` (never an f-string: the translator must see the words
  with their gaps); a count for a plural is passed in place, ``translate("Summary", "%n days",
  None, count)``, as ``pyside6-lupdate`` reads no keyword arguments;
- :func:`QT_TRANSLATE_NOOP` where a text is a constant made at import time, before any
  translator is installed (a metric's label, a rule's name). The constant keeps the English
  source; it is translated with :func:`translate` and the same context where it is shown.

The context is the first argument: a short name for where the words belong ("Metrics",
"Flags"), so that the same English word may be translated differently in two places.
"""

from __future__ import annotations

from collections.abc import Callable

Translator = Callable[[str, str, str | None, int], str]


def _english(context: str, text: str, disambiguation: str | None, n: int) -> str:
    """The source text itself, with Qt's ``%n`` replaced by the count where there is one."""
    del context, disambiguation
    return text.replace("%n", str(n)) if n >= 0 else text


_translator: Translator = _english


def install(translator: Translator | None) -> None:
    """Translate every later :func:`translate` with ``translator``; None goes back to English.

    ``translator`` has the signature of ``QCoreApplication.translate``.
    """
    global _translator
    _translator = _english if translator is None else translator


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the user's language, in ``context``; ``n`` chooses a plural form (``%n``)."""
    return _translator(context, text, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name pyside6-lupdate reads
    """Mark ``text`` for translation without translating it now; returns it unchanged."""
    del context
    return text
