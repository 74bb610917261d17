"""Benchmark: the app on a big corpus (issue 8, app side). Prints each figure beside its target.

Uses the corpora of :mod:`scale_corpus` (generated once into ``benchmarks/.cache``) and runs
the real app headless (Textual's ``run_test``), each measure in a fresh process, timed from
the moment the process is started (Python start-up and imports included):

* time to an interactive list (the list on screen, keys handled) on the first open (empty
  index: the list fills while indexing) and the second open (every row shown);
* search as typed, from the last key to the rows (20 queries, p95), headless with Pilot
  (whose ``press`` waits for the app to be idle in 20 ms sleeps: its floor, a key that changes
  nothing, is printed beside it) and, the figure for the target, in a real pseudo-terminal
  (:func:`pty_search`: ``vnreader CORPUS`` as a user runs it, keys written at a typist's pace,
  timed from the last key's bytes to the output showing the hit count; the median of
  ``--pty-runs`` apps' p95, and once typed in a burst, where the typing pause applies);
  sorting by each column, Escape from a search back to every row, key to "saved";
* quitting (also while indexing: the refresh is cancelled), peak RSS of the app;
* start-up on the bundled seeds against a minimal Textual app, in the same run, in a real
  pseudo-terminal (:mod:`startup`).

    python benchmarks/scale_app.py                  # 1,000 and 35,000 articles
    python benchmarks/scale_app.py --sizes 1000
    python benchmarks/scale_app.py --sizes 200000 --keep-index benchmarks/.cache --no-seeds
    python benchmarks/scale_app.py --sizes --corpus /path/to/real/corpus   # that corpus only
    python benchmarks/scale_app.py --sizes 35000 --only keys --repeat 5 --baseline /old/checkout
    python benchmarks/scale_app.py --sizes 35000 --only search --corpus /work/corpora/vntc

``--only keys`` measures only the keys of the list at 35,000 rows, each run a fresh process:
key to "saved" (a tag, a note), and ``j``/``k`` (key to frame, and the lines the list
redraws per key, scrolled), and ``j`` in the corpus views' table (:class:`RowsTable`) with
35,000 rows; ``--baseline`` runs the same measures on another checkout of vnreader in the
same run, alternating with this one, and prints both.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import gc
import json
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from scale import p95
from scale_corpus import CACHE, generate, queries_for

ROOT = Path(__file__).resolve().parent.parent
BOUND = 600.0  # seconds: a bound on waiting in a measure, never a target


def _child(args: list[str], env: dict[str, str]) -> dict:  # type: ignore[type-arg]
    """Run a measure in a fresh process; its figures, with the time since it was started."""
    started = time.time()
    out = subprocess.run(
        [sys.executable, __file__, "--child", *args],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT), **env},
    )
    if out.returncode != 0:
        raise SystemExit(f"measure {args[0]} failed:\n{out.stderr[-3000:]}")
    result: dict = json.loads(out.stdout.strip().splitlines()[-1])  # type: ignore[type-arg]
    for key in [k for k in result if k.startswith("at_")]:
        result[key[3:]] = result.pop(key) - started
    return result


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# -- what runs in the child processes ----------------------------------------------------


async def _wait(pilot, condition, step: float = 0.005) -> None:
    deadline = time.monotonic() + BOUND
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit("a measure waited too long")
        await pilot.pause(step)


async def _timed(pilot, action) -> tuple[float, float]:
    """Seconds from *action* to the app being idle again (the screen updated), wall-clock
    and CPU time of this process (the CPU time does not depend on how busy the machine is)."""
    started, cpu = time.perf_counter(), time.process_time()
    await action()
    await pilot.pause()
    return time.perf_counter() - started, time.process_time() - cpu


def _sync(action):
    async def run() -> None:
        action()

    return run


def child_minimal() -> dict[str, float]:
    """A minimal Textual app: time to its first screen (the floor of any Textual start-up)."""
    from textual.app import App, ComposeResult
    from textual.widgets import Static

    class Minimal(App[None]):
        def compose(self) -> ComposeResult:
            yield Static("hello")

    result: dict[str, float] = {}

    async def run() -> None:
        async with Minimal().run_test(size=(120, 35)) as pilot:
            await pilot.pause()
            result["at_ready"] = time.time()

    asyncio.run(run())
    return result


def child_app(root: str, mode: str) -> dict[str, float]:
    """The app on *root*: "open" (to every row and back), "first" (an empty index: to the
    first rows, then quit while indexing), "work" (sort, Esc, saved, quit), "keys" (saved
    and j/k only, see :func:`_keys`)."""
    from vnreader.index import CorpusIndex
    from vnreader.store import AnnotationStore
    from vnreader.tui.app import VnreaderApp
    from vnreader.tui.screens.article_list import ArticleListScreen

    result: dict[str, float] = {}
    index = CorpusIndex.open(Path(root))
    store = AnnotationStore(Path(os.environ["VNREADER_DATA_DIR"]) / "db.json", author="bench")
    app = VnreaderApp(corpus=index, store=store, refresh=True)
    total = len(index)

    def list_screen() -> ArticleListScreen:
        screen = app.screen
        assert isinstance(screen, ArticleListScreen)
        return screen

    async def run() -> None:
        notifications = mode in ("work", "keys")
        async with app.run_test(size=(120, 35), notifications=notifications) as pilot:
            await _wait(pilot, lambda: isinstance(app.screen, ArticleListScreen))
            result["at_interactive"] = time.time()
            await _wait(pilot, lambda: len(list_screen().shown) > 0)
            result["at_first_rows"] = time.time()
            if mode == "first":
                await _wait(pilot, lambda: len(list_screen().shown) >= 100)
                started = time.perf_counter()
                app.exit()
            else:
                await _wait(pilot, lambda: len(list_screen().shown) >= total)
                result["at_all_rows"] = time.time()
                await _wait(pilot, lambda: not app.indexing)
                result["rows"] = len(list_screen().shown)
                if mode == "work":
                    await _search_times(pilot, list_screen(), queries_for(Path(root)), result)
                    await _work(pilot, list_screen(), result)
                elif mode == "keys":
                    await _keys(pilot, list_screen(), result)
                started = time.perf_counter()
                app.exit()
        store.close()
        index.close()
        result["quit"] = time.perf_counter() - started

    asyncio.run(run())
    result["peak_rss"] = _peak_rss_mb()
    return result


async def _search_times(pilot, screen, queries: list[str], result: dict[str, float]) -> None:
    """Each query typed after "/" as a user would (no Enter): from its last key to its rows on
    screen, the typing pause before searching included; then Esc."""
    walls, cpus = [], []
    for query in queries:
        # Pilot's press returns once the app is idle again (the typing pause and the search
        # included): the time runs from before the last key is pressed
        await pilot.press("slash", *query[:-1])
        started, cpu = time.perf_counter(), time.process_time()
        await pilot.press(query[-1])
        await _wait(
            pilot,
            lambda q=query: (
                screen.query_text == q and screen.matching is not None and not screen.searching
            ),
        )
        await pilot.pause()
        walls.append(time.perf_counter() - started)
        cpus.append(time.process_time() - cpu)
        screen.action_clear_filters()
        await _wait(pilot, lambda: len(screen.shown) == result["rows"])
    result["search_p95"], result["search_cpu_p95"] = p95(walls), p95(cpus)
    result["search_min"], result["search_queries"] = min(walls), len(walls)
    # the floor of that measure: a key in the search box that changes nothing (Pilot's own
    # wait for the app to be idle, and a frame)
    await pilot.press("slash", "a")
    floors = []
    for _ in range(10):
        started = time.perf_counter()
        await pilot.press("end")
        await pilot.pause()
        floors.append(time.perf_counter() - started)
    result["key_floor"] = sorted(floors)[len(floors) // 2]
    screen.action_clear_filters()
    await _wait(pilot, lambda: len(screen.shown) == result["rows"])


async def _work(pilot, screen, result: dict[str, float]) -> None:
    from vnreader.tui.listing import SORT_KEYS

    sorts = []
    for key in (*SORT_KEYS[1:], SORT_KEYS[0]):
        sorts.append(await _timed(pilot, _sync(lambda key=key: screen._sort(key))))
    sorts.append(await _timed(pilot, _sync(screen.action_reverse_sort)))
    result["sort_max"], result["sort_cpu"] = max(w for w, _ in sorts), max(c for _, c in sorts)
    await pilot.press("slash", *"ha noi", "enter")
    await _wait(pilot, lambda: screen.matching is not None and not screen.searching)
    result["search_hits"] = len(screen.shown)
    result["esc"], result["esc_cpu"] = await _timed(pilot, _sync(screen.action_clear_filters))
    assert len(screen.shown) == result["rows"]
    frames = _watch_toasts(pilot.app)
    saved = [await _saved(pilot, frames, ("t", *word), "enter") for word in WORDS]
    result["saved_max"], result["saved_cpu"] = max(w for w, _ in saved), max(c for _, c in saved)
    result["saved_median"] = sorted(w for w, _ in saved)[len(saved) // 2]
    started = time.perf_counter()
    gc.collect()
    result["gc_full"] = time.perf_counter() - started


WORDS = ("mot", "hai", "ba", "bon", "nam", "sau")


async def _saved(pilot, frames, opening: tuple[str, ...], save: str) -> tuple[float, float]:
    """Key to "saved": the dialog opened and filled by *opening*, then *save* pressed; timed
    to the first frame that shows the new notification (not to Pilot's idle wait), wall and
    CPU; then j (the next article)."""
    await pilot.press(*opening)
    await pilot.pause()
    before = set(pilot.app.query("Toast"))
    started, cpu = time.perf_counter(), time.process_time()
    await pilot.press(save)
    await _wait(pilot, lambda: _toast_shown(frames, started, before) is not None, 0.001)
    shown_at, shown_cpu = _toast_shown(frames, started, before)  # type: ignore[misc]
    await pilot.pause(0.05)
    await pilot.press("j")
    return shown_at - started, shown_cpu - cpu


def _count_calls(cls: type, name: str) -> list[int]:
    """Count the calls of *cls.name* from now on (one counter, patched in this process)."""
    calls = [0]
    original = getattr(cls, name)

    def counted(self, *args, **kwargs):
        calls[0] += 1
        return original(self, *args, **kwargs)

    setattr(cls, name, counted)
    return calls


async def _key_frames(pilot, table, keys: list[str], lines: list[int]) -> list[tuple[float, ...]]:
    """Each key pressed, timed to the first frame drawn with the table's cursor moved (wall,
    CPU), with the lines the table drew for it."""
    frames = _watch_frames(pilot.app, lambda: table.cursor_row)
    times = []
    for key in keys:
        await pilot.pause(0.02)
        old, drawn = table.cursor_row, lines[0]
        started, cpu = time.perf_counter(), time.process_time()
        await pilot.press(key)

        def moved(s: float = started, o: int = old) -> tuple[float, float] | None:
            return next(((at, c) for at, c, row in frames if at >= s and row != o), None)

        await _wait(pilot, lambda: moved() is not None, 0.001)
        at, at_cpu = moved()  # type: ignore[misc]
        times.append((at - started, at_cpu - cpu, lines[0] - drawn))
    return times


def _figures(prefix: str, times: list[tuple[float, ...]], result: dict) -> None:  # type: ignore[type-arg]
    """Every sample (wall, CPU, lines drawn), kept for the figures over all runs."""
    result[prefix] = [list(t) for t in times]


async def _keys(pilot, screen, result: dict[str, float]) -> None:
    """Key to "saved" (8 tags, 4 notes) and j/k in the middle of the list (scrolled)."""
    from vnreader.tui.widgets.article_table import ArticleTable

    frames = _watch_toasts(pilot.app)
    saved = [await _saved(pilot, frames, ("t", *w), "enter") for w in (*WORDS, "bay", "tam")]
    _figures("saved_tag", saved, result)
    notes = [await _saved(pilot, frames, ("w", *w), "ctrl+s") for w in WORDS[:4]]
    _figures("saved_note", notes, result)
    screen.table.move_cursor(len(screen.shown) // 2)
    await pilot.pause(0.1)
    lines = _count_calls(ArticleTable, "render_line")
    _figures("jk", await _key_frames(pilot, screen.table, ["j", "k"] * 10, lines), result)


def child_index(root: str) -> dict[str, float]:
    """Build or refresh the index of *root* (not timed)."""
    from vnreader.index import CorpusIndex

    with CorpusIndex.open(Path(root)) as index:
        index.refresh()
    return {}


def child_rows() -> dict[str, float]:
    """The corpus views' table (RowsTable) with 35,000 rows: j in the middle (scrolled)."""
    from textual.app import App, ComposeResult

    from vnreader.tui.widgets.rows_table import Column, RowsTable

    rows = [(f"entity {i}", i) for i in range(35_000)]

    class Rows(App[None]):
        def compose(self) -> ComposeResult:
            yield RowsTable([Column("name", 0), Column("count", 8, right=True)], lambda r: r)

        def on_mount(self) -> None:
            self.query_one(RowsTable).set_rows(rows, cursor=17_500)

    result: dict = {}  # type: ignore[type-arg]

    async def run() -> None:
        app = Rows()
        async with app.run_test(size=(120, 35)) as pilot:
            await pilot.pause(0.1)
            table = app.query_one(RowsTable)
            lines = _count_calls(RowsTable, "render_line")
            _figures("rows_jk", await _key_frames(pilot, table, ["j", "k"] * 10, lines), result)

    asyncio.run(run())
    return result


