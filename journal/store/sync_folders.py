"""Noticing a journal kept in a cloud-synced folder or on a network share.

SQLite's locks hold only on one computer: two computers with the same synced or shared
journal open at once each write their own version, and the sync keeps one (or a conflicted
copy beside it), so check-ins are lost. The program cannot prevent that; it can say so, and
point at a conflicted copy the sync left, which may hold entries missing from the journal.

Synced folders are known by their names (the services' default folder names) or, for
Syncthing, by the ``.stfolder`` marker it keeps in a shared folder's root; network shares
by their file system type in the system's mount table (``/proc/mounts`` on Linux).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from journal.translation import translate

MOUNTS = Path("/proc/mounts")

# A folder named so (or starting so: "Dropbox (Personal)", "OneDrive - Company") is synced.
_SYNCED_NAMES = (
    ("Dropbox", "Dropbox"),
    ("OneDrive", "OneDrive"),
    ("Nextcloud", "Nextcloud"),
    ("ownCloud", "ownCloud"),
    ("Google Drive", "Google Drive"),
    ("GoogleDrive", "Google Drive"),
    ("iCloud Drive", "iCloud Drive"),
    ("iCloudDrive", "iCloud Drive"),
    ("Mobile Documents", "iCloud Drive"),
)
SYNCTHING_MARKER = ".stfolder"

NETWORK_FILE_SYSTEMS = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb3",
        "smbfs",
        "sshfs",
        "fuse.sshfs",
        "9p",
        "afs",
        "ceph",
        "glusterfs",
        "fuse.glusterfs",
        "davfs",
        "fuse.davfs2",
        "fuse.rclone",
        "fuse.s3fs",
    }
)

# What each sync service puts in the name of the copy it keeps when two computers changed
# a file at once: Dropbox and Nextcloud/ownCloud "(… conflicted copy …)", older Nextcloud
# and ownCloud "_conflict-", Syncthing ".sync-conflict-".
_CONFLICT_MARKS = ("conflicted copy", "_conflict-", ".sync-conflict-")
# Others keep both versions under a numbered or a computer's name: Google Drive
# "journal (1).sqlite", iCloud Drive "journal 2.sqlite", and OneDrive
# "journal-LAPTOP.sqlite" (the other computer's name: Windows keeps those to 15 letters,
# digits and hyphens), which is only taken for a copy inside a OneDrive folder.
_NUMBERED_COPY = re.compile(r" \(\d{1,3}\)| \d{1,3}")
_ONEDRIVE_COPY = re.compile(r"-[A-Za-z0-9][A-Za-z0-9-]{0,14}")


@dataclass(frozen=True)
class SharedFolder:
    """Where a journal is shared with other computers.

    Attributes:
        kind: the service or share in words ("Dropbox", "network share (nfs4)").
        folder: the synced folder or the share's mount point.
    """

    kind: str
    folder: Path


def _unescape(field: str) -> str:
    # The mount table writes spaces, tabs, newlines and backslashes as octal escapes.
    for code, char in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n"), ("\\134", "\\")):
        field = field.replace(code, char)
    return field


def network_share(path: Path, mounts: Path = MOUNTS) -> SharedFolder | None:
    """The network share ``path`` is on, from the mount table ``mounts``; None if local.

    The mount with the longest mount point that holds ``path`` is the one it is on.
    """
    try:
        table = Path(mounts).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None  # no mount table here (not Linux): nothing to say
    path = Path(path).absolute()
    best: tuple[Path, str] | None = None
    for line in table.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point, kind = Path(_unescape(fields[1])), fields[2]
        if path != point and point not in path.parents:
            continue
        if best is None or len(point.parts) > len(best[0].parts):
            best = (point, kind)
    if best is None or best[1] not in NETWORK_FILE_SYSTEMS:
        return None
    share = translate("Store", "network share ({type})").format(type=best[1])
    return SharedFolder(share, best[0])


def synced_folder(path: Path) -> SharedFolder | None:
    """The cloud-synced folder holding ``path`` (by its name, or Syncthing's marker)."""
    path = Path(path).absolute()
    for folder in path.parents:
        for name, kind in _SYNCED_NAMES:
            if folder.name.startswith(name):
                return SharedFolder(kind, folder)
        if (folder / SYNCTHING_MARKER).exists():
            return SharedFolder("Syncthing", folder)
    return None


def shared_folder(path: Path, mounts: Path = MOUNTS) -> SharedFolder | None:
    """Where ``path`` is shared with other computers, or None when it is not."""
    return synced_folder(path) or network_share(path, mounts)


def conflicted_copies(journal: Path) -> list[Path]:
    """The conflicted copies of the journal a sync left beside it, by name."""
    journal = Path(journal)
    stem, suffix = journal.stem, journal.suffix
    synced = synced_folder(journal)
    onedrive = synced is not None and synced.kind == "OneDrive"
    try:
        beside = sorted(journal.parent.iterdir())
    except OSError:
        return []
    found = []
    for path in beside:
        name = path.name
        if path == journal or not (name.startswith(stem) and name.endswith(suffix)):
            continue
        middle = name[len(stem) : len(name) - len(suffix)]
        if _is_conflict(middle, onedrive) and path.is_file():
            found.append(path)
    return found


def _is_conflict(middle: str, onedrive: bool) -> bool:
    """Whether what a file's name adds to the journal's is a sync's mark of a copy."""
    if any(mark in middle.lower() for mark in _CONFLICT_MARKS):
        return True
    if _NUMBERED_COPY.fullmatch(middle):
        return True
    return onedrive and _ONEDRIVE_COPY.fullmatch(middle) is not None


def sharing_warnings(journal: Path, mounts: Path = MOUNTS) -> list[str]:
    """What to tell the user about a shared journal and its conflicted copies, in words.

    Empty for a journal in a folder of this computer's own with no conflicted copy beside.
    """
    journal = Path(journal)
    words = []
    shared = shared_folder(journal, mounts)
    if shared is not None:
        words.append(
            translate(
                "Store",
                "This journal is in a {kind} folder ({folder}). Never have it open on two "
                "computers at once: each would write its own version, and check-ins would be "
                "lost.",
            ).format(kind=shared.kind, folder=shared.folder)
        )
    for copy in conflicted_copies(journal):
        words.append(
            translate(
                "Store",
                "There is a conflicted copy of this journal beside it: {copy}. The sync made it "
                "when the journal was changed in two places; it may hold entries missing here. "
                "Journal → Import… (or: {command}) shows what it holds and adds its missing "
                "check-ins.",
            ).format(copy=copy, command=f'symptom-journal import --format copy "{copy}"')
        )
    return words
