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
from typing import TYPE_CHECKING

from vnreader.index.list_order import ListOrder
from vnreader.index.query import parse

if TYPE_CHECKING:
    from concurrent.futures import Future

TITLE_WEIGHT = 10.0
RANKED_HITS = 10_000


Beside = Callable[[str], "Future[set[int]]"]


def search_ids(
    conn: sqlite3.Connection,
    text: str,
    limit: int | None,
    list_order: Callable[[], ListOrder],
    beside: Beside | None = None,
) -> list[str] | None:
    """The ranked ids of the articles matching *text*; None when it holds no word at all.
    *list_order* gives the list order (called only for a search of many hits); *beside*,
    when given, runs :func:`rowids_matching` of a match in another thread, on its own
    connection: the phrase (the costliest part, positions compared in every hit) is then
    looked up while this thread finds the hits (SQLite lets go of the GIL)."""
    query = parse(text)
    if not query.match:
        return None
    phrase_found = None
    if beside is not None and query.phrase is not None:
        phrase_found = beside(query.phrase)
    try:
        hits = rowids_matching(conn, query.match)
        if len(hits) <= RANKED_HITS:
            return _ranked(conn, query.match, [query.phrase, query.title], limit)
        title = rowids_matching(conn, query.title) if query.title is not None else set()
        if phrase_found is not None:
            phrase = phrase_found.result()
        elif query.phrase is not None:
            phrase = rowids_matching(conn, query.phrase)
        else:
            phrase = set()
    except sqlite3.OperationalError as exc:
        return _fts_error(exc)
    return _in_list_order(list_order(), hits, phrase, title, limit)


def _in_list_order(
    order: ListOrder, hits: set[int], phrase: set[int], title: set[int], limit: int | None
) -> list[str]:
    """The hits in four groups (phrase and title, phrase, title, the rest), each in list
    order. Every step runs at C speed: one walk of the list order picks the hits, then a
    0/1 byte per hit says whether it is in the phrase (title) hits, and the groups are
    those bytes combined as integers, so no Python code runs per hit."""
    pick = bytes(map(hits.__contains__, order.rowids))
    ids = list(compress(order.ids, pick))
    if phrase or title:
        rowids = list(compress(order.rowids, pick))
        in_phrase = int.from_bytes(bytes(map(phrase.__contains__, rowids)), "little")
        in_title = int.from_bytes(bytes(map(title.__contains__, rowids)), "little")
        every = int.from_bytes(b"\x01" * len(ids), "little")
        both = in_phrase & in_title
        groups = (both, in_phrase ^ both, in_title ^ both, every ^ (in_phrase | in_title))
        found: list[str] = []
        for group in groups:
            if group:
                found.extend(compress(ids, group.to_bytes(len(ids), "little")))
            if limit is not None and len(found) >= limit:
                break
        ids = found
    return ids if limit is None else ids[: max(0, limit)]


def rowids_matching(conn: sqlite3.Connection, match: str) -> set[int]:
    """The row ids of the articles matching *match* (one string from SQLite, not a row
    per hit)."""
    (joined,) = conn.execute(
        "SELECT group_concat(rowid) FROM fts WHERE fts MATCH ?", (match,)
    ).fetchone()
    return set(map(int, joined.split(","))) if joined else set()


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