def _watch_toasts(app) -> list[tuple[float, float, set[object]]]:
    """Every frame the app draws from now on: when (wall and CPU time) and which
    notifications (toasts) it shows."""
    frames: list[tuple[float, float, set[object]]] = []
    display = app._display

    def drawn(screen, renderable) -> None:
        display(screen, renderable)
        if renderable is not None:
            visible = screen._compositor.visible_widgets
            toasts = {w for w in visible if type(w).__name__ == "Toast"}
            frames.append((time.perf_counter(), time.process_time(), toasts))

    app._display = drawn
    return frames


def _watch_frames(app, probe) -> list[tuple[float, float, object]]:
    """Every frame the app draws from now on: when (wall and CPU time), and *probe()* then."""
    frames: list[tuple[float, float, object]] = []
    display = app._display

    def drawn(screen, renderable) -> None:
        display(screen, renderable)
        if renderable is not None:
            frames.append((time.perf_counter(), time.process_time(), probe()))

    app._display = drawn
    return frames


def _toast_shown(frames, after: float, old: set[object]) -> tuple[float, float] | None:
    """When the first frame after *after* showing a toast not in *old* was drawn."""
    for at, cpu, toasts in frames:
        if at >= after and toasts - old:
            return at, cpu
    return None


# -- search in a real terminal ----------------------------------------------------------

