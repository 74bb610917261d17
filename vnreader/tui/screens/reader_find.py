"""The reader's search (``/``, as in less and vim): every match of a query in the article,
ignoring case and diacritics; ``n``/``N`` go to the next match while a search is active,
``esc`` clears it. An article opened from the list's search starts with that search."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual import on
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Input

from vnreader.analysis.fold import find_folded
from vnreader.corpus import Article
from vnreader.tui.highlights import MATCH_STYLE, Mark
from vnreader.tui.widgets.body import ArticleBody


class FindInput(Input):
    """The reader's search field; esc closes it without searching (the reader stays)."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", show=False)]

    class Cancelled(Message):
        """The search field was left with esc."""

    def action_cancel(self) -> None:
        self.post_message(self.Cancelled())


class FindActions(Screen[None]):
    """Mixed into :class:`~vnreader.tui.screens.reader.ReaderScreen`, which owns the state."""

    article: Article
    search_text: str
    found: list[Mark]
    body: ArticleBody

    if TYPE_CHECKING:  # given by the reader (and its other mixins)

        def render_all(self) -> None: ...

        def action_next_highlight(self) -> None: ...

        def action_back(self) -> None: ...

    def action_search(self) -> None:
        find = self.query_one("#find", FindInput)
        find.value = self.search_text
        find.remove_class("hidden")
        find.focus()

    @on(Input.Submitted, "#find")
    def _find_submitted(self, event: Input.Submitted) -> None:
        event.input.add_class("hidden")
        self.body.focus()
        self._find(event.value.strip())

    def _find(self, query: str) -> None:
        """Highlight every match of *query* and focus the first one from the screen on; a
        query of several words not found together is looked for word by word (as the list's
        search matches them)."""
        spans = find_folded(self.article.text, query)
        if not spans and len(query.split()) > 1:
            spans = sorted(
                {s for word in query.split() for s in find_folded(self.article.text, word)}
            )
        self.search_text = query
        self.found = [Mark(s, e, "match", "match", MATCH_STYLE) for s, e in spans]
        self.render_all()  # a cleared match's focus goes to the highlight on the same text
        self.refresh_bindings()
        if not query:
            return
        if not self.found:
            self.notify(f"Not found: “{query}”", timeout=2, markup=False)
            return
        self.action_next_highlight()

    def action_escape(self) -> None:
        """esc: clear the search first, then leave (q always leaves, as in less)."""
        if self.found or self.search_text:
            self._find("")
        else:
            self.action_back()

    def on_find_input_cancelled(self) -> None:
        self.query_one("#find", FindInput).add_class("hidden")
        self.body.focus()
