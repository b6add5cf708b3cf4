"""Pages in tabs: the window speaks of the pages, and a page scrolls only when it must."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from journal.ui.shell.page_tabs import PageTabs


def _page(min_height: int, words: str = "") -> QWidget:
    page = QWidget()
    layout = QVBoxLayout(page)
    if words:
        label = QLabel(words, page)
        label.setWordWrap(True)
        layout.addWidget(label)
    filler = QWidget(page)
    filler.setMinimumHeight(min_height)
    layout.addWidget(filler)
    return page


def _tabs(qtbot, *pages: QWidget) -> PageTabs:
    tabs = PageTabs()
    qtbot.addWidget(tabs)
    for i, page in enumerate(pages):
        tabs.add_page(page, f"Page {i}")
    tabs.resize(500, 300)
    tabs.show()
    qtbot.waitExposed(tabs)
    return tabs


def test_the_tabs_hand_back_the_pages_themselves(qtbot):
    first, second = _page(50), _page(50)
    tabs = _tabs(qtbot, first, second)
    tabs.setCurrentWidget(second)
    assert tabs.currentIndex() == 1
    assert tabs.currentWidget() is second
    assert tabs.widget(0) is first
    assert tabs.indexOf(second) == 1


def test_a_page_with_wrapped_words_fills_the_tab_without_scrolling(qtbot):
    page = _page(80, "words that wrap " * 40)
    tabs = _tabs(qtbot, page)
    QApplication.processEvents()
    area = page.parentWidget().parentWidget().parentWidget()
    assert page.height() <= area.viewport().height()
    assert not area.verticalScrollBar().isVisible()
    assert tabs.currentWidget() is page


def test_a_page_taller_than_the_window_scrolls(qtbot):
    page = _page(900)
    tabs = _tabs(qtbot, page)
    QApplication.processEvents()
    area = page.parentWidget().parentWidget().parentWidget()
    assert area.verticalScrollBar().maximum() > 0
    assert tabs.currentWidget() is page


def test_a_page_that_grows_makes_its_tab_scroll(qtbot):
    page = _page(50)
    tabs = _tabs(qtbot, page)
    area = page.parentWidget().parentWidget().parentWidget()
    page.layout().addWidget(_page(900))
    qtbot.waitUntil(lambda: area.verticalScrollBar().maximum() > 0)
    assert tabs.currentWidget() is page
