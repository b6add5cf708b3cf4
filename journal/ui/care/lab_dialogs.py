"""Dialogs for a lab result and for an imaging study."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from journal.care.labs import (
    BLOOD_CULTURE,
    IMAGING_KINDS,
    KNOWN_TESTS,
    validate_imaging,
    validate_lab,
)
from journal.care.records import Imaging, LabResult
from journal.ui.parts.record_dialog import RecordDialog, date_edit, read_date
from journal.validation import FieldError


class LabDialog(RecordDialog):
    """A lab result: the test, its value and unit (or words), the day, a normal range."""

    def __init__(
        self, parent: QWidget | None = None, today: date | None = None, lab: LabResult | None = None
    ) -> None:
        super().__init__(
            QCoreApplication.translate("LabDialog", "Change the lab result")
            if lab
            else QCoreApplication.translate("LabDialog", "Add a lab result"),
            parent,
        )
        self._id = lab.id if lab else None
        self.test = self.add_field(
            "test", QCoreApplication.translate("LabDialog", "&Test"), QComboBox(self)
        )
        self.test.setEditable(True)
        for known in KNOWN_TESTS:
            self.test.addItem(known.label, known.name)
        self.test.addItem(BLOOD_CULTURE, BLOOD_CULTURE)
        self.taken_on = self.add_field(
            "taken_on",
            QCoreApplication.translate("LabDialog", "&Day taken"),
            date_edit(self, today or date.today()),
        )
        self.value = self.add_field(
            "value", QCoreApplication.translate("LabDialog", "&Value"), QLineEdit(self)
        )
        self.unit = self.add_field(
            "unit", QCoreApplication.translate("LabDialog", "&Unit"), QLineEdit(self)
        )
        self.text = self.add_field(
            "text", QCoreApplication.translate("LabDialog", "Result in &words"), QLineEdit(self)
        )
        self.text.setPlaceholderText(
            QCoreApplication.translate(
                "LabDialog", "for a culture: negative, or positive with the organism"
            )
        )
        self.low = self.add_field(
            "reference_low", QCoreApplication.translate("LabDialog", "Normal from"), QLineEdit(self)
        )
        self.high = self.add_field(
            "reference_high",
            QCoreApplication.translate("LabDialog", "Normal up to"),
            QLineEdit(self),
        )
        self.test.currentIndexChanged.connect(self._on_test_chosen)
        self._on_test_chosen()
        if lab is not None:
            self._fill(lab)

    def _fill(self, lab: LabResult) -> None:
        index = self.test.findData(lab.test)
        if index >= 0:
            self.test.setCurrentIndex(index)
        else:
            self.test.setCurrentText(lab.test)
            self._on_test_chosen()
        self.taken_on.setDate(lab.taken_on)
        for edit, number in (
            (self.value, lab.value),
            (self.low, lab.reference_low),
            (self.high, lab.reference_high),
        ):
            edit.setText("" if number is None else f"{number:g}")
        self.unit.setText(lab.unit)
        self.text.setText(lab.text)

    def _test_name(self) -> str:
        index = self.test.currentIndex()
        if index >= 0 and self.test.itemText(index) == self.test.currentText():
            return str(self.test.itemData(index))
        return self.test.currentText().strip()

    def _on_test_chosen(self) -> None:
        known = {t.name: t for t in KNOWN_TESTS}.get(self._test_name())
        self.unit.setText(known.unit if known else "")
        words = self._test_name() == BLOOD_CULTURE
        self.value.setEnabled(not words)
        self.text.setEnabled(True)

    def build(self) -> tuple[LabResult | None, list[FieldError]]:
        """The result as typed, or None with the problems found."""
        errors: list[FieldError] = []
        lab = LabResult(
            test=self._test_name(),
            taken_on=read_date(self.taken_on),
            value=self.number(
                "value", QCoreApplication.translate("LabDialog", "The value"), errors
            ),
            unit=self.unit.text().strip(),
            text=self.text.text().strip(),
            reference_low=self.number(
                "reference_low",
                QCoreApplication.translate("LabDialog", "The bottom of the range"),
                errors,
            ),
            reference_high=self.number(
                "reference_high",
                QCoreApplication.translate("LabDialog", "The top of the range"),
                errors,
            ),
            id=self._id,
        )
        errors += validate_lab(lab)
        return (None if errors else lab), errors

    @classmethod
    def ask(cls, parent: QWidget | None, lab: LabResult | None = None) -> LabResult | None:
        """The new or changed lab result, or None when the user cancelled."""
        dialog = cls(parent, lab=lab)
        return dialog.record if dialog.exec() else None


class ImagingDialog(RecordDialog):
    """An imaging study: what, when, and a short result."""

    def __init__(
        self,
        parent: QWidget | None = None,
        today: date | None = None,
        imaging: Imaging | None = None,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("ImagingDialog", "Change the imaging")
            if imaging
            else QCoreApplication.translate("ImagingDialog", "Add imaging"),
            parent,
        )
        self._id = imaging.id if imaging else None
        self.kind = self.add_field(
            "kind", QCoreApplication.translate("ImagingDialog", "&Scan"), QComboBox(self)
        )
        self.kind.setEditable(True)
        self.kind.addItems(IMAGING_KINDS)
        self.done_on = self.add_field(
            "done_on",
            QCoreApplication.translate("ImagingDialog", "&Day"),
            date_edit(self, today or date.today()),
        )
        self.result = self.add_field(
            "result", QCoreApplication.translate("ImagingDialog", "&Result"), QLineEdit(self)
        )
        self.result.setPlaceholderText(
            QCoreApplication.translate("ImagingDialog", "in a few words, as the report says")
        )
        if imaging is not None:
            self.kind.setCurrentText(imaging.kind)
            self.done_on.setDate(imaging.done_on)
            self.result.setText(imaging.result)

    def build(self) -> tuple[Imaging | None, list[FieldError]]:
        """The study as typed, or None with the problems found."""
        imaging = Imaging(
            self.kind.currentText().strip(),
            read_date(self.done_on),
            self.result.text().strip(),
            self._id,
        )
        errors = validate_imaging(imaging)
        return (None if errors else imaging), errors

    @classmethod
    def ask(cls, parent: QWidget | None, imaging: Imaging | None = None) -> Imaging | None:
        """The new or changed imaging study, or None when the user cancelled."""
        dialog = cls(parent, imaging=imaging)
        return dialog.record if dialog.exec() else None
