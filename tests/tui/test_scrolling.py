"""The same movement keys in every scrollable view (reader, its side panel, raw view, help),
acting on the focused pane; a maximum reading width."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.tui.conftest import make_articles
from tests.tui.helpers import open_article, settle
from vnreader.config import Config
from vnreader.corpus import RemovedLine
from vnreader.tui.screens.help import HelpScreen
from vnreader.tui.screens.raw import RawScreen


def _long_articles():
    articles = make_articles()
    a1 = articles[0]
    paragraphs = tuple(f"Đoạn {i}: " + "Bộ trưởng Bùi Thanh Sơn thăm Liên bang Nga. " * 6
                       for i in range(40))  # fmt: skip
    raw = "\n".join(paragraphs)
    removed = tuple(RemovedLine("widget", f"Chia sẻ {i}") for i in range(80))
    articles[0] = replace(a1, paragraphs=paragraphs, raw=raw, removed=removed)
    return articles


async def _moves(pilot, pane) -> None:
    """j, space, G, g, k, b, End, Home, PgDn, PgUp, ↓ move *pane*."""
    assert pane.scroll_y == 0
    await pilot.press("j")
    assert pane.scroll_y == 1
    await pilot.press("space")
    page = pane.scroll_y
    assert page > 2
    await pilot.press("k")
    assert pane.scroll_y == page - 1
    await pilot.press("b")
    assert pane.scroll_y == 0
    await pilot.press("G")
    assert pane.scroll_y == pane.max_scroll_y > page
    await pilot.press("g")
    assert pane.scroll_y == 0
    await pilot.press("end", "home", "pagedown")
    assert pane.scroll_y == page - 1 or pane.scroll_y > 2
    await pilot.press("pageup", "down")
    assert pane.scroll_y == 1
    await pilot.press("up")


async def test_raw_view_and_help_scroll_with_the_reader_keys(make_app) -> None:
    app = make_app(_long_articles())
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await open_article(pilot, "a1")
        await pilot.press("r")
        await settle(pilot)
        raw = app.screen
        assert isinstance(raw, RawScreen)
        text, removed = raw.query_one("#raw-text"), raw.query_one("#removed")
        await _moves(pilot, text)
        await pilot.press("tab")  # the other pane: the keys follow the focus
        await _moves(pilot, removed)
        assert text.scroll_y == 0
        await pilot.press("q")
        await settle(pilot)
        await pilot.press("question_mark")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        await _moves(pilot, app.screen.query_one("#help"))


async def test_after_tab_the_reader_keys_scroll_the_side_panel(make_app) -> None:
    app = make_app(_long_articles())
    async with app.run_test(size=(100, 14)) as pilot:
        await settle(pilot)
        screen = await open_article(pilot, "a1")
        body, side = screen.query_one("#body"), screen.query_one("#side")
        await pilot.press("j")
        assert body.scroll_y == 1
        await pilot.press("tab")
        assert screen.focused is side and side.max_scroll_y >= 2
        await pilot.press("j", "j")
        assert (body.scroll_y, side.scroll_y) == (1, 2)


@pytest.mark.parametrize(("width", "widest"), [(90, 90), (0, 140)])
async def test_reading_width(make_app, width: int, widest: int) -> None:
    app = make_app(config=Config(author="t", reading_width=width))
    async with app.run_test(size=(200, 40)) as pilot:
        await settle(pilot)
        screen = await open_article(pilot, "a1")
        para = screen.query_one("#p0")
        if width:
            assert para.size.width == widest
        else:
            assert para.size.width >= widest
