"""Turning a user's picture into the journal's private copy: oriented, without metadata.

Only JPEG, PNG and WebP are opened (never EPS or any other format Pillow knows). The copy
is re-encoded from pixels alone, so no EXIF (GPS included), XMP, comment or maker note can
survive. Pillow's decompression-bomb limit is kept, and its warning is treated as an error.
Everything here works on bytes in memory; the store reads and writes the files.
"""

from __future__ import annotations

import hashlib
import io
import warnings
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date, datetime

from PIL import Image, ImageCms, JpegImagePlugin, UnidentifiedImageError

from journal.translation import translate

ALLOWED_FORMATS = ("JPEG", "PNG", "WEBP")
THUMBNAIL_SIZE = (256, 256)
JPEG_QUALITY = 90
_DATE_TIME_ORIGINAL = 0x9003
_DATE_TIME = 0x0132
_EXIF_IFD = 0x8769
_ORIENTATION = 0x0112
_SRGB = ImageCms.createProfile("sRGB")
_TRANSPOSES = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}
_thumbnailer: ThreadPoolExecutor | None = None


class PhotoProblem(ValueError):
    """The file cannot become a journal photo; the message says why, for the user."""


@dataclass(frozen=True)
class CleanPhoto:
    """A picture ready to be stored: encoded bytes with no metadata, and what we know of it."""

    data: bytes
    extension: str
    width: int
    height: int
    taken_on: date | None
    thumbnail: bytes
    sha256: str = field(init=False)
    """Hex digest of the stored bytes: the file's name in the journal."""

    def __post_init__(self) -> None:
        # Worked out once: the store names two files and a row by it.
        object.__setattr__(self, "sha256", hashlib.sha256(self.data).hexdigest())


def _open(data: bytes) -> Image.Image:
    """Decode ``data`` fully, with bomb warnings as errors and only allowed formats."""
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            image = Image.open(io.BytesIO(data), formats=ALLOWED_FORMATS)
            image.load()
        except (Image.DecompressionBombWarning, Image.DecompressionBombError):
            raise PhotoProblem(
                translate(
                    "Lesions",
                    "this picture is far too large (in pixels) to be a photo, so it was not "
                    "opened.",
                )
            ) from None
        except UnidentifiedImageError:
            raise PhotoProblem(
                translate(
                    "Lesions",
                    "this is not a JPEG, PNG or WebP picture. Only those kinds can be added.",
                )
            ) from None
        except (OSError, SyntaxError, ValueError, EOFError):
            raise PhotoProblem(
                translate("Lesions", "this picture is damaged or incomplete.")
            ) from None
    return image


def taken_on(image: Image.Image) -> date | None:
    """The day the photo was taken, from EXIF DateTimeOriginal (else DateTime), if any."""
    try:
        exif = image.getexif()
        text = exif.get_ifd(_EXIF_IFD).get(_DATE_TIME_ORIGINAL) or exif.get(_DATE_TIME)
        if not text:
            return None
        return datetime.strptime(str(text).strip("\x00 ")[:19], "%Y:%m:%d %H:%M:%S").date()
    except (ValueError, TypeError, KeyError, OSError, SyntaxError):
        return None


def _transpose_method(image: Image.Image) -> Image.Transpose | None:
    """How to turn the decoded pixels upright, from the EXIF orientation tag."""
    try:
        orientation = int(image.getexif().get(_ORIENTATION, 1))
    except (ValueError, TypeError, OSError, SyntaxError):
        return None
    return _TRANSPOSES.get(orientation)


def _to_srgb(image: Image.Image, icc: bytes | None) -> Image.Image:
    """Convert colours to sRGB when the picture carries another colour profile.

    The profile is dropped with the rest of the metadata, so the colours are moved into
    sRGB first, which every viewer assumes, to keep them right.
    """
    if not icc or image.mode not in ("RGB", "RGBA", "CMYK"):
        return image
    try:
        source = ImageCms.ImageCmsProfile(io.BytesIO(icc))
        mode = "RGBA" if image.mode == "RGBA" else "RGB"
        return ImageCms.profileToProfile(image, source, _SRGB, outputMode=mode)
    except (ImageCms.PyCMSError, OSError, ValueError):
        return image


