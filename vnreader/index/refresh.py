"""Bringing an index up to date with the files: plan, ingest in workers, write in batches.

The plan compares the files found (the rules and ids of :mod:`vnreader.corpus.loader`) with
the stored rows: same size and time means unchanged; anything else is handed to
:func:`vnreader.index.records.index_files` with the stored hash, so a file whose bytes did
not change is not cleaned again. Rows of files that went away are dropped first; then the
records are written as they come back, one transaction per batch, so what a cancelled
refresh did stays and the next refresh continues from there. The counts the corpus-wide
views read are kept up to date batch by batch as articles are written, or, after a bulk
write, rebuilt at the end of the refresh (:mod:`vnreader.index.fact_counts`).
"""

from __future__ import annotations

import os
import sqlite3
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from vnreader.analysis.fold import fold
from vnreader.corpus.loader import article_ids, find_file_names
from vnreader.index import fact_counts
from vnreader.index.codec import decode_article
from vnreader.index.database import Database, transaction
from vnreader.index.facts import forget_facts, store_facts
from vnreader.index.layout import Layout
from vnreader.index.list_order import files_changed
from vnreader.index.model import ArticleRow, IndexProgress, RefreshReport
from vnreader.index.records import FileRecord, FileTask, index_files
from vnreader.index.workers import batches, map_chunks

CHUNK_FILES = 32  # files per task handed to a worker process
COMMIT_SECONDS = 1.0  # commit (and report progress) at least this often
FIRST_COMMIT_SECONDS = 0.2  # the first rows reach the list sooner
COMMIT_FILES = 2000
OPTIMIZE_AFTER = 2000  # merge the full-text segments after writing this many files

ProgressFn = Callable[[IndexProgress], None]
_COLUMNS = (
    "ord",
    "article_id",
    "size",
    "mtime_ns",
    "hash",
    "problem",
    "title",
    "source",
    "published",
    "author",
    "section",
    "length",
)
_INSERT = f"INSERT INTO files (path, {', '.join(_COLUMNS)}) VALUES (?{', ?' * len(_COLUMNS)})"
_UPDATE = f"UPDATE files SET {', '.join(f'{c} = ?' for c in _COLUMNS)} WHERE id = ?"


@dataclass
class _Stored:
    rowid: int
    order: int
    article_id: str
    size: int
    mtime_ns: int
    hash: str
    ok: bool


@dataclass
class _Plan:
    files: int = 0
    tasks: list[FileTask] = field(default_factory=list)
    rowids: dict[int, int] = field(default_factory=dict)  # task order -> stored row
    keys: dict[int, bytes] = field(default_factory=dict)  # task order -> path key (new files)
    relabel: list[tuple[int, str, int]] = field(default_factory=list)  # order, id, row
    removed: list[_Stored] = field(default_factory=list)
    unchanged: int = 0


@dataclass
class Options:
    progress: ProgressFn | None = None
    cancel: threading.Event | None = None
    processes: int | None = None
    analyse: bool = False


def refresh(db: Database, layout: Layout, options: Options) -> tuple[RefreshReport, int]:
    """Update the index of *layout*'s files; returns the report and how many files exist.

    Raises :class:`vnreader.corpus.CorpusError` when the root is missing or holds no file.
    """
    files = find_file_names(layout.root, follow_links=layout.follow_links)
    conn = db.connect()
    plan = _plan(conn, layout, files, article_ids(layout.root, files))
    report = RefreshReport(removed=len(plan.removed), unchanged=plan.unchanged)
    report.problems = list(files.skipped)  # links out of the corpus, unreadable folders
    with transaction(conn):
        for old in plan.removed:
            if old.ok:
                forget_text(conn, old.rowid)
            conn.execute("DELETE FROM files WHERE id = ?", (old.rowid,))
            conn.execute("DELETE FROM bodies WHERE id = ?", (old.rowid,))
            forget_facts(conn, old.rowid)
        conn.executemany("UPDATE files SET ord = ?, article_id = ? WHERE id = ?", plan.relabel)
        if plan.removed or plan.relabel:
            files_changed(conn)
    if len(plan.tasks) >= fact_counts.BULK:
        with transaction(conn):
            fact_counts.mark_stale(conn)  # rebuilt once at the end, not article by article
    _Writer(conn, plan, report, options).run()
    if not report.cancelled:
        if report.added + report.changed >= OPTIMIZE_AFTER:
            conn.execute("INSERT INTO fts (fts) VALUES ('optimize')")
        fact_counts.prepare(conn)  # the views' counts, so the first view opens at once
    return report, len(files)


