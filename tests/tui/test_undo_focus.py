"""Undo in the reader acts on the article shown (or asks), every undo/redo message names
the article; n/N go on from the viewport (less, vim); focus survives relabelling and undo."""

from __future__ import annotations

from tests.tui.conftest import SIZE, make_articles
from tests.tui.helpers import open_article, settle
from vnreader.corpus import load_corpus
from vnreader.locations import bundled_seeds
from vnreader.tui.screens.dialogs import ChoiceScreen


def _messages(app) -> list[str]:
    return [n.message for n in app._notifications]


async def test_undo_in_the_reader_asks_before_touching_another_article(make_app) -> None:
    app = make_app()
    b2 = app.corpus.article("b2")
    app.store.add_tag("b2", "du lịch")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await open_article(pilot, "a1")
        await pilot.press("u")
        await settle(pilot)
        assert isinstance(app.screen, ChoiceScreen)
        assert b2.title in str(app.screen.heading)
        await pilot.press("escape")
        await settle(pilot)
        assert app.store.tags("b2") == ["du lịch"]  # nothing undone
        await pilot.press("u")
        await settle(pilot)
        await pilot.press("k", "enter")  # "undo it"
        await settle(pilot)
        assert app.store.tags("b2") == []
        assert any(m.startswith("undone:") and b2.title in m for m in _messages(app))
        await pilot.press("U")  # redo: back to b2 as well, asked again
        await settle(pilot)
        assert isinstance(app.screen, ChoiceScreen)
        await pilot.press("k", "enter")
        await settle(pilot)
        assert app.store.tags("b2") == ["du lịch"]
        # a change to the article shown is undone at once, and the message names it
        await pilot.press("t", *"abc", "enter")
        await settle(pilot)
        await pilot.press("u")
        await settle(pilot)
        assert not isinstance(app.screen, ChoiceScreen)
        assert "abc" not in app.store.tags("a1")
        a1_title = make_articles()[0].title
        assert any(m.startswith("undone: ") and a1_title in m for m in _messages(app))


async def test_undo_from_the_list_names_the_article(make_app) -> None:
    app = make_app()
    app.store.add_tag("c3", "ngoại giao")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("u")
        await settle(pilot)
        assert app.store.tags("c3") == []
        assert any("Nguyễn Xuân Phúc tiếp đại sứ" in m for m in _messages(app))


async def test_next_highlight_goes_on_from_the_viewport(make_app) -> None:
    long = max(load_corpus(bundled_seeds()).articles, key=lambda a: len(a.text))
    app = make_app([long])
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        screen = await open_article(pilot, long.id)
        await pilot.press("n")
        first = screen.focused_mark
        assert first is not None
        await pilot.press("space", "space", "space")
        top = screen._first_visible_offset()
        await pilot.press("n")
        mark = screen.focused_mark
        assert mark is not None and mark.start >= top  # not the mark after the old focus
        assert screen._in_view(mark.start)
        await pilot.press("space", "space", "N")
        assert screen.focused_mark.start < screen._first_visible_offset() or screen._in_view(
            screen.focused_mark.start
        )
        assert screen.focused_mark.start > mark.start


async def test_focus_survives_relabelling_and_undo(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = await open_article(pilot, "a1")
        text = screen.article.text
        await pilot.press("n", "a")
        await settle(pilot)
        assert screen.focused_mark.kind == "span"
        await pilot.press("enter", "o")  # relabel my span
        await settle(pilot)
        focus = screen.focused_mark
        assert (focus.kind, focus.label) == ("span", "ORG")
        await pilot.press("u")  # back to PER: still focused
        await settle(pilot)
        focus = screen.focused_mark
        assert (focus.kind, focus.label) == ("span", "PER")
        await pilot.press("u")  # the span is gone: the entity under it has the focus
        await settle(pilot)
        focus = screen.focused_mark
        assert focus.kind == "entity" and text[focus.start : focus.end] == "Bùi Thanh Sơn"
        await pilot.press("n")
        assert text[screen.focused_mark.start : screen.focused_mark.end] == "Liên bang Nga"


async def test_status_line_shows_the_figure_value(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = await open_article(pilot, "a1")
        text = screen.article.text
        for _ in range(3):  # Bùi Thanh Sơn, Liên bang Nga, 4,7 tỷ USD
            await pilot.press("n")
        assert text[screen.focused_mark.start : screen.focused_mark.end] == "4,7 tỷ USD"
        status = str(screen.query_one("#reader-status").render())
        assert "4,7 tỷ USD → 4\u2009700\u2009000\u2009000 USD" in status
