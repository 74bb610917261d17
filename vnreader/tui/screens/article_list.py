"""The article list: one row per article; search, tag filter, sort; Enter opens it."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.timer import Timer
from textual.widgets import DataTable, Input, Static
from textual.worker import get_current_worker

from vnreader.corpus import Article
from vnreader.tui import commands
from vnreader.tui.listing import (
    SORT_KEYS,
    Counts,
    SearchIndex,
    article_date,
    article_source,
    count_annotations,
    sorted_articles,
)
from vnreader.tui.messages import AnnotationsChanged, SearchFinished
from vnreader.tui.screens.article_actions import ArticleActions
from vnreader.tui.screens.dialogs import ChoiceScreen
from vnreader.tui.widgets.footer import KeysFooter

COLUMNS = (("title", "Title"), ("source", "Source"), ("date", "Date"), ("length", "Length"),
           ("tags", "Tags"), ("note", "Note"), ("spans", "Spans"))  # fmt: skip
TITLE_WIDTH = 60  # at most; less on a narrow terminal, so that every column stays in view
OTHER_COLUMNS_WIDTH = 58  # source, date, length and the counts, with the cells' padding
NUMERIC = frozenset({"length", "tags", "spans"})
SEARCH_DELAY = 0.3  # seconds of no typing before searching


class TitleCell(Text):
    """The title cell; knows its article, so that rows can be re-sorted in place."""

    article_id: str = ""


def _cell_title(article: Article, width: int = TITLE_WIDTH) -> TitleCell:
    title = " ".join((article.title or article.id).split())
    if len(title) > width:
        title = title[: width - 1] + "…"
    cell = TitleCell(title)
    cell.article_id = article.id
    return cell


class ArticleTable(DataTable[Text]):
    """The list's table; its own Enter (which opens the row) is shown in the Footer."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "select_cursor", commands.get("list.open").footer_text, id="list.open")
    ]


