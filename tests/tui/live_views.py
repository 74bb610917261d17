"""What the tests of the views that fill in while the corpus is analysed (entities,
figures) share: a gate that holds the analysis after a given batch, the view opened and
held there, and the wait for its last reading."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import AsyncIterator, Callable
from typing import TypeVar

import pytest
from textual.pilot import Pilot
from textual.widgets import Static

from tests.tui.test_corpus_views import SIZE
from vnreader.index import CorpusIndex, analysing
from vnreader.index.model import IndexProgress
from vnreader.tui.app import VnreaderApp
from vnreader.tui.screens.live_list import LiveListScreen

V = TypeVar("V", bound=LiveListScreen)


class Gate:
    """Holds the corpus analysis after its *after*-th stored batch (0: before the first)
    until :meth:`open`; each batch is one article."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, after: int) -> None:
        self.after = after
        self.held = threading.Event()  # the analysis waits at the gate
        self.opened = threading.Event()
        self.batches = 0
        monkeypatch.setattr(analysing, "CHUNK", 1)
        monkeypatch.setattr(analysing, "BATCH", 1)
        real = CorpusIndex.analyse_all

        def analyse_all(index: CorpusIndex, **kwargs: object) -> int:
            told = kwargs["progress"]
            assert callable(told) and kwargs.get("live") is True

            def progress(p: IndexProgress) -> None:
                told(p)
                self.batches += 1
                if self.batches == self.after:
                    self.wait()

            if self.after == 0:
                self.wait()
            kwargs["progress"] = progress
            return real(index, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(CorpusIndex, "analyse_all", analyse_all)

    def wait(self) -> None:
        self.held.set()
        assert self.opened.wait(30)

    def open(self) -> None:
        self.opened.set()


def idle(screen: LiveListScreen) -> bool:
    """The view has read the rows the index holds now, and no reading waits."""
    return screen.ready and not screen._outdated and screen._read_timer is None


async def held(pilot: Pilot[None], gate: Gate, key: str, kind: type[V]) -> V:
    """Open the view (*key*) and wait until the analysis waits at the gate and the view
    has read the rows stored so far."""
    await pilot.pause()
    await pilot.press(key)
    calm = 0
    for _ in range(300):
        await pilot.pause(0.02)
        screen = pilot.app.screen
        ready = gate.held.is_set() and isinstance(screen, kind) and idle(screen)
        calm = calm + 1 if ready and read(screen) else 0
        if calm == 2:  # twice: what the last worker posted is handled
            assert isinstance(screen, kind)
            return screen
    raise AssertionError("the analysis never reached the gate")


def read(screen: LiveListScreen) -> bool:
    """No reading of the rows is under way (the figures view reads them in a worker)."""
    return not any(w.node is screen and w.group == "figures" for w in screen.workers)


@contextlib.asynccontextmanager
async def held_view(
    build: Callable[[], VnreaderApp],
    gate: Gate,
    key: str,
    kind: type[V],
    size: tuple[int, int] = SIZE,
) -> AsyncIterator[tuple[Pilot[None], V]]:
    """The app run, its view open and held at *gate* (opened at the end, so that a failed
    test never leaves the analysis waiting)."""
    try:
        async with build().run_test(size=size) as pilot:
            yield pilot, await held(pilot, gate, key, kind)
    finally:
        gate.open()


# how many times (0.02 s apart) a wait looks before it fails: up to 10 s, for a machine
# busy with the rest of the suite (the view is calm in well under a second otherwise)
_LOOKS = 500


async def rows_shown(pilot: Pilot[None], screen: LiveListScreen) -> None:
    """Wait until the rows asked for are shown (the analysis may be held at a gate)."""
    calm = 0
    for _ in range(_LOOKS):
        await pilot.pause(0.02)
        calm = calm + 1 if idle(screen) and read(screen) else 0
        if calm == 2:
            return
    raise AssertionError(f"the rows were not shown ({_state(screen)})")


async def finished(pilot: Pilot[None], screen: LiveListScreen) -> None:
    """Wait for the end of the analysis and the view's last reading of the rows."""
    await pilot.app.workers.wait_for_complete()
    calm = 0
    for _ in range(_LOOKS):
        await pilot.pause(0.02)
        calm = calm + 1 if not screen.analysing and idle(screen) and read(screen) else 0
        if calm == 2:
            return
    raise AssertionError(f"the rows were not read again after the analysis ({_state(screen)})")


def _state(screen: LiveListScreen) -> str:
    """What a wait was still waiting for, for its failure message."""
    return f"analysing: {screen.analysing}, idle: {idle(screen)}, reading: {not read(screen)}"


def title(screen: LiveListScreen) -> str:
    return str(screen.query_one("#view-title", Static).render())


def status(screen: LiveListScreen) -> str:
    return str(screen.query_one("#view-status", Static).render())
