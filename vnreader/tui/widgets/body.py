"""The article body: one Static per paragraph inside a scroller without its own keys
(the reader screen owns every key, so that selection mode can reuse arrows and j/k)."""

from __future__ import annotations

from dataclasses import dataclass

from textual import events
from textual.containers import VerticalScroll
from textual.message import Message
from textual.widgets import Static


class ArticleBody(VerticalScroll, can_focus=True, inherit_bindings=False):
    """Scrolls the paragraphs; keys are bound on the reader screen."""


class Paragraph(Static):
    """One paragraph; ``index`` is its position in the article. A click says where it was
    (the reader turns the cell into a text offset and focuses the highlight there)."""

    @dataclass
    class Clicked(Message):
        index: int
        line: int
        column: int

    def __init__(self, index: int, *, joined: bool = False, named: bool = True) -> None:
        """*joined*: the next block goes on with this one's paragraph (pieces of a very long
        paragraph), drawn without a blank line between them. *named*: the id ``p<index>``
        (not for the moving window of a large article, whose blocks come and go)."""
        classes = "paragraph joined" if joined else "paragraph"
        super().__init__(id=f"p{index}" if named else None, classes=classes)
        self.index = index

    def on_click(self, event: events.Click) -> None:
        where = event.get_content_offset(self)
        if where is not None:
            self.post_message(self.Clicked(self.index, where.y, where.x))
