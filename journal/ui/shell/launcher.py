"""Which journal the window shows: the user's own, another file, or the demo.

The window is built for one journal; switching builds a new window on the other journal
and closes the old one, which keeps its unsaved typing as a draft in its own journal, so
nothing typed is lost by a switch.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QSettings
from PySide6.QtWidgets import QMessageBox, QWidget

from journal.backups import BackupInfo, when_text
from journal.checkin import CheckIn
from journal.store import JournalDamaged, JournalError, open_journal
from journal.store.errors import JournalLocked
from journal.store.location import default_journal_path, demo_journal_path, journal_name
from journal.ui.parts.choice_dialog import ChoiceDialog
from journal.ui.parts.facade import JournalFacade
from journal.ui.shell.journal_actions import ask_journal_to_open
from journal.ui.shell.last_journal import DEMO_MARK, LAST_KEY, RECENT_KEY
from journal.ui.shell.main_window import MainWindow
from journal.ui.shell.welcome import WelcomeChoice, WelcomeDialog

if TYPE_CHECKING:
    from journal.ui.encryption.encryption_facade import EncryptionChange

MAX_RECENT = 6


class Launcher(QObject):
    """Opens journals in the window, one at a time, and remembers the recent ones.

    Attributes:
        window: the window now open, or None before the first one.
    """

    def __init__(self, settings: QSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.window: MainWindow | None = None

    # --- what the window asks for ---------------------------------------------------------

    def open(self, path: Path, is_demo: bool = False, rebuild_demo: bool = False) -> MainWindow:
        """Open ``path`` in a new window, in place of the one open now.

        Args:
            path: the journal file (made if new).
            is_demo: the file is the demo, kept apart from the user's own data.
            rebuild_demo: build the demo afresh to end today, unless the user changed it.

        Raises:
            journal.store.JournalError: the file is too new for this program, or damaged;
                the window open now stays as it is.
            JournalLocked: it is encrypted and the user cancelled the passphrase.
        """
        path = Path(path)
        kept_demo = False
        if is_demo and rebuild_demo:
            # Here, as the dialogs and the restore below: a start that needs none of them does
            # not wait for their imports.
            from journal.store.demo_writer import prepare_demo

            kept_demo = prepare_demo(path)
        # The photos' and backups' thousands of files are tidied after the first paint
        # (MainWindow._load_next): the window waits for none of them.
        try:
            store = open_journal(path, tidy_later=True)
        except JournalLocked:
            from journal.ui.encryption.unlock_dialog import UnlockDialog

            if UnlockDialog.ask(self.window, path, journal_name(path, is_demo)) is None:
                raise
            store = open_journal(path, tidy_later=True)
        old = self.window
        if old is not None:
            old.keep_window_state()
        window = MainWindow(
            JournalFacade(store, is_demo=is_demo), self._settings, self, demo_kept=kept_demo
        )
        self.window = window
        if old is not None:
            if old.isVisible():
                window.show()
                window.activateWindow()
            old.close()
            old.facade.close()
            old.deleteLater()
        self._remember(path, is_demo)
        return window

    def try_open(
        self, path: Path, is_demo: bool = False, rebuild_demo: bool = False
    ) -> MainWindow | None:
        """:meth:`open`, telling the user in words when the file cannot be opened."""
        try:
            return self.open(path, is_demo, rebuild_demo)
        except JournalDamaged as exc:
            return self.offer_backup(exc)
        except JournalLocked:
            return None  # the user cancelled the passphrase: nothing to say
        except JournalError as exc:
            QMessageBox.warning(
                self.window,
                QCoreApplication.translate("Launcher", "This journal cannot be opened"),
                str(exc),
            )
            return None
        except OSError as exc:
            QMessageBox.warning(
                self.window,
                QCoreApplication.translate("Launcher", "This journal cannot be opened"),
                QCoreApplication.translate(
                    "Launcher", "{path} could not be opened: {reason}."
                ).format(path=path, reason=exc.strerror or exc),
            )
            return None

    def offer_backup(self, damaged: JournalDamaged) -> MainWindow | None:
        """A damaged journal: offer its newest good backup, and open it restored if wanted.

        The damaged file was never written to; when a good backup exists the store has set
        it aside already, and it stays kept whatever the answer.
        """
        if damaged.backup is None or damaged.set_aside is None:
            QMessageBox.warning(
                self.window,
                QCoreApplication.translate("Launcher", "This journal cannot be opened"),
                str(damaged),
            )
            return None
        backup = damaged.backup
        yes = ChoiceDialog.ask(
            self.window,
            QCoreApplication.translate("Launcher", "This journal is damaged"),
            QCoreApplication.translate(
                "Launcher",
                "{name} is damaged and was not changed; it is kept as {kept} beside it."
                "\n\nThe newest backup that passes the check is from {when}. "
                "Restore it and open it?",
            ).format(
                name=damaged.path.name,
                kept=damaged.set_aside.name,
                when=when_text(backup.taken_at),
            ),
            [(QCoreApplication.translate("Launcher", "&Restore backup"), True)],
            back=QCoreApplication.translate("Launcher", "Not now"),
        )
        if not yes:
            return None
        return self._restore_and_open(damaged.path, backup)

    def restore_backup(self, backup: BackupInfo) -> MainWindow | None:
        """Close the window's journal, put ``backup`` in its place, and open it again."""
        old = self.window
        if old is None:
            return None
        old.keep_window_state()
        # Closed first: the restore replaces the file only when nobody has it open.
        old.facade.close()
        return self._restore_and_open(old.facade.path, backup)

    def change_encryption(self, change: EncryptionChange) -> MainWindow | None:
        """Close the window's journal, turn encryption on or off or change its passphrase,
        and open it again; on failure it reopens as it was, and the user is told why."""
        from journal.ui.encryption.encryption_change import offer_recovery_sheet, run_change

        old = self.window
        if old is None:
            return None
        path = old.facade.path
        # Closed first: the change replaces the file only when nobody has it open.
        old.let_go_of_journal()
        failure = run_change(old, path, change)
        opened = self.try_open(path)
        if failure is not None:
            QMessageBox.warning(
                self.window,
                QCoreApplication.translate("Launcher", "Encryption was not changed"),
                failure,
            )
        elif opened is not None:
            opened.show_status(change.done_text)
            if change.passphrase:
                said = offer_recovery_sheet(opened, journal_name(path), change.passphrase)
                if said is not None:
                    opened.show_status(said)
        return opened

    def _restore_and_open(self, path: Path, backup: BackupInfo) -> MainWindow | None:
        from journal.store.backups import restore

        try:
            report = restore(path, backup)
        except (JournalError, OSError) as exc:
            QMessageBox.warning(
                self.window,
                QCoreApplication.translate("Launcher", "The backup was not restored"),
                str(exc),
            )
            return self.try_open(path)
        opened = self.try_open(path)
        if opened is not None:
            said = QCoreApplication.translate("Launcher", "Restored the backup of {when}.").format(
                when=when_text(backup.taken_at)
            )
            if report.kept_as:
                said += " " + QCoreApplication.translate(
                    "Launcher", "The journal as it was is kept as {name}."
                ).format(name=report.kept_as.name)
            opened.show_status(said)
        return opened

    def open_demo(self) -> MainWindow | None:
        """Show the demo journal."""
        return self.try_open(demo_journal_path(), is_demo=True, rebuild_demo=True)

    def leave_demo(self, discard_changes: bool = False) -> MainWindow | None:
        """Go from the demo to the user's own journal (made if new).

        Args:
            discard_changes: build the demo afresh once it is closed, throwing away what
                the user changed in it (they were asked).
        """
        from journal.store.demo_writer import write_demo

        opened = self.open_my_journal()
        if opened is not None and discard_changes:
            write_demo(demo_journal_path(), replace=True).close()
        return opened

    def open_my_journal(self, first: CheckIn | None = None) -> MainWindow | None:
        """Open the user's own journal (made if new), with ``first`` saved in it."""
        path = default_journal_path()
        if first is not None:
            try:
                with open_journal(path) as store:
                    store.checkins.add(replace(first, id=None))
            except JournalError as exc:
                QMessageBox.warning(
                    self.window,
                    QCoreApplication.translate("Launcher", "Your journal cannot be opened"),
                    str(exc),
                )
                return None
        return self.try_open(path)

    def recent(self) -> list[Path]:
        """Journals opened lately, newest first (the demo is not one of them)."""
        stored = self._settings.value(RECENT_KEY, [])
        if isinstance(stored, str):  # QSettings gives a lone value back as a string
            stored = [stored]
        return [Path(p) for p in stored or []]

    # --- starting --------------------------------------------------------------------------

    def start(self) -> MainWindow | None:
        """The window for a start with no journal named: the last one, else the first run.

        Returns:
            The window, or None when the user closed the first-run screen.
        """
        last = self._settings.value(LAST_KEY)
        if last == DEMO_MARK and not default_journal_path().exists():
            return self.open_demo()
        if isinstance(last, str) and last != DEMO_MARK and Path(last).exists():
            opened = self.try_open(Path(last))
            if opened is not None:
                return opened
        if default_journal_path().exists():
            return self.try_open(default_journal_path())
        return self.first_run()

    def first_run(self, parent: QWidget | None = None) -> MainWindow | None:
        """The first-run screen, then the window the user chose."""
        while True:
            choice = WelcomeDialog.ask(default_journal_path(), parent)
            if choice is None:
                return None
            if choice is WelcomeChoice.START:
                opened = self.open_my_journal()
            elif choice is WelcomeChoice.DEMO:
                opened = self.open_demo()
            else:
                path = ask_journal_to_open(parent)
                opened = self.try_open(path) if path is not None else None
            if opened is not None:
                return opened

    def _remember(self, path: Path, is_demo: bool) -> None:
        self._settings.setValue(LAST_KEY, DEMO_MARK if is_demo else str(path))
        if not is_demo:
            recent = [p for p in self.recent() if p != path]
            self._settings.setValue(RECENT_KEY, [str(p) for p in [path, *recent][:MAX_RECENT]])
        self._settings.sync()
