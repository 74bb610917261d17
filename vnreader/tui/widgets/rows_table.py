"""A virtual table of any rows (Textual's Line API): only the lines on screen are drawn.

The rows are a :class:`~collections.abc.Sequence` that may be lazy (the figures view pages
them from the index), so a million rows cost what the visible ones cost. Each column is a
title, a width (0: takes the free width) and an alignment; cells come from a function of
the row, are sanitised text, and are cut to their column (never measured in bulk). Line 0
is the header and does not scroll.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar, Generic, TypeVar

from rich.cells import cell_len, set_cell_size
from rich.segment import Segment
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Size
from textual.message import Message
from textual.reactive import var
from textual.scroll_view import ScrollView
from textual.strip import Strip

from vnreader.textsafe import sanitize_line
from vnreader.tui.widgets.cursor_keys import CursorKeys

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Column:
    title: str
    width: int  # cells; 0 = the free width (shared by every such column)
    right: bool = False


class RowsTable(CursorKeys, ScrollView, Generic[T], can_focus=True):
    """Rows with a cursor; Enter (or a double click) chooses the cursor's row."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "choose", "open", show=False),
        Binding("down,j", "cursor_down", show=False),
        Binding("up,k", "cursor_up", show=False),
        Binding("pagedown,space", "page_down", show=False),
        Binding("pageup,b", "page_up", show=False),
        Binding("home,g", "first", show=False),
        Binding("end,G", "last", show=False),
    ]
    COMPONENT_CLASSES: ClassVar[set[str]] = {"rows-table--header", "rows-table--cursor"}
    DEFAULT_CSS = """
    RowsTable {
        background: $surface;
        color: $foreground;
        overflow-x: hidden;
        scrollbar-gutter: stable;
        scrollbar-size-vertical: 1;
        &:focus > .rows-table--cursor {
            background: $block-cursor-background;
            color: $block-cursor-foreground;
            text-style: $block-cursor-text-style;
        }
        & > .rows-table--header {
            text-style: bold;
            background: $panel;
        }
        & > .rows-table--cursor {
            background: $block-cursor-blurred-background;
            color: $block-cursor-blurred-foreground;
        }
    }
    """

    cursor_row: var[int] = var(0, init=False)

    class Chosen(Message):
        """The user chose the row at *index* (Enter or a double click)."""

        def __init__(self, table: RowsTable[Any], index: int) -> None:
            super().__init__()
            self.table = table
            self.index = index

        @property
        def control(self) -> RowsTable[Any]:
            return self.table

    def __init__(
        self,
        columns: Sequence[Column],
        cells: Callable[[T], Sequence[Any]],
        *,
        id: str | None = None,
    ) -> None:
        super().__init__(id=id)
        self.columns = list(columns)
        self.cells = cells
        self.rows: Sequence[T] = []

    def set_rows(self, rows: Sequence[T], cursor: int = 0) -> None:
        """Show *rows* with the cursor on row *cursor* (one assignment and a repaint)."""
        self._assign(rows, cursor)
        self.scroll_to(y=max(0, self.cursor_row - self._page // 2), animate=False, immediate=True)
        self.refresh()

    def replace_rows(self, rows: Sequence[T], cursor: int) -> None:
        """Show *rows* in place of the current ones (the same list, changed), the cursor on
        row *cursor* and on the line of the screen it was on: the rows around it change,
        the cursor's line does not move (unless the list is too short to scroll so far).
        The rows on screen are read here (a lazy sequence: in the caller's reading of it)."""
        line = self.cursor_row - round(self.scroll_offset.y)
        self._assign(rows, cursor)
        top = max(0, min(self.cursor_row - line, len(rows) - self._page))
        self.scroll_to(y=top, animate=False, immediate=True)
        for index in (top, self.cursor_row, top + self._page - 1):
            if 0 <= index < len(rows):
                rows[index]  # a lazy sequence reads the rows on screen now, with the count
        self.refresh()

    def _assign(self, rows: Sequence[T], cursor: int) -> None:
        self.rows = rows
        self._update_virtual_size()
        self.cursor_row = max(0, min(cursor, len(rows) - 1))

    def rows_changed(self) -> None:
        """The sequence given to :meth:`set_rows` grew or shrank: keep the cursor, repaint."""
        self._update_virtual_size()
        self.refresh()

    @property
    def current(self) -> T | None:
        if 0 <= self.cursor_row < len(self.rows):
            return self.rows[self.cursor_row]
        return None

    # -- cursor (moved by CursorKeys.move_cursor) -------------------------------------------
    def action_choose(self) -> None:
        if 0 <= self.cursor_row < len(self.rows):
            self.post_message(self.Chosen(self, self.cursor_row))

    def on_click(self, event: events.Click) -> None:
        index = round(self.scroll_offset.y) + event.y - 1
        if event.y > 0 and 0 <= index < len(self.rows):
            self.move_cursor(index)
            if event.chain >= 2:
                self.action_choose()

    # -- drawing -----------------------------------------------------------------------------
    def on_resize(self, event: events.Resize) -> None:
        self._update_virtual_size()
        self.refresh()

    def _update_virtual_size(self) -> None:
        self.virtual_size = Size(self.scrollable_content_region.width, len(self.rows) + 1)

    def _widths(self, width: int) -> list[int]:
        fixed = sum(c.width for c in self.columns) + len(self.columns) + 1
        flexible = [c for c in self.columns if c.width == 0]
        free = max(4, (width - fixed) // max(1, len(flexible)))
        return [c.width or free for c in self.columns]

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        widths = self._widths(width)
        if y == 0:
            cells: Sequence[Any] = [c.title for c in self.columns]
            style = self.get_component_rich_style("rows-table--header")
        else:
            index = round(self.scroll_offset.y) + y - 1
            if index >= len(self.rows):
                return Strip.blank(width, self.rich_style)
            cells = self.cells(self.rows[index])
            cursor = index == self.cursor_row
            style = self.get_component_rich_style("rows-table--cursor") if cursor else None
            style = style or self.rich_style
        parts = [
            _cell(str(value), w, column.right)
            for value, w, column in zip(cells, widths, self.columns, strict=False)
        ]
        line = set_cell_size(" " + " ".join(parts), width)
        return Strip([Segment(line, style)], width)


def _cell(text: str, width: int, right: bool) -> str:
    text = " ".join(sanitize_line(text).split())
    if cell_len(text) > width:
        return set_cell_size(text, max(0, width - 1)) + "…" if width > 0 else ""
    padding = " " * (width - cell_len(text))
    return padding + text if right else text + padding
