"""Reading a CSV file someone's tracker wrote, or a spreadsheet saved afterwards.

Exports come with a byte-order mark (spreadsheets add one), CRLF line ends, ``;`` instead of
``,`` (spreadsheets in countries with a decimal comma), quoted values with newlines inside,
and sometimes are not a CSV at all. Rows are read one at a time from the bytes, so a large
file is never turned into Python objects at once and a wrong file fails at its first bad
line. Every problem is an :class:`ImportProblem` naming the line.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass

from journal.exchange.peer_records import ImportProblem
from journal.translation import QT_TRANSLATE_NOOP, translate

_SNIFF_BYTES = 64 * 1024
_DELIMITERS = (",", ";", "\t")
_UNDECODED = re.compile("[\udc80-\udcff]")
_NOT_UTF8 = QT_TRANSLATE_NOOP(
    "Exchange",
    "the file is not UTF-8 text (was it saved in another encoding?); save it as “CSV UTF-8” "
    "and try again.",
)


def expected_values(wanted: int, found: int) -> str:
    """The problem with a line of ``found`` cells where the header has ``wanted``."""
    return translate("Exchange", "expected {wanted} values, found {found}.").format(
        wanted=wanted, found=found
    )


def not_this_export(what: str, first_line: str) -> str:
    """The problem with a file whose first line is not ``first_line``, for ``what``."""
    return translate("Exchange", "this is not {what}: its first line should be {line}.").format(
        what=translate("Exchange", what), line=first_line
    )


@dataclass(frozen=True)
class CsvFile:
    """A CSV file's first line and a way to read the rest.

    Attributes:
        header: the first line's cells, stripped.
        data: the file's bytes.
        encoding: the text encoding, from its byte-order mark (UTF-8 without one).
        delimiter: the delimiter the first line uses.
    """

    header: tuple[str, ...]
    data: bytes
    encoding: str
    delimiter: str

    def rows(self) -> Iterator[tuple[int, list[str]]]:
        """Each row after the header with the line it starts on; blank rows are left out.

        Raises:
            ImportProblem: the text is not in its encoding, or not readable as CSV.
        """
        rows = _reader(self.data, self.encoding, self.delimiter)
        next(rows, None)
        yield from rows


def _encoding(data: bytes) -> str:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    return "utf-8-sig"


def _delimiter(first_line: str) -> str:
    """The delimiter that splits the first line into the most cells (a comma on a tie)."""
    counts = {d: len(next(csv.reader([first_line], delimiter=d), [])) for d in _DELIMITERS}
    return max(_DELIMITERS, key=lambda d: counts[d])


def _reader(data: bytes, encoding: str, delimiter: str) -> Iterator[tuple[int, list[str]]]:
    # Undecodable bytes are kept as lone surrogates and refused row by row, so the message
    # names the line they are on (the decoder itself works a block at a time).
    stream = io.TextIOWrapper(
        io.BytesIO(data), encoding=encoding, errors="surrogateescape", newline=""
    )
    reader = csv.reader(stream, delimiter=delimiter)
    line = 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except UnicodeDecodeError as exc:
            raise ImportProblem(line, translate("Exchange", _NOT_UTF8)) from exc
        except csv.Error as exc:
            unreadable = translate("Exchange", "this line cannot be read as CSV ({problem}).")
            raise ImportProblem(line, unreadable.format(problem=exc)) from exc
        if any(_UNDECODED.search(cell) for cell in row):
            raise ImportProblem(line, translate("Exchange", _NOT_UTF8))
        if any(cell.strip() for cell in row):
            yield line, row
        line = reader.line_num + 1


def open_csv(data: bytes, what: str) -> CsvFile:
    """Check that ``data`` is CSV text and read its first line.

    Args:
        data: the file's bytes.
        what: what the file should be, for messages ("a Track & Graph export").

    Raises:
        ImportProblem: empty, binary, not UTF-8 text, or not readable as CSV.
    """
    head = data[:_SNIFF_BYTES]
    what = translate("Exchange", what)
    empty = translate("Exchange", "The file is empty; it should be {what}.").format(what=what)
    if not head.lstrip(codecs.BOM_UTF8).strip():
        raise ImportProblem(0, empty)
    encoding = _encoding(head)
    if encoding != "utf-16" and b"\x00" in head:
        not_text = translate(
            "Exchange", "This is not a text file; it should be {what} (a CSV file)."
        )
        raise ImportProblem(0, not_text.format(what=what))
    first_line = head.decode(encoding, errors="replace").lstrip("\ufeff").splitlines()[0]
    delimiter = _delimiter(first_line)
    for _line, header in _reader(data, encoding, delimiter):
        cells = tuple(cell.strip().lstrip("\ufeff").strip() for cell in header)
        return CsvFile(cells, data, encoding, delimiter)
    raise ImportProblem(0, empty)


def same_names(found: tuple[str, ...], expected: tuple[str, ...]) -> bool:
    """True when the cells are the expected column names, in order, in any case."""
    return tuple(c.casefold() for c in found) == tuple(c.casefold() for c in expected)
