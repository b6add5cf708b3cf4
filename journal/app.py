"""Entry point: ``symptom-journal`` and ``python -m journal``.

Subcommands run without Qt; the window is built only when one is opened.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from journal.commands import build_parser
from journal.store.location import demo_journal_path

if TYPE_CHECKING:
    from journal.ui.shell.main_window import MainWindow

ORGANISATION = "SymptomJournal"


def _application():
    from PySide6.QtWidgets import QApplication

    from journal.ui.shell.language import install_language
    from journal.ui.shell.write_failures import tell_write_failures
    from journal.ui.theme.none_guard import keep_none_alive
    from journal.ui.theme.theme import ensure_theme

    # Before the first Qt call: PySide6 6.12 on Python 3.11 runs None's count down.
    keep_none_alive()
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
        app.setOrganizationName(ORGANISATION)
        app.setApplicationName("Symptom Journal")
        # Before any window is built: its words are translated as it is made.
        install_language(app, _settings())
    # Follows the system's light or dark scheme, unless SYMPTOM_JOURNAL_THEME forces one.
    ensure_theme(app)
    tell_write_failures()
    return app


def _settings():
    from PySide6.QtCore import QSettings

    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, "window")


def create_window(journal_path: Path, is_demo: bool = False) -> MainWindow:
    """Build the main window for a journal file, without running the event loop.

    The journal named is opened as it is (a demo file too): the first-run screen is only for
    a start with no journal named.

    Raises:
        journal.store.JournalError: the file is too new for this program, or damaged.
    """
    _scan_imports_lightly()
    _check_ahead(Path(journal_path))
    from journal.ui.shell.launcher import Launcher

    _application()
    return Launcher(_settings()).open(Path(journal_path), is_demo=is_demo)


def _report_crashes() -> None:
    """A crash in Qt's C++ prints every thread's Python stack to stderr before the program
    dies: without it a crash leaves only its signal's number, and nothing to mend it by."""
    import contextlib
    import faulthandler

    # No stderr to write to (a windowed build): nothing to report to.
    with contextlib.suppress(AttributeError, ValueError, OSError):
        faulthandler.enable(all_threads=True)


def _scan_imports_lightly() -> None:
    """Before PySide6 is first imported: its look at each module already imported, and at
    every one after, then reads each file once and keeps none (:mod:`journal.import_scan`)."""
    from journal.import_scan import scan_imports_lightly

    scan_imports_lightly()


def _check_ahead(path: Path | None) -> None:
    """Begin the journal's integrity check, to run beside the window's imports."""
    from journal.store.integrity_ahead import check_ahead

    if path is not None:
        check_ahead(path)


def _run(launcher, window, minimised: bool = False) -> int:
    if window is None:
        return 0  # the first-run screen was closed: nothing to open
    from journal.ui.shell.termination import close_on_termination

    if minimised:
        window.showMinimized()
    else:
        window.show()
    app = _application()
    close_on_termination(app)
    code = app.exec()
    if launcher.window is not None:
        launcher.window.facade.close()
    from journal.ui.trends.canvas_ahead import finish_import_ahead

    finish_import_ahead()  # before Python's exit takes Qt down under it
    return code


def _open_window(path: Path | None, is_demo: bool, minimised: bool = False) -> int:
    """Open ``path`` (the demo when ``is_demo``), or, with no path, the start choice."""
    _report_crashes()
    _scan_imports_lightly()
    if not is_demo:
        from journal.ui.shell.last_journal import likely_journal

        _check_ahead(path if path is not None else likely_journal(_settings()))
    from PySide6.QtWidgets import QMessageBox

    from journal.store import JournalDamaged, JournalError
    from journal.store.errors import JournalLocked
    from journal.ui.shell.launcher import Launcher

    _application()
    launcher = Launcher(_settings())
    try:
        if is_demo:
            window = launcher.open(demo_journal_path(), is_demo=True, rebuild_demo=True)
        elif path is not None:
            window = launcher.open(path)
        else:
            window = launcher.start()
    except JournalLocked:
        return 1  # the user cancelled the passphrase: nothing more to say
    except JournalError as exc:
        print(exc, file=sys.stderr)
        if isinstance(exc, JournalDamaged) and exc.backup is not None:
            # Set aside already; its newest good backup is offered in its place.
            window = launcher.offer_backup(exc)
            return 2 if window is None else _run(launcher, window)
        QMessageBox.critical(None, "Symptom Journal cannot open this journal", str(exc))
        return 2
    return _run(launcher, window, minimised)


def main(argv: list[str] | None = None) -> int:
    """Run the command line; with no subcommand, open the journal's window."""
    args = build_parser(sys.argv[1:] if argv is None else argv).parse_args(argv)
    if getattr(args, "run", None) is not None:
        from journal.commands.journal_file import warn_if_shared
        from journal.commands.passphrases import unlock_for

        warn_if_shared(args)
        # An encrypted journal is unlocked before any command opens it.
        return unlock_for(args) or args.run(args)
    # --demo-if-new is what a plain start does now: the first-run screen offers the demo.
    return _open_window(args.journal, is_demo=args.demo, minimised=args.minimised)


if __name__ == "__main__":
    sys.exit(main())
