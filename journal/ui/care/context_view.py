"""The medical context for the doctor, kept once, and the user's own symptoms."""

from __future__ import annotations

from dataclasses import fields

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QHideEvent, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal.care.medical_context import MedicalContext
from journal.custom_symptoms import KINDS, kind_words
from journal.metrics import Metric, MetricKind
from journal.numbers import written_short
from journal.translation import QT_TRANSLATE_NOOP
from journal.ui.care.care_commands import RetireSymptom
from journal.ui.care.care_facade import CareFacade
from journal.ui.care.care_models import RecordTableModel
from journal.ui.care.custom_symptom_dialog import CustomSymptomDialog
from journal.ui.care.record_table import RecordTable, heading
from journal.ui.parts.empty_hint import show_when_empty

_TEXTS = (
    (
        "conditions",
        QT_TRANSLATE_NOOP("ContextView", "Conditions"),
        QT_TRANSLATE_NOOP("ContextView", "like ankylosing spondylitis, since 2019"),
    ),
    (
        "recent_surgery",
        QT_TRANSLATE_NOOP("ContextView", "Recent surgery"),
        QT_TRANSLATE_NOOP("ContextView", "what, and when"),
    ),
    (
        "infection_notes",
        QT_TRANSLATE_NOOP("ContextView", "About the infections"),
        QT_TRANSLATE_NOOP("ContextView", "when, and how they were treated"),
    ),
    (
        "immune_weakness",
        QT_TRANSLATE_NOOP("ContextView", "Weak immunity"),
        QT_TRANSLATE_NOOP("ContextView", "chemotherapy, steroids, or another cause"),
    ),
    (
        "allergies",
        QT_TRANSLATE_NOOP("ContextView", "Allergies"),
        QT_TRANSLATE_NOOP("ContextView", "like penicillin (rash)"),
    ),
    ("notes", QT_TRANSLATE_NOOP("ContextView", "Anything else"), ""),
)
_TICKS = (
    ("urinary_infection", QT_TRANSLATE_NOOP("ContextView", "Urinary infection")),
    ("skin_infection", QT_TRANSLATE_NOOP("ContextView", "Skin infection")),
    ("dental_infection", QT_TRANSLATE_NOOP("ContextView", "Dental infection")),
    ("diabetes", QT_TRANSLATE_NOOP("ContextView", "Diabetes")),
    ("iv_drug_use", QT_TRANSLATE_NOOP("ContextView", "Injects drugs")),
)
NO_SYMPTOMS = QT_TRANSLATE_NOOP(
    "ContextView",
    "No symptoms of your own yet. Add one with Track a symptom of my own (Alt+Y); it is "
    "asked in every check-in from then on.",
)


def _symptom_cells(metric: Metric) -> tuple[str, ...]:
    answered = kind_words(metric.kind) if metric.kind in dict(KINDS) else metric.kind.value
    if metric.kind is MetricKind.NUMBER:
        lowest, highest = written_short(metric.minimum), written_short(metric.maximum)
        answered = f"{answered}: {lowest}–{highest} {metric.unit}"
    asked = (
        QCoreApplication.translate("ContextView", "Retired: past values kept")
        if metric.archived
        else QCoreApplication.translate("ContextView", "In every check-in")
    )
    return (metric.label, answered, asked)


