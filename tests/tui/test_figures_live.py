"""The figures view while the corpus analysis runs: the figures the index holds show at
once and fill in as batches are stored (filtered, sorted and opened meanwhile), the
progress is in the status line, a reading again keeps the cursor on its figure and on its
line of the screen, and a stopped analysis leaves what it analysed."""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from contextlib import AbstractAsyncContextManager

import pytest
from textual.pilot import Pilot

from tests.tui.helpers import settle, type_text
from tests.tui.live_views import Gate, finished, held_view, rows_shown, status, title
from tests.tui.test_corpus_views import SIZE
from vnreader.index import CorpusIndex, analysing
from vnreader.index.model import IndexProgress
from vnreader.tui.app import VnreaderApp
from vnreader.tui.numbers import format_number
from vnreader.tui.screens import live_list
from vnreader.tui.screens.figures import FiguresScreen
from vnreader.tui.screens.mention_reader import MentionReaderScreen

App = tuple[Callable[[], VnreaderApp], CorpusIndex, int]


def figures_held(
    build: Callable[[], VnreaderApp], gate: Gate, size: tuple[int, int] = SIZE
) -> AbstractAsyncContextManager[tuple[Pilot[None], FiguresScreen]]:
    """The app run, its figures view open and held at *gate*."""
    return held_view(build, gate, "number_sign", FiguresScreen, size)


def stored_figures(index: CorpusIndex) -> int:
    return int(index._db.connect().execute("SELECT count(*) FROM figures").fetchone()[0])


def shown(screen: FiguresScreen) -> int:
    return 0 if screen.rows is None else len(screen.rows)


