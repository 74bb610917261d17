"""The base of the corpus-wide views (entities, figures, an entity's articles, charts).

What they share: the app, a title and a status line, the filter box and the back key. The
views that analyse the corpus as they list it build on :mod:`.live_list`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.content import Content
from textual.screen import Screen
from textual.widgets import Input, Static

from vnreader.tui.widgets.rows_table import RowsTable

if TYPE_CHECKING:
    from vnreader.tui.app import VnreaderApp


class CorpusViewScreen(Screen[None]):
    """What the corpus-wide views share: the app, a title and a status line, the filter."""

    VIEW_NAME = "Entities"

    DEFAULT_CSS = """
    CorpusViewScreen #view-title { height: 1; background: $panel; padding: 0 1; }
    CorpusViewScreen #view-status { height: 1; color: $text-muted; padding: 0 1; }
    CorpusViewScreen Input.hidden { display: none; }
    CorpusViewScreen RowsTable { height: 1fr; }
    """

    @property
    def vn_app(self) -> VnreaderApp:
        return self.app  # type: ignore[return-value]

    def title_line(self, text: str) -> None:
        self.query_one("#view-title", Static).update(Content(text))

    def status_line(self, text: str) -> None:
        self.query_one("#view-status", Static).update(Content(text))

    def open_filter(self, value: str) -> None:
        """Show the filter box holding *value* and focus it now, so that the keys typed
        right after ``/`` land in it (``/`` is a priority binding: the focus moves before
        the next key is routed); a ``/`` typed in the box is text."""
        box = self.query_one("#filter", Input)
        if self.focused is box:
            box.insert_text_at_cursor("/")
            return
        box.value = value
        box.cursor_position = len(value)
        box.remove_class("hidden")
        self.set_focus(box)

    def close_filter(self) -> bool:
        """Hide the filter box and give the focus back to the rows; False when it was
        hidden already (``⏎`` in the box, and the first Escape of a view's back key)."""
        box = self.query_one("#filter", Input)
        if box.has_class("hidden"):
            return False
        box.add_class("hidden")
        self.set_focus(self.query_one(RowsTable))
        return True

    def action_back(self) -> None:
        self.app.pop_screen()
