"""Hypothesis strategies for any journal's contents, every kind of record included."""

from __future__ import annotations

import hashlib
from datetime import date, datetime, time, timedelta, timezone

from hypothesis import strategies as st

from journal.care.appointments import Question
from journal.care.basdai import BasdaiAnswers
from journal.care.medical_context import MedicalContext
from journal.care.records import (
    Appointment,
    DoseEvent,
    DoseStatus,
    Imaging,
    LabResult,
    Purpose,
    Regimen,
    Route,
)
from journal.checkin import CheckIn
from journal.exchange.contents import AcknowledgedFlag, JournalContents
from journal.lesions.lesion import Crusting, Lesion, LesionObservation
from journal.lesions.photos import Photo
from journal.metrics import BUILTIN_METRICS, Group, Metric, MetricKind
from journal.pain import Character, PainSite, Region, Side

# Any text a user could type, formula starts, quotes, tabs and line breaks included.
texts = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=12
) | st.sampled_from(["=SUM(A1)", "+1", "-2+3", "@x", "\tx", "\rx", "'quoted", "a\r\nb", ""])
days = st.dates(date(1990, 1, 1), date(2030, 12, 31))
numbers = st.floats(-1e6, 1e6, allow_nan=False, allow_infinity=False)
offsets = st.integers(-14 * 60, 14 * 60).map(lambda m: timezone(timedelta(minutes=m)))
moments = st.builds(
    lambda d, t, z: datetime.combine(d, t).replace(tzinfo=z),
    days,
    st.times().map(lambda t: t.replace(microsecond=0)),
    offsets,
)
clock_times = st.builds(time, st.integers(0, 23), st.integers(0, 59))
own_keys = st.lists(st.from_regex(r"own_[a-z]{1,6}", fullmatch=True), unique=True, max_size=3)


def _some_of(records: tuple, **size):
    """A list of some of ``records`` (none when there are none)."""
    return st.lists(st.sampled_from(records), **size) if records else st.just([])


def _metric(key: str, label: str, archived: bool) -> Metric:
    return Metric(key, label, MetricKind.SCALE, Group.CUSTOM, builtin=False, archived=archived)


def _checkins(keys: list[str]):
    values = st.dictionaries(st.sampled_from(keys), numbers, max_size=4)
    return st.lists(
        st.builds(
            CheckIn,
            taken_at=moments,
            values=values,
            pain_sites=st.frozensets(
                st.builds(PainSite, st.sampled_from(Region), st.sampled_from(Side))
            ),
            pain_characters=st.frozensets(st.sampled_from(Character)),
            note=texts,
            show_doctor=st.booleans(),
        ),
        max_size=4,
    )


def _photo(n: int) -> Photo:
    return Photo(
        hashlib.sha256(b"photo %d" % n).hexdigest(),
        date(2024, 1, n + 1),
        f"p{n}.jpg",
        4,
        3,
        id=n + 1,
    )


@st.composite
def journal_contents(draw) -> JournalContents:
    """Any journal: every kind, references between them, odd text everywhere."""
    keys = draw(own_keys)
    metrics = tuple(_metric(k, draw(texts), draw(st.booleans())) for k in keys)
    checkins = tuple(draw(_checkins([m.key for m in BUILTIN_METRICS] + keys)))
    regimens = tuple(
        Regimen(
            draw(texts),
            draw(st.floats(0.1, 1e4)),
            draw(texts),
            draw(st.sampled_from(Route)),
            draw(st.sampled_from(Purpose)),
            draw(days),
            draw(st.none() | days),
            draw(st.none() | st.integers(1, 6)),
            i,
            draw(texts),
            tuple(sorted(draw(st.sets(clock_times, max_size=2)))),
        )
        for i in range(1, draw(st.integers(0, 2)) + 1)
    )
    doses = tuple(
        DoseEvent(r.id, draw(moments), draw(st.sampled_from(DoseStatus)), draw(texts), n)
        for n, r in enumerate(draw(_some_of(regimens, max_size=3)))
    )
    appointments = tuple(
        Appointment(draw(moments), draw(texts), draw(texts), (), draw(texts), i)
        for i in range(1, draw(st.integers(0, 2)) + 1)
    )
    questions = tuple(
        Question(draw(texts), draw(st.booleans()), a, draw(st.integers(0, 5)), n)
        for n, a in enumerate(
            draw(st.lists(st.sampled_from([None, *(a.id for a in appointments)]), max_size=3))
        )
    )
    lesions = tuple(
        Lesion(
            f"lesion {i}",
            draw(st.sampled_from(Region)),
            draw(st.sampled_from(Side)),
            draw(days),
            draw(st.none() | days),
            i,
        )
        for i in range(1, draw(st.integers(0, 2)) + 1)
    )
    photos = tuple(_photo(n) for n in range(draw(st.integers(0, 3))))
    observations = tuple(
        LesionObservation(
            x.id,
            draw(days),
            draw(st.none() | numbers),
            draw(st.none() | st.integers(0, 50)),
            draw(st.none() | st.integers(0, 10)),
            draw(st.booleans()),
            draw(st.sampled_from(Crusting)),
            draw(st.booleans()),
            draw(st.booleans()),
            draw(st.none() | st.integers(0, 10)),
            draw(st.booleans()),
            draw(texts),
            tuple(p.id for p in draw(_some_of(photos, unique=True))),
            n,
        )
        for n, x in enumerate(draw(_some_of(lesions, max_size=3)))
    )
    return JournalContents(
        metrics=metrics,
        checkins=checkins,
        regimens=regimens,
        doses=doses,
        labs=tuple(
            LabResult(
                draw(texts),
                draw(days),
                draw(st.none() | numbers),
                draw(texts),
                draw(texts),
                draw(st.none() | numbers),
                draw(st.none() | numbers),
                i,
            )
            for i in range(draw(st.integers(0, 2)))
        ),
        imaging=tuple(
            Imaging(draw(texts), draw(days), draw(texts), i) for i in range(draw(st.integers(0, 2)))
        ),
        appointments=appointments,
        questions=questions,
        basdai=tuple(
            BasdaiAnswers(
                draw(days),
                *(draw(st.floats(0, 10)) for _ in range(6)),
                draw(st.none() | st.floats(0, 10)),
                i,
            )
            for i in range(draw(st.integers(0, 2)))
        ),
        medical_context=MedicalContext(
            conditions=draw(texts), diabetes=draw(st.booleans()), notes=draw(texts)
        ),
        lesions=lesions,
        lesion_observations=observations,
        photos=photos,
        acknowledged_flags=tuple(
            AcknowledgedFlag(
                draw(st.sampled_from(["fever", "night_pain"])), d, d, draw(moments).isoformat()
            )
            for d in draw(st.sets(days, max_size=2))
        ),
        settings=draw(
            st.dictionaries(
                st.sampled_from(["units", "trends", "flag_thresholds"]),
                st.recursive(
                    st.none() | st.booleans() | st.integers() | texts,
                    lambda inner: (
                        st.lists(inner, max_size=2) | st.dictionaries(texts, inner, max_size=2)
                    ),
                    max_leaves=4,
                ),
            )
        ),
    )


def photo_bytes(contents: JournalContents) -> dict[str, bytes]:
    """The bytes each strategy photo is named after."""
    return {p.sha256: b"photo %d" % (p.id - 1) for p in contents.photos}
