"""Layered JSON: the same data as json.dumps gives, the outer levels a member a line."""

import json
import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from journal.exchange.json_text import layered_json

_scalars = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text()
)
_json = st.recursive(
    _scalars, lambda inner: st.lists(inner) | st.dictionaries(st.text(), inner), max_leaves=30
)


@given(_json, st.integers(0, 4))
def test_it_reads_back_as_the_same_data(value, depth):
    assert json.loads(layered_json(value, depth)) == value


def test_the_records_of_a_table_are_one_a_line_with_sorted_keys():
    text = layered_json({"version": 1, "checkins": [{"b": 2, "a": 1}, {"a": 3}]})
    assert text.splitlines() == [
        "{",
        ' "checkins": [',
        '  {"a": 1, "b": 2},',
        '  {"a": 3}',
        " ],",
        ' "version": 1',
        "}",
    ]


def test_text_is_kept_as_it_is_and_nan_is_refused():
    assert layered_json({"note": "Rückenschmerz 😣"}) == '{\n "note": "Rückenschmerz 😣"\n}'
    with pytest.raises(ValueError):
        layered_json([math.nan])
