"""A lone surrogate in any text the store writes never stops a save: it is kept as "�"."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from itertools import count

import pytest
from care_builders import iv_course
from hypothesis import HealthCheck, given, settings
from picture_builders import picture
from test_text import ANY_TEXT

from journal.care.medical_context import MedicalContext
from journal.care.records import Appointment, DoseEvent, DoseStatus, Imaging, LabResult
from journal.checkin import CheckIn, local_now
from journal.lesions.lesion import Lesion, LesionObservation
from journal.metrics import Group, Metric, MetricKind
from journal.pain import Region, Side
from journal.text import readable

SOME = settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
_serial = count()
YESTERDAY = date.today() - timedelta(days=1)


def _checkin_note(store, text):
    saved = store.checkins.add(CheckIn(local_now() - timedelta(hours=1), note=text))
    return [store.checkins.get(saved.id).note]


def _symptom_label(store, text):
    key = f"custom_{next(_serial)}"
    store.metrics.add_custom(
        Metric(key, f"S {text}", MetricKind.SCALE, Group.CUSTOM, builtin=False)
    )
    return [next(m.label for m in store.metrics.all() if m.key == key)]


def _lesion(store, text) -> Lesion:
    name = f"{next(_serial)} {text}"
    return store.lesions.add_lesion(Lesion(name, Region.LOWER_BACK, Side.LEFT, YESTERDAY))


def _lesion_name(store, text):
    lesion = _lesion(store, text)
    return [store.lesions.lesion(lesion.id).name]


def _observation_note(store, text):
    lesion = _lesion(store, "x")
    saved = store.lesions.add_observation(LesionObservation(lesion.id, YESTERDAY, note=text))
    return [store.lesions.observation(saved.id).note]


def _photo_name(store, text):
    lesion = _lesion(store, "x")
    # A picture of its own each time: the same picture is kept once, under its first name.
    different = picture(size=(16 + next(_serial) % 500, 16))
    added = store.photos.add_bytes(lesion.id, different, text, YESTERDAY)
    return [store.photos.photos([added.photo.id])[added.photo.id].original_name]


def _medicine(store, text):
    saved = store.medicines.add(iv_course(name=f"M {text}", dose_unit=f"g {text}"))
    back = store.medicines.get(saved.id)
    return [back.name, back.dose_unit]


def _dose(store, text):
    regimen = store.medicines.add(iv_course())
    at = datetime.now().astimezone() - timedelta(hours=1)
    saved = store.medicines.add_dose(DoseEvent(regimen.id, at, DoseStatus.TAKEN, side_effects=text))
    return [
        d.side_effects for d in store.medicines.doses(regimen_id=regimen.id) if d.id == saved.id
    ]


def _lab(store, text):
    lab = LabResult(f"CRP {text}", YESTERDAY, value=12.0, unit=text, text=text)
    back = store.labs.get(store.labs.add(lab).id)
    return [back.test, back.unit, back.text]


def _imaging(store, text):
    back = store.labs.get_imaging(
        store.labs.add_imaging(Imaging(f"MRI {text}", YESTERDAY, text)).id
    )
    return [back.kind, back.result]


def _appointment(store, text):
    at = datetime.now().astimezone() + timedelta(days=3)
    saved = store.appointments.add(Appointment(at, clinician=text, place=text, outcome=text))
    back = store.appointments.get(saved.id)
    return [back.clinician, back.place, back.outcome]


def _question(store, text):
    saved = store.appointments.add_question(f"Q {text}")
    return [next(q.text for q in store.appointments.all_questions() if q.id == saved.id)]


def _medical_context(store, text):
    names = ["conditions", "recent_surgery", "infection_notes", "immune_weakness", "allergies"]
    store.medical_context.put(MedicalContext(**dict.fromkeys([*names, "notes"], text)))
    back = store.medical_context.get()
    return [getattr(back, name) for name in [*names, "notes"]]


WRITERS: dict[str, Callable] = {
    "check-in note": _checkin_note,
    "symptom name": _symptom_label,
    "lesion name": _lesion_name,
    "observation note": _observation_note,
    "photo file name": _photo_name,
    "medicine name and unit": _medicine,
    "dose side effects": _dose,
    "lab test, unit and result": _lab,
    "imaging kind and result": _imaging,
    "appointment clinician, place and outcome": _appointment,
    "question": _question,
    "medical context": _medical_context,
}


@pytest.mark.parametrize("write", WRITERS.values(), ids=WRITERS.keys())
@SOME
@given(text=ANY_TEXT)
def test_any_text_is_saved_and_reads_back_readable(store, write, text):
    for back in write(store, text):
        # Each stored field holds the text (after a label's prefix, trimmed), readable.
        assert readable(text).strip() in back
        assert back.encode("utf-8").decode("utf-8") == back