PACE = 0.15  # seconds between keys: a fast typist (80 words a minute)
BURST = 0.01  # seconds between keys of a burst (a paste, keys held): the typing pause applies
_ESCAPES = re.compile(
    rb"\x1b(?:\[[0-9;?<>=]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)|[()][0-9A-Za-z]|.)"
)


def _status_shown(query: str) -> Callable[[bytes], re.Match[bytes] | None]:
    """The status line of *query* searched once the terminal output shows it ("8 353 of
    35 500 articles  ·  search: ha noi  ·  sort: …", not "… searching…"), its hit count
    the first group (as the app writes it: :func:`_count`)."""
    number = rb"\d+(?:\xe2\x80\x89\d{3})*"  # "35 500": thousands grouped by thin spaces
    searched = rb"  \xc2\xb7  search: " + re.escape(query.encode()) + rb"  \xc2\xb7  "
    pattern = re.compile(b"(" + number + b") of " + number + b" articles" + searched)

    def shown(output: bytes) -> re.Match[bytes] | None:
        return pattern.search(_ESCAPES.sub(b"", output))

    return shown


def _count(number: bytes) -> int:
    """A count as the app writes it ("35 500", thin spaces) as a number."""
    return int(number.decode().replace("\u2009", ""))


def _cpu_idle(terminal, quiet: float = 0.3) -> None:
    """Wait until the app used under a tenth of a core for *quiet* seconds (the check of
    the corpus files after the start is over), reading its output meanwhile."""
    deadline = time.perf_counter() + BOUND
    while time.perf_counter() < deadline:
        cpu = terminal.cpu()
        terminal.pump(quiet)
        if terminal.cpu() - cpu < quiet / 10:
            return
    raise SystemExit("the app never went idle")


