"""The medical context, kept as one JSON value among the journal's settings.

It is a single record, edited as a whole and never queried by its parts, so a table of its
own would add a migration for every new question; as JSON, a field added later simply
starts empty in older journals (and one a newer program wrote is ignored, not lost on read).
"""

from __future__ import annotations

from journal.care.medical_context import MedicalContext
from journal.store.settings import SettingsStore

CONTEXT_KEY = "medical_context"


class MedicalContextStore:
    """Reads and writes the medical context."""

    def __init__(self, settings: SettingsStore) -> None:
        self._settings = settings

    def get(self) -> MedicalContext:
        """The context as last saved; empty when never filled in."""
        return MedicalContext.from_dict(self._settings.get(CONTEXT_KEY))

    def put(self, context: MedicalContext) -> None:
        """Replace the context."""
        self._settings.put(CONTEXT_KEY, context.to_dict())
