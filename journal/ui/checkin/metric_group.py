"""A section of the check-in form: one field per metric of a group, laid out in a grid."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QWidget

from journal.metrics import Metric, MetricKind
from journal.ui.checkin.metric_fields import MetricField
from journal.units import UnitPreferences

TICKS_PER_ROW = 3


class MetricGroupBox(QGroupBox):
    """Amounts one to a row (label, input, unit, message), then yes/no ticks three to a row.

    Attributes:
        fields: metric key -> its field, in form order.
        grid: the layout, for callers that add rows of their own below the metrics.
        next_row: the first free row of ``grid``.
    """

    def __init__(
        self,
        title: str,
        metrics: Sequence[Metric],
        units: UnitPreferences,
        on_change: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, parent)
        self.fields: dict[str, MetricField] = {}
        self.grid = QGridLayout(self)
        self.grid.setColumnStretch(3, 1)
        row = 0
        ticks = []
        for metric in metrics:
            field = MetricField(metric, units, self)
            field.on_change(on_change)
            self.fields[metric.key] = field
            if metric.kind is MetricKind.YES_NO:
                ticks.append(field.widget)
                continue
            label = QLabel(metric.label, self)
            label.setBuddy(field.widget)
            self.grid.addWidget(label, row, 0)
            self.grid.addWidget(field.widget, row, 1)
            if field.unit_label is not None:
                self.grid.addWidget(field.unit_label, row, 2)
            self.grid.addWidget(field.error_label, row, 3)
            row += 1
        if ticks:
            tick_grid = QGridLayout()
            for i, widget in enumerate(ticks):
                tick_grid.addWidget(widget, i // TICKS_PER_ROW, i % TICKS_PER_ROW)
            self.grid.addLayout(tick_grid, row, 0, 1, 4)
            row += 1
        self.next_row = row
