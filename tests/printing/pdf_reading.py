"""Reading a PDF's pages back with poppler's command-line tools, as a reader's program would."""

from __future__ import annotations

import re
import subprocess
import unicodedata
import zlib
from pathlib import Path


def _run(args: list[str]) -> str:
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def info(path: Path) -> dict[str, str]:
    """``pdfinfo``'s fields."""
    fields = {}
    for line in _run(["pdfinfo", str(path)]).splitlines():
        key, _, value = line.partition(":")
        fields[key.strip()] = value.strip()
    return fields


def page_count(path: Path) -> int:
    """How many pages the file has."""
    return int(info(path)["Pages"])


def page_texts(path: Path) -> list[str]:
    """Each page's extracted text, normalised (one space between words)."""
    return [
        _normal(_run(["pdftotext", "-f", str(n), "-l", str(n), str(path), "-"]))
        for n in range(1, page_count(path) + 1)
    ]


def all_text(path: Path) -> str:
    """The whole file's extracted text, normalised."""
    return _normal(_run(["pdftotext", str(path), "-"]))


def words(text: str) -> list[str]:
    """The words of ``text`` as extraction would show them (punctuation kept)."""
    return _normal(text).split()


def fonts(path: Path) -> list[list[str]]:
    """``pdffonts``' rows."""
    return [line.split() for line in _run(["pdffonts", str(path)]).splitlines()[2:]]


def decompressed(data: bytes) -> bytes:
    """The file's bytes with every compressed stream expanded, to search them."""
    out = [data]
    for match in re.finditer(rb"stream\r?\n(.*?)endstream", data, re.DOTALL):
        try:
            out.append(zlib.decompress(match.group(1)))
        except zlib.error:
            continue
    return b"\n".join(out)


def _normal(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())