def pty_search(folder: Path, env: dict[str, str], queries: list[str], pace: float) -> dict:  # type: ignore[type-arg]
    """``vnreader FOLDER`` in a pseudo-terminal (its index built already): each query typed
    after "/" with *pace* seconds between keys, timed from writing its last key's bytes to
    the terminal output showing the query's hit count in the status line (the rows are
    drawn in the same frame); also to the first frame after that key (the key shown in the
    box: the floor of any key). Esc goes back to every row between queries."""
    import startup

    from vnreader.index import CorpusIndex
    from vnreader.tui.numbers import format_number

    with CorpusIndex.open(folder) as index:  # the index of *env* (set in os.environ)
        total = len(index)
    every = format_number(total).encode()
    everything = re.compile(re.escape(every + b" of " + every + " articles  ·  sort".encode()))

    def every_row(output: bytes) -> re.Match[bytes] | None:
        return everything.search(_ESCAPES.sub(b"", output))

    terminal = startup.Terminal(
        [sys.executable, "-m", "vnreader", str(folder)], {**startup.terminal_env(), **env}
    )
    times, echoes, hits = [], [], []
    try:
        if terminal.wait_for(every_row) is None:
            raise SystemExit(f"the list never showed {total} rows:\n{terminal.tail()}")
        _cpu_idle(terminal)
        for query in queries:
            terminal.write(b"/")
            for key in query[:-1]:
                terminal.pump(pace)
                terminal.write(key.encode())
            terminal.pump(pace)
            since = len(terminal.output)
            started = time.perf_counter()
            terminal.write(query[-1].encode())
            typed = query.encode()
            echo = terminal.wait_for(lambda out, t=typed: t in _ESCAPES.sub(b"", out), since)
            seen = terminal.wait_for(_status_shown(query), since)
            if echo is None or seen is None:
                shown = _ESCAPES.sub(b"|", bytes(terminal.output[since:]))
                raise SystemExit(f"{query!r}: no hit count shown; the terminal had:\n{shown!r}")
            times.append(seen[0] - started)
            echoes.append(echo[0] - started)
            hits.append(_count(seen[1].group(1)))  # type: ignore[attr-defined]
            terminal.pump(0.2)
            since = len(terminal.output)
            terminal.write(b"\x1b")  # Esc on its own: every row again
            if terminal.wait_for(every_row, since) is None:
                raise SystemExit(f"Esc did not show every row:\n{terminal.tail()}")
            terminal.pump(0.3)
    finally:
        terminal.close()
    return {"times": times, "echoes": echoes, "hits": hits}


