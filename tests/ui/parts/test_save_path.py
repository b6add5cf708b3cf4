"""Asking where to save: a name typed without an ending gets the chosen kind's."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from journal.ui.parts.save_path import ask_save_path

FILTERS = {"Plain text (*.txt)": ".txt", "PDF document (*.pdf)": ".pdf"}


@pytest.fixture
def answer(monkeypatch):
    """Make the save dialog answer ``(name, filter)``; returns what it was offered."""
    offered = {}

    def set_answer(name: str, selected: str) -> dict:
        def dialog(parent, title, suggested, filters):
            offered.update(title=title, suggested=suggested, filters=filters)
            return name, selected

        monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
        return offered

    return set_answer


def _ask(tmp_path: Path) -> Path | None:
    return ask_save_path(None, "Save", tmp_path / "sheet.txt", "Test", FILTERS)


def test_a_name_without_an_ending_gets_the_chosen_filters(answer, tmp_path):
    offered = answer(str(tmp_path / "sheet"), "PDF document (*.pdf)")
    assert _ask(tmp_path) == tmp_path / "sheet.pdf"
    assert offered["filters"] == "Plain text (*.txt);;PDF document (*.pdf)"
    assert offered["suggested"] == str(tmp_path / "sheet.txt")


def test_a_name_with_a_known_ending_is_kept(answer, tmp_path):
    answer(str(tmp_path / "Sheet.PDF"), "Plain text (*.txt)")
    assert _ask(tmp_path) == tmp_path / "Sheet.PDF"


def test_with_no_filter_known_the_first_ending_is_given(answer, tmp_path):
    answer(str(tmp_path / "sheet.doc"), "")
    assert _ask(tmp_path) == tmp_path / "sheet.doc.txt"


def test_cancelling_asks_for_nothing_to_be_written(answer, tmp_path):
    answer("", "")
    assert _ask(tmp_path) is None
