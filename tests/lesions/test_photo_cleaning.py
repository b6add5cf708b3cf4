import io
import warnings
from datetime import date

import pytest
from picture_builders import metadata_of, picture
from PIL import Image

from journal.lesions.photo_cleaning import PhotoProblem, clean_photo, thumbnail_of


def test_the_builder_really_puts_gps_xmp_and_a_comment_in_the_source():
    found = metadata_of(picture(gps=True, orientation=6, taken="2026:03:04 10:00:00"))
    assert found["gps"] and found["xmp_bytes"] and found["comment_bytes"]


def test_a_cleaned_photo_carries_no_exif_gps_xmp_or_comment():
    clean = clean_photo(picture(gps=True, orientation=6, taken="2026:03:04 10:00:00"))
    found = metadata_of(clean.data)
    assert found == {
        "exif": {},
        "gps": {},
        "info": set(),
        "xmp_bytes": False,
        "comment_bytes": False,
    }


def test_a_thumbnail_carries_no_metadata_either():
    clean = clean_photo(picture(gps=True, orientation=6))
    found = metadata_of(clean.thumbnail)
    assert not found["exif"] and not found["gps"] and not found["info"]
    assert not found["xmp_bytes"]


def test_orientation_is_applied_before_the_tag_is_dropped():
    clean = clean_photo(picture(size=(64, 32), orientation=6))
    assert (clean.width, clean.height) == (32, 64)
    image = Image.open(io.BytesIO(clean.data)).convert("RGB")
    # Rotated a quarter turn clockwise: the blue top-left corner is now top-right.
    red, _green, blue = image.getpixel((clean.width - 2, 2))
    assert blue > 150 and red < 100


def test_the_exif_date_taken_is_read():
    assert clean_photo(picture(taken="2025:12:24 18:30:00")).taken_on == date(2025, 12, 24)


def test_a_photo_without_a_date_has_none():
    assert clean_photo(picture()).taken_on is None


@pytest.mark.parametrize("fmt", ["PNG", "WEBP"])
def test_png_and_webp_are_accepted_and_cleaned(fmt):
    clean = clean_photo(picture(fmt=fmt))
    assert metadata_of(clean.data)["exif"] == {}


def test_a_transparent_png_stays_a_png():
    assert clean_photo(picture(fmt="PNG", mode="RGBA", colour=(0, 0, 0, 0))).extension == "png"


@pytest.mark.parametrize("fmt", ["GIF", "BMP", "TIFF"])
def test_formats_outside_the_allow_list_are_refused(fmt):
    with pytest.raises(PhotoProblem, match="not a JPEG, PNG or WebP"):
        clean_photo(picture(fmt=fmt))


def test_an_eps_file_is_never_opened():
    eps = b"%!PS-Adobe-3.0 EPSF-3.0\n%%BoundingBox: 0 0 10 10\nshowpage\n"
    with pytest.raises(PhotoProblem, match="not a JPEG, PNG or WebP"):
        clean_photo(eps)


def test_a_text_file_renamed_jpg_is_refused():
    with pytest.raises(PhotoProblem, match="not a JPEG, PNG or WebP"):
        clean_photo(b"Dear diary, this is not a photo at all.\n" * 20)


def test_a_truncated_jpeg_is_refused():
    data = picture(size=(400, 300))
    with pytest.raises(PhotoProblem, match="damaged or incomplete"):
        clean_photo(data[: len(data) // 2])


def test_a_truncated_png_is_refused():
    data = picture(size=(400, 300), fmt="PNG")
    with pytest.raises(PhotoProblem, match="damaged or incomplete"):
        clean_photo(data[: len(data) - 30])


def test_pillows_bomb_warning_is_treated_as_an_error(monkeypatch):
    # Between the limit and twice it Pillow only warns; that must refuse the file too.
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 64 * 32 - 1)
    data = picture(size=(64, 32))
    # As in the program, where warnings are not errors unless we make them so.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with pytest.raises(PhotoProblem, match="far too large"):
            clean_photo(data)


def test_a_decompression_bomb_is_refused(monkeypatch):
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 100)
    with pytest.raises(PhotoProblem, match="far too large"):
        clean_photo(picture(size=(64, 32)))


def test_the_same_picture_cleans_to_the_same_hash():
    data = picture(gps=True)
    assert clean_photo(data).sha256 == clean_photo(data).sha256


def test_a_thumbnail_can_be_made_again_from_the_stored_copy():
    clean = clean_photo(picture(size=(1000, 500)))
    image = Image.open(io.BytesIO(thumbnail_of(clean.data)))
    assert max(image.size) == 256
