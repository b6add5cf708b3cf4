"""The Qt side of the care record: wraps the journal's stores and says what changed."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime

from PySide6.QtCore import QObject, Signal

from journal.care.appointments import Question
from journal.care.basdai import BasdaiAnswers
from journal.care.medical_context import MedicalContext
from journal.care.medicines import todays_missing_doses
from journal.care.records import Appointment, DoseEvent, Imaging, LabResult, Regimen
from journal.checkin import local_now
from journal.metrics import Metric
from journal.ui.parts.facade import JournalFacade, writes


class CareFacade(QObject):
    """Medicines, labs, appointments, context and BASDAI, as the care views see them.

    Every change goes through here, so views only listen to the signals.

    Signals:
        medicines_changed: a medicine or a dose was added, changed, deleted or restored.
        labs_changed: a lab result or imaging was added, changed, deleted or restored.
        appointments_changed: an appointment or a question changed.
        context_changed: the medical context was saved.
        basdai_changed: a BASDAI questionnaire was added, changed, deleted or restored.
    """

    medicines_changed = Signal()
    labs_changed = Signal()
    appointments_changed = Signal()
    context_changed = Signal()
    basdai_changed = Signal()

    def __init__(self, journal: JournalFacade, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        self._store = journal.store

    # --- medicines ------------------------------------------------------------------------

    def regimens(self) -> list[Regimen]:
        """Every medicine, in the order they started."""
        return self._store.medicines.all()

    def doses(
        self, first: date | None = None, last: date | None = None, regimen_id: int | None = None
    ) -> list[DoseEvent]:
        """Doses in a period (of one medicine, or all), oldest first."""
        return self._store.medicines.doses(first, last, regimen_id)

    @writes
    def add_regimen(self, regimen: Regimen) -> Regimen:
        """Save a new medicine."""
        saved = self._store.medicines.add(regimen)
        self.medicines_changed.emit()
        return saved

    @writes
    def change_regimen(self, regimen: Regimen) -> Regimen:
        """Save changes to a medicine; returns it as it was before, for undo."""
        before = self._store.medicines.get(regimen.id)
        self._store.medicines.update(regimen)
        self.medicines_changed.emit()
        return before

    @writes
    def delete_regimen(self, regimen_id: int) -> tuple[Regimen, list[DoseEvent]]:
        """Delete a medicine and its doses; returns them for undo."""
        deleted = self._store.medicines.delete(regimen_id)
        self.medicines_changed.emit()
        return deleted

    @writes
    def restore_regimen(
        self, deleted: tuple[Regimen, list[DoseEvent]]
    ) -> tuple[Regimen, list[DoseEvent]]:
        """Put back a deleted medicine with its doses; returns them as now stored."""
        restored = self._store.medicines.restore(*deleted)
        self.medicines_changed.emit()
        return restored

    @writes
    def add_doses(self, doses: Iterable[DoseEvent]) -> list[DoseEvent]:
        """Log doses in one step."""
        saved = self._store.medicines.add_doses(doses)
        self.medicines_changed.emit()
        return saved

    @writes
    def take_todays_doses(self, now: datetime | None = None) -> list[DoseEvent]:
        """Record every scheduled dose due so far today that is not logged yet."""
        now = now or local_now()
        missing = todays_missing_doses(self.regimens(), self.doses(now.date(), now.date()), now)
        return self.add_doses(missing) if missing else []

    @writes
    def delete_dose(self, dose_id: int) -> DoseEvent:
        """Delete a dose entry; returns it for undo."""
        deleted = self._store.medicines.delete_dose(dose_id)
        self.medicines_changed.emit()
        return deleted

    @writes
    def restore_dose(self, dose: DoseEvent) -> DoseEvent:
        """Put back a deleted dose entry; returns it as now stored (its id may be new)."""
        restored = self._store.medicines.restore_dose(dose)
        self.medicines_changed.emit()
        return restored

    # --- labs and imaging -----------------------------------------------------------------

    def labs(self) -> list[LabResult]:
        """Every lab result, oldest first."""
        return self._store.labs.all()

    @writes
    def add_lab(self, lab: LabResult) -> LabResult:
        """Save a lab result."""
        saved = self._store.labs.add(lab)
        self.labs_changed.emit()
        return saved

    @writes
    def change_lab(self, lab: LabResult) -> LabResult:
        """Save changes to a lab result; returns it as it was before, for undo."""
        before = self._store.labs.get(lab.id)
        self._store.labs.update(lab)
        self.labs_changed.emit()
        return before

    @writes
    def delete_lab(self, lab_id: int) -> LabResult:
        """Delete a lab result; returns it for undo."""
        deleted = self._store.labs.delete(lab_id)
        self.labs_changed.emit()
        return deleted

    @writes
    def restore_lab(self, lab: LabResult) -> LabResult:
        """Put back a deleted lab result; returns it as now stored (its id may be new)."""
        restored = self._store.labs.restore(lab)
        self.labs_changed.emit()
        return restored

    def imaging(self) -> list[Imaging]:
        """Every imaging study, oldest first."""
        return self._store.labs.imaging()

    @writes
    def add_imaging(self, imaging: Imaging) -> Imaging:
        """Save an imaging study."""
        saved = self._store.labs.add_imaging(imaging)
        self.labs_changed.emit()
        return saved

    @writes
    def change_imaging(self, imaging: Imaging) -> Imaging:
        """Save changes to an imaging study; returns it as it was before, for undo."""
        before = self._store.labs.get_imaging(imaging.id)
        self._store.labs.update_imaging(imaging)
        self.labs_changed.emit()
        return before

    @writes
    def delete_imaging(self, imaging_id: int) -> Imaging:
        """Delete an imaging study; returns it for undo."""
        deleted = self._store.labs.delete_imaging(imaging_id)
        self.labs_changed.emit()
        return deleted

    @writes
    def restore_imaging(self, imaging: Imaging) -> Imaging:
        """Put back a deleted imaging study; returns it as now stored (its id may be new)."""
        restored = self._store.labs.restore_imaging(imaging)
        self.labs_changed.emit()
        return restored

    # --- appointments ---------------------------------------------------------------------

    def appointments(self) -> list[Appointment]:
        """Every appointment, oldest first."""
        return self._store.appointments.all()

    @writes
    def add_appointment(self, appointment: Appointment) -> Appointment:
        """Save an appointment."""
        saved = self._store.appointments.add(appointment)
        self.appointments_changed.emit()
        return saved

    @writes
    def change_appointment(self, appointment: Appointment) -> Appointment:
        """Save the outcome or other changes of an appointment; returns it as it was before."""
        before = self._store.appointments.get(appointment.id)
        self._store.appointments.update(appointment)
        self.appointments_changed.emit()
        return before

    @writes
    def delete_appointment(self, appointment_id: int) -> tuple[Appointment, list[Question]]:
        """Delete an appointment and its questions; returns them for undo."""
        deleted = self._store.appointments.delete(appointment_id)
        self.appointments_changed.emit()
        return deleted

    @writes
    def restore_appointment(
        self, deleted: tuple[Appointment, list[Question]]
    ) -> tuple[Appointment, list[Question]]:
        """Put back a deleted appointment with its questions; returns them as now stored."""
        restored = self._store.appointments.restore(*deleted)
        self.appointments_changed.emit()
        return restored

    def questions(self, appointment_id: int | None) -> list[Question]:
        """One appointment's checklist (None: questions waiting for one to be booked)."""
        return self._store.appointments.questions(appointment_id)

    @writes
    def add_question(self, text: str) -> Question:
        """Add a question for the next appointment."""
        saved = self._store.appointments.add_question(text)
        self.appointments_changed.emit()
        return saved

    @writes
    def set_question_done(self, question_id: int, done: bool) -> None:
        """Tick a question off, or untick it."""
        self._store.appointments.set_done(question_id, done)
        self.appointments_changed.emit()

    @writes
    def delete_question(self, question_id: int) -> Question:
        """Delete a question; returns it for undo."""
        deleted = self._store.appointments.delete_question(question_id)
        self.appointments_changed.emit()
        return deleted

    @writes
    def restore_question(self, question: Question) -> Question:
        """Put back a deleted question; returns it as now stored (its id may be new)."""
        restored = self._store.appointments.restore_question(question)
        self.appointments_changed.emit()
        return restored

    # --- context, BASDAI, custom symptoms -------------------------------------------------

    def medical_context(self) -> MedicalContext:
        """The context for the doctor."""
        return self._store.medical_context.get()

    @writes
    def save_medical_context(self, context: MedicalContext) -> None:
        """Replace the context for the doctor."""
        self._store.medical_context.put(context)
        self.context_changed.emit()

    def basdai(self) -> list[BasdaiAnswers]:
        """Every BASDAI questionnaire, oldest first."""
        return self._store.basdai.all()

    @writes
    def add_basdai(self, answers: BasdaiAnswers) -> BasdaiAnswers:
        """Save a BASDAI questionnaire."""
        saved = self._store.basdai.add(answers)
        self.basdai_changed.emit()
        return saved

    @writes
    def change_basdai(self, answers: BasdaiAnswers) -> BasdaiAnswers:
        """Save changes to a questionnaire; returns it as it was before, for undo."""
        before = self._store.basdai.get(answers.id)
        self._store.basdai.update(answers)
        self.basdai_changed.emit()
        return before

    @writes
    def delete_basdai(self, answers_id: int) -> BasdaiAnswers:
        """Delete a questionnaire; returns it for undo."""
        deleted = self._store.basdai.delete(answers_id)
        self.basdai_changed.emit()
        return deleted

    @writes
    def restore_basdai(self, answers: BasdaiAnswers) -> BasdaiAnswers:
        """Put back a deleted questionnaire; returns it as now stored (its id may be new)."""
        restored = self._store.basdai.restore(answers)
        self.basdai_changed.emit()
        return restored

    def custom_symptoms(self) -> list[Metric]:
        """The user's own symptoms, retired ones too."""
        return [m for m in self.journal.all_metrics() if not m.builtin]

    @writes
    def set_symptom_retired(self, key: str, retired: bool) -> Metric:
        """Take a symptom of the user's own out of the check-in (its values stay), or back."""
        return self.journal.set_metric_archived(key, retired)

    @writes
    def add_custom_symptom(self, metric: Metric) -> Metric:
        """Add a symptom of the user's own to every check-in from now on."""
        return self.journal.add_custom_metric(metric)
