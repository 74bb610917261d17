"""The raw view: the file as read (sanitised) and every line that cleaning removed, why."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Static, TextArea

from vnreader.corpus import Article
from vnreader.tui.widgets.footer import KeysFooter


class RawScreen(Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [Binding("q,escape,r", "app.pop_screen", "back")]

    def __init__(self, article: Article) -> None:
        super().__init__()
        self.article = article

    def compose(self) -> ComposeResult:
        a = self.article
        yield Static(
            Content.assemble(("Raw file ", "bold"), (str(a.path), "$text-muted")), id="title"
        )
        with Horizontal(id="raw-main"):
            yield TextArea(
                a.raw, read_only=True, soft_wrap=True, id="raw-text", show_line_numbers=True
            )
            with VerticalScroll(id="removed"):
                yield Static(self._removed(), id="removed-lines")
        yield KeysFooter()

    def _removed(self) -> Content:
        removed = self.article.removed
        lines = [Content.styled(f"Removed by cleaning ({len(removed)})", "bold $text-primary")]
        if not removed:
            lines.append(Content.styled("nothing", "$text-muted"))
        for line in removed:
            lines.append(Content(""))
            lines.append(Content.assemble((f"{line.reason}: ", "bold $text-warning"), line.text))
        return Content("\n").join(lines)

    def on_mount(self) -> None:
        self.query_one(TextArea).focus()
