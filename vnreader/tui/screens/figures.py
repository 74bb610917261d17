"""The figures view: every figure of the corpus, filtered and sorted by the index.

The rows are read a page at a time as they are drawn (:class:`FigurePages`), so a corpus
with a million figures opens as fast as one with a hundred. ``/`` takes a filter line:
words to find in the figure's sentence, plus
``category:`` ``unit:`` ``entity:`` and ``tag:`` terms (``entity:"Liên bang Nga"`` quoted
when it has spaces); ``c`` and ``u`` cycle through the categories and the common units.
``⏎`` opens the article at the figure. Counting runs in a worker: typing never waits. A
text or entity filter is counted up to 5,000 first, so its first page shows at once
("5 000+ · counting…"), then exactly.

The figures the index holds show at once (those of an earlier run too) and fill in while
the corpus is analysed (:mod:`vnreader.tui.screens.live_list`): each reading again counts
the figures and reads the pages around the cursor in the worker, in one read of the index,
and keeps the cursor on its figure and on its line of the screen. New figures come after
the others in corpus order, so there the rows on screen do not change; sorted by value or
date, they come in between. A page first drawn later is read in a later state of the index
(it may repeat or skip a row at its edge until the next reading).
"""

from __future__ import annotations

import shlex
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.message import Message
from textual.widgets import Input, Static

from vnreader.corpusviews import CorpusViews
from vnreader.formatting import figure_number
from vnreader.index.fact_queries import FigureFact, FigurePlan, FigureQuery
from vnreader.tui import commands
from vnreader.tui.corpus_views import NEEDS_INDEX, FigurePages, corpus_views, read_pages
from vnreader.tui.numbers import format_number
from vnreader.tui.screens import live_list
from vnreader.tui.screens.live_list import LiveListScreen
from vnreader.tui.widgets.footer import KeysFooter
from vnreader.tui.widgets.rows_table import Column, RowsTable

if TYPE_CHECKING:
    from vnreader.tui.app import VnreaderApp

SORTS = ("", "value", "when")
COUNT_CAP = 5000  # a text or entity filter is first counted this far, then exactly
SORT_NAMES = {"": "corpus order", "value": "value", "when": "date"}
TERMS = ("category", "unit", "entity", "tag")
VALUE_WIDTH = 16
COLUMNS = (
    Column("figure", 18),
    Column("value", VALUE_WIDTH, right=True),
    Column("unit", 9),
    Column("category", 9),
    Column("when", 10),
    Column("sentence", 0),
)


@dataclass(frozen=True)
class FigureFilter:
    """What the user filters by (``text``: words of the sentence)."""

    text: str = ""
    category: str | None = None
    unit: str | None = None
    entity: str | None = None
    tag: str | None = None

    def line(self) -> str:
        parts = [f"{t}:{_quoted(v)}" for t in TERMS if (v := getattr(self, t))]
        return " ".join([*parts, self.text] if self.text else parts)


def parse_filter(line: str) -> FigureFilter:
    """``unit:USD entity:Nga kim ngạch`` → the filter (unknown ``x:`` terms stay text)."""
    try:
        words = shlex.split(line)
    except ValueError:
        words = line.split()
    found: dict[str, str] = {}
    text = []
    for word in words:
        term, sep, value = word.partition(":")
        if sep and term.lower() in TERMS and value:
            found[term.lower()] = value
        else:
            text.append(word)
    return FigureFilter(" ".join(text), **found)


def _quoted(value: str) -> str:
    return shlex.quote(value) if " " in value else value


class FiguresCounted(Message):
    """The figures of *query* were counted, with its *plan* and the *pages* around the
    *cursor* row (read again in place with *reading*, a :class:`Reading`); not *exact*:
    more than :data:`COUNT_CAP`, the exact count follows (alone: no *plan*). *cost*: how
    long counting and reading took."""

    def __init__(
        self,
        query: FigureQuery,
        count: int,
        error: str = "",
        *,
        exact: bool = True,
        plan: FigurePlan | None = None,
        pages: dict[int, list[FigureFact]] | None = None,
        cursor: int = 0,
        reading: Reading | None = None,
        cost: float = 0.0,
    ) -> None:
        super().__init__()
        self.query = query
        self.count = count
        self.error = error
        self.exact = exact
        self.plan = plan
        self.pages = pages
        self.cursor = cursor
        self.reading = reading
        self.cost = cost


@dataclass(frozen=True)
class Reading:
    """The figures read again in place: the cursor kept on *keep* (None: on the first
    row), else on row *row*; *height*: the lines on screen (the pages read around it)."""

    keep: FigureFact | None
    row: int
    height: int


