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
