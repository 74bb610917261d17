"""Small helpers for the Pilot tests."""

from __future__ import annotations

from textual.pilot import Pilot

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
    """The cells of the row of *article_id*, as the list shows them (every column)."""
    from vnreader.tui.columns import COLUMNS, cell_text

    screen = list_screen(pilot)
    row = pilot.app.rows[article_id]
    return [cell_text(c.key, row, screen.counts.get(article_id)) for c in COLUMNS]


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


def drawn_row(pilot: Pilot[None], article_id: str) -> str:
    """The line the list draws for *article_id* (it must be on screen)."""
    table = list_screen(pilot).table
    index = table.index_of(article_id)
    assert index is not None, article_id
    y = index - round(table.scroll_offset.y) + 1
    assert 1 <= y < table.size.height, "the row is not on screen"
    return table.render_line(y).text
