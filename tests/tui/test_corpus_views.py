"""The corpus-wide views in the app, driven by keys: entities, their articles, co-occurrence,
figures and charts, on the seeds indexed and analysed (the real analysis, from the index)."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

import pytest
from textual.pilot import Pilot
from textual.screen import Screen
from textual.widgets import Static

from tests.tui.helpers import settle, type_text
from vnreader.index import CorpusIndex
from vnreader.store import AnnotationStore
from vnreader.tui.app import VnreaderApp
from vnreader.tui.messages import AnalysisProgressed
from vnreader.tui.numbers import format_number
from vnreader.tui.screens.chart import ChartScreen
from vnreader.tui.screens.entities import EntitiesScreen
from vnreader.tui.screens.entity_articles import CompanionsScreen, GroupArticlesScreen
from vnreader.tui.screens.figures import FiguresScreen, parse_filter
from vnreader.tui.screens.mention_reader import MentionReaderScreen
from vnreader.tui.widgets.footer import KeysFooter

SEEDS = Path(__file__).resolve().parent.parent.parent / "seeds"
SIZE = (120, 36)


@pytest.fixture(scope="module")
def seeds_index_dir(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The seeds copied and indexed with their analysis once (tests open copies of it)."""
    base = tmp_path_factory.mktemp("seeds")
    corpus = base / "seeds"
    shutil.copytree(SEEDS, corpus)
    with CorpusIndex.open(corpus, index_dir=base / "index") as index:
        index.refresh(analyse=True, processes=1)
    return corpus, base / "index"


@pytest.fixture
def index_app(
    seeds_index_dir: tuple[Path, Path], db_path: Path
) -> Iterator[Callable[[], VnreaderApp]]:
    corpus, index_dir = seeds_index_dir
    opened: list[tuple[CorpusIndex, AnnotationStore]] = []

    def build() -> VnreaderApp:
        for index, store in opened:  # a restart: the previous run is closed
            store.close()
            index.close()
        opened.clear()
        index = CorpusIndex.open(corpus, index_dir=index_dir)
        store = AnnotationStore(db_path, author="tester")
        opened.append((index, store))
        return VnreaderApp(store=store, corpus=index, refresh=False)

    yield build
    for index, store in opened:
        store.close()
        index.close()


V = TypeVar("V", bound=Screen[None])


async def open_view(pilot: Pilot[None], key: str, kind: type[V]) -> V:
    await settle(pilot)
    await pilot.press(key)
    await settle(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, kind)
    return screen


async def entities(pilot: Pilot[None]) -> EntitiesScreen:
    return await open_view(pilot, "E", EntitiesScreen)


async def figures_view(pilot: Pilot[None]) -> FiguresScreen:
    return await open_view(pilot, "number_sign", FiguresScreen)


async def filter_name(pilot: Pilot[None], text: str) -> None:
    await pilot.press("slash")
    await type_text(pilot, text)
    await pilot.press("enter")
    await settle(pilot)


async def test_entities_open_filter_sort_and_read(index_app: Callable[[], VnreaderApp]) -> None:
    app = index_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await entities(pilot)
        assert len(screen.shown) > 50
        counts = [g.mentions for g in screen.shown]
        assert counts == sorted(counts, reverse=True)
        await filter_name(pilot, "putin")
        assert [g.key for g in screen.shown][:1] == ["PER:putin"]
        assert {t for t, _ in screen.shown[0].aliases} == {"Putin", "V. Putin"}
        await pilot.press("escape")  # clears the filter
        await pilot.press("l")  # PER only
        await settle(pilot)
        assert {g.label for g in screen.shown} == {"PER"}
        await pilot.press("s", "s")  # by name
        await settle(pilot)
        names = [g.name.casefold() for g in screen.shown]
        assert screen.sort == "name" and names[0] <= names[-1]
        await filter_name(pilot, "bui thanh son")
        assert [g.name for g in screen.shown] == ["Bùi Thanh Sơn"]
        await pilot.press("enter")
        await settle(pilot)
        listed = pilot.app.screen
        assert isinstance(listed, GroupArticlesScreen) and len(listed.found) == 3
        await pilot.press("enter")
        await settle(pilot)
        reader = pilot.app.screen
        assert isinstance(reader, MentionReaderScreen)
        first_article = reader.article.id
        mentions = dict(listed.found)[first_article]
        assert reader.focused_mark is not None
        assert reader.focused_mark.start == mentions[0].start
        for _ in mentions[1:]:
            await pilot.press("n")
        assert reader.focused_mark.start == mentions[-1].start
        await pilot.press("n")  # past the last mention: the next article
        await settle(pilot)
        nxt = pilot.app.screen
        assert isinstance(nxt, MentionReaderScreen) and nxt.article.id != first_article
        assert nxt.article.id == listed.found[1][0]  # the next in the list: none skipped
        assert nxt.focused_mark is not None
        assert nxt.focused_mark.start == dict(listed.found)[nxt.article.id][0].start
        await pilot.press("q")
        await settle(pilot)
        assert pilot.app.screen is listed
        await pilot.press("q")  # back to the entities
        await settle(pilot)
        assert pilot.app.screen is screen and screen.name_filter == "bui thanh son"
        await pilot.press("q")  # q clears the filter first
        assert screen.name_filter == ""
        await pilot.press("q")
        await settle(pilot)
        assert not isinstance(pilot.app.screen, EntitiesScreen)


