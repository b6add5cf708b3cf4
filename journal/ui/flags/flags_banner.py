"""A banner across the top of the main window while red flags are active."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QAccessible, QAccessibleEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from journal.flags import FlagReview, Level
from journal.translation import QT_TRANSLATE_NOOP, english_plural
from journal.ui.flags.flags_facade import FlagsFacade
from journal.ui.theme.theme import failure_tone, flag_tone, scaled_points

FAILURE_TEXT = QT_TRANSLATE_NOOP(
    "FlagBanner",
    "Red flags could not be checked this time, because of a fault in the program. Everything "
    "you recorded is saved. If you are worried about how you feel, contact your doctor.",
)
# The banner's name for each level, said before the flag.
LEVEL_NAMES = {
    Level.URGENT: QT_TRANSLATE_NOOP("FlagBanner", "Urgent red flag"),
    Level.SOON: QT_TRANSLATE_NOOP("FlagBanner", "Soon red flag"),
    Level.NEXT_APPOINTMENT: QT_TRANSLATE_NOOP("FlagBanner", "Next appointment red flag"),
}


def level_name(level: Level) -> str:
    """ "Urgent red flag", in the window's language."""
    return QCoreApplication.translate("FlagBanner", LEVEL_NAMES[level])


def _more(shown: list[FlagReview]) -> str:
    # The same flags as the top rows of the Red flags page, so the count agrees with it.
    more = len(shown) - 1
    if not more:
        return ""
    said = QCoreApplication.translate(
        "FlagBanner", " And %n more red flag(s) to look at.", "", more
    )
    return english_plural(said, more)


def banner_description(shown: list[FlagReview]) -> str:
    """What a screen reader says about the banner: the level in words, then the flag."""
    top = shown[0].flag
    return QCoreApplication.translate("FlagBanner", "{level}: {label}. {title}, {dates}.").format(
        level=level_name(top.level), label=top.level.label, title=top.title, dates=top.dates
    ) + _more(shown)


def banner_text(shown: list[FlagReview]) -> str:
    """What the banner says: the most pressing flag in the level's words, then how many more.

    The level's words are :attr:`journal.flags.Level.label`, as on the Red flags page.
    """
    top = shown[0].flag
    mark = "⚠ " if top.level is Level.URGENT else ""
    return f"{mark}{top.level.label}: {top.title}, {top.dates}.{_more(shown)}"


class FlagBanner(QFrame):
    """Says which red flags are active; hidden when none is.

    Signals:
        show_requested: the user wants to see the flags.
    """

    show_requested = Signal()

    def __init__(
        self, flags: FlagsFacade, parent: QWidget | None = None, hide_with: QWidget | None = None
    ) -> None:
        """Args:
        flags: the flags facade.
        parent: the parent widget.
        hide_with: the container to show and hide instead of the banner itself (a dock
            whose only content is the banner must not be left empty).
        """
        super().__init__(parent)
        self.setObjectName("flag_banner")
        self._flags = flags
        self._hide_with = hide_with or self
        self._shown_level: Level | None = None
        self.label = QLabel(self)
        self.label.setObjectName("flag_banner_text")
        self.label.setWordWrap(True)
        self.label.setAccessibleName(QCoreApplication.translate("FlagBanner", "Red flag alert"))
        self.button = QPushButton(QCoreApplication.translate("FlagBanner", "Show red flags"), self)
        self.button.setAccessibleName(QCoreApplication.translate("FlagBanner", "Show red flags"))
        self.button.clicked.connect(self.show_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        flags.changed.connect(self._on_changed)
        self._on_changed()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit_height()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # The words may have changed while the banner was hidden.
        self._fit_height()

    def _fit_height(self) -> None:
        # A wrapping label asks for the height of its words at a narrow width (three or four
        # lines), and the dock above the pages would keep that: one line of words in a banner
        # twice as tall as it needs. The banner takes the height its words need at its width.
        self.label.ensurePolished()
        # A layout not yet laid out (the banner still hidden) knows no height: -1.
        height = self.layout().totalHeightForWidth(self.width()) if self.width() > 0 else -1
        if height > 0:
            self.setFixedHeight(height)

    def _show_failure(self) -> None:
        self._hide_with.setVisible(True)
        self._shown_level = None
        self.label.setText(QCoreApplication.translate("FlagBanner", FAILURE_TEXT))
        self.setAccessibleName(
            QCoreApplication.translate("FlagBanner", "Red flags could not be checked")
        )
        self.label.setAccessibleDescription(QCoreApplication.translate("FlagBanner", FAILURE_TEXT))
        tone = failure_tone()
        self.setStyleSheet(
            f"QFrame#flag_banner {{ background: {tone.background}; "
            f"border: 2px solid {tone.border}; }}"
            f"QLabel#flag_banner_text {{ color: {tone.text}; font-weight: bold; }}"
        )
        self._fit_height()

    @property
    def level(self) -> Level | None:
        """The most pressing level shown, or None when the banner is hidden."""
        shown = self._flags.active()
        return shown[0].flag.level if shown else None

    def _on_changed(self) -> None:
        if self._flags.failed:
            self._show_failure()
            return
        shown = self._flags.active()
        was = self._shown_level
        self._shown_level = shown[0].flag.level if shown else None
        self._hide_with.setVisible(bool(shown))
        if not shown:
            self.setAccessibleName(QCoreApplication.translate("FlagBanner", "Red flags"))
            self.label.setAccessibleDescription("")
            return
        level = shown[0].flag.level
        self.label.setText(banner_text(shown))
        description = banner_description(shown)
        self.setAccessibleName(level_name(level))
        self.setAccessibleDescription(description)
        self.label.setAccessibleDescription(description)
        tone = flag_tone(level)
        background, text, border = tone.background, tone.text, tone.border
        urgent = level is Level.URGENT
        weight = "bold" if level is not Level.NEXT_APPOINTMENT else "normal"
        self.setStyleSheet(
            f"QFrame#flag_banner {{ background: {background}; "
            f"border: {4 if urgent else 2}px solid {border}; }}"
            f"QLabel#flag_banner_text {{ color: {text}; font-weight: {weight}; "
            f"font-size: {scaled_points(1.45 if urgent else 1.2):g}pt; }}"
        )
        self._fit_height()
        if urgent and was is not Level.URGENT:
            # Screen readers announce an alert even when the user is elsewhere in the window.
            QAccessible.updateAccessibility(QAccessibleEvent(self.label, QAccessible.Event.Alert))
