"""The mapping table of an import from another tracker: their name -> our metric."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from journal.exchange.peers import Mapped
from journal.metrics import Metric

NEW_SYMPTOM = ""  # the choice "a new symptom of my own", keyed by nothing


class MappingTable(QTableWidget):
    """One row per name in their file, with the metric of ours it goes to (a choice).

    Signals:
        changed: the user chose another metric for one of their names.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        self.setAccessibleName(QCoreApplication.translate("MappingTable", "Mapping"))
        self.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("MappingTable", "Their name"),
                QCoreApplication.translate("MappingTable", "Our metric"),
                QCoreApplication.translate("MappingTable", "Note"),
            ]
        )
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setVisible(False)

    def show_mapping(self, mapped: Sequence[Mapped], metrics: Sequence[Metric]) -> None:
        """Fill the table from the preview's mapping; each choice offers every metric."""
        self.setRowCount(len(mapped))
        keys = {m.key for m in metrics}
        for row, item in enumerate(mapped):
            self.setItem(row, 0, QTableWidgetItem(item.theirs))
            box = QComboBox(self)
            said = QCoreApplication.translate("MappingTable", "Our metric for {name}")
            box.setAccessibleName(said.format(name=item.theirs))
            box.addItem(
                QCoreApplication.translate("MappingTable", "A new symptom of my own"), NEW_SYMPTOM
            )
            for metric in metrics:
                box.addItem(metric.label, metric.key)
            if item.ours in keys:
                box.setCurrentIndex(box.findData(item.ours))
            box.currentIndexChanged.connect(self.changed)
            self.setCellWidget(row, 1, box)
            self.setItem(row, 2, QTableWidgetItem(item.note))

    def mapping(self) -> dict[str, str]:
        """Their name -> our metric key, for every row mapped to a metric of ours."""
        chosen = {}
        for row in range(self.rowCount()):
            box = self.cellWidget(row, 1)
            if isinstance(box, QComboBox) and box.currentData():
                chosen[self.item(row, 0).text()] = box.currentData()
        return chosen