async def test_cooccurrence_and_mentions_chart(index_app: Callable[[], VnreaderApp]) -> None:
    app = index_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await entities(pilot)
        await filter_name(pilot, "putin")
        await pilot.press("w")
        await settle(pilot)
        companions = pilot.app.screen
        assert isinstance(companions, CompanionsScreen)
        assert "LOC:nga" in [c.group.key for c in companions.found]
        in_sentences = len(companions.found)
        await pilot.press("t")
        assert len(companions.found) >= in_sentences
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(pilot.app.screen, GroupArticlesScreen)
        await pilot.press("escape", "escape")
        await settle(pilot)
        assert pilot.app.screen is screen
        await pilot.press("escape")
        await filter_name(pilot, "nga")  # the seeds' one dated article mentions it
        assert screen.shown[0].key == "LOC:nga"
        await pilot.press("p")
        await settle(pilot)
        assert isinstance(pilot.app.screen, ChartScreen)
        assert pilot.app.screen.points
        # the mentions chart is by month and counts: no keys in its Footer that do nothing
        footer = pilot.app.screen.query_one(KeysFooter).keys_text()
        assert "back" in footer
        assert "year/month" not in footer and "sum/max" not in footer
        assert str(pilot.app.screen.query_one("#view-title", Static).render()).endswith("· 1 point")


async def test_merge_and_split_persist_across_a_restart(
    index_app: Callable[[], VnreaderApp],
) -> None:
    app = index_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await entities(pilot)
        await filter_name(pilot, "kosachev")
        await pilot.press("m")  # mark Kosachev
        await pilot.press("escape")  # leave the filter... the mark stays? no: esc cancels it
        assert screen.merging is None
        await pilot.press("m")
        await filter_name(pilot, "putin")
        await pilot.press("m")  # merge it into Putin
        await settle(pilot)
        assert screen.shown[0].key == "PER:putin"
        assert "K. Kosachev" in {t for t, _ in screen.shown[0].aliases}
        await pilot.press("escape")
        await filter_name(pilot, "lien bang nga")
        nga = next(i for i, g in enumerate(screen.shown) if g.key == "LOC:nga")
        screen.table.move_cursor(nga)
        await pilot.press("X")
        await settle(pilot)
        options = [text for _, text in pilot.app.screen.values]  # type: ignore[attr-defined]
        await pilot.press(*["j"] * [o.startswith("Liên bang Nga") for o in options].index(True))
        await pilot.press("enter")
        await settle(pilot)
    app = index_app()  # a restart
    async with app.run_test(size=SIZE) as pilot:
        screen = await entities(pilot)
        keys = {g.key for g in screen.shown}
        assert "PER:konstantin kosachev" not in keys
        assert "LOC:nga/lien bang nga" in keys
        putin = next(g for g in screen.shown if g.key == "PER:putin")
        assert "Konstantin Kosachev" in {t for t, _ in putin.aliases}
        await pilot.press("u")  # undo takes the split back
        await settle(pilot)
        assert "LOC:nga/lien bang nga" not in {g.key for g in screen.shown}


