"""The row-cursor keys shared by the virtual tables (the article list and the corpus views).

A table using :class:`CursorKeys` has ``rows`` and ``cursor_row`` and draws row ``i`` on
line ``i - scroll + 1`` (line 0 is the header); the mixin gives it one ``move_cursor``, one
set of movement actions and the scroll-into-view rule, so both tables move alike and a key
that does not scroll redraws two lines (the old cursor's and the new one's), not the table.
"""

from __future__ import annotations

from collections.abc import Sized
from typing import Any


class CursorKeys:
    """j/k, page, first/last for a ScrollView whose line 0 is a fixed header."""

    rows: Sized
    cursor_row: int

    def move_cursor(self, row: int, *, scroll: bool = True) -> None:
        """Put the cursor on *row* (clamped to the rows); with *scroll*, scroll it into view."""
        row = max(0, min(row, len(self.rows) - 1))
        old = self.cursor_row
        if row != old:
            self.cursor_row = row
            self._refresh_row(old)
            self._refresh_row(row)
        if scroll:
            self._scroll_row_into_view(row)

    def _refresh_row(self, index: int) -> None:
        """Redraw the line of row *index*: ``ScrollView.refresh_line`` takes a line of the
        virtual size (row + 1, the header being line 0) and subtracts the scroll offset."""
        self.refresh_line(index + 1)  # type: ignore[attr-defined]

    @property
    def _page(self) -> int:
        region: Any = self.scrollable_content_region  # type: ignore[attr-defined]
        return max(1, region.height - 1)

    def _scroll_row_into_view(self, row: int) -> None:
        top = round(self.scroll_offset.y)  # type: ignore[attr-defined]
        if row < top:
            self.scroll_to(y=row, animate=False, immediate=True)  # type: ignore[attr-defined]
        elif row >= top + self._page:
            self.scroll_to(  # type: ignore[attr-defined]
                y=row - self._page + 1, animate=False, immediate=True
            )

    def action_cursor_down(self) -> None:
        self.move_cursor(self.cursor_row + 1)

    def action_cursor_up(self) -> None:
        self.move_cursor(self.cursor_row - 1)

    def action_page_down(self) -> None:
        self.move_cursor(self.cursor_row + self._page)

    def action_page_up(self) -> None:
        self.move_cursor(self.cursor_row - self._page)

    def action_first(self) -> None:
        self.move_cursor(0)

    def action_last(self) -> None:
        self.move_cursor(len(self.rows) - 1)
