"""Two observations of a lesion side by side: photo, size, redness and the rest.

The earlier one is on the left, the later on the right (first and latest to begin with).
Keys: Left/Right move the right-hand side, Shift+Left/Right the left-hand side, Ctrl++ and
Ctrl+- zoom both photos together, Ctrl+0 fits them. Scrolling one photo scrolls the other.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from journal.dates import day_text
from journal.lesions.lesion import Lesion, LesionObservation
from journal.lesions.photos import Photo, TimelinePhoto
from journal.numbers import written_short
from journal.translation import QT_TRANSLATE_NOOP
from journal.ui.lesions.lesion_words import word

ZOOM_STEP = 1.25
MAX_ZOOM = 8.0
Entry = tuple[LesionObservation, Photo | None]


def describe(observation: LesionObservation) -> str:
    """The observation's measurements as short lines, for beside its photo."""

    def yes(flag: bool) -> str:
        return (
            QCoreApplication.translate("PhotoCompare", "yes")
            if flag
            else QCoreApplication.translate("PhotoCompare", "no")
        )

    def number(value, unit: str = "") -> str:
        if value is None:
            return QCoreApplication.translate("PhotoCompare", "not recorded")
        text = written_short(value) if isinstance(value, float) else str(value)
        return f"{text}{unit}"

    def line(label: str, value: str) -> str:
        return QCoreApplication.translate("PhotoCompare", label) + ": " + value

    lines = [
        line(QT_TRANSLATE_NOOP("PhotoCompare", "Size"), number(observation.size_mm, " mm")),
        line(QT_TRANSLATE_NOOP("PhotoCompare", "Bumps"), number(observation.bump_count)),
        line(QT_TRANSLATE_NOOP("PhotoCompare", "Redness"), number(observation.redness, " / 10")),
        line(QT_TRANSLATE_NOOP("PhotoCompare", "Pain"), number(observation.pain, " / 10")),
        line(QT_TRANSLATE_NOOP("PhotoCompare", "Pus or drainage"), yes(observation.pus)),
        line(QT_TRANSLATE_NOOP("PhotoCompare", "Crusting"), word(observation.crusting.value)),
        line(QT_TRANSLATE_NOOP("PhotoCompare", "Warm"), yes(observation.warmth)),
        line(QT_TRANSLATE_NOOP("PhotoCompare", "Swollen"), yes(observation.swelling)),
        line(QT_TRANSLATE_NOOP("PhotoCompare", "Dark marks"), yes(observation.dark_marks)),
    ]
    if observation.note:
        lines.append(line(QT_TRANSLATE_NOOP("PhotoCompare", "Note"), observation.note))
    return "\n".join(lines)


def first_photo_of_each(timeline: list[TimelinePhoto]) -> list[Entry]:
    """One entry per observation that has photos: the observation and its first photo."""
    first: dict[int, TimelinePhoto] = {}
    for item in timeline:
        first.setdefault(item.observation.id, item)
    return [(t.observation, t.photo) for t in first.values()]