async def test_figures_filter_sort_open_and_chart(index_app: Callable[[], VnreaderApp]) -> None:
    app = index_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await figures_view(pilot)
        assert screen.rows is not None
        total = len(screen.rows)
        await pilot.press("slash")
        await type_text(pilot, "unit:USD kim ngạch")
        await pilot.press("enter")
        await settle(pilot)
        assert 0 < len(screen.rows) < total
        await pilot.press("s")  # by value
        await settle(pilot)
        values = [f.value for f in screen.rows]
        assert values == sorted(values)
        await pilot.press("S")
        await settle(pilot)
        assert screen.rows[0].text == "6 tỷ USD"
        await pilot.press("enter")
        await settle(pilot)
        reader = pilot.app.screen
        assert isinstance(reader, MentionReaderScreen)
        assert reader.focused_mark is not None
        mark = reader.focused_mark
        assert reader.article.text[mark.start : mark.end] == "6 tỷ USD"
        await pilot.press("q")
        await settle(pilot)
        assert pilot.app.screen is screen
        await pilot.press("p")
        await settle(pilot)
        chart = pilot.app.screen
        assert isinstance(chart, ChartScreen)
        assert chart.series()
        await pilot.press("h", "m")
        await settle(pilot)
        await pilot.press("q", "escape")  # the chart, then the filter
        await settle(pilot)
        assert pilot.app.screen is screen and screen.filter.line() == ""
        assert 0 < len(screen.rows) <= total  # every figure with a value (sorted by value)
        await pilot.press("s", "s")  # back to index order
        await settle(pilot)
        assert len(screen.rows) == total


def test_figure_filter_line() -> None:
    f = parse_filter('unit:USD entity:"Liên bang Nga" kim ngạch category:money')
    assert (f.unit, f.entity, f.category, f.text) == ("USD", "Liên bang Nga", "money", "kim ngạch")
    assert parse_filter(f.line()) == f


async def test_views_need_the_index(make_app: Callable[..., VnreaderApp]) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("E")
        await settle(pilot)
        assert not isinstance(pilot.app.screen, EntitiesScreen)


async def test_a_text_filter_over_the_cap_ends_with_the_exact_count(
    index_app: Callable[[], VnreaderApp], monkeypatch: pytest.MonkeyPatch
) -> None:
    from textual.widgets import Static

    from vnreader.tui.screens import figures

    monkeypatch.setattr(figures, "COUNT_CAP", 3)
    assert figures.count_text(3, False) == "3+ · counting…"
    app = index_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await figures_view(pilot)
        every = screen.views.count_figures(screen.figure_query())
        assert every > 3 and screen.rows is not None and len(screen.rows) == every  # no cap
        await pilot.press("slash")
        await type_text(pilot, "năm")
        await pilot.press("enter")
        await settle(pilot)
        exact = screen.views.count_figures(screen.figure_query())
        assert exact > 3
        assert screen.rows is not None and len(screen.rows) == exact
        assert screen.rows[exact - 1] is not None  # every one can be reached
        title = str(screen.query_one("#view-title", Static).render())
        assert f"Figures · {format_number(exact)} ·" in title and "+" not in title


async def test_entities_are_built_again_after_an_article_was_analysed(
    index_app: Callable[[], VnreaderApp],
) -> None:
    from vnreader.index.database import transaction
    from vnreader.index.facts import forget_facts

    app = index_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await entities(pilot)
        before = screen.views.groups()
        await pilot.press("enter")  # the articles of the first group
        await settle(pilot)
        assert pilot.app.screen is not screen
        index = screen.views.index
        conn = index._db.connect()
        article_id = index.ids()[0]
        with transaction(conn):  # as if never analysed...
            (rowid,) = conn.execute(
                "SELECT id FROM files WHERE article_id = ?", (article_id,)
            ).fetchone()
            forget_facts(conn, rowid)
            conn.execute("UPDATE bodies SET analysis = NULL WHERE id = ?", (rowid,))
        index.analysis(article_id)  # ...then analysed on demand, as the reader does
        assert screen.views.stale()
        await pilot.press("q")
        await settle(pilot)
        assert pilot.app.screen is screen
        assert not screen.views.stale() and screen.views.groups() is not before
        assert screen.ready and screen.shown


