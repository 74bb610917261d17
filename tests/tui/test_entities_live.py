"""The entities view while the corpus analysis runs: what the index holds shows at once, the
groups fill in as batches are stored (browsable meanwhile), the progress is in the status
line, the rows are read again at most every REFRESH_EVERY seconds, and a refresh keeps the
cursor on its group and on its line of the screen."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from contextlib import AbstractAsyncContextManager

import pytest
from textual.pilot import Pilot

from tests.tui.helpers import settle
from tests.tui.live_views import Gate, finished, held_view, status, title
from tests.tui.test_corpus_views import SIZE
from vnreader.index import CorpusIndex, analysing
from vnreader.tui.app import VnreaderApp
from vnreader.tui.numbers import format_number
from vnreader.tui.screens import live_list
from vnreader.tui.screens.entities import EntitiesScreen
from vnreader.tui.screens.entity_articles import GroupArticlesScreen


def entities_held(
    build: Callable[[], VnreaderApp], gate: Gate, size: tuple[int, int] = SIZE
) -> AbstractAsyncContextManager[tuple[Pilot[None], EntitiesScreen]]:
    """The app run, its entities view open and held at *gate*."""
    return held_view(build, gate, "E", EntitiesScreen, size)


async def test_the_groups_fill_in_while_the_corpus_is_analysed_and_can_be_opened(
    unanalysed_app: tuple[Callable[[], VnreaderApp], CorpusIndex, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    build, _index, total = unanalysed_app
    gate = Gate(monkeypatch, after=2)
    async with entities_held(build, gate) as (pilot, screen):
        early = len(screen.shown)
        assert early > 0 and screen.analysing
        assert title(screen).startswith(f"Entities · {format_number(early)} shown so far ·")
        assert status(screen).startswith(f"analysed 2 of {total} articles · ")
        assert "esc stops, keeps what is done" in status(screen)
        # browse what is there: open a group's articles, and come back
        await pilot.press("enter")
        await pilot.pause(0.1)
        assert isinstance(pilot.app.screen, GroupArticlesScreen) and pilot.app.screen.found
        await pilot.press("q")
        await pilot.pause(0.1)
        assert pilot.app.screen is screen
        gate.open()
        await finished(pilot, screen)
        assert len(screen.shown) > early
        assert title(screen).startswith(f"Entities · {format_number(len(screen.shown))} shown ·")
        assert "so far" not in title(screen) and status(screen) == ""


async def test_what_an_earlier_run_analysed_shows_before_the_analysis_goes_on(
    unanalysed_app: tuple[Callable[[], VnreaderApp], CorpusIndex, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    build, index, total = unanalysed_app
    cancel = threading.Event()
    monkeypatch.setattr(analysing, "CHUNK", 1)
    monkeypatch.setattr(analysing, "BATCH", 1)
    # an earlier run, stopped after two articles
    index.analyse_all(progress=lambda p: p.done >= 2 and cancel.set(), cancel=cancel, live=True)
    assert index.unanalysed() == total - 2
    gate = Gate(monkeypatch, after=0)
    async with entities_held(build, gate) as (pilot, screen):
        assert len(screen.shown) > 0 and screen.analysing
        assert status(screen).startswith(f"analysed 0 of {total - 2} articles")
        gate.open()
        await finished(pilot, screen)
        assert index.unanalysed() == 0


async def test_a_refresh_keeps_the_cursor_on_its_group_and_its_line(
    unanalysed_app: tuple[Callable[[], VnreaderApp], CorpusIndex, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The user moved down a list longer than the screen: when the rows are read again,
    the cursor is on the same group, on the same line of the screen (the rows around it
    changed)."""
    build, _index, _total = unanalysed_app
    gate = Gate(monkeypatch, after=3)
    async with entities_held(build, gate, (120, 16)) as (pilot, screen):
        table = screen.table
        assert len(screen.shown) > 3 * table._page  # more than a screenful
        await pilot.press(*["j"] * (2 * table._page), *["k"] * 3)
        await pilot.pause()
        chosen = screen.current
        assert chosen is not None
        line = table.cursor_row - round(table.scroll_offset.y)
        assert table.scroll_offset.y > 0 and 0 < line < table._page - 1
        gate.open()
        await finished(pilot, screen)
        assert screen.current is not None and screen.current.key == chosen.key
        assert table.cursor_row == screen.shown.position(chosen.key)  # type: ignore[attr-defined]
        assert table.cursor_row != 2 * table._page - 3  # it moved in the list...
        assert table.cursor_row - round(table.scroll_offset.y) == line  # ...not on screen


