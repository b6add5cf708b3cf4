from datetime import date

from picture_builders import picture
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QLabel
from ui.finders import by_name, unnamed_controls

from journal.lesions.lesion import Lesion
from journal.pain import Region, Side
from journal.store import open_journal
from journal.ui.lesions.gallery_model import ThumbnailReadyRole
from journal.ui.lesions.lesion_dialogs import LesionDialog, ObservationDialog
from journal.ui.lesions.photo_dialogs import ConfirmRemovePhoto, ImportMessage, PhotoFilesDialog


def _page(window):
    page = by_name(window, "Lesions")
    window.pages.setCurrentWidget(page)
    return page


def _window_with_lesions(open_window, journal_path, *names):
    with open_journal(journal_path) as store:
        for name in names:
            store.lesions.add_lesion(Lesion(name, Region.LOWER_BACK, Side.LEFT, date(2026, 1, 1)))
    return open_window(journal_path)


def _files(tmp_path, named: dict[str, bytes]):
    paths = []
    for name, data in named.items():
        path = tmp_path / name
        path.write_bytes(data)
        paths.append(path)
    return paths


def _error(dialog, key) -> QLabel:
    return dialog.findChild(QLabel, f"{key}_error")


def _add_photos(page, monkeypatch, paths):
    monkeypatch.setattr(PhotoFilesDialog, "ask", classmethod(lambda cls, parent: paths))
    by_name(page, "Add photos").click()


def test_the_lesions_page_and_its_buttons_have_the_names_of_the_contract(window):
    page = _page(window)
    for name in ("Add lesion", "Add photos", "Compare photos"):
        assert by_name(page, name).isVisibleTo(page)
    assert unnamed_controls(page) == []


def test_add_lesion_puts_the_new_lesion_in_the_list_and_chooses_it(window, monkeypatch):
    page = _page(window)
    boil = Lesion("Right shoulder boil", Region.UPPER_BACK, Side.RIGHT, date(2026, 1, 2))
    monkeypatch.setattr(
        LesionDialog, "ask", classmethod(lambda cls, parent, lesion=None, taken_names=(): boil)
    )
    by_name(page, "Add lesion").click()
    assert page.lesion_list.count() == 1
    assert page.current_lesion().name == "Right shoulder boil"


def test_the_lesion_dialog_shows_a_message_beside_an_empty_name_and_saves_nothing(qtbot):
    dialog = LesionDialog(None)
    qtbot.addWidget(dialog)
    dialog.buttons.accepted.emit()
    assert _error(dialog, "name").isVisibleTo(dialog)
    assert "name" in _error(dialog, "name").text()
    assert dialog.record is None


def test_the_observation_dialog_refuses_a_size_of_600_mm_beside_the_size(qtbot):
    lesion = Lesion("Boil", Region.LOWER_BACK, Side.LEFT, date(2026, 1, 1), id=1)
    dialog = ObservationDialog(None, lesion)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(by_name(dialog, "Size (mm, longest)"), "600")
    qtbot.keyClicks(by_name(dialog, "Redness (0–10)"), "lots")
    dialog.buttons.accepted.emit()
    assert "500" in _error(dialog, "size_mm").text()
    assert "whole number" in _error(dialog, "redness").text()
    assert not _error(dialog, "pain").isVisibleTo(dialog)
    assert dialog.record is None


def test_the_observation_dialog_returns_what_was_typed(qtbot):
    lesion = Lesion("Boil", Region.LOWER_BACK, Side.LEFT, date(2026, 1, 1), id=1)
    dialog = ObservationDialog(None, lesion)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(by_name(dialog, "Size (mm, longest)"), "14,5")
    dialog.ticks["pus"].setChecked(True)
    dialog.buttons.accepted.emit()
    assert dialog.record.size_mm == 14.5
    assert dialog.record.pus and dialog.record.lesion_id == 1


def test_add_photos_adds_the_good_files_and_names_the_bad_one(
    open_window, journal_path, tmp_path, monkeypatch
):
    page = _page(_window_with_lesions(open_window, journal_path, "Boil"))
    told = []
    monkeypatch.setattr(
        ImportMessage, "ask", classmethod(lambda cls, parent, text: told.append(text))
    )
    paths = _files(tmp_path, {"a.jpg": picture(), "b.png": picture(fmt="PNG"), "x.jpg": b"no" * 99})
    _add_photos(page, monkeypatch, paths)
    assert page.model.rowCount() == 2
    assert len(told) == 1 and "x.jpg" in told[0] and "a.jpg" not in told[0]


def test_thumbnails_arrive_from_the_worker_threads(
    qtbot, open_window, journal_path, tmp_path, monkeypatch
):
    page = _page(_window_with_lesions(open_window, journal_path, "Boil"))
    _add_photos(page, monkeypatch, _files(tmp_path, {"a.jpg": picture(size=(600, 400))}))
    index = page.model.index(0)
    qtbot.waitUntil(lambda: page.model.data(index, ThumbnailReadyRole), timeout=5000)
    icon = page.model.data(index, Qt.ItemDataRole.DecorationRole)
    assert icon.actualSize(page.gallery.iconSize()).width() == 160


