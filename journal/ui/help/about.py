"""Help → About: the version, the licence, and the promise of no network connection."""

from __future__ import annotations

from html import escape
from importlib.metadata import PackageNotFoundError, metadata

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from journal.translation import QT_TRANSLATE_NOOP
from journal.ui.help.help_dialog import HelpDialog

DISTRIBUTION = "symptom-journal"
OFFLINE_PROMISE = QT_TRANSLATE_NOOP(
    "About",
    "Symptom Journal never opens a network connection: not to check for updates, not to "
    "send anything, not ever. Your journal and its photos stay in one folder on this "
    "computer, readable by you alone.",
)


def installed_version() -> tuple[str, str]:
    """The version and the licence as the installed package's metadata gives them.

    Both come from ``pyproject.toml`` through the build; run from a checkout that was never
    installed, they are unknown and said to be.
    """
    try:
        found = metadata(DISTRIBUTION)
    except PackageNotFoundError:
        return QCoreApplication.translate(
            "About", "unknown (not installed)"
        ), QCoreApplication.translate("About", "unknown (not installed)")
    licence = (
        found.get("License-Expression")
        or found.get("License")
        or QCoreApplication.translate("About", "not stated")
    )
    return found["Version"], licence


def about_html() -> str:
    """The About text."""
    version, licence = installed_version()
    return QCoreApplication.translate(
        "About",
        "<p>A private, offline diary for back pain, fever, morning stiffness, nerve symptoms "
        "and skin lesions, with trends, red flags and a summary for appointments.</p>"
        "<p><b>Version:</b> {version}<br><b>Licence:</b> {licence}</p>"
        "<p><b>Offline.</b> {promise}</p>"
        "<p>Red flags and the summary are what you recorded, worth telling your doctor; "
        "never a diagnosis.</p>",
    ).format(
        version=escape(version),
        licence=escape(licence),
        promise=escape(QCoreApplication.translate("About", OFFLINE_PROMISE)),
    )


class AboutDialog(HelpDialog):
    """What the program is, its version and licence, and that it works offline."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("AboutDialog", "About Symptom Journal"),
            QCoreApplication.translate("AboutDialog", "About Symptom Journal"),
            parent,
        )
        self.show_text(about_html())
