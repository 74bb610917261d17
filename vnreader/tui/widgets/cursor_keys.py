"""The row-cursor keys shared by the virtual tables (the article list and the corpus views).

A table using :class:`CursorKeys` has ``rows``, ``cursor_row`` and ``move_cursor(row)``
(which clamps and redraws); the mixin gives it one set of movement actions and the
scroll-into-view rule, so both tables move alike.
"""

from __future__ import annotations

from collections.abc import Sized
from typing import Any


class CursorKeys:
    """j/k, page, first/last for a ScrollView whose line 0 is a fixed header."""

    rows: Sized
    cursor_row: int

    def move_cursor(self, row: int) -> None:  # pragma: no cover - defined by the table
        raise NotImplementedError

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
