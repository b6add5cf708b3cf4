"""The main window in German: no word of its pages and menus is left in English.

The window is opened twice on the same journal, in English and in German; every page and
tab is shown, and each visible text, tooltip, accessible name and description, placeholder,
header and window title is collected by where it is (the widget's class, name and place in
the tree, and which property). A text that is the same in both runs, in the same place, was
not translated, unless it is a word German shares with English (the allow-list).
"""

from __future__ import annotations

import ast
import functools
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from builders import at
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTableView,
    QTabWidget,
    QWidget,
)

from journal.checkin import CheckIn
from journal.store import open_journal
from journal.ui.shell import language

UI_SOURCES = Path(__file__).resolve().parents[3] / "journal" / "ui"

# Words that are the same in German, or are not words at all. Each is here for a reason:
SAME_IN_GERMAN = {
    "BASDAI",  # the questionnaire's name
    "ASDAS",  # the score's name
    "BASDAI (0–10)",
    "CRP",
    "OK",
    "A4",
    "Symptom Journal",  # the program's name
    "Symptom",  # the same word
    "Diabetes",  # the same word
    "Test",  # a lab test: the same word
    "Warm",  # a lesion column: the same word
    "Passphrase",  # the word German encryption tools use
    "Demo",
    "Name",  # the same word
    "Format:",  # the same word
    "English",  # each language is offered in its own words
    "Deutsch",
    # Units of a dose, kept in the journal as chosen.
    "g",
    "mg",
    "ml",
    "µg",
    "IU",
    "tablet",
}
# Units and symbols, and texts without a letter (numbers, dates written in figures).
_NOT_WORDS = re.compile(r"^[\W\d_]*(°C|°F|kg|lb|mm|cm|min|h|%|mmHg)?[\W\d_]*$")
# Names the domain gives (and translates in its own file) that the window's code also writes:
# metric names (column headers too) and the summary's sections (care record tabs too).
DOMAIN_TOO = {"Temperature", "Weight", "Medicines", "Labs and imaging", "Medical context"}
# The journal's own data, typed by the test below.
USER_DATA = {"Slept badly", "Demo journal"}


def _journal(path: Path) -> None:
    with open_journal(path) as store:
        for day, pain, note in ((17, 4.0, "Slept badly"), (18, 6.0, ""), (19, 3.0, "")):
            store.checkins.add(
                CheckIn(
                    taken_at=at(day, 9),
                    values={"pain_now": pain, "temperature": 37.2 + day / 100},
                    note=note,
                )
            )


def _place(widget: QWidget, root: QWidget) -> str:
    parts = []
    while widget is not None and widget is not root:
        parent = widget.parentWidget()
        siblings = (
            parent.findChildren(type(widget), options=Qt.FindChildOption.FindDirectChildrenOnly)
            if parent
            else []
        )
        index = siblings.index(widget) if widget in siblings else 0
        parts.append(f"{type(widget).__name__}:{widget.objectName()}:{index}")
        widget = parent
    return "/".join(reversed(parts))


def _texts_of(widget: QWidget) -> Iterator[tuple[str, str]]:
    yield "toolTip", widget.toolTip()
    yield "accessibleName", widget.accessibleName()
    yield "accessibleDescription", widget.accessibleDescription()
    if widget.isWindow():
        yield "windowTitle", widget.windowTitle()
    if isinstance(widget, QLabel | QAbstractButton):
        yield "text", widget.text()
    if isinstance(widget, QGroupBox):
        yield "title", widget.title()
    if isinstance(widget, QLineEdit | QPlainTextEdit):
        yield "placeholder", widget.placeholderText()
    if isinstance(widget, QComboBox):
        for i in range(widget.count()):
            yield f"item {i}", widget.itemText(i)
    if isinstance(widget, QTabWidget):
        for i in range(widget.count()):
            yield f"tab {i}", widget.tabText(i)
            yield f"tab tip {i}", widget.tabToolTip(i)
    if isinstance(widget, QTableView) and widget.model() is not None:
        model = widget.model()
        for column in range(model.columnCount(QModelIndex())):
            yield f"header {column}", str(model.headerData(column, Qt.Orientation.Horizontal) or "")


def _menu_texts(window) -> Iterator[tuple[str, str]]:
    def walk(menu: QMenu, where: str) -> Iterator[tuple[str, str]]:
        for i, action in enumerate(menu.actions()):
            yield f"{where}/{i}", action.text()
            yield (
                f"{where}/{i} tip",
                action.toolTip() if action.toolTip() != action.text().replace("&", "") else "",
            )
            if action.menu() is not None:
                yield from walk(action.menu(), f"{where}/{i}")

    for i, action in enumerate(window.menuBar().actions()):
        yield f"menu {i}", action.text()
        if action.menu() is not None:
            yield from walk(action.menu(), f"menu {i}")


