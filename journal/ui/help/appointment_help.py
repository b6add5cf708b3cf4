"""Help → Bringing the summary to an appointment: a short page of plain advice."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from journal.translation import QT_TRANSLATE_NOOP
from journal.ui.help.help_dialog import HelpDialog

STEPS = (
    (
        QT_TRANSLATE_NOOP("AppointmentHelp", "Before"),
        QT_TRANSLATE_NOOP(
            "AppointmentHelp",
            "Choose Journal → Prepare summary… (Ctrl+P). The summary covers the days since your "
            "last appointment unless you choose others. Save it as a PDF, or print it.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("AppointmentHelp", "Your questions"),
        QT_TRANSLATE_NOOP(
            "AppointmentHelp",
            "Questions come to mind at any time: add them with Journal → Add a question for my "
            "next appointment… (Ctrl+Shift+D). They are printed in the summary, so none is "
            "forgotten in the room.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("AppointmentHelp", "Notes"),
        QT_TRANSLATE_NOOP(
            "AppointmentHelp",
            "A note marked “Show this to my doctor” goes into the summary; other notes stay yours.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("AppointmentHelp", "At the appointment"),
        QT_TRANSLATE_NOOP(
            "AppointmentHelp",
            "Hand over page 1 first: it tells the story at a glance — the period, the red flags "
            "with their dates, the key figures and one chart. The pages after it hold the "
            "charts, medicines, lab results and photos for when there is time.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("AppointmentHelp", "What it is"),
        QT_TRANSLATE_NOOP(
            "AppointmentHelp",
            "The summary is what you recorded, to help the conversation. It is not a diagnosis "
            "and does not replace an examination.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("AppointmentHelp", "Privacy"),
        QT_TRANSLATE_NOOP(
            "AppointmentHelp",
            "The summary holds health information and photos of your skin. Give or send it only "
            "to the people you choose; the journal itself never leaves your computer.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("AppointmentHelp", "Afterwards"),
        QT_TRANSLATE_NOOP(
            "AppointmentHelp",
            "Record the appointment and what was decided in the Care record. The next summary "
            "starts from it.",
        ),
    ),
)


def appointment_help_html() -> str:
    """The page as HTML: a short heading and paragraph for each step."""
    return "".join(
        "<h3>{title}</h3><p>{text}</p>".format(
            title=QCoreApplication.translate("AppointmentHelp", title),
            text=QCoreApplication.translate("AppointmentHelp", text),
        )
        for title, text in STEPS
    )


class AppointmentHelpDialog(HelpDialog):
    """How to prepare the summary, and how to use it with a doctor who has little time."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate(
                "AppointmentHelpDialog", "Bringing the summary to an appointment"
            ),
            QCoreApplication.translate(
                "AppointmentHelpDialog", "Bringing the summary to an appointment"
            ),
            parent,
        )
        self.show_text(appointment_help_html())
