"""One input per metric, chosen by the metric's kind, with an error label beside it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QWidget

from journal.metrics import Metric, MetricKind
from journal.numbers import UnreadableNumber, is_real_number, read_number, written
from journal.translation import QT_TRANSLATE_NOOP
from journal.ui.parts.invalid_mark import mark_invalid
from journal.ui.parts.tick_box import TickBox
from journal.units import UnitPreferences

_OUTCOMES = (
    (QT_TRANSLATE_NOOP("MetricField", "Not tried"), None),
    (QT_TRANSLATE_NOOP("MetricField", "Helped"), 1.0),
    (QT_TRANSLATE_NOOP("MetricField", "Did not help"), 0.0),
)


class FieldProblem(ValueError):
    """What the user typed cannot be read as a value; the message says how to fix it."""


def _number_text(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


class MetricField:
    """The input for one metric.

    Attributes:
        metric: what this field records.
        widget: the control the user types into or ticks; its accessible name is the label.
        unit_label: the unit shown after a number, or None.
        error_label: the message shown beside the field when its value is refused.
    """

    def __init__(self, metric: Metric, units: UnitPreferences, parent: QWidget) -> None:
        self.metric = metric
        self._units = units
        self.unit_label: QLabel | None = None
        self.widget: QWidget
        if metric.kind is MetricKind.YES_NO:
            self.widget = TickBox(metric.label, parent)
        elif metric.kind is MetricKind.OUTCOME:
            combo = QComboBox(parent)
            for text, _ in _OUTCOMES:
                combo.addItem(QCoreApplication.translate("MetricField", text))
            self.widget = combo
        else:
            edit = QLineEdit(parent)
            edit.setPlaceholderText("0–10" if metric.kind is MetricKind.SCALE else "")
            edit.setMaximumWidth(90)
            self.widget = edit
            if metric.unit:
                self.unit_label = QLabel(units.unit_for(metric.unit), parent)
        self.widget.setObjectName(metric.key)
        self.widget.setAccessibleName(metric.label)
        self.error_label = QLabel(parent)
        self.error_label.setObjectName(f"{metric.key}_error")
        self.error_label.setProperty("role", "error")
        self.error_label.setWordWrap(True)
        self.error_label.setVisible(False)

    def on_change(self, callback: Callable[[], None]) -> None:
        """Call ``callback`` whenever the user changes this field."""
        if isinstance(self.widget, QCheckBox):
            self.widget.toggled.connect(callback)
        elif isinstance(self.widget, QComboBox):
            self.widget.currentIndexChanged.connect(callback)
        else:
            self.widget.textEdited.connect(callback)

    def value(self) -> float | None:
        """The value in canonical units, or None when nothing was entered.

        Raises:
            FieldProblem: the text is not an ordinary number (also for nan or infinity).
        """
        if isinstance(self.widget, QCheckBox):
            return 1.0 if self.widget.isChecked() else 0.0
        if isinstance(self.widget, QComboBox):
            return _OUTCOMES[self.widget.currentIndex()][1]
        example = "7" if self.metric.kind is MetricKind.SCALE else written(38.2)
        problem = QCoreApplication.translate(
            "MetricField", "{label} must be a number, like {example}."
        ).format(label=self.metric.label, example=example)
        try:
            typed = read_number(self.widget.text())
        except UnreadableNumber:
            raise FieldProblem(problem) from None
        if typed is None:
            return None
        value = self._units.to_canonical(typed, self.metric.unit)
        if not is_real_number(value):  # a huge number can overflow in the conversion
            raise FieldProblem(problem)
        return value

    def set_value(self, value: float | None) -> None:
        """Show a stored value (canonical units), or clear the field for None."""
        if isinstance(self.widget, QCheckBox):
            self.widget.setChecked(bool(value))
        elif isinstance(self.widget, QComboBox):
            index = next((i for i, (_, v) in enumerate(_OUTCOMES) if v == value), 0)
            self.widget.setCurrentIndex(index)
        elif value is None:
            self.widget.clear()
        else:
            self.widget.setText(_number_text(self._units.from_canonical(value, self.metric.unit)))

    def state(self) -> object:
        """What the user typed, as it stands, for a draft: text, tick or choice."""
        if isinstance(self.widget, QCheckBox):
            return self.widget.isChecked()
        if isinstance(self.widget, QComboBox):
            return self.widget.currentIndex()
        return self.widget.text()

    def restore_state(self, state: object) -> None:
        """Put back what :meth:`state` returned."""
        if isinstance(self.widget, QCheckBox):
            self.widget.setChecked(bool(state))
        elif isinstance(self.widget, QComboBox):
            self.widget.setCurrentIndex(int(state) if isinstance(state, int) else 0)
        else:
            self.widget.setText(str(state or ""))

    def set_units(self, units: UnitPreferences) -> None:
        """Switch display units, converting a number already typed."""
        try:
            current = self.value()
        except FieldProblem:
            current = None
        self._units = units
        if self.unit_label is not None:
            self.unit_label.setText(units.unit_for(self.metric.unit))
            if current is not None:
                self.set_value(current)

    def show_error(self, message: str | None) -> None:
        """Show ``message`` beside the field, or hide it for None."""
        self.error_label.setText(message or "")
        self.error_label.setVisible(bool(message))
        mark_invalid(self.widget, bool(message))
