"""Photos of lesions as the journal keeps them: cleaned copies named by their content."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from journal.lesions.lesion import LesionObservation
from journal.text import readable_fields
from journal.translation import translate


@dataclass(frozen=True)
class Photo:
    """A photo in the journal: a cleaned copy (no metadata) stored under its content hash.

    Attributes:
        sha256: hex digest of the stored bytes; also the file's name.
        taken_on: the photo's own date (EXIF DateTimeOriginal) or the day it was added.
        original_name: the file name the user imported, for recognising it.
        width: pixels across, after orientation was applied.
        height: pixels down, after orientation was applied.
        extension: "jpg" or "png", the stored format.
        id: the journal's identifier, None until saved.
    """

    sha256: str
    taken_on: date
    original_name: str
    width: int
    height: int
    extension: str = "jpg"
    id: int | None = None

    def __post_init__(self) -> None:
        # Text an import brought may hold lone surrogates, which cannot be stored.
        readable_fields(self)

    @property
    def file_name(self) -> str:
        """The stored file's name: the content hash and the format."""
        return f"{self.sha256}.{self.extension}"

    def with_id(self, photo_id: int) -> Photo:
        """The same photo, as saved under ``photo_id``."""
        return replace(self, id=photo_id)


@dataclass(frozen=True)
class TimelinePhoto:
    """One photo on a lesion's timeline, with the observation it belongs to."""

    observation: LesionObservation
    photo: Photo

    @property
    def day(self) -> date:
        """The observation's day."""
        return self.observation.observed_on


@dataclass(frozen=True)
class Rejection:
    """A file that was not added, and why, in words a patient understands."""

    file_name: str
    reason: str

    @property
    def message(self) -> str:
        """For example "holiday.jpg: this file is damaged or incomplete."."""
        return translate("Lesions", "{file}: {reason}").format(
            file=self.file_name, reason=self.reason
        )


@dataclass
class ImportReport:
    """What happened to a batch of photo files: the good ones are added, the bad ones named.

    Attributes:
        added: the photos now in the journal (an already-stored photo counts as added).
        rejected: the files that were not added, each with its reason.
    """

    added: list[TimelinePhoto] = field(default_factory=list)
    rejected: list[Rejection] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when every file was added."""
        return not self.rejected

    def summary(self) -> str:
        """One plain paragraph: how many were added, and which were not and why."""
        count = len(self.added)
        lines = [translate("Lesions", "Added %n photo(s).", None, count)]
        if self.rejected:
            rejected = len(self.rejected)
            if rejected == 1:
                lines.append(translate("Lesions", "%n file was not added:", None, rejected))
            else:
                lines.append(translate("Lesions", "%n files were not added:", None, rejected))
            lines.extend(r.message for r in self.rejected)
        return "\n".join(lines)
