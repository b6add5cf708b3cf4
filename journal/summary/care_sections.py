"""The medicines section and the labs and imaging section of the summary.

Both are tables of what the patient recorded, with the program's own figures (doses taken
of scheduled, the change of a test over the period) beside them. An out-of-range value is
marked with a word ("high", "low") as well as the table's mark, never by colour alone.
"""

from __future__ import annotations

from collections.abc import Iterable

from journal.care.adherence import adherence
from journal.care.labs import TESTS_BY_NAME, is_blood_culture, is_out_of_range
from journal.care.medicines import describe_schedule
from journal.care.records import DoseEvent, LabResult, Regimen
from journal.dates import day_text, short_day_text
from journal.summary.blocks import Block, Cell, Heading, Paragraph, Table, Tone
from journal.summary.inputs import SummaryInputs
from journal.summary.request import Section

MEDICINE_COLUMNS = (
    "Medicine",
    "For",
    "Dose",
    "Given",
    "Course",
    "Doses taken in period",
    "Side effects noted",
)
LAB_COLUMNS = ("Date", "Test", "Result", "Unit", "Normal range")
CHANGE_COLUMNS = ("Test", "First in period", "Latest in period", "Change")
IMAGING_COLUMNS = ("Date", "Imaging", "Result")


def medicine_blocks(inputs: SummaryInputs) -> list[Block]:
    """The medicines taken in the period or still taken now, oldest course first."""
    blocks: list[Block] = [Heading(Section.MEDICINES.title)]
    regimens = period_regimens(inputs)
    if not regimens:
        blocks.append(Paragraph("No medicines recorded in this period."))
        return blocks
    rows = tuple(_medicine_row(inputs, regimen) for regimen in regimens)
    note = (
        "Doses taken are counted from the first to the last day of the period, against the "
        "doses scheduled by then; as-needed medicines have no schedule."
    )
    blocks.append(Table(MEDICINE_COLUMNS, rows, (1.4, 1.1, 1.5, 0.9, 1.6, 1.2, 1.6), note))
    return blocks


def period_regimens(inputs: SummaryInputs) -> list[Regimen]:
    """The medicines whose course touches the period or runs on the day the summary is made."""
    first, last, today = inputs.first, inputs.last, inputs.made_at.date()
    return sorted(
        (
            r
            for r in inputs.snapshot.regimens
            if (r.start <= last and (r.end is None or r.end >= first)) or r.active_on(today)
        ),
        key=lambda r: (r.start, r.name.lower()),
    )


def _medicine_row(inputs: SummaryInputs, regimen: Regimen) -> tuple[Cell, ...]:
    doses = [d for d in inputs.snapshot.doses if d.regimen_id == regimen.id]
    taken = adherence(regimen, doses, inputs.first, inputs.last, inputs.made_at)
    return (
        Cell(regimen.name, strong=True),
        Cell(regimen.purpose.label),
        Cell(f"{regimen.dose:g} {regimen.dose_unit}\n{describe_schedule(regimen)}"),
        Cell(regimen.route.label),
        Cell(course_text(regimen)),
        Cell(taken.describe()),
        Cell(side_effects_text(doses, inputs)),
    )


def course_text(regimen: Regimen) -> str:
    """ "Mon 2 Nov 2026 to Sun 13 Dec 2026 (6 weeks)", or "From … , no end set"."""
    planned = f" ({regimen.planned_length})" if regimen.planned_length else ""
    if regimen.end is None:
        return f"From {day_text(regimen.start)}, no end set{planned}"
    return f"{day_text(regimen.start)} to {day_text(regimen.end)}{planned}"


def side_effects_text(doses: Iterable[DoseEvent], inputs: SummaryInputs) -> str:
    """The side effects noted with the period's doses, each once with its first day."""
    seen: dict[str, DoseEvent] = {}
    for dose in sorted(doses, key=lambda d: d.at):
        words = dose.side_effects.strip()
        if words and inputs.first <= dose.at.date() <= inputs.last:
            seen.setdefault(words.casefold(), dose)
    if not seen:
        return "None noted"
    return "\n".join(
        f"{short_day_text(d.at.date())}: {d.side_effects.strip()}" for d in seen.values()
    )


