"""The reader's search (``/``, as in less and vim): every match of a query in the article,
ignoring case and diacritics; ``n``/``N`` go to the next match while a search is active,
``esc`` clears it. An article opened from the list's search starts with that search."""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import TYPE_CHECKING, ClassVar

from textual import on, work
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Input

from vnreader.analysis.fold import SEARCH_CHUNK, find_folded_spans
from vnreader.corpus import Article
from vnreader.tui.highlights import Mark, MarkSet, Matches
from vnreader.tui.widgets.body import ArticleBody

INLINE_CHARS = 200_000  # a longer article is searched in a worker (50 MB: seconds)
WORKER_CHUNK = 100_000  # the worker searches this much text between two pauses
PAUSE = 0.005  # seconds: the UI thread's turn (they share the interpreter)


def find_matches(text: str, query: str, *, in_worker: bool = False) -> Matches:
    """The matches of *query* in *text*: the phrase, else (a query of several words not
    found together) each of its words, as the list's search matches them. *in_worker*:
    searched a piece at a time with a pause after each, so that keys are answered; the
    matches are held as arrays (one object each kept the UI thread waiting)."""
    chunk, between = (WORKER_CHUNK, _pause) if in_worker else (SEARCH_CHUNK, None)

    def find(words: str) -> Matches:
        return Matches(*find_folded_spans(text, words, chunk=chunk, between=between))

    found = find(query)
    if not found and len(query.split()) > 1:
        words = [find(word) for word in query.split()]
        found = Matches.of({span for m in words for span in zip(m.starts, m.ends, strict=True)})
    return found


def _pause() -> None:
    time.sleep(PAUSE)


class ArticleSearched(Message):
    """The matches of a search in a large article, found by a worker (and made ready to
    look up there: sorting hundreds of thousands of them took the UI thread a second)."""

    def __init__(self, article_id: str, query: str, found: MarkSet) -> None:
        super().__init__()
        self.article_id = article_id
        self.query = query
        self.found = found


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
    searching: bool  # a search of a large article is running
    found: Sequence[Mark]
    found_set: MarkSet
    body: ArticleBody

    if TYPE_CHECKING:  # given by the reader (and its other mixins)

        def render_all(self) -> None: ...

        def _render_status(self) -> None: ...

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
        search matches them). A large article is searched in a worker: keys go on working,
        the status line says it is searching."""
        self.search_text = query
        if query and len(self.article.text) > INLINE_CHARS:
            self.searching = True
            self._render_status()
            self._search(self.article, query)
            return
        self._show_matches(query, find_matches(self.article.text, query) if query else [])

    @work(thread=True, exclusive=True, group="find", description="search")
    def _search(self, article: Article, query: str) -> None:
        found = MarkSet(marks=find_matches(article.text, query, in_worker=True))
        self.post_message(ArticleSearched(article.id, query, found))

    @on(ArticleSearched)
    def _searched(self, event: ArticleSearched) -> None:
        if (event.article_id, event.query) == (self.article.id, self.search_text):
            self._show_matches(event.query, event.found.source, event.found)

    def _show_matches(
        self, query: str, found: Sequence[Mark], ready: MarkSet | None = None
    ) -> None:
        self.searching = False
        self.found = found
        self.found_set = ready if ready is not None else MarkSet(marks=found)
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