def test_files_dropped_on_a_lesion_are_added_to_that_lesion(open_window, journal_path, tmp_path):
    window = _window_with_lesions(open_window, journal_path, "Neck spot", "Back boil")
    page = _page(window)
    target = page.lesion_list.item(1)
    lesion = target.data(Qt.ItemDataRole.UserRole + 1)
    page.lesion_list.setCurrentRow(0)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in _files(tmp_path, {"a.jpg": picture()})])
    centre = page.lesion_list.visualItemRect(target).center()
    point = page.lesion_list.viewport().mapTo(page, centre)
    drop = QDropEvent(
        QPointF(point),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    page.dropEvent(drop)
    assert len(window.facade.store.photos.timeline(lesion.id)) == 1
    assert page.current_lesion().id == lesion.id


def _page_with_photos(open_window, journal_path, tmp_path, monkeypatch, count=3):
    page = _page(_window_with_lesions(open_window, journal_path, "Boil"))
    for day in range(1, count + 1):
        paths = _files(tmp_path, {f"{day}.jpg": picture(colour=(40 * day, 0, 0))})
        page._facade.add_photos(page.current_lesion().id, paths, date(2026, 2, day))
    return page


def test_removing_a_photo_asks_first_and_no_keeps_it(
    open_window, journal_path, tmp_path, monkeypatch
):
    page = _page_with_photos(open_window, journal_path, tmp_path, monkeypatch)
    monkeypatch.setattr(ConfirmRemovePhoto, "ask", classmethod(lambda cls, parent, day: False))
    by_name(page, "Remove photo").click()
    assert page.model.rowCount() == 3


def test_a_removed_photo_comes_back_with_ctrl_z(
    qtbot, open_window, journal_path, tmp_path, monkeypatch
):
    page = _page_with_photos(open_window, journal_path, tmp_path, monkeypatch)
    monkeypatch.setattr(ConfirmRemovePhoto, "ask", classmethod(lambda cls, parent, day: True))
    page.gallery.setCurrentIndex(page.model.index(1))
    doomed = page.current_photo()
    page.gallery.setFocus()
    qtbot.keyClick(page.gallery, Qt.Key.Key_Delete)
    assert page.model.rowCount() == 2
    qtbot.keyClick(page.gallery, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    photos = [page.model.photo_at(r) for r in range(page.model.rowCount())]
    assert [p.photo for p in photos].count(doomed.photo) == 1
    assert photos[1].day == doomed.day


def test_compare_shows_the_first_and_the_latest_observation(
    open_window, journal_path, tmp_path, monkeypatch
):
    page = _page_with_photos(open_window, journal_path, tmp_path, monkeypatch)
    by_name(page, "Compare photos").click()
    dialog = page.compare_dialog
    assert dialog.earlier.current()[0].observed_on == date(2026, 2, 1)
    assert dialog.later.current()[0].observed_on == date(2026, 2, 3)
    assert "Size:" in dialog.later.details.text()
    dialog.close()


def test_arrow_keys_move_through_the_observations(
    qtbot, open_window, journal_path, tmp_path, monkeypatch
):
    page = _page_with_photos(open_window, journal_path, tmp_path, monkeypatch)
    page.compare()
    dialog = page.compare_dialog
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    # Shortcuts reach only the active window.
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Left)
    assert dialog.later.current()[0].observed_on == date(2026, 2, 2)
    qtbot.keyClick(dialog, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert dialog.earlier.current()[0].observed_on == date(2026, 2, 2)
    dialog.close()


def test_zooming_in_makes_both_photos_bigger(open_window, journal_path, tmp_path, monkeypatch):
    page = _page_with_photos(open_window, journal_path, tmp_path, monkeypatch)
    page.compare()
    dialog = page.compare_dialog
    before = dialog.earlier.picture.pixmap().width(), dialog.later.picture.pixmap().width()
    by_name(dialog, "Zoom in").click()
    after = dialog.earlier.picture.pixmap().width(), dialog.later.picture.pixmap().width()
    assert after[0] > before[0] and after[1] > before[1]
    dialog.close()


def test_change_observation_fills_in_the_size_of_a_photos_observation(
    qtbot, open_window, journal_path, tmp_path, monkeypatch
):
    page = _page_with_photos(open_window, journal_path, tmp_path, monkeypatch)
    page.gallery.setCurrentIndex(page.model.index(0))

    def ask(cls, parent, lesion, observation=None):
        dialog = cls(parent, lesion, observation)
        qtbot.addWidget(dialog)
        qtbot.keyClicks(by_name(dialog, "Size (mm, longest)"), "9")
        dialog.buttons.accepted.emit()
        return dialog.record

    monkeypatch.setattr(ObservationDialog, "ask", classmethod(ask))
    by_name(page, "Change observation").click()
    first = page.model.photo_at(0)
    assert first.observation.size_mm == 9
    assert first.day == date(2026, 2, 1)
    assert page.model.rowCount() == 3


def test_the_lesion_dialog_returns_a_lesion_the_store_can_save(qtbot, window):
    dialog = LesionDialog(None)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(by_name(dialog, "Name"), "Sacrum boil")
    dialog.region.setCurrentIndex(dialog.region.findData(Region.SACRUM))
    dialog.buttons.accepted.emit()
    saved = window.facade.store.lesions.add_lesion(dialog.record)
    assert saved.region is Region.SACRUM and saved.side is Side.MIDDLE


def test_compare_reads_the_photos_through_the_store_never_by_their_path(
    open_window, journal_path, tmp_path, monkeypatch
):
    from journal.store.photos import PhotoStore

    page = _page_with_photos(open_window, journal_path, tmp_path, monkeypatch)

    read = []
    original = PhotoStore.original
    monkeypatch.setattr(
        PhotoStore, "original", lambda self, photo: read.append(photo) or original(self, photo)
    )
    page.compare()
    dialog = page.compare_dialog
    # Both pictures shown came through the store's reader (the one place that will decrypt).
    assert len(read) >= 2
    assert not dialog.earlier.picture.pixmap().isNull()
    assert not dialog.later.picture.pixmap().isNull()
    dialog.close()