async def _burst(pilot: Pilot[None], keys: str) -> None:
    """Every key queued before the app handles the first (a fast typist, a paste)."""
    from textual import events

    driver = pilot.app._driver
    assert driver is not None
    for char in keys:
        name = {"/": "slash", " ": "space", ":": "colon"}.get(char, char)
        event = events.Key(name, char)
        event.set_sender(pilot.app)
        driver.send_message(event)
    await settle(pilot)


async def test_slash_and_a_name_at_once_filter_the_entities(
    index_app: Callable[[], VnreaderApp],
) -> None:
    """The letters after "/" reach the filter box, none goes to the view ("s" would sort,
    "l" change the label, "u" undo), and a "/" typed in the box is text."""
    from textual.widgets import Input

    app = index_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await entities(pilot)
        await _burst(pilot, "/putin")
        box = screen.query_one("#filter", Input)
        assert box.value == "putin" and screen.sort == "mentions"
        assert [g.key for g in screen.shown][:1] == ["PER:putin"]
        await _burst(pilot, "/")
        assert box.value == "putin/"


async def test_slash_and_a_filter_at_once_reach_the_figures_box(
    index_app: Callable[[], VnreaderApp],
) -> None:
    from textual.widgets import Input

    app = index_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await figures_view(pilot)
        await _burst(pilot, "/unit:USD")
        assert screen.query_one("#filter", Input).value == "unit:USD"


@pytest.mark.parametrize("key", ["E", "number_sign"])
async def test_the_filter_box_closes_alike_in_both_views(
    index_app: Callable[[], VnreaderApp], key: str
) -> None:
    """⏎ and Escape close the filter box and give the focus back to the rows; Escape then
    clears the filter, then leaves the view."""
    from textual.widgets import Input

    from vnreader.tui.widgets.rows_table import RowsTable

    app = index_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_view(pilot, key, EntitiesScreen if key == "E" else FiguresScreen)
        box, rows = screen.query_one("#filter", Input), screen.query_one(RowsTable)
        for close in ("enter", "escape"):
            await pilot.press("slash")
            await type_text(pilot, "nga")
            await settle(pilot)
            assert app.focused is box and not box.has_class("hidden")
            await pilot.press(close)
            await settle(pilot)
            assert app.focused is rows and box.has_class("hidden") and app.screen is screen
        await pilot.press("escape")  # the filter given by ⏎ is cleared
        await settle(pilot)
        assert app.screen is screen and app.focused is rows
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen is not screen


def unanalysed_seeds(folder: Path) -> tuple[Path, int]:
    """The seeds copied into *folder* and indexed, not analysed; how many articles."""
    corpus = folder / "seeds"
    shutil.copytree(SEEDS, corpus)
    with CorpusIndex.open(corpus, index_dir=folder / "index") as index:
        index.refresh(processes=1)
        total = index.unanalysed()
    assert total > 1
    return corpus, total