def _collect(window) -> dict[str, str]:
    """Every text the window shows, page by page, keyed by where it is shown."""
    found: dict[str, str] = {}

    def take(root: QWidget, page: str) -> None:
        for widget in [root, *root.findChildren(QWidget)]:
            if not widget.isVisibleTo(window) and widget is not window:
                continue
            for kind, text in _texts_of(widget):
                if text:
                    found[f"{page}|{_place(widget, window)}|{kind}"] = text

    for index in range(window.pages.count()):
        window.pages.setCurrentIndex(index)
        QApplication.processEvents()
        page = window.pages.widget(index)
        tab_widgets = page.findChildren(QTabWidget) or [None]
        for tabs in tab_widgets:
            for tab in range(tabs.count() if tabs else 1):
                if tabs is not None:
                    tabs.setCurrentIndex(tab)
                    QApplication.processEvents()
                take(window, f"page {index} tab {tab}")
    for where, text in _menu_texts(window):
        if text:
            found[where] = text
    return found


def _collect_dialogs(window) -> dict[str, str]:
    """Every text of every dialog the accessibility walk opens, each tab shown."""
    from ui.test_accessibility_walk import DIALOGS

    found: dict[str, str] = {}
    for title, build in DIALOGS.items():
        dialog = build(window)
        dialog.show()
        QApplication.processEvents()
        for tabs in dialog.findChildren(QTabWidget) or [None]:
            for tab in range(tabs.count() if tabs else 1):
                if tabs is not None:
                    tabs.setCurrentIndex(tab)
                    QApplication.processEvents()
                for widget in [dialog, *dialog.findChildren(QWidget)]:
                    if widget.isVisibleTo(dialog) or widget is dialog:
                        for kind, text in _texts_of(widget):
                            if text:
                                found[f"{title}|{tab}|{_place(widget, dialog)}|{kind}"] = text
        dialog.close()
    return found


def _same(text: str) -> bool:
    plain = text.replace("&", "")
    return not (plain in SAME_IN_GERMAN or plain in USER_DATA or _NOT_WORDS.match(plain))


@functools.cache
def _window_words() -> frozenset[str]:
    """Every string written in the window's code, docstrings left out."""
    words: set[str] = set()
    for path in UI_SOURCES.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = {
            id(node.body[0].value)
            for node in ast.walk(tree)
            if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef)
            and node.body
            and isinstance(node.body[0], ast.Expr)
        }
        words |= {
            node.value.replace("&", "")
            for node in ast.walk(tree)
            if isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and id(node) not in docstrings
        }
    return frozenset(words)


def _written_in_the_window(text: str) -> bool:
    """Whether the English words are written in the window's code (else the domain's)."""
    plain = text.replace("&", "")
    return plain in _window_words() and plain not in DOMAIN_TOO


def _both_languages(qapp, path: Path, collect, is_demo: bool = False) -> dict[str, str]:
    """The texts ``collect`` finds the same in English and German, by where they are."""
    from journal.app import create_window

    runs = []
    mp = pytest.MonkeyPatch()
    try:
        for code in ("en", "de"):
            mp.setenv(language.ENVIRONMENT, code)
            language.install_language(qapp)
            window = create_window(path, is_demo=is_demo)
            window.resize(1366, 768)
            window.show()
            QApplication.processEvents()
            try:
                runs.append(collect(window))
            finally:
                window.close()
                window.facade.close()
                window.deleteLater()
                QApplication.processEvents()
    finally:
        mp.setenv(language.ENVIRONMENT, "en")
        language.install_language(qapp)
        mp.undo()
    english, german = runs
    assert len(english) > 200, "the walk saw too little"
    return {
        where: text for where, text in english.items() if german.get(where) == text and _same(text)
    }


@pytest.fixture
def untranslated(tmp_path, qapp) -> dict[str, str]:
    """The texts of the main pages and menus shown the same in English and German."""
    path = tmp_path / "journal.sqlite"
    _journal(path)
    return _both_languages(qapp, path, _collect)


def _listed(found: dict[str, str]) -> str:
    return "\n".join(sorted({repr(text) for text in found.values()}))


def test_every_word_written_in_the_window_is_german(untranslated):
    mine = {w: t for w, t in untranslated.items() if _written_in_the_window(t)}
    assert mine == {}, "still English in German:\n" + _listed(mine)


def test_every_word_written_in_the_dialogs_is_german(tmp_path, qapp):
    from journal.store.demo_writer import write_demo

    path = tmp_path / "demo.sqlite"
    write_demo(path).close()
    same = _both_languages(qapp, path, _collect_dialogs, is_demo=True)
    mine = {w: t for w, t in same.items() if _written_in_the_window(t)}
    assert mine == {}, "still English in German:\n" + _listed(mine)


def test_no_word_of_the_main_pages_and_menus_is_left_in_english(untranslated):
    assert untranslated == {}, "still English in German:\n" + _listed(untranslated)
