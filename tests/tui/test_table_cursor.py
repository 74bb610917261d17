"""j/k in the virtual tables (the article list, the corpus views' table): the cursor line
is drawn where the cursor is, also when the table is scrolled, and only the two lines that
change are redrawn (not the whole table at every key)."""

from __future__ import annotations

from typing import Any

import pytest
from textual.app import App, ComposeResult
from textual.geometry import Region
from textual.scroll_view import ScrollView
from textual.strip import Strip

from vnreader.index import ArticleRow
from vnreader.tui.widgets.article_table import ArticleTable
from vnreader.tui.widgets.rows_table import Column, RowsTable

ROWS = 500
START = 250  # the cursor's row before the keys: the table is scrolled


def article_table() -> ArticleTable:
    table = ArticleTable()
    rows = [
        ArticleRow(f"a{i:03}", f"a{i}.txt", f"Bài {i}", "vnexpress.net", None, None, None, i)
        for i in range(ROWS)
    ]
    table.rows = rows  # set_rows once mounted
    return table


def rows_table() -> RowsTable[tuple[str, int]]:
    table: RowsTable[tuple[str, int]] = RowsTable(
        [Column("name", 0), Column("count", 6, right=True)], lambda r: r
    )
    table.rows = [(f"entity {i}", i) for i in range(ROWS)]
    return table


class OneTable(App[None]):
    def __init__(self, table: ScrollView) -> None:
        super().__init__()
        self.table = table

    def compose(self) -> ComposeResult:
        yield self.table

    def on_mount(self) -> None:
        table: Any = self.table
        table.set_rows(table.rows)


def background(strip: Strip) -> object:
    return next(iter(strip)).style.bgcolor  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("make", "down", "up"),
    [(article_table, "down", "up"), (rows_table, "j", "k")],  # the list binds j/k itself
)
async def test_jk_scrolled_highlights_the_cursor_row_and_redraws_two_lines(
    make, down: str, up: str
) -> None:
    table = make()
    app = OneTable(table)
    async with app.run_test(size=(60, 12)) as pilot:
        table.focus()
        table.move_cursor(START)
        table.scroll_to(y=START - 5, animate=False, immediate=True)  # the cursor mid-screen
        await pilot.pause()
        top = round(table.scroll_offset.y)
        assert top > 0  # scrolled
        refreshed: list[tuple[Region, ...]] = []
        refresh = table.refresh

        def spy(*regions: Region, **kwargs: Any) -> Any:
            refreshed.append(regions)
            return refresh(*regions, **kwargs)

        table.refresh = spy  # type: ignore[method-assign]
        for key, row in ((down, START + 1), (down, START + 2), (up, START + 1)):
            refreshed.clear()
            await pilot.press(key)
            await pilot.pause()
            assert table.cursor_row == row
            assert round(table.scroll_offset.y) == top  # no scrolling: lines only
            old, new = row - (1 if key == down else -1), row
            lines = sorted(r.y for regions in refreshed for r in regions if r.height == 1)
            assert lines == sorted([old - top + 1, new - top + 1]), refreshed
            assert all(regions for regions in refreshed), "the whole table was refreshed"
            # as on screen (the widget's line cache): no stale line, and the cursor's
            # line, only it, in the cursor's colours
            region = Region(0, 0, *table.size)
            drawn = table.render_lines(region)
            table._styles_cache.clear()
            assert drawn == table.render_lines(region)
            at = row - top + 1
            same = [
                y for y, strip in enumerate(drawn) if background(strip) == background(drawn[at])
            ]
            assert same == [at]