class ComparePane(QWidget):
    """One side: which observation, its photo at the shared zoom, and its measurements."""

    def __init__(self, title: str, photo_bytes: Callable[[Photo], bytes], parent=None) -> None:
        super().__init__(parent)
        self._photo_bytes = photo_bytes
        self._entries: list[Entry] = []
        self._image = QImage()
        self._zoom = 1.0
        self.choice = QComboBox(self)
        self.choice.setAccessibleName(
            QCoreApplication.translate("ComparePane", "{side} observation").format(side=title)
        )
        self.picture = QLabel(self)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setAccessibleName(
            QCoreApplication.translate("ComparePane", "{side} photo").format(side=title)
        )
        self.scroller = QScrollArea(self)
        # Tab reaches it, for the arrows to move about a zoomed photo.
        self.scroller.setAccessibleName(
            QCoreApplication.translate("ComparePane", "{side} photo, zoomed").format(side=title)
        )
        self.scroller.setWidget(self.picture)
        # The fitting size depends on the viewport, which is laid out after the dialog.
        self.scroller.viewport().installEventFilter(self)
        self.scroller.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroller.setMinimumSize(320, 240)
        self.scroller.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.details = QLabel(self)
        self.details.setObjectName("compare_details")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        heading = QLabel(title, self)
        heading.setProperty("role", "heading")
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.choice)
        layout.addWidget(self.scroller, 1)
        layout.addWidget(self.details)
        self.choice.currentIndexChanged.connect(self._on_choice)

    def set_entries(self, entries: list[Entry], current: int) -> None:
        """Offer ``entries`` and show the one at ``current``."""
        self._entries = entries
        self.choice.blockSignals(True)
        self.choice.clear()
        for observation, photo in entries:
            suffix = "" if photo else QCoreApplication.translate("ComparePane", " (no photo)")
            self.choice.addItem(f"{day_text(observation.observed_on)}{suffix}")
        self.choice.blockSignals(False)
        self.choice.setCurrentIndex(current)
        self._on_choice(current)

    def current(self) -> Entry | None:
        """The observation shown, with its photo."""
        index = self.choice.currentIndex()
        return self._entries[index] if 0 <= index < len(self._entries) else None

    def step(self, delta: int) -> None:
        """Show the previous (-1) or next (+1) observation."""
        index = self.choice.currentIndex() + delta
        if 0 <= index < self.choice.count():
            self.choice.setCurrentIndex(index)

    def _on_choice(self, _index: int) -> None:
        entry = self.current()
        self._image = QImage()
        if entry is None:
            self.details.setText("")
            return
        observation, photo = entry
        if photo is not None:
            self._image = QImage.fromData(self._photo_bytes(photo))
        self.details.setText(describe(observation))
        self.picture.setAccessibleDescription(describe(observation))
        self.show_at(self._zoom)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.scroller.viewport():
            self.show_at(self._zoom)
        return False

    def fit_scale(self) -> float:
        """The scale at which the whole photo fits the pane."""
        if self._image.isNull():
            return 1.0
        room = self.scroller.viewport().size()
        return max(
            0.01,
            min(
                (room.width() - 4) / self._image.width(), (room.height() - 4) / self._image.height()
            ),
        )

    def show_at(self, zoom: float) -> None:
        """Draw the photo at ``zoom`` times the fitting size."""
        self._zoom = zoom
        if self._image.isNull():
            self.picture.setPixmap(QPixmap())
            self.picture.setText(
                QCoreApplication.translate("ComparePane", "No photo for this observation")
            )
            self.picture.adjustSize()
            return
        scale = self.fit_scale() * zoom
        size = self._image.size() * scale
        bars = (self.scroller.horizontalScrollBar(), self.scroller.verticalScrollBar())
        # Keep the same part of the photo in the middle while zooming.
        centres = [
            (b.value() + b.pageStep() / 2) / max(1, b.maximum() + b.pageStep()) for b in bars
        ]
        self.picture.setPixmap(
            QPixmap.fromImage(
                self._image.scaled(
                    size,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        )
        self.picture.adjustSize()
        for bar, centre in zip(bars, centres, strict=True):
            bar.setValue(round(centre * (bar.maximum() + bar.pageStep()) - bar.pageStep() / 2))


class CompareDialog(QDialog):
    """Two observations of a lesion side by side, zoomed together."""

    def __init__(
        self,
        lesion: Lesion,
        entries: list[Entry],
        photo_bytes: Callable[[Photo], bytes],
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            QCoreApplication.translate("PhotoCompare", "Compare photos — {name}").format(
                name=lesion.name
            )
        )
        self.setAccessibleName(QCoreApplication.translate("CompareDialog", "Compare photos"))
        self.zoom = 1.0
        self.earlier = ComparePane(
            QCoreApplication.translate("CompareDialog", "Earlier"), photo_bytes, self
        )
        self.later = ComparePane(
            QCoreApplication.translate("CompareDialog", "Later"), photo_bytes, self
        )
        panes = QHBoxLayout()
        panes.addWidget(self.earlier, 1)
        panes.addWidget(self.later, 1)
        for one, other in ((self.earlier, self.later), (self.later, self.earlier)):
            for bar in ("horizontalScrollBar", "verticalScrollBar"):
                getattr(one.scroller, bar)().valueChanged.connect(
                    getattr(other.scroller, bar)().setValue
                )
        zoom_in = QPushButton(QCoreApplication.translate("CompareDialog", "Zoom in"), self)
        zoom_out = QPushButton(QCoreApplication.translate("CompareDialog", "Zoom out"), self)
        fit = QPushButton(QCoreApplication.translate("CompareDialog", "Fit"), self)
        zoom_in.setAccessibleName(QCoreApplication.translate("CompareDialog", "Zoom in"))
        zoom_out.setAccessibleName(QCoreApplication.translate("CompareDialog", "Zoom out"))
        fit.setAccessibleName(QCoreApplication.translate("CompareDialog", "Fit photos"))
        zoom_in.clicked.connect(lambda: self.set_zoom(self.zoom * ZOOM_STEP))
        zoom_out.clicked.connect(lambda: self.set_zoom(self.zoom / ZOOM_STEP))
        fit.clicked.connect(lambda: self.set_zoom(1.0))
        self.zoom_label = QLabel(self)
        hint = QLabel(
            QCoreApplication.translate(
                "CompareDialog", "←/→ later photo   Shift+←/→ earlier photo   Ctrl+/Ctrl− zoom"
            ),
            self,
        )
        hint.setObjectName("compare_hint")
        bar = QHBoxLayout()
        bar.addWidget(hint, 1)
        bar.addWidget(self.zoom_label)
        for button in (zoom_out, zoom_in, fit):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(panes, 1)
        layout.addLayout(bar)
        keys = (
            (Qt.Key.Key_Right, lambda: self.later.step(1)),
            (Qt.Key.Key_Left, lambda: self.later.step(-1)),
            (QKeySequence("Shift+Right"), lambda: self.earlier.step(1)),
            (QKeySequence("Shift+Left"), lambda: self.earlier.step(-1)),
            (QKeySequence.StandardKey.ZoomIn, lambda: self.set_zoom(self.zoom * ZOOM_STEP)),
            (QKeySequence("Ctrl+="), lambda: self.set_zoom(self.zoom * ZOOM_STEP)),
            (QKeySequence.StandardKey.ZoomOut, lambda: self.set_zoom(self.zoom / ZOOM_STEP)),
            (QKeySequence("Ctrl+0"), lambda: self.set_zoom(1.0)),
        )
        for key, slot in keys:
            QShortcut(QKeySequence(key), self, slot)
        self.resize(1100, 720)
        self.set_entries(entries)

    def set_entries(self, entries: list[Entry]) -> None:
        """Offer these observations; show the first on the left and the latest on the right."""
        self.earlier.set_entries(entries, 0)
        self.later.set_entries(entries, len(entries) - 1)
        self.set_zoom(self.zoom)

    def set_zoom(self, zoom: float) -> None:
        """Zoom both photos to ``zoom`` times the fitting size (1 fits)."""
        self.zoom = min(MAX_ZOOM, max(1.0, zoom))
        self.zoom_label.setText(f"{self.zoom * 100:.0f} %")
        self.earlier.show_at(self.zoom)
        self.later.show_at(self.zoom)
