"""The Red flag settings dialog: where each rule draws its line, with the product's defaults."""

from __future__ import annotations

from dataclasses import dataclass, fields

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from journal.flags import Thresholds, validate_thresholds
from journal.numbers import UnreadableNumber, read_number
from journal.units import UnitPreferences
from journal.validation import FieldError


@dataclass(frozen=True)
class Setting:
    """One threshold as the dialog shows it.

    Attributes:
        key: the :class:`Thresholds` field.
        caption: the words before the field.
        unit: the words after it ("" for the fever threshold, whose unit is the user's).
        name: the field's accessible name, in plain words.
        about: words after the default, such as "about 6 months".
    """

    key: str
    caption: str
    unit: str
    name: str
    about: str = ""


GROUPS: tuple[tuple[str, tuple[Setting, ...]], ...] = (
    (
        "Fever (rules 1, 4, 8 and 9)",
        (Setting("fever_celsius", "A fever is a temperature from", "", "Fever temperature"),),
    ),
    (
        "Weight loss (rule 3)",
        (
            Setting("weight_loss_percent", "A loss of at least", "%", "Weight loss percentage"),
            Setting("weight_loss_days", "within", "days", "Weight loss period in days", "6 months"),
        ),
    ),
    (
        "Pain that does not ease (rule 5)",
        (
            Setting("unrelenting_pain", "Pain of at least", "out of 10", "Unrelenting pain level"),
            Setting("unrelenting_days", "every day for", "days in a row", "Unrelenting pain days"),
        ),
    ),
    (
        "Rapidly worsening pain (rule 6)",
        (
            Setting("worsening_points", "Mean pain up by at least", "points", "Pain rise"),
            Setting(
                "worsening_days",
                "comparing the last",
                "days with the days before",
                "Days compared for worsening pain",
            ),
        ),
    ),
    (
        "Long morning stiffness (rule 7)",
        (
            Setting("stiffness_minutes", "Stiffness longer than", "minutes", "Stiffness minutes"),
            Setting("stiffness_days", "on at least", "days", "Stiff days needed"),
            Setting("stiffness_window_days", "out of the last", "days", "Stiffness period"),
        ),
    ),
    (
        "A skin lesion growing (rule 8)",
        (
            Setting(
                "lesion_growth_observations",
                "Bigger at",
                "observations in a row",
                "Lesion growth observations",
            ),
        ),
    ),
    (
        "Coming back after antibiotics (rule 9)",
        (
            Setting(
                "relapse_pain_points",
                "Mean pain up by at least",
                "points from its lowest",
                "Pain rise after antibiotics",
            ),
            Setting(
                "relapse_watch_days",
                "watched for",
                "days after a course ends",
                "Days watched after antibiotics",
            ),
        ),
    ),
)

_WHOLE = {f.name for f in fields(Thresholds) if f.type in (int, "int")}


def shown(key: str, value: float) -> str:
    """A threshold as typed in its field: "38.0" (a temperature), "2.5", "183"."""
    return f"{value:.1f}" if key == "fever_celsius" else f"{round(value, 2):g}"