# -- the figures -------------------------------------------------------------------------


def line(name: str, value: float, unit: str, target: str = "", note: str = "") -> str:
    shown = f"{value:.3f}" if value < 10 else f"{value:,.1f}"
    return f"  {name:<46} {shown:>10} {unit:<4} {('target ' + target) if target else '':<16} {note}"


@contextlib.contextmanager
def _indexed(folder: Path, count: int, keep: Path | None) -> Iterator[dict[str, str]]:
    """The environment of the app on *folder*, its index built (not timed) and kept in
    ``benchmarks/.cache`` (or *keep*, see :func:`run_size`), with no annotations."""
    from vnreader.index import CorpusIndex

    data = CACHE / "scale-app-data"  # the index is kept: a second run skips building it
    with tempfile.TemporaryDirectory(prefix="vnreader-scale-app-") as tmp:
        env = {"VNREADER_DATA_DIR": str(data), "VNREADER_CONFIG_DIR": str(Path(tmp) / "config")}
        if keep is not None:
            env["VNREADER_INDEX_DIR"] = str(keep.resolve() / f"index-{count}")
        os.environ.update(env)
        for old in [*data.glob("db.json*"), *data.glob("annotations.json*")]:
            old.unlink()  # no annotations of an earlier run (nor journal)
        with CorpusIndex.open(folder) as index:
            index.refresh()
        yield env


