"""The window's side of a journal's backups: the list, backing up, and the automatic ones.

The only module of this feature that imports the store.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from journal.backups import AT_CLOSE, AUTOMATIC, BY_HAND, BackupInfo
from journal.store import JournalStore
from journal.store.backups import BackupFailed, backup_now, list_backups

# Often enough that a crash or a mistake loses little; the rotation keeps the count down.
AUTOMATIC_MS = 30 * 60 * 1000


class BackupsFacade(QObject):
    """Backs up an open journal every 30 minutes while it changes, at close, and by hand.

    Signals:
        changed: a backup was made (the list is different).
        failed: a backup could not be made (argument: why, in words).
    """

    changed = Signal()
    failed = Signal(str)

    def __init__(
        self, store: JournalStore, parent: QObject | None = None, interval_ms: int = AUTOMATIC_MS
    ) -> None:
        super().__init__(parent)
        self._store = store
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(lambda: self.back_up_if_changed(AUTOMATIC))
        self.timer.start()

    def backups(self) -> list[BackupInfo]:
        """The journal's backups, newest first."""
        return list_backups(self._store.path)

    def back_up_now(self) -> BackupInfo | None:
        """A backup made by hand; None when it failed (``failed`` says why)."""
        return self._back_up(BY_HAND)

    def back_up_if_changed(self, reason: str) -> BackupInfo | None:
        """A backup when the journal changed since the last one; else nothing (None)."""
        if not self._store.changed_since_backup():
            return None
        return self._back_up(reason)

    def at_close(self) -> BackupInfo | None:
        """The backup made as the window closes, when anything changed."""
        self.timer.stop()
        return self.back_up_if_changed(AT_CLOSE)

    def _back_up(self, reason: str) -> BackupInfo | None:
        try:
            made = backup_now(self._store, reason)
        except BackupFailed as exc:
            said = QCoreApplication.translate("BackupsFacade", "No backup was made: {reason}")
            self.failed.emit(said.format(reason=exc))
            return None
        self.changed.emit()
        return made
