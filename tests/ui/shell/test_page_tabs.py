"""Pages in tabs: the window speaks of the pages, and a page scrolls only when it must."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
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
        tabs.add_page(lambda parent, page=page: page, f"Page {i}")
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


class _PageInParts(QWidget):
    """A page built in parts, as the Care and Lesions pages are."""

    def __init__(self, parts: int) -> None:
        super().__init__()
        self.left = parts

    def build_next_part(self) -> bool:
        if not self.left:
            return False
        self.left -= 1
        return True

    def finish_building(self) -> None:
        self.left = 0

    def is_built(self) -> bool:
        return not self.left


def test_a_page_in_parts_is_built_a_part_per_call_after_the_pages_before_it(qtbot):
    tabs = _tabs(qtbot, _page(10))
    pages = [_PageInParts(3), _PageInParts(2)]
    made = []
    for i, page in enumerate(pages):
        tabs.add_later(
            lambda parent, page=page: made.append(page) or page, f"Later {i}", f"later{i}"
        )
    assert tabs.build_next()  # the first page's shell
    assert made == [pages[0]] and pages[0].left == 3
    for left in (2, 1, 0):
        assert tabs.build_next()
        assert pages[0].left == left
    assert not tabs.is_built()
    assert tabs.build_next()  # the first page is done: the second is begun
    assert made == pages
    assert tabs.build_next() and tabs.build_next()
    assert not tabs.build_next()
    assert tabs.is_built()


def test_a_page_in_parts_shown_or_asked_for_is_finished_at_once(qtbot):
    tabs = _tabs(qtbot, _page(10))
    pages = [_PageInParts(3), _PageInParts(3)]
    for i, page in enumerate(pages):
        tabs.add_later(lambda parent, page=page: page, f"Later {i}", f"later{i}")
    tabs.build_next()  # begun, no part built yet
    assert tabs.build_page(1) is pages[0]
    assert pages[0].is_built()
    tabs.setCurrentIndex(2)  # chosen by the user
    assert pages[1].is_built()
    assert not tabs.build_next()
    assert tabs.is_built()


class _Moves(QObject):
    """Counts the times a widget is moved into another parent."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.ParentChange:
            self.count += 1
        return False


def test_a_page_is_built_inside_the_tab_it_stays_in_and_never_moved(qtbot):
    # Each move of a built page restyles every widget in it: the window's start paid for
    # five moves of the journal's page.
    tabs = PageTabs()
    qtbot.addWidget(tabs)
    moves = {}

    def build(parent: QWidget) -> QWidget:
        assert tabs.count() == len(moves) + 1  # its tab is there before it is made
        page = _page(50)
        page.setParent(parent)
        moves[page] = _Moves(page)
        return page

    tabs.add_page(build, "Now")
    tabs.add_later(build, "Later", "later")
    later = tabs.build_page(1)
    tabs.show()
    qtbot.waitExposed(tabs)
    assert [tabs.widget(0), tabs.widget(1)] == list(moves) and later is tabs.widget(1)
    assert [m.count for m in moves.values()] == [0, 0]
    assert all(page.isVisibleTo(tabs) or tabs.currentIndex() != i for i, page in enumerate(moves))
