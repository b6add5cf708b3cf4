"""``symptom-journal --install-desktop-entry``: the program in the desktop's menus (Linux).

Writes the desktop entry to ``$XDG_DATA_HOME/applications`` and the SVG icon to the user's
hicolor icon theme (``~/.local/share`` when ``XDG_DATA_HOME`` is unset), where every
freedesktop desktop looks. Running it again replaces both: after a move or a reinstall the
entry starts the program where it now is.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from journal.commands.failures import CommandFailed, plain_failures
from journal.desktop_entry import desktop_entry_text, launch_command
from journal.resource_files import APP_ICON, APP_ID, DESKTOP_ENTRY


def add_option(parser: argparse.ArgumentParser) -> None:
    """Register ``--install-desktop-entry`` on the main command line."""
    parser.add_argument(
        "--install-desktop-entry",
        dest="run",
        action="store_const",
        const=run,
        # Absent, it leaves ``run`` to a subcommand, or unset to open the window.
        default=argparse.SUPPRESS,
        help="put Symptom Journal in your desktop's application menu (Linux), then quit",
    )


def data_home(environ: os._Environ | dict[str, str] = os.environ) -> Path:
    """The user's data folder as the XDG base directory specification defines it.

    A relative ``XDG_DATA_HOME`` is invalid there and ignored, like an unset one.
    """
    given = environ.get("XDG_DATA_HOME", "")
    if given and Path(given).is_absolute():
        return Path(given)
    return Path.home() / ".local" / "share"


@plain_failures("install-desktop-entry")
def run(args: argparse.Namespace) -> int:
    """Install the desktop entry and the icon; say where."""
    if not sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        raise CommandFailed("a desktop entry is for Linux and other freedesktop systems.")
    home = data_home()
    entry = home / "applications" / f"{APP_ID}.desktop"
    icon = home / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    text = desktop_entry_text(
        DESKTOP_ENTRY.read_text(encoding="utf-8"), launch_command(sys.argv[0])
    )
    for path, content in ((icon, APP_ICON.read_bytes()), (entry, text.encode("utf-8"))):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
    print(f"Symptom Journal is in your application menu: {entry}")
    return 0
