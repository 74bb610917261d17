"""The movement keys of every scrollable view (reader, raw view, help): the same keys as the
reader's (``j``/``k``/arrows, ``space``/``b``/PgDn/PgUp, ``g``/``G``/Home/End), acting on the
pane that has the focus, so that after Tab they move the pane the user looks at (as in less,
and as harlequin's panes do)."""

from __future__ import annotations

from textual.binding import Binding
from textual.containers import ScrollableContainer
from textual.screen import Screen
from textual.widget import Widget

from vnreader.tui import commands

MOVES = ("reader.page_down", "reader.page_up", "reader.down", "reader.up", "reader.top",
         "reader.bottom")  # fmt: skip


def scroll_bindings() -> list[Binding]:
    """The reader's movement keys, for another scrollable screen (not in its Footer)."""
    return [
        Binding(c.keys, c.action, c.footer_text, show=False)
        for c in (commands.get(cid) for cid in MOVES)
    ]


class ScrollActions(Screen[None]):
    """Movement actions on the focused scrollable pane, else on :meth:`default_scroller`."""

    def default_scroller(self) -> Widget:
        raise NotImplementedError

    def scroller(self) -> Widget:
        focused = self.focused
        while focused is not None and focused is not self:
            if isinstance(focused, ScrollableContainer):
                return focused
            parent = focused.parent
            focused = parent if isinstance(parent, Widget) else None
        return self.default_scroller()

    def action_page_down(self) -> None:
        self.scroller().scroll_page_down(animate=False)

    def action_page_up(self) -> None:
        self.scroller().scroll_page_up(animate=False)

    def action_scroll_down(self) -> None:
        self.scroller().scroll_relative(y=1, animate=False)

    def action_scroll_up(self) -> None:
        self.scroller().scroll_relative(y=-1, animate=False)

    def action_scroll_top(self) -> None:
        self.scroller().scroll_home(animate=False)

    def action_scroll_bottom(self) -> None:
        self.scroller().scroll_end(animate=False)
