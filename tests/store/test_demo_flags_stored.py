"""The demo's flags that need the care record and lesions, found from what was written."""

from dataclasses import replace

from journal.demo.story import DIAGNOSIS_DAY, SCARE_DAYS
from journal.flags import Rule, find_flags
from journal.store.demo_writer import write_demo

ANSWERS = ("medicine_helped", "rest_helped")


def _stored_snapshot(journal_path):
    with write_demo(journal_path) as store:
        return store.snapshot()


def test_the_stored_painkiller_doses_alone_make_the_early_pain_unrelenting(journal_path):
    snapshot = _stored_snapshot(journal_path)
    # Without the check-ins' "did it help" answers only the dose log says a medicine was taken.
    checkins = tuple(
        replace(c, values={k: v for k, v in c.values.items() if k not in ANSWERS})
        for c in snapshot.checkins
    )
    start = min(c.local_date for c in checkins)
    flags = find_flags(replace(snapshot, checkins=checkins))
    early = [f for f in flags if f.rule is Rule.UNRELENTING_PAIN]
    assert any((f.last_day - start).days < DIAGNOSIS_DAY for f in early)


def test_coming_back_names_the_stored_antibiotic_course(journal_path):
    snapshot = _stored_snapshot(journal_path)
    start = min(c.local_date for c in snapshot.checkins)
    (course,) = (r for r in snapshot.regimens if r.id is not None and "cillin" in r.name)
    back = [f for f in find_flags(snapshot) if f.rule is Rule.COMING_BACK]
    assert back and all(course.name in f.message for f in back)
    assert all(SCARE_DAYS.start <= (f.first_day - start).days < SCARE_DAYS.stop for f in back)


def test_the_stored_lesion_raises_growing_and_with_fever(journal_path):
    snapshot = _stored_snapshot(journal_path)
    rules = {f.rule for f in find_flags(snapshot)}
    assert {Rule.LESION_GROWING, Rule.LESION_WITH_FEVER} <= rules
