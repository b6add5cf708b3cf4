from datetime import date

from PySide6.QtCore import Qt

from journal.care.appointments import Question
from journal.care.labs import is_out_of_range
from journal.care.records import LabResult
from journal.ui.care.care_models import QuestionListModel, RecordRole, RecordTableModel

LABS = [
    LabResult("CRP", date(2026, 11, d), float(v), "mg/L") for d, v in ((1, 80), (8, 3), (15, 2))
]


def _lab_model() -> RecordTableModel:
    model = RecordTableModel(
        ("Day", "Test", "Value"),
        lambda lab: (str(lab.taken_on), lab.test, f"{lab.value:g}"),
        is_out_of_range,
    )
    model.set_rows(LABS)
    return model


def test_the_record_model_passes_qt_model_tester(qtmodeltester):
    qtmodeltester.check(_lab_model())


def test_the_record_model_gives_each_record_and_its_texts(qtbot):
    model = _lab_model()
    assert model.data(model.index(0, 2)) == "80"
    assert model.data(model.index(1, 0), RecordRole) == LABS[1]


def test_marked_records_are_bold(qtbot):
    model = _lab_model()
    assert model.data(model.index(0, 0), Qt.ItemDataRole.FontRole).bold()
    assert model.data(model.index(1, 0), Qt.ItemDataRole.FontRole) is None


def _questions(ticks) -> QuestionListModel:
    model = QuestionListModel(lambda q, done: ticks.append((q.id, done)))
    model.set_rows([Question("Can I drive?", id=1), Question("Another MRI?", True, id=2)])
    return model


def test_the_question_model_passes_qt_model_tester(qtmodeltester):
    qtmodeltester.check(_questions([]))


def test_ticking_a_question_reports_it_and_shows_it_ticked(qtbot):
    ticks = []
    model = _questions(ticks)
    index = model.index(0)
    assert model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert ticks == [(1, True)]
    assert model.data(index, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
