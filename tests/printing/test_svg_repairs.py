"""The changes made to matplotlib's SVG before QtSvg paints it."""

from __future__ import annotations

from journal.printing.svg_repairs import (
    ZWNJ,
    edged_fills,
    without_empty_paths,
    without_ligatures,
)


def test_a_fill_without_a_stroke_gets_a_hairline_of_its_own_colour():
    svg = '<path d="M 0 0 L 1 1 z" style="fill: #ffffff"/>'
    assert edged_fills(svg) == (
        '<path d="M 0 0 L 1 1 z" style="fill: #ffffff; stroke: #ffffff; stroke-width: 0.01"/>'
    )


def test_a_band_drawn_by_reference_gets_its_hairline_too():
    # matplotlib draws a fill_between band (a course in the chart's strip) as <use>; without
    # a stroke of its own it printed framed in black.
    svg = '<use xlink:href="#m1" x="0" y="9" style="fill: #fad496"/>'
    assert edged_fills(svg) == (
        '<use xlink:href="#m1" x="0" y="9" style="fill: #fad496; stroke: #fad496; '
        'stroke-width: 0.01"/>'
    )


def test_a_shape_with_a_stroke_or_no_fill_is_left_alone():
    stroked = '<path d="M 0 0" style="fill: #ffffff; stroke: #000000"/>'
    unfilled = '<path d="M 0 0" style="fill: none"/>'
    text = '<text style="fill: #000000">x</text>'
    assert edged_fills(stroked + unfilled + text) == stroked + unfilled + text


def test_a_path_without_data_is_left_out():
    svg = '<g><path clip-path="url(#a)" style="fill: none"/><path d="M 0 0"/></g>'
    assert without_empty_paths(svg) == '<g><path d="M 0 0"/></g>'


def test_ligature_pairs_in_text_are_kept_apart_and_nothing_else_changes():
    svg = '<text style="fill: #000"><tspan fill="red">stiffness</tspan> flu</text><path fill="x"/>'
    assert without_ligatures(svg) == (
        f'<text style="fill: #000"><tspan fill="red">stif{ZWNJ}fness</tspan> f{ZWNJ}lu</text>'
        '<path fill="x"/>'
    )
