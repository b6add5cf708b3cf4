"""The window's pages as tabs, each able to scroll when the screen is smaller than it needs.

A page's minimum size never forces the window past the edge of a small or scaled screen:
below that size the page scrolls instead. Callers deal in the pages themselves; the scroll
areas around them stay an inside matter of this widget.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QTabWidget, QWidget


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
        holder.setWidget(page)
        return self.addTab(holder, title)

    def widget(self, index: int) -> QWidget | None:
        holder = super().widget(index)
        return holder.widget() if isinstance(holder, QScrollArea) else holder

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
