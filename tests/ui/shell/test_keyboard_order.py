"""Tab goes where the eye goes: through the form in page order, out of tables, into dialogs."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from ui.finders import by_name

from journal.ui.care.lab_dialogs import LabDialog


def _tab(qtbot, times=1):
    for _ in range(times):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    return QApplication.focusWidget()


def test_the_form_starts_at_the_time_then_the_pain(qtbot, window):
    by_name(window, "Check-in time").setFocus()
    assert _tab(qtbot) is by_name(window, "Pain now")
    assert _tab(qtbot) is by_name(window, "Worst pain")
    # The two "did it help" boxes drawn above the ticks come before them.
    assert _tab(qtbot) is by_name(window, "Did rest help")
    assert _tab(qtbot) is by_name(window, "Did pain medicine help")
    assert _tab(qtbot) is by_name(window, "Pain at rest")


def test_tab_leaves_the_check_ins_table(qtbot, window):
    table = by_name(window, "Check-ins")
    assert not table.tabKeyNavigation()
    window.form.fields["pain_now"].widget.setText("3")
    window.form.save()
    table.setFocus()
    table.selectRow(0)
    assert _tab(qtbot) is not table


def test_a_dialog_opens_with_the_keyboard_in_its_first_field(qtbot):
    dialog = LabDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    first = QApplication.focusWidget()
    assert first.accessibleName() not in ("Save", "Cancel")
    assert first is dialog._widgets[next(iter(dialog._widgets))]
