"""Reading the ``mentions`` and ``figures`` tables: counts, mentions, co-occurrence, figures.

The counts per entity key and per surface form are kept in ``entity_keys`` and
``entity_forms``, rebuilt by one ``GROUP BY`` when the rows changed since (the
``facts_stale`` mark that :mod:`vnreader.index.facts` sets), so listing every entity of a
35,000-article corpus reads a small table. Lists of keys or ids are passed to SQLite as one
JSON array (``json_each``), whatever their length. No UI here; grouping by the user's
choices and sorting are in :mod:`vnreader.corpusviews`.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from vnreader.analysis.fold import fold
from vnreader.index.database import Database, transaction

_REBUILD = (
    "DELETE FROM entity_forms",
    "INSERT INTO entity_forms SELECT key, min(label), text, count(*), count(DISTINCT doc)"
    " FROM mentions GROUP BY key, text",
    "DELETE FROM entity_keys",
    "INSERT INTO entity_keys SELECT key, min(label), count(*), count(DISTINCT doc)"
    " FROM mentions GROUP BY key",
)


@dataclass(frozen=True, slots=True)
class Form:
    """One surface form of an entity key: how often, in how many articles."""

    key: str
    label: str
    text: str
    mentions: int
    articles: int


@dataclass(frozen=True, slots=True)
class Mention:
    article_id: str
    start: int
    end: int
    text: str
    key: str


@dataclass(frozen=True, slots=True)
class FigureFact:
    """One figure of the corpus with where it is and what its sentence says."""

    article_id: str
    start: int
    end: int
    text: str
    value: float | None
    unit: str | None
    category: str
    approx: str | None
    date: str | None
    when: str | None
    context: str
    published: str | None
    title: str


@dataclass(frozen=True, slots=True)
class FigureQuery:
    """Which figures: every field left empty means "any".

    ``with_keys`` keeps the figures whose sentence mentions one of these entity keys (written
    as one of ``with_texts``, when given);
    ``article_ids`` those of these articles (e.g. the ones with a tag); ``text`` those whose
    sentence holds it (diacritics and case ignored). ``sort`` is ``value``, ``-value``,
    ``when``, ``-when`` or ``""`` (corpus order).
    """

    category: str | None = None
    unit: str | None = None
    text: str = ""
    with_keys: tuple[str, ...] | None = None
    article_ids: tuple[str, ...] | None = None
    sort: str = ""
    with_texts: tuple[str, ...] | None = None


_FIGURE_COLUMNS = (
    "files.article_id, f.start, f.end, f.text, f.value, f.unit, f.category, f.approx,"
    " f.date, f.when_, f.context, files.published, files.title"
)
_SORTS = {
    "": "files.ord, f.start",
    "value": "f.value IS NULL, f.value, files.ord, f.start",
    "-value": "f.value IS NULL, f.value DESC, files.ord, f.start",
    "when": "f.when_ IS NULL, f.when_, files.ord, f.start",
    "-when": "f.when_ IS NULL, f.when_ DESC, files.ord, f.start",
}


class FactQueries:
    """The corpus-wide questions the views ask of one index."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def _conn(self) -> sqlite3.Connection:
        return self._db.connect()

    # -- entities ---------------------------------------------------------------------

    def forms(self) -> list[Form]:
        """Every (key, surface form) of the corpus with its counts."""
        self._refresh_counts()
        found = self._conn().execute(
            "SELECT key, label, text, mentions, articles FROM entity_forms"
        )
        return [Form(*row) for row in found]

    def key_counts(self) -> dict[str, tuple[int, int]]:
        """Mentions and articles of each key."""
        self._refresh_counts()
        found = self._conn().execute("SELECT key, mentions, articles FROM entity_keys")
        return {key: (m, a) for key, m, a in found}

    def articles_of(self, keys: Sequence[str], *, texts: Sequence[str] | None = None) -> int:
        """How many articles mention one of *keys* (only as one of *texts*, if given)."""
        sql, params = _mention_filter(keys, texts)
        found = self._conn().execute(
            f"SELECT count(DISTINCT doc) FROM mentions m WHERE {sql}", params
        )
        return int(found.fetchone()[0])

    def mentions(
        self,
        keys: Sequence[str],
        *,
        texts: Sequence[str] | None = None,
        without: Sequence[tuple[str, str]] = (),
    ) -> list[Mention]:
        """The mentions of *keys* in corpus order (article, then offset); only as one of
        *texts* if given; never the (key, text) pairs of *without*."""
        sql, params = _mention_filter(keys, texts, without)
        found = self._conn().execute(
            "SELECT files.article_id, m.start, m.end, m.text, m.key FROM mentions m"
            f" JOIN files ON files.id = m.doc WHERE {sql} ORDER BY files.ord, m.start",
            params,
        )
        return [Mention(*row) for row in found]

    def cooccurring(
        self, keys: Sequence[str], *, same_sentence: bool, limit: int = 200
    ) -> list[tuple[str, str, int]]:
        """The other keys found with *keys* (key, label, how many sentences or articles
        hold both), most frequent first."""
        unit = "o.doc || ':' || o.sentence" if same_sentence else "o.doc"
        join = "o.doc = m.doc" + (" AND o.sentence = m.sentence" if same_sentence else "")
        found = self._conn().execute(
            f"SELECT o.key, min(o.label), count(DISTINCT {unit}) AS n FROM mentions m"
            f" JOIN mentions o ON {join}"
            " WHERE m.key IN (SELECT value FROM json_each(?))"
            " AND o.key NOT IN (SELECT value FROM json_each(?))"
            " GROUP BY o.key ORDER BY n DESC, o.key LIMIT ?",
            (json.dumps(list(keys)), json.dumps(list(keys)), limit),
        )
        return [(k, label, int(n)) for k, label, n in found]

    def mentions_by_date(self, keys: Sequence[str]) -> list[tuple[str, str, str, int]]:
        """(article date, key, text, mentions) of *keys*, for the articles with a date."""
        sql, params = _mention_filter(keys)
        found = self._conn().execute(
            "SELECT files.published, m.key, m.text, count(*) FROM mentions m"
            f" JOIN files ON files.id = m.doc WHERE {sql} AND files.published IS NOT NULL"
            " GROUP BY files.published, m.key, m.text",
            params,
        )
        return [(str(day), key, text, int(n)) for day, key, text, n in found]

    # -- figures ----------------------------------------------------------------------

    def figures(
        self, query: FigureQuery, *, limit: int | None = None, offset: int = 0
    ) -> list[FigureFact]:
        """The figures matching *query*, sorted, from *offset* (at most *limit*)."""
        where, params = _figure_filter(query)
        sql = (
            f"SELECT {_FIGURE_COLUMNS} FROM figures f JOIN files ON files.id = f.doc"
            f" WHERE {where} ORDER BY {_SORTS.get(query.sort, _SORTS[''])}"
        )
        if limit is not None or offset:
            sql += " LIMIT ? OFFSET ?"
            params += [-1 if limit is None else limit, offset]
        return [FigureFact(*row) for row in self._conn().execute(sql, params)]

    def count_figures(self, query: FigureQuery) -> int:
        where, params = _figure_filter(query)
        found = self._conn().execute(
            f"SELECT count(*) FROM figures f JOIN files ON files.id = f.doc WHERE {where}", params
        )
        return int(found.fetchone()[0])

    def figure_series(self, query: FigureQuery, *, by: str, how: str) -> list[tuple[str, float]]:
        """(period, value) of the figures of *query* per year (``by="year"``) or month of
        their ``when``: the ``sum``, ``max``, ``mean`` of their values or their ``count``."""
        where, params = _figure_filter(query)
        width = 4 if by == "year" else 7
        pattern = "[0-9][0-9][0-9][0-9]*" if by == "year" else "[0-9][0-9][0-9][0-9]-[0-9][0-9]*"
        value = {"max": "max(f.value)", "mean": "avg(f.value)", "count": "count(*)"}.get(
            how, "sum(f.value)"
        )
        found = self._conn().execute(
            f"SELECT substr(f.when_, 1, {width}) AS p, {value} FROM figures f"
            f" JOIN files ON files.id = f.doc WHERE {where} AND f.when_ GLOB ?"
            + (" AND f.value IS NOT NULL" if how != "count" else "")
            + " GROUP BY p ORDER BY p",
            [*params, pattern],
        )
        return [(str(p), float(v)) for p, v in found if v is not None]

    def figure_values(self, field: str) -> list[tuple[str, int]]:
        """The categories (``field="category"``) or units of the figures, with counts."""
        column = {"category": "category", "unit": "unit"}[field]
        found = self._conn().execute(
            f"SELECT {column}, count(*) FROM figures WHERE {column} IS NOT NULL"
            f" GROUP BY {column} ORDER BY count(*) DESC"
        )
        return [(str(v), int(n)) for v, n in found]

    def _refresh_counts(self) -> None:
        conn = self._conn()
        stale = conn.execute("SELECT value FROM meta WHERE key = 'facts_stale'").fetchone()
        if stale is None or stale[0] != "1":
            if conn.execute("SELECT 1 FROM entity_keys LIMIT 1").fetchone() is not None:
                return
            if conn.execute("SELECT 1 FROM mentions LIMIT 1").fetchone() is None:
                return
        with transaction(conn):
            for statement in _REBUILD:
                conn.execute(statement)
            conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('facts_stale', '0')")


