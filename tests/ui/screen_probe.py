"""Run in a child process on a screen of a given size: where each page's actions land.

Prints JSON: the screen's usable area, the window's frame, and for each page the actions
that must stay in view, each with its rectangle on the screen and whether all of it shows.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QWidget

from journal.app import create_window
from journal.store.demo_writer import write_demo

# The page (tab index), the care record's own tab where it matters, and an action there.
ACTIONS = [
    (0, None, "Check-in time"),
    (0, None, "Save check-in"),
    (0, None, "New check-in"),
    (0, None, "Delete check-in"),
    (1, None, "Add lesion"),
    (2, 0, "Add medicine"),
    (2, 2, "Add appointment"),
    (2, 3, "Fill in BASDAI"),
    (3, None, "Range"),
    (3, None, "Export chart"),
    (4, None, "Acknowledge flag"),
]


def _named(root: QWidget, name: str) -> QWidget | None:
    found = [w for w in root.findChildren(QWidget) if w.accessibleName() == name]
    visible = [w for w in found if w.isVisible()]
    return (visible or found or [None])[0]


def _shown_whole(widget: QWidget) -> bool:
    """All of the widget is drawn: not cut by a scroll area, a splitter or the window."""
    region = widget.visibleRegion()
    return widget.isVisible() and region.boundingRect() == widget.rect()


def probe(journal: Path) -> dict:
    write_demo(journal).close()
    window = create_window(journal, is_demo=True)
    window.show()
    QApplication.processEvents()
    area = window.screen().availableGeometry()
    report = {
        "area": area.getRect(),
        "frame": window.frameGeometry().getRect(),
        "minimum": [window.minimumSizeHint().width(), window.minimumSizeHint().height()],
        "pages": {},
    }
    for page, care_tab, name in ACTIONS:
        window.pages.setCurrentIndex(page)
        if care_tab is not None:
            window.care_page.tabs.setCurrentIndex(care_tab)
        QApplication.processEvents()
        widget = _named(window, name)
        if widget is None:
            report["pages"][name] = None
            continue
        place = QRect(widget.mapToGlobal(widget.rect().topLeft()), widget.size())
        report["pages"][name] = {
            "rect": place.getRect(),
            "on_screen": area.contains(place),
            "whole": _shown_whole(widget),
        }
    window.close()
    window.facade.close()
    return report


if __name__ == "__main__":
    app = QApplication.instance() or QApplication(sys.argv[:1])
    print(json.dumps(probe(Path(sys.argv[1]))))
