"""The article list: one row per article; search, tag filter, sort; Enter opens it.

The rows come from the app (``VnreaderApp.rows``, filled from the corpus index, also while
it is being refreshed); the table is virtual, so replacing the rows costs one sort and one
repaint of the visible lines. Search runs in the index, in a debounced, cancellable worker.
"""

from __future__ import annotations

import time
from collections.abc import Sequence

from textual import on, work
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.content import Content
from textual.timer import Timer
from textual.widgets import Input, Static
from textual.worker import Worker, get_current_worker

from vnreader.tui import commands
from vnreader.tui.columns import COLUMN_SORTS
from vnreader.tui.listing import (
    RELEVANCE,
    SORT_KEYS,
    Counts,
    Row,
    RowOrder,
    RowsOfIds,
    count_annotations,
    ids_in,
)
from vnreader.tui.messages import AnnotationsChanged, RowsChanged, SearchFinished
from vnreader.tui.numbers import format_number
from vnreader.tui.screens.article_actions import ArticleActions
from vnreader.tui.widgets.article_table import ArticleTable
from vnreader.tui.widgets.footer import KeysFooter

# Seconds of no typing before searching, when a key comes while the search of an earlier key
# still runs (a paste, a fast typist); else a key searches at once. Short: a search of the
# index takes tens of ms even at 35,000 articles, and a newer search cancels the running one.
SEARCH_DELAY = 0.03
ROWS_EVERY = 0.5  # while indexing, the rows are re-sorted at most this often
PLACEHOLDER = 'search title and text (diacritics optional, "a phrase") — ⏎ done, esc clear'