def _has_alpha(image: Image.Image) -> bool:
    """Whether the picture has transparency (read before its metadata is dropped)."""
    return image.mode in ("RGBA", "LA", "PA") or (
        image.mode == "P" and "transparency" in image.info
    )


def _drop_metadata(image: Image.Image) -> None:
    """Forget everything but the pixels, so that no metadata can reach an encoder.

    Call it on a freshly decoded image before another thread sees it; images made from it
    (transposed, converted) start with its empty metadata.
    """
    image.info = {}


def _stored_mode(image: Image.Image, has_alpha: bool) -> Image.Image:
    """The picture's pixels in a mode we store (the image itself when already in it)."""
    wanted = "RGBA" if has_alpha else ("L" if image.mode in ("L", "1") else "RGB")
    return image if image.mode == wanted else image.convert(wanted)


def _encode(image: Image.Image, has_alpha: bool, source: Image.Image) -> tuple[bytes, str]:
    out = io.BytesIO()
    if has_alpha:
        image.save(out, "PNG")
        return out.getvalue(), "png"
    options: dict = {"quality": JPEG_QUALITY}
    if source.format == "JPEG" and getattr(source, "quantization", None):
        # Re-use the original's quantisation: no visible loss, and no bigger file.
        options = {
            "qtables": source.quantization,
            "subsampling": JpegImagePlugin.get_sampling(source),
        }
        if options["subsampling"] == -1:
            del options["subsampling"]
    image.save(out, "JPEG", **options)
    return out.getvalue(), "jpg"


def make_thumbnail(image: Image.Image, method: Image.Transpose | None = None) -> bytes:
    """A small JPEG of ``image`` (turned upright by ``method``) for the gallery; no metadata."""
    # A cheap box reduction first, then a good resampling of the small remainder.
    factor = max(
        1,
        min(image.width // (2 * THUMBNAIL_SIZE[0]), image.height // (2 * THUMBNAIL_SIZE[1])),
    )
    small = image.reduce(factor) if factor > 1 else image.copy()
    if method is not None:
        small = small.transpose(method)
    small.thumbnail(THUMBNAIL_SIZE, Image.Resampling.BICUBIC)
    if small.mode != "RGB":
        background = Image.new("RGB", small.size, "white")
        background.paste(small, mask=small.getchannel("A") if "A" in small.mode else None)
        small = background
    small.info = {}
    out = io.BytesIO()
    small.save(out, "JPEG", quality=80)
    return out.getvalue()


def _thumbnail_of_source(
    source: Image.Image, method: Image.Transpose | None, icc: bytes | None, has_alpha: bool
) -> bytes:
    # Reads ``source`` only: the other thread is encoding its turned copy meanwhile.
    return make_thumbnail(_stored_mode(_to_srgb(source, icc), has_alpha), method)


def _worker() -> ThreadPoolExecutor:
    global _thumbnailer
    if _thumbnailer is None:
        _thumbnailer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="thumbnail")
    return _thumbnailer


def clean_photo(data: bytes) -> CleanPhoto:
    """The journal's copy of a picture: orientation applied, all metadata removed.

    Raises:
        PhotoProblem: not an allowed format, damaged, truncated or a decompression bomb.
    """
    source = _open(data)
    day = taken_on(source)
    method = _transpose_method(source)
    icc = source.info.get("icc_profile")
    has_alpha = _has_alpha(source)
    _drop_metadata(source)
    oriented = source.transpose(method) if method is not None else source
    # The thumbnail is made from the decoded pixels while the full copy is encoded (Pillow
    # releases the GIL for both), which keeps adding a photo quick. It starts after the
    # turn: both of those stream the whole picture through memory, the encoder computes.
    thumbnail = _worker().submit(_thumbnail_of_source, source, method, icc, has_alpha)
    pixels = _stored_mode(_to_srgb(oriented, icc), has_alpha)
    encoded, extension = _encode(pixels, has_alpha, source)
    return CleanPhoto(
        data=encoded,
        extension=extension,
        width=pixels.width,
        height=pixels.height,
        taken_on=day,
        thumbnail=thumbnail.result(),
    )


def thumbnail_of(data: bytes) -> bytes:
    """A thumbnail of stored photo bytes (to regenerate a lost or damaged cache file)."""
    image = _open(data)
    has_alpha = _has_alpha(image)
    _drop_metadata(image)
    return make_thumbnail(_stored_mode(image, has_alpha))
