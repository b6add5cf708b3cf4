"""The chart's own colours are readable on its white paper."""

from journal.charts.style import QUIET_TEXT_COLOUR
from journal.contrast import TEXT_CONTRAST, contrast_ratio


def test_the_charts_grey_words_meet_aa_contrast_on_white():
    assert contrast_ratio(QUIET_TEXT_COLOUR, "#ffffff") >= TEXT_CONTRAST
