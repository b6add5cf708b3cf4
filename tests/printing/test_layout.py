"""Breaking measured pieces into pages, tested with plain heights (nothing is drawn)."""

from __future__ import annotations

from journal.printing.layout import Part, Piece, paginate


def _part(height: float, name: str = "") -> Part:
    part = Part(height, lambda painter, x, y: None)
    _NAMES[id(part)] = name
    return part


_NAMES: dict[int, str] = {}


def _names(pages) -> list[list[str]]:
    return [[_NAMES.get(id(p.part), "?") for p in page] for page in pages]


def _block(height: float, name: str, gap: float = 0.0) -> Piece:
    return Piece((_part(height, name),), gap_before=gap)


def test_a_block_that_does_not_fit_moves_whole_to_the_next_page():
    pages = paginate([_block(60, "a"), _block(50, "b")], 100)
    assert _names(pages) == [["a"], ["b"]]


def test_the_gap_before_a_block_counts_but_not_at_the_top_of_a_page():
    pages = paginate([_block(60, "a"), _block(35, "b", gap=10), _block(90, "c", gap=10)], 100)
    assert _names(pages) == [["a"], ["b"], ["c"]]
    assert pages[1][0].y == 0


def test_a_heading_moves_with_the_block_after_it():
    heading = Piece((_part(10, "heading"),), keep_with_next=True)
    pages = paginate([_block(70, "a"), heading, _block(30, "b")], 100)
    assert _names(pages) == [["a"], ["heading", "b"]]


def test_two_headings_in_a_row_move_together_with_their_block():
    first = Piece((_part(10, "h1"),), keep_with_next=True)
    second = Piece((_part(10, "h2"),), keep_with_next=True)
    pages = paginate([_block(65, "a"), first, second, _block(20, "b")], 100)
    assert _names(pages) == [["a"], ["h1", "h2", "b"]]


def test_a_table_breaks_between_rows_and_repeats_its_titles():
    rows = tuple(_part(20, f"row{i}") for i in range(7))
    table = Piece(rows, header=_part(10, "titles"), breaks=True)
    pages = paginate([_block(30, "a"), table], 100)
    assert _names(pages) == [
        ["a", "titles", "row0", "row1", "row2"],
        ["titles", "row3", "row4", "row5", "row6"],
    ]


def test_a_table_never_leaves_its_titles_alone_at_the_foot_of_a_page():
    table = Piece((_part(20, "row0"),), header=_part(10, "titles"), breaks=True)
    pages = paginate([_block(75, "a"), table], 100)
    assert _names(pages) == [["a"], ["titles", "row0"]]


def test_a_heading_before_a_table_needs_room_for_the_titles_and_one_row():
    heading = Piece((_part(10, "heading"),), keep_with_next=True)
    table = Piece((_part(20, "row0"), _part(20, "row1")), header=_part(10, "titles"), breaks=True)
    pages = paginate([_block(65, "a"), heading, table], 100)
    assert _names(pages)[0] == ["a"]
    assert _names(pages)[1][:3] == ["heading", "titles", "row0"]


def test_a_page_break_starts_a_new_page_but_never_an_empty_one():
    pages = paginate(
        [Piece(page_break=True), _block(10, "a"), Piece(page_break=True), _block(10, "b")], 100
    )
    assert _names(pages) == [["a"], ["b"]]


def test_a_piece_taller_than_a_page_breaks_between_its_parts():
    long = Piece(tuple(_part(40, f"line{i}") for i in range(5)))
    assert _names(paginate([long], 100)) == [["line0", "line1"], ["line2", "line3"], ["line4"]]


def test_a_part_taller_than_a_page_is_shrunk_to_the_page():
    pages = paginate([_block(10, "a"), _block(250, "huge")], 100)
    assert _names(pages) == [["a"], ["huge"]]
    huge = pages[1][0]
    assert huge.room == 100
    assert huge.scale == 0.4


def test_nothing_at_all_still_makes_one_page():
    assert paginate([], 100) == [[]]
