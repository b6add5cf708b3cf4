"""(being written) The journal as an HL7 FHIR R4 Bundle of Observations."""

from __future__ import annotations

from datetime import datetime

from journal.snapshot import JournalSnapshot


def fhir_bundle(snapshot: JournalSnapshot, made_at: datetime) -> dict:
    """A FHIR R4 ``Bundle`` of type ``collection``: a Patient placeholder and Observations.

    Returns plain JSON-ready data (``json.dumps`` it to write the file).
    """
    raise NotImplementedError
