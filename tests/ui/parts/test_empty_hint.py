"""The note an empty table shows, and hides once there is a row."""

from __future__ import annotations

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QTableView

from journal.ui.parts.empty_hint import show_when_empty


def _view(qtbot, rows: int) -> QTableView:
    model = QStandardItemModel(rows, 2)
    view = QTableView()
    view.setModel(model)
    qtbot.addWidget(view)
    view.resize(400, 300)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_an_empty_table_shows_what_goes_there(qtbot):
    view = _view(qtbot, rows=0)
    hint = show_when_empty(view, "Your check-ins appear here. Press Ctrl+N to add one.")
    assert hint.isVisible()
    assert hint.text().startswith("Your check-ins appear here")
    assert view.accessibleDescription() == hint.text()


def test_the_note_goes_when_a_row_arrives_and_comes_back_when_it_leaves(qtbot):
    view = _view(qtbot, rows=0)
    hint = show_when_empty(view, "Nothing yet.")
    model = view.model()
    model.appendRow([QStandardItem("a"), QStandardItem("b")])
    assert not hint.isVisible()
    model.removeRow(0)
    assert hint.isVisible()


def test_a_table_with_rows_shows_no_note(qtbot):
    view = _view(qtbot, rows=3)
    assert not show_when_empty(view, "Nothing yet.").isVisible()


def test_the_note_fits_inside_the_table(qtbot):
    view = _view(qtbot, rows=0)
    hint = show_when_empty(view, "Nothing yet.")
    view.resize(260, 200)
    qtbot.waitUntil(lambda: hint.width() <= view.viewport().width())
    assert view.viewport().rect().contains(hint.geometry())
