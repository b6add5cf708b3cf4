"""The words of a recovery sheet: the journal's name and its passphrase, to print and keep."""

from __future__ import annotations

import textwrap
from datetime import date

from journal.translation import translate

WIDTH = 80
"""The sheet's lines are at most this long, to print on any paper in a plain font."""


def recovery_sheet_text(journal_name: str, passphrase: str, written_on: date) -> str:
    """The sheet as plain text, with what to do with it.

    Args:
        journal_name: the journal in words ("My journal", or its file's name).
        passphrase: the passphrase that opens it, exactly as typed.
        written_on: the day the sheet is written (a later passphrase change makes it stale).
    """

    def paragraph(text: str) -> str:
        return textwrap.fill(text, WIDTH)

    return "\n".join(
        [
            translate("Encryption", "Symptom Journal — recovery sheet"),
            "",
            translate("Encryption", "Journal: {name}").format(name=journal_name),
            translate("Encryption", "Written on: {day}").format(day=written_on.isoformat()),
            "",
            paragraph(
                translate(
                    "Encryption", "Passphrase (exactly as typed, capitals and spaces included):"
                )
            ),
            "",
            f"    {passphrase}",
            "",
            paragraph(
                translate(
                    "Encryption",
                    "Nobody can recover this passphrase for you: without it the journal, its "
                    "photos and its backups cannot be read by anyone, you included.",
                )
            ),
            "",
            paragraph(
                translate(
                    "Encryption",
                    "Print this sheet and keep it somewhere safe, away from the computer (with "
                    "your important papers). Then delete this file: a copy left on the computer "
                    "can be read by anyone who gets the computer.",
                )
            ),
            "",
            paragraph(
                translate(
                    "Encryption",
                    "If you change the passphrase, write a new sheet and destroy this one.",
                )
            ),
            "",
        ]
    )
