"""Where it hurts and what it feels like: one Tab stop each, arrow keys, big targets."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible, QPalette
from PySide6.QtWidgets import QApplication, QLabel
from ui.finders import by_name

from journal.checkin import CheckIn, local_now
from journal.metrics import MetricKind
from journal.pain import Character, PainSite, Region, Side
from journal.ui.checkin.pain_sites import PainCharacterPicker, PainSitePicker

LOWER_LEFT = PainSite(Region.LOWER_BACK, Side.LEFT)
LOWER_MIDDLE = PainSite(Region.LOWER_BACK, Side.MIDDLE)


def _press(qtbot, *keys):
    for key in keys:
        qtbot.keyClick(QApplication.focusWidget(), key)
    return QApplication.focusWidget()


def _tab_into_where_it_hurts(qtbot, window):
    """Tab from the last tick before the picker, as a user going down the form would."""
    by_name(window, "Pain at night").setFocus()
    return _press(qtbot, Qt.Key.Key_Tab)


def _tab_into_it_feels(qtbot, window):
    _tab_into_where_it_hurts(qtbot, window)
    return _press(qtbot, Qt.Key.Key_Tab)


# --- Where it hurts from the keyboard --------------------------------------------------------


def test_tab_then_down_three_times_and_space_ticks_the_lower_back_left(qtbot, window):
    _tab_into_where_it_hurts(qtbot, window)
    _press(qtbot, Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Space)
    assert window.form.pain_sites.sites() == {LOWER_LEFT}


def test_right_then_space_ticks_the_next_side_of_the_same_region(qtbot, window):
    _tab_into_where_it_hurts(qtbot, window)
    _press(qtbot, Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Space)
    _press(qtbot, Qt.Key.Key_Right, Qt.Key.Key_Space)
    assert window.form.pain_sites.sites() == {LOWER_LEFT, LOWER_MIDDLE}


def test_where_it_hurts_is_one_tab_stop(qtbot, window):
    assert _tab_into_where_it_hurts(qtbot, window) is by_name(window, "Where it hurts")
    assert _press(qtbot, Qt.Key.Key_Tab) is by_name(window, "It feels")


def test_the_arrow_keys_stop_at_the_edges(qtbot, window):
    _tab_into_where_it_hurts(qtbot, window)
    _press(qtbot, Qt.Key.Key_Up, Qt.Key.Key_Left, Qt.Key.Key_Space)
    _press(qtbot, *[Qt.Key.Key_Down] * 9, *[Qt.Key.Key_Right] * 4, Qt.Key.Key_Space)
    assert window.form.pain_sites.sites() == {
        PainSite(Region.NECK, Side.LEFT),
        PainSite(Region.ARM, Side.RIGHT),
    }


def test_a_letter_jumps_to_the_region_it_starts(qtbot, window):
    picker = _tab_into_where_it_hurts(qtbot, window)
    _press(qtbot, Qt.Key.Key_L)
    assert picker.accessibleDescription() == "Lower back, left: not ticked"
    _press(qtbot, Qt.Key.Key_I, Qt.Key.Key_I)
    assert picker.accessibleDescription() == "Into an arm, left: not ticked"


def test_end_and_home_go_to_the_ends_of_the_region(qtbot, window):
    _tab_into_where_it_hurts(qtbot, window)
    _press(qtbot, Qt.Key.Key_End, Qt.Key.Key_Space, Qt.Key.Key_Down, Qt.Key.Key_Home)
    _press(qtbot, Qt.Key.Key_Space)
    assert window.form.pain_sites.sites() == {
        PainSite(Region.NECK, Side.RIGHT),
        PainSite(Region.UPPER_BACK, Side.LEFT),
    }


def test_the_current_site_and_its_state_are_the_accessible_description(qtbot, window):
    picker = _tab_into_where_it_hurts(qtbot, window)
    assert picker.accessibleName() == "Where it hurts"
    assert picker.accessibleDescription() == "Neck, left: not ticked"
    _press(qtbot, Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Space)
    assert picker.accessibleDescription() == "Lower back, left: ticked"


@pytest.fixture
def screen_reader():
    """Qt's accessibility on, as when a screen reader is running; off again afterwards."""
    QAccessible.setActive(True)
    yield
    QAccessible.setActive(False)


