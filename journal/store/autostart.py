"""The autostart entry (Linux): a desktop entry in ``$XDG_CONFIG_HOME/autostart``.

Every freedesktop session starts the entries of that folder at login. The file is the
program's only trace there; removing it is all it takes to stop.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path

from journal.desktop_entry import autostart_entry_text, launch_command
from journal.resource_files import APP_ID, DESKTOP_ENTRY


def autostart_supported(platform: str = sys.platform) -> bool:
    """True where the XDG autostart folder is how programs start at login."""
    return platform.startswith(("linux", "freebsd", "openbsd", "netbsd"))


def config_home(environ: Mapping[str, str] = os.environ) -> Path:
    """The user's configuration folder as the XDG base directory specification defines it.

    A relative ``XDG_CONFIG_HOME`` is invalid there and ignored, like an unset one.
    """
    given = environ.get("XDG_CONFIG_HOME", "")
    if given and Path(given).is_absolute():
        return Path(given)
    return Path.home() / ".config"


def autostart_path(environ: Mapping[str, str] = os.environ) -> Path:
    """Where the autostart entry is written."""
    return config_home(environ) / "autostart" / f"{APP_ID}.desktop"


def starts_at_login(environ: Mapping[str, str] = os.environ) -> bool:
    """True when the autostart entry is there."""
    return autostart_path(environ).is_file()


def set_start_at_login(on: bool, environ: Mapping[str, str] = os.environ) -> Path:
    """Write the autostart entry (for the program running now), or remove it.

    Returns:
        The entry's path.

    Raises:
        OSError: the folder or the file could not be written or removed.
    """
    path = autostart_path(environ)
    if not on:
        path.unlink(missing_ok=True)
        return path
    text = autostart_entry_text(
        DESKTOP_ENTRY.read_text(encoding="utf-8"), launch_command(sys.argv[0])
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    # Written beside, then moved into place: a session starting never reads half an entry.
    partial = path.with_name(path.name + ".part")
    partial.write_text(text, encoding="utf-8")
    partial.replace(path)
    return path
