"""The Linux desktop entry: the shipped template with the command that starts this install."""

from __future__ import annotations

import re
import sys
from pathlib import Path

# Characters the desktop entry specification says must be quoted in an Exec argument.
_NEEDS_QUOTES = re.compile(r"[\s\"'\\><~|&;$*?#()`=]")


def exec_argument(argument: str) -> str:
    """One argument of an ``Exec=`` line, quoted as the desktop entry specification asks."""
    # A lone % starts a field code (%f, %u...); a literal one is written twice.
    argument = argument.replace("%", "%%")
    if not argument or _NEEDS_QUOTES.search(argument):
        escaped = re.sub(r'(["`$\\])', r"\\\1", argument)
        # The entry's own string escapes come on top: a backslash is written twice.
        return '"' + escaped.replace("\\", "\\\\") + '"'
    return argument


def launch_command(argv0: str, python: str = sys.executable) -> list[str]:
    """How the desktop should start the program that is running now.

    The installed ``symptom-journal`` script when that is what runs, by its full path (a
    desktop session's PATH often lacks the folder pipx puts it in); otherwise this Python
    with ``-m journal``.

    Args:
        argv0: how the running program was started (``sys.argv[0]``).
        python: the Python running it.
    """
    script = Path(argv0)
    if script.name == "symptom-journal" and script.is_file():
        return [str(script.resolve())]
    return [str(Path(python).absolute()), "-m", "journal"]


def desktop_entry_text(template: str, command: list[str]) -> str:
    """The template's text with its ``Exec=`` line starting ``command``."""
    line = "Exec=" + " ".join(exec_argument(part) for part in command)
    lines = [line if row.startswith("Exec=") else row for row in template.splitlines()]
    return "\n".join(lines) + "\n"


MINIMISED_OPTION = "--minimised"


def autostart_entry_text(template: str, command: list[str]) -> str:
    """The entry that starts the program minimised at login (the XDG autostart folder).

    The same entry as the application menu's, started with ``--minimised`` so that it waits
    in the tray (or the task bar) to remind, rather than opening in front of everything.
    """
    text = desktop_entry_text(template, [*command, MINIMISED_OPTION])
    lines = [row for row in text.splitlines() if not row.startswith("StartupNotify=")]
    # GNOME reads its own key; the others start every entry in the folder that is not hidden.
    return "\n".join([*lines, "X-GNOME-Autostart-enabled=true"]) + "\n"
