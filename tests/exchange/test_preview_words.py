"""The preview's words: counts in plain English, dates as the rest of the program writes them."""

from __future__ import annotations

from datetime import UTC, datetime

from journal.checkin import CheckIn
from journal.exchange.contents import JournalContents
from journal.exchange.preview import counts_text, own_preview


def test_one_of_a_kind_is_singular_and_empty_kinds_are_left_out():
    counts = {"check-ins": 2, "lesions": 1, "imaging studies": 1, "photos": 0}
    assert counts_text(counts) == "2 check-ins, 1 lesion, 1 imaging study"
    assert counts_text({"photos": 0}) == "nothing"


def test_the_check_ins_span_is_in_the_programs_own_date_words():
    checkins = tuple(
        CheckIn(datetime(2026, 11, day, 8, tzinfo=UTC), {"pain_now": 3.0}) for day in (2, 30)
    )
    lines = own_preview(JournalContents(checkins=checkins))
    assert lines[0] == "Will add: 2 check-ins."
    assert lines[1] == "Check-ins from Mon 2 Nov 2026 to Mon 30 Nov 2026."


def test_a_trackers_names_map_onto_our_metrics_named_in_words_or_by_key():
    from journal.exchange.peers import Mapped, PeerImport
    from journal.exchange.preview import peer_preview
    from journal.metrics import Group, Metric, MetricKind

    jaw = Metric("custom_jaw_pain", "Jaw pain", MetricKind.SCALE, Group.CUSTOM, builtin=False)
    peer = PeerImport(
        checkins=(),
        new_metrics=(jaw,),
        mapped=(Mapped("Back pain", "pain_now", "0–4 scaled to 0–10"), Mapped("Jaw", jaw.key)),
    )
    in_words = peer_preview(peer, {"pain_now": "Pain now"})
    assert in_words[1:3] == ["  Back pain -> Pain now (0–4 scaled to 0–10)", "  Jaw -> Jaw pain"]
    # On the command line, as --map takes them.
    assert peer_preview(peer)[1:3] == [
        "  Back pain -> pain_now (0–4 scaled to 0–10)",
        "  Jaw -> custom_jaw_pain",
    ]
