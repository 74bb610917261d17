"""Benchmark: a big corpus through the index (issue 8). Prints each figure beside its target.

Generates realistic Vietnamese news files (sentences of the hand-annotated sets and the
seeds, generated names, places and figures, lengths with a median near 3 KB and a few 50 KB
files, the seeds' page furniture: share widgets, font-size bars, datelines, captions,
bylines, "Bình luận") into ``benchmarks/.cache/scale-N`` (kept between runs), then measures,
each in a fresh process so peak memory is its own:

* the floor: ``cat`` of every file (same run, warm cache);
* first open: building the index, with 1 and 2 processes (``--processes``);
* second open: open + refresh (nothing changed) + the list's rows;
* search: 20 varied queries (common and rare words, phrases, names, a half-typed query),
  every hit id as the list needs them; p95 of the first run of each (cold) and of repeats;
* peak RSS of the process that builds, reopens and searches (and of the worker processes);
* a file changed, one added and one removed between two opens are picked up.

    python benchmarks/scale.py                     # 1,000 and 35,000 articles
    python benchmarks/scale.py --sizes 1000 200000
    python benchmarks/scale.py --sizes 200000 --processes 2 --keep-index benchmarks/.cache
    python benchmarks/scale.py --corpus /path/to/real/corpus
    python benchmarks/scale.py --views only        # the corpus-wide views (issue 13)

Each measure is a function (``measure_*``) returning a :class:`Figure` list, so more measures
(the app's start-up, the list) can be added beside them.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from scale_corpus import CACHE, generate, queries_for
from scale_views import child_views, measure_views

ROOT = Path(__file__).resolve().parent.parent

# targets of issue 8, per corpus size (the 35,000 ones apply from 35,000 up to 200,000)
TARGETS = {
    "first open (index build)": (30.0, None),
    "second open, to rows": (2.0, 5.0),
    "search p95": (0.100, 0.150),
    "peak RSS": (500.0, 1500.0),
}


@dataclass
class Figure:
    name: str
    value: float | str
    unit: str = ""
    target: str = ""
    note: str = ""

    def line(self) -> str:
        if isinstance(self.value, float):
            shown = f"{self.value:.3f}" if self.value < 10 else f"{self.value:,.1f}"
        else:
            shown = str(self.value)
        target = f"target {self.target}" if self.target else ""
        return f"  {self.name:<42} {shown:>12} {self.unit:<6} {target:<18} {self.note}"


# -- measures, each in a fresh process ---------------------------------------------------


def _child(args: list[str]) -> dict[str, object]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    out = subprocess.run(
        [sys.executable, __file__, "--child", *args], capture_output=True, text=True, env=env
    )
    if out.returncode != 0:
        raise SystemExit(f"measure {args[0]} failed:\n{out.stderr}")
    result: dict[str, object] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def _rss_mb() -> tuple[float, float]:
    """Peak RSS of this process, and the peak sum over it and its worker processes."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return own, max(own, _GROUP_PEAK[0])


_GROUP_PEAK = [0.0]
_GROUP_CPU: dict[int, float] = {}  # pid -> CPU seconds seen, for this process group


