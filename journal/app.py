"""Entry point: ``symptom-journal`` and ``python -m journal``.

Subcommands run without Qt; the window is built only when one is opened.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from journal.commands import build_parser
from journal.store.location import default_journal_path, demo_journal_path

if TYPE_CHECKING:
    from journal.ui.main_window import MainWindow

ORGANISATION = "SymptomJournal"


def _application():
    from PySide6.QtWidgets import QApplication

    from journal.ui.none_guard import keep_none_alive
    from journal.ui.theme import ensure_theme

    # Before the first Qt call: PySide6 6.12 on Python 3.11 runs None's count down.
    keep_none_alive()
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
        app.setOrganizationName(ORGANISATION)
        app.setApplicationName("Symptom Journal")
    # Follows the system's light or dark scheme, unless SYMPTOM_JOURNAL_THEME forces one.
    ensure_theme(app)
    return app


def create_window(journal_path: Path, is_demo: bool = False) -> MainWindow:
    """Build the main window for a journal file, without running the event loop.

    Raises:
        journal.store.JournalError: the file is too new for this program, or damaged.
    """
    from PySide6.QtCore import QSettings

    from journal.store import open_journal
    from journal.ui.facade import JournalFacade
    from journal.ui.main_window import MainWindow

    _application()
    store = open_journal(Path(journal_path))
    settings = QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, "window"
    )
    return MainWindow(JournalFacade(store, is_demo=is_demo), settings)


def _open_window(path: Path, is_demo: bool) -> int:
    from PySide6.QtWidgets import QMessageBox

    from journal.store import JournalError

    app = _application()
    try:
        window = create_window(path, is_demo=is_demo)
    except JournalError as exc:
        print(exc, file=sys.stderr)
        QMessageBox.critical(None, "Symptom Journal cannot open this journal", str(exc))
        return 2
    window.show()
    code = app.exec()
    window.facade.close()
    return code


def _demo_path() -> Path:
    from journal.store.demo_writer import write_demo

    path = demo_journal_path()
    # The demo is regenerated each time so that its story ends today.
    write_demo(path, replace=True).close()
    return path


def main(argv: list[str] | None = None) -> int:
    """Run the command line; with no subcommand, open the journal's window."""
    args = build_parser().parse_args(argv)
    if getattr(args, "run", None) is not None:
        return args.run(args)
    journal_path = args.journal or default_journal_path()
    wants_demo = args.demo or (
        args.demo_if_new and args.journal is None and not journal_path.exists()
    )
    if wants_demo:
        return _open_window(_demo_path(), is_demo=True)
    return _open_window(journal_path, is_demo=False)


if __name__ == "__main__":
    sys.exit(main())
