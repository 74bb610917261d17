"""The raw view: the file as read (sanitised) and every line that cleaning removed, why.

A very large file is shown up to :data:`RAW_VIEW_CHARS` (one widget holds the text: laying
out megabytes of it would freeze the app), with a line saying how much is left out."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.widgets import Static

from vnreader.corpus import Article
from vnreader.textsafe import display_path
from vnreader.tui.numbers import format_number
from vnreader.tui.scrolling import ScrollActions, scroll_bindings
from vnreader.tui.widgets.footer import KeysFooter

RAW_VIEW_CHARS = 300_000


class RawScreen(ScrollActions):
    """Two panes (the file, what was removed); Tab moves between them and the reader's
    movement keys scroll the focused one."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q,escape,r", "app.pop_screen", "back"),
        *scroll_bindings(),
    ]

    def __init__(self, article: Article) -> None:
        super().__init__()
        self.article = article

    def compose(self) -> ComposeResult:
        a = self.article
        title = Content.assemble(("Raw file ", "bold"), (display_path(a.path), "$text-muted"))
        yield Static(title, id="title")
        with Horizontal(id="raw-main"):
            with VerticalScroll(id="raw-text"):
                yield Static(_numbered(a.raw), id="raw-lines")
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

    def default_scroller(self) -> VerticalScroll:
        return self.query_one("#raw-text", VerticalScroll)

    def on_mount(self) -> None:
        self.default_scroller().focus()


def _numbered(raw: str, limit: int = RAW_VIEW_CHARS) -> Content:
    """The file's lines with their numbers in a muted gutter (wrapped lines hang under);
    past *limit* characters, a line saying how much of the file is not shown."""
    shown = raw[:limit]
    lines = shown.split("\n")
    width = len(str(len(lines)))
    numbered = Content("\n").join(
        Content.assemble((f"{n:>{width}} ", "$text-muted"), line) for n, line in enumerate(lines, 1)
    )
    if len(raw) <= limit:
        return numbered
    note = (
        f"… the raw view shows the first {format_number(limit)} characters of "
        f"{format_number(len(raw))} "
        "(the reader shows the whole article)"
    )
    return Content("\n").join([numbered, Content(""), Content.styled(note, "bold $text-warning")])
