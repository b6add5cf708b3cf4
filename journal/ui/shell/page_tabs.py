"""The window's pages as tabs, each able to scroll when the screen is smaller than it needs.

A page's minimum size never forces the window past the edge of a small or scaled screen:
below that size the page scrolls instead. Callers deal in the pages themselves; the scroll
areas around them stay an inside matter of this widget.

A page may be added before it is built (:meth:`PageTabs.add_later`): its tab is there, with
its title and shortcut, and the page is built when it is first shown or asked for, or when
the window builds it after its first paint (:meth:`PageTabs.build_next`). A page with a
``build_next_part()`` (True while it built something) and a ``finish_building()`` is built
by the window a part per call, so that no one turn of the event loop builds all of it; shown
or asked for, it is finished at once.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QTabWidget, QWidget


class _PageHolder(QWidget):
    """Holds one page in the scroll area, sized by the page's minimum size alone.

    A scroll area asks a widget whose layout wraps words for its height at the width given,
    and a layout answers that from its parts' preferred heights: the page would be made
    taller than the window, and scroll, whenever it holds wrapped text. Saying no to
    height-for-width here makes the page fill the window down to its minimum size instead.
    """

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.page: QWidget | None = None

    def hold(self, page: QWidget) -> None:
        """Hold ``page``: best built with this holder as its parent already (:meth:`PageTabs
        .add_page`), since each move of a built page restyles every widget in it."""
        self.page = page
        if page.parentWidget() is not self:
            # No layout: a layout would pass the page's height-for-width on.
            page.setParent(self)
        self.setMinimumSize(self.minimumSizeHint())

    def hasHeightForWidth(self) -> bool:
        return False

    def minimumSizeHint(self) -> QSize:
        if self.page is None:
            return QSize(0, 0)
        return self.page.minimumSizeHint().expandedTo(self.page.minimumSize())

    def sizeHint(self) -> QSize:
        return self.minimumSizeHint()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest and self.page is not None:
            # The page's smallest size changed (a section added, say): the scroll area
            # follows the holder's minimum size.
            self.setMinimumSize(self.minimumSizeHint())
        return super().event(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        if self.page is not None:
            self.page.setGeometry(self.rect())
        super().resizeEvent(event)


class PageTabs(QTabWidget):
    """Tabs of pages; :meth:`widget`, :meth:`currentWidget` and :meth:`setCurrentWidget`
    speak of the pages, not of the scroll areas that hold them.

    Signals:
        page_built: a page added with :meth:`add_later` was built (argument: its index).
    """

    page_built = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The builders of pages not built yet, by their scroll areas.
        self._later: dict[QScrollArea, Callable[[], QWidget]] = {}
        # Pages built whose parts are not all built yet, in the order they were begun.
        self._unfinished: list[QWidget] = []
        self.currentChanged.connect(self.build_page)

    def add_page(self, build: Callable[[QWidget], QWidget], title: str, name: str = "") -> int:
        """Add a tab and build its page now, with ``build(parent)``; returns its index.

        The tab and the page's holder are put in place empty, and the page is built inside
        them: every move of a built page into a new parent restyles each of its widgets, and
        the journal's page, moved five times, cost 40 ms of every start.
        """
        holder = self._holder(name)
        index = self.addTab(holder, title)
        self._fill(holder, build)
        return index

    def add_later(self, build: Callable[[QWidget], QWidget], title: str, name: str) -> int:
        """Add a tab whose page ``build(parent)`` makes when it is first needed; returns its
        index.

        Args:
            build: makes the page under the parent it is given (else the tab moves it there).
            title: the tab's title, with its shortcut.
            name: the page's object name, for the scroll area's.
        """
        holder = self._holder(name)
        self._later[holder] = build
        return self.addTab(holder, title)

    def _fill(self, holder: QScrollArea, build: Callable[[QWidget], QWidget]) -> QWidget:
        # Made in the viewport, where the scroll area puts it: setWidget does not move it.
        inside = _PageHolder(holder.viewport())
        inside.hold(build(inside))
        holder.setWidget(inside)
        return inside.page

    def _holder(self, name: str) -> QScrollArea:
        holder = QScrollArea(self)
        holder.setObjectName(f"{name or 'page'}_scroll")
        holder.setWidgetResizable(True)
        holder.setFrameShape(QFrame.Shape.NoFrame)
        holder.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a Tab stop of its own
        return holder

    def build_page(self, index: int) -> QWidget | None:
        """The page at ``index``, built now (every part of it) if it was not yet."""
        self._begin(index)
        page = self.widget(index)
        if page in self._unfinished:
            self._unfinished.remove(page)
            page.finish_building()
        return page

    def _begin(self, index: int) -> None:
        """Build the page at ``index`` if it is not yet, leaving its parts to be built."""
        holder = super().widget(index)
        build = self._later.pop(holder, None) if isinstance(holder, QScrollArea) else None
        if build is not None:
            page = self._fill(holder, build)
            if hasattr(page, "build_next_part"):
                self._unfinished.append(page)
            self.page_built.emit(index)

    def build_next(self) -> bool:
        """Build the next part of a page begun, else begin the first page not built yet;
        False when every page is built."""
        while self._unfinished:
            if self._unfinished[0].build_next_part():
                return True
            self._unfinished.pop(0)
        for index in range(self.count()):
            if super().widget(index) in self._later:
                self._begin(index)
                return True
        return False

    def widget_if_built(self, index: int) -> QWidget | None:
        """The page at ``index`` if it is built; None, and not built, otherwise."""
        return None if super().widget(index) in self._later else self.widget(index)

    def is_built(self) -> bool:
        """True once every page is built, with all its parts."""
        return not self._later and all(p.is_built() for p in self._unfinished)

    def widget(self, index: int) -> QWidget | None:
        holder = super().widget(index)
        if holder in self._later:
            return self.build_page(index)
        if isinstance(holder, QScrollArea) and isinstance(holder.widget(), _PageHolder):
            return holder.widget().page
        return holder

    def currentWidget(self) -> QWidget | None:
        return self.widget(self.currentIndex())

    def indexOf(self, page: QWidget) -> int:
        for index in range(self.count()):
            # A page not built yet is not ``page``: it is not built to find out.
            if super().widget(index) not in self._later and self.widget(index) is page:
                return index
        return -1

    def setCurrentWidget(self, page: QWidget) -> None:
        index = self.indexOf(page)
        if index >= 0:
            self.setCurrentIndex(index)
