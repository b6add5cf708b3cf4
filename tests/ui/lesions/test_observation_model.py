from datetime import date

from PySide6.QtCore import Qt

from journal.lesions.lesion import Crusting, LesionObservation
from journal.ui.lesions.observation_model import (
    COLUMN_NAMES,
    ObservationRole,
    ObservationTableModel,
)


def _observations():
    return [
        LesionObservation(1, date(2026, 2, 1), size_mm=12.5, pus=True, id=1, photo_ids=(4, 5)),
        LesionObservation(1, date(2026, 2, 3), crusting=Crusting.YELLOW, note="Drained", id=2),
    ]


def _text(model, row, column):
    return model.data(model.index(row, COLUMN_NAMES.index(column)))


def test_the_observation_model_passes_qts_model_checks(qtmodeltester):
    model = ObservationTableModel()
    model.set_rows(_observations())
    qtmodeltester.check(model)


def test_each_observation_is_a_row_with_or_without_photos(qtbot):
    model = ObservationTableModel()
    model.set_rows(_observations())
    assert model.rowCount() == 2
    assert _text(model, 0, "Photos") == "2"
    assert _text(model, 1, "Photos") == ""


def test_the_row_shows_size_pus_crusting_and_note(qtbot):
    model = ObservationTableModel()
    model.set_rows(_observations())
    assert _text(model, 0, "Size") == "12.5 mm"
    assert _text(model, 0, "Pus") == "yes"
    assert _text(model, 1, "Crusting") == "yellow"
    assert _text(model, 1, "Note") == "Drained"
    assert _text(model, 1, "Size") == "–"


def test_every_column_has_a_heading_and_the_role_gives_the_observation(qtbot):
    model = ObservationTableModel()
    observations = _observations()
    model.set_rows(observations)
    headings = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headings == list(COLUMN_NAMES)
    assert model.data(model.index(1, 3), ObservationRole) == observations[1]
    assert model.row_of(2) == 1 and model.row_of(99) == -1
