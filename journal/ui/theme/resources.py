"""The shipped files as Qt reads them: the style sheet's text and the application icon."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from journal.resource_files import APP_ICON, STYLE_SHEET


def style_sheet_template() -> str:
    """The application style sheet with ``$name`` colour slots, or an empty one when the
    resources are not installed (the theme fills the slots for the scheme in use)."""
    return STYLE_SHEET.read_text(encoding="utf-8") if STYLE_SHEET.exists() else ""


def application_icon() -> QIcon:
    """The program's icon, drawn from SVG: sharp at any size and scaling."""
    return QIcon(str(APP_ICON))