class ThresholdsDialog(QDialog):
    """Every red-flag threshold with its default; nothing is saved while a message remains.

    Attributes:
        edits: the field for each threshold, by :class:`Thresholds` field name.
        thresholds: the accepted thresholds, None until Save succeeds.
    """

    def __init__(
        self,
        current: Thresholds,
        units: UnitPreferences | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Red flag settings")
        self._units = units or UnitPreferences()
        self.thresholds: Thresholds | None = None
        self.edits: dict[str, QLineEdit] = {}
        self._errors: dict[str, QLabel] = {}
        intro = QLabel(
            "Where each red flag draws its line. The defaults are the usual clinical ones; "
            "change them only as your doctor advises. Flags are found again when you save.",
            self,
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        # The same caption width in every group lines the fields up in one column.
        self._caption_width = max(
            self.fontMetrics().horizontalAdvance(s.caption) for _, group in GROUPS for s in group
        )
        for title, settings in GROUPS:
            layout.addWidget(self._group(title, settings))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults,
            self,
        )
        for which, name in (
            (QDialogButtonBox.StandardButton.Save, "Save"),
            (QDialogButtonBox.StandardButton.Cancel, "Cancel"),
            (QDialogButtonBox.StandardButton.RestoreDefaults, "Restore defaults"),
        ):
            button = self.buttons.button(which)
            button.setText(name)
            button.setAccessibleName(name)
        self.restore_button = self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        self.restore_button.setToolTip("Put the product's defaults back in every field.")
        self.restore_button.clicked.connect(self.restore_defaults)
        self.buttons.accepted.connect(self.try_accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.fill(current)

    def _unit(self, setting: Setting) -> str:
        return self._units.unit_for("°C") if setting.key == "fever_celsius" else setting.unit

    def _display(self, thresholds: Thresholds, key: str) -> float:
        value = getattr(thresholds, key)
        return self._units.from_canonical(value, "°C") if key == "fever_celsius" else value

    def _group(self, title: str, settings: tuple[Setting, ...]) -> QGroupBox:
        box = QGroupBox(title, self)
        grid = QGridLayout(box)
        grid.setColumnMinimumWidth(0, self._caption_width)
        grid.setColumnStretch(2, 1)
        grid.setVerticalSpacing(2)
        default = Thresholds()
        for i, setting in enumerate(settings):
            edit = QLineEdit(box)
            edit.setObjectName(setting.key)
            edit.setFixedWidth(self.fontMetrics().horizontalAdvance("0000.00") + 16)
            unit = self._unit(setting)
            value = shown(setting.key, self._display(default, setting.key))
            about = f", {setting.about}" if setting.about else ""
            edit.setAccessibleName(setting.name)
            edit.setAccessibleDescription(f"{setting.caption} … {unit}; default {value}{about}.")
            caption = QLabel(setting.caption, box)
            caption.setBuddy(edit)
            hint = QLabel(f"{unit}   (default {value}{about})", box)
            error = QLabel(box)
            error.setObjectName(f"{setting.key}_error")
            error.setProperty("role", "error")
            error.setWordWrap(True)
            error.setVisible(False)
            grid.addWidget(caption, 2 * i, 0)
            grid.addWidget(edit, 2 * i, 1)
            grid.addWidget(hint, 2 * i, 2)
            grid.addWidget(error, 2 * i + 1, 1, 1, 2)
            self.edits[setting.key] = edit
            self._errors[setting.key] = error
        return box

    def fill(self, thresholds: Thresholds) -> None:
        """Show ``thresholds`` in the fields (temperatures in the user's unit)."""
        for key, edit in self.edits.items():
            edit.setText(shown(key, self._display(thresholds, key)))
        self.show_errors([])

    def restore_defaults(self) -> None:
        """Put the product's defaults in every field; nothing is saved until Save."""
        self.fill(Thresholds())

    def error_text(self, key: str) -> str:
        """The message shown beside a field ("" when none)."""
        label = self._errors[key]
        return label.text() if not label.isHidden() else ""

    def build(self) -> tuple[Thresholds | None, list[FieldError]]:
        """The thresholds as typed, or None with the problems found."""
        errors: list[FieldError] = []
        values: dict[str, float | int] = {}
        for key, edit in self.edits.items():
            try:
                number = read_number(edit.text())
            except UnreadableNumber:
                number = None
            if number is None:
                errors.append(FieldError(key, "Type a number here, like the default."))
                continue
            if key in _WHOLE:
                if number != int(number):
                    errors.append(FieldError(key, "Type a whole number, like 14."))
                    continue
                values[key] = int(number)
            elif key == "fever_celsius":
                values[key] = round(self._units.to_canonical(number, "°C"), 3)
            else:
                values[key] = number
        # Fields that could not be read are checked as their defaults, so that every other
        # field's problem shows at once.
        thresholds = Thresholds(**values)
        errors += [e for e in validate_thresholds(thresholds, self._units) if e.field in values]
        return (None if errors else thresholds), errors

    def show_errors(self, errors: list[FieldError]) -> None:
        """Show each message beside its field; clear the others."""
        by_key = {e.field: e.message for e in reversed(errors)}
        for key, label in self._errors.items():
            label.setText(by_key.get(key, ""))
            label.setVisible(key in by_key)
            edit = self.edits[key]
            edit.setProperty("invalid", key in by_key)
            edit.style().unpolish(edit)
            edit.style().polish(edit)

    def try_accept(self) -> bool:
        """Accept when every threshold is usable; otherwise show the problems and stay open."""
        thresholds, errors = self.build()
        self.show_errors(errors)
        if thresholds is None:
            first = next((e.field for e in errors if e.field in self.edits), None)
            if first is not None:
                self.edits[first].setFocus()
            return False
        self.thresholds = thresholds
        self.accept()
        return True

    @classmethod
    def ask(
        cls, parent: QWidget | None, current: Thresholds, units: UnitPreferences | None = None
    ) -> Thresholds | None:
        """The thresholds the user saved, or None when they cancelled."""
        dialog = cls(current, units, parent)
        return dialog.thresholds if dialog.exec() else None
