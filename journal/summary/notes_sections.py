"""The notes and questions section, and the medical context section, of the summary.

Both are the patient's own words. The notes are those marked "show this to my doctor"; the
questions are this appointment's checklist, the ones still to ask first.
"""

from __future__ import annotations

from journal.care.appointments import Question
from journal.care.medical_context import MedicalContext
from journal.care.records import Appointment
from journal.dates import moment_text
from journal.summary.blocks import Block, Cell, Facts, Heading, Paragraph, Table, Tone
from journal.summary.inputs import SummaryInputs
from journal.summary.request import Section

NOT_RECORDED = "Not recorded"
TO_ASK, ASKED = "To ask", "Asked or no longer needed"


def notes_blocks(inputs: SummaryInputs) -> list[Block]:
    """The period's notes marked for the doctor, then the questions for this appointment."""
    blocks: list[Block] = [Heading(Section.NOTES.title), Heading("Notes for my doctor", level=2)]
    notes = [c for c in inputs.checkins if c.show_doctor and c.note.strip()]
    if notes:
        rows = tuple((Cell(moment_text(c.taken_at)), Cell(c.note.strip())) for c in notes)
        blocks.append(Table(("When", "Note"), rows, (1.0, 3.0)))
    else:
        blocks.append(
            Paragraph("No notes were marked “show this to my doctor” in this period.", Tone.QUIET)
        )
    blocks.append(Heading("Questions for this appointment", level=2))
    appointment = this_appointment(inputs)
    if appointment is not None:
        blocks.append(Paragraph(f"For the appointment on {_appointment_text(appointment)}."))
    questions = appointment_questions(inputs, appointment)
    if questions:
        rows = tuple(
            (Cell(ASKED if q.done else TO_ASK, strong=not q.done), Cell(q.text)) for q in questions
        )
        blocks.append(Table(("", "Question"), rows, (1.0, 4.0)))
    else:
        blocks.append(Paragraph("No questions written down for this appointment.", Tone.QUIET))
    return blocks


def this_appointment(inputs: SummaryInputs) -> Appointment | None:
    """The appointment the summary is for: the first on or after the period's last day."""
    coming = [a for a in inputs.snapshot.appointments if a.at.date() >= inputs.last]
    return min(coming, key=lambda a: a.at) if coming else None


def appointment_questions(inputs: SummaryInputs, appointment: Appointment | None) -> list[Question]:
    """The questions for ``appointment`` and those not yet given one; unticked first.

    Within each part they keep their place in the checklist. Questions written on the
    appointment itself, and not in the checklist, count as unticked.
    """
    wanted = {None, appointment.id if appointment is not None else None}
    chosen = [q for q in inputs.snapshot.questions if q.appointment_id in wanted]
    listed = {q.text.strip().casefold() for q in chosen}
    if appointment is not None:
        chosen += [
            Question(text.strip(), position=len(chosen) + i)
            for i, text in enumerate(appointment.questions)
            if text.strip() and text.strip().casefold() not in listed
        ]
    return sorted(chosen, key=lambda q: (q.done, q.position))


def _appointment_text(appointment: Appointment) -> str:
    words = [moment_text(appointment.at)]
    if appointment.clinician:
        words.append(f"with {appointment.clinician}")
    if appointment.place:
        words.append(f"at {appointment.place}")
    return " ".join(words)


def context_blocks(inputs: SummaryInputs) -> list[Block]:
    """The medical context as label/value lines; "Not recorded" where nothing was filled in."""
    context = inputs.snapshot.medical_context
    blocks: list[Block] = [Heading(Section.CONTEXT.title), Facts(context_facts(context))]
    if context.is_empty:
        blocks.append(Paragraph("The patient has not filled in their medical context.", Tone.QUIET))
    else:
        blocks.append(
            Paragraph(
                "As the patient wrote it. An unticked box may mean “no” or “not answered”.",
                Tone.QUIET,
            )
        )
    return blocks


def context_facts(context: MedicalContext) -> tuple[tuple[str, str], ...]:
    """Every part of the context, in words; nothing left out, so a gap shows as a gap."""
    empty = context.is_empty

    def ticked(value: bool) -> str:
        return NOT_RECORDED if empty else ("Yes" if value else "Not ticked")

    def written(value: str) -> str:
        return value.strip() or NOT_RECORDED

    infections = [
        name
        for name, value in (
            ("urinary", context.urinary_infection),
            ("skin", context.skin_infection),
            ("dental", context.dental_infection),
        )
        if value
    ]
    infection_words = ", ".join(infections).capitalize()
    if context.infection_notes.strip():
        infection_words = "; ".join(
            w for w in (infection_words, context.infection_notes.strip()) if w
        )
    return (
        ("Conditions", written(context.conditions)),
        ("Recent surgery", written(context.recent_surgery)),
        ("Recent infections", infection_words or (NOT_RECORDED if empty else "None ticked")),
        ("Diabetes", ticked(context.diabetes)),
        ("Weak immunity", written(context.immune_weakness)),
        ("Injects drugs", ticked(context.iv_drug_use)),
        ("Allergies", written(context.allergies)),
        ("Other notes", written(context.notes)),
    )
