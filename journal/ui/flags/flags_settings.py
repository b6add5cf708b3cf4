"""The Red flag settings dialog: where each rule draws its line, with the product's defaults."""

from __future__ import annotations

from dataclasses import fields

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from journal.flags import Thresholds, validate_thresholds
from journal.numbers import UnreadableNumber, read_number, written, written_short
from journal.ui.flags.flags_threshold_fields import GROUPS, Setting, rules_of, used_by, words
from journal.ui.parts.invalid_mark import mark_invalid
from journal.units import UnitPreferences
from journal.validation import FieldError

_WHOLE = {f.name for f in fields(Thresholds) if f.type in (int, "int")}


def shown(key: str, value: float) -> str:
    """A threshold as typed in its field: "38.0" (a temperature), "2.5", "183"."""
    return written(value, 1) if key == "fever_celsius" else written_short(round(value, 2))


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
        self.setWindowTitle(QCoreApplication.translate("ThresholdsDialog", "Red flag settings"))
        self._units = units or UnitPreferences()
        self.thresholds: Thresholds | None = None
        self.edits: dict[str, QLineEdit] = {}
        self._errors: dict[str, QLabel] = {}
        intro = QLabel(
            QCoreApplication.translate(
                "ThresholdsDialog",
                "Where each red flag draws its line. The defaults are the usual clinical ones; "
                "change them only as your doctor advises. Flags are found again when you save.",
            ),
            self,
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        # The same caption width in every group lines the fields up in one column.
        self._caption_width = max(
            self.fontMetrics().horizontalAdvance(words(s.caption))
            for _, group in GROUPS
            for s in group
        )
        layout.addWidget(self._build_groups(), 1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults,
            self,
        )
        for which, name in (
            (
                QDialogButtonBox.StandardButton.Save,
                QCoreApplication.translate("ThresholdsDialog", "Save"),
            ),
            (
                QDialogButtonBox.StandardButton.Cancel,
                QCoreApplication.translate("ThresholdsDialog", "Cancel"),
            ),
            (
                QDialogButtonBox.StandardButton.RestoreDefaults,
                QCoreApplication.translate("ThresholdsDialog", "Restore defaults"),
            ),
        ):
            button = self.buttons.button(which)
            button.setText(name)
            button.setAccessibleName(name)
        self.restore_button = self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        self.restore_button.setToolTip(
            QCoreApplication.translate(
                "ThresholdsDialog", "Put the product's defaults back in every field."
            )
        )
        self.restore_button.clicked.connect(self.restore_defaults)
        self.buttons.accepted.connect(self.try_accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.fill(current)
        self._fit_screen()

    def _build_groups(self) -> QScrollArea:
        # The groups scroll: with the names of the flags each threshold serves they are taller
        # than a laptop screen at 150 % scaling; the intro and the buttons stay in view.
        content = QWidget(self)
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        for title, settings in GROUPS:
            column.addWidget(self._group(title, settings))
        self._groups = QScrollArea(self)
        self._groups.setWidgetResizable(True)
        self._groups.setFrameShape(QFrame.Shape.NoFrame)
        self._groups.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._groups.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._groups.setWidget(content)
        bar = self._groups.verticalScrollBar().sizeHint().width()
        # Wide enough that the names of the flags take two lines, not three.
        wide = self.fontMetrics().averageCharWidth() * 100
        content.setMinimumWidth(max(content.sizeHint().width(), wide))
        self._groups.setMinimumWidth(content.minimumWidth() + bar)
        return self._groups

    def _fit_screen(self) -> None:
        # Tall enough to show every group when the screen allows, never taller than it.
        content = self._groups.widget()
        wanted = self.sizeHint().height() - self._groups.sizeHint().height()
        wanted += max(content.heightForWidth(content.minimumWidth()), content.sizeHint().height())
        screen = (self.parentWidget() or self).screen().availableGeometry()
        self.resize(self.sizeHint().width(), min(wanted, int(screen.height() * 0.9)))

    def _unit(self, setting: Setting) -> str:
        if setting.key == "fever_celsius":
            return self._units.unit_for("°C")
        return words(setting.unit)

    def _display(self, thresholds: Thresholds, key: str) -> float:
        value = getattr(thresholds, key)
        return self._units.from_canonical(value, "°C") if key == "fever_celsius" else value

    def _group(self, title: str, settings: tuple[Setting, ...]) -> QGroupBox:
        box = QGroupBox(words(title), self)
        grid = QGridLayout(box)
        grid.setColumnMinimumWidth(0, self._caption_width)
        grid.setColumnStretch(2, 1)
        grid.setVerticalSpacing(2)
        default = Thresholds()
        rules = rules_of(settings)
        if [r.title for r in rules] != [title]:
            # A group named for its one flag says no more; the others name every flag.
            note = QLabel(used_by(rules), box)
            note.setObjectName("used_by")
            note.setWordWrap(True)
            grid.addWidget(note, 0, 0, 1, 3)
        for i, setting in enumerate(settings):
            edit = QLineEdit(box)
            edit.setObjectName(setting.key)
            edit.setFixedWidth(self.fontMetrics().horizontalAdvance("0000.00") + 16)
            unit = self._unit(setting)
            value = shown(setting.key, self._display(default, setting.key))
            about = f", {words(setting.about)}" if setting.about else ""
            edit.setAccessibleName(words(setting.name))
            edit.setAccessibleDescription(
                QCoreApplication.translate(
                    "FlagSettings", "{caption} … {unit}; default {value}{about}."
                ).format(caption=words(setting.caption), unit=unit, value=value, about=about)
            )
            caption = QLabel(words(setting.caption), box)
            caption.setBuddy(edit)
            hint = QLabel(
                QCoreApplication.translate(
                    "FlagSettings", "{unit}   (default {value}{about})"
                ).format(unit=unit, value=value, about=about),
                box,
            )
            error = QLabel(box)
            error.setObjectName(f"{setting.key}_error")
            error.setProperty("role", "error")
            error.setWordWrap(True)
            error.setVisible(False)
            row = 1 + 2 * i
            grid.addWidget(caption, row, 0)
            grid.addWidget(edit, row, 1)
            grid.addWidget(hint, row, 2)
            grid.addWidget(error, row + 1, 1, 1, 2)
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
                errors.append(
                    FieldError(
                        key,
                        QCoreApplication.translate(
                            "ThresholdsDialog", "Type a number here, like the default."
                        ),
                    )
                )
                continue
            if key in _WHOLE:
                if number != int(number):
                    errors.append(
                        FieldError(
                            key,
                            QCoreApplication.translate(
                                "ThresholdsDialog", "Type a whole number, like 14."
                            ),
                        )
                    )
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
            mark_invalid(self.edits[key], key in by_key)

    def try_accept(self) -> bool:
        """Accept when every threshold is usable; otherwise show the problems and stay open."""
        thresholds, errors = self.build()
        self.show_errors(errors)
        if thresholds is None:
            first = next((e.field for e in errors if e.field in self.edits), None)
            if first is not None:
                self.edits[first].setFocus()
                # The field with the message may be scrolled out of view.
                self._groups.ensureWidgetVisible(self.edits[first])
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
