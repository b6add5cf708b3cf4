"""The window's pages as tabs, each able to scroll when the screen is smaller than it needs.

A page's minimum size never forces the window past the edge of a small or scaled screen:
below that size the page scrolls instead. Callers deal in the pages themselves; the scroll
areas around them stay an inside matter of this widget.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QTabWidget, QWidget


class _PageHolder(QWidget):
    """Holds one page in the scroll area, sized by the page's minimum size alone.

    A scroll area asks a widget whose layout wraps words for its height at the width given,
    and a layout answers that from its parts' preferred heights: the page would be made
    taller than the window, and scroll, whenever it holds wrapped text. Saying no to
    height-for-width here makes the page fill the window down to its minimum size instead.
    """

    def __init__(self, page: QWidget, parent: QWidget) -> None:
        super().__init__(parent)
        self.page = page
        # No layout: a layout would pass the page's height-for-width on.
        page.setParent(self)
        self.setMinimumSize(self.minimumSizeHint())

    def hasHeightForWidth(self) -> bool:
        return False

    def minimumSizeHint(self) -> QSize:
        return self.page.minimumSizeHint().expandedTo(self.page.minimumSize())

    def sizeHint(self) -> QSize:
        return self.minimumSizeHint()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            # The page's smallest size changed (a section added, say): the scroll area
            # follows the holder's minimum size.
            self.setMinimumSize(self.minimumSizeHint())
        return super().event(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.page.setGeometry(self.rect())
        super().resizeEvent(event)


class PageTabs(QTabWidget):
    """Tabs of pages; :meth:`widget`, :meth:`currentWidget` and :meth:`setCurrentWidget`
    speak of the pages, not of the scroll areas that hold them."""

    def add_page(self, page: QWidget, title: str) -> int:
        """Add ``page`` as a tab; returns its index."""
        holder = QScrollArea(self)
        holder.setObjectName(f"{page.objectName() or 'page'}_scroll")
        holder.setWidgetResizable(True)
        holder.setFrameShape(QFrame.Shape.NoFrame)
        holder.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a Tab stop of its own
        holder.setWidget(_PageHolder(page, holder))
        return self.addTab(holder, title)

    def widget(self, index: int) -> QWidget | None:
        holder = super().widget(index)
        if isinstance(holder, QScrollArea) and isinstance(holder.widget(), _PageHolder):
            return holder.widget().page
        return holder

    def currentWidget(self) -> QWidget | None:
        return self.widget(self.currentIndex())

    def indexOf(self, page: QWidget) -> int:
        for index in range(self.count()):
            if self.widget(index) is page:
                return index
        return -1

    def setCurrentWidget(self, page: QWidget) -> None:
        index = self.indexOf(page)
        if index >= 0:
            self.setCurrentIndex(index)
