"""Stand-ins for the summary's drawing.

The window and the command line call ``journal.printing.summary_pdf`` through its module, so a
test replaces one function with ``monkeypatch.setattr`` and everything else runs for real.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from journal.printing import summary_pdf

FAKE_PAGES = 3


def fake_pdf(pages: int = FAKE_PAGES) -> bytes:
    """Bytes shaped enough like a PDF for the callers' page count."""
    body = b"".join(b"%d 0 obj << /Type /Page >> endobj\n" % (i + 4) for i in range(pages))
    return b"%PDF-1.4\n1 0 obj << /Type /Pages /Count 3 >> endobj\n" + body + b"%%EOF\n"


@dataclass
class DrawingRecorder:
    """Records what each drawing call was given, and answers like the printing layer would.

    Attributes:
        documents: every document drawn, in order.
        papers: the paper of each PDF.
        photo_bytes: for each id in ``read_photos``, what the photo loader gave.
        read_photos: photo ids to read through the loader while drawing.
        stop_at: return False from progress at this page (to act out Cancel), or None.
    """

    documents: list = field(default_factory=list)
    papers: list = field(default_factory=list)
    photo_bytes: dict = field(default_factory=dict)
    read_photos: tuple[int, ...] = ()
    stop_at: int | None = None
    pages: int = FAKE_PAGES

    def _draw(self, document, photos, progress) -> None:
        self.documents.append(document)
        for photo_id in self.read_photos:
            self.photo_bytes[photo_id] = photos(photo_id)
        for page in range(1, self.pages + 1):
            if progress is not None and not progress(page, self.pages):
                raise summary_pdf.PrintCancelled()
            if self.stop_at == page:
                raise summary_pdf.PrintCancelled()

    def pdf_bytes(self, document, paper, photos, progress=None) -> bytes:
        self.papers.append(paper)
        self._draw(document, photos, progress)
        return fake_pdf(self.pages)

    def paint(self, document, printer, photos, progress=None) -> int:
        self._draw(document, photos, progress)
        return self.pages

    def photo_ids(self, document) -> list[int]:
        return list(self.read_photos)


def install_drawing(monkeypatch, recorder: DrawingRecorder | None = None) -> DrawingRecorder:
    """Replace the printing layer's drawing functions with a recorder."""
    recorder = recorder or DrawingRecorder()
    for name in ("pdf_bytes", "paint", "photo_ids"):
        monkeypatch.setattr(summary_pdf, name, getattr(recorder, name))
    return recorder