def run_search(folder: Path, count: int, keep: Path | None, runs: int) -> None:
    """Only the search in a real terminal (``--only search``)."""
    print(f"\n== {count:,} articles, search in a terminal: {folder}", flush=True)
    with _indexed(folder, count, keep) as env:
        _print_pty_search(folder, env, count >= 200_000, max(1, runs))


def run_size(folder: Path, count: int, keep: Path | None = None, pty_runs: int = 3) -> None:
    """The app on *folder*; with *keep*, on the index of scale.py's ``--keep-index``
    (``keep/index-N``, built there if missing or stale)."""
    big = count >= 200_000  # the targets for 200,000 articles where it names them
    print(f"\n== {count:,} articles: {folder}", flush=True)
    with tempfile.TemporaryDirectory(prefix="vnreader-scale-app-") as tmp:
        env = {
            "VNREADER_DATA_DIR": str(Path(tmp) / "data"),
            "VNREADER_CONFIG_DIR": str(Path(tmp) / "config"),
        }
        first = _child(["app", str(folder), "first"], env)
    print(line("first open: to an interactive list", first["interactive"], "s", "at once"))
    print(line("first open: to the first rows (indexing)", first["first_rows"], "s"))
    print(line("quit while indexing (cancels)", first["quit"], "s", "≤ 0.5"))
    print("  (the whole index is built by scale.py's measures, not timed here)", flush=True)
    with _indexed(folder, count, keep) as env:
        second = _child(["app", str(folder), "open"], env)
        opened = "≤ 5" if big else "≤ 2"
        print(line("second open: to an interactive list", second["interactive"], "s", opened))
        print(line("second open: to every row shown", second["all_rows"], "s", opened))
        work = _child(["app", str(folder), "work"], env)
        rows = int(work["rows"])
        cpu = "CPU {:.3f} s"

        name = f"search p95 (Pilot, headless), last key to rows, {int(work['search_queries'])} q."
        note = f"CPU p95 {work['search_cpu_p95']:.3f} s; fastest {work['search_min']:.3f} s"
        note += f"; Pilot's floor (a key changing nothing: its idle wait) {work['key_floor']:.3f} s"
        print(line(name, work["search_p95"], "s", "", note))
        _print_pty_search(folder, env, big, pty_runs)
        name = f"sort any column ({rows:,} rows), slowest"
        print(line(name, work["sort_max"], "s", "≤ 0.200", cpu.format(work["sort_cpu"])))
        hits = f"after a search of {int(work['search_hits']):,} hits"
        note = f"{cpu.format(work['esc_cpu'])}, {hits}"
        print(line("Esc back to every row", work["esc"], "s", "≤ 0.100", note))
        name = "key to 'saved' on screen (tag dialog Enter), slowest"
        note = f"median {work['saved_median']:.3f} s of 6; {cpu.format(work['saved_cpu'])}"
        print(line(name, work["saved_max"], "s", "≤ 0.050", note))
        print(line("a full GC pass with the rows loaded", work["gc_full"], "s"))
        print(line("quit", work["quit"], "s", "≤ 0.5"))
        rss = "≤ 1500" if big else "≤ 500"
        print(line("peak RSS of the app", work["peak_rss"], "MB", rss), flush=True)


