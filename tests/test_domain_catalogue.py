"""The domain's German catalogue is complete, compiled, and up to date with the code.

The catalogue's source (translations/domain_de.ts) is read as XML; the compiled file the
program ships (journal/resources/translations/domain_de.qm) is loaded with Qt's translator,
as the window loads it.
"""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TS_FILE = ROOT / "translations" / "domain_de.ts"
QM_FILE = ROOT / "journal" / "resources" / "translations" / "domain_de.qm"
PLACEHOLDER = re.compile(r"\{\w*\}|%n")


def _messages() -> list[tuple[str, str, str | None, bool, list[str]]]:
    """(context, source, disambiguation, plural, translations) for each message."""
    found = []
    for context in ET.parse(TS_FILE).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            assert translation.get("type") is None, message.findtext("source")
            forms = [f.text or "" for f in translation.iter("numerusform")]
            plural = message.get("numerus") == "yes"
            found.append(
                (
                    name,
                    message.findtext("source"),
                    message.findtext("comment"),
                    plural,
                    forms if plural else [translation.text or ""],
                )
            )
    return found


MESSAGES = _messages()


def _domain_files() -> list[Path]:
    journal = ROOT / "journal"
    return [
        path
        for path in journal.rglob("*.py")
        if not path.is_relative_to(journal / "ui") and not path.is_relative_to(journal / "commands")
    ]


def _marked_in_code() -> set[tuple[str, str]]:
    """(context, text) of every literal text the domain translates or marks."""
    marked = set()
    for path in _domain_files():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or len(node.args) < 2:
                continue
            name = getattr(node.func, "id", getattr(node.func, "attr", None))
            context, text = node.args[0], node.args[1]
            if (
                name in ("translate", "QT_TRANSLATE_NOOP")
                and isinstance(context, ast.Constant)
                and isinstance(text, ast.Constant)
            ):
                marked.add((context.value, text.value))
    return marked


def test_every_text_the_domain_marks_is_in_the_catalogue() -> None:
    in_catalogue = {(context, source) for context, source, *_ in MESSAGES}
    missing = sorted(_marked_in_code() - in_catalogue)
    assert not missing, f"run the lupdate command of translations/README: {missing[:5]}"


def test_every_message_has_a_translation_with_the_sources_placeholders() -> None:
    assert len(MESSAGES) > 500
    for context, source, _, plural, forms in MESSAGES:
        wanted = set(PLACEHOLDER.findall(source))
        assert forms and all(form.strip() for form in forms), (context, source)
        if plural:
            assert len(forms) == 2, (context, source)  # German: one, and more than one
        for form in forms:
            assert set(PLACEHOLDER.findall(form)) == wanted, (context, source, form)


def test_the_compiled_catalogue_translates_every_message() -> None:
    qt_core = pytest.importorskip("PySide6.QtCore")
    translator = qt_core.QTranslator()
    assert translator.load(str(QM_FILE))
    for context, source, comment, plural, forms in MESSAGES:
        counts = (1, 2) if plural else (-1,)
        for form, n in zip(forms, counts, strict=True):
            assert translator.translate(context, source, comment, n) == form, (context, source)


def test_the_compiled_catalogue_writes_a_flag_and_a_day_in_german() -> None:
    qt_core = pytest.importorskip("PySide6.QtCore")
    from datetime import date

    from journal.dates import day_text
    from journal.flags.model import span_words
    from journal.translation import install

    translator = qt_core.QTranslator()
    assert translator.load(str(QM_FILE))

    def german(context: str, text: str, disambiguation: str | None, n: int) -> str:
        found = translator.translate(context, text, disambiguation, n) or text
        return found.replace("%n", str(n)) if n >= 0 else found

    install(german)
    try:
        assert day_text(date(2026, 3, 2)) == "Mo. 2 März 2026"
        assert span_words([date(2026, 3, 2), date(2026, 3, 4)]) == (
            "an 2 Tagen, vom Mo. 2 März 2026 bis Mi. 4 März 2026"
        )
    finally:
        install(None)
