"""/ in the reader searches the article (ignoring case and diacritics); n/N go to the next
match while a search is active; the list's search is highlighted in the article it opens."""

from __future__ import annotations

from tests.tui.conftest import SIZE
from tests.tui.helpers import open_article, settle, type_text
from vnreader.analysis.fold import find_folded


def test_find_folded_gives_offsets_in_the_text() -> None:
    text = "Bộ trưởng BÙI THANH  SƠN và ông Bùi Thanh Sơn; Đà Nẵng"
    found = find_folded(text, "bui thanh son")
    assert [text[s:e] for s, e in found] == ["BÙI THANH  SƠN", "Bùi Thanh Sơn"]
    assert [text[s:e] for s, e in find_folded(text, "da nang")] == ["Đà Nẵng"]
    assert find_folded(text, "  ") == [] and find_folded(text, "xyz") == []


async def test_slash_searches_the_article_and_n_goes_to_the_next_match(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = await open_article(pilot, "a1")
        text = screen.article.text
        await pilot.press("slash")
        await type_text(pilot, "nga")
        await pilot.press("enter")
        await settle(pilot)
        assert [text[m.start : m.end] for m in screen.found] == ["Nga", "Nga"]
        first = screen.focused_mark
        assert first is screen.found[0]
        await pilot.press("n")
        assert screen.focused_mark is screen.found[1]
        await pilot.press("n")  # round again, as n does in less and vim
        assert screen.focused_mark is screen.found[0]
        await pilot.press("N")
        assert screen.focused_mark is screen.found[1]
        assert "match 2/2" in str(screen.query_one("#reader-status").render())
        await pilot.press("N")  # the "Nga" of "Liên bang Nga"
        await pilot.press("escape")  # clears the search; the reader stays
        await settle(pilot)
        assert app.screen is screen and screen.found == []
        focus = screen.focused_mark  # on the entity where the match was
        assert focus.kind == "entity" and text[focus.start : focus.end] == "Liên bang Nga"
        await pilot.press("N")
        assert screen.focused_mark.kind == "entity"  # n/N are the highlights' again
        assert text[screen.focused_mark.start : screen.focused_mark.end] == "Bùi Thanh Sơn"
        await pilot.press("slash")
        await type_text(pilot, "q")  # typed, not "back"
        await pilot.press("escape")  # leaves the field, not the reader
        await settle(pilot)
        assert app.screen is screen and screen.found == []


async def test_the_list_search_is_highlighted_in_the_article(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash")
        await type_text(pilot, "bui thanh son")
        await pilot.press("enter")
        await settle(pilot)
        screen = await open_article(pilot, "c3")
        text = screen.article.text
        assert [text[m.start : m.end] for m in screen.found] == ["BÙI THANH SƠN"]
        assert screen.focused_mark is screen.found[0]


def test_the_matches_of_a_large_article_are_held_as_arrays() -> None:
    """A search of a very large article finds hundreds of thousands of matches: they are
    held as arrays of starts and ends (one object each kept the keys waiting), made into
    marks only when asked for, and looked up as a list of marks would be."""
    from array import array

    from vnreader.tui.highlights import Mark, MarkSet, mark_key
    from vnreader.tui.screens.reader_find import INLINE_CHARS, find_matches

    text = "Hà Nội, ha  noi; HA NOI đà nẵng. " * (INLINE_CHARS // 30)
    found = find_matches(text, "ha noi", in_worker=True)
    assert isinstance(found.starts, array) and isinstance(found.ends, array)
    assert [(m.start, m.end) for m in found] == find_folded(text, "ha noi")
    ready = MarkSet(marks=found)
    assert ready.marks is found  # in order already: never sorted into a list of marks
    listed = MarkSet(marks=list(found))
    assert len(ready) == len(listed) == 3 * (INLINE_CHARS // 30)
    assert ready.overlapping(1_000, 1_100) == listed.overlapping(1_000, 1_100)
    for key in ((0,), (5_000,), mark_key(found[7]), (len(text),)):
        for step in (1, -1):
            assert ready.neighbour(key, step) == listed.neighbour(key, step)
    assert ready.position(found[42]) == 42 and found[42] is found[42]
    assert found == list(found) and list(found) == found and found != list(found)[1:]
    words = find_matches("ab x", "ab a")  # word by word, the longer first at a place
    assert [(m.start, m.end) for m in words] == [(0, 2), (0, 1)]
    assert all(isinstance(m, Mark) and m.kind == "match" for m in words)


async def test_a_quoted_phrase_is_shown_once_quoted(make_app) -> None:
    """The status line quoted the phrase's own quotes again: “"bui thanh son"”."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = await open_article(pilot, "a1")
        await pilot.press("slash")
        await type_text(pilot, '"bui thanh son"')
        await pilot.press("enter")
        await settle(pilot)
        status = str(screen.query_one("#reader-status").render())
        assert "match 1/" in status and "“bui thanh son”" in status, status
