"""The notes and questions section, and the medical context section."""

from __future__ import annotations

from builders import at
from summary.section_builders import blocks_of, inputs_of, texts

from journal.care.appointments import Question
from journal.care.medical_context import MedicalContext
from journal.care.records import Appointment
from journal.checkin import CheckIn
from journal.snapshot import JournalSnapshot
from journal.summary.blocks import Facts, Heading, Paragraph, Table, Tone
from journal.summary.notes_sections import context_blocks, notes_blocks

EARLIER = Appointment(at(2, 10), "Dr Lee", id=1)
COMING = Appointment(at(30, 15), "Dr Okafor", "Clinic B", id=2)
AFTER = Appointment(at(28, 9).replace(month=12), "Dr Lee", id=3)


def _tables(snapshot) -> tuple[list, list[Table]]:
    blocks = notes_blocks(inputs_of(snapshot))
    return blocks, blocks_of(blocks, Table)


def test_only_notes_marked_for_the_doctor_in_the_period_are_shown_with_their_moments():
    checkins = (
        CheckIn(at(1, 21), note="Before the period", show_doctor=True),
        CheckIn(at(5, 21, 30), note="Pain woke me twice.", show_doctor=True),
        CheckIn(at(6, 21), note="Private note"),
        CheckIn(at(7, 8), note="  ", show_doctor=True),
        CheckIn(at(9, 20, 5), note="Fever again tonight.", show_doctor=True),
    )
    _, (notes,) = _tables(JournalSnapshot(checkins=checkins))
    assert [texts(row) for row in notes.rows] == [
        ["Thu 5 Nov 2026, 21:30", "Pain woke me twice."],
        ["Mon 9 Nov 2026, 20:05", "Fever again tonight."],
    ]


def test_questions_are_this_appointments_and_the_unassigned_unticked_first():
    questions = (
        Question("Asked last time", done=True, appointment_id=1, position=0),
        Question("Can I work?", done=True, appointment_id=2, position=1),
        Question("Another MRI?", appointment_id=2, position=2),
        Question("Stop ibuprofen?", position=3),
        Question("For December", appointment_id=3, position=4),
        Question("Physio?", appointment_id=2, position=0),
    )
    snapshot = JournalSnapshot(appointments=(EARLIER, COMING, AFTER), questions=questions)
    blocks, (table,) = _tables(snapshot)
    assert [texts(row) for row in table.rows] == [
        ["To ask", "Physio?"],
        ["To ask", "Another MRI?"],
        ["To ask", "Stop ibuprofen?"],
        ["Asked or no longer needed", "Can I work?"],
    ]
    assert (
        Paragraph("For the appointment on Mon 30 Nov 2026, 15:00 with Dr Okafor at Clinic B.")
        in blocks
    )


def test_questions_written_on_the_appointment_itself_count_as_unticked():
    coming = Appointment(at(30, 15), questions=("Bloods again?", "Physio?"), id=2)
    snapshot = JournalSnapshot(
        appointments=(coming,), questions=(Question("Physio?", done=True, appointment_id=2),)
    )
    _, (table,) = _tables(snapshot)
    assert [texts(row) for row in table.rows] == [
        ["To ask", "Bloods again?"],
        ["Asked or no longer needed", "Physio?"],
    ]


def test_without_an_appointment_booked_the_unassigned_questions_are_shown():
    snapshot = JournalSnapshot(
        appointments=(EARLIER,),
        questions=(Question("Stop ibuprofen?"), Question("Old", appointment_id=1)),
    )
    _, (table,) = _tables(snapshot)
    assert [texts(row) for row in table.rows] == [["To ask", "Stop ibuprofen?"]]


def test_no_notes_and_no_questions_say_so():
    assert notes_blocks(inputs_of(JournalSnapshot())) == [
        Heading("Notes and questions"),
        Heading("Notes for my doctor", level=2),
        Paragraph("No notes were marked “show this to my doctor” in this period.", Tone.QUIET),
        Heading("Questions for this appointment", level=2),
        Paragraph("No questions written down for this appointment.", Tone.QUIET),
    ]


def _facts(context: MedicalContext) -> dict[str, str]:
    (facts,) = blocks_of(context_blocks(inputs_of(JournalSnapshot(medical_context=context))), Facts)
    return dict(facts.items)


def test_the_medical_context_is_given_in_words():
    context = MedicalContext(
        conditions="Type 2 diabetes since 2015",
        recent_surgery="L4 discectomy, March 2026",
        skin_infection=True,
        dental_infection=True,
        infection_notes="Boil drained in October",
        diabetes=True,
        immune_weakness="Prednisolone 10 mg",
    )
    assert _facts(context) == {
        "Conditions": "Type 2 diabetes since 2015",
        "Recent surgery": "L4 discectomy, March 2026",
        "Recent infections": "Skin, dental; Boil drained in October",
        "Diabetes": "Yes",
        "Weak immunity": "Prednisolone 10 mg",
        "Injects drugs": "Not ticked",
        "Allergies": "Not recorded",
        "Other notes": "Not recorded",
    }


def test_an_empty_medical_context_says_not_recorded_for_everything():
    blocks = context_blocks(inputs_of(JournalSnapshot()))
    assert blocks[0] == Heading("Medical context")
    assert set(_facts(MedicalContext()).values()) == {"Not recorded"}
    assert Paragraph("The patient has not filled in their medical context.", Tone.QUIET) in blocks
