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
from journal.translation import QT_TRANSLATE_NOOP, translate

NOT_RECORDED = QT_TRANSLATE_NOOP("Summary", "Not recorded")
TO_ASK = QT_TRANSLATE_NOOP("Summary", "To ask")
ASKED = QT_TRANSLATE_NOOP("Summary", "Asked or no longer needed")


def notes_blocks(inputs: SummaryInputs) -> list[Block]:
    """The period's notes marked for the doctor, then the questions for this appointment."""
    blocks: list[Block] = [
        Heading(Section.NOTES.title),
        Heading(translate("Summary", "Notes for my doctor"), level=2),
    ]
    notes = [c for c in inputs.checkins if c.show_doctor and c.note.strip()]
    if notes:
        rows = tuple((Cell(moment_text(c.taken_at)), Cell(c.note.strip())) for c in notes)
        columns = (translate("Summary", "When"), translate("Summary", "Note"))
        blocks.append(Table(columns, rows, (1.0, 3.0)))
    else:
        blocks.append(
            Paragraph(
                translate(
                    "Summary", "No notes were marked “show this to my doctor” in this period."
                ),
                Tone.QUIET,
            )
        )
    blocks.append(Heading(translate("Summary", "Questions for this appointment"), level=2))
    appointment = this_appointment(inputs)
    if appointment is not None:
        blocks.append(
            Paragraph(
                translate("Summary", "For the appointment on {appointment}.").format(
                    appointment=_appointment_text(appointment)
                )
            )
        )
    questions = appointment_questions(inputs, appointment)
    if questions:
        rows = tuple(
            (
                Cell(translate("Summary", ASKED if q.done else TO_ASK), strong=not q.done),
                Cell(q.text),
            )
            for q in questions
        )
        blocks.append(Table(("", translate("Summary", "Question")), rows, (1.0, 4.0)))
    else:
        blocks.append(
            Paragraph(
                translate("Summary", "No questions written down for this appointment."), Tone.QUIET
            )
        )
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
        words.append(
            translate("Summary", "with {clinician}").format(clinician=appointment.clinician)
        )
    if appointment.place:
        words.append(translate("Summary", "at {place}").format(place=appointment.place))
    return " ".join(words)


def context_blocks(inputs: SummaryInputs) -> list[Block]:
    """The medical context as label/value lines; "Not recorded" where nothing was filled in."""
    context = inputs.snapshot.medical_context
    blocks: list[Block] = [Heading(Section.CONTEXT.title), Facts(context_facts(context))]
    if context.is_empty:
        blocks.append(
            Paragraph(
                translate("Summary", "The patient has not filled in their medical context."),
                Tone.QUIET,
            )
        )
    else:
        blocks.append(
            Paragraph(
                translate(
                    "Summary",
                    "As the patient wrote it. An unticked box may mean “no” or “not answered”.",
                ),
                Tone.QUIET,
            )
        )
    return blocks


def context_facts(context: MedicalContext) -> tuple[tuple[str, str], ...]:
    """Every part of the context, in words; nothing left out, so a gap shows as a gap."""
    empty = context.is_empty
    not_recorded = translate("Summary", NOT_RECORDED)

    def ticked(value: bool) -> str:
        if empty:
            return not_recorded
        return translate("Summary", "Yes") if value else translate("Summary", "Not ticked")

    def written(value: str) -> str:
        return value.strip() or not_recorded

    infections = [
        translate("Summary", name)
        for name, value in (
            (QT_TRANSLATE_NOOP("Summary", "urinary"), context.urinary_infection),
            (QT_TRANSLATE_NOOP("Summary", "skin"), context.skin_infection),
            (QT_TRANSLATE_NOOP("Summary", "dental"), context.dental_infection),
        )
        if value
    ]
    infection_words = ", ".join(infections)
    infection_words = infection_words[:1].upper() + infection_words[1:]
    if context.infection_notes.strip():
        infection_words = "; ".join(
            w for w in (infection_words, context.infection_notes.strip()) if w
        )
    none_ticked = not_recorded if empty else translate("Summary", "None ticked")
    return (
        (translate("Summary", "Conditions"), written(context.conditions)),
        (translate("Summary", "Recent surgery"), written(context.recent_surgery)),
        (translate("Summary", "Recent infections"), infection_words or none_ticked),
        (translate("Summary", "Diabetes"), ticked(context.diabetes)),
        (translate("Summary", "Weak immunity"), written(context.immune_weakness)),
        (translate("Summary", "Injects drugs"), ticked(context.iv_drug_use)),
        (translate("Summary", "Allergies"), written(context.allergies)),
        (translate("Summary", "Other notes"), written(context.notes)),
    )
