"""The words of a recovery sheet: the journal's name and its passphrase, to print and keep."""

from __future__ import annotations

from datetime import date


def recovery_sheet_text(journal_name: str, passphrase: str, written_on: date) -> str:
    """The sheet as plain text, with what to do with it.

    Args:
        journal_name: the journal in words ("My journal", or its file's name).
        passphrase: the passphrase that opens it, exactly as typed.
        written_on: the day the sheet is written (a later passphrase change makes it stale).
    """
    return "\n".join(
        [
            "Symptom Journal — recovery sheet",
            "",
            f"Journal: {journal_name}",
            f"Written on: {written_on.isoformat()}",
            "",
            "Passphrase (exactly as typed, capitals and spaces included):",
            "",
            f"    {passphrase}",
            "",
            "Nobody can recover this passphrase for you: without it the journal, its photos",
            "and its backups cannot be read by anyone, you included.",
            "",
            "Print this sheet and keep it somewhere safe, away from the computer (with your",
            "important papers). Then delete this file: a copy left on the computer can be",
            "read by anyone who gets the computer.",
            "",
            "If you change the passphrase, write a new sheet and destroy this one.",
            "",
        ]
    )
