"""The Reminders page of Preferences: the check-in time, the doses, the tray and the login."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from journal.reminders.choices import parse_time_of_day
from journal.translation import QT_TRANSLATE_NOOP
from journal.ui.parts.invalid_mark import mark_invalid
from journal.ui.parts.tick_box import TickBox
from journal.ui.preferences.preferences_facade import PreferencesFacade

NO_TRAY = QT_TRANSLATE_NOOP(
    "ReminderBox",
    "This desktop shows no tray icons: reminders appear in the window's status bar while it "
    "is open, and the program cannot wait in the tray.",
)


def error_label(parent: QWidget, name: str) -> QLabel:
    """The message beside a field, hidden until there is one."""
    label = QLabel(parent)
    label.setProperty("role", "error")
    label.setAccessibleName(name)
    label.setWordWrap(True)
    label.hide()
    return label


class ReminderBox(QWidget):
    """The reminder choices; each is kept, and followed by the tray, as it is made.

    Attributes:
        checkin: remind of the daily check-in.
        checkin_at: its time, typed ("20:00").
        checkin_error: why the time typed is refused.
        doses: remind of each medicine's doses.
        stay_in_tray: closing the window leaves the program in the tray.
        at_login: start minimised at login (Linux); None elsewhere.
        login_error: why the login entry could not be written.
    """

    def __init__(
        self, facade: PreferencesFacade, tray_available: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._facade = facade
        chosen = facade.reminders()
        column = QVBoxLayout(self)
        self._build_checkin(column, chosen)
        self.doses = self._tick(
            column,
            QCoreApplication.translate("ReminderBox", "Remind me of each medicine's &doses"),
            chosen.doses,
        )
        hint = QLabel(
            QCoreApplication.translate(
                "ReminderBox", "At each medicine's dose times (Care record → Medicines)."
            ),
            self,
        )
        hint.setWordWrap(True)
        column.addWidget(hint)
        self.stay_in_tray = self._tick(
            column,
            QCoreApplication.translate(
                "ReminderBox", "&Keep reminding from the tray when the window is closed"
            ),
            chosen.stay_in_tray,
        )
        if not tray_available:
            self.stay_in_tray.setEnabled(False)
            note = QLabel(QCoreApplication.translate("ReminderBox", NO_TRAY), self)
            note.setWordWrap(True)
            column.addWidget(note)
        self._build_login(column)
        column.addStretch(1)

    def _tick(self, column: QVBoxLayout, text: str, checked: bool) -> TickBox:
        tick = TickBox(text, self)
        tick.setAccessibleName(text.replace("&", ""))
        tick.setChecked(checked)
        tick.toggled.connect(self._keep)
        column.addWidget(tick)
        return tick

    def _build_checkin(self, column: QVBoxLayout, chosen) -> None:
        row = QHBoxLayout()
        self.checkin = TickBox(
            QCoreApplication.translate("ReminderBox", "Remind me to &check in every day at"), self
        )
        self.checkin.setAccessibleName(
            QCoreApplication.translate("ReminderBox", "Remind me to check in every day")
        )
        self.checkin.setChecked(chosen.checkin)
        self.checkin_at = QLineEdit(f"{chosen.checkin_at:%H:%M}", self)
        self.checkin_at.setAccessibleName(
            QCoreApplication.translate("ReminderBox", "Check-in reminder time")
        )
        self.checkin_at.setPlaceholderText("20:00")
        self.checkin_at.setMaximumWidth(self.fontMetrics().horizontalAdvance("0000000000"))
        row.addWidget(self.checkin)
        row.addWidget(self.checkin_at)
        row.addStretch(1)
        column.addLayout(row)
        self.checkin_error = error_label(
            self, QCoreApplication.translate("ReminderBox", "Check-in reminder time problem")
        )
        column.addWidget(self.checkin_error)
        self.checkin.toggled.connect(self._keep)
        self.checkin_at.editingFinished.connect(self._keep)

    def _build_login(self, column: QVBoxLayout) -> None:
        self.at_login: TickBox | None = None
        self.login_error = error_label(
            self, QCoreApplication.translate("ReminderBox", "Start at login problem")
        )
        if not self._facade.can_start_at_login():
            note = QLabel(
                QCoreApplication.translate(
                    "ReminderBox", "Starting at login is offered on Linux only."
                ),
                self,
            )
            note.setWordWrap(True)
            column.addWidget(note)
            return
        self.at_login = TickBox(
            QCoreApplication.translate("ReminderBox", "&Start at login, minimised, to remind"), self
        )
        self.at_login.setAccessibleName(
            QCoreApplication.translate("ReminderBox", "Start at login, minimised")
        )
        self.at_login.setChecked(self._facade.starts_at_login())
        self.at_login.toggled.connect(self._set_login)
        column.addWidget(self.at_login)
        column.addWidget(self.login_error)

    def _keep(self) -> None:
        at, errors = parse_time_of_day(self.checkin_at.text())
        mark_invalid(self.checkin_at, bool(errors))
        self.checkin_error.setVisible(bool(errors))
        self.checkin_error.setText(errors[0].message if errors else "")
        chosen = self._facade.reminders()
        chosen = replace(
            chosen,
            checkin=self.checkin.isChecked(),
            # A time refused keeps the one before; the message says what is wrong.
            checkin_at=chosen.checkin_at if at is None else at,
            doses=self.doses.isChecked(),
            stay_in_tray=self.stay_in_tray.isChecked() and self.stay_in_tray.isEnabled(),
        )
        self._facade.set_reminders(chosen)

    def _set_login(self, on: bool) -> None:
        problem = self._facade.set_start_at_login(on)
        self.login_error.setVisible(problem is not None)
        self.login_error.setText(problem or "")
        if problem is not None and self.at_login is not None:
            self.at_login.blockSignals(True)
            self.at_login.setChecked(not on)
            self.at_login.blockSignals(False)