class ArticleListScreen(ArticleActions):
    COMMAND_SCOPES = ("app", "article", "list")
    BINDINGS = commands.bindings("list", "article")

    def __init__(self) -> None:
        super().__init__()
        self.sort_by = "title"
        self.reverse = False
        self.by_relevance = False  # search results in the index's order (until s)
        self.relevance_reverse = False  # S on a search's ranking (each new search: best first)
        self.query_text = ""
        self.matching: list[str] | None = None  # ids found by the search, best first
        self.tag_filter: str | None = None
        self.counts: dict[str, Counts] = {}
        self.counts_version = 0
        self.order = RowOrder()
        self.shown: Sequence[Row] = []
        self.searching = False
        self._search_timer: Timer | None = None
        self._search_worker: Worker[None] | None = None  # the latest search started
        self._rows_timer: Timer | None = None
        self._rows_applied = 0.0
        self._first_rows = True

    def compose(self) -> ComposeResult:
        yield Static(id="list-status")  # the search box goes below it on the first "/"
        yield ArticleTable(id="articles")
        with Horizontal(id="indexing", classes="hidden"):
            # a Static (Label's styles would be parsed at every start for this one line); the
            # bar is added once there is progress
            yield Static(id="indexing-label")
        yield KeysFooter()

    def on_mount(self) -> None:
        settings = self.vn_app.settings.get("sort")
        if isinstance(settings, dict):
            if settings.get("by") in SORT_KEYS:
                self.sort_by = settings["by"]
            self.reverse = settings.get("reverse") is True
        self.counts = count_annotations(self.vn_app.store)
        self.counts_version += 1
        table = self.table
        table.counts = self.counts
        self.set_focus(table)
        if self.vn_app.take_first_rows():  # read already: the first frame shows them
            self._apply_rows()
        else:
            self.refresh_rows()
        self._update_progress()
        self.call_after_refresh(self.vn_app.list_drawn)  # then the refresh may start

    @property
    def table(self) -> ArticleTable:
        return self.query_one(ArticleTable)

    # -- rows -------------------------------------------------------------------------------
    @property
    def sort_name(self) -> str:
        return RELEVANCE if self.by_relevance and self.matching is not None else self.sort_by

    @property
    def descending(self) -> bool:
        """The direction of the order shown: a search's ranking has its own, so that a
        reversed (and remembered) sort by date or title does not put the worst matches first."""
        return self.relevance_reverse if self.sort_name == RELEVANCE else self.reverse

    def _visible(self) -> Sequence[Row]:
        rows = self.vn_app.rows
        if self.matching is None and self.tag_filter is None and self.sort_name != RELEVANCE:
            version = (self.vn_app.rows_version, self.counts_version)
            return self.order.sort_every(
                version, rows.values(), self.sort_by, self.reverse, self.counts
            )
        # ids, not rows, until the end: a search's rows are looked up as they are drawn
        ids = ids_in(self.matching, rows) if self.matching is not None else list(rows)
        if self.tag_filter is not None:
            tag, counts = self.tag_filter, self.counts
            ids = [i for i in ids if i in counts and tag in counts[i].tags]
        if self.sort_name == RELEVANCE:
            return RowsOfIds(ids[::-1] if self.relevance_reverse else ids, rows)
        return self.order.sort(map(rows.__getitem__, ids), self.sort_by, self.reverse, self.counts)

    def refresh_rows(self, keep: str | None = None) -> None:
        """Show the rows of the current search, filter and sort; the cursor stays on its
        article (or goes to *keep*)."""
        table = self.table
        current = table.current
        if keep is None and current is not None:
            keep = current.id
        self.shown = self._visible()
        table.set_sort(self.sort_name, self.descending)
        table.set_rows(self.shown, keep)
        self._update_status()

    def _update_status(self) -> None:
        app = self.vn_app
        parts: list[tuple[str, str] | str] = []
        if app.read_only:  # first: the line is cut on a narrow terminal
            parts += [("READ-ONLY", "bold $text-warning"), "  ·  "]
        shown, every = format_number(len(self.shown)), format_number(len(app.rows))
        parts.append((f"{shown} of {every} articles", "bold"))
        if self.query_text:
            parts += ["  ·  search: ", (self.query_text, "$text-accent")]
            if self.searching:
                parts.append(("  searching…", "$text-warning"))
        if self.tag_filter is not None:
            parts += ["  ·  tag: ", (self.tag_filter, "$text-accent")]
        parts.append(f"  ·  sort: {self.sort_name} {'↓' if self.descending else '↑'}")
        if not self.shown and (self.query_text or self.tag_filter is not None):
            parts.append(("  ·  nothing matches (esc shows all)", "$text-warning"))
        elif not app.rows and not app.loaded.is_set():
            parts.append(("  ·  reading the list…", "$text-warning"))
        elif not app.rows and app.indexing:
            parts.append(("  ·  indexing the corpus…", "$text-warning"))
        if app.problems:
            skipped = format_number(len(app.problems))
            parts += ["  ·  ", (f"{skipped} file(s) skipped", "$text-warning")]
        self.query_one("#list-status", Static).update(Content.assemble(*parts))

    def _update_progress(self) -> None:
        app = self.vn_app
        box = self.query_one("#indexing")
        progress = app.index_progress
        box.set_class(not app.indexing, "hidden")
        if not app.indexing:
            return
        label = self.query_one("#indexing-label", Static)
        if app.cancel_indexing.is_set():
            label.update("Stopping the indexing; what is done is kept…")
            return
        if progress is None or not progress.total:
            label.update("Checking the corpus files for changes…")
            return
        files = f"{format_number(progress.done)} of {format_number(progress.total)} files"
        rate = format_number(round(progress.rate))
        label.update(f"Indexing {files} · {rate} files/s · esc stops")
        from textual.widgets import ProgressBar  # imported with the first progress

        total, done = max(1, progress.total), progress.done
        bar = next(self.query("#indexing-bar").results(ProgressBar), None)
        if bar is None:  # made on the first progress: most opens never show one
            bar = ProgressBar(total=total, id="indexing-bar", show_eta=False)
            box.mount(bar)
            self.call_after_refresh(bar.update, total=total, progress=done)
        else:
            bar.update(total=total, progress=done)

    @on(RowsChanged)
    def _rows_changed(self, event: RowsChanged) -> None:
        """New rows from the index: shown at once the first time, then at most every
        ROWS_EVERY seconds while indexing (a re-sort of every row each time)."""
        self._update_progress()
        if self._rows_timer is not None:
            return
        wait = 0.0 if self._first_rows else ROWS_EVERY - (time.monotonic() - self._rows_applied)
        if wait <= 0:
            self._apply_rows()
        else:
            self._rows_timer = self.set_timer(wait, self._apply_rows)

    def _apply_rows(self) -> None:
        self._rows_timer = None
        self._rows_applied = time.monotonic()
        keep = None
        if self._first_rows and self.vn_app.rows:
            self._first_rows = False
            last = self.vn_app.settings.get("last_article")
            keep = last if isinstance(last, str) and last in self.vn_app.rows else None
        if self.matching is not None and self.query_text:
            self._search(self.query_text)  # the index has more: the same search again
        self.refresh_rows(keep)

    def on_screen_resume(self) -> None:
        """Back from the reader: the cursor is on the article read last (J/K move on)."""
        index = self.table.index_of(self.vn_app.last_read)
        if index is not None:
            self.table.move_cursor(index)
        self._update_progress()
        self._update_status()

    def current_article(self) -> Row | None:  # type: ignore[override]
        return self.table.current

    def visible_ids(self) -> list[str]:
        shown = self.shown
        return list(shown.ids) if isinstance(shown, RowsOfIds) else [r.id for r in shown]

    # -- actions ------------------------------------------------------------------------------
    def action_open_article(self) -> None:
        from vnreader.tui.screens.reader import ReaderScreen

        row = self.table.current
        if row is None:
            return
        article = self.vn_app.load_article(row.id)
        if article is not None:
            screen = ReaderScreen(article, self.visible_ids(), search=self.query_text)
            self.app.push_screen(screen)

    @on(ArticleTable.Chosen)
    def _row_chosen(self, event: ArticleTable.Chosen) -> None:
        event.stop()
        self.action_open_article()

    @on(ArticleTable.HeaderClicked)
    def _header_clicked(self, event: ArticleTable.HeaderClicked) -> None:
        key = COLUMN_SORTS.get(event.column)
        if key is None:
            return
        if key == self.sort_name:
            self.action_reverse_sort()
        else:
            self._sort(key)

    def action_cursor_down(self) -> None:
        self.table.action_cursor_down()

    def action_cursor_up(self) -> None:
        self.table.action_cursor_up()

    def action_top(self) -> None:
        self.table.move_cursor(0)

    def action_bottom(self) -> None:
        self.table.move_cursor(len(self.shown) - 1)

    @property
    def search_box(self) -> Input | None:
        """The search box, once ``/`` has made it (most starts never search: the first
        frame does not build it)."""
        return next(self.query("#search").results(Input), None)

    def action_search(self) -> None:
        """Show the search box and focus it now, so that the keys typed right after ``/``
        land in it even when the app is busy: ``/`` is a priority binding, handled by the
        app as it reads the key, and the focus moves before the next key is routed (to a
        box just made too: its keys wait in its queue until it has mounted)."""
        search = self.search_box
        if search is None:
            search = Input(placeholder=PLACEHOLDER, id="search")
            self.mount(search, after="#list-status")
        elif self.focused is search:
            search.insert_text_at_cursor("/")  # a "/" typed in the query is text
            return
        search.remove_class("hidden")
        search.display = True
        self.set_focus(search)

    def action_clear_filters(self) -> None:
        """Esc: back to every article; with nothing to clear, stop a running indexing."""
        search = self.search_box
        shown = search is not None and search.display
        if not (self.query_text or self.tag_filter or shown):
            if self.vn_app.stop_indexing():
                self._update_progress()
            return
        if self._search_timer is not None:
            self._search_timer.stop()
            self._search_timer = None
        self.workers.cancel_group(self, "search")
        if search is not None:
            search.value = ""
            search.add_class("hidden")
            search.display = False
        self.set_focus(self.table)
        self.query_text, self.matching, self.tag_filter = "", None, None
        self.searching, self.by_relevance = False, False
        self.refresh_rows()

    @on(Input.Changed, "#search")
    def _search_changed(self, event: Input.Changed) -> None:
        """Search as the user types: at once, unless the search of an earlier key still runs
        (then once typing pauses: the keys of a burst, a paste, make one more search)."""
        self.query_text = event.value.strip()
        if self._search_timer is not None:
            self._search_timer.stop()
        elif self._search_worker is None or self._search_worker.is_finished:
            self._start_search()
            return
        self._search_timer = self.set_timer(SEARCH_DELAY, self._start_search)

    def _start_search(self) -> None:
        self._search_timer = None
        self.searching = bool(self.query_text)
        self._update_status()
        self._search_worker = self._search(self.query_text)

    @on(Input.Submitted, "#search")
    def _search_submitted(self, event: Input.Submitted) -> None:
        waiting, self._search_timer = self._search_timer, None
        if waiting is not None:  # the last keys are not searched yet
            waiting.stop()
        query = event.value.strip()
        if waiting is not None or query != self.query_text or self.matching is None:
            self.query_text = query
            self._start_search()
        if not self.query_text:
            event.input.add_class("hidden")
            event.input.display = False
        self.set_focus(self.table)

    @work(thread=True, exclusive=True, group="search")
    def _search(self, query: str) -> None:
        if not query:
            self.post_message(SearchFinished(query, None))
            return
        worker = get_current_worker()
        try:
            ids = self.vn_app.corpus.search(query)
        except Exception as exc:  # a query the engine refuses: say so, keep the list
            self.post_message(SearchFinished(query, [], f"{exc}"))
            return
        if not worker.is_cancelled:
            self.post_message(SearchFinished(query, ids))

    @on(SearchFinished)
    def _search_finished(self, event: SearchFinished) -> None:
        if event.query != self.query_text:
            return  # a newer search is on its way
        if event.error:
            self.notify(f"Search: {event.error}", severity="warning", markup=False)
        self.searching = False
        if self.matching is None and event.ids is not None:
            self.by_relevance = True  # a new search: best matches first
            self.relevance_reverse = False
        self.matching = event.ids
        first = event.ids[0] if event.ids else None
        self.refresh_rows(first if self.by_relevance else None)

    def action_filter_tag(self) -> None:
        tags = self.vn_app.store.all_tags()
        if not tags:
            self.notify("No tags yet: tag an article with t.", timeout=3, markup=False)
            return
        values = [("", "(all articles)")] + [
            (tag, f"{tag}  ({format_number(n)})")
            for tag, n in sorted(tags.items(), key=lambda kv: kv[0].casefold())
        ]

        def done(tag: str | None) -> None:
            if tag is None:
                return
            self.tag_filter = tag or None
            self.refresh_rows()

        current = [v for v, _ in values].index(self.tag_filter or "")
        title = "Show the articles tagged… (⏎ picks, esc cancels)"
        from vnreader.tui.screens.dialogs import ChoiceScreen  # imported when used

        self.app.push_screen(ChoiceScreen(title, values, current), done)

    def action_cycle_sort(self) -> None:
        keys = (RELEVANCE, *SORT_KEYS) if self.matching is not None else SORT_KEYS
        self._sort(keys[(keys.index(self.sort_name) + 1) % len(keys)])

    def _sort(self, key: str) -> None:
        if key == RELEVANCE:
            self.by_relevance = True
        else:
            self.by_relevance, self.sort_by = False, key
            self._remember_sort()
        self.refresh_rows()  # the status line and the header show the order

    def action_reverse_sort(self) -> None:
        if self.sort_name == RELEVANCE:  # this search's ranking only: not remembered
            self.relevance_reverse = not self.relevance_reverse
        else:
            self.reverse = not self.reverse
            self._remember_sort()
        self.refresh_rows()

    def _remember_sort(self) -> None:
        self.vn_app.remember("sort", {"by": self.sort_by, "reverse": self.reverse})

    # -- annotations changed ------------------------------------------------------------------
    @on(AnnotationsChanged)
    def _annotations_changed(self, event: AnnotationsChanged) -> None:
        store = self.vn_app.store
        self.counts_version += 1
        if event.article_id is None:
            self.counts.clear()
            self.counts.update(count_annotations(store))
        else:
            self.counts[event.article_id] = count_annotations(
                store.for_article(event.article_id)
            ).get(event.article_id, Counts())
        if self.tag_filter is not None or self.sort_name == "annotations":
            self.refresh_rows()
        elif event.article_id is None:
            self.table.refresh()
        else:
            self.table.refresh_article(event.article_id)