async def test_a_cursor_on_the_first_row_stays_at_the_top(
    unanalysed_app: tuple[Callable[[], VnreaderApp], CorpusIndex, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Left on the first row, the cursor stays there: the view shows the top of the list
    as it fills in, not the group that happened to be first."""
    build, _index, _total = unanalysed_app
    gate = Gate(monkeypatch, after=1)
    async with entities_held(build, gate) as (pilot, screen):
        assert screen.table.cursor_row == 0
        gate.open()
        await finished(pilot, screen)
        assert screen.table.cursor_row == 0 and screen.table.scroll_offset.y == 0
        assert screen.current == screen.shown[0]


async def test_the_rows_are_read_again_at_most_every_refresh_every_seconds_and_rarely_when_slow(
    unanalysed_app: tuple[Callable[[], VnreaderApp], CorpusIndex, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """However often batches are stored, the rows are read at most once per REFRESH_EVERY
    (the last batch's reading comes when that time is up), and at most a tenth of the time
    when reading them is slow; the status line follows every batch."""
    monkeypatch.setattr(live_list, "REFRESH_EVERY", 0.2)
    build, _index, _total = unanalysed_app
    gate = Gate(monkeypatch, after=0)
    async with entities_held(build, gate) as (pilot, screen):
        now = [1000.0]
        monkeypatch.setattr("vnreader.tui.screens.live_list.clock", lambda: now[0])
        screen._last_read = now[0]
        reads: list[float] = []
        real = screen.refresh_rows

        def counted(*args: object, **kwargs: object) -> None:
            reads.append(now[0])
            real(*args, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(screen, "refresh_rows", counted)
        screen.analysing = True
        now[0] += 1
        for done in range(1, 11):
            screen.analysis_progressed(done, 100, "")
            assert status(screen).startswith(f"analysed {done} of 100 articles")
        assert reads == [1001.0]  # the first at once, the others wait
        await pilot.pause(0.3)
        assert reads == [1001.0]  # the time is not up yet (the clock stood still)
        now[0] += 0.2
        deadline = time.monotonic() + 2
        while len(reads) < 2 and time.monotonic() < deadline:
            await pilot.pause(0.05)
        assert reads == [1001.0, 1001.2]  # one more, for the nine batches since
        await pilot.pause(0.3)
        assert len(reads) == 2
        # a slow reading (a name filter on a large corpus): ten times as long between two
        monkeypatch.setattr(screen, "_read_cost", 0.05)
        now[0] += 0.3  # more than REFRESH_EVERY, less than ten times 0.05 s
        screen.analysis_progressed(11, 100, "")
        await pilot.pause(0.5)
        assert len(reads) == 2
        now[0] += 0.2
        deadline = time.monotonic() + 2
        while len(reads) < 3 and time.monotonic() < deadline:
            await pilot.pause(0.05)
        assert reads[2:] == [1001.7]
        gate.open()
        await settle(pilot)


async def test_the_end_of_the_analysis_builds_the_groups_again_once_on_the_ui(
    unanalysed_app: tuple[Callable[[], VnreaderApp], CorpusIndex, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    build, _index, total = unanalysed_app
    gate = Gate(monkeypatch, after=total)  # held after the last batch, its rows read
    async with entities_held(build, gate) as (pilot, screen):
        threads: list[threading.Thread] = []
        real = screen.views.reload

        def reload() -> None:
            threads.append(threading.current_thread())
            real()

        monkeypatch.setattr(screen.views, "reload", reload)
        gate.open()
        await finished(pilot, screen)
        # once, by the UI (the worker forgot the groups the UI was reading, and the
        # reading after it forgot them again)
        assert threads == [threading.main_thread()]
        assert title(screen).startswith(f"Entities · {format_number(len(screen.shown))} shown ·")