def test_a_screen_reader_hears_the_site_moved_to_and_finds_each_site_box(
    qtbot, window, screen_reader
):
    picker = _tab_into_where_it_hurts(qtbot, window)
    _press(qtbot, Qt.Key.Key_Down, Qt.Key.Key_Right)
    seen = QAccessible.queryAccessibleInterface(picker)
    assert seen.text(QAccessible.Text.Name) == "Where it hurts"
    assert seen.text(QAccessible.Text.Description) == "Upper back, middle: not ticked"
    children = [seen.child(i) for i in range(seen.childCount())]
    boxes = [c for c in children if c.role() == QAccessible.Role.CheckBox]
    assert [b.text(QAccessible.Text.Name) for b in boxes[:4]] == [
        "Neck, left",
        "Neck, middle",
        "Neck, right",
        "Upper back, left",
    ]
    assert len(boxes) == len(Region) * len(Side)


def test_the_current_site_has_a_ring_only_while_the_picker_has_the_focus(qtbot, window):
    _tab_into_where_it_hurts(qtbot, window)
    _press(qtbot, Qt.Key.Key_Down)
    ringed = [box.accessibleName() for box in window.form.pain_sites.cells() if box.has_ring()]
    assert ringed == ["Upper back, left"]
    _press(qtbot, Qt.Key.Key_Tab)
    assert not any(box.has_ring() for box in window.form.pain_sites.cells())


def test_a_changed_check_in_starts_the_keyboard_at_its_first_site(qtbot, window):
    sacrum = PainSite(Region.SACRUM, Side.RIGHT)
    saved = window.facade.save(CheckIn(local_now(), {}, pain_sites=frozenset({sacrum})))
    window.form.edit(saved)
    _tab_into_where_it_hurts(qtbot, window)
    _press(qtbot, Qt.Key.Key_Space)  # clears it: the sacrum was the current site
    assert window.form.pain_sites.sites() == frozenset()


def test_coming_back_with_shift_tab_keeps_the_place(qtbot, window):
    picker = _tab_into_where_it_hurts(qtbot, window)
    _press(qtbot, Qt.Key.Key_Down, Qt.Key.Key_Right, Qt.Key.Key_Tab)
    assert _press(qtbot, Qt.Key.Key_Backtab) is picker
    assert picker.accessibleDescription() == "Upper back, middle: not ticked"


def test_focus_given_to_a_named_site_goes_to_the_picker_with_that_site_current(qtbot, window):
    by_name(window, "Mid back, right").setFocus()
    assert QApplication.focusWidget() is by_name(window, "Where it hurts")
    _press(qtbot, Qt.Key.Key_Space)
    assert window.form.pain_sites.sites() == {PainSite(Region.MID_BACK, Side.RIGHT)}


# --- It feels from the keyboard --------------------------------------------------------------


def test_it_feels_is_one_tab_stop_that_right_and_space_tick(qtbot, window):
    assert _tab_into_it_feels(qtbot, window) is by_name(window, "It feels")
    _press(qtbot, Qt.Key.Key_Right, Qt.Key.Key_Space)
    assert window.form.pain_characters.characters() == {Character.SHARP}
    assert _press(qtbot, Qt.Key.Key_Tab) is by_name(window, "Temperature")


def test_a_letter_in_it_feels_jumps_to_the_feeling_it_starts(qtbot, window):
    _tab_into_it_feels(qtbot, window)
    _press(qtbot, Qt.Key.Key_T, Qt.Key.Key_Space)
    assert window.form.pain_characters.characters() == {Character.THROBBING}


def test_down_in_it_feels_does_not_move_sideways(qtbot, window):
    _tab_into_it_feels(qtbot, window)
    _press(qtbot, Qt.Key.Key_Down, Qt.Key.Key_Space)
    assert window.form.pain_characters.characters() == {Character.ACHING}


# --- the mouse -------------------------------------------------------------------------------


def _words(picker, text):
    return next(w for w in picker.findChildren(QLabel) if w.text() == text)


def test_clicking_a_regions_name_ticks_it_on_every_side_and_again_clears_it(qtbot, window):
    picker = window.form.pain_sites
    picker.set_sites(frozenset({LOWER_LEFT}))
    qtbot.mouseClick(_words(picker, "Lower back"), Qt.MouseButton.LeftButton)
    assert picker.sites() == {PainSite(Region.LOWER_BACK, side) for side in Side}
    qtbot.mouseClick(_words(picker, "Lower back"), Qt.MouseButton.LeftButton)
    assert picker.sites() == frozenset()