def _mention_filter(
    keys: Sequence[str],
    texts: Sequence[str] | None = None,
    without: Iterable[tuple[str, str]] = (),
) -> tuple[str, list[Any]]:
    sql = "m.key IN (SELECT value FROM json_each(?))"
    params: list[Any] = [json.dumps(list(keys))]
    if texts is not None:
        sql += " AND m.text IN (SELECT value FROM json_each(?))"
        params.append(json.dumps(list(texts)))
    pairs = [list(p) for p in without]
    if pairs:
        sql += (
            " AND (m.key || char(0) || m.text) NOT IN"
            " (SELECT json_extract(value, '$[0]') || char(0) || json_extract(value, '$[1]')"
            " FROM json_each(?))"
        )
        params.append(json.dumps(pairs))
    return sql, params


def _figure_filter(query: FigureQuery) -> tuple[str, list[Any]]:
    where = ["1"]
    params: list[Any] = []
    if query.category:
        where.append("f.category = ?")
        params.append(query.category)
    if query.unit:
        where.append("f.unit = ?")
        params.append(query.unit)
    for word in fold(query.text).split():
        where.append("instr(f.folded, ?) > 0")
        params.append(word)
    if query.with_keys is not None:
        where.append(
            "EXISTS (SELECT 1 FROM mentions m WHERE m.doc = f.doc AND m.sentence = f.sentence"
            " AND m.key IN (SELECT value FROM json_each(?))"
            + (
                ""
                if query.with_texts is None
                else " AND m.text IN (SELECT value FROM json_each(?))"
            )
            + ")"
        )
        params.append(json.dumps(list(query.with_keys)))
        if query.with_texts is not None:
            params.append(json.dumps(list(query.with_texts)))
    if query.article_ids is not None:
        where.append("files.article_id IN (SELECT value FROM json_each(?))")
        params.append(json.dumps(list(query.article_ids)))
    return " AND ".join(where), params