def _plan(conn: sqlite3.Connection, layout: Layout, files: list[str], ids: list[str]) -> _Plan:
    # the rows as SQLite gives them (path, row id, order, article id, size, mtime_ns, hash,
    # ok): 200,000 of them are read at every open
    found = conn.execute(
        "SELECT path, id, ord, article_id, size, mtime_ns, hash, problem IS NULL FROM files"
    )
    stored: dict[bytes, tuple[bytes, int, int, str, int, int, str, bool]] = {
        row[0]: row for row in found
    }
    plan = _Plan(files=len(files))
    key_of, stat, pop = layout.key, os.stat, stored.pop
    for order, (file, article_id) in enumerate(zip(files, ids, strict=True)):
        key = key_of(file)
        old = pop(key, None)
        if old is None:
            plan.tasks.append(FileTask(order, file, article_id))
            plan.keys[order] = key
            continue
        _key, rowid, old_order, old_id, size, mtime_ns, digest, _ok = old
        if old_order != order or old_id != article_id:
            plan.relabel.append((order, article_id, rowid))
        try:
            info = stat(file)
            same = info.st_size == size and info.st_mtime_ns == mtime_ns
        except OSError:
            same = False
        if same:
            plan.unchanged += 1
        else:
            plan.tasks.append(FileTask(order, file, article_id, digest))
            plan.rowids[order] = rowid
    plan.removed = [_Stored(*values[1:]) for values in stored.values()]
    return plan


class _Writer:
    """Runs the plan's tasks in workers and writes their records in batches."""

    def __init__(
        self, conn: sqlite3.Connection, plan: _Plan, report: RefreshReport, options: Options
    ) -> None:
        self.conn = conn
        self.plan = plan
        self.report = report
        self.options = options
        self.tasks = {task.order: task for task in plan.tasks}
        self.done = 0
        self.started = time.perf_counter()

    def run(self) -> None:
        tasks = self.plan.tasks
        chunks = [tasks[i : i + CHUNK_FILES] for i in range(0, len(tasks), CHUNK_FILES)]
        work = partial(index_files, analyse=self.options.analyse)
        if self.options.progress is not None:
            self.options.progress(IndexProgress(0, len(tasks), 0.0))
        opts = self.options
        results = map_chunks(
            work, chunks, items=len(tasks), processes=opts.processes, cancel=opts.cancel
        )
        for batch in batches(
            results, size=COMMIT_FILES, seconds=COMMIT_SECONDS, first_seconds=FIRST_COMMIT_SECONDS
        ):
            self.flush(batch)
        self.report.cancelled = self.done < len(tasks)

    def flush(self, batch: list[FileRecord]) -> None:
        new_rows: list[ArticleRow] = []
        analysed: list[int] = []  # the rows whose analysis was stored, counted together
        with transaction(self.conn):
            for record in batch:
                row = self.store(record, self.tasks[record.order], analysed)
                if row is not None:
                    new_rows.append(row)
            fact_counts.add_docs(self.conn, analysed)
            if batch:
                files_changed(self.conn)
        self.done += len(batch)
        if self.options.progress is not None:
            rate = self.done / max(time.perf_counter() - self.started, 1e-6)
            total = len(self.plan.tasks)
            self.options.progress(IndexProgress(self.done, total, rate, tuple(new_rows)))

    def store(self, record: FileRecord, task: FileTask, analysed: list[int]) -> ArticleRow | None:
        """Write a file's record; the row of an analysis stored goes to *analysed*, for the
        batch's counts (:func:`.fact_counts.add_docs`)."""
        conn, report = self.conn, self.report
        rowid = self.plan.rowids.get(record.order)
        if record.same and rowid is not None:
            conn.execute(
                "UPDATE files SET size = ?, mtime_ns = ? WHERE id = ?",
                (record.size, record.mtime_ns, rowid),
            )
            report.unchanged += 1
            return None
        values = (
            task.order,
            task.article_id,
            record.size,
            record.mtime_ns,
            record.hash,
            record.problem,
            *record.listed(),
        )
        if rowid is None:
            cursor = conn.execute(_INSERT, (self.plan.keys[record.order], *values))
            assert cursor.lastrowid is not None
            rowid = cursor.lastrowid
            report.added += 1
        else:
            forget_text(conn, rowid)
            forget_facts(conn, rowid)
            conn.execute(_UPDATE, (*values, rowid))
            report.changed += 1
        if record.problem is not None:
            conn.execute("DELETE FROM bodies WHERE id = ?", (rowid,))
            return None
        conn.execute(
            "INSERT OR REPLACE INTO bodies (id, body, analysis) VALUES (?, ?, ?)",
            (rowid, record.body, record.analysis),
        )
        if record.facts is not None:
            store_facts(conn, rowid, record.facts, count=False)
            analysed.append(rowid)
        conn.execute(
            "INSERT INTO fts (rowid, title, body) VALUES (?, ?, ?)",
            (rowid, record.folded_title, record.folded_body),
        )
        return ArticleRow(task.article_id, task.path, *record.listed())


def forget_text(conn: sqlite3.Connection, rowid: int) -> None:
    """Take a row out of the contentless full-text table (FTS5 needs its folded text)."""
    found = conn.execute(
        "SELECT title, body FROM files JOIN bodies USING (id) WHERE id = ? AND problem IS NULL",
        (rowid,),
    ).fetchone()
    if found is None:
        return
    title, body = found
    article = decode_article(
        body,
        article_id="",
        path=Path(),
        title=title,
        source=None,
        published=None,
        author=None,
        section=None,
    )
    conn.execute(
        "INSERT INTO fts (fts, rowid, title, body) VALUES ('delete', ?, ?, ?)",
        (rowid, fold(title), fold(article.text)),
    )
