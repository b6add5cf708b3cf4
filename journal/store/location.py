"""Where journals live on disk, and keeping that place private to the user."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from journal.translation import translate

APP_NAME = "SymptomJournal"
HOME_VARIABLE = "SYMPTOM_JOURNAL_HOME"
JOURNAL_FILENAME = "journal.sqlite"
PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600


def data_home() -> Path:
    """The journal's folder: ``$SYMPTOM_JOURNAL_HOME``, else the platform's data folder."""
    override = os.environ.get(HOME_VARIABLE)
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_journal_path() -> Path:
    """The user's own journal file."""
    return data_home() / JOURNAL_FILENAME


def demo_journal_path() -> Path:
    """Where ``--demo`` keeps its journal: apart from the user's data, safe to regenerate."""
    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)) / "demo" / "demo.sqlite"


def ensure_private_dir(folder: Path) -> None:
    """Make ``folder`` (and parents) if missing, readable by the user alone.

    A folder that already exists is the user's to set, and is left as it is (a journal kept
    in ~/Documents or /tmp must not lock that folder down), except the program's own data
    folder, which is always made private.
    """
    folder = Path(folder)
    if folder.is_dir() and folder != data_home():
        return
    folder.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR_MODE)
    # mkdir's mode passes through the umask; the folder must end up private whatever it is.
    os.chmod(folder, PRIVATE_DIR_MODE)


def create_private_file(path: Path) -> None:
    """Create an empty file readable by the user alone, unless it already exists."""
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_FILE_MODE)
    except FileExistsError:
        return
    os.close(fd)


def journal_name(path: Path, is_demo: bool = False) -> str:
    """The journal in words, for a title bar or a menu: "My journal", or the file's name."""
    if is_demo:
        return translate("Store", "Demo journal")
    path = Path(path)
    if path == default_journal_path():
        return translate("Store", "My journal")
    return path.stem if path.suffix == ".sqlite" else path.name
