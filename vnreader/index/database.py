"""The index file: an SQLite database (WAL) with a full-text table, one connection per thread.

Tables: ``meta`` (format version and corpus root), ``files`` (one row per file: stat, hash,
the list's columns, or the problem that kept it out; small rows, so listing and joining
are quick), ``bodies`` (the compressed article and analysis, same row id),
``mentions`` and ``figures`` (the analysis as rows, ``doc`` being the file's row id; see
:mod:`vnreader.index.facts`), ``entity_forms``, ``entity_keys``, ``entity_docs`` and
``doc_keys`` (what the views read instead, see :mod:`vnreader.index.fact_counts`),
``entity_groups``, ``name_words`` and ``surname_joins`` (the entities view's rows, see
:mod:`vnreader.index.entity_groups`) and
``fts``, an FTS5 table over the folded title and body. ``fts`` is contentless (the folded
text is not stored twice); a row is removed by giving FTS5 the same folded text again,
which is re-derived from the stored body. Each thread gets its own connection, so searches
and list reads run while a refresh writes in another thread (WAL readers see the last
commit).
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

# the values of a list passed as one JSON array parameter, whatever its length:
# f"key IN ({JSON_VALUES})" with json.dumps(keys)
JSON_VALUES = "SELECT value FROM json_each(?)"

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS files (
    id INTEGER PRIMARY KEY,
    path BLOB NOT NULL UNIQUE,
    ord INTEGER NOT NULL,
    article_id TEXT NOT NULL,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    hash TEXT NOT NULL,
    problem TEXT,
    title TEXT NOT NULL DEFAULT '',
    source TEXT,
    published TEXT,
    author TEXT,
    section TEXT,
    length INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS bodies (id INTEGER PRIMARY KEY, body BLOB NOT NULL, analysis BLOB);
CREATE INDEX IF NOT EXISTS files_article_id ON files (article_id);
CREATE INDEX IF NOT EXISTS files_ord ON files (ord);
CREATE TABLE IF NOT EXISTS mentions (
    doc INTEGER NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    text TEXT NOT NULL,
    label TEXT NOT NULL,
    key TEXT NOT NULL,
    sentence INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS mentions_doc ON mentions (doc, sentence);
CREATE INDEX IF NOT EXISTS mentions_key ON mentions (key, doc);
CREATE TABLE IF NOT EXISTS figures (
    id INTEGER PRIMARY KEY,
    doc INTEGER NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    text TEXT NOT NULL,
    value REAL,
    unit TEXT,
    category TEXT NOT NULL,
    approx TEXT,
    date TEXT,
    when_ TEXT,
    sentence INTEGER NOT NULL,
    context TEXT NOT NULL,
    folded TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS figures_doc ON figures (doc, sentence);
CREATE INDEX IF NOT EXISTS figures_category ON figures (category, unit);
CREATE INDEX IF NOT EXISTS figures_unit ON figures (unit);
CREATE INDEX IF NOT EXISTS figures_value ON figures (value);
CREATE TABLE IF NOT EXISTS entity_forms (
    key TEXT NOT NULL,
    label TEXT NOT NULL,
    text TEXT NOT NULL,
    mentions INTEGER NOT NULL,
    articles INTEGER NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS entity_forms_key ON entity_forms (key, text);
CREATE TABLE IF NOT EXISTS entity_keys (
    key TEXT PRIMARY KEY,
    label TEXT NOT NULL,
    mentions INTEGER NOT NULL,
    articles INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS entity_docs (
    key TEXT NOT NULL,
    doc INTEGER NOT NULL,
    label TEXT NOT NULL,
    PRIMARY KEY (key, doc)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS entity_docs_doc ON entity_docs (doc, key, label);
CREATE TABLE IF NOT EXISTS doc_keys (doc INTEGER PRIMARY KEY, keys TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS entity_groups (
    key TEXT PRIMARY KEY,
    label TEXT NOT NULL,
    name TEXT NOT NULL,
    sortname TEXT NOT NULL,
    folded TEXT NOT NULL,
    mentions INTEGER NOT NULL,
    articles INTEGER NOT NULL,
    forms TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS name_words (
    word TEXT NOT NULL,
    key TEXT NOT NULL,
    role INTEGER NOT NULL,
    PRIMARY KEY (word, key, role)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS name_words_key ON name_words (key);
CREATE TABLE IF NOT EXISTS surname_joins (key TEXT PRIMARY KEY, target TEXT NOT NULL) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS surname_joins_target ON surname_joins (target);
CREATE VIRTUAL TABLE IF NOT EXISTS fts USING fts5(
    title, body, content='', tokenize='unicode61 remove_diacritics 0'
);
"""

BUSY_TIMEOUT_MS = 10_000


class Database:
    """The index file and its per-thread connections."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._local = threading.local()
        self._all: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        self.closed = False

    def connect(self) -> sqlite3.Connection:
        """This thread's connection (opened on first use)."""
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is not None:
            return conn
        if self.closed:
            raise sqlite3.ProgrammingError("the corpus index is closed")
        conn = sqlite3.connect(
            self.path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False
        )
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA synchronous = OFF")  # a cache: a damaged index is rebuilt
        conn.execute("PRAGMA cache_size = -16000")  # 16 MB per connection
        conn.execute("PRAGMA wal_autocheckpoint = 8000")  # 32 MB: fewer, larger checkpoints
        conn.execute("PRAGMA journal_size_limit = 67108864")
        self._local.conn = conn
        with self._lock:
            self._all.append(conn)
        return conn

    def create(self) -> None:
        conn = self.connect()
        conn.execute("PRAGMA journal_mode = WAL")
        conn.executescript(SCHEMA)

    def meta(self) -> dict[str, str]:
        rows = self.connect().execute("SELECT key, value FROM meta").fetchall()
        return {str(k): str(v) for k, v in rows}

    def set_meta(self, **values: str) -> None:
        self.connect().executemany(
            "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", values.items()
        )

    def close(self) -> None:
        self.closed = True
        with self._lock:
            conns, self._all = self._all, []
        for conn in conns:
            with contextlib.suppress(sqlite3.Error):
                conn.close()
        self._local = threading.local()


@contextlib.contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[None]:
    """One write transaction (the connections are in autocommit mode otherwise)."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
