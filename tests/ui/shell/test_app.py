"""The command line and the entry point."""

import sqlite3
import subprocess
import sys

import pytest

from journal.app import create_window, main
from journal.store import JournalTooNew, open_journal
from journal.store.schema import schema_version


def test_demo_command_writes_a_demo_journal(journal_path, capsys):
    assert main(["demo", "--journal", str(journal_path), "--end", "2026-11-01"]) == 0
    assert "demo journal" in capsys.readouterr().out
    with open_journal(journal_path) as demo:
        assert demo.checkins.count() > 120


def test_demo_command_never_overwrites(journal_path, store, capsys):
    assert main(["demo", "--journal", str(journal_path)]) == 1
    assert "never overwrites" in capsys.readouterr().err


def test_create_window_refuses_a_newer_journal(qtbot, journal_path):
    open_journal(journal_path).close()
    conn = sqlite3.connect(journal_path)
    conn.execute(f"PRAGMA user_version = {schema_version() + 5}")
    conn.commit()
    conn.close()
    with pytest.raises(JournalTooNew):
        create_window(journal_path)


def test_opening_a_newer_journal_shows_the_message_and_exits_2(qtbot, journal_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    open_journal(journal_path).close()
    conn = sqlite3.connect(journal_path)
    conn.execute(f"PRAGMA user_version = {schema_version() + 1}")
    conn.commit()
    conn.close()
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: shown.append(args[2]))
    assert main(["--journal", str(journal_path)]) == 2
    assert "newer version of Symptom Journal" in shown[0]


def test_the_window_options_choose_what_opens(monkeypatch, journal_path):
    from journal import app

    opened = []
    monkeypatch.setattr(
        app, "_open_window", lambda path, is_demo, minimised=False: opened.append((path, is_demo))
    )
    main(["--demo-if-new"])
    main([])
    main(["--demo"])
    main(["--journal", str(journal_path)])
    # No journal named: the start choice (last journal, else the first-run screen).
    assert opened == [(None, False), (None, False), (None, True), (journal_path, False)]


def test_minimised_opens_the_window_minimised(monkeypatch, journal_path):
    from journal import app

    asked = []
    monkeypatch.setattr(
        app, "_open_window", lambda path, is_demo, minimised: asked.append(minimised)
    )
    main(["--minimised", "--journal", str(journal_path)])
    main(["--journal", str(journal_path)])
    assert asked == [True, False]


def test_a_minimised_start_shows_the_window_minimised(monkeypatch):
    from journal import app

    class Window:
        shown = ""

        def showMinimized(self):
            self.shown = "minimised"

        def show(self):
            self.shown = "normal"

    class App:
        def exec(self):
            return 0

    monkeypatch.setattr(app, "_application", App)
    # A stand-in application has no event loop for the SIGTERM handler's timer.
    monkeypatch.setattr("journal.ui.shell.termination.close_on_termination", lambda app: None)
    window = Window()
    app._run(type("Launcher", (), {"window": None})(), window, minimised=True)
    assert window.shown == "minimised"


def test_python_dash_m_journal_answers_help():
    done = subprocess.run(
        [sys.executable, "-m", "journal", "--help"], capture_output=True, text=True, check=True
    )
    assert "symptom-journal" in done.stdout
    assert "demo" in done.stdout


def test_the_program_waits_for_the_charts_import_ahead_before_it_ends(monkeypatch):
    # Left running at exit, the import went on making Qt's classes while Qt was torn down.
    from journal import app

    ended = []

    class App:
        def exec(self):
            ended.append("event loop")
            return 0

    monkeypatch.setattr(app, "_application", App)
    monkeypatch.setattr("journal.ui.shell.termination.close_on_termination", lambda app: None)
    monkeypatch.setattr(
        "journal.ui.trends.canvas_ahead.finish_import_ahead", lambda: ended.append("import")
    )
    window = type("Window", (), {"show": lambda self: None})()
    app._run(type("Launcher", (), {"window": None})(), window)
    assert ended == ["event loop", "import"]


def test_a_crash_of_the_window_prints_its_threads_stacks():
    # A segfault said only "-11"; the stacks say where it was.
    code = "import ctypes, journal.app as app\napp._report_crashes()\nctypes.string_at(0)\n"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode != 0
    assert "Fatal Python error" in done.stderr and "most recent call first" in done.stderr
