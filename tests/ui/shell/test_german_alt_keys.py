"""In German, each Alt key opens one thing: no letter twice in a menu, a page or a dialog.

German words are other words: an accelerator chosen for English may fall on a letter another
control of the same window uses in German. Qt then cycles between them on Alt+letter
instead of acting, which is easy to miss by eye.
"""

from __future__ import annotations

import re
from collections import Counter

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QMenu,
    QTabWidget,
    QWidget,
)
from ui.test_accessibility_walk import DIALOGS

from journal.store.demo_writer import write_demo
from journal.ui.shell import language


def _key(text: str) -> str | None:
    found = re.search(r"&([^&])", text or "")
    return found.group(1).lower() if found else None


def _visible_texts(root: QWidget) -> list[str]:
    texts = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
    return texts


def _twice(texts: list[str]) -> dict[str, list[str]]:
    keys = Counter(_key(t) for t in texts if _key(t))
    return {k: [t for t in texts if _key(t) == k] for k, n in keys.items() if n > 1}


def _each_tab(root: QWidget):
    """``root`` with each tab of each of its tab widgets shown in turn."""
    tab_widgets = root.findChildren(QTabWidget) or [None]
    for tabs in tab_widgets:
        for index in range(tabs.count() if tabs is not None else 1):
            if tabs is not None:
                tabs.setCurrentIndex(index)
            QApplication.processEvents()
            yield index


@pytest.fixture
def german_demo(open_window, journal_path, monkeypatch, qapp):
    monkeypatch.setenv(language.ENVIRONMENT, "de")
    language.install_language(qapp)
    write_demo(journal_path).close()
    return open_window(journal_path, is_demo=True)


def test_no_alt_key_twice_in_a_german_menu(german_demo):
    found = {}

    def walk(menu: QMenu, where: str) -> None:
        if twice := _twice([a.text() for a in menu.actions()]):
            found[where] = twice
        for action in menu.actions():
            if action.menu() is not None:
                walk(action.menu(), f"{where} → {action.text()}")

    if twice := _twice([a.text() for a in german_demo.menuBar().actions()]):
        found["menu bar"] = twice
    for action in german_demo.menuBar().actions():
        walk(action.menu(), action.text())
    assert found == {}


def test_no_alt_key_twice_on_a_german_page(german_demo):
    window, found = german_demo, {}
    menus = [a.text() for a in window.menuBar().actions()]
    for page in range(window.pages.count()):
        window.pages.setCurrentIndex(page)
        for tab in _each_tab(window.pages.widget(page)):
            if twice := _twice(_visible_texts(window) + menus):
                found[f"page {page}, tab {tab}"] = twice
    assert found == {}


def test_no_alt_key_twice_in_a_german_dialog(german_demo):
    found = {}
    for title, build in DIALOGS.items():
        dialog = build(german_demo)
        dialog.show()
        for tab in _each_tab(dialog):
            if twice := _twice(_visible_texts(dialog)):
                found[f"{title}, tab {tab}"] = twice
        dialog.close()
    assert found == {}