async def test_the_entities_view_reports_the_corpus_analysis_by_the_apps_message(
    tmp_path: Path, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The corpus analysed on opening the view reports its progress with the app's one
    AnalysisProgressed (articles done of all), as the reader does for a large article; the
    status line says it, and is cleared at the end."""
    from vnreader.tui import messages

    corpus, total = unanalysed_seeds(tmp_path)
    posted: list[messages.AnalysisProgressed] = []
    said: list[str] = []
    real_post, real_status = EntitiesScreen.post_message, EntitiesScreen.status_line

    def post_spy(self: EntitiesScreen, message: object) -> bool:
        if isinstance(message, messages.AnalysisProgressed):
            posted.append(message)
        return real_post(self, message)  # type: ignore[arg-type]

    def status_spy(self: EntitiesScreen, text: str) -> None:
        said.append(text)
        real_status(self, text)

    monkeypatch.setattr(EntitiesScreen, "post_message", post_spy)
    monkeypatch.setattr(EntitiesScreen, "status_line", status_spy)
    index = CorpusIndex.open(corpus, index_dir=tmp_path / "index")
    store = AnnotationStore(db_path, author="tester")
    try:
        app = VnreaderApp(store=store, corpus=index, refresh=False)
        async with app.run_test(size=SIZE) as pilot:
            await entities(pilot)
            await app.workers.wait_for_complete()
            await settle(pilot)
    finally:
        store.close()
        index.close()
    assert posted and posted[0].done == 0 and posted[-1].done == posted[-1].total == total
    assert all(p.article_id is None for p in posted)
    every = format_number(total)
    assert f"analysed {every} of {every} articles" in said
    assert said[-1] == ""


async def test_the_figures_view_reads_a_page_once_and_probes_once_per_index_state(
    index_app: Callable[[], VnreaderApp], monkeypatch: pytest.MonkeyPatch
) -> None:
    """One open of the figures view counts its figures and reads its first page once (in
    the worker, not again on the UI thread), and makes the index ready once; a text
    filter probes how many sentences hold its words once, not again for the page, the
    count or another sort while the index stays the same."""
    from vnreader.index import database, fact_queries

    statements: list[str] = []
    prepared: list[object] = []
    real_connect, real_prepare = database.Database.connect, fact_queries.prepare

    def connect(self: database.Database) -> object:
        conn = real_connect(self)
        conn.set_trace_callback(statements.append)
        return conn

    def prepare(*args: object, **kw: bool) -> bool:
        prepared.append(args)
        return real_prepare(*args, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(database.Database, "connect", connect)
    monkeypatch.setattr(fact_queries, "prepare", prepare)

    def counted() -> dict[str, int]:
        kinds = {
            "page": "SELECT f.id FROM figures f WHERE",
            "count": "SELECT count(*) FROM (SELECT 1 FROM figures f",
            "probe": "SELECT count(*) FROM (SELECT rowid FROM figures_fts",
        }
        found = {
            kind: sum(s.startswith(start) for s in statements) for kind, start in kinds.items()
        }
        found["prepare"] = len(prepared)
        statements.clear()
        prepared.clear()
        return found

    app = index_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        counted()
        screen = await figures_view(pilot)
        await app.workers.wait_for_complete()
        await settle(pilot)
        assert screen.rows is not None and len(screen.rows) > 0
        assert counted() == {"page": 1, "count": 1, "probe": 0, "prepare": 1}
        await pilot.press("slash")
        await type_text(pilot, "kim")
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await settle(pilot)
        assert screen.filter.text == "kim" and len(screen.rows) > 0
        assert counted() == {"page": 1, "count": 1, "probe": 1, "prepare": 0}
        await pilot.press("s")  # by value: the same words, the probe is not made again
        await app.workers.wait_for_complete()
        await settle(pilot)
        assert screen.sort == "value"
        assert counted() == {"page": 1, "count": 1, "probe": 0, "prepare": 0}


async def test_the_figures_view_counts_the_articles_not_analysed_once(
    tmp_path: Path, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Opening the figures view on a corpus not analysed says how many articles wait,
    counted once (a count over every article, not one to test and one to show), and
    analyses them (it once said to open the entities view for that, and showed none)."""
    from textual.widgets import Static

    corpus, total = unanalysed_seeds(tmp_path)
    index = CorpusIndex.open(corpus, index_dir=tmp_path / "index")
    store = AnnotationStore(db_path, author="tester")
    counts: list[int] = []
    real = CorpusIndex.unanalysed

    def unanalysed(self: CorpusIndex) -> int:
        counts.append(real(self))
        return counts[-1]

    monkeypatch.setattr(CorpusIndex, "unanalysed", unanalysed)
    lines: list[str] = []
    real_status = FiguresScreen.status_line

    def status_line(self: FiguresScreen, text: str) -> None:
        lines.append(text)
        real_status(self, text)

    monkeypatch.setattr(FiguresScreen, "status_line", status_line)
    try:
        app = VnreaderApp(store=store, corpus=index, refresh=False)
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            await pilot.press("number_sign")
            screen = pilot.app.screen
            assert isinstance(screen, FiguresScreen)
            for _ in range(100):  # the analysis, then the last reading of the rows
                await app.workers.wait_for_complete()
                await pilot.pause(0.02)
                if screen.ready and not screen.analysing and screen.rows:
                    break
            await settle(pilot)
            after = str(screen.query_one("#view-status", Static).render())
            shown = len(screen.table.rows)
    finally:
        store.close()
        index.close()
    assert counts == [total]
    assert any(line.startswith(f"analysed 0 of {format_number(total)} articles") for line in lines)
    assert after == "" and shown > 0


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        (900.0, "900"),
        (4_700_000_000.0, "4\u2009700\u2009000\u2009000"),  # as the side panel writes it
        (40_000_000_000_000.0, "4e+13"),  # "35.000 tỉ đôla": was cut to "40 000 000 000 …"
        (35_123_400_000_000.0, "3.51234e+13"),
        (0.0021, "0,0021"),  # the decimal comma of the side panel and the articles
        (1234.5, "1\u2009234,5"),
        (0.00002, "2e-05"),  # not rounded to "0"
        (-0.00002, "-2e-05"),
        (0.0, "0"),  # a zero is "0", no exponent
        (None, ""),  # a figure with no value
    ],
)
def test_a_figures_value_fits_its_column_whole(value: float | None, shown: str) -> None:
    from vnreader.index.fact_queries import FigureFact
    from vnreader.tui.screens.figures import COLUMNS, figure_cells

    fact = FigureFact("a", 0, 1, "x", value, "USD", "money", None, None, None, "", None, "")
    cell = figure_cells(fact)[1]
    assert cell == shown
    assert len(cell) <= next(c.width for c in COLUMNS if c.title == "value")