class ArticleListScreen(ArticleActions):
    COMMAND_SCOPES = ("app", "article", "list")
    BINDINGS = commands.bindings("list", "article")

    def __init__(self) -> None:
        super().__init__()
        self.sort_by = "title"
        self.reverse = False
        self.query_text = ""
        self.matching: frozenset[str] | None = None
        self.tag_filter: str | None = None
        self.counts: dict[str, Counts] = {}
        self.index = SearchIndex()
        self.shown: list[Article] = []
        self._search_timer: Timer | None = None
        self.title_width = TITLE_WIDTH
        self.searching = False

    def compose(self) -> ComposeResult:
        yield Static(id="list-status")
        yield Input(placeholder="search title and text (diacritics optional) — ⏎ done, esc clear",
                    id="search", classes="hidden")  # fmt: skip
        yield ArticleTable(id="articles", cursor_type="row", zebra_stripes=True)
        yield KeysFooter()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        self.title_width = max(20, min(TITLE_WIDTH, self.app.size.width - OTHER_COLUMNS_WIDTH))
        for key, label in COLUMNS:
            table.add_column(Text(label, justify="right" if key in NUMERIC else "left"), key=key)
        self.counts = count_annotations(self.vn_app.store)
        self.refresh_rows()
        table.focus()

    # -- rows -------------------------------------------------------------------------------
    def _row(self, article: Article) -> tuple[object, ...]:
        c = self.counts.get(article.id, Counts())
        return (
            _cell_title(article, self.title_width),
            Text(article_source(article)),
            Text(article_date(article)),
            Text(f"{len(article.text):,}".replace(",", " "), justify="right"),
            Text(str(len(c.tags)) if c.tags else "", justify="right"),
            Text("✎" if c.note else ""),
            Text(str(c.spans) if c.spans else "", justify="right"),
        )

    def _visible(self) -> list[Article]:
        articles = self.vn_app.articles
        if self.matching is not None:
            articles = [a for a in articles if a.id in self.matching]
        if self.tag_filter is not None:
            tag = self.tag_filter
            articles = [a for a in articles if tag in self.counts.get(a.id, Counts()).tags]
        return sorted_articles(articles, self.sort_by, self.reverse, self.counts)

    def refresh_rows(self) -> None:
        """Rebuild the rows (after search, filter or sort), keeping the cursor's article."""
        table = self.query_one(DataTable)
        current = self.current_article()
        before = {a.id for a in self.shown}
        self.shown = self._visible()
        if before == {a.id for a in self.shown} and len(table.rows) == len(self.shown):
            # same rows, new order: sort in place (adding rows measures every cell)
            rank = {a.id: i for i, a in enumerate(self.shown)}
            table.sort(key=lambda row: rank[row[0].article_id])
        else:
            table.clear()
            for article in self.shown:
                table.add_row(*self._row(article), key=article.id)
        if current is not None and current in self.shown:
            table.move_cursor(row=self.shown.index(current), animate=False)
        self._update_status()

    def _update_status(self) -> None:
        app = self.vn_app
        parts: list[tuple[str, str] | str] = []
        if app.read_only:  # first: the line is cut on a narrow terminal
            parts += [("READ-ONLY", "bold $text-warning"), "  ·  "]
        parts.append((f"{len(self.shown)} of {len(app.articles)} articles", "bold"))
        if self.query_text:
            parts += ["  ·  search: ", (self.query_text, "$text-accent")]
            if self.searching:
                parts.append(("  searching…", "$text-warning"))
        if self.tag_filter is not None:
            parts += ["  ·  tag: ", (self.tag_filter, "$text-accent")]
        parts.append(f"  ·  sort: {self.sort_by} {'↓' if self.reverse else '↑'}")
        if not self.shown and (self.query_text or self.tag_filter is not None):
            parts.append(("  ·  nothing matches (esc shows all)", "$text-warning"))
        if app.problems:
            parts += ["  ·  ", (f"{len(app.problems)} file(s) skipped", "$text-warning")]
        self.query_one("#list-status", Static).update(Content.assemble(*parts))

    def on_screen_resume(self) -> None:
        """Back from the reader: the cursor is on the article read last (J/K move on)."""
        last = self.vn_app.last_read
        ids = self.visible_ids()
        if last in ids:
            self.query_one(DataTable).move_cursor(row=ids.index(last), animate=False)

    def current_article(self) -> Article | None:
        table = self.query_one(DataTable)
        if not self.shown or table.cursor_row < 0 or table.cursor_row >= len(self.shown):
            return None
        return self.shown[table.cursor_row]

    def visible_ids(self) -> list[str]:
        return [a.id for a in self.shown]

    # -- actions ------------------------------------------------------------------------------
    def action_open_article(self) -> None:
        from vnreader.tui.screens.reader import ReaderScreen

        article = self.current_article()
        if article is not None:
            self.app.push_screen(ReaderScreen(article, self.shown, search=self.query_text))

    @on(DataTable.RowSelected)
    def _row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.action_open_article()

    def action_cursor_down(self) -> None:
        self.query_one(DataTable).action_cursor_down()

    def action_cursor_up(self) -> None:
        self.query_one(DataTable).action_cursor_up()

    def action_top(self) -> None:
        self.query_one(DataTable).move_cursor(row=0)

    def action_bottom(self) -> None:
        self.query_one(DataTable).move_cursor(row=max(0, len(self.shown) - 1))

    def action_search(self) -> None:
        search = self.query_one("#search", Input)
        search.remove_class("hidden")
        search.focus()
        self._warm_index()

    @work(thread=True, exclusive=True, group="index")
    def _warm_index(self) -> None:
        """Fold every article while the user types the query (once per session)."""
        worker = get_current_worker()
        for article in self.vn_app.articles:
            if worker.is_cancelled:
                return
            self.index.haystack(article)

    def action_clear_filters(self) -> None:
        search = self.query_one("#search", Input)
        search.value = ""
        search.add_class("hidden")
        self.query_text, self.matching, self.tag_filter = "", None, None
        self.refresh_rows()
        self.query_one(DataTable).focus()

    @on(Input.Changed, "#search")
    def _search_changed(self, event: Input.Changed) -> None:
        """Search as the user types, once typing pauses (rebuilding rows is not free)."""
        self.query_text = event.value.strip()
        if self._search_timer is not None:
            self._search_timer.stop()
        self._search_timer = self.set_timer(SEARCH_DELAY, self._start_search)

    def _start_search(self) -> None:
        self.searching = bool(self.query_text)
        self._update_status()
        self._search(self.query_text)

    @on(Input.Submitted, "#search")
    def _search_submitted(self, event: Input.Submitted) -> None:
        if self._search_timer is not None:
            self._search_timer.stop()
            self._search_timer = None
        self.query_text = event.value.strip()
        self._start_search()
        if not self.query_text:
            event.input.add_class("hidden")
        self.query_one(DataTable).focus()

    @work(thread=True, exclusive=True, group="search")
    def _search(self, query: str) -> None:
        if not query:
            self.post_message(SearchFinished(query, None))
            return
        worker = get_current_worker()
        found: set[str] = set()
        for article in self.vn_app.articles:
            if worker.is_cancelled:
                return
            if self.index.matches(query, article):
                found.add(article.id)
        self.post_message(SearchFinished(query, frozenset(found)))

    @on(SearchFinished)
    def _search_finished(self, event: SearchFinished) -> None:
        if event.query != self.query_text:
            return  # a newer search is on its way
        self.searching = False
        self.matching = event.ids
        self.refresh_rows()

    def action_filter_tag(self) -> None:
        tags = self.vn_app.store.all_tags()
        if not tags:
            self.notify("No tags yet: tag an article with t.", timeout=3, markup=False)
            return
        values = [("", "(all articles)")] + [
            (tag, f"{tag}  ({n})")
            for tag, n in sorted(tags.items(), key=lambda kv: kv[0].casefold())
        ]

        def done(tag: str | None) -> None:
            if tag is None:
                return
            self.tag_filter = tag or None
            self.refresh_rows()

        current = [v for v, _ in values].index(self.tag_filter or "")
        title = "Show the articles tagged… (⏎ picks, esc cancels)"
        self.app.push_screen(ChoiceScreen(title, values, current), done)

    def action_cycle_sort(self) -> None:
        self.sort_by = SORT_KEYS[(SORT_KEYS.index(self.sort_by) + 1) % len(SORT_KEYS)]
        self.refresh_rows()  # the status line shows the order

    def action_reverse_sort(self) -> None:
        self.reverse = not self.reverse
        self.refresh_rows()

    # -- annotations changed ------------------------------------------------------------------
    @on(AnnotationsChanged)
    def _annotations_changed(self, event: AnnotationsChanged) -> None:
        store = self.vn_app.store
        if event.article_id is None:
            self.counts = count_annotations(store)
        else:
            self.counts[event.article_id] = count_annotations(
                store.for_article(event.article_id)
            ).get(event.article_id, Counts())
        if self.tag_filter is not None or self.sort_by == "annotations":
            self.refresh_rows()
            return
        table = self.query_one(DataTable)
        ids = [event.article_id] if event.article_id else [a.id for a in self.shown]
        by_id = {a.id: a for a in self.shown}
        for article_id in ids:
            article = by_id.get(article_id)
            if article is None:
                continue
            row = self._row(article)
            for (key, _), value in zip(COLUMNS[4:], row[4:], strict=True):
                table.update_cell(article_id, key, value)
