"""Bad and awkward files: every one read or refused with its line, and nothing else raised."""

from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from peer_builders import assert_all_valid, read, sample

from journal.exchange.peers import ImportProblem, PeerFormat

TG = PeerFormat.TRACK_AND_GRAPH
ROW = "Back pain,2022-09-14T21:30:41+01:00,6,,\n"
HEADER = "FeatureName,Timestamp,Value,Label,Note\n"


def test_a_byte_order_mark_crlf_and_semicolons_are_read_like_the_plain_file():
    plain = read(TG, HEADER + ROW)
    awkward = ("\ufeff" + HEADER + ROW).replace(",", ";").replace("\n", "\r\n")
    assert read(TG, awkward.encode("utf-8")) == plain


def test_a_file_saved_as_utf_16_with_its_mark_is_read():
    assert read(TG, (HEADER + ROW).encode("utf-16")).checkins


def test_a_newline_inside_quotes_stays_in_the_note_and_lines_count_on():
    text = HEADER + 'Pain,2022-09-14T21:30:41Z,6,,"two\nlines"\nPain,bad,1,,\n'
    with pytest.raises(ImportProblem) as raised:
        read(TG, text)
    assert raised.value.line == 4


@pytest.mark.parametrize("data", [b"", b"\xef\xbb\xbf", b"\r\n\r\n  "])
def test_an_empty_file_is_refused(data):
    with pytest.raises(ImportProblem, match="empty"):
        read(TG, data)


def test_a_binary_file_is_refused():
    with pytest.raises(ImportProblem, match="not a text file"):
        read(TG, sample("trackandgraph.csv")[:20] + b"\x00\x01\x02\xff" * 10)


def test_text_in_another_encoding_names_its_line():
    with pytest.raises(ImportProblem) as raised:
        read(TG, (HEADER + "Rückenschmerz,2022-09-14T21:30:41Z,6,,\n").encode("latin-1"))
    assert raised.value.line == 2
    assert "UTF-8" in str(raised.value)


def test_a_header_only_file_adds_nothing():
    result = read(TG, HEADER)
    assert (result.checkins, result.new_metrics) == ((), ())


def _quickly(data: bytes) -> tuple[ImportProblem, float]:
    started = time.perf_counter()
    with pytest.raises(ImportProblem) as raised:
        read(TG, data)
    return raised.value, time.perf_counter() - started


def test_a_200_mb_binary_file_fails_at_once():
    problem, seconds = _quickly(b"\x89PNG\r\n\x1a\n" + bytes(200 * 1024 * 1024))
    assert problem.line == 0
    assert seconds < 2


def test_a_200_mb_file_with_a_bad_third_line_fails_there_without_reading_on():
    data = (HEADER + ROW + "Back pain,never,6,,\n").encode() + b"x" * (200 * 1024 * 1024)
    problem, seconds = _quickly(data)
    assert problem.line == 3
    assert seconds < 2


def test_a_very_long_value_names_its_line():
    with pytest.raises(ImportProblem) as raised:
        read(TG, HEADER + ROW + 'Pain,2022-09-14T21:30:41Z,1,,"' + "x" * 200_000 + '"\n')
    assert raised.value.line == 3


_kinds = st.sampled_from(list(PeerFormat))
_headers = st.sampled_from(
    [
        HEADER,
        "Date,Back pain,Fever,Ibuprofen,Tags,Foods\n",
        "date,weekday,time of day,category,rating/amount,detail,notes\n",
    ]
)
_cells = st.one_of(
    st.sampled_from(
        [
            "Back pain",
            "Fever",
            "Weight (lbs)",
            "2022-09-14T21:30:41+01:00",
            "2021-03-01",
            "8th Dec 2021",
            "am",
            "pm",
            "Symptom",
            "Health measurements",
            "Mood",
            "Taken",
            "1:10:00",
            "-3",
            "4",
            "2",
            "38.2",
            "1e400",
            "nan",
            "",
            '"',
            "a;b",
            "\r\n",
            "Neck pain (Mild)",
            "Body temperature (°F)",
            "0001-01-01",
            "9999-12-31T23:59:59-12:00",
        ]
    ),
    st.text(max_size=8),
)
_rows = st.lists(st.lists(_cells, min_size=1, max_size=9).map(",".join), max_size=6)


def _check(kind: PeerFormat, data: bytes, mapping: dict[str, str]) -> None:
    try:
        result = read(kind, data, mapping)
    except ImportProblem:
        return
    assert_all_valid(result)
    keys = {m.key for m in result.new_metrics}
    assert len(keys) == len(result.new_metrics)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_kinds, _headers, _rows, st.sampled_from([{}, {"Back pain": "fatigue"}, {"Fever": ""}]))
def test_shaped_nonsense_is_read_or_refused_never_crashes(kind, header, rows, mapping):
    _check(kind, (header + "\n".join(rows)).encode(), mapping)


@settings(max_examples=200, deadline=None)
@given(_kinds, st.binary(max_size=300))
def test_any_bytes_are_read_or_refused_never_crashes(kind, data):
    _check(kind, data, {})


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(["trackandgraph.csv", "flaredown.csv", "bearable.csv"]), st.data())
def test_a_real_shaped_file_cut_or_damaged_anywhere_never_crashes(name, data):
    original = sample(name)
    at = data.draw(st.integers(0, len(original)))
    junk = data.draw(st.binary(max_size=6))
    kind = {"t": TG, "f": PeerFormat.FLAREDOWN, "b": PeerFormat.BEARABLE}[name[0]]
    _check(kind, original[:at] + junk + original[at + len(junk) :], {})
