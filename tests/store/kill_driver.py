"""Kill test driver: a child streams saves; the parent SIGKILLs it and checks the DB.

The child (``python kill_driver.py child DB SEED COMPACT_EVERY``) opens the store, prints
``READY``, then loops over random adds, updates and deletes. Before each call it prints
``W <id>`` (``W -`` for an add) and after the call returned ``OK <id> <record json|null>``:
an ``OK`` line is a confirmed save. The parent kills it at a random moment, then checks that
the main file is still valid JSON and that the store opens holding exactly every confirmed
save (the one call in flight may or may not have happened). Used by
``tests/store/test_kill.py`` (≥ 50 kills) and ``benchmarks/kill_test.py`` (≥ 500).

With *sabotage*, another "program" also breaks the files while the child saves, before the
kill: ``damage`` overwrites one byte of the journal, ``unlock`` removes the lock file,
``replace`` replaces the DB by a copy of itself (a sync tool: copy, then rename). The child
notices at its next save (a lost lock or a replaced file stops its saving: it prints
``STOP`` and waits), and the check is the same: every confirmed save is in the reopened DB.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve()
TEXT = (
    "Chiều 22/7, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã tiếp Đại sứ Nhật Bản tại Hà Nội. "
    "Hai bên trao đổi về hợp tác kinh tế, đầu tư và lao động trong năm 2021."
)


def child(db: str, seed: int, compact_every: int) -> None:
    """Save forever; with *compact_every* > 0, also fold the journal after every N saves.
    When saving stops (the lock was lost, the DB replaced), print STOP and wait."""
    from vnreader.store import StoreError

    try:
        _save_forever(db, seed, compact_every)
    except StoreError as exc:
        sys.stdout.write(f"STOP {exc}\n")
        sys.stdout.flush()
        time.sleep(3600)


def _save_forever(db: str, seed: int, compact_every: int) -> None:
    from vnreader.store import AnnotationStore

    rng = random.Random(seed)
    out = sys.stdout
    store = AnnotationStore(db, author="kill")
    out.write("READY\n")
    out.flush()
    saves = 0
    while True:
        saves += 1
        if compact_every and saves % compact_every == 0:
            store.compact()
        ids = [a.id for a in store]
        roll = rng.random()
        if not ids or roll < 0.45:
            out.write("W -\n")
            out.flush()
            article = f"a{rng.randrange(30)}"
            if rng.random() < 0.5:
                ann = store.add_tag(article, f"thẻ {rng.randrange(10**6)}")
            else:
                start = rng.randrange(len(TEXT) - 20)
                end = start + rng.randrange(1, 20)
                if not TEXT[start:end].strip():
                    end = start + 20  # a span of spaces alone is refused
                ann = store.add_span(article, TEXT, "h", start, end)
            if ann is None:
                out.write("OK - null\n")
            else:
                out.write(f"OK {ann.id} {json.dumps(ann.to_dict(), ensure_ascii=False)}\n")
        elif roll < 0.8:
            target = rng.choice(ids)
            out.write(f"W {target}\n")
            out.flush()
            ann = store.update(target, note=f"ghi chú {rng.randrange(10**6)}")
            out.write(f"OK {ann.id} {json.dumps(ann.to_dict(), ensure_ascii=False)}\n")
        else:
            target = rng.choice(ids)
            out.write(f"W {target}\n")
            out.flush()
            store.delete(target)
            out.write(f"OK {target} null\n")
        out.flush()


@dataclass
class KillStats:
    kills: int = 0
    confirmed: int = 0
    in_flight_applied: int = 0
    temp_files_left: int = 0  # killed in the middle of an atomic replace (compaction)
    journals_pending: int = 0  # killed with saves only in the journal
    sabotaged: dict[str, int] = field(default_factory=dict)  # kind -> rounds
    stopped: int = 0  # children that noticed the sabotage and stopped saving
    kept_aside: int = 0  # journals kept as .journal.corrupt-* on reopen
    failures: list[str] = field(default_factory=list)


def _reader(stream: Any, lines: list[str], ready: threading.Event) -> None:
    for raw in stream:
        line = raw.decode("utf-8", "replace").rstrip("\n")
        lines.append(line)
        if line == "READY":
            ready.set()
    ready.set()


def _apply(lines: list[str], expected: dict[str, dict[str, Any]]) -> tuple[str | None, int]:
    """Fold confirmed lines into *expected*; return the id in flight ('-' = an add) or None."""
    in_flight: str | None = None
    confirmed = 0
    for line in lines:
        if line.startswith("W "):
            in_flight = line[2:]
        elif line.startswith("OK "):
            ann_id, _, payload = line[3:].partition(" ")
            # Only a complete line is a confirmation: the JSON must parse.
            try:
                record = json.loads(payload)
            except ValueError:
                break
            in_flight = None
            confirmed += 1
            if ann_id == "-":
                continue
            if record is None:
                expected.pop(ann_id, None)
            else:
                expected[ann_id] = record
    return in_flight, confirmed


def check_once(
    db: Path,
    expected: dict[str, dict[str, Any]],
    rng: random.Random,
    compact_every: int,
    stats: KillStats,
    sabotage: str | None = None,
) -> None:
    """Run one child, kill it, check the DB; updates *expected* to the DB's state."""
    from vnreader.store import AnnotationStore

    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
    seed = str(rng.randrange(10**9))
    proc = subprocess.Popen(
        [sys.executable, str(HERE), "child", str(db), seed, str(compact_every)],
        stdout=subprocess.PIPE,
        env=env,
    )
    lines: list[str] = []
    ready = threading.Event()
    reader = threading.Thread(target=_reader, args=(proc.stdout, lines, ready), daemon=True)
    reader.start()
    if sabotage is not None:
        ready.wait(timeout=20)
        time.sleep(rng.uniform(0.0, 0.08))
        _sabotage(db, sabotage, rng)
        stats.sabotaged[sabotage] = stats.sabotaged.get(sabotage, 0) + 1
        time.sleep(rng.uniform(0.0, 0.08))
    elif rng.random() < 0.15:
        time.sleep(rng.uniform(0.0, 0.3))  # sometimes while opening / recovering
    else:
        ready.wait(timeout=20)
        time.sleep(rng.uniform(0.0, 0.12))
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    reader.join(timeout=10)
    stats.kills += 1
    stats.stopped += any(line.startswith("STOP ") for line in lines)
    in_flight, confirmed = _apply(lines, expected)
    stats.confirmed += confirmed
    if not db.exists():
        if expected:
            stats.failures.append(f"kill {stats.kills}: DB file missing")
        return
    raw = db.read_bytes()
    if raw:
        try:
            json.loads(raw.decode("utf-8"))  # plain TinyDB can always read the main file
        except ValueError as exc:
            stats.failures.append(f"kill {stats.kills}: main file unreadable ({exc})")
    if any(p.name.startswith(f".{db.name}.tmp-") for p in db.parent.iterdir()):
        stats.temp_files_left += 1
    journal = db.with_name(db.name + ".journal")
    if journal.exists() and journal.stat().st_size > 100:
        stats.journals_pending += 1
    kept_before = len(list(db.parent.glob(f"{db.name}.journal.corrupt-*")))
    with AnnotationStore(db) as store:
        actual = {a.id: a.to_dict() for a in store}
        if any(p.name.startswith(f".{db.name}.tmp-") for p in db.parent.iterdir()):
            stats.failures.append(f"kill {stats.kills}: temporary file not cleaned up")
    stats.kept_aside += len(list(db.parent.glob(f"{db.name}.journal.corrupt-*"))) - kept_before
    extra = set(actual) - set(expected)
    for ann_id in set(expected) | set(actual):
        if ann_id == in_flight:
            continue
        if in_flight == "-" and ann_id in extra and len(extra) == 1:
            continue
        if actual.get(ann_id) != expected.get(ann_id):
            stats.failures.append(
                f"kill {stats.kills}: {ann_id} expected {expected.get(ann_id)} "
                f"got {actual.get(ann_id)}"
            )
    if in_flight is not None and actual != expected:
        stats.in_flight_applied += 1
    expected.clear()
    expected.update(actual)


