"""The article body: one Static per paragraph inside a scroller without its own keys
(the reader screen owns every key, so that selection mode can reuse arrows and j/k)."""

from __future__ import annotations

from textual.containers import VerticalScroll
from textual.widgets import Static


class ArticleBody(VerticalScroll, can_focus=True, inherit_bindings=False):
    """Scrolls the paragraphs; keys are bound on the reader screen."""


class Paragraph(Static):
    """One paragraph; ``index`` is its position in the article."""

    def __init__(self, index: int) -> None:
        super().__init__(id=f"p{index}", classes="paragraph")
        self.index = index
