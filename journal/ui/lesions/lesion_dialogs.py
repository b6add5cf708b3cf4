"""Dialogs for a lesion and for one observation of it; each message shows beside its field."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from journal.lesions.checks import validate_lesion, validate_observation
from journal.lesions.lesion import Crusting, Lesion, LesionObservation
from journal.numbers import UnreadableNumber, read_number, read_whole_number
from journal.pain import Region, Side
from journal.translation import QT_TRANSLATE_NOOP
from journal.ui.parts.date_fields import DayEdit
from journal.ui.parts.record_dialog import RecordDialog
from journal.validation import FieldError

_CRUSTING_LABELS = {
    Crusting.NONE: QT_TRANSLATE_NOOP("ObservationDialog", "None"),
    Crusting.YELLOW: QT_TRANSLATE_NOOP("ObservationDialog", "Yellow"),
    Crusting.GREEN: QT_TRANSLATE_NOOP("ObservationDialog", "Green"),
}


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(edit: QDateEdit) -> date:
    value = edit.date()
    return date(value.year(), value.month(), value.day())


class LesionDialog(RecordDialog):
    """Names a lesion and places it on the back."""

    def __init__(
        self,
        parent: QWidget | None,
        lesion: Lesion | None = None,
        taken_names: tuple[str, ...] = (),
    ) -> None:
        super().__init__(
            QCoreApplication.translate("LesionDialog", "Change lesion")
            if lesion
            else QCoreApplication.translate("LesionDialog", "Add lesion"),
            parent,
        )
        self._lesion = lesion
        self._taken_names = taken_names
        today = date.today()
        self.name = self.add_field(
            "name", QCoreApplication.translate("LesionDialog", "&Name"), QLineEdit(self)
        )
        self.name.setPlaceholderText(
            QCoreApplication.translate("LesionDialog", "For example: Left shoulder boil")
        )
        self.region = self.add_field(
            "region", QCoreApplication.translate("LesionDialog", "&Where"), QComboBox(self)
        )
        for region in Region:
            self.region.addItem(region.label, region)
        self.side = self.add_field(
            "side", QCoreApplication.translate("LesionDialog", "&Side"), QComboBox(self)
        )
        for side in Side:
            self.side.addItem(side.label, side)
        self.first_seen = self.add_field(
            "first_seen",
            QCoreApplication.translate("LesionDialog", "&First seen"),
            DayEdit(_qdate(today), self),
        )
        self.healed = self.add_field(
            "healed",
            QCoreApplication.translate("LesionDialog", "&Healed"),
            QCheckBox(QCoreApplication.translate("LesionDialog", "It has healed"), self),
        )
        self.healed_on = self.add_field(
            "healed_on",
            QCoreApplication.translate("LesionDialog", "Healed &on"),
            DayEdit(_qdate(today), self),
        )
        for edit in (self.first_seen, self.healed_on):
            edit.setCalendarPopup(True)
        self.healed.toggled.connect(self.healed_on.setEnabled)
        self.healed_on.setEnabled(False)
        self.region.setCurrentIndex(self.region.findData(Region.LOWER_BACK))
        self.side.setCurrentIndex(self.side.findData(Side.MIDDLE))
        if lesion is not None:
            self.name.setText(lesion.name)
            self.region.setCurrentIndex(self.region.findData(lesion.region))
            self.side.setCurrentIndex(self.side.findData(lesion.side))
            self.first_seen.setDate(_qdate(lesion.first_seen))
            self.healed.setChecked(lesion.healed_on is not None)
            if lesion.healed_on:
                self.healed_on.setDate(_qdate(lesion.healed_on))

    def build(self) -> tuple[Lesion | None, list[FieldError]]:
        """The lesion as typed, and every problem with it."""
        lesion = Lesion(
            name=self.name.text().strip(),
            region=Region(self.region.currentData()),
            side=Side(self.side.currentData()),
            first_seen=_day(self.first_seen),
            healed_on=_day(self.healed_on) if self.healed.isChecked() else None,
            id=self._lesion.id if self._lesion else None,
        )
        errors = validate_lesion(lesion, date.today(), self._taken_names)
        return (None if errors else lesion), errors

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        lesion: Lesion | None = None,
        taken_names: tuple[str, ...] = (),
    ) -> Lesion | None:
        """Ask for a new lesion (or changes to ``lesion``); None when cancelled.

        A name in ``taken_names`` (the other lesions') is refused beside the Name field.
        """
        dialog = cls(parent, lesion, taken_names)
        return dialog.record if dialog.exec() == QDialog.DialogCode.Accepted else None


class ObservationDialog(RecordDialog):
    """How a lesion looks today: size, bumps, redness, pus, crusting and the rest."""

    _NUMBERS = (
        ("size_mm", QT_TRANSLATE_NOOP("ObservationDialog", "Si&ze (mm, longest)"), "12", float),
        ("bump_count", QT_TRANSLATE_NOOP("ObservationDialog", "&Bumps"), "2", int),
        ("redness", QT_TRANSLATE_NOOP("ObservationDialog", "&Redness (0–10)"), "5", int),
        ("pain", QT_TRANSLATE_NOOP("ObservationDialog", "&Pain (0–10)"), "4", int),
    )
    _TICKS = (
        ("pus", QT_TRANSLATE_NOOP("ObservationDialog", "Pus or &drainage")),
        ("warmth", QT_TRANSLATE_NOOP("ObservationDialog", "&Warm to the touch")),
        ("swelling", QT_TRANSLATE_NOOP("ObservationDialog", "S&wollen")),
        ("dark_marks", QT_TRANSLATE_NOOP("ObservationDialog", "Dar&k marks after healing")),
    )

    def __init__(
        self,
        parent: QWidget | None,
        lesion: Lesion,
        observation: LesionObservation | None = None,
    ) -> None:
        said = QCoreApplication.translate("ObservationDialog", "Observation of {name}")
        super().__init__(said.format(name=lesion.name), parent)
        self._lesion = lesion
        self._observation = observation
        self.observed_on = self.add_field(
            "observed_on",
            QCoreApplication.translate("ObservationDialog", "&Date"),
            DayEdit(_qdate(date.today()), self),
        )
        self.observed_on.setCalendarPopup(True)
        self.numbers: dict[str, QLineEdit] = {}
        for key, label, example, _ in self._NUMBERS:
            edit = self.add_field(
                key, QCoreApplication.translate("ObservationDialog", label), QLineEdit(self)
            )
            edit.setPlaceholderText(
                QCoreApplication.translate("ObservationDialog", "e.g. {example}").format(
                    example=example
                )
            )
            edit.setMaximumWidth(110)
            self.numbers[key] = edit
        self.crusting = self.add_field(
            "crusting",
            QCoreApplication.translate("ObservationDialog", "&Crusting"),
            QComboBox(self),
        )
        for crusting, text in _CRUSTING_LABELS.items():
            self.crusting.addItem(QCoreApplication.translate("ObservationDialog", text), crusting)
        self.ticks: dict[str, QCheckBox] = {}
        for key, source in self._TICKS:
            label = QCoreApplication.translate("ObservationDialog", source)
            box = QCheckBox(label, self)
            self.ticks[key] = self.add_field(key, "", box)
            box.setAccessibleName(label.replace("&", ""))
        self.note = self.add_field(
            "note", QCoreApplication.translate("ObservationDialog", "&Note"), QPlainTextEdit(self)
        )
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(70)
        if observation is not None:
            self._load(observation)

    def _load(self, observation: LesionObservation) -> None:
        self.observed_on.setDate(_qdate(observation.observed_on))
        for key, edit in self.numbers.items():
            value = getattr(observation, key)
            edit.setText("" if value is None else f"{value:g}")
        self.crusting.setCurrentIndex(self.crusting.findData(observation.crusting))
        for key, box in self.ticks.items():
            box.setChecked(getattr(observation, key))
        self.note.setPlainText(observation.note)

    def build(self) -> tuple[LesionObservation | None, list[FieldError]]:
        """The observation as typed, and every problem with it."""
        errors: list[FieldError] = []
        values: dict[str, float | int | None] = {}
        for key, label, example, kind in self._NUMBERS:
            read = read_whole_number if kind is int else read_number
            try:
                values[key] = read(self.numbers[key].text())
            except UnreadableNumber:
                name = QCoreApplication.translate("ObservationDialog", label)
                name = name.replace("&", "").split(" (")[0]
                whole = (
                    QCoreApplication.translate("ObservationDialog", "a whole number")
                    if kind is int
                    else QCoreApplication.translate("ObservationDialog", "a number")
                )
                said = QCoreApplication.translate(
                    "ObservationDialog", "{name} must be {whole}, like {example}."
                )
                errors.append(FieldError(key, said.format(name=name, whole=whole, example=example)))
                values[key] = None
        observation = LesionObservation(
            lesion_id=self._lesion.id,
            photo_ids=self._observation.photo_ids if self._observation else (),
            id=self._observation.id if self._observation else None,
            observed_on=_day(self.observed_on),
            crusting=Crusting(self.crusting.currentData()),
            note=self.note.toPlainText().strip(),
            **values,
            **{key: box.isChecked() for key, box in self.ticks.items()},
        )
        errors += validate_observation(observation, date.today())
        return (None if errors else observation), errors

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        lesion: Lesion,
        observation: LesionObservation | None = None,
    ) -> LesionObservation | None:
        """Ask how ``lesion`` looks (or for changes to ``observation``); None when cancelled."""
        dialog = cls(parent, lesion, observation)
        return dialog.record if dialog.exec() == QDialog.DialogCode.Accepted else None


class HealedDialog(RecordDialog):
    """Asks the day a lesion healed (today unless changed)."""

    def __init__(self, parent: QWidget | None, lesion: Lesion) -> None:
        said = QCoreApplication.translate("HealedDialog", "Mark “{name}” healed")
        super().__init__(said.format(name=lesion.name), parent)
        self._lesion = lesion
        day = lesion.healed_on or date.today()
        self.healed_on = self.add_field(
            "healed_on",
            QCoreApplication.translate("HealedDialog", "Healed &on"),
            DayEdit(_qdate(day), self),
        )
        self.healed_on.setCalendarPopup(True)

    def build(self) -> tuple[Lesion | None, list[FieldError]]:
        """The lesion marked healed on the chosen day, and every problem with that."""
        lesion = replace(self._lesion, healed_on=_day(self.healed_on))
        errors = validate_lesion(lesion, date.today())
        return (None if errors else lesion), errors

    @classmethod
    def ask(cls, parent: QWidget | None, lesion: Lesion) -> Lesion | None:
        """``lesion`` marked healed on the day chosen; None when cancelled."""
        dialog = cls(parent, lesion)
        return dialog.record if dialog.exec() == QDialog.DialogCode.Accepted else None
