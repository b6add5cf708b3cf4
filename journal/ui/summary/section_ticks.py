"""The "Summary sections" box: a tick per optional section, remembered for next time."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QWidget

from journal.summary.defaults import SECTIONS_KEY, sections_from_text, sections_text
from journal.summary.request import Section
from journal.ui.parts.tick_box import TickBox

__all__ = ["SECTIONS_KEY", "SectionTicks", "remembered_sections"]


def remembered_sections(settings: QSettings) -> frozenset[Section]:
    """The sections ticked last time (or in Preferences); all of them the first time."""
    return sections_from_text(settings.value(SECTIONS_KEY))


class SectionTicks(QGroupBox):
    """A tick per section, in two columns; each change is remembered in ``settings``.

    Attributes:
        ticks: the tick box of each section, in the document's order.
    """

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("SectionTicks", "Summary sections"), parent)
        self.setAccessibleName(QCoreApplication.translate("SectionTicks", "Summary sections"))
        self._settings = settings
        grid = QGridLayout(self)
        grid.addWidget(
            QLabel(
                QCoreApplication.translate("SectionTicks", "Page 1, the overview, is always in."),
                self,
            ),
            0,
            0,
            1,
            2,
        )
        chosen = remembered_sections(settings)
        self.ticks: dict[Section, TickBox] = {}
        half = (len(Section) + 1) // 2
        for index, section in enumerate(Section):
            tick = TickBox(section.title, self)
            tick.setAccessibleName(section.title)
            tick.setChecked(section in chosen)
            tick.toggled.connect(self._remember)
            # Down the first column, then the second: the order the document follows.
            grid.addWidget(tick, 1 + index % half, index // half)
            self.ticks[section] = tick

    def sections(self) -> frozenset[Section]:
        """The sections ticked."""
        return frozenset(s for s, tick in self.ticks.items() if tick.isChecked())

    def _remember(self) -> None:
        self._settings.setValue(SECTIONS_KEY, sections_text(self.sections()))