def _print_pty_search(folder: Path, env: dict[str, str], big: bool, runs: int) -> None:
    """The search in a real terminal: *runs* fresh apps at a typist's pace, the p95 of each
    and their median; then one at the pace of a burst, where the typing pause applies."""
    from vnreader.tui.screens.article_list import SEARCH_DELAY

    if runs <= 0:
        return
    queries = queries_for(folder)
    target = "≤ 0.150" if big else "≤ 0.100"
    paced = [pty_search(folder, env, queries, PACE) for _ in range(runs)]
    p95s = sorted(p95(r["times"]) for r in paced)
    every = [t for r in paced for t in r["times"]]
    echoes = [t for r in paced for t in r["echoes"]]
    slowest = max((t, q) for r in paced for t, q in zip(r["times"], queries, strict=True))
    name = f"search p95 in a terminal, last key to hit count ({len(queries)} q.)"
    note = f"median of {runs} runs' p95 ({', '.join(f'{v:.3f}' for v in p95s)}); keys"
    note += f" {PACE} s apart; load {os.getloadavg()[0]:.1f}"
    print(line(name, statistics.median(p95s), "s", target, note))
    note = f"max {max(every):.3f} s ({slowest[1]!r}); {len(every)} searches"
    print(line("  median of those searches", statistics.median(every), "s", "", note))
    note = "the key drawn in the search box: the floor of any key in a terminal"
    print(line("  median, last key to its first frame", statistics.median(echoes), "s", "", note))
    hits = paced[0]["hits"]
    print(f"    hits: {', '.join(f'{q} {h:,}' for q, h in zip(queries, hits, strict=True))}")
    burst = pty_search(folder, env, queries, BURST)
    note = f"keys {BURST} s apart: a key while a search runs waits the typing pause"
    note += (
        f" ({SEARCH_DELAY} s) after the last key; median {statistics.median(burst['times']):.3f} s"
    )
    print(line("search p95 in a terminal, typed in a burst", p95(burst["times"]), "s", "", note))
    print(
        f"    (at {PACE} s a key, the typing pause adds nothing when a key's search ends"
        " before the next key: it waits only for a search still running)",
        flush=True,
    )


KEY_FIGURES = [  # name, key, target
    ("key to 'saved', tag (dialog ⏎)", "saved_tag", "≤ 0.050"),
    ("key to 'saved', note (ctrl+s)", "saved_note", "≤ 0.050"),
    ("j/k in the list, scrolled: key to frame", "jk", ""),
    ("j/k in the views' table (RowsTable, 35,000 rows)", "rows_jk", ""),
]


