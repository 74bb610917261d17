"""The readable articles in list order, kept in memory: their ids and row ids.

A search with many hits (a common word matches most of a 200,000-article corpus) puts its
hits in list order by walking this order once (``itertools.compress``, at C speed) instead
of joining every hit to ``files`` and sorting in SQLite. It is read once and kept until the
``files`` table changes: every transaction of a refresh that writes ``files`` stores a new
token in ``meta`` (:func:`files_changed`), and a reader compares it with the token it read
before the rows (a change in between only makes it read them again).
"""

from __future__ import annotations

import os
import sqlite3
import threading
from dataclasses import dataclass

TOKEN_KEY = "files_token"


def files_changed(conn: sqlite3.Connection) -> None:
    """Mark the ``files`` table changed (inside the writing transaction)."""
    conn.execute(
        "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (TOKEN_KEY, os.urandom(8).hex())
    )


def files_token(conn: sqlite3.Connection) -> str | None:
    found = conn.execute("SELECT value FROM meta WHERE key = ?", (TOKEN_KEY,)).fetchone()
    return None if found is None else str(found[0])


@dataclass(frozen=True, slots=True)
class ListOrder:
    """``ids[i]`` is the article at list position *i*, ``rowids[i]`` its row id."""

    token: str | None
    ids: list[str]
    rowids: list[int]


class ListOrderCache:
    """The last :class:`ListOrder` read, for any thread."""

    def __init__(self) -> None:
        self._kept: ListOrder | None = None
        self._lock = threading.Lock()

    def get(self, conn: sqlite3.Connection) -> ListOrder:
        token = files_token(conn)
        kept = self._kept
        if kept is not None and token is not None and kept.token == token:
            return kept
        found = conn.execute(
            "SELECT id, article_id FROM files WHERE problem IS NULL ORDER BY ord"
        ).fetchall()
        return self.keep(token, [aid for _, aid in found], [rowid for rowid, _ in found])

    def keep(self, token: str | None, ids: list[str], rowids: list[int]) -> ListOrder:
        """Keep the order read (after *token*) by whoever read the rows anyway."""
        order = ListOrder(token, ids, rowids)
        with self._lock:
            self._kept = order
        return order

    def clear(self) -> None:
        with self._lock:
            self._kept = None