async def test_the_figures_fill_in_while_the_corpus_is_analysed_and_can_be_opened(
    unanalysed_app: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    build, index, total = unanalysed_app
    gate = Gate(monkeypatch, after=2)
    async with figures_held(build, gate) as (pilot, screen):
        early = shown(screen)
        assert early == stored_figures(index) > 0 and screen.analysing
        assert title(screen) == f"Figures · {format_number(early)} so far · sort: corpus order"
        assert status(screen).startswith(f"analysed 2 of {total} articles · ")
        assert "esc stops, keeps what is done" in status(screen)
        # read what is there: open the article at a figure, and come back
        await pilot.press("j", "enter")
        await pilot.pause(0.1)
        assert isinstance(pilot.app.screen, MentionReaderScreen)
        await pilot.press("q")
        await pilot.pause(0.1)
        assert pilot.app.screen is screen
        gate.open()
        await finished(pilot, screen)
        assert shown(screen) == stored_figures(index) > early
        assert title(screen) == f"Figures · {format_number(shown(screen))} · sort: corpus order"
        assert status(screen) == "" and index.unanalysed() == 0


async def test_the_status_line_counts_up_and_the_figures_with_it(
    unanalysed_app: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The line under the list counts the articles analysed up ("analysed 3 of 5
    articles"), and the title's count of the figures shown so far grows with them."""
    build, index, total = unanalysed_app
    monkeypatch.setattr(analysing, "CHUNK", 1)
    monkeypatch.setattr(analysing, "BATCH", 1)
    monkeypatch.setattr(live_list, "REFRESH_EVERY", 0.0)  # every batch read
    real = CorpusIndex.analyse_all

    def analyse_all(index: CorpusIndex, **kwargs: object) -> int:
        told = kwargs["progress"]
        assert callable(told)

        def progress(p: IndexProgress) -> None:
            told(p)
            time.sleep(0.1)  # time for the view to show it (a large corpus takes longer)

        time.sleep(0.1)
        kwargs["progress"] = progress
        return real(index, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(CorpusIndex, "analyse_all", analyse_all)
    statuses: list[str] = []
    titles: list[str] = []
    real_status, real_title = FiguresScreen.status_line, FiguresScreen.title_line

    def status_line(self: FiguresScreen, text: str) -> None:
        statuses.append(text)
        real_status(self, text)

    def title_line(self: FiguresScreen, text: str) -> None:
        titles.append(text)
        real_title(self, text)

    monkeypatch.setattr(FiguresScreen, "status_line", status_line)
    monkeypatch.setattr(FiguresScreen, "title_line", title_line)
    async with build().run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("number_sign")
        screen = pilot.app.screen
        assert isinstance(screen, FiguresScreen)
        await finished(pilot, screen)
        final = shown(screen)
    done = [int(m[1]) for s in statuses if (m := re.match(r"analysed (\d+) of (\d+) ", s))]
    assert done[0] == 0 and done[-1] == total and done == sorted(done)
    assert len(set(done)) > 2  # (a progress not yet shown would give way to the next one)
    assert statuses[-1] == ""
    counts = [
        int(m[1].replace("\u2009", ""))
        for t in titles
        if (m := re.match(r"Figures · ([\d\u2009]+) so far", t))
    ]
    assert len(set(counts)) > 2 and counts == sorted(counts) and counts[-1] <= final
    assert titles[-1].startswith(f"Figures · {format_number(final)} · ")
    assert final == stored_figures(index)


@pytest.mark.parametrize("sort_keys", [(), ("s",)], ids=["corpus order", "by value"])
async def test_a_reading_again_keeps_the_cursor_on_its_figure_and_its_line(
    unanalysed_app: App, monkeypatch: pytest.MonkeyPatch, sort_keys: tuple[str, ...]
) -> None:
    """The user moved down a list longer than the screen: when the figures are read again,
    the cursor is on the same figure, on the same line of the screen; in corpus order the
    new figures come after it, sorted by value some come before it."""
    build, _index, _total = unanalysed_app
    gate = Gate(monkeypatch, after=2)
    async with figures_held(build, gate, (120, 16)) as (pilot, screen):
        table = screen.table
        await pilot.press(*sort_keys)
        await rows_shown(pilot, screen)
        assert shown(screen) > 3 * table._page  # more than a screenful
        await pilot.press(*["j"] * (2 * table._page), *["k"] * 3)
        await pilot.pause()
        chosen, row = table.current, table.cursor_row
        assert chosen is not None
        line = row - round(table.scroll_offset.y)
        assert table.scroll_offset.y > 0 and 0 < line < table._page - 1
        early = shown(screen)
        gate.open()
        await finished(pilot, screen)
        assert shown(screen) > early
        assert table.current == chosen
        assert screen.rows is not None
        assert table.cursor_row == screen.views.figure_position(screen.rows.plan, chosen)
        assert table.cursor_row - round(table.scroll_offset.y) == line
        if not sort_keys:
            assert table.cursor_row == row  # the new figures came after it


async def test_a_cursor_on_the_first_row_stays_at_the_top(
    unanalysed_app: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    build, _index, _total = unanalysed_app
    gate = Gate(monkeypatch, after=1)
    async with figures_held(build, gate) as (pilot, screen):
        await pilot.press("s")  # by value: a new figure may come first
        await rows_shown(pilot, screen)
        assert screen.table.cursor_row == 0
        gate.open()
        await finished(pilot, screen)
        assert screen.table.cursor_row == 0 and screen.table.scroll_offset.y == 0
        assert screen.rows is not None and screen.table.current == screen.rows[0]


async def test_a_word_filter_finds_the_figures_analysed_so_far(
    unanalysed_app: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The figures' words are kept as batches are stored: a filter typed while the
    analysis runs finds the figures analysed so far, and more as it goes on."""
    build, index, _total = unanalysed_app
    gate = Gate(monkeypatch, after=1)
    async with figures_held(build, gate) as (pilot, screen):
        word = "nga"  # in the first article's sentences (Liên bang Nga), and later ones
        await pilot.press("slash")
        await type_text(pilot, word)
        await pilot.press("enter")
        await rows_shown(pilot, screen)
        early = shown(screen)
        assert early > 0 and screen.analysing
        assert title(screen).startswith(f"Figures · {format_number(early)} so far · ")
        gate.open()
        await finished(pilot, screen)
        assert screen.filter.text == word
        conn = index._db.connect()
        every = conn.execute(
            "SELECT count(*) FROM figures_fts WHERE figures_fts MATCH ?", (f'"{word}"*',)
        ).fetchone()[0]
        assert shown(screen) == every > early


async def test_leaving_stops_the_analysis_and_what_it_analysed_shows_at_once_next_time(
    unanalysed_app: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Escape leaves the view and stops the analysis: the articles analysed are kept, and
    the next opening shows their figures at once, before the analysis goes on."""
    build, index, total = unanalysed_app
    gate = Gate(monkeypatch, after=2)
    async with figures_held(build, gate) as (pilot, screen):
        await pilot.press("escape")
        await settle(pilot)
        assert pilot.app.screen is not screen and screen.analysis_cancel.is_set()
        gate.open()
        await pilot.app.workers.wait_for_complete()
        left = index.unanalysed()
        assert 0 < left < total
        kept = stored_figures(index)
        again = Gate(monkeypatch, after=0)
        try:
            await pilot.press("number_sign")
            for _ in range(100):
                await pilot.pause(0.02)
                view = pilot.app.screen
                if again.held.is_set() and isinstance(view, FiguresScreen) and shown(view):
                    break
            assert isinstance(view, FiguresScreen) and view is not screen
            assert shown(view) == kept and view.analysing
            assert status(view).startswith(f"analysed 0 of {left} articles")
        finally:
            again.open()
        await finished(pilot, view)
        assert index.unanalysed() == 0 and shown(view) == stored_figures(index)
