"""A search of a long text, a piece at a time, finds what one search of the whole finds,
also where a piece starts inside a run of repeated letters (the search goes on from the end
of the last match, not from the piece's start)."""

from __future__ import annotations

from vnreader.analysis.fold import find_folded


def test_a_piece_that_starts_inside_a_run_goes_on_from_the_last_match() -> None:
    text = "AAAAAABAAAA"
    whole = find_folded(text, "aa", chunk=100)
    assert whole == [(0, 2), (2, 4), (4, 6), (7, 9), (9, 11)]
    assert find_folded(text, "aa", chunk=8) == whole


def test_pieces_find_every_match_of_a_long_text() -> None:
    text = ("Hà Nội và Đà Nẵng. " * 50) + "ha noi"
    whole = find_folded(text, "ha noi", chunk=len(text) + 1)
    assert len(whole) == 51
    assert find_folded(text, "ha noi", chunk=37) == whole