def _sample_group_rss(stop: threading.Event) -> None:
    """Sum of VmRSS over the processes of this process group (the workers), sampled; and
    the CPU time of each (so the cost does not depend on how busy the machine is)."""
    group = os.getpgrp()
    tick = os.sysconf("SC_CLK_TCK")
    while not stop.wait(0.1):
        total = 0
        for entry in os.scandir("/proc"):
            if not entry.name.isdigit():
                continue
            try:
                if os.getpgid(int(entry.name)) != group:
                    continue
                status = Path(entry.path, "status").read_text()
                fields = Path(entry.path, "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            found = re.search(r"VmRSS:\s+(\d+) kB", status)
            total += int(found.group(1)) if found else 0
            _GROUP_CPU[int(entry.name)] = (int(fields[11]) + int(fields[12])) / tick
        _GROUP_PEAK[0] = max(_GROUP_PEAK[0], total / 1024)


def child_build(root: str, index_dir: str, processes: str) -> dict[str, object]:
    from vnreader.index import CorpusIndex

    os.setpgid(0, 0)  # this process and its workers only
    stop = threading.Event()
    threading.Thread(target=_sample_group_rss, args=(stop,), daemon=True).start()
    started = time.perf_counter()
    with CorpusIndex.open(Path(root), index_dir=Path(index_dir)) as index:
        first_rows = None

        def progress(p: object) -> None:
            nonlocal first_rows
            if first_rows is None and getattr(p, "new_rows", ()):
                first_rows = time.perf_counter() - started

        report = index.refresh(processes=int(processes), progress=progress)
        seconds = time.perf_counter() - started
    stop.set()
    own, workers = _rss_mb()
    usage = resource.getrusage(resource.RUSAGE_SELF)
    parent_cpu = usage.ru_utime + usage.ru_stime
    workers_cpu = sum(cpu for pid, cpu in _GROUP_CPU.items() if pid != os.getpid())
    size = sum(f.stat().st_size for f in Path(index_dir).iterdir())
    return {
        "seconds": seconds,
        "parent_cpu": parent_cpu,
        "workers_cpu": workers_cpu,
        "first_rows": first_rows,
        "rss": own,
        "workers_rss": workers,
        "added": report.added,
        "problems": len(report.problems),
        "index_mb": size / 1e6,
    }


def child_reopen(root: str, index_dir: str) -> dict[str, object]:
    from vnreader.index import CorpusIndex

    started = time.perf_counter()
    with CorpusIndex.open(Path(root), index_dir=Path(index_dir)) as index:
        rows_before = len(index.rows())
        before = time.perf_counter() - started
        report = index.refresh()
        rows = index.rows()
        seconds = time.perf_counter() - started
        cpu = time.process_time()
        own, _ = _rss_mb()
        return {
            "seconds": seconds,
            "cpu": cpu,
            "rows_at_open": before,
            "rows": len(rows),
            "rows_before": rows_before,
            "unchanged": report.unchanged,
            "rss": own,
        }


def child_search(root: str, index_dir: str, queries: str) -> dict[str, object]:
    from vnreader.index import CorpusIndex

    cold: list[float] = []
    cold_cpu: list[float] = []  # CPU time of the search (its threads): what load does not add
    warm: list[float] = []
    hits: list[int] = []
    with CorpusIndex.open(Path(root), index_dir=Path(index_dir)) as index:
        index.rows()  # as the app reads them at open (this also reads the list order)
        for query in json.loads(queries):
            started, cpu = time.perf_counter(), time.process_time()
            found = index.search(query)
            cold.append(time.perf_counter() - started)
            cold_cpu.append(time.process_time() - cpu)
            hits.append(len(found))
        for _ in range(3):
            for query in json.loads(queries):
                started = time.perf_counter()
                index.search(query)
                warm.append(time.perf_counter() - started)
        own, _ = _rss_mb()
    return {"cold": cold, "cold_cpu": cold_cpu, "warm": warm, "hits": hits, "rss": own}


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]


def measure_floor(folder: Path) -> list[Figure]:
    files = [str(p) for p in folder.rglob("*.txt")]
    size = sum(os.path.getsize(f) for f in files)
    started = time.perf_counter()
    for i in range(0, len(files), 2000):
        subprocess.run(["cat", *files[i : i + 2000]], stdout=subprocess.DEVNULL, check=True)
    seconds = time.perf_counter() - started
    return [
        Figure("corpus", f"{len(files):,} files", note=f"{size / 1e6:.0f} MB"),
        Figure("floor: cat of every file", seconds, "s", note="warm cache"),
    ]


def _target(name: str, count: int, unit: str) -> str:
    small, big = TARGETS[name]
    value = big if count >= 200_000 else small
    if count < 35_000 or value is None:  # the issue names none for this size
        return ""
    shown = f"{value * 1000:.0f} ms" if unit == "ms" else f"{value:g} {unit}"
    return f"<= {shown}"


