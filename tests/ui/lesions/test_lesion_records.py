"""Observations listed on the Lesions page, deleting lesions and observations, healing."""

from datetime import date

from picture_builders import picture
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from ui.finders import by_name

from journal.lesions.lesion import Lesion, LesionObservation
from journal.pain import Region, Side
from journal.store import open_journal
from journal.ui.lesions.lesion_dialogs import HealedDialog, ObservationDialog
from journal.ui.lesions.lesion_questions import ConfirmDeleteLesion, ConfirmDeleteObservation
from journal.ui.lesions.observation_model import COLUMN_NAMES


def _page(window):
    page = by_name(window, "Lesions")
    window.pages.setCurrentWidget(page)
    return page


def _journal(journal_path, tmp_path, names=("Boil",)):
    """Lesions with an observation without photos (1 Feb) and one with a photo (3 Feb)."""
    with open_journal(journal_path) as store:
        for name in names:
            lesion = store.lesions.add_lesion(
                Lesion(name, Region.LOWER_BACK, Side.LEFT, date(2026, 1, 1))
            )
            store.lesions.add_observation(
                LesionObservation(lesion.id, date(2026, 2, 1), size_mm=11, note="no photo")
            )
            path = tmp_path / f"{name}.jpg"
            path.write_bytes(picture())
            store.photos.add_files(lesion.id, [path], date(2026, 2, 3))


def _opened(open_window, journal_path, tmp_path, names=("Boil",)):
    _journal(journal_path, tmp_path, names)
    window = open_window(journal_path)
    return window, _page(window)


def _agree(monkeypatch, question, answer=True):
    monkeypatch.setattr(question, "ask", classmethod(lambda cls, *args: answer))


def _cell(page, row, column):
    model = page.observations.model
    return model.data(model.index(row, COLUMN_NAMES.index(column)))


def test_the_page_lists_every_observation_including_one_without_photos(
    open_window, journal_path, tmp_path
):
    _, page = _opened(open_window, journal_path, tmp_path)
    table = by_name(page, "Observations")
    assert table.model().rowCount() == 2
    assert _cell(page, 0, "Note") == "no photo"
    assert _cell(page, 0, "Photos") == "" and _cell(page, 1, "Photos") == "1"


def test_change_observation_changes_the_observation_chosen_in_the_list(
    qtbot, open_window, journal_path, tmp_path, monkeypatch
):
    _, page = _opened(open_window, journal_path, tmp_path)
    page.observations.select_observation(page.observations.model.observation_at(0).id)

    def ask(cls, parent, lesion, observation=None):
        dialog = cls(parent, lesion, observation)
        qtbot.addWidget(dialog)
        size = by_name(dialog, "Size (mm, longest)")
        size.clear()
        qtbot.keyClicks(size, "15")
        dialog.buttons.accepted.emit()
        return dialog.record

    monkeypatch.setattr(ObservationDialog, "ask", classmethod(ask))
    by_name(page, "Change observation").click()
    assert _cell(page, 0, "Size") == "15 mm"
    assert _cell(page, 0, "Note") == "no photo"


def test_choosing_a_photo_chooses_its_observation_in_the_list(open_window, journal_path, tmp_path):
    _, page = _opened(open_window, journal_path, tmp_path)
    later = tmp_path / "later.jpg"
    later.write_bytes(picture(colour="green"))
    page.facade.add_photos(page.current_lesion().id, [later], date(2026, 2, 5))
    page.gallery.setCurrentIndex(page.model.index(1))
    assert page.observations.current_observation().observed_on == date(2026, 2, 5)
    page.gallery.setCurrentIndex(page.model.index(0))
    assert page.observations.current_observation().observed_on == date(2026, 2, 3)


def test_deleting_an_observation_asks_first_and_no_keeps_it(
    open_window, journal_path, tmp_path, monkeypatch
):
    _, page = _opened(open_window, journal_path, tmp_path)
    _agree(monkeypatch, ConfirmDeleteObservation, False)
    by_name(page, "Delete observation").click()
    assert page.observations.model.rowCount() == 2


def test_the_delete_key_deletes_the_chosen_observation_and_its_photo(
    qtbot, open_window, journal_path, tmp_path, monkeypatch
):
    _, page = _opened(open_window, journal_path, tmp_path)
    _agree(monkeypatch, ConfirmDeleteObservation)
    table = page.observations.table
    page.observations.select_observation(page.observations.model.observation_at(1).id)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert page.observations.model.rowCount() == 1
    assert page.model.rowCount() == 0