def count_text(count: int, exact: bool) -> str:
    """The count as the title shows it: "5 000+ · counting…" until it is exact."""
    return format_number(count) if exact else f"{format_number(COUNT_CAP)}+ · counting…"


def figure_cells(f: FigureFact) -> tuple[str, str, str, str, str, str]:
    shown = f"{f.approx} {f.text}" if f.approx else f.text
    return (shown, _value(f.value, f.category), f.unit or "", f.category, f.when or "", f.context)


def _value(value: float | None, category: str = "") -> str:
    """The value as :func:`figure_number` writes it in a table (as in the side panel; a year
    as a year, "2020"; "" for none), or in 6 significant digits with an exponent when the
    digits would not fit the column (cut, "40 000 000 000 …" read as 40 billion; it was 40
    trillion) or would round it to 0."""
    digits = figure_number(value, category)
    if value and (len(digits) > VALUE_WIDTH or digits.lstrip("-") == "0"):
        return f"{value:.6g}"
    return digits


class FiguresScreen(LiveListScreen):
    VIEW_NAME = "Figures"
    COMMAND_SCOPES = ("app", "figures")
    BINDINGS: ClassVar[list[BindingType]] = commands.bindings("figures")

    def __init__(self, views: CorpusViews) -> None:
        super().__init__(views)
        self.filter = FigureFilter()
        self.sort = ""
        self.reverse = False
        self.rows: FigurePages | None = None

    def compose(self) -> ComposeResult:
        yield Static(id="view-title")
        yield Input(
            placeholder="words of the sentence, category:money unit:USD entity:Nga tag:T",
            id="filter",
            classes="hidden",
        )
        yield RowsTable(COLUMNS, figure_cells, id="figures")
        yield Static(id="view-status")
        yield KeysFooter()

    @property
    def table(self) -> RowsTable[FigureFact]:
        return self.query_one("#figures", RowsTable)

    def on_mount(self) -> None:
        self.set_focus(self.table)
        self.load_rows()

    def prepare_rows(self) -> None:
        self.views.prepare(figures=True)

    def read_rows(self, *, again: bool) -> None:
        if not again:
            self.refresh_rows()
            return
        keep = None if self.at_top() else self.table.current
        self.refresh_rows(Reading(keep, self.table.cursor_row, self.table.size.height))

    def figure_query(self) -> FigureQuery:
        f = self.filter
        ids = None
        if f.tag:
            ids = sorted(
                {a.article_id for a in self.vn_app.store if a.kind == "tag" and a.tag == f.tag}
            )
        sort = ("-" if self.reverse and self.sort else "") + self.sort
        return self.views.figure_query(
            category=f.category,
            unit=f.unit,
            text=f.text,
            entity=f.entity,
            article_ids=ids,
            sort=sort,
        )

    def refresh_rows(self, reading: Reading | None = None) -> None:
        """Count the figures of the filter in a worker; the rows follow (FiguresCounted),
        the cursor on the first row, or where *reading* keeps it."""
        if not self.ready:
            return  # the first reading follows, with the filter and sort chosen meanwhile
        query = self.figure_query()
        if reading is None:
            self.title_line("Figures · counting…")
        self._count(query, reading)

    @work(thread=True, exclusive=True, group="figures")
    def _count(self, query: FigureQuery, reading: Reading | None) -> None:
        """Off the UI: the count, the cursor's row and the pages on screen, in one read of
        the index. A text or entity filter is counted up to :data:`COUNT_CAP` first, unless
        it is read again in place (no one waits on it)."""
        began = live_list.clock()
        broad = reading is None and bool(query.text or query.with_keys is not None)
        try:
            plan = self.views.figure_plan(query)  # probed once, for the count and the pages
            with self.views.index.snapshot():  # the count and the rows read agree
                count = self.views.count_figures(plan, cap=COUNT_CAP + 1 if broad else None)
                exact = count <= COUNT_CAP or not broad
                shown = count if exact else COUNT_CAP
                cursor = 0
                if reading is not None and reading.keep is not None:
                    found = self.views.figure_position(plan, reading.keep)
                    cursor = reading.row if found is None else found
                cursor = max(0, min(cursor, shown - 1))
                height = 0 if reading is None else reading.height
                rows = range(cursor - height, cursor + height + 1)
                pages = read_pages(self.views, plan, shown, rows)
            cost = live_list.clock() - began
            self.post_message(
                FiguresCounted(
                    query,
                    shown,
                    exact=exact,
                    plan=plan,
                    pages=pages,
                    cursor=cursor,
                    reading=reading,
                    cost=cost,
                )
            )
            if not exact:
                self.post_message(FiguresCounted(query, self.views.count_figures(plan)))
        except Exception as exc:  # an index problem: say so, keep the app
            self.post_message(FiguresCounted(query, 0, f"{type(exc).__name__}: {exc}"))

    @on(FiguresCounted)
    def _counted(self, event: FiguresCounted) -> None:
        if event.error:
            self.notify(f"Figures: {event.error}", severity="error", markup=False)
        if event.query != self.figure_query():
            return  # the filter changed meanwhile: its own count follows
        query, count = event.query, event.count
        if event.plan is None and not event.error:  # the exact count of a broad filter
            if self.rows is None or self.rows.query != query or self.rows.exact:
                return  # the rows were read again meanwhile: counted exactly then
            self.rows.count, self.rows.exact = count, True
            self.table.rows_changed()
        else:
            plan = event.plan or FigurePlan(query, "0", ())  # an error: no rows to read
            self.rows = FigurePages(self.views, plan, count, exact=event.exact, pages=event.pages)
            if event.reading is None:
                self.table.set_rows(self.rows, event.cursor)
            else:
                self.table.replace_rows(self.rows, event.cursor)
        order = SORT_NAMES[self.sort] + (" (desc)" if self.reverse and self.sort else "")
        counted = count_text(count, event.exact) + (
            " so far" if self.analysing and event.exact else ""
        )
        parts = [f"Figures · {counted}", f"sort: {order}"]
        if self.filter.line():
            parts.append(f"filter: {self.filter.line()}")
        self.title_line(" · ".join(parts))
        if event.plan is not None or event.error:
            self.rows_read(event.cost)

    # -- actions -------------------------------------------------------------------------
    def action_filter(self) -> None:
        self.open_filter(self.filter.line())

    @on(Input.Submitted, "#filter")
    def _filter_submitted(self, event: Input.Submitted) -> None:
        self.close_filter()
        self.filter = parse_filter(event.value)
        if self.filter.entity and not self.views.find(self.filter.entity):
            self.notify(f"No entity “{self.filter.entity}” in the corpus.", markup=False)
        self.refresh_rows()

    def action_back(self) -> None:
        if self.close_filter():
            return
        if self.filter != FigureFilter():
            self.filter = FigureFilter()
            self.refresh_rows()
        else:
            self.app.pop_screen()

    def action_cycle_category(self) -> None:
        values = [None, *(v for v, _ in self.views.index.facts.figure_values("category"))]
        self.filter = replace(self.filter, category=_next(values, self.filter.category), unit=None)
        self.refresh_rows()

    def action_cycle_unit(self) -> None:
        units = [v for v, _ in self.views.index.facts.figure_values("unit")][:20]
        self.filter = replace(self.filter, unit=_next([None, *units], self.filter.unit))
        self.refresh_rows()

    def action_cycle_sort(self) -> None:
        self.sort = SORTS[(SORTS.index(self.sort) + 1) % len(SORTS)]
        self.refresh_rows()

    def action_reverse_sort(self) -> None:
        self.reverse = not self.reverse
        self.refresh_rows()

    @on(RowsTable.Chosen, "#figures")
    def _chosen(self, event: RowsTable.Chosen) -> None:
        event.stop()
        self.action_open_figure()

    def action_open_figure(self) -> None:
        from vnreader.index.fact_queries import Mention
        from vnreader.tui.screens.mention_reader import MentionReaderScreen

        figure = self.table.current
        if figure is None:
            return
        article = self.vn_app.load_article(figure.article_id)
        if article is None:
            return
        mark = Mention(figure.article_id, figure.start, figure.end, figure.text, "")
        screen = MentionReaderScreen(article, [(article.id, [mark])], figure.text)
        self.app.push_screen(screen)

    def action_chart(self) -> None:
        from vnreader.tui.screens.chart import FiguresChartScreen

        if self.rows is None or not len(self.rows):
            self.notify("No figures to chart.", timeout=2, markup=False)
            return
        title = f"Figures · {self.filter.line() or 'all'}"
        self.app.push_screen(
            FiguresChartScreen(title, self.views, self.figure_query(), self.filter.unit)
        )


def _next(values: list[str | None], current: str | None) -> str | None:
    i = values.index(current) if current in values else 0
    return values[(i + 1) % len(values)]


def open_figures(app: VnreaderApp) -> None:
    """Push the figures view (or say why it cannot open)."""
    views = corpus_views(app)
    if views is None:
        app.notify(NEEDS_INDEX, severity="warning", markup=False)
        return
    app.push_screen(FiguresScreen(views))