def lab_blocks(inputs: SummaryInputs) -> list[Block]:
    """The period's lab results with their normal ranges, each test's change, then imaging."""
    blocks: list[Block] = [Heading(Section.LABS.title)]
    labs = sorted(
        (x for x in inputs.snapshot.labs if inputs.first <= x.taken_on <= inputs.last),
        key=lambda x: (x.taken_on, x.test.lower()),
    )
    imaging = sorted(
        (x for x in inputs.snapshot.imaging if inputs.first <= x.done_on <= inputs.last),
        key=lambda x: x.done_on,
    )
    if not labs and not imaging:
        blocks.append(Paragraph("No lab results or imaging recorded in this period."))
        return blocks
    if labs:
        blocks += [Heading("Lab results", level=2), _lab_table(labs)]
        changes = _change_rows(labs)
        if changes:
            blocks += [
                Heading("Change over the period", level=2),
                Table(CHANGE_COLUMNS, changes, (1.0, 1.5, 1.5, 1.2)),
                Paragraph(
                    "Computed from the results above: the latest value beside the first of "
                    "the period. Figures only; what they mean is for your doctor to judge.",
                    Tone.COMPUTED,
                ),
            ]
    else:
        blocks.append(Paragraph("No lab results recorded in this period.", Tone.QUIET))
    if imaging:
        rows = tuple(
            (Cell(day_text(x.done_on)), Cell(x.kind, strong=True), Cell(x.result or "No result"))
            for x in imaging
        )
        blocks += [Heading("Imaging", level=2), Table(IMAGING_COLUMNS, rows, (1.2, 0.8, 3.0))]
    else:
        blocks.append(Paragraph("No imaging recorded in this period.", Tone.QUIET))
    return blocks


def _lab_table(labs: list[LabResult]) -> Table:
    rows = tuple(
        (
            Cell(day_text(lab.taken_on)),
            Cell(lab.test, strong=True),
            result_cell(lab),
            Cell(lab.unit or _usual_unit(lab)),
            Cell(range_text(lab)),
        )
        for lab in labs
    )
    note = (
        "Marked results (in bold, with “high”, “low” or “positive”) are outside the normal "
        "range; a range marked “usual” is the common adult one, as the report gave none."
    )
    return Table(LAB_COLUMNS, rows, (1.3, 1.0, 1.5, 0.8, 1.2), note)


def result_cell(lab: LabResult) -> Cell:
    """The result, marked with "high" or "low" when out of range ("positive" for a culture)."""
    if lab.value is None:
        text = lab.text.strip() or "No result"
        positive = is_blood_culture(lab.test) and text.lower().startswith("positive")
        return Cell(text, marked=positive)
    number = f"{lab.value:g}"
    direction = out_of_range_word(lab)
    if direction:
        return Cell(f"{number} {direction}", marked=True)
    return Cell(f"{number} {lab.text.strip()}".strip())


def out_of_range_word(lab: LabResult) -> str:
    """ "high" or "low" for a number outside its normal range, else ""."""
    if not is_out_of_range(lab) or lab.value is None:
        return ""
    return "low" if lab.reference_low is not None and lab.value < lab.reference_low else "high"


def range_text(lab: LabResult) -> str:
    """ "0–5", "up to 5", "at least 3", "up to 5 (usual)" or "Not given"."""
    low, high = lab.reference_low, lab.reference_high
    if low is not None and high is not None:
        return f"{low:g}–{high:g}"
    if high is not None:
        return f"up to {high:g}"
    if low is not None:
        return f"at least {low:g}"
    known = TESTS_BY_NAME.get(lab.test.strip().lower())
    if lab.value is not None and known is not None and known.reference_high is not None:
        return f"up to {known.reference_high:g} (usual)"
    return "Not given"


def _usual_unit(lab: LabResult) -> str:
    known = TESTS_BY_NAME.get(lab.test.strip().lower())
    return known.unit if known is not None and lab.value is not None else ""


def _change_rows(labs: list[LabResult]) -> tuple[tuple[Cell, ...], ...]:
    by_test: dict[str, list[LabResult]] = {}
    for lab in labs:
        if lab.value is not None:
            by_test.setdefault(lab.test.strip(), []).append(lab)
    rows = []
    for test, results in by_test.items():
        if len(results) < 2:
            continue
        first, latest = results[0], results[-1]
        rows.append(
            (
                Cell(test, strong=True),
                Cell(_dated_value(first)),
                Cell(_dated_value(latest), marked=bool(out_of_range_word(latest))),
                Cell(change_text(first.value, latest.value, latest.unit or _usual_unit(latest))),
            )
        )
    return tuple(rows)


def _dated_value(lab: LabResult) -> str:
    words = [f"{lab.value:g}", lab.unit or _usual_unit(lab), out_of_range_word(lab)]
    return f"{' '.join(w for w in words if w)} on {day_text(lab.taken_on)}"


def change_text(first: float | None, latest: float | None, unit: str) -> str:
    """ "Down 73 mg/L (86 %)", "Up 4 mm/h (20 %)" or "Unchanged"."""
    if first is None or latest is None:
        return ""
    difference = latest - first
    if difference == 0:
        return "Unchanged"
    word = "Up" if difference > 0 else "Down"
    amount = f"{abs(difference):.4g} {unit}".strip()
    if first == 0:
        return f"{word} {amount}"
    return f"{word} {amount} ({abs(difference) / first:.0%})".replace("%", " %")
