"""Dialogs for a new medicine and for one dose taken or missed."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, time

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QSpinBox, QWidget

from journal.care.medicines import (
    DOSE_TIMES_EXAMPLE,
    MAX_TIMES_PER_DAY,
    choose_purpose,
    format_dose_times,
    parse_dose_times,
    planned_end,
    suggested_times,
    validate_course_change,
    validate_dose,
    validate_regimen,
)
from journal.care.records import DoseEvent, DoseStatus, Purpose, Regimen, Route
from journal.checkin import local_now
from journal.translation import QT_TRANSLATE_NOOP
from journal.ui.parts.record_dialog import (
    RecordDialog,
    date_edit,
    date_time_edit,
    read_date,
    read_moment,
)
from journal.validation import FieldError

# The words live with the records, so the summary and the window say the same; by mouth
# comes first in the list, as the most common.
ROUTE_LABELS = {
    route: route.label for route in (Route.ORAL, Route.IV, Route.INJECTION, Route.TOPICAL)
}
PURPOSE_LABELS = {purpose: purpose.label for purpose in Purpose}
DOSE_UNITS = ("mg", "g", "ml", "tablet", "µg", "IU")
REGULAR, AS_NEEDED = "regular", "as_needed"
SCHEDULE_LABELS = {
    REGULAR: QT_TRANSLATE_NOOP("MedicineDialog", "Regular, at set times"),
    AS_NEEDED: QT_TRANSLATE_NOOP("MedicineDialog", "As needed"),
}


def _combo(parent: QWidget, labels: dict) -> QComboBox:
    combo = QComboBox(parent)
    for value, text in labels.items():
        # Qt hands an enum back as a plain string: keep the value, convert on reading.
        combo.addItem(
            QCoreApplication.translate("MedicineDialog", text), getattr(value, "value", value)
        )
    return combo


class MedicineDialog(RecordDialog):
    """A medicine as prescribed: name, dose, route, what it is for, its schedule and times of
    day, start, and its length.

    Given a saved medicine, the dialog shows it to be changed; its logged ``doses`` keep
    the first and last days from moving past them.
    """

    def __init__(
        self,
        parent: QWidget | None = None,
        today: date | None = None,
        regimen: Regimen | None = None,
        doses: Sequence[DoseEvent] = (),
    ) -> None:
        super().__init__(
            QCoreApplication.translate("MedicineDialog", "Change the medicine")
            if regimen
            else QCoreApplication.translate("MedicineDialog", "Add a medicine"),
            parent,
        )
        self._id = regimen.id if regimen else None
        self._doses = tuple(doses)
        today = today or date.today()
        self.name = self.add_field(
            "name", QCoreApplication.translate("MedicineDialog", "&Medicine"), QLineEdit(self)
        )
        self.name.setPlaceholderText(
            QCoreApplication.translate("MedicineDialog", "as on the box, like Flucloxacillin")
        )
        self.dose = self.add_field(
            "dose", QCoreApplication.translate("MedicineDialog", "&Dose"), QLineEdit(self)
        )
        self.dose.setPlaceholderText("500")
        self.dose_unit = self.add_field(
            "dose_unit", QCoreApplication.translate("MedicineDialog", "Dose &unit"), QComboBox(self)
        )
        self.dose_unit.setEditable(True)
        self.dose_unit.addItems(DOSE_UNITS)
        self.route = self.add_field(
            "route",
            QCoreApplication.translate("MedicineDialog", "&Given"),
            _combo(self, ROUTE_LABELS),
        )
        self.purpose = self.add_field(
            "purpose",
            QCoreApplication.translate("MedicineDialog", "&For"),
            _combo(self, PURPOSE_LABELS),
        )
        # No default: the choice decides whether the course is watched as an antibiotic.
        self.purpose.setPlaceholderText(QCoreApplication.translate("MedicineDialog", "Choose…"))
        self.purpose.setCurrentIndex(-1)
        self.schedule = self.add_field(
            "schedule",
            QCoreApplication.translate("MedicineDialog", "&Schedule"),
            _combo(self, SCHEDULE_LABELS),
        )
        self.times = self.add_field(
            "times_per_day",
            QCoreApplication.translate("MedicineDialog", "&Times a day"),
            QSpinBox(self),
        )
        self.times.setRange(1, MAX_TIMES_PER_DAY)
        self.dose_times = self.add_field(
            "dose_times",
            QCoreApplication.translate("MedicineDialog", "Times of da&y"),
            QLineEdit(self),
        )
        self.dose_times.setPlaceholderText(
            QCoreApplication.translate("MedicineDialog", "24-hour times, like {example}").format(
                example=DOSE_TIMES_EXAMPLE
            )
        )
        # The even spread is offered until the user types times of their own.
        self._times_typed = False
        self._spread_kept = regimen is not None and not regimen.dose_times
        self.dose_times.textEdited.connect(self._on_times_typed)
        self.times.valueChanged.connect(self._offer_times)
        self.schedule.currentIndexChanged.connect(self._on_schedule)
        self.start = self.add_field(
            "start",
            QCoreApplication.translate("MedicineDialog", "&First day"),
            date_edit(self, today),
        )
        self.length = self.add_field(
            "planned_length",
            QCoreApplication.translate("MedicineDialog", "&Planned length"),
            QLineEdit(self),
        )
        self.length.setPlaceholderText(
            QCoreApplication.translate("MedicineDialog", "like 6 weeks; empty if ongoing")
        )
        known = QCheckBox(
            QCoreApplication.translate("MedicineDialog", "The last day is known"), self
        )
        known.setAccessibleName(
            QCoreApplication.translate("MedicineDialog", "The last day is known")
        )
        self.has_end = self.add_field("has_end", "", known)
        self.end = self.add_field(
            "end", QCoreApplication.translate("MedicineDialog", "&Last day"), date_edit(self, today)
        )
        self.end.setEnabled(False)
        self.has_end.toggled.connect(self.end.setEnabled)
        self._offer_times()
        if regimen is not None:
            self._fill(regimen)

    def _on_times_typed(self, text: str) -> None:
        self._times_typed = bool(text.strip())

    def _offer_times(self) -> None:
        if not self._times_typed:
            self.dose_times.setText(format_dose_times(suggested_times(self.times.value())))

    def _on_schedule(self) -> None:
        regular = self.schedule.currentData() == REGULAR
        self.times.setEnabled(regular)
        self.dose_times.setEnabled(regular)
        if not regular:
            # Their messages no longer apply: an as-needed medicine has no times.
            self.clear_errors("times_per_day", "dose_times")

    def _fill(self, regimen: Regimen) -> None:
        self.name.setText(regimen.name)
        self.dose.setText(f"{regimen.dose:g}")
        self.dose_unit.setCurrentText(regimen.dose_unit)
        self.route.setCurrentIndex(self.route.findData(regimen.route.value))
        self.purpose.setCurrentIndex(self.purpose.findData(regimen.purpose.value))
        self.schedule.setCurrentIndex(
            self.schedule.findData(AS_NEEDED if regimen.as_needed else REGULAR)
        )
        if regimen.times_per_day is not None:
            self.times.setValue(regimen.times_per_day)
        if regimen.dose_times:
            self.dose_times.setText(format_dose_times(regimen.dose_times))
            self._times_typed = True
        self.start.setDate(regimen.start)
        self.length.setText(regimen.planned_length)
        # A last day that the planned length gives is left to follow the first day; one
        # set by hand (a course stopped early) is shown as known.
        if regimen.end is not None and regimen.end != planned_end(
            regimen.start, regimen.planned_length
        ):
            self.has_end.setChecked(True)
            self.end.setDate(regimen.end)

    def build(self) -> tuple[Regimen | None, list[FieldError]]:
        """The medicine as typed, or None with the problems found."""
        errors: list[FieldError] = []
        dose = self.number("dose", QCoreApplication.translate("MedicineDialog", "The dose"), errors)
        purpose, purpose_errors = choose_purpose(self.purpose.currentData())
        errors += purpose_errors
        times_per_day, dose_times = self._schedule(errors)
        start = read_date(self.start)
        length = self.length.text().strip()
        end = read_date(self.end) if self.has_end.isChecked() else planned_end(start, length)
        regimen = Regimen(
            name=self.name.text().strip(),
            dose=dose if dose is not None else 0.0,
            dose_unit=self.dose_unit.currentText().strip(),
            route=Route(self.route.currentData()),
            # A stand-in only while a message says to choose; such a medicine is never saved.
            purpose=purpose or Purpose.OTHER,
            start=start,
            end=end,
            times_per_day=times_per_day,
            id=self._id,
            planned_length=length,
            dose_times=dose_times,
        )
        wrong = {e.field for e in errors}
        errors += [e for e in validate_regimen(regimen) if e.field not in wrong]
        if not errors:
            errors = validate_course_change(regimen, self._doses)
        return (None if errors else regimen), errors

    def _schedule(self, errors: list[FieldError]) -> tuple[int | None, tuple[time, ...]]:
        """Times a day (None when as needed) and the times of day as typed."""
        if self.schedule.currentData() == AS_NEEDED:
            return None, ()
        count = self.times.value()
        times, time_errors = parse_dose_times(self.dose_times.text())
        errors += time_errors
        if self._spread_kept and times == suggested_times(count):
            # Saved without times and left as offered: it keeps following the even spread.
            times = ()
        return count, times

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        regimen: Regimen | None = None,
        doses: Sequence[DoseEvent] = (),
    ) -> Regimen | None:
        """The new or changed medicine, or None when the user cancelled."""
        dialog = cls(parent, regimen=regimen, doses=doses)
        return dialog.record if dialog.exec() else None


class DoseDialog(RecordDialog):
    """One dose of a medicine: when, taken or missed, and any side effects."""

    def __init__(self, regimen: Regimen, parent: QWidget | None = None) -> None:
        said = QCoreApplication.translate("DoseDialog", "A dose of {medicine}")
        super().__init__(said.format(medicine=regimen.name), parent)
        self._regimen = regimen
        self.at = self.add_field(
            "at",
            QCoreApplication.translate("DoseDialog", "&When"),
            date_time_edit(self, local_now()),
        )
        self.status = self.add_field(
            "status", QCoreApplication.translate("DoseDialog", "&What happened"), QComboBox(self)
        )
        taken = DoseStatus.AS_NEEDED if regimen.as_needed else DoseStatus.TAKEN
        self.status.addItem(QCoreApplication.translate("DoseDialog", "Taken"), taken.value)
        self.status.addItem(
            QCoreApplication.translate("DoseDialog", "Missed"), DoseStatus.MISSED.value
        )
        self.side_effects = self.add_field(
            "side_effects",
            QCoreApplication.translate("DoseDialog", "&Side effects"),
            QLineEdit(self),
        )
        self.side_effects.setPlaceholderText(
            QCoreApplication.translate("DoseDialog", "like nausea, rash; empty if none")
        )

    def build(self) -> tuple[DoseEvent | None, list[FieldError]]:
        """The dose as typed, or None with the problems found."""
        assert self._regimen.id is not None
        dose = DoseEvent(
            self._regimen.id,
            read_moment(self.at),
            DoseStatus(self.status.currentData()),
            self.side_effects.text().strip(),
        )
        errors = validate_dose(dose, self._regimen, local_now())
        return (None if errors else dose), errors

    @classmethod
    def ask(cls, parent: QWidget | None, regimen: Regimen) -> DoseEvent | None:
        """The dose entry, or None when the user cancelled."""
        dialog = cls(regimen, parent)
        return dialog.record if dialog.exec() else None
