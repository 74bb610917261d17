"""Searching the index: whole folded syllables, all required, phrases first, then titles.

Order of the hits: articles holding an unquoted query of several syllables as a phrase
("bui thanh son", the name) first, then those matching in the title, then by relevance
(BM25, a title match weighing ten times a body match), then in list order.

BM25 costs a few microseconds per hit, so above :data:`RANKED_HITS` hits (a word found in
a third of a 35,000-article corpus) the hits within each of those groups keep the list
order instead: the search stays under 100 ms, and the phrase and title groups still come
first.
"""

from __future__ import annotations

import sqlite3

from vnreader.index.query import parse

TITLE_WEIGHT = 10.0
RANKED_HITS = 10_000


def search_ids(conn: sqlite3.Connection, text: str, limit: int | None) -> list[str] | None:
    """The ranked ids of the articles matching *text*; None when it holds no word at all."""
    query = parse(text)
    if not query.match:
        return None
    params: list[str | int] = [query.match]
    ranks = []
    for extra in (query.phrase, query.title):
        if extra is not None:
            ranks.append("(h.r IN (SELECT rowid FROM fts WHERE fts MATCH ?)) DESC")
            params.append(extra)
    try:
        count = conn.execute(
            "SELECT count(*) FROM (SELECT rowid FROM fts WHERE fts MATCH ? LIMIT ?)",
            (query.match, RANKED_HITS + 1),
        ).fetchone()[0]
    except sqlite3.OperationalError as exc:
        return _fts_error(exc)
    score = f"bm25(fts, {TITLE_WEIGHT}, 1.0)" if count <= RANKED_HITS else "0"
    sql = (
        "SELECT f.article_id FROM"
        f" (SELECT rowid AS r, {score} AS score FROM fts WHERE fts MATCH ?) AS h"
        " JOIN files AS f ON f.id = h.r"
        f" ORDER BY {', '.join([*ranks, 'h.score', 'f.ord'])}"
    )
    if limit is not None:
        sql += " LIMIT ?"
        params.append(max(0, limit))
    try:
        return [aid for (aid,) in conn.execute(sql, params)]
    except sqlite3.OperationalError as exc:
        return _fts_error(exc)


def _fts_error(exc: sqlite3.OperationalError) -> list[str]:
    if str(exc).startswith("fts5:"):  # never for a parsed query; a user never sees it
        return []
    raise exc
