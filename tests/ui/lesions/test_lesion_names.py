"""A lesion name already used is refused inside the dialog, beside the Name field."""

from datetime import date

from ui.finders import by_name

from journal.lesions.lesion import Lesion
from journal.pain import Region, Side
from journal.ui.lesions.lesion_dialogs import LesionDialog


def test_a_name_in_use_is_refused_beside_the_name_and_the_dialog_stays_open(qtbot):
    dialog = LesionDialog(None, taken_names=("Left shoulder boil",))
    qtbot.addWidget(dialog)
    dialog.name.setText("left shoulder boil")
    dialog.buttons.accepted.emit()
    assert dialog.record is None
    assert not dialog._errors["name"].isHidden()
    assert "already have a lesion called" in dialog._errors["name"].text()
    assert dialog.name.text() == "left shoulder boil"


def test_changing_a_lesion_may_keep_its_own_name(qtbot):
    boil = Lesion("Boil", Region.LOWER_BACK, Side.LEFT, date(2026, 11, 1), id=4)
    dialog = LesionDialog(None, boil, taken_names=("Hip",))
    qtbot.addWidget(dialog)
    dialog.buttons.accepted.emit()
    assert dialog.record == boil


def test_the_page_gives_the_dialog_the_other_lesions_names(monkeypatch, window):
    page = window.lesions_page
    page.facade.save_lesion(Lesion("Boil", Region.LOWER_BACK, Side.LEFT, date(2026, 11, 1)))
    page.facade.save_lesion(Lesion("Hip", Region.LOWER_BACK, Side.RIGHT, date(2026, 11, 2)))
    given = []

    def ask(cls, parent, lesion=None, taken_names=()):
        given.append((lesion.name if lesion else None, sorted(taken_names)))

    monkeypatch.setattr(LesionDialog, "ask", classmethod(ask))
    by_name(window, "Add lesion").click()
    page.select_lesion(next(x.id for x in page.facade.lesions() if x.name == "Hip"))
    page.change_lesion()
    assert given == [(None, ["Boil", "Hip"]), ("Hip", ["Boil"])]
