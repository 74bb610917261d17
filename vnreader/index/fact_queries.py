"""Reading the ``mentions`` and ``figures`` tables: counts, mentions, co-occurrence, figures.

Listing entities reads the counts per key and per surface form (``entity_keys``,
``entity_forms``), co-occurrence in an article the keys of each article of the group
(``doc_keys``, counted here), and the figures' text filter an FTS5 table: all kept by
:mod:`vnreader.index.fact_counts`, so listing every entity of a 35,000-article corpus reads
a small table. Lists of keys or ids are passed to SQLite as one JSON array (``json_each``),
whatever their length. No UI here; grouping by the user's choices and sorting are in
:mod:`vnreader.corpusviews`."""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from vnreader.index.database import JSON_VALUES, Database
from vnreader.index.fact_counts import fact_state, generation, prepare
from vnreader.index.group_queries import GroupQueries
from vnreader.index.query import syllables


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
    ``when``, ``-when`` (only the figures with a value, or a date) or ``""`` (index order).
    """

    category: str | None = None
    unit: str | None = None
    text: str = ""
    with_keys: tuple[str, ...] | None = None
    article_ids: tuple[str, ...] | None = None
    sort: str = ""
    with_texts: tuple[str, ...] | None = None


@dataclass(frozen=True, slots=True)
class FigurePlan:
    """A figure query made ready to read (:meth:`FactQueries.figure_plan`): its SQL filter,
    chosen by probes of the index (how many figures its words find, how many mentions its
    entities have). A view makes it once and reads its count and its pages with it."""

    query: FigureQuery
    where: str
    params: tuple[Any, ...]


_FIGURE_COLUMNS = (
    "files.article_id, f.start, f.end, f.text, f.value, f.unit, f.category, f.approx,"
    " f.date, f.when_, f.context, files.published, files.title"
)
# Figures are in index order (the files' order when indexed, a figure's row id); sorting
# by value or date keeps the figures that have one (so an index gives the order).
_SORTS = {
    "": "f.id",
    "value": "f.value, f.id",
    "-value": "f.value DESC, f.id",
    "when": "f.when_, f.id",
    "-when": "f.when_ DESC, f.id",
}
_SORTED = {"value": "f.value IS NOT NULL", "when": "f.when_ IS NOT NULL"}


class FactQueries:
    """The corpus-wide questions the views ask of one index."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._ready: tuple[str, ...] | None = None  # the index's state last made ready
        self._few: dict[tuple[str, str], bool] = {}  # the probes made in that state

    def _conn(self) -> sqlite3.Connection:
        return self.db.connect()

    # -- entities ---------------------------------------------------------------------

    def forms(self) -> list[Form]:
        """Every (key, surface form) of the corpus with its counts."""
        self.prepare_counts()
        found = self._conn().execute(
            "SELECT key, label, text, mentions, articles FROM entity_forms ORDER BY key, text"
        )
        return [Form(*row) for row in found]

    def groups(self) -> GroupQueries:
        """The entities listing as the index keeps it (one row per key)."""
        self.prepare_counts()
        return GroupQueries(self.db)

    def generation(self) -> str:
        """Changes whenever the counts change (see :func:`.fact_counts.generation`)."""
        return generation(self._conn())

    def key_counts(self) -> dict[str, tuple[int, int]]:
        """Mentions and articles of each key."""
        self.prepare_counts()
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
        hold both), most frequent first; exact."""
        if not same_sentence:
            return self._cooccurring_in_articles(keys, limit)
        where = f"key IN ({JSON_VALUES})"
        found = self._conn().execute(
            f"SELECT o.key, min(o.label), count(DISTINCT o.doc || ':' || o.sentence) AS n"
            f" FROM (SELECT DISTINCT doc, sentence FROM mentions WHERE {where}) AS p"
            " JOIN mentions o ON o.doc = p.doc AND o.sentence = p.sentence"
            f" WHERE o.key NOT IN ({JSON_VALUES})"
            " GROUP BY o.key ORDER BY n DESC, o.key LIMIT ?",
            (json.dumps(list(keys)), json.dumps(list(keys)), limit),
        )
        return [(k, label, int(n)) for k, label, n in found]

    def _cooccurring_in_articles(
        self, keys: Sequence[str], limit: int
    ) -> list[tuple[str, str, int]]:
        """Each article of *keys* read once, with all its keys in one row (``doc_keys``),
        counted here: one row per article rather than one per (article, key) to group."""
        self.prepare_counts()
        conn = self._conn()
        counts: Counter[str] = Counter()
        found = conn.execute(
            "SELECT d.keys FROM doc_keys d WHERE d.doc IN"
            f" (SELECT doc FROM entity_docs WHERE key IN ({JSON_VALUES}))",
            (json.dumps(list(keys)),),
        )
        for (row,) in found:
            counts.update(row.split("\n"))
        for key in keys:
            counts.pop(key, None)
        top = sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:limit]
        labels = dict(
            conn.execute(
                f"SELECT key, label FROM entity_keys WHERE key IN ({JSON_VALUES})",
                (json.dumps([k for k, _ in top]),),
            )
        )
        return [(k, str(labels.get(k, "")), n) for k, n in top]

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

    def figure_plan(self, query: FigureQuery) -> FigurePlan:
        """*query* made ready to read: the figures' indexes and words ensured, and its
        filter chosen; both probes run once per state of the index, not at each read."""
        self._ensure_indexes()
        where, params = _figure_filter(query, self._few_found)
        return FigurePlan(query, where, tuple(params))

    def _plan(self, query: FigureQuery | FigurePlan) -> FigurePlan:
        return query if isinstance(query, FigurePlan) else self.figure_plan(query)

    def figures(
        self, query: FigureQuery | FigurePlan, *, limit: int | None = None, offset: int = 0
    ) -> list[FigureFact]:
        """The figures matching *query*, sorted, from *offset* (at most *limit*). The page
        is chosen on the figures table alone (its indexes give the order), and only its
        rows are joined with their articles."""
        plan = self._plan(query)
        params = list(plan.params)
        order = _SORTS.get(plan.query.sort, _SORTS[""])
        page = f"SELECT f.id FROM figures f WHERE {plan.where} ORDER BY {order}"
        if limit is not None or offset:
            page += " LIMIT ? OFFSET ?"
            params += [-1 if limit is None else limit, offset]
        conn = self._conn()
        ids = [rowid for (rowid,) in conn.execute(page, params)]
        found = conn.execute(
            f"SELECT f.id, {_FIGURE_COLUMNS} FROM figures f JOIN files ON files.id = f.doc"
            f" WHERE f.id IN ({JSON_VALUES})",
            (json.dumps(ids),),
        )
        rows = {row[0]: FigureFact(*row[1:]) for row in found}
        return [rows[rowid] for rowid in ids if rowid in rows]

    def figure_position(self, query: FigureQuery | FigurePlan, figure: FigureFact) -> int | None:
        """Where *figure* is among the figures of *query*, in its order (None: not among
        them): a view read again keeps its cursor on the figure."""
        plan = self._plan(query)
        conn = self._conn()
        found = conn.execute(
            f"SELECT f.id, f.value, f.when_ FROM figures f JOIN files ON files.id = f.doc"
            f" WHERE files.article_id = ? AND f.start = ? AND f.end = ? AND {plan.where}",
            [figure.article_id, figure.start, figure.end, *plan.params],
        ).fetchone()
        if found is None:
            return None
        rowid, value, when = found
        column, key = {"value": ("f.value", value), "when": ("f.when_", when)}.get(
            plan.query.sort.lstrip("-"), ("", None)
        )
        before = "f.id < ?"
        params: list[Any] = [*plan.params, rowid]
        if column:  # sorted: the figures of a lower (higher) key, then those of its key
            side = ">" if plan.query.sort.startswith("-") else "<"
            before = f"({column} {side} ? OR ({column} = ? AND f.id < ?))"
            params[-1:] = [key, key, rowid]
        sql = f"SELECT count(*) FROM figures f WHERE {plan.where} AND {before}"
        return int(conn.execute(sql, params).fetchone()[0])

    def count_figures(self, query: FigureQuery | FigurePlan, *, cap: int | None = None) -> int:
        """How many figures match *query* (at most *cap*: counting stops there)."""
        plan = self._plan(query)
        params = list(plan.params)
        sql = f"SELECT 1 FROM figures f WHERE {plan.where}"
        if cap is not None:
            sql += " LIMIT ?"
            params.append(cap)
        found = self._conn().execute(f"SELECT count(*) FROM ({sql})", params)
        return int(found.fetchone()[0])

    def figure_series(
        self, query: FigureQuery | FigurePlan, *, by: str, how: str
    ) -> list[tuple[str, float]]:
        """(period, value) of the figures of *query* per year (``by="year"``) or month of
        their ``when``: the ``sum``, ``max``, ``mean`` of their values or their ``count``."""
        plan = self._plan(query)
        width = 4 if by == "year" else 7
        pattern = "[0-9][0-9][0-9][0-9]*" if by == "year" else "[0-9][0-9][0-9][0-9]-[0-9][0-9]*"
        value = {"max": "max(f.value)", "mean": "avg(f.value)", "count": "count(*)"}.get(
            how, "sum(f.value)"
        )
        found = self._conn().execute(
            f"SELECT substr(f.when_, 1, {width}) AS p, {value} FROM figures f"
            f" WHERE {plan.where} AND f.when_ GLOB ?"
            + (" AND f.value IS NOT NULL" if how != "count" else "")
            + " GROUP BY p ORDER BY p",
            [*plan.params, pattern],
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

    def _ensure_indexes(self) -> None:
        """The figures' view indexes and words exist and the counts are up to date (built
        here only when the refresh that wrote the rows did not, see :mod:`.fact_counts`).
        Checked once per state of the index (one read of it); the probes made in another
        state are forgotten."""
        conn = self._conn()
        state = fact_state(conn)
        if state == self._ready:
            return
        if prepare(conn):
            state = fact_state(conn)
        self._ready, self._few = state, {}

    def _few_found(self, kind: str, value: str) -> bool:
        """Whether few figures' sentences hold the words *value* (``kind="words"``, an FTS5
        match), or few mentions the keys *value* (``"keys"``, a JSON array): probed once
        in the index's state (see :meth:`_ensure_indexes`)."""
        found = self._few.get((kind, value))
        if found is None:
            probe = _few_words if kind == "words" else _few_mentions
            found = self._few[(kind, value)] = probe(self._conn(), value)
        return found

    def prepare_figures(self) -> None:
        """The figures' indexes and words and the counts are up to date (see
        :meth:`_ensure_indexes`)."""
        self._ensure_indexes()

    def prepare_counts(self) -> None:
        """The entity counts are up to date (see :meth:`_ensure_indexes`)."""
        prepare(self._conn(), figures=False)


