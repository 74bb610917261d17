"""Benchmark: the app on a big corpus (issue 8, app side). Prints each figure beside its target.

Uses the corpora of :mod:`scale_corpus` (generated once into ``benchmarks/.cache``) and runs
the real app headless (Textual's ``run_test``), each measure in a fresh process, timed from
the moment the process is started (Python start-up and imports included):

* time to an interactive list (the list on screen, keys handled) on the first open (empty
  index: the list fills while indexing) and the second open (every row shown);
* search as typed, from the last key to the rows (20 queries, p95); sorting by each column,
  Escape from a search back to every row, key to "saved";
* quitting (also while indexing: the refresh is cancelled), peak RSS of the app;
* start-up on the bundled seeds against a minimal Textual app, in the same run, in a real
  pseudo-terminal (:mod:`startup`).

    python benchmarks/scale_app.py                  # 1,000 and 35,000 articles
    python benchmarks/scale_app.py --sizes 1000
    python benchmarks/scale_app.py --sizes 200000 --keep-index benchmarks/.cache --no-seeds
    python benchmarks/scale_app.py --sizes --corpus /path/to/real/corpus   # that corpus only
    python benchmarks/scale_app.py --sizes 35000 --only keys --repeat 5 --baseline /old/checkout

``--only keys`` measures only the keys of the list at 35,000 rows, each run a fresh process:
key to "saved" (a tag, a note), and ``j``/``k`` (key to frame, and the lines the list
redraws per key, scrolled), and ``j`` in the corpus views' table (:class:`RowsTable`) with
35,000 rows; ``--baseline`` runs the same measures on another checkout of vnreader in the
same run, alternating with this one, and prints both.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
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


# -- the figures -------------------------------------------------------------------------


def line(name: str, value: float, unit: str, target: str = "", note: str = "") -> str:
    shown = f"{value:.3f}" if value < 10 else f"{value:,.1f}"
    return f"  {name:<46} {shown:>10} {unit:<4} {('target ' + target) if target else '':<16} {note}"


def run_size(folder: Path, count: int, keep: Path | None = None) -> None:
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
    from vnreader.index import CorpusIndex

    data = CACHE / "scale-app-data"  # the index is kept: a second run skips building it
    with tempfile.TemporaryDirectory(prefix="vnreader-scale-app-") as tmp:
        env = {"VNREADER_DATA_DIR": str(data), "VNREADER_CONFIG_DIR": str(Path(tmp) / "config")}
        if keep is not None:
            env["VNREADER_INDEX_DIR"] = str(keep.resolve() / f"index-{count}")
        os.environ.update(env)
        for old in data.glob("db.json*"):  # no annotations of an earlier run (nor journal)
            old.unlink()
        with CorpusIndex.open(folder) as index:
            index.refresh()
        second = _child(["app", str(folder), "open"], env)
        opened = "≤ 5" if big else "≤ 2"
        print(line("second open: to an interactive list", second["interactive"], "s", opened))
        print(line("second open: to every row shown", second["all_rows"], "s", opened))
        work = _child(["app", str(folder), "work"], env)
        rows = int(work["rows"])
        cpu = "CPU {:.3f} s"
        from vnreader.tui.screens.article_list import SEARCH_DELAY

        name = f"search p95, last key to rows, {int(work['search_queries'])} queries"
        note = f"CPU p95 {work['search_cpu_p95']:.3f} s; fastest {work['search_min']:.3f} s"
        note += f"; floor (a key changing nothing) {work['key_floor']:.3f} s"
        print(
            line(
                name,
                work["search_p95"],
                "s",
                "≤ 0.150" if big else "≤ 0.100",
                f"{note}; typing pause {SEARCH_DELAY} s",
            )
        )
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
    parser.add_argument("--only", choices=["all", "keys"], default="all")
    parser.add_argument("--repeat", type=int, default=3, help="processes per measure (keys)")
    parser.add_argument("--baseline", type=Path, help="another checkout, measured alike (keys)")
    parser.add_argument(
        "--keep-index",
        type=Path,
        metavar="DIR",
        help="use the index of scale.py --keep-index DIR (DIR/index-N), built there if needed",
    )
    parser.add_argument("--no-seeds", action="store_true", help="skip the seeds' start-up")
    args = parser.parse_args()
    print(f"cores available: {len(os.sched_getaffinity(0))}; load {os.getloadavg()[0]:.1f}")
    if args.only == "keys":
        for count in args.sizes:
            run_keys(generate(count), count, args.repeat, args.baseline)
        print(f"load at the end: {os.getloadavg()[0]:.1f}")
        return
    if not args.no_seeds:
        run_seeds()
    for count in args.sizes:
        run_size(generate(count), count, args.keep_index)
    if args.corpus:
        if not args.corpus.is_dir():
            print(f"{args.corpus}: no such folder (public corpora go under /work/corpora/)")
            return
        print(f"\n(real corpus {args.corpus}; its files are only read)")
        run_size(args.corpus.resolve(), sum(1 for _ in args.corpus.rglob("*.txt")))
    print(f"load at the end: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