def measure_first_open(folder: Path, index_dir: Path, count: int, processes: int) -> list[Figure]:
    shutil.rmtree(index_dir, ignore_errors=True)
    result = _child(["build", str(folder), str(index_dir), str(processes)])
    name = "first open (index build)"
    return [
        Figure(
            f"{name}, {processes} process{'es' if processes > 1 else ''}",
            float(result["seconds"]),  # type: ignore[arg-type]
            "s",
            _target(name, count, "s"),
            f"{result['added']:,} articles, index {result['index_mb']:.0f} MB, "
            f"first rows after {result['first_rows'] or 0:.2f} s; CPU: this process "
            f"{result['parent_cpu']:.1f} s, workers {result['workers_cpu']:.1f} s",
        ),
        Figure(
            f"  peak RSS while building ({processes}p)",
            float(result["rss"]),  # type: ignore[arg-type]
            "MB",
            _target("peak RSS", count, "MB"),
            f"with the worker processes: {result['workers_rss']:.0f} MB in all",
        ),
    ]


def measure_second_open(folder: Path, index_dir: Path, count: int) -> list[Figure]:
    result = _child(["reopen", str(folder), str(index_dir)])
    name = "second open, to rows"
    return [
        Figure(
            "second open: open + refresh + rows",
            float(result["seconds"]),  # type: ignore[arg-type]
            "s",
            _target(name, count, "s"),
            f"{result['rows']:,} rows, {result['unchanged']:,} unchanged; "
            f"CPU {result['cpu']:.2f} s (with Python's start)",
        ),
        Figure(
            "  rows of the last index, before refresh",
            float(result["rows_at_open"]),  # type: ignore[arg-type]
            "s",
            note=f"{result['rows_before']:,} rows",
        ),
        Figure(
            "  peak RSS (second open)", float(result["rss"]), "MB", _target("peak RSS", count, "MB")
        ),  # type: ignore[arg-type]
    ]


def measure_search(folder: Path, index_dir: Path, count: int) -> list[Figure]:
    queries = queries_for(folder)
    result = _child(["search", str(folder), str(index_dir), json.dumps(queries)])
    cold = [float(v) for v in result["cold"]]  # type: ignore[attr-defined]
    warm = [float(v) for v in result["warm"]]  # type: ignore[attr-defined]
    hits = [int(v) for v in result["hits"]]  # type: ignore[attr-defined]
    worst = max(range(len(cold)), key=lambda i: cold[i])
    figures = [
        Figure(
            f"search p95, {len(queries)} queries, first run",
            p95(cold) * 1000,
            "ms",
            _target("search p95", count, "ms"),
            f"slowest {queries[worst]!r} ({hits[worst]:,} hits)",
        ),
        Figure("search p95, repeated", p95(warm) * 1000, "ms", _target("search p95", count, "ms")),
        Figure(
            "  search p95, CPU time of the search",  # of this process: both search threads
            p95([float(v) for v in result["cold_cpu"]]) * 1000,  # type: ignore[attr-defined]
            "ms",
            note="of both search threads: on a machine to itself the wall time is less",
        ),
        Figure("  peak RSS (search)", float(result["rss"]), "MB", _target("peak RSS", count, "MB")),  # type: ignore[arg-type]
    ]
    detail = ", ".join(
        f"{q!r} {h:,}/{c * 1000:.0f}ms" for q, h, c in zip(queries, hits, cold, strict=True)
    )
    figures.append(Figure("  hits/time per query", "", note=detail))
    return figures


def measure_changes(folder: Path, index_dir: Path) -> list[Figure]:
    """Change, add and remove a file between two opens; the second sees all three."""
    from vnreader.index import CorpusIndex

    files = sorted(folder.rglob("*.txt"))
    changed, removed = files[1], files[2]
    added = changed.parent / "zz_added_article.txt"
    saved_changed, saved_removed = changed.read_bytes(), removed.read_bytes()
    try:
        changed.write_text("Bài đã sửa\n\nNội dung mới: suadoikiemtra ở Quy Nhơn.\n")
        added.write_text("Bài thêm\n\nMột bài mới tinh: themmoikiemtra ở Phan Thiết.\n")
        removed.unlink()
        with CorpusIndex.open(folder, index_dir=index_dir) as index:
            report = index.refresh()
            ok = (
                (report.added, report.changed, report.removed) == (1, 1, 1)
                and index.search("suadoikiemtra") == [changed.stem]
                and index.search("themmoikiemtra") == [added.stem]
                and removed.stem not in index
            )
    finally:
        changed.write_bytes(saved_changed)
        removed.write_bytes(saved_removed)
        added.unlink(missing_ok=True)
    with CorpusIndex.open(folder, index_dir=index_dir) as index:
        index.refresh()  # back as it was
    note = f"{report.added} added, {report.changed} changed, {report.removed} removed"
    return [Figure("changed+added+removed file picked up", "yes" if ok else "NO", "", "yes", note)]


