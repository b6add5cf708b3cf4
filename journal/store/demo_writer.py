"""Writes the demo journal to a file."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

from journal.demo import build_demo
from journal.demo.care import DemoCare
from journal.demo.lesions import for_lesion
from journal.store.demo_state import FINGERPRINT_KEY
from journal.store.errors import JournalError
from journal.store.files import remove_folder
from journal.store.journal_store import JournalStore, open_journal
from journal.store.photos import photos_folder


class JournalExists(FileExistsError):
    """The demo would overwrite an existing file; nothing was written."""


def write_demo(
    path: Path, end: date | None = None, replace: bool = False, now: datetime | None = None
) -> JournalStore:
    """Create the demo journal at ``path`` and return it open.

    Args:
        path: the new journal file.
        end: the last day of the story; today by default, so the charts end now.
        replace: remove an existing file at ``path`` first (only ever for the demo's own file).
        now: the moment the story has reached; what lies after it is not written. The clock's
            time by default; tests fix it so the demo holds the same records at any hour.

    Raises:
        JournalExists: ``path`` exists and ``replace`` is False.
    """
    path = Path(path)
    if path.exists():
        if not replace:
            raise JournalExists(f"{path} already exists; the demo never overwrites a journal.")
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        remove_folder(photos_folder(path))
    demo = build_demo(end or date.today())
    now = now or datetime.now().astimezone()
    store = open_journal(path)
    # Today's later check-ins have not happened yet.
    store.checkins.add_many(c for c in demo.checkins if c.taken_at <= now)
    if demo.care is not None:
        _write_care(store, demo.care, now)
    for demo_lesion in demo.lesions:
        lesion = store.lesions.add_lesion(demo_lesion.lesion)
        for part in demo_lesion.observations:
            seen = store.lesions.add_observation(for_lesion(part.observation, lesion.id))
            name = f"{seen.observed_on:%Y-%m-%d}.jpg"
            store.photos.add_bytes(lesion.id, part.photo, name, seen.observed_on)
    # Remembered last, over everything written: any later change, by the user, keeps the demo.
    store.settings.put(FINGERPRINT_KEY, store.fingerprint())
    return store


def demo_has_changes(path: Path) -> bool:
    """True when the demo at ``path`` holds something the user saved or typed in it.

    A missing or unreadable demo has nothing of the user's: it is the program's own file,
    safe to build again.
    """
    if not Path(path).exists():
        return False
    try:
        with open_journal(path) as store:
            return store.demo_changed()
    except JournalError:
        return False


def prepare_demo(path: Path, end: date | None = None) -> bool:
    """Make the demo ready to open: rebuilt to end today, unless the user changed it.

    Returns:
        True when the demo was kept as the user left it (their changes are in it).
    """
    if demo_has_changes(path):
        return True
    write_demo(path, end=end, replace=True).close()
    return False


def _write_care(store: JournalStore, care: DemoCare, now: datetime) -> None:
    """The demo's medicines, doses, labs, imaging, appointments, BASDAI and context."""
    ids = [store.medicines.add(r).id for r in care.regimens]
    store.medicines.add_doses(
        (replace(d, regimen_id=ids[d.regimen_id]) for d in care.doses if d.at <= now), now
    )
    for lab in care.labs:
        if lab.taken_on <= now.date():
            store.labs.add(lab)
    for imaging in care.imaging:
        store.labs.add_imaging(imaging)
    for appointment, questions in care.appointments:
        saved = store.appointments.add(
            replace(appointment, questions=tuple(q.text for q in questions)), now
        )
        for question, stored in zip(questions, store.appointments.questions(saved.id), strict=True):
            if question.done:
                store.appointments.set_done(stored.id, True)
    for answers in care.basdai:
        store.basdai.add(answers)
    store.medical_context.put(care.context)
