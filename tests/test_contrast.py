"""The WCAG contrast maths, against values WCAG and common checkers give."""

import pytest

from journal.contrast import contrast_ratio, relative_luminance, rgb_of


def test_black_on_white_is_21_to_1():
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)


def test_a_colour_on_itself_is_1_to_1():
    assert contrast_ratio("#3d2b00", "#3d2b00") == pytest.approx(1.0)


def test_777_grey_on_white_just_misses_aa():
    # The classic example: #777 looks readable but falls short of 4.5:1.
    assert contrast_ratio("#777", "#fff") == pytest.approx(4.48, abs=0.005)
    assert contrast_ratio("#777777", "#ffffff") < 4.5


def test_767676_grey_on_white_is_the_lightest_that_passes():
    assert contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.005)


def test_the_order_of_the_colours_does_not_matter():
    assert contrast_ratio("#b00020", "#efefef") == contrast_ratio("#efefef", "#b00020")


def test_luminance_runs_from_black_to_white_and_weighs_green_most():
    assert relative_luminance("#000000") == 0.0
    assert relative_luminance("#ffffff") == pytest.approx(1.0)
    assert relative_luminance("#808080") == pytest.approx(0.2159, abs=1e-4)
    assert relative_luminance("#00ff00") == pytest.approx(0.7152)
    assert relative_luminance("#0000ff") == pytest.approx(0.0722)


def test_short_and_long_hex_colours_read_the_same():
    assert rgb_of("#fa0") == rgb_of("#FFAA00") == (255, 170, 0)


@pytest.mark.parametrize("text", ["", "#12", "#12345", "red", "#1234567"])
def test_text_that_is_not_a_hex_colour_is_refused(text):
    with pytest.raises(ValueError):
        rgb_of(text)