def _sabotage(db: Path, kind: str, rng: random.Random) -> None:
    """What another program does to the files while vnreader runs."""
    if kind == "damage":
        journal = db.with_name(db.name + ".journal")
        try:
            with open(journal, "r+b") as f:
                size = f.seek(0, os.SEEK_END)
                if size > 1:
                    at = rng.randrange(size - 1)  # never the very last byte (that is a torn save)
                    f.seek(at)
                    old = f.read(1)
                    f.seek(at)
                    f.write(bytes([old[0] ^ (1 << rng.randrange(8))]))
        except FileNotFoundError:
            pass
    elif kind == "unlock":
        db.with_name(db.name + ".lock").unlink(missing_ok=True)
    elif kind == "replace":
        copy = db.with_name(db.name + ".sync-copy")
        copy.write_bytes(db.read_bytes())
        os.replace(copy, db)


SABOTAGE = ("damage", "unlock", "replace")


def run(db: Path, kills: int, seed: int = 0, sabotage: bool = False) -> KillStats:
    """*kills* rounds; every other child folds its journal every 1-3 saves (compaction path).
    With *sabotage*, each round's files are also broken by "another program" (see the module
    doc), in turn; a DB is replaced only while its child does not compact on purpose (a sync
    tool copying the file while vnreader replaces it would copy the older content)."""
    rng = random.Random(seed)
    stats = KillStats()
    expected: dict[str, dict[str, Any]] = {}
    for i in range(kills):
        compact_every = rng.randrange(1, 4) if i % 2 else 0
        kind = SABOTAGE[i % len(SABOTAGE)] if sabotage else None
        if kind == "replace":
            compact_every = 0
        check_once(db, expected, rng, compact_every, stats, kind)
    return stats


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == "child":
        child(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]))
