"""Small helpers for the Pilot tests."""

from __future__ import annotations

from textual.pilot import Pilot
from textual.widgets import DataTable

from vnreader.tui.screens.article_list import ArticleListScreen
from vnreader.tui.screens.reader import ReaderScreen


async def settle(pilot: Pilot[None]) -> None:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def list_screen(pilot: Pilot[None]) -> ArticleListScreen:
    screen = pilot.app.screen
    assert isinstance(screen, ArticleListScreen), type(screen)
    return screen


def reader(pilot: Pilot[None]) -> ReaderScreen:
    screen = pilot.app.screen
    assert isinstance(screen, ReaderScreen), type(screen)
    return screen


def shown_ids(pilot: Pilot[None]) -> list[str]:
    return list_screen(pilot).visible_ids()


def row_cells(pilot: Pilot[None], article_id: str) -> list[str]:
    table = list_screen(pilot).query_one(DataTable)
    return [str(c) for c in table.get_row(article_id)]


async def open_article(pilot: Pilot[None], article_id: str) -> ReaderScreen:
    """From the list, move the cursor to *article_id* with j/k and open it with Enter."""
    ids = shown_ids(pilot)
    await pilot.press("g", *["j"] * ids.index(article_id), "enter")
    await settle(pilot)
    screen = reader(pilot)
    assert screen.article.id == article_id
    return screen


async def type_text(pilot: Pilot[None], text: str) -> None:
    for ch in text:
        await pilot.press(ch if ch != " " else "space")
