"""Adding one 12-megapixel photo, against Pillow's own decode and save of the same file.

Ours reads the file, decodes it, applies the orientation, re-encodes it without metadata,
writes it and its thumbnail atomically (with fsync) and records it in the journal.
"""

from __future__ import annotations

import io
import tempfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from PIL import Image

from benchmarks.suite import Suite
from benchmarks.timing import Figure, Target, repeats, timed
from journal.lesions.lesion import Lesion
from journal.pain import Region, Side
from journal.store import open_journal

SIZE = (4000, 3000)


def _camera_photo(orientation: int) -> bytes:
    """A 12-megapixel JPEG with texture (so it compresses like a photo), EXIF and GPS."""
    small = Image.merge(
        "RGB",
        (
            Image.linear_gradient("L").resize((400, 300)),
            Image.effect_noise((400, 300), 60),
            Image.radial_gradient("L").resize((400, 300)),
        ),
    )
    image = small.resize(SIZE, Image.Resampling.BICUBIC)
    grain = Image.effect_noise(SIZE, 12).convert("RGB")
    image = Image.blend(image, grain, 0.15)
    exif = Image.Exif()
    exif[0x0112] = orientation
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2] = "N", (51.0, 30.0, 12.0)
    exif.get_ifd(0x8769)[0x9003] = "2026:03:04 10:00:00"
    out = io.BytesIO()
    image.save(out, "JPEG", quality=90, exif=exif.tobytes())
    return out.getvalue()


def _measure(folder: Path, orientation: int, name: str, keep: bool = False) -> Figure:
    source = folder / f"IMG_{orientation}_{keep}.jpg"
    source.write_bytes(_camera_photo(orientation))
    # A new journal for each run (the same photo added twice is stored once); opening
    # it is not part of adding a photo, so it happens before the clock starts.
    stores = []
    count = repeats()
    for i in range(count):
        store = open_journal(folder / f"o{orientation}-{keep}-{i}" / "journal.sqlite")
        lesion = store.lesions.add_lesion(
            Lesion("Boil", Region.LOWER_BACK, Side.LEFT, date(2026, 1, 1))
        )
        stores.append((store, lesion.id))
    waiting = iter(stores)
    counter = iter(range(count))

    def ours() -> None:
        store, lesion_id = next(waiting)
        assert store.photos.add_files(lesion_id, [source]).ok

    def floor() -> None:
        with Image.open(source) as image:
            image.load()
            # keep=True: at the original's own quality, as the journal's copy is encoded.
            extra = {"quality": "keep"} if keep else {}
            image.save(folder / f"pillow-{orientation}-{keep}-{next(counter)}.jpg", "JPEG", **extra)

    floor_name = (
        "Pillow decode + save at the original's quality" if keep else "Pillow decode + save"
    )
    try:
        return Figure(name, "", timed(ours, count), timed(floor, count), floor_name, Target(1.5))
    finally:
        for store, _ in stores:
            store.close()


def run(suite: Suite) -> Iterator[Figure]:
    with tempfile.TemporaryDirectory(dir=suite.scratch) as folder:
        yield from [
            _measure(Path(folder), 1, "add a 12-MP photo, upright"),
            _measure(
                Path(folder),
                6,
                "add a 12-MP photo, on its side",
            ),
            # The same, like for like: the journal keeps the original's JPEG quality (90
            # here), where Pillow's plain save encodes at 75, which is cheaper.
            _measure(
                Path(folder),
                6,
                "add a 12-MP photo, on its side, like for like",
                keep=True,
            ),
        ]