class ContextView(QWidget):
    """The medical context form and the list of custom symptoms."""

    def __init__(self, care: CareFacade, undo_stack: QUndoStack, parent=None) -> None:
        super().__init__(parent)
        self._care = care
        self._undo = undo_stack
        self._unsaved = False
        self.context_box = QGroupBox(
            QCoreApplication.translate("ContextView", "Medical context"), self
        )
        self.context_box.setAccessibleName(
            QCoreApplication.translate("ContextView", "Medical context")
        )
        form = QFormLayout(self.context_box)
        self.texts: dict[str, QLineEdit] = {}
        for key, label, hint in _TEXTS[:2]:
            self._text_row(form, key, label, hint)
        ticks = QHBoxLayout()
        self.ticks: dict[str, QCheckBox] = {}
        for key, label in _TICKS[:3]:
            ticks.addWidget(self._tick(key, label))
        ticks.addStretch(1)
        form.addRow(
            QLabel(
                QCoreApplication.translate("ContextView", "Recent infections"), self.context_box
            ),
            ticks,
        )
        for key, label, hint in _TEXTS[2:3]:
            self._text_row(form, key, label, hint)
        risks = QHBoxLayout()
        for key, label in _TICKS[3:]:
            risks.addWidget(self._tick(key, label))
        risks.addStretch(1)
        form.addRow(
            QLabel(QCoreApplication.translate("ContextView", "Also"), self.context_box), risks
        )
        for key, label, hint in _TEXTS[3:]:
            self._text_row(form, key, label, hint)
        self.save_button = QPushButton(
            QCoreApplication.translate("ContextView", "Save medical context"), self.context_box
        )
        self.save_button.setAccessibleName(
            QCoreApplication.translate("ContextView", "Save medical context")
        )
        self.save_button.clicked.connect(self.save_context)
        self.context_status = QLabel(self.context_box)
        row = QHBoxLayout()
        row.addWidget(self.context_status, 1)
        row.addWidget(self.save_button)
        form.addRow(row)

        self.symptom_model = RecordTableModel(
            (
                QCoreApplication.translate("ContextView", "Symptom"),
                QCoreApplication.translate("ContextView", "Answered as"),
                QCoreApplication.translate("ContextView", "Asked"),
            ),
            _symptom_cells,
        )
        self.symptoms = RecordTable(
            QCoreApplication.translate("ContextView", "Custom symptoms"), self.symptom_model, self
        )
        self.symptoms_hint = show_when_empty(
            self.symptoms, QCoreApplication.translate("ContextView", NO_SYMPTOMS)
        )
        self.add_symptom_button = QPushButton(
            QCoreApplication.translate("ContextView", "Track a symptom of m&y own…"), self
        )
        self.add_symptom_button.setAccessibleName(
            QCoreApplication.translate("ContextView", "Add custom symptom")
        )
        self.add_symptom_button.clicked.connect(self.add_symptom)
        self.retire_button = QPushButton(
            QCoreApplication.translate("ContextView", "Stop asking"), self
        )
        self.retire_button.setAccessibleName(
            QCoreApplication.translate("ContextView", "Retire symptom")
        )
        self.retire_button.clicked.connect(lambda: self.set_retired(True))
        self.bring_back_button = QPushButton(
            QCoreApplication.translate("ContextView", "Ask again"), self
        )
        self.bring_back_button.setAccessibleName(
            QCoreApplication.translate("ContextView", "Bring back symptom")
        )
        self.bring_back_button.clicked.connect(lambda: self.set_retired(False))
        self.symptom_status = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(
            heading(QCoreApplication.translate("ContextView", "For the doctor, kept once"), self)
        )
        layout.addWidget(self.context_box)
        layout.addWidget(
            heading(QCoreApplication.translate("ContextView", "My own symptoms"), self)
        )
        layout.addWidget(
            QLabel(
                QCoreApplication.translate(
                    "ContextView",
                    "They appear in every check-in, under “My symptoms”. A symptom you stop "
                    "asking leaves the check-in and the charts; what you recorded stays.",
                ),
                self,
                wordWrap=True,
            )
        )
        layout.addWidget(self.symptoms, 1)
        symptom_row = QHBoxLayout()
        symptom_row.addWidget(self.add_symptom_button)
        symptom_row.addWidget(self.symptom_status, 1)
        symptom_row.addWidget(self.retire_button)
        symptom_row.addWidget(self.bring_back_button)
        layout.addLayout(symptom_row)

        care.context_changed.connect(self.load_context)
        care.journal.metrics_changed.connect(self.reload_symptoms)
        self.symptoms.selectionModel().selectionChanged.connect(self._enable_symptom_buttons)
        self.load_context()
        self.reload_symptoms()

    def _text_row(self, form: QFormLayout, key: str, label: str, hint: str) -> None:
        label = QCoreApplication.translate("ContextView", label)
        hint = QCoreApplication.translate("ContextView", hint) if hint else hint
        edit = QLineEdit(self.context_box)
        edit.setObjectName(key)
        edit.setAccessibleName(label)
        edit.setPlaceholderText(hint)
        edit.textEdited.connect(self._on_typed)
        self.texts[key] = edit
        form.addRow(label, edit)

    def _tick(self, key: str, label: str) -> QCheckBox:
        label = QCoreApplication.translate("ContextView", label)
        box = QCheckBox(label, self.context_box)
        box.setObjectName(key)
        box.setAccessibleName(label)
        box.clicked.connect(self._on_typed)
        self.ticks[key] = box
        return box

    def _on_typed(self, *_: object) -> None:
        self._unsaved = True
        self.context_status.setText(
            QCoreApplication.translate(
                "ContextView", "Not saved yet: it is saved when you leave this page."
            )
        )

    @property
    def has_unsaved_context(self) -> bool:
        """True when the context holds typing not saved yet."""
        return self._unsaved

    def hideEvent(self, event: QHideEvent) -> None:
        # Leaving the page (another tab) or closing the window hides this view: what was
        # typed is saved then, so that nothing typed is lost.
        if self._unsaved:
            self.save_context()
        super().hideEvent(event)

    def context(self) -> MedicalContext:
        """The context as shown in the form."""
        values: dict[str, object] = {k: e.text().strip() for k, e in self.texts.items()}
        values.update({k: b.isChecked() for k, b in self.ticks.items()})
        return MedicalContext(**values)  # type: ignore[arg-type]

    def load_context(self) -> None:
        """Show the context as saved."""
        context = self._care.medical_context()
        for item in fields(context):
            value = getattr(context, item.name)
            if item.name in self.texts:
                self.texts[item.name].setText(value)
            elif item.name in self.ticks:
                self.ticks[item.name].setChecked(value)

    def save_context(self) -> None:
        """Keep the context as typed."""
        self._unsaved = False
        self._care.save_medical_context(self.context())
        self.context_status.setText(QCoreApplication.translate("ContextView", "Saved."))

    def reload_symptoms(self) -> None:
        """Show the user's own symptoms again, keeping the selected one selected."""
        selected = self.symptoms.selected()
        self.symptom_model.set_rows(self._care.custom_symptoms())
        keys = [self.symptom_model.record_at(i).key for i in range(self.symptom_model.rowCount())]
        if selected is not None and selected.key in keys:
            self.symptoms.selectRow(keys.index(selected.key))
        self.symptoms.select_first()
        self._enable_symptom_buttons()

    def _enable_symptom_buttons(self, *_: object) -> None:
        selected = self.symptoms.selected()
        self.retire_button.setEnabled(selected is not None and not selected.archived)
        self.bring_back_button.setEnabled(selected is not None and selected.archived)

    def add_symptom(self) -> None:
        """Ask for a symptom of the user's own and add it to every check-in."""
        metric = CustomSymptomDialog.ask(self, self._care.journal.all_metrics())
        if metric is not None:
            self._care.add_custom_symptom(metric)
            self.context_status.setText("")

    def set_retired(self, retire: bool) -> None:
        """Stop asking the selected symptom (its values stay), or ask it again; undoable."""
        metric = self.symptoms.selected()
        if metric is None or metric.archived == retire:
            return
        self._undo.push(
            RetireSymptom(metric.key, metric.label, retire, self._care.set_symptom_retired)
        )
        done = (
            QCoreApplication.translate("ContextView", "no longer asked")
            if retire
            else QCoreApplication.translate("ContextView", "asked again in every check-in")
        )
        said = QCoreApplication.translate("ContextView", "{label} is {done}. Press Ctrl+Z to undo.")
        self.symptom_status.setText(said.format(label=metric.label, done=done))
