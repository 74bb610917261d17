"""Searching the index: whole folded syllables, all required, phrases first, then titles.

Order of the hits: articles holding an unquoted query of several syllables as a phrase
("bui thanh son", the name) first, then those matching in the title, then by relevance
(BM25, a title match weighing ten times a body match), then in list order.

BM25 costs a few microseconds per hit, so above :data:`RANKED_HITS` hits (a word found in
a third of a 35,000-article corpus) the hits within each of those groups keep the list
order instead. Then SQLite only lists row ids (``group_concat``: one string, not a row per
hit); the groups are put in list order in Python by one walk of the kept list order
(:mod:`vnreader.index.list_order`) with ``itertools.compress``, with no join of every hit
to ``files`` and no sort: at 200,000 articles a common word's 200,000 hits cost about a
third of what the join and the sort cost.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from itertools import compress

from vnreader.index.list_order import ListOrder
from vnreader.index.query import parse

TITLE_WEIGHT = 10.0
RANKED_HITS = 10_000


def search_ids(
    conn: sqlite3.Connection,
    text: str,
    limit: int | None,
    list_order: Callable[[], ListOrder],
) -> list[str] | None:
    """The ranked ids of the articles matching *text*; None when it holds no word at all.
    *list_order* gives the list order (called only for a search of many hits)."""
    query = parse(text)
    if not query.match:
        return None
    try:
        hits = _rowids(conn, query.match)
        if len(hits) <= RANKED_HITS:
            return _ranked(conn, query.match, [query.phrase, query.title], limit)
        phrase = _rowids(conn, query.phrase) if query.phrase is not None else set()
        title = _rowids(conn, query.title) if query.title is not None else set()
    except sqlite3.OperationalError as exc:
        return _fts_error(exc)
    order = list_order()
    found: list[str] = []
    both = phrase & title
    for group in (both, phrase - both, title - both, hits - phrase - title):
        if group:
            found.extend(compress(order.ids, map(group.__contains__, order.rowids)))
            if limit is not None and len(found) >= limit:
                break
    return found if limit is None else found[: max(0, limit)]


def _rowids(conn: sqlite3.Connection, match: str) -> set[str]:
    """The row ids (as text) of the articles matching *match*."""
    (joined,) = conn.execute(
        "SELECT group_concat(rowid) FROM fts WHERE fts MATCH ?", (match,)
    ).fetchone()
    return set(joined.split(",")) if joined else set()


def _ranked(
    conn: sqlite3.Connection, match: str, extras: list[str | None], limit: int | None
) -> list[str]:
    """Few hits: phrase and title groups, then BM25, then list order, all in SQLite."""
    params: list[str | int] = [match]
    ranks = []
    for extra in extras:
        if extra is not None:
            ranks.append("(h.r IN (SELECT rowid FROM fts WHERE fts MATCH ?)) DESC")
            params.append(extra)
    sql = (
        "SELECT f.article_id FROM"
        f" (SELECT rowid AS r, bm25(fts, {TITLE_WEIGHT}, 1.0) AS score"
        " FROM fts WHERE fts MATCH ?) AS h"
        " JOIN files AS f ON f.id = h.r"
        f" ORDER BY {', '.join([*ranks, 'h.score', 'f.ord'])}"
    )
    if limit is not None:
        sql += " LIMIT ?"
        params.append(max(0, limit))
    return [aid for (aid,) in conn.execute(sql, params)]


def _fts_error(exc: sqlite3.OperationalError) -> list[str]:
    if str(exc).startswith("fts5:"):  # never for a parsed query; a user never sees it
        return []
    raise exc
