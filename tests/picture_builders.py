"""Pictures made with Pillow for photo tests: with metadata, damaged, or not pictures at all."""

from __future__ import annotations

import io

from PIL import Image

ORIENTATION = 0x0112
EXIF_IFD = 0x8769
GPS_IFD = 0x8825
DATE_TIME_ORIGINAL = 0x9003
XMP = b'<x:xmpmeta xmlns:x="adobe:ns:meta/">secret place</x:xmpmeta>'
COMMENT = b"taken at 12 Secret Street"


def picture(
    size=(64, 32),
    colour="red",
    fmt="JPEG",
    orientation: int | None = None,
    gps: bool = False,
    taken: str | None = None,
    mode: str = "RGB",
) -> bytes:
    """A picture in ``fmt``; for JPEG with the EXIF, GPS, XMP and comment asked for."""
    image = Image.new(mode, size, colour)
    # A marker in one corner shows whether orientation was applied.
    image.paste("blue" if mode == "RGB" else 0, (0, 0, 8, 8))
    exif = Image.Exif()
    exif[0x010F] = "Phone maker"
    if orientation:
        exif[ORIENTATION] = orientation
    if gps:
        block = exif.get_ifd(GPS_IFD)
        block[1] = "N"
        block[2] = (51.0, 30.0, 12.0)
        block[3] = "W"
        block[4] = (0.0, 7.0, 40.0)
    if taken:
        exif.get_ifd(EXIF_IFD)[DATE_TIME_ORIGINAL] = taken
    out = io.BytesIO()
    if fmt == "JPEG":
        image.save(out, fmt, exif=exif.tobytes(), comment=COMMENT, xmp=XMP)
    elif fmt in ("PNG", "WEBP"):
        image.save(out, fmt, exif=exif.tobytes())
    else:
        image.save(out, fmt)
    return out.getvalue()


def metadata_of(data: bytes) -> dict:
    """What a picture carries besides pixels: EXIF tags, GPS tags, and other info keys."""
    image = Image.open(io.BytesIO(data))
    exif = image.getexif()
    harmless = {"jfif", "jfif_version", "jfif_unit", "jfif_density", "dpi", "progression"}
    return {
        "exif": dict(exif),
        "gps": dict(exif.get_ifd(GPS_IFD)),
        "info": {k for k in image.info if k not in harmless},
        "xmp_bytes": b"xmpmeta" in data or b"http://ns.adobe.com/xap" in data,
        "comment_bytes": COMMENT in data,
    }
