"""The one-year appointment summary of a ten-year journal with 20 lesion photos.

Our time is the whole of it, as the command line does it: open the journal, read it, find
the year's figures and flags, draw the charts and photos, and write the PDF. The floor, in
the same run, is Qt writing a PDF with the same number of pages, a paragraph of text on each
and the same 20 photos drawn at the same size: what any PDF of that size costs. Target: at
most 3 s and at most 3x the floor.
"""

from __future__ import annotations

import io
import os
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from benchmarks.bench_checkins import DAYS
from benchmarks.bench_window import _ten_years
from benchmarks.timing import Result, median
from journal.lesions.lesion import Lesion, LesionObservation, Region, Side
from journal.store import open_journal

RUNS = 5
LAST_DAY = date(2016, 1, 1) + timedelta(days=DAYS - 1)
LESIONS = 10
PHOTO_SIZE = (1600, 1200)


def _photo(seed: int) -> bytes:
    """A camera-sized JPEG that does not compress to nothing (a gradient with a pattern)."""
    from PIL import Image, ImageDraw

    image = Image.linear_gradient("L").resize(PHOTO_SIZE).convert("RGB")
    draw = ImageDraw.Draw(image)
    for i in range(0, PHOTO_SIZE[0], 40):
        draw.line((i, 0, PHOTO_SIZE[0] - i, PHOTO_SIZE[1]), fill=(200, 40 + seed * 9, 60), width=3)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=85)
    return out.getvalue()


def _with_lesions(path: Path, last: date) -> None:
    """Ten lesions, each seen twice in the last year with a photo each time: 20 photos."""
    regions = [Region.UPPER_BACK, Region.MID_BACK, Region.LOWER_BACK, Region.SACRUM]
    with open_journal(path) as store:
        for n in range(LESIONS):
            first_seen = last - timedelta(days=300 - n * 20)
            lesion = store.lesions.add_lesion(
                Lesion(f"Boil {n + 1}", regions[n % 4], list(Side)[n % 3], first_seen)
            )
            for k, day in enumerate((first_seen, first_seen + timedelta(days=14))):
                store.lesions.add_observation(
                    LesionObservation(lesion.id, day, size_mm=20.0 - 6 * k, redness=3 - k)
                )
                store.photos.add_bytes(lesion.id, _photo(n * 2 + k), f"boil-{n}-{k}.jpg", day)


def _ours(path: Path, out: Path, last: date) -> tuple[float, int]:
    from journal.commands.summary import summary_pdf_bytes
    from journal.store.files import write_atomically
    from journal.summary.request import SummaryRequest

    request = SummaryRequest(first=last - timedelta(days=364), last=last)
    pages: list[int] = []

    def progress(done: int, total: int) -> bool:
        pages.append(total)
        return True

    start = time.perf_counter()
    with open_journal(path) as store:
        write_atomically(out, summary_pdf_bytes(store, request, progress), own_folder=False)
    seconds = time.perf_counter() - start
    return seconds, pages[-1]


def _floor(pages: int, photos: list[bytes], out: Path) -> float:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF
    from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter, QPdfWriter

    start = time.perf_counter()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(15, 15, 15, 15),
            QPageLayout.Unit.Millimeter,
        )
    )
    painter = QPainter(writer)
    width = writer.width()
    images = [QImage.fromData(p) for p in photos]
    per_page = -(-len(images) // pages)
    for page in range(pages):
        if page:
            writer.newPage()
        painter.drawText(QRectF(0, 0, width, 400), f"Page {page + 1} of {pages}. " * 20)
        for i, image in enumerate(images[page * per_page : (page + 1) * per_page]):
            box = QRectF((i % 2) * width / 2, 500 + (i // 2) * 2000, width / 2.2, 1800)
            painter.drawImage(box, image)
    painter.end()
    buffer.close()
    out.write_bytes(bytes(data))
    return time.perf_counter() - start


def run() -> list[Result]:
    from journal.printing.application import ensure_application

    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        os.environ.setdefault("XDG_CONFIG_HOME", name)
        ensure_application()
        # The year that ends with the journal's last check-in: a full year of records.
        last = LAST_DAY
        path = folder / "ten-years.sqlite"
        _ten_years(path)
        _with_lesions(path, last)
        photos = [_photo(i) for i in range(2 * LESIONS)]
        ours, floors, pages = [], [], 1
        for _ in range(RUNS):
            seconds, pages = _ours(path, folder / "summary.pdf", last)
            ours.append(seconds)
            floors.append(_floor(pages, photos, folder / "floor.pdf"))
        return [
            Result(
                f"one-year summary of 10 years, 20 photos ({pages} pages)",
                median(ours),
                median(floors),
                f"Qt writing {pages} pages with the same photos",
                3.0,
                limit=3.0,
            )
        ]
