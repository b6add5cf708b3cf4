"""The dialog for a symptom of the user's own."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from journal.custom_symptoms import KINDS, kind_words, make_custom_symptom
from journal.metrics import Metric, MetricKind
from journal.ui.parts.record_dialog import RecordDialog
from journal.validation import FieldError


class CustomSymptomDialog(RecordDialog):
    """A name, and how it is answered: a 0–10 scale, yes or no, or a number with a unit."""

    def __init__(self, existing: list[Metric], parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("CustomSymptomDialog", "Track a symptom of my own"), parent
        )
        self._existing = existing
        self.name = self.add_field(
            "name", QCoreApplication.translate("CustomSymptomDialog", "&Name"), QLineEdit(self)
        )
        self.name.setPlaceholderText(
            QCoreApplication.translate("CustomSymptomDialog", "like Jaw pain")
        )
        self.kind = self.add_field(
            "kind",
            QCoreApplication.translate("CustomSymptomDialog", "&Answered as"),
            QComboBox(self),
        )
        for kind, _ in KINDS:
            self.kind.addItem(kind_words(kind), kind.value)
        self.unit = self.add_field(
            "unit", QCoreApplication.translate("CustomSymptomDialog", "&Unit"), QLineEdit(self)
        )
        self.unit.setPlaceholderText(QCoreApplication.translate("CustomSymptomDialog", "like mmHg"))
        self.minimum = self.add_field(
            "minimum",
            QCoreApplication.translate("CustomSymptomDialog", "&Lowest"),
            QLineEdit("0", self),
        )
        self.maximum = self.add_field(
            "maximum",
            QCoreApplication.translate("CustomSymptomDialog", "&Highest"),
            QLineEdit("100", self),
        )
        self.kind.currentIndexChanged.connect(self._on_kind)
        self._on_kind()

    def _on_kind(self) -> None:
        number = self.kind.currentData() == MetricKind.NUMBER.value
        for widget in (self.unit, self.minimum, self.maximum):
            widget.setEnabled(number)

    def build(self) -> tuple[Metric | None, list[FieldError]]:
        """The new symptom as a metric, or None with the problems found."""
        errors: list[FieldError] = []
        kind = MetricKind(self.kind.currentData())
        low = high = None
        if kind is MetricKind.NUMBER:
            low = self.number(
                "minimum",
                QCoreApplication.translate("CustomSymptomDialog", "The lowest value"),
                errors,
            )
            high = self.number(
                "maximum",
                QCoreApplication.translate("CustomSymptomDialog", "The highest value"),
                errors,
            )
        if errors:
            return None, errors
        metric, errors = make_custom_symptom(
            self.name.text(),
            kind,
            self._existing,
            self.unit.text(),
            0.0 if low is None else low,
            10.0 if high is None else high,
        )
        return metric, errors

    @classmethod
    def ask(cls, parent: QWidget | None, existing: list[Metric]) -> Metric | None:
        """The new symptom, or None when the user cancelled."""
        dialog = cls(existing, parent)
        return dialog.record if dialog.exec() else None
