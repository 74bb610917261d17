"""Save latency and open time of vnreader's store against TinyDB's JSONStorage and SQLite.

    python benchmarks/storage.py [--sizes 1000,10000,50000] [--saves 1000] [--dir DIR]

For each size N (annotations already stored) it measures, in the same run and folder:

* ``vnreader``        — ``AnnotationStore`` (journal + fsync per save; compaction included
  whenever it falls due), saves mixing add_span / update / add_tag / delete, each with its
  persistent undo entry; open = ``AnnotationStore(path)`` (read, check, index everything);
* ``TinyDB JSON``     — TinyDB 4.9 as shipped (``JSONStorage``), ``insert`` per save; fewer
  saves at large sizes because each rewrites the whole file (the count is printed);
  open = ``TinyDB(path)`` + reading the table;
* ``SQLite``          — one ``INSERT`` + ``COMMIT`` per save, WAL, ``synchronous=FULL``;
  open = connect + ``SELECT`` every row: the durable floor;
* ``append+fsync``    — appending 2 KB to a file and fdatasyncing it: the disk's floor,
  measured right after each of vnreader's saves, so under the same load (the disk is
  shared: other processes' fsyncs make every durable store slower at times);
* ``(no fdatasync)``  — vnreader's saves with the journal's ``fdatasync`` disabled: the
  save's own work, which shows whether it grows with the DB (it must not).

Prints a table with the targets (save p95 ≤ 5 ms at every size, open ≤ 1 s at 50,000).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from tinydb import TinyDB

from vnreader.store import AnnotationStore
from vnreader.store.model import Anchor, Annotation, new_id, now
from vnreader.store.schema import empty_state

SAVE_TARGET_MS = 5.0
OPEN_TARGET_S = 1.0
FLOOR_LINE = b"x" * 2047 + b"\n"
TEXT = (
    "Chiều 22/7, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã tiếp Đại sứ Nhật Bản tại Hà Nội. "
    "Hai bên trao đổi về hợp tác kinh tế, đầu tư và lao động; kim ngạch thương mại song "
    "phương đạt 39,6 tỷ USD trong năm 2021, theo số liệu của Tổng cục Hải quan. "
) * 3


def make_annotation(rng: random.Random, i: int) -> Annotation:
    stamp = now()
    article = f"article-{i % 5000}"
    if i % 3:
        start = rng.randrange(len(TEXT) - 40)
        anchor = Anchor.from_text(TEXT, start, start + rng.randrange(5, 40), "sha256:bench")
        return Annotation(new_id(), article, "span", stamp, stamp, "bench", label="PER",
                          note="ghi chú ngắn", anchor=anchor)  # fmt: skip
    return Annotation(new_id(), article, "tag", stamp, stamp, "bench", tag=f"thẻ {i % 97}")


def build_vnreader(path: Path, n: int, rng: random.Random) -> None:
    state = empty_state()
    state["annotations"] = {str(i + 1): make_annotation(rng, i).to_dict() for i in range(n)}
    path.write_text(json.dumps(state, ensure_ascii=False), encoding="utf-8")


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def timed(action: Callable[[], object]) -> float:
    t0 = time.perf_counter()
    action()
    return (time.perf_counter() - t0) * 1000


def bench_vnreader(
    folder: Path, n: int, saves: int, rng: random.Random, floor: list[float] | None = None
) -> dict[str, float]:
    """vnreader's figures; with *floor*, also an append+fdatasync of 2 KB after every save
    (into *floor*), so that the floor is measured under the same disk load as the saves."""
    path = folder / "vnreader.json"
    build_vnreader(path, n, rng)
    os.sync()  # measure saves, not the write-back of the set-up
    opens = []
    for _ in range(3):
        t0 = time.perf_counter()
        store = AnnotationStore(path)
        opens.append(time.perf_counter() - t0)
        store.close()
    store = AnnotationStore(path, author="bench")
    ids = [a.id for a in store]
    if floor is not None:
        floor_fd = os.open(folder / "floor.log", os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
    latencies: list[float] = []
    for i in range(saves):
        roll = rng.random()
        start = rng.randrange(len(TEXT) - 40)
        target = rng.choice(ids)
        t0 = time.perf_counter()
        if roll < 0.4:
            store.add_span(f"article-{i}", TEXT, "h", start, start + 20)
        elif roll < 0.75:
            store.update(target, note=f"sửa {i}")
        elif roll < 0.9:
            store.add_tag(f"article-{i}", f"thẻ mới {i}")
        else:
            store.delete(target)
        latencies.append((time.perf_counter() - t0) * 1000)
        if roll >= 0.9:
            ids.remove(target)
        if floor is not None:
            t0 = time.perf_counter()
            os.write(floor_fd, FLOOR_LINE)
            os.fdatasync(floor_fd)
            floor.append((time.perf_counter() - t0) * 1000)
    if floor is not None:
        os.close(floor_fd)
    compactions = store._storage.compactions if store._storage else 0
    close_ms = timed(store.close)
    return {
        "saves": saves,
        "median": statistics.median(latencies),
        "p95": percentile(latencies, 0.95),
        "max": max(latencies),
        "mean": statistics.fmean(latencies),
        "open": statistics.median(opens),
        "close": close_ms,
        "compactions": compactions,
        "size": path.stat().st_size,
    }


def bench_tinydb(folder: Path, n: int, saves: int, rng: random.Random) -> dict[str, float]:
    path = folder / "tinydb.json"
    data = {"annotations": {str(i + 1): make_annotation(rng, i).to_dict() for i in range(n)}}
    path.write_text(json.dumps(data), encoding="utf-8")
    os.sync()
    t0 = time.perf_counter()
    db = TinyDB(path)
    table = db.table("annotations")
    len(table)
    open_s = time.perf_counter() - t0
    latencies = []
    for i in range(saves):
        doc = make_annotation(rng, n + i).to_dict()
        t0 = time.perf_counter()
        table.insert(doc)
        latencies.append((time.perf_counter() - t0) * 1000)
    db.close()
    return {
        "saves": saves,
        "median": statistics.median(latencies),
        "p95": percentile(latencies, 0.95),
        "max": max(latencies),
        "mean": statistics.fmean(latencies),
        "open": open_s,
    }


def bench_sqlite(folder: Path, n: int, saves: int, rng: random.Random) -> dict[str, float]:
    path = folder / "sqlite.db"
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=FULL")
    con.execute("CREATE TABLE annotations (id TEXT PRIMARY KEY, doc TEXT NOT NULL)")
    con.execute("BEGIN")
    con.executemany(
        "INSERT INTO annotations VALUES (?, ?)",
        ((a.id, json.dumps(a.to_dict())) for a in (make_annotation(rng, i) for i in range(n))),
    )
    con.execute("COMMIT")
    con.close()
    os.sync()
    t0 = time.perf_counter()
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA synchronous=FULL")
    rows = con.execute("SELECT id, doc FROM annotations").fetchall()
    [json.loads(doc) for _, doc in rows]
    open_s = time.perf_counter() - t0
    latencies = []
    for i in range(saves):
        ann = make_annotation(rng, n + i)
        payload = json.dumps(ann.to_dict())
        t0 = time.perf_counter()
        con.execute("BEGIN")
        con.execute("INSERT INTO annotations VALUES (?, ?)", (ann.id, payload))
        con.execute("COMMIT")
        latencies.append((time.perf_counter() - t0) * 1000)
    con.close()
    return {
        "saves": saves,
        "median": statistics.median(latencies),
        "p95": percentile(latencies, 0.95),
        "max": max(latencies),
        "mean": statistics.fmean(latencies),
        "open": open_s,
    }


def summary(latencies: list[float], open_s: float = 0.0) -> dict[str, float]:
    return {
        "saves": len(latencies),
        "median": statistics.median(latencies),
        "p95": percentile(latencies, 0.95),
        "max": max(latencies),
        "mean": statistics.fmean(latencies),
        "open": open_s,
    }


def tinydb_saves(n: int, saves: int) -> int:
    return saves if n <= 1000 else max(20, min(saves, 500_000 // n))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,50000")
    parser.add_argument("--saves", type=int, default=1000)
    parser.add_argument("--dir", type=Path, help="folder for the files (default: a temp dir)")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    if args.dir:
        args.dir.mkdir(parents=True, exist_ok=True)
    base = Path(tempfile.mkdtemp(prefix="vnreader-bench-", dir=args.dir))
    rng = random.Random(1)
    rows: list[tuple[str, int, dict[str, float]]] = []
    verdicts: list[str] = []
    try:
        for n in sizes:
            folder = base / str(n)
            folder.mkdir()
            print(f"… {n:,} annotations", file=sys.stderr, flush=True)
            floor: list[float] = []
            ours = bench_vnreader(folder, n, args.saves, rng, floor)
            rows.append(("append+fsync", n, summary(floor)))
            rows.append(("vnreader", n, ours))
            real_fdatasync = os.fdatasync
            os.fdatasync = lambda fd: None  # the save's own work, without waiting for the disk
            try:
                cpu = bench_vnreader(folder, n, args.saves, rng)
            finally:
                os.fdatasync = real_fdatasync
            rows.append(("  (no fdatasync)", n, cpu))
            rows.append(
                ("TinyDB JSON", n, bench_tinydb(folder, n, tinydb_saves(n, args.saves), rng))
            )
            rows.append(("SQLite WAL FULL", n, bench_sqlite(folder, n, args.saves, rng)))
            ok_save = ours["p95"] <= SAVE_TARGET_MS
            ok_open = ours["open"] <= OPEN_TARGET_S
            verdicts.append(
                f"{n:>7,}: save p95 {ours['p95']:.2f} ms {'OK' if ok_save else 'MISSED'} "
                f"(target ≤ {SAVE_TARGET_MS:g} ms), open {ours['open'] * 1000:.0f} ms "
                f"{'OK' if ok_open else 'MISSED'} (target ≤ {OPEN_TARGET_S * 1000:.0f} ms), "
                f"max save {ours['max']:.0f} ms ({int(ours['compactions'])} compactions "
                f"during the saves), close {ours['close']:.0f} ms (folds the journal), "
                f"file {ours['size'] / 1e6:.1f} MB"
            )
    finally:
        shutil.rmtree(base, ignore_errors=True)
    print(f"\n{'store':<16} {'stored':>7} {'saves':>6} {'median ms':>10} {'p95 ms':>8} "
          f"{'mean ms':>8} {'max ms':>8} {'open ms':>8}")  # fmt: skip
    for name, n, r in rows:
        print(
            f"{name:<16} {n:>7,} {int(r['saves']):>6} {r['median']:>10.2f} {r['p95']:>8.2f} "
            f"{r['mean']:>8.2f} {r['max']:>8.1f} {r['open'] * 1000:>8.0f}"
        )
    print("\nvnreader against the targets:")
    for line in verdicts:
        print("  " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
