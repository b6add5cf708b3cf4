"""Numbers written for the user carry the user's decimal mark."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from journal.numbers import read_number, set_decimal_mark, written, written_short


@pytest.fixture(autouse=True)
def _point_again() -> Iterator[None]:
    yield
    set_decimal_mark(".")


def test_a_number_is_written_with_a_point_by_default() -> None:
    assert written(38.3) == "38.3"
    assert written(7, 0) == "7"


def test_a_german_number_is_written_with_a_comma_and_read_back() -> None:
    set_decimal_mark(",")
    assert written(38.34, 1) == "38,3"
    assert read_number(written(38.34, 2)) == 38.34


def test_a_short_number_takes_the_users_mark_and_no_group_separator() -> None:
    set_decimal_mark(",")
    assert written_short(38.5) == "38,5"
    assert written_short(1500.0) == "1500"
    set_decimal_mark(".")
    assert written_short(38.5) == "38.5"
