"""Filling in the stored analysis of every indexed article that has none yet, in workers.

A refresh stores the cleaned articles; their analysis (entities, figures) is made on demand
(:meth:`CorpusIndex.analysis`) or for all at once here, for ``vnreader analyze FOLDER`` and
the exports. Bodies are handed to the workers in chunks read lazily, so memory stays bounded.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from vnreader.analysis import analyze
from vnreader.index import fact_counts
from vnreader.index.codec import decode_article, encode_analysis
from vnreader.index.database import transaction
from vnreader.index.facts import Facts, fact_rows, store_facts
from vnreader.index.model import IndexProgress
from vnreader.index.workers import batches, map_chunks

CHUNK = 32  # articles handed to a worker at once
# articles written (and counted) in one transaction at most, and the longest wait for one:
# counting a batch of 256 costs about half as much per article as one of 32
BATCH = 256
BATCH_SECONDS = 1.0
# stored only if the file was not re-read meanwhile (same hash)
STORE_ANALYSIS = (
    "UPDATE bodies SET analysis = ? WHERE id = ?"
    " AND EXISTS (SELECT 1 FROM files WHERE id = ? AND hash = ?)"
)

Task = tuple[int, str, bytes]  # row, file hash, compressed body
Result = tuple[int, str, bytes, Facts]  # row, file hash, compressed analysis, its rows


def store_analysis(
    conn: sqlite3.Connection,
    rowid: int,
    digest: str,
    blob: bytes,
    facts: Facts,
    *,
    count: bool = True,
) -> bool:
    """Store an article's analysis and its rows, unless the file was re-read meanwhile
    (then False); *count* as for :func:`store_facts`."""
    if conn.execute(STORE_ANALYSIS, (blob, rowid, rowid, digest)).rowcount:
        store_facts(conn, rowid, facts, count=count)
        return True
    return False


def analyse_bodies(tasks: list[Task]) -> list[Result]:
    """The pure function the workers run: each body's analysis, encoded."""
    results = []
    for rowid, digest, body in tasks:
        text = decode_article(
            body,
            article_id="",
            path=Path(),
            title="",
            source=None,
            published=None,
            author=None,
            section=None,
        ).text
        found = analyze(text)
        results.append((rowid, digest, encode_analysis(found, text), fact_rows(text, found)))
    return results


def analyse_missing(
    conn: sqlite3.Connection,
    *,
    progress: Callable[[IndexProgress], None] | None = None,
    cancel: threading.Event | None = None,
    processes: int | None = None,
    live: bool = False,
) -> int:
    """Analyse the articles without a stored analysis; returns how many were done.

    The results are written a batch at a time (:data:`BATCH` articles, or what came in
    :data:`BATCH_SECONDS`), *progress* told after each. With *live*, what the views read
    (:mod:`vnreader.index.fact_counts`: the entity counts, the figures' words and indexes,
    made at the start if missing) is kept up to date batch by batch, so that a view shows
    what is analysed so far, and a cancelled analysis leaves it ready; without it, a large
    analysis has them rebuilt once at its end (quicker)."""
    missing = [
        (rowid, digest)
        for rowid, digest in conn.execute(
            "SELECT id, hash FROM files JOIN bodies USING (id)"
            " WHERE problem IS NULL AND analysis IS NULL ORDER BY ord"
        )
    ]

    def chunks() -> Iterator[list[Task]]:
        for i in range(0, len(missing), CHUNK):
            part = missing[i : i + CHUNK]
            marks = ",".join("?" * len(part))
            found = dict(
                conn.execute(
                    f"SELECT id, body FROM bodies WHERE id IN ({marks})", [r for r, _ in part]
                )
            )
            yield [(rowid, digest, found[rowid]) for rowid, digest in part if rowid in found]

    if live:  # counted, and the figures' words and indexes kept, from here on, batch by batch
        fact_counts.prepare(conn, empty=True)
    elif len(missing) >= fact_counts.BULK:
        with transaction(conn):
            fact_counts.mark_stale(conn)  # rebuilt once at the end, not article by article
    done = 0
    started = time.perf_counter()
    results = map_chunks(
        analyse_bodies, chunks(), items=len(missing), processes=processes, cancel=cancel
    )
    for batch in batches(results, size=BATCH, seconds=BATCH_SECONDS):
        with transaction(conn):
            stored = [
                rowid
                for rowid, digest, blob, facts in batch
                if store_analysis(conn, rowid, digest, blob, facts, count=False)
            ]
            fact_counts.add_docs(conn, stored)
        done += len(batch)
        if progress is not None:
            rate = done / max(time.perf_counter() - started, 1e-6)
            progress(IndexProgress(done, len(missing), rate))
    if cancel is None or not cancel.is_set():
        fact_counts.prepare(conn)  # the views' counts, so the first view opens at once
    return done
