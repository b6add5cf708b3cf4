"""The one shape of every Help window: a heading, text to read, and Close."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

# Wide enough for a line of about 75 characters; never more of the screen than this share.
TEXT_COLUMNS = 78
SCREEN_SHARE = 0.9


class HelpDialog(QDialog):
    """A window of help: read with the arrows and Page Up/Down, closed with Esc or Close.

    Attributes:
        body: where the text is; subclasses fill it, or put their own widget in its place.
        close_button: closes the window.
    """

    def __init__(
        self, title: str, name: str, parent: QWidget | None = None, body: QWidget | None = None
    ) -> None:
        """A help window titled ``title``.

        Args:
            title: the window's title and heading.
            name: the text's name for a screen reader.
            parent: the window it belongs to.
            body: a widget to show instead of the text browser.
        """
        super().__init__(parent)
        said = QCoreApplication.translate("HelpDialog", "{title} — Symptom Journal")
        self.setWindowTitle(said.format(title=title))
        heading = QLabel(title, self)
        heading.setProperty("role", "heading")
        if body is None:
            browser = QTextBrowser(self)
            # Read-only text the keyboard can still scroll and select in.
            browser.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByKeyboard
                | Qt.TextInteractionFlag.TextSelectableByMouse
            )
            browser.setOpenLinks(False)
            browser.setTabChangesFocus(True)
            body = browser
        body.setAccessibleName(name)
        self.body = body
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setAccessibleName(QCoreApplication.translate("HelpDialog", "Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(body, 1)
        layout.addWidget(buttons)
        QWidget.setTabOrder(body, self.close_button)

    def fit_screen(self, keep_width: bool = False) -> None:
        """A comfortable reading size, never bigger than the screen it opens on.

        Args:
            keep_width: keep the width set before (only kept inside the screen).
        """
        area = (self.parentWidget() or self).screen().availableGeometry()
        wide = (
            self.width() if keep_width else self.fontMetrics().horizontalAdvance("n" * TEXT_COLUMNS)
        )
        high = self.fontMetrics().lineSpacing() * 34
        if isinstance(self.body, QTextBrowser):
            # No taller than the text needs: About is a few lines.
            document = self.body.document().clone(self)
            document.setTextWidth(wide - 4 * self.fontMetrics().averageCharWidth() - 40)
            chrome = self.sizeHint().height() - self.body.sizeHint().height()
            high = min(high, chrome + int(document.size().height()) + 4 * self.body.frameWidth())
            document.deleteLater()
        self.resize(
            min(max(wide, self.sizeHint().width()), int(area.width() * SCREEN_SHARE)),
            min(high, int(area.height() * SCREEN_SHARE)),
        )

    def show_text(self, html: str) -> None:
        """Fill the text browser with ``html`` and put the keyboard in it, at the top."""
        self.body.setHtml(html)
        self.body.setFocus()
        self.fit_screen()
