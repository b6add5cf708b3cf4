"""Loading thumbnails off the UI thread: a pool of workers, results delivered by signal."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtGui import QImage

from journal.lesions.photos import Photo

ThumbnailSource = Callable[[Photo], bytes]


class _Delivery(QObject):
    """Carries a worker's result back to the thread that owns the loader."""

    done = Signal(str, QImage)


class _LoadThumbnail(QRunnable):
    def __init__(self, photo: Photo, source: ThumbnailSource, delivery: _Delivery) -> None:
        super().__init__()
        self._photo = photo
        self._source = source
        self._delivery = delivery

    def run(self) -> None:
        try:
            data = self._source(self._photo)
        except OSError:
            data = b""
        # QImage (unlike QPixmap) may be made on any thread.
        image = QImage.fromData(data) if data else QImage()
        self._delivery.done.emit(self._photo.sha256, image)


class ThumbnailLoader(QObject):
    """Loads thumbnails in worker threads, each picture at most once at a time.

    Pictures are known by their content hash, not their row id: an id can name another
    photo after a delete and an undo, a hash cannot.

    Signals:
        loaded: a thumbnail is ready (arguments: photo sha256, QImage; a null image on
            failure).
    """

    loaded = Signal(str, QImage)

    def __init__(self, source: ThumbnailSource, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self._pending: set[str] = set()
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(2)
        self._delivery = _Delivery(self)
        self._delivery.done.connect(self._on_done)

    def request(self, photo: Photo) -> None:
        """Start loading ``photo``'s thumbnail unless it is already on its way."""
        if photo.sha256 in self._pending:
            return
        self._pending.add(photo.sha256)
        self._pool.start(_LoadThumbnail(photo, self._source, self._delivery))

    def wait(self, msecs: int = 5000) -> bool:
        """Wait for the workers to finish (when closing); True when they did."""
        return self._pool.waitForDone(msecs)

    def _on_done(self, sha256: str, image: QImage) -> None:
        self._pending.discard(sha256)
        self.loaded.emit(sha256, image)