def test_a_deleted_observation_comes_back_with_ctrl_z_under_its_id_with_its_photo(
    qtbot, open_window, journal_path, tmp_path, monkeypatch
):
    window, page = _opened(open_window, journal_path, tmp_path)
    _agree(monkeypatch, ConfirmDeleteObservation)
    doomed = page.observations.model.observation_at(1)
    page.observations.select_observation(doomed.id)
    by_name(page, "Delete observation").click()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert page.observations.model.observation_at(1) == doomed
    assert page.model.rowCount() == 1
    assert page.model.photo_at(0).observation.id == doomed.id


def test_deleting_a_lesion_asks_first_and_no_keeps_it(
    open_window, journal_path, tmp_path, monkeypatch
):
    _, page = _opened(open_window, journal_path, tmp_path)
    _agree(monkeypatch, ConfirmDeleteLesion, False)
    by_name(page, "Delete lesion").click()
    assert page.lesion_list.count() == 1


def test_a_deleted_lesion_leaves_the_list_and_the_next_one_is_shown(
    open_window, journal_path, tmp_path, monkeypatch
):
    _, page = _opened(open_window, journal_path, tmp_path, ("Neck spot", "Back boil"))
    _agree(monkeypatch, ConfirmDeleteLesion)
    doomed = page.current_lesion()
    by_name(page, "Delete lesion").click()
    assert page.lesion_list.count() == 1
    assert page.current_lesion().id != doomed.id


def test_a_deleted_lesion_comes_back_with_ctrl_z_with_observations_and_photos(
    qtbot, open_window, journal_path, tmp_path, monkeypatch
):
    window, page = _opened(open_window, journal_path, tmp_path)
    _agree(monkeypatch, ConfirmDeleteLesion)
    lesion = page.current_lesion()
    before = window.facade.store.photos.timeline(lesion.id)
    by_name(page, "Delete lesion").click()
    assert page.lesion_list.count() == 0
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert page.current_lesion() == lesion
    assert page.observations.model.rowCount() == 2
    assert window.facade.store.photos.timeline(lesion.id) == before
    assert window.facade.store.photos.path_of(before[0].photo).exists()


def test_mark_healed_keeps_the_day_and_shows_it(
    qtbot, open_window, journal_path, tmp_path, monkeypatch
):
    window, page = _opened(open_window, journal_path, tmp_path)

    def ask(cls, parent, lesion):
        dialog = cls(parent, lesion)
        qtbot.addWidget(dialog)
        dialog.healed_on.setDate(dialog.healed_on.date().fromString("2026-02-20", "yyyy-MM-dd"))
        dialog.buttons.accepted.emit()
        return dialog.record

    monkeypatch.setattr(HealedDialog, "ask", classmethod(ask))
    by_name(page, "Mark healed").click()
    assert window.facade.store.lesions.lesions()[0].healed_on == date(2026, 2, 20)
    assert "healed Fri 20 Feb 2026" in page.summary.text()
    assert not by_name(page, "Mark healed").isEnabled()


def test_the_healed_dialog_refuses_a_day_before_first_seen_beside_the_date(qtbot):
    lesion = Lesion("Boil", Region.LOWER_BACK, Side.LEFT, date(2026, 1, 10), id=1)
    dialog = HealedDialog(None, lesion)
    qtbot.addWidget(dialog)
    dialog.healed_on.setDate(dialog.healed_on.date().fromString("2026-01-02", "yyyy-MM-dd"))
    dialog.buttons.accepted.emit()
    error = dialog.findChild(QLabel, "healed_on_error")
    assert error.isVisibleTo(dialog) and "before" in error.text()
    assert dialog.record is None


def test_choosing_an_observation_shows_its_photo(open_window, journal_path, tmp_path):
    _, page = _opened(open_window, journal_path, tmp_path)
    later = tmp_path / "later.jpg"
    later.write_bytes(picture(colour="green"))
    page.facade.add_photos(page.current_lesion().id, [later], date(2026, 2, 5))
    model = page.observations.model
    page.observations.select_observation(model.observation_at(2).id)
    assert page.current_photo().day == date(2026, 2, 5)
    page.observations.select_observation(model.observation_at(1).id)
    assert page.current_photo().day == date(2026, 2, 3)