def run_keys(folder: Path, count: int, repeat: int, baseline: Path | None) -> None:
    """The keys of the list only, *repeat* fresh processes of each checkout, alternating."""
    print(f"\n== {count:,} articles, keys only ({repeat} runs each): {folder}", flush=True)
    checkouts = {"this": ROOT, **({"baseline": baseline.resolve()} if baseline else {})}
    runs: dict[str, list[dict[str, float]]] = {name: [] for name in checkouts}
    envs = {}
    with tempfile.TemporaryDirectory(prefix="vnreader-scale-app-") as tmp:
        for name, checkout in checkouts.items():
            # an index per checkout: each is made by (and valid for) its own code version
            data = CACHE / ("scale-app-data" if name == "this" else f"scale-app-data-{name}")
            envs[name] = {
                "VNREADER_DATA_DIR": str(data),
                "VNREADER_CONFIG_DIR": str(Path(tmp) / "config"),
                "PYTHONPATH": str(checkout),
            }
            _child(["index", str(folder)], envs[name])
        for _ in range(repeat):
            for name in checkouts:
                data = Path(envs[name]["VNREADER_DATA_DIR"])
                for old in data.glob("db.json*"):  # no annotations of an earlier run
                    old.unlink()
                figures = _child(["app", str(folder), "keys"], envs[name])
                figures.update(_child(["rows"], envs[name]))
                runs[name].append(figures)
    for name, results in runs.items():
        print(f"  -- {name}: {checkouts[name]}")
        for title, key, target in KEY_FIGURES:
            samples = [t for r in results for t in r[key]]
            walls, cpus = [t[0] for t in samples], [t[1] for t in samples]
            note = f"p95 {p95(walls):.3f} s; CPU median {statistics.median(cpus):.4f} s"
            note += f", p95 {p95(cpus):.4f} s; {len(samples)} keys"
            if len(samples[0]) > 2:
                note += f"; lines drawn per key {statistics.median(t[2] for t in samples):.0f}"
            print(line(title + ", median", statistics.median(walls), "s", target, note), flush=True)


def run_seeds() -> None:
    """Start-up on the bundled seeds against a minimal Textual app: see startup.py."""
    import startup

    print("\n== start-up on the bundled seeds vs a minimal Textual app (same run)", flush=True)
    for figure in startup.measure(runs=5):
        print(figure, flush=True)


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        measure = {
            "minimal": child_minimal,
            "app": child_app,
            "rows": child_rows,
            "index": child_index,
        }
        print(json.dumps(measure[sys.argv[2]](*sys.argv[3:])))
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[1000, 35000])
    parser.add_argument("--corpus", type=Path, help="also measure this corpus folder")
    parser.add_argument("--only", choices=["all", "keys", "search"], default="all")
    parser.add_argument("--repeat", type=int, default=3, help="processes per measure (keys)")
    parser.add_argument("--baseline", type=Path, help="another checkout, measured alike (keys)")
    parser.add_argument(
        "--keep-index",
        type=Path,
        metavar="DIR",
        help="use the index of scale.py --keep-index DIR (DIR/index-N), built there if needed",
    )
    parser.add_argument("--no-seeds", action="store_true", help="skip the seeds' start-up")
    parser.add_argument(
        "--pty-runs", type=int, default=3, help="apps run in a terminal for the search (0: none)"
    )
    args = parser.parse_args()
    print(f"cores available: {len(os.sched_getaffinity(0))}; load {os.getloadavg()[0]:.1f}")
    if args.only == "keys":
        for count in args.sizes:
            run_keys(generate(count), count, args.repeat, args.baseline)
        print(f"load at the end: {os.getloadavg()[0]:.1f}")
        return
    if args.only == "search":
        for count in args.sizes:
            run_search(generate(count), count, args.keep_index, args.pty_runs)
    else:
        if not args.no_seeds:
            run_seeds()
        for count in args.sizes:
            run_size(generate(count), count, args.keep_index, args.pty_runs)
    if args.corpus:
        if not args.corpus.is_dir():
            print(f"{args.corpus}: no such folder (public corpora go under /work/corpora/)")
            return
        print(f"\n(real corpus {args.corpus}; its files are only read)")
        count = sum(1 for _ in args.corpus.rglob("*.txt"))
        if args.only == "search":
            run_search(args.corpus.resolve(), count, None, args.pty_runs)
        else:
            run_size(args.corpus.resolve(), count, pty_runs=args.pty_runs)
    print(f"load at the end: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