def run_views(folder: Path, count: int) -> None:
    """The corpus-wide views (issue 13), on an analysed index kept in the cache."""
    for figure in measure_views(folder, CACHE / f"views-index-{count}", _child, Figure):
        print(figure.line(), flush=True)
    print(f"  {_load()}", flush=True)


def run_size(folder: Path, count: int, processes: list[int], keep: Path | None = None) -> None:
    print(f"\n== {count:,} articles: {folder}", flush=True)
    print(f"  {_load()}", flush=True)
    with tempfile.TemporaryDirectory(prefix="vnreader-scale-") as tmp:
        index_dir = Path(tmp) / "index" if keep is None else keep / f"index-{count}"
        for figure in measure_floor(folder):
            print(figure.line(), flush=True)
        if keep is not None and _current(folder, index_dir):
            print(f"  (first open not measured: the index kept in {index_dir} is current)")
        else:
            for n in processes:
                for figure in measure_first_open(folder, index_dir, count, n):
                    print(figure.line(), flush=True)
        for measure in (measure_second_open, measure_search):
            for figure in measure(folder, index_dir, count):
                print(figure.line(), flush=True)
        for figure in measure_changes(folder, index_dir):
            print(figure.line(), flush=True)
    print(f"  {_load()}", flush=True)


def _current(folder: Path, index_dir: Path) -> bool:
    """Whether *index_dir* holds an index of *folder* made by this code (nothing to rebuild)."""
    from vnreader.index import CorpusIndex

    if not index_dir.is_dir():
        return False
    with CorpusIndex.open(folder, index_dir=index_dir) as index:
        return not index.messages and len(index) > 0


def _load() -> str:
    """The machine's load: shared cores make every figure slower than on a quiet machine."""
    one, five, _ = os.getloadavg()
    return f"load average (1 min, 5 min): {one:.1f}, {five:.1f} on {os.cpu_count()} cores"


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        measure = {
            "build": child_build,
            "reopen": child_reopen,
            "search": child_search,
            "views": child_views,
        }
        print(json.dumps(measure[sys.argv[2]](*sys.argv[3:])))
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 35000])
    parser.add_argument("--processes", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--corpus", type=Path, help="also measure this corpus folder")
    parser.add_argument(
        "--keep-index",
        type=Path,
        metavar="DIR",
        help="keep each size's index in DIR/index-N and reuse it when current (the first "
        "open is then not measured); a 200,000-article build takes many minutes",
    )
    parser.add_argument(
        "--views",
        choices=("also", "only", "no"),
        default="also",
        help="the corpus-wide views of issue 13 (analyses the corpus once, kept in the cache)",
    )
    args = parser.parse_args()
    print(f"cores available: {len(os.sched_getaffinity(0))}")
    for count in args.sizes:
        folder = generate(count)
        if args.views != "only":
            run_size(folder, count, args.processes, args.keep_index)
        if args.views != "no":
            print(f"\n== views, {count:,} articles", flush=True)
            run_views(folder, count)
    if args.corpus:
        if not args.corpus.is_dir():
            print(f"{args.corpus}: no such folder (public corpora go under /work/corpora/)")
            return
        copy = CACHE / f"corpus-{args.corpus.name}"  # the change test edits files: a copy
        if not copy.exists():
            shutil.copytree(args.corpus, copy)
        count = sum(1 for _ in copy.rglob("*.txt"))
        print(f"\n(real corpus {args.corpus}, measured on a copy)")
        run_size(copy, count, args.processes)


if __name__ == "__main__":
    main()
