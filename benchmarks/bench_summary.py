"""The one-year appointment summary of each journal, with its 20 lesion photos.

Ours is the whole of it, as the command line does it: open the journal, read it, find the
year's figures and flags, draw the charts and photos, and write the PDF. The floor, in the
same run, is Qt writing a PDF with the same number of pages, a paragraph of text on each and
20 photos drawn at the same size: what any PDF of that size costs. Target: at most 3 s and
at most 3× the floor.

Then the same summary made from the window (Prepare summary…, Save as PDF) on the largest
journal, with a timer probe on the UI thread: the drawing runs off it, so the window should
never stop answering for more than 100 ms.
"""

from __future__ import annotations

import io
import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

from benchmarks.event_loop import StallProbe, application, idle, wait_until
from benchmarks.journals import LAST_DAY
from benchmarks.suite import Suite
from benchmarks.timing import Figure, Runs, Target, repeats
from journal.store import open_journal

PHOTO_SIZE = (1600, 1200)
PHOTOS = 20


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


def _from_window(path: Path, out: Path, last: date) -> tuple[Runs, Runs]:
    """Longest UI stall and time to the saved PDF, of saving the summary from the window."""
    from journal.app import create_window

    application()
    window = create_window(path)
    window.resize(1280, 820)
    window.show()
    # The summary's own stall and time, not the start's: the window first reads ten years and
    # its red-flags worker reads the file on the other core.
    if not wait_until(window.is_loaded, 60):
        raise RuntimeError("the window never finished loading")
    idle(0.5)
    probe = StallProbe()
    stalls, made = [], []
    for _ in range(repeats()):
        dialog = window.prepare_summary()
        dialog.period.first.setDate(last - timedelta(days=364))
        dialog.period.last.setDate(last)
        dialog._ask_path = lambda _last: out  # in place of the file dialog
        said: list[str] = []
        dialog.status.connect(said.append)
        idle(0.2)
        probe.start()
        start = time.perf_counter()
        dialog.save_pdf()
        if not wait_until(lambda said=said: bool(said), 60):
            raise RuntimeError(f"the summary was not saved: {dialog.message.text()}")
        made.append(time.perf_counter() - start)
        idle(0.05)
        stalls.append(probe.stop())
        dialog.close()
        idle(0.1)
    window.close()
    window.deleteLater()
    idle(0.1)
    return Runs.of(stalls), Runs.of(made)


def run(suite: Suite) -> Iterator[Figure]:
    application()  # a widgets application: the window's part needs one
    folder = suite.folder("summary")
    photos = [_photo(i) for i in range(PHOTOS)]
    for journal in suite.journals:
        ours, floors, pages = [], [], 1
        for _ in range(repeats()):
            seconds, pages = _ours(journal.path, folder / "summary.pdf", LAST_DAY)
            ours.append(seconds)
            floors.append(_floor(pages, photos, folder / "floor.pdf"))
        yield Figure(
            "one-year summary PDF, 20 photos",
            journal.label,
            Runs.of(ours),
            Runs.of(floors),
            f"Qt writing {pages} pages with 20 photos",
            Target(ratio=3.0, limit=3.0),
            note=f"{pages} pages",
        )
    largest = suite.largest
    stalls, made = _from_window(largest.copy_to(folder), folder / "window.pdf", LAST_DAY)
    probe = StallProbe()
    quiet = []
    for _ in range(repeats()):
        probe.start()
        idle(0.15)
        quiet.append(probe.stop())
    yield Figure(
        "summary from the window: longest UI stall",
        largest.label,
        stalls,
        Runs.of(quiet),
        "probe in an idle loop",
        Target(limit=0.100),
    )
    yield Figure(
        "summary from the window: PDF saved",
        largest.label,
        made,
        Runs.of(floors),
        "Qt writing the pages with 20 photos",
        Target(limit=3.0),
    )
