"""A small dialog for one record: labelled fields, a message beside each bad one, OK/Cancel."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from journal.numbers import UnreadableNumber, read_number
from journal.ui.parts.date_fields import DayEdit, MomentEdit
from journal.ui.parts.dialog_focus import fields_first
from journal.ui.parts.invalid_mark import mark_invalid
from journal.validation import FieldError


def date_edit(parent: QWidget, day: date) -> QDateEdit:
    """A date field with a calendar, showing ``day``."""
    edit = DayEdit(QDate(day.year, day.month, day.day), parent)
    edit.setCalendarPopup(True)
    return edit


def date_time_edit(parent: QWidget, moment: datetime) -> QDateTimeEdit:
    """A date and time field with a calendar, showing ``moment`` (its local time)."""
    edit = MomentEdit(QDateTime(moment.replace(tzinfo=None, second=0, microsecond=0)), parent)
    edit.setCalendarPopup(True)
    return edit


def read_date(edit: QDateEdit) -> date:
    """The day shown in a date field."""
    return edit.date().toPython()


def read_moment(edit: QDateTimeEdit) -> datetime:
    """The local time shown in a date-time field, with this computer's UTC offset then."""
    return edit.dateTime().toPython().replace(second=0, microsecond=0).astimezone()


class RecordDialog(QDialog):
    """Base for the care record's dialogs.

    Subclasses add fields with :meth:`add_field` and implement :meth:`build`, which returns
    the record as typed or the problems found. OK saves nothing while a problem remains.

    Attributes:
        record: the accepted record, None until OK succeeds.
    """

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(480)
        self.record: Any = None
        self.form = QFormLayout()
        self._errors: dict[str, QLabel] = {}
        self._widgets: dict[str, QWidget] = {}
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(QCoreApplication.translate("RecordDialog", "Save"))
        ok.setAccessibleName(QCoreApplication.translate("RecordDialog", "Save"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(QCoreApplication.translate("RecordDialog", "Cancel"))
        self.buttons.accepted.connect(self.try_accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        fields_first(list(self._widgets.values()), self.buttons)

    def add_note(self, text: str) -> QLabel:
        """A line of explanation across the form."""
        note = QLabel(text, self)
        note.setWordWrap(True)
        self.form.addRow(note)
        return note

    def add_field(self, key: str, label: str, widget: QWidget) -> QWidget:
        """Add a labelled field whose problems (FieldError ``key``) show beside it."""
        widget.setObjectName(key)
        if not widget.accessibleName():
            widget.setAccessibleName(label.replace("&", ""))
        error = QLabel(self)
        error.setObjectName(f"{key}_error")
        error.setProperty("role", "error")
        error.setWordWrap(True)
        error.setVisible(False)
        # The message goes under its field, where it has room to wrap.
        row = QVBoxLayout()
        row.setSpacing(2)
        row.addWidget(widget)
        row.addWidget(error)
        caption = QLabel(label, self)
        caption.setBuddy(widget)
        self.form.addRow(caption, row)
        self._errors[key] = error
        self._widgets[key] = widget
        return widget

    def error_text(self, key: str) -> str:
        """The message shown beside a field ("" when none)."""
        label = self._errors[key]
        return label.text() if not label.isHidden() else ""

    def number(
        self, key: str, label: str, errors: list[FieldError], example: str = "12.5"
    ) -> float | None:
        """The number typed in a line edit field, None when empty; a message when unreadable.

        Args:
            key: the field.
            label: the field in words, to start the message ("The dose").
            errors: where the message goes.
            example: a number of the kind wanted, for the message.
        """
        edit = self._widgets[key]
        assert isinstance(edit, QLineEdit)
        try:
            return read_number(edit.text())
        except UnreadableNumber:
            said = QCoreApplication.translate(
                "RecordDialog", "{label} must be a number, like {example}."
            )
            errors.append(FieldError(key, said.format(label=label, example=example)))
            return None

    def clear_errors(self, *keys: str) -> None:
        """Take away the messages beside these fields (a field no longer asked, say)."""
        for key in keys:
            self._errors[key].setVisible(False)
            mark_invalid(self._widgets[key], False)

    def build(self) -> tuple[Any, list[FieldError]]:
        """The record as typed, or None with the problems found."""
        raise NotImplementedError

    def show_errors(self, errors: list[FieldError]) -> None:
        """Show each message beside its field; a message for no field goes beside the first."""
        by_key: dict[str, str] = {}
        first = next(iter(self._errors))
        for error in errors:
            key = error.field if error.field in self._errors else first
            by_key[key] = f"{by_key[key]} {error.message}" if key in by_key else error.message
        for key, label in self._errors.items():
            label.setText(by_key.get(key, ""))
            label.setVisible(key in by_key)
            mark_invalid(self._widgets[key], key in by_key)
        # Grow to fit messages that wrap onto more lines than the dialog was sized for.
        self.layout().activate()
        needed = self.layout().totalHeightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)

    def try_accept(self) -> bool:
        """Accept when the record is valid; otherwise show the problems and stay open."""
        record, errors = self.build()
        self.show_errors(errors)
        if errors or record is None:
            # The keyboard goes to the highest field with a problem, where reading starts.
            wrong = {e.field for e in errors}
            first = next((w for key, w in self._widgets.items() if key in wrong), None)
            if first is not None:
                first.setFocus()
            return False
        self.record = record
        self.accept()
        return True
