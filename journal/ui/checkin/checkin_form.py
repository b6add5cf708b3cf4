"""The check-in form: everything from the keyboard, a message beside each bad value."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from itertools import pairwise

from PySide6.QtCore import QCoreApplication, QDateTime, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from journal.checkin import CheckIn, local_now, typed_moment
from journal.dates import moment_text
from journal.errors import CheckInNotFound
from journal.metrics import Group, MetricKind
from journal.pain import Character, PainSite
from journal.translation import QT_TRANSLATE_NOOP
from journal.ui.checkin.metric_fields import FieldProblem, MetricField
from journal.ui.checkin.metric_group import MetricGroupBox
from journal.ui.checkin.pain_sites import PainCharacterPicker, PainSitePicker
from journal.ui.checkin.unsaved_dialog import UnsavedCheckInDialog, UnsavedChoice
from journal.ui.parts.date_fields import MomentEdit
from journal.ui.parts.facade import JournalFacade, NotWritten
from journal.validation import TIME_FIELD, FieldError, validate_checkin

# How often a new check-in's time catches up with the clock while it follows it.
CLOCK_TICK_MS = 15_000
# Alt keys of the form's sections; each letter is free on the Journal page.
SECTION_TITLES = {
    Group.PAIN: QT_TRANSLATE_NOOP("CheckInForm", "&Pain"),
    Group.FEVER: QT_TRANSLATE_NOOP("CheckInForm", "&Fever"),
    Group.STIFFNESS: QT_TRANSLATE_NOOP("CheckInForm", "&Stiffness"),
    Group.GENERAL: QT_TRANSLATE_NOOP("CheckInForm", "&How you are"),
    Group.NERVES: QT_TRANSLATE_NOOP("CheckInForm", "Ner&ve and emergency symptoms"),
    Group.OTHER: QT_TRANSLATE_NOOP("CheckInForm", "Other si&gns"),
    Group.CUSTOM: QT_TRANSLATE_NOOP("CheckInForm", "M&y symptoms"),
}
NOTES_TITLE = QT_TRANSLATE_NOOP("CheckInForm", "&Notes")


class _TimeEdit(MomentEdit):
    """A date and time field that Tab leaves in one press.

    Qt's own walks Tab through its five parts; here the arrow keys move between the parts
    and Up/Down change them, and Tab goes on to the next field, as in the rest of the form.
    """

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)


class CheckInForm(QWidget):
    """Records a new check-in, or changes a saved one.

    Signals:
        saved: a check-in was saved (argument: the saved CheckIn).
        edited: the user changed something since the form was last saved or cleared.
        not_saved: the journal could not be written (a full disk); argument: what to say.
            What was typed stays in the form.
    """

    saved = Signal(object)
    edited = Signal()
    not_saved = Signal(str)

    def __init__(
        self,
        facade: JournalFacade,
        parent: QWidget | None = None,
        confirm_save: Callable[[CheckIn], bool] | None = None,
    ) -> None:
        """Build the form.

        Args:
            facade: the open journal.
            parent: the widget that holds the form.
            confirm_save: asked with a valid check-in before it is saved; False keeps it
                out of this journal (the caller saved it elsewhere, or the user went back).
        """
        super().__init__(parent)
        self._facade = facade
        self._confirm_save = confirm_save
        # The clock a new check-in's time follows; tests set one they control.
        self.clock: Callable[[], datetime] = local_now
        self._follows_clock = True
        self._editing: CheckIn | None = None
        self._dirty = False
        self._loading = False
        self.fields: dict[str, MetricField] = {}

        # The fields scroll; the heading, time and Save button stay in view. The fields are
        # made in the scroll area's viewport, where setWidget leaves them: made elsewhere,
        # their 127 widgets were moved there after (about a millisecond of the start).
        scroll = QScrollArea(self)
        body = QWidget(scroll.viewport())
        fields = QVBoxLayout(body)
        self._body, self._sections = body, fields
        self._custom_box: QGroupBox | None = None
        for group in Group:
            box = self._group_box(group, body)
            if box is not None:
                fields.addWidget(box)
                if group is Group.CUSTOM:
                    self._custom_box = box
        self._notes_group = self._notes_box(body)
        fields.addWidget(self._notes_group)
        fields.addStretch(1)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a Tab stop of its own
        scroll.setMinimumWidth(body.sizeHint().width() + 24)
        self._scroll = scroll

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(self)
        self.heading.setProperty("role", "heading")
        layout.addWidget(self.heading)
        layout.addLayout(self._time_row())
        layout.addWidget(scroll, 1)
        layout.addLayout(self._buttons())
        facade.units_changed.connect(self._on_units_changed)
        facade.metrics_changed.connect(self._rebuild_custom_group)
        self._set_tab_order()
        facade.checkins_changed.connect(self._on_checkins_changed)
        self._clock_timer = QTimer(self)
        self._clock_timer.setInterval(CLOCK_TICK_MS)
        self._clock_timer.timeout.connect(self.follow_clock)
        self._clock_timer.start()
        QApplication.instance().focusChanged.connect(self._on_focus_changed)
        self.clear()

    # --- building -------------------------------------------------------------------------

    def _time_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        label = QLabel(QCoreApplication.translate("CheckInForm", "&When"), self)
        self.time_edit = _TimeEdit(self)
        self.time_edit.setObjectName("taken_at")
        self.time_edit.setAccessibleName(QCoreApplication.translate("CheckInForm", "Check-in time"))
        self.time_edit.setCalendarPopup(True)
        self.time_edit.dateTimeChanged.connect(self._on_time_edited)
        label.setBuddy(self.time_edit)
        self.time_hint = QLabel(QCoreApplication.translate("CheckInForm", "now"), self)
        self.time_hint.setObjectName("time_follows_clock")
        self.time_hint.setProperty("role", "hint")
        self.time_error = QLabel(self)
        self.time_error.setProperty("role", "error")
        self.time_error.setVisible(False)
        row.addWidget(label)
        row.addWidget(self.time_edit)
        row.addWidget(self.time_hint)
        row.addWidget(self.time_error, 1)
        row.addStretch(0)
        return row

    def _group_box(self, group: Group, parent: QWidget) -> QGroupBox | None:
        metrics = [m for m in self._facade.metrics() if m.group is group]
        if not metrics and group is not Group.PAIN:
            return None
        title = QCoreApplication.translate("CheckInForm", SECTION_TITLES.get(group, group.value))
        box = MetricGroupBox(title, metrics, self._facade.units(), self._on_edited, parent)
        self.fields.update(box.fields)
        if group is Group.PAIN:
            self.pain_sites = PainSitePicker(box)
            self.pain_sites.on_change(self._on_edited)
            self.pain_characters = PainCharacterPicker(box)
            self.pain_characters.on_change(self._on_edited)
            row = box.next_row
            box.grid.addWidget(
                QLabel(QCoreApplication.translate("CheckInForm", "Where it hurts"), box),
                row,
                0,
                Qt.AlignmentFlag.AlignTop,
            )
            box.grid.addWidget(self.pain_sites, row, 1, 1, 3)
            box.grid.addWidget(
                QLabel(QCoreApplication.translate("CheckInForm", "It feels"), box), row + 1, 0
            )
            box.grid.addWidget(self.pain_characters, row + 1, 1, 1, 3)
        return box

    def _set_tab_order(self) -> None:
        """Tab follows the page: the time first, then each section top to bottom as drawn
        (amounts, then ticks), then the notes and the buttons."""
        chain: list[QWidget] = [self.time_edit]
        for group in Group:
            mine = [f for f in self.fields.values() if f.metric.group is group]
            chain += [f.widget for f in mine if f.metric.kind is not MetricKind.YES_NO]
            chain += [f.widget for f in mine if f.metric.kind is MetricKind.YES_NO]
            if group is Group.PAIN:
                chain += [self.pain_sites, self.pain_characters]
        chain += [self.notes, self.show_doctor, self.cancel_button, self.save_button]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)

    def _rebuild_custom_group(self) -> None:
        """Show the user's own symptoms again after one was added, keeping what is typed."""
        kept = {k: f.state() for k, f in self.fields.items() if f.metric.group is Group.CUSTOM}
        for key in kept:
            del self.fields[key]
        if self._custom_box is not None:
            self._sections.removeWidget(self._custom_box)
            # Out of the window at once (deleteLater waits for the event loop).
            self._custom_box.setParent(None)
            self._custom_box.deleteLater()
        self._custom_box = self._group_box(Group.CUSTOM, self._body)
        if self._custom_box is None:
            return
        self._sections.insertWidget(self._sections.indexOf(self._notes_group), self._custom_box)
        self._loading = True
        try:
            for key, field in self.fields.items():
                if key in kept:
                    field.restore_state(kept[key])
                elif field.metric.group is Group.CUSTOM and self._editing is not None:
                    # A symptom brought back shows what the check-in being changed holds.
                    field.set_value(self._editing.value(key))
        finally:
            self._loading = False
        # New widgets join the end of the focus chain; put them back in the page's order.
        self._set_tab_order()

    def _notes_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(QCoreApplication.translate("CheckInForm", NOTES_TITLE), parent)
        layout = QVBoxLayout(box)
        self.notes = QPlainTextEdit(box)
        self.notes.setObjectName("notes")
        self.notes.setAccessibleName(QCoreApplication.translate("CheckInForm", "Notes"))
        self.notes.setTabChangesFocus(True)
        self.notes.setPlaceholderText(
            QCoreApplication.translate(
                "CheckInForm", "Anything else: what helped, what worried you, questions…"
            )
        )
        self.notes.setFixedHeight(70)
        self.notes.textChanged.connect(self._on_edited)
        self.show_doctor = QCheckBox(
            QCoreApplication.translate("CheckInForm", "Show this to my doctor"), box
        )
        self.show_doctor.setObjectName("show_doctor")
        self.show_doctor.setAccessibleName(
            QCoreApplication.translate("CheckInForm", "Show this to my doctor")
        )
        self.show_doctor.toggled.connect(self._on_edited)
        layout.addWidget(self.notes)
        layout.addWidget(self.show_doctor)
        return box

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.status = QLabel(self)
        self.status.setObjectName("form_status")
        self.cancel_button = QPushButton(
            QCoreApplication.translate("CheckInForm", "Start a new check-in"), self
        )
        self.cancel_button.setAccessibleName(
            QCoreApplication.translate("CheckInForm", "New check-in")
        )
        self.cancel_button.clicked.connect(self.start_new)
        self.save_button = QPushButton(
            QCoreApplication.translate("CheckInForm", "Save check-in"), self
        )
        self.save_button.setObjectName("save_checkin")
        self.save_button.setAccessibleName(
            QCoreApplication.translate("CheckInForm", "Save check-in")
        )
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        row.addWidget(self.status, 1)
        row.addWidget(self.cancel_button)
        row.addWidget(self.save_button)
        return row

    # --- state ----------------------------------------------------------------------------

    @property
    def is_dirty(self) -> bool:
        """True when the form holds something typed and not saved."""
        return self._dirty

    @property
    def editing(self) -> CheckIn | None:
        """The saved check-in being changed, or None for a new one."""
        return self._editing

    def _on_edited(self, *_: object) -> None:
        if self._loading:
            return
        self._dirty = True
        self.edited.emit()

    def _on_time_edited(self, *_: object) -> None:
        if not self._loading:
            self._set_follows_clock(False)  # a time the user chose is kept
        self._on_edited()

    def _set_follows_clock(self, follows: bool) -> None:
        self._follows_clock = follows
        self.time_hint.setVisible(follows)

    @property
    def follows_clock(self) -> bool:
        """True while a new check-in's time is "now", moving with the clock."""
        return self._follows_clock

    def follow_clock(self) -> None:
        """Bring a new check-in's time up to the clock, unless the user chose a time."""
        if not self._follows_clock:
            return
        self._loading = True
        try:
            self.time_edit.setDateTime(QDateTime(self.clock().replace(tzinfo=None)))
        finally:
            self._loading = False

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        # The form scrolls to follow the keyboard, so the field being typed in is in view.
        if new is not None and self._body.isAncestorOf(new):
            self._scroll.ensureWidgetVisible(new, 8, 24)

    def _fill(self, checkin: CheckIn | None, when: datetime) -> None:
        self._loading = True
        try:
            self.time_edit.setDateTime(QDateTime(when.replace(tzinfo=None)))
            for key, field in self.fields.items():
                field.set_value(checkin.value(key) if checkin else None)
            self.pain_sites.set_sites(checkin.pain_sites if checkin else frozenset())
            self.pain_characters.set_characters(checkin.pain_characters if checkin else frozenset())
            self.notes.setPlainText(checkin.note if checkin else "")
            self.show_doctor.setChecked(checkin.show_doctor if checkin else False)
            self._show_errors([])
        finally:
            self._loading = False
        self._dirty = False

    def clear(self) -> None:
        """Start a new check-in, its time following the clock."""
        self._editing = None
        self._set_follows_clock(True)
        self._fill(None, self.clock())
        self.heading.setText(QCoreApplication.translate("CheckInForm", "New check-in"))
        self.save_button.setText(QCoreApplication.translate("CheckInForm", "Save check-in"))

    def start_new(self) -> None:
        """The "Start a new check-in" button: asks first about typing not saved."""
        if self._dirty:
            choice = UnsavedCheckInDialog.ask(self)
            if choice is None or (choice is UnsavedChoice.SAVE and self.save() is None):
                return  # going back, or the typing has problems now shown beside their fields
            if choice is UnsavedChoice.SAVE:
                return  # saving already started a new check-in
        self.clear()

    def edit(self, checkin: CheckIn) -> None:
        """Load a saved check-in to change it."""
        self._editing = checkin
        self._set_follows_clock(False)
        self._fill(checkin, checkin.taken_at)
        self.heading.setText(
            QCoreApplication.translate("CheckInForm", "Changing the check-in of {moment}").format(
                moment=moment_text(checkin.taken_at)
            )
        )
        self.save_button.setText(QCoreApplication.translate("CheckInForm", "Save changes"))

    def _on_checkins_changed(self) -> None:
        """Stop changing a check-in that was deleted (by any route: button, undo, redo)."""
        if self._editing is None:
            return
        try:
            self._facade.checkin(self._editing.id)
        except CheckInNotFound:
            self._editing_gone()

    def _editing_gone(self) -> None:
        if not self._dirty:
            self.clear()
            self.status.setText(
                QCoreApplication.translate("CheckInForm", "The check-in you had open was deleted.")
            )
            return
        # What was typed stays, as a new check-in: Save adds it rather than failing.
        self._editing = None
        self.heading.setText(QCoreApplication.translate("CheckInForm", "New check-in"))
        self.save_button.setText(QCoreApplication.translate("CheckInForm", "Save check-in"))
        self.status.setText(
            QCoreApplication.translate(
                "CheckInForm",
                "The check-in you were changing was deleted. What you typed is still here: "
                "Save keeps it as a new check-in.",
            )
        )

    def tell(self, text: str) -> None:
        """Say ``text`` beside the Save button, in place of what was said there before."""
        self.status.setText(text)

    def told(self) -> str:
        """What is said beside the Save button now."""
        return self.status.text()

    def focus_first_field(self) -> None:
        """Put the keyboard in the first field the user is likely to fill."""
        self.fields["pain_now"].widget.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # --- reading and saving ---------------------------------------------------------------

    def _taken_at(self) -> datetime:
        if self._editing is None and self._follows_clock:
            # "Now" means the moment of saving, however long the window was open.
            return self.clock().replace(second=0, microsecond=0)
        naive = self.time_edit.dateTime().toPython().replace(second=0, microsecond=0)
        if self._editing is not None and naive == self._editing.taken_at.replace(
            tzinfo=None, second=0
        ):
            # Unchanged time: keep the original offset, even if the clocks have changed since.
            return self._editing.taken_at
        # In the hour that happens twice in autumn, the clock tells which one is meant.
        return typed_moment(naive, self.clock())

    def collect(self) -> tuple[CheckIn | None, list[FieldError]]:
        """The check-in as typed, or None with the problems found."""
        errors: list[FieldError] = []
        values: dict[str, float] = {}
        if self._editing is not None:
            # Values of symptoms retired since are not in the form; the check-in keeps them.
            values.update({k: v for k, v in self._editing.values.items() if k not in self.fields})
        for key, field in self.fields.items():
            try:
                value = field.value()
            except FieldProblem as problem:
                errors.append(FieldError(key, str(problem)))
                continue
            if value is not None:
                values[key] = value
        checkin = CheckIn(
            taken_at=self._taken_at(),
            values=values,
            pain_sites=self.pain_sites.sites(),
            pain_characters=self.pain_characters.characters(),
            note=self.notes.toPlainText().strip(),
            show_doctor=self.show_doctor.isChecked(),
            id=self._editing.id if self._editing else None,
        )
        errors += validate_checkin(
            checkin,
            self._facade.all_metrics(),
            self._facade.units(),
            self.clock(),
            self._editing.taken_at if self._editing else None,
        )
        return (None if errors else checkin), errors

    def _show_errors(self, errors: list[FieldError]) -> None:
        by_field = {e.field: e.message for e in errors}
        for key, field in self.fields.items():
            field.show_error(by_field.get(key))
        self.time_error.setText(by_field.get(TIME_FIELD, ""))
        self.time_error.setVisible(TIME_FIELD in by_field)
        if errors:
            self.status.setText(
                QCoreApplication.translate(
                    "CheckInForm", "Not saved: please correct the fields marked in red."
                )
            )
        else:
            self.status.clear()

    def save(self) -> CheckIn | None:
        """Save what is typed; on problems show them beside their fields and save nothing."""
        checkin, errors = self.collect()
        self._show_errors(errors)
        if checkin is None:
            first = next((self.fields[e.field] for e in errors if e.field in self.fields), None)
            if first is not None:
                first.widget.setFocus(Qt.FocusReason.OtherFocusReason)
            return None
        if self._confirm_save is not None and not self._confirm_save(checkin):
            return None
        try:
            saved = self._facade.save(checkin)
        except CheckInNotFound:
            self._editing_gone()
            return None
        except NotWritten as problem:
            # The typing stays, still unsaved, so that Save works once there is room.
            self.tell(str(problem))
            self.not_saved.emit(str(problem))
            return None
        self.clear()
        self.tell(
            QCoreApplication.translate("CheckInForm", "Saved the check-in of {moment}.").format(
                moment=moment_text(saved.taken_at)
            )
        )
        self.saved.emit(saved)
        return saved

    # --- drafts ---------------------------------------------------------------------------

    def draft(self) -> dict | None:
        """What is typed and not saved, in a form that can be stored; None when clean."""
        if not self._dirty:
            return None
        return {
            "editing": self._editing.id if self._editing else None,
            "time": self.time_edit.dateTime().toString(Qt.DateFormat.ISODate),
            "follows_clock": self._follows_clock and self._editing is None,
            "fields": {key: field.state() for key, field in self.fields.items()},
            "pain_sites": sorted(s.code for s in self.pain_sites.sites()),
            "pain_characters": sorted(c.value for c in self.pain_characters.characters()),
            "note": self.notes.toPlainText(),
            "show_doctor": self.show_doctor.isChecked(),
        }

    def restore_draft(self, draft: dict, editing: CheckIn | None = None) -> None:
        """Put back a draft from :meth:`draft`, as unsaved typing."""
        if editing is not None:
            self.edit(editing)
        self._loading = True
        try:
            follows = bool(draft.get("follows_clock")) and editing is None
            when = QDateTime.fromString(draft.get("time", ""), Qt.DateFormat.ISODate)
            if follows:
                self.time_edit.setDateTime(QDateTime(self.clock().replace(tzinfo=None)))
            elif when.isValid():
                self.time_edit.setDateTime(when)
            self._set_follows_clock(follows)
            for key, state in draft.get("fields", {}).items():
                if key in self.fields:
                    self.fields[key].restore_state(state)
            self.pain_sites.set_sites(
                frozenset(PainSite.from_code(c) for c in draft.get("pain_sites", []))
            )
            self.pain_characters.set_characters(
                frozenset(Character(c) for c in draft.get("pain_characters", []))
            )
            self.notes.setPlainText(draft.get("note", ""))
            self.show_doctor.setChecked(bool(draft.get("show_doctor")))
        finally:
            self._loading = False
        self._dirty = True
        self.status.setText(
            QCoreApplication.translate("CheckInForm", "Restored what you had typed and not saved.")
        )

    def _on_units_changed(self) -> None:
        for field in self.fields.values():
            field.set_units(self._facade.units())