def test_a_year_is_shown_as_a_year_in_the_figures_view() -> None:
    from vnreader.index.fact_queries import FigureFact
    from vnreader.tui.screens.figures import figure_cells

    fact = FigureFact("a", 0, 1, "năm 2020", 2020.0, None, "year", None, None, None, "", None, "")
    assert figure_cells(fact)[1] == "2020"


@pytest.mark.parametrize(
    ("key", "view", "name"),
    [("E", EntitiesScreen, "Entities"), ("number_sign", FiguresScreen, "Figures")],
)
async def test_both_views_say_an_analysis_error_and_stop_the_analysis_when_left(
    tmp_path: Path, db_path: Path, monkeypatch: pytest.MonkeyPatch, key: str, view: type, name: str
) -> None:
    """The corpus analysis run on opening either view (CorpusViewScreen's): an index error is
    said in a notification and the view stays open; leaving the view stops the analysis."""
    corpus, _ = unanalysed_seeds(tmp_path)
    index = CorpusIndex.open(corpus, index_dir=tmp_path / "index")
    store = AnnotationStore(db_path, author="tester")
    given: list[object] = []

    def analyse_all(self: CorpusIndex, **kwargs: object) -> int:
        given.append(kwargs["cancel"])
        raise RuntimeError("the index is gone")

    monkeypatch.setattr(CorpusIndex, "analyse_all", analyse_all)
    try:
        app = VnreaderApp(store=store, corpus=index, refresh=False)
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            await pilot.press(key)
            await app.workers.wait_for_complete()
            await settle(pilot)
            screen = app.screen
            assert isinstance(screen, view)
            said = [n.message for n in app._notifications]
            assert f"{name}: RuntimeError: the index is gone" in said
            (cancel,) = given
            assert not cancel.is_set()  # type: ignore[attr-defined]
            await pilot.press("escape")
            await settle(pilot)
            assert app.screen is not screen
            assert cancel.is_set()  # type: ignore[attr-defined]
    finally:
        store.close()
        index.close()


async def test_the_analysis_status_says_how_long_is_left(
    index_app: Callable[[], VnreaderApp], monkeypatch: pytest.MonkeyPatch
) -> None:
    app = index_app()
    async with app.run_test(size=SIZE) as pilot:
        await entities(pilot)
        await app.workers.wait_for_complete()
        screen = app.screen
        assert isinstance(screen, EntitiesScreen)
        said: list[str] = []
        clock = iter([100.0, 102.0])  # 10 articles in the first 2 s
        monkeypatch.setattr("vnreader.tui.screens.live_list.clock", lambda: next(clock))
        monkeypatch.setattr(screen, "status_line", said.append)
        monkeypatch.setattr(screen, "read_again", lambda: screen.show_status())
        screen._analysis_start = None  # a new analysis
        screen._analysis_progressed(AnalysisProgressed(0, 100))
        screen._analysis_progressed(AnalysisProgressed(10, 100))
    end = "esc stops, keeps what is done"
    assert said[0] == f"analysed 0 of 100 articles · {end}"
    assert said[1] == f"analysed 10 of 100 articles · about 18 s left · {end}"
