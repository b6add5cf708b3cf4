"""Reading a Flaredown export.

Flaredown (a web and phone tracker for chronic illness) mails a CSV with one row per day::

    Date,Ankylosing spondylitis,Back pain,Fatigue,Ibuprofen,Heat pad,Tags,Foods
    2021-03-01,2,3,1,400 mg,Taken,stress; rain,porridge

After ``Date`` come a column per condition, then per symptom, each rated 0 (none) to 4,
then per treatment: its dose, ``Taken`` or ``Not Taken``. The header does not say which
column is which; they come in that order, so the first column holding anything but a
whole 0–4 is the first treatment, and every column after it is one too. ``Tags`` and
``Foods`` list several values joined by ``; ``; any columns after them (weather) are left
out. Conditions and symptoms are rated at noon of their day, in the user's time zone;
treatments, tags and foods go into that day's note.
"""

from __future__ import annotations

from datetime import date, time, tzinfo

from journal.exchange.peer_csv import CsvFile, expected_values, open_csv
from journal.exchange.peer_readings import Reading, Remark, Source, local_moment, plausible
from journal.exchange.peer_records import ImportProblem, Skipped
from journal.translation import QT_TRANSLATE_NOOP, translate

WHAT = QT_TRANSLATE_NOOP("Exchange", "a Flaredown export")
NOON = time(12, 0)
_TAKEN = {"taken": "taken", "not taken": "not taken"}


def _severity(text: str) -> int | None:
    """A whole 0–4 ("2" or "2.0"), or None for anything else."""
    try:
        number = float(text.strip())
    except ValueError:
        return None
    return int(number) if number in (0, 1, 2, 3, 4) else None


def _layout(csv_file: CsvFile) -> tuple[int, int, int]:
    """Where the rated columns end, and where ``Tags`` and ``Foods`` are."""
    folded = [c.casefold() for c in csv_file.header]
    if not folded or folded[0] != "date" or "tags" not in folded or "foods" not in folded:
        raise ImportProblem(
            1,
            translate(
                "Exchange",
                "this is not {what}: its first line should start with Date and hold Tags and "
                "Foods columns.",
            ).format(what=translate("Exchange", WHAT)),
        )
    tags, foods = folded.index("tags"), folded.index("foods")
    trackables = min(tags, foods)
    # A first pass over the file tells the treatments from the rated columns.
    first_treatment = trackables
    for line, row in csv_file.rows():
        if len(row) != len(folded):
            raise ImportProblem(line, expected_values(len(folded), len(row)))
        for column in range(1, first_treatment):
            if row[column].strip() and _severity(row[column]) is None:
                first_treatment = column
                break
    return first_treatment, tags, foods


def _day(text: str, line: int) -> date:
    try:
        day = date.fromisoformat(text.strip())
    except ValueError:
        not_day = translate("Exchange", "“{text}” is not a date like 2021-03-01.")
        raise ImportProblem(line, not_day.format(text=text)) from None
    plausible(day, line)
    return day


def read_flaredown(data: bytes, zone: tzinfo) -> tuple[list[Reading], list[Remark], list[Skipped]]:
    """The readings, remarks and left-out columns in a Flaredown export.

    Raises:
        ImportProblem: not such an export, or a line that cannot be read.
    """
    csv_file = open_csv(data, WHAT)
    first_treatment, tags, foods = _layout(csv_file)
    header = csv_file.header
    readings: list[Reading] = []
    remarks: list[Remark] = []
    for line, row in csv_file.rows():
        at = local_moment(_day(row[0], line), NOON, zone)
        for column in range(1, first_treatment):
            severity = _severity(row[column]) if row[column].strip() else None
            if severity is not None:
                readings.append(Reading(line, header[column], at, severity, Source.SEVERITY))
        words = _day_note(header, row, first_treatment, tags, foods)
        if words:
            remarks.append(Remark(line, at, words))
    skipped = [
        Skipped(
            1,
            translate(
                "Exchange",
                "“{name}”: a treatment, not made a medicine: written into each day's note.",
            ).format(name=header[c]),
        )
        for c in range(first_treatment, min(tags, foods))
    ]
    skipped += [
        Skipped(
            1,
            translate(
                "Exchange", "“{name}”: weather and other columns are not kept in this journal."
            ).format(name=name),
        )
        for c, name in enumerate(header)
        if c > max(tags, foods)
    ]
    return readings, remarks, skipped


def _day_note(
    header: tuple[str, ...], row: list[str], first_treatment: int, tags: int, foods: int
) -> str:
    treatments = []
    for column in range(first_treatment, min(tags, foods)):
        value = row[column].strip()
        if value:
            treatments.append(f"{header[column]} {_TAKEN.get(value.casefold(), value)}")
    parts = [
        f"Treatments: {'; '.join(treatments)}" if treatments else "",
        f"Tags: {row[tags].strip()}" if row[tags].strip() else "",
        f"Foods: {row[foods].strip()}" if row[foods].strip() else "",
    ]
    return "\n".join(p for p in parts if p)