def _mention_filter(
    keys: Sequence[str],
    texts: Sequence[str] | None = None,
    without: Iterable[tuple[str, str]] = (),
) -> tuple[str, list[Any]]:
    sql = f"m.key IN ({JSON_VALUES})"
    params: list[Any] = [json.dumps(list(keys))]
    if texts is not None:
        sql += f" AND m.text IN ({JSON_VALUES})"
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


def _figure_filter(
    query: FigureQuery, few: Callable[[str, str], bool] | None = None
) -> tuple[str, list[Any]]:
    """The SQL filter of *query* and its parameters; *few* (see
    :meth:`FactQueries._few_found`) chooses how a word or entity filter is read."""
    where = [_SORTED.get(query.sort.lstrip("-"), "1")]
    params: list[Any] = []
    if query.category:
        where.append("f.category = ?")
        params.append(query.category)
    if query.unit:
        where.append("f.unit = ?")
        params.append(query.unit)
    words = syllables(query.text)  # split as the index's tokenizer splits (index.query)
    if words:  # whole syllables of the sentence (the last one as typed: a prefix)
        match = " AND ".join('"' + w + '"' for w in words) + "*"
        # few figures found: read them by id; many: read the figures in order and keep
        # the ones found (a page then stops early)
        by_id = few is not None and few("words", match)
        where.append(
            ("f.id" if by_id else "+f.id")
            + " IN (SELECT rowid FROM figures_fts WHERE figures_fts MATCH ?)"
        )
        params.append(match)
    if query.with_keys is not None:
        texts = "" if query.with_texts is None else f" AND text IN ({JSON_VALUES})"
        keys = json.dumps(list(query.with_keys))
        if few is not None and few("keys", keys):
            # few sentences: the figures of each, read by id (not every figure checked)
            where.append(
                "f.id IN (SELECT g.id FROM mentions m JOIN figures g ON g.doc = m.doc"
                " AND g.sentence = m.sentence"
                f" WHERE m.key IN ({JSON_VALUES})" + texts.replace("text", "m.text") + ")"
            )
        else:
            where.append(
                "(f.doc, f.sentence) IN (SELECT doc, sentence FROM mentions"
                f" WHERE key IN ({JSON_VALUES}){texts})"
            )
        params.append(keys)
        if query.with_texts is not None:
            params.append(json.dumps(list(query.with_texts)))
    if query.article_ids is not None:
        where.append(f"f.doc IN (SELECT id FROM files WHERE article_id IN ({JSON_VALUES}))")
        params.append(json.dumps(list(query.article_ids)))
    return " AND ".join(where), params


FEW_FOUND = 5000


def _few_words(conn: sqlite3.Connection, match: str) -> bool:
    found = conn.execute(
        "SELECT count(*) FROM (SELECT rowid FROM figures_fts WHERE figures_fts MATCH ? LIMIT ?)",
        (match, FEW_FOUND + 1),
    ).fetchone()
    return int(found[0]) <= FEW_FOUND


def _few_mentions(conn: sqlite3.Connection, keys: str) -> bool:
    found = conn.execute(
        f"SELECT coalesce(sum(mentions), 0) FROM entity_keys WHERE key IN ({JSON_VALUES})",
        (keys,),
    ).fetchone()
    return int(found[0]) <= FEW_FOUND
