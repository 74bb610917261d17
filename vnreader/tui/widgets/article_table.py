"""The article list's table: a virtual list (Textual's Line API) that renders only the rows on
screen, so that 200,000 rows cost no more to show, sort or filter than 200.

The rows are :class:`~vnreader.tui.listing.Row` objects (no article text); a row's cells
are made when the row is drawn (:mod:`vnreader.tui.columns`), from the terminal width, never
by measuring every cell. Replacing the rows (search, filter, sort) is one list assignment
and one repaint of the visible lines. Line 0 is the column header; it does not scroll.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.segment import Segment
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Size
from textual.message import Message
from textual.reactive import var
from textual.scroll_view import ScrollView
from textual.strip import Strip

from vnreader.tui import commands
from vnreader.tui.columns import column_at, fit, header_line, layout, row_line
from vnreader.tui.listing import Counts, Row, RowsOfIds
from vnreader.tui.widgets.cursor_keys import CursorKeys


class ArticleTable(CursorKeys, ScrollView, can_focus=True):
    """Rows of articles with a cursor; Enter (or a double click) chooses the cursor's row."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "choose", commands.get("list.open").footer_text, id="list.open"),
        Binding("down", "cursor_down", show=False),
        Binding("up", "cursor_up", show=False),
        Binding("pagedown", "page_down", show=False),
        Binding("pageup", "page_up", show=False),
        Binding("home", "first", show=False),
        Binding("end", "last", show=False),
    ]
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "article-table--header",
        "article-table--cursor",
        "article-table--even-row",
    }
    DEFAULT_CSS = """
    ArticleTable {
        background: $surface;
        color: $foreground;
        overflow-x: hidden;
        scrollbar-gutter: stable;
        scrollbar-size-vertical: 1;
        &:focus {
            background-tint: $foreground 5%;
            & > .article-table--cursor {
                background: $block-cursor-background;
                color: $block-cursor-foreground;
                text-style: $block-cursor-text-style;
            }
        }
        & > .article-table--header {
            text-style: bold;
            background: $panel;
            color: $foreground;
        }
        & > .article-table--even-row {
            background: $surface-lighten-1 50%;
        }
        &:dark > .article-table--even-row {
            background: $surface-darken-1 40%;
        }
        & > .article-table--cursor {
            background: $block-cursor-blurred-background;
            color: $block-cursor-blurred-foreground;
            text-style: $block-cursor-blurred-text-style;
        }
    }
    """

    cursor_row: var[int] = var(0, init=False)

    class Chosen(Message):
        """The user chose a row (Enter or a double click)."""

        def __init__(self, row: Row) -> None:
            super().__init__()
            self.row = row

    class HeaderClicked(Message):
        """A click on the header of column *column*."""

        def __init__(self, column: str) -> None:
            super().__init__()
            self.column = column

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.rows: Sequence[Row] = []
        self.counts: dict[str, Counts] = {}
        self.sort_key = "title"
        self.reverse = False
        self._width = 0

    # -- rows --------------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[Row], keep: str | None = None) -> None:
        """Show *rows*; the cursor stays on the row of id *keep* when it is among them (at
        the same height on screen), else on the first row."""
        old_cursor, old_top = self.cursor_row, self.scroll_offset.y
        self.rows = rows
        self._update_virtual_size()
        index = self.index_of(keep) if keep is not None else None
        if index is None:
            self.move_cursor(0, scroll=False)
            self.scroll_to(y=0, animate=False, immediate=True)
        else:
            screen_line = old_cursor - old_top
            self.move_cursor(index, scroll=False)
            self.scroll_to(y=max(0, index - screen_line), animate=False, immediate=True)
            self._scroll_row_into_view(self.cursor_row)
        self.refresh()

    def index_of(self, article_id: str | None) -> int | None:
        """The position of the row of *article_id* (a scan: cheaper than keeping a map of
        every row each time the rows change)."""
        if article_id is None:
            return None
        current = self.current
        if current is not None and current.id == article_id:
            return self.cursor_row
        if isinstance(self.rows, RowsOfIds):  # a search's rows: a scan of their ids
            return self.rows.position(article_id)
        for i, row in enumerate(self.rows):
            if row.id == article_id:
                return i
        return None

    @property
    def current(self) -> Row | None:
        if 0 <= self.cursor_row < len(self.rows):
            return self.rows[self.cursor_row]
        return None

    def refresh_article(self, article_id: str) -> None:
        """Repaint the row of *article_id* (its counts changed), if it is on screen."""
        index = self.index_of(article_id)
        if index is not None:
            self._refresh_row(index)

    def set_sort(self, key: str, reverse: bool) -> None:
        """The sort the header shows (the rows are ordered by the caller)."""
        self.sort_key, self.reverse = key, reverse
        self.refresh_line(self.scroll_offset.y)  # the header is the first line on screen

    # -- cursor (moved by CursorKeys.move_cursor) -------------------------------------------
    def action_choose(self) -> None:
        row = self.current
        if row is not None:
            self.post_message(self.Chosen(row))

    def on_click(self, event: events.Click) -> None:
        if event.y == 0:
            column = column_at(self._columns(), event.x - 1)
            if column is not None:
                self.post_message(self.HeaderClicked(column))
            return
        index = round(self.scroll_offset.y) + event.y - 1
        if 0 <= index < len(self.rows):
            self.move_cursor(index)
            if event.chain >= 2:
                self.action_choose()

    # -- drawing -----------------------------------------------------------------------------
    def on_resize(self, event: events.Resize) -> None:
        self._update_virtual_size()
        self._scroll_row_into_view(self.cursor_row)
        self.refresh()

    def _update_virtual_size(self) -> None:
        self._width = self.scrollable_content_region.width
        self.virtual_size = Size(self._width, len(self.rows) + 1)

    def _columns(self) -> list:  # type: ignore[type-arg]
        return layout(max(1, self._width - 2))  # one blank cell each side

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        if width != self._width:
            self._update_virtual_size()
        columns = self._columns()
        if y == 0:
            text = header_line(columns, self.sort_key, self.reverse)
            style = self.get_component_rich_style("article-table--header")
        else:
            index = round(self.scroll_offset.y) + y - 1
            if index >= len(self.rows):
                return Strip.blank(width, self.rich_style)
            row = self.rows[index]
            text = row_line(row, self.counts.get(row.id), columns)
            if index == self.cursor_row:
                style = self.get_component_rich_style("article-table--cursor")
            elif index % 2:
                style = self.get_component_rich_style("article-table--even-row")
            else:
                style = self.rich_style
        line = fit(f" {text} ", width)
        return Strip([Segment(line, style)], width)
