"""The domain's translator in a form that travels to another process.

The red-flags worker is a process of its own, started afresh in English; the flags it
writes should read in the window's language. A :class:`Catalogue` is what
:func:`journal.translation.install` is given in the window, and what is sent to the worker:
it pickles as the name of its language alone and loads that language's compiled catalogues
(``*_<language>.qm``) again where it is unpickled, with no application needed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTranslator

from journal.resource_files import RESOURCES

TRANSLATIONS = RESOURCES / "translations"


class Catalogue:
    """Translates by the compiled catalogues of one language; a translator that pickles."""

    def __init__(self, language: str, folder: Path = TRANSLATIONS) -> None:
        self.language = language
        self.folder = folder
        self._translators: list[QTranslator] | None = None

    def __getstate__(self) -> dict:
        return {"language": self.language, "folder": self.folder}

    def __setstate__(self, state: dict) -> None:
        self.__init__(state["language"], state["folder"])

    def translators(self) -> list[QTranslator]:
        """This language's catalogues, loaded at the first call (to install in the window)."""
        if self._translators is None:
            self._translators = []
            for path in sorted(self.folder.glob(f"*_{self.language}.qm")):
                translator = QTranslator()
                if translator.load(str(path)):
                    self._translators.append(translator)
        return self._translators

    def __call__(self, context: str, text: str, disambiguation: str | None, n: int) -> str:
        """``text`` in this language, or ``text`` itself where no catalogue has it; as
        ``QCoreApplication.translate`` does, a count fills its ``%n``."""
        found = text
        for translator in self.translators():
            if words := translator.translate(context, text, disambiguation, n):
                found = words
                break
        # A catalogue gives the form for the count with its mark still in it.
        return found.replace("%n", str(n)) if n >= 0 else found