def test_clicking_a_sides_name_ticks_every_region_on_that_side(qtbot, window):
    picker = window.form.pain_sites
    qtbot.mouseClick(_words(picker, "Right"), Qt.MouseButton.LeftButton)
    assert picker.sites() == {PainSite(region, Side.RIGHT) for region in Region}


def test_a_click_on_a_site_makes_it_the_place_the_arrow_keys_go_on_from(qtbot, window):
    box = by_name(window, "Upper back, right")
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert QApplication.focusWidget() is by_name(window, "Where it hurts")
    _press(qtbot, Qt.Key.Key_Down, Qt.Key.Key_Space)
    assert window.form.pain_sites.sites() == {
        PainSite(Region.UPPER_BACK, Side.RIGHT),
        PainSite(Region.MID_BACK, Side.RIGHT),
    }


def _every_tick(window):
    form = window.form
    symptoms = [f.widget for f in form.fields.values() if f.metric.kind is MetricKind.YES_NO]
    return form.pain_sites.cells() + form.pain_characters.cells() + symptoms


def test_the_box_is_drawn_where_the_tick_says(qtbot, window):
    """The hit-area test below measures from this centre, so check it against the pixels."""
    for box in (by_name(window, "Lower back, left"), by_name(window, "Chills")):
        image = box.grab().toImage()
        rect = box.indicator_rect()
        inside = image.pixelColor(rect.center())
        outside = image.pixelColor(rect.left() - 3, rect.center().y())
        assert inside == box.palette().color(QPalette.ColorRole.Base), box.accessibleName()
        assert outside != inside, box.accessibleName()


@pytest.mark.parametrize("offset", [QPoint(11, 0), QPoint(-11, 0), QPoint(0, 11), QPoint(0, -11)])
def test_a_click_11_px_from_a_ticks_centre_toggles_it(qtbot, window, offset):
    ticks = _every_tick(window)
    assert len(ticks) >= 21 + 5 + 2
    for box in ticks:
        assert box.width() >= 24 and box.height() >= 24, box.accessibleName()
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=box.indicator_rect().center() + offset)
        assert box.isChecked(), f"{box.accessibleName()} at {offset}"


def test_clicking_the_words_of_what_the_pain_feels_like_ticks_it(qtbot, window):
    box = by_name(window, "Pain feels throbbing")
    words_end = QPoint(box.width() - 2, box.height() // 2)
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=words_end)
    assert window.form.pain_characters.characters() == {Character.THROBBING}


def test_a_symptom_takes_clicks_on_its_words_but_not_in_the_room_after_them(qtbot, window):
    box = by_name(window, "Chills")
    box.resize(box.sizeHint().width() + 80, box.height())  # as a wide grid column would
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(box.hit_rect().right() - 1, 3))
    assert box.isChecked()
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(box.width() - 10, 12))
    assert box.isChecked()  # a stray click in the empty room did not clear it


# --- saved ----------------------------------------------------------------------------------


def test_sites_and_feelings_ticked_from_the_keyboard_are_saved(qtbot, window):
    _tab_into_where_it_hurts(qtbot, window)
    _press(qtbot, Qt.Key.Key_L, Qt.Key.Key_Space, Qt.Key.Key_Right, Qt.Key.Key_Space)
    _press(qtbot, Qt.Key.Key_Tab, Qt.Key.Key_Right, Qt.Key.Key_Right, Qt.Key.Key_Space)
    window.form.save()
    checkin = window.timeline.model.checkin_at(0)
    assert checkin.pain_sites == {LOWER_LEFT, LOWER_MIDDLE}
    assert checkin.pain_characters == {Character.BURNING}


# --- the pickers alone ----------------------------------------------------------------------


def test_set_sites_ticks_exactly_those_and_the_keyboard_starts_at_the_first(qtbot):
    picker = PainSitePicker()
    qtbot.addWidget(picker)
    changes = []
    picker.on_change(lambda *_: changes.append(1))
    picker.set_sites(frozenset({PainSite(Region.SACRUM, Side.LEFT), LOWER_MIDDLE}))
    assert picker.sites() == {PainSite(Region.SACRUM, Side.LEFT), LOWER_MIDDLE}
    assert len(changes) == 2
    assert picker.accessibleDescription() == "Lower back, middle: ticked"


def test_set_characters_ticks_exactly_those(qtbot):
    picker = PainCharacterPicker()
    qtbot.addWidget(picker)
    picker.set_characters(frozenset({Character.BURNING}))
    assert picker.characters() == {Character.BURNING}
    assert picker.accessibleDescription() == "Pain feels burning: ticked"
