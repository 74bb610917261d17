"""What the corpus-wide views read instead of the raw ``mentions`` and ``figures`` rows.

* ``entity_forms`` and ``entity_keys``: mentions and articles per (key, surface form) and
  per key, so listing every entity of a 35,000-article corpus reads a few thousand rows;
* ``entity_docs``: one row per (key, article), and ``doc_keys``: the keys of each article
  in one row, so co-occurrence in an article reads one row per article of the group;
* ``entity_groups``: one row per key as the entities view lists it
  (:mod:`vnreader.index.entity_groups`);
* ``figures_fts``: the words of each figure's sentence (the text filter), and the
  indexes that let a filtered, sorted page of figures be read in index order.

They are kept up to date in two ways. An article written on its own (analysed on demand,
a file changed) updates them by its own rows (:func:`add_doc`, :func:`remove_doc`), in the
writer's transaction; so does each batch of an analysis the views watch (:func:`add_docs`,
a few statements per batch). A bulk write (a first index, ``analyse_all``) marks them stale
(``facts_stale``) instead, since one ``GROUP BY`` pass at the end is much quicker than
thousands of updates, and :func:`prepare` rebuilds them when it ends (still inside the
refresh, so the first view opens at once). A view that finds them stale (an index written
by an older vnreader, a refresh cancelled before its end) rebuilds them itself.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence

from vnreader.index import entity_groups
from vnreader.index.database import JSON_VALUES, transaction

# Made after a bulk load rather than kept through it (building them once is faster); each
# lets a filtered, sorted page of figures be read in index order and stop at its last row.
VIEW_INDEXES = (
    "CREATE INDEX IF NOT EXISTS figures_by_category ON figures (category)",
    "CREATE INDEX IF NOT EXISTS figures_by_unit ON figures (unit)",
    "CREATE INDEX IF NOT EXISTS figures_by_value ON figures (value)",
    "CREATE INDEX IF NOT EXISTS figures_by_when ON figures (when_)",
    "CREATE INDEX IF NOT EXISTS figures_by_category_value ON figures (category, value)",
    "CREATE INDEX IF NOT EXISTS figures_by_unit_value ON figures (unit, value)",
    "CREATE INDEX IF NOT EXISTS figures_by_category_when ON figures (category, when_)",
    "CREATE INDEX IF NOT EXISTS figures_by_unit_when ON figures (unit, when_)",
    # charts: one pass over an index holding the date and the value
    "CREATE INDEX IF NOT EXISTS figures_chart_category ON figures (category, when_, value)",
    "CREATE INDEX IF NOT EXISTS figures_chart_unit ON figures (unit, when_, value)",
    # the words of each figure's sentence (its folded context), for the text filter
    "CREATE VIRTUAL TABLE IF NOT EXISTS figures_fts USING fts5(folded, content='figures',"
    " content_rowid='id', tokenize='unicode61 remove_diacritics 0')",
)

_REBUILD = (
    "DELETE FROM entity_forms",
    "INSERT INTO entity_forms SELECT key, min(label), text, count(*), count(DISTINCT doc)"
    " FROM mentions GROUP BY key, text",
    "DELETE FROM entity_keys",
    "INSERT INTO entity_keys SELECT key, min(label), count(*), count(DISTINCT doc)"
    " FROM mentions GROUP BY key",
    "DELETE FROM entity_docs",
    "INSERT INTO entity_docs SELECT key, doc, min(label) FROM mentions GROUP BY key, doc",
    "DELETE FROM doc_keys",
    "INSERT INTO doc_keys SELECT doc, group_concat(key, char(10)) FROM entity_docs GROUP BY doc",
)

BULK = 2000  # articles written at once from which a rebuild beats updating article by article


def _meta(conn: sqlite3.Connection, key: str) -> str | None:
    found = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return None if found is None else str(found[0])


def _set_meta(conn: sqlite3.Connection, key: str, value: str) -> None:
    conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))


def is_live(conn: sqlite3.Connection) -> bool:
    """True when the counts are built and up to date (an article's change updates them)."""
    return _meta(conn, "facts_stale") == "0"


def has_words(conn: sqlite3.Connection) -> bool:
    """True when the figures' words table exists and is up to date."""
    return _meta(conn, "facts_words") == "1"


def mark_stale(conn: sqlite3.Connection) -> None:
    """The rows changed in bulk: rebuild everything derived from them (see :func:`prepare`)."""
    _set_meta(conn, "facts_stale", "1")
    _set_meta(conn, "facts_words", "0")


def generation(conn: sqlite3.Connection) -> str:
    """Changes each time the counts change, so that a reader can tell that what it built
    from them is out of date."""
    return _meta(conn, "facts_generation") or "0"


def fact_state(conn: sqlite3.Connection) -> tuple[str, ...]:
    """The state of what this module keeps, in one read: it changes whenever the figures or
    mentions change (see :func:`generation`), or what is derived from them goes stale."""
    keys = ("facts_stale", "facts_words", "facts_generation")
    found = dict(conn.execute("SELECT key, value FROM meta WHERE key IN (?, ?, ?)", keys))
    return tuple(str(found.get(key, "")) for key in keys)


def _changed(conn: sqlite3.Connection) -> None:
    conn.execute(
        "INSERT INTO meta (key, value) VALUES ('facts_generation', '1') ON CONFLICT (key)"
        " DO UPDATE SET value = CAST(value AS INTEGER) + 1"
    )


def add_doc(conn: sqlite3.Connection, doc: int) -> None:
    """Count the rows of article *doc*, just written (inside the caller's transaction)."""
    add_docs(conn, [doc])


def add_docs(conn: sqlite3.Connection, docs: Sequence[int]) -> None:
    """Count the rows of articles *docs*, just written (inside the caller's transaction):
    a few statements for the whole batch, each key's row of ``entity_groups`` made once,
    so an analysis that keeps the counts live as it stores each batch costs little more
    than one that rebuilds them at its end."""
    if not docs:
        return
    wanted = json.dumps(list(docs))
    if is_live(conn):
        _add_docs(conn, wanted)
        _changed(conn)
    if has_words(conn):
        conn.execute(
            "INSERT INTO figures_fts (rowid, folded) SELECT id, folded FROM figures"
            f" WHERE doc IN ({JSON_VALUES})",
            (wanted,),
        )


_IN_DOCS = f"doc IN ({JSON_VALUES})"
_ADD = (
    "INSERT INTO entity_forms SELECT key, min(label), text, count(*), count(DISTINCT doc)"
    f" FROM mentions WHERE {_IN_DOCS} GROUP BY key, text ON CONFLICT (key, text) DO UPDATE"
    " SET mentions = mentions + excluded.mentions, articles = articles + excluded.articles,"
    " label = min(label, excluded.label)",
    "INSERT INTO entity_keys SELECT key, min(label), count(*), count(DISTINCT doc)"
    f" FROM mentions WHERE {_IN_DOCS} GROUP BY key ON CONFLICT (key) DO UPDATE"
    " SET mentions = mentions + excluded.mentions, articles = articles + excluded.articles,"
    " label = min(label, excluded.label)",
    "INSERT OR REPLACE INTO entity_docs SELECT key, doc, min(label)"
    f" FROM mentions WHERE {_IN_DOCS} GROUP BY key, doc",
    # the articles' keys, from their rows of entity_docs just written (one per key), not
    # from their mentions again
    "INSERT OR REPLACE INTO doc_keys SELECT doc, group_concat(key, char(10))"
    f" FROM (SELECT doc, key FROM entity_docs WHERE {_IN_DOCS} ORDER BY doc, key)"
    " GROUP BY doc",
)


def _add_docs(conn: sqlite3.Connection, wanted: str) -> None:
    for statement in _ADD:
        conn.execute(statement, (wanted,))
    keys = [
        key
        for (key,) in conn.execute(
            f"SELECT DISTINCT key FROM entity_docs WHERE {_IN_DOCS}", (wanted,)
        )
    ]
    if keys:
        entity_groups.update_keys(conn, keys)


def remove_doc(conn: sqlite3.Connection, doc: int) -> None:
    """Take the rows of article *doc*, about to be deleted, out of the counts."""
    if is_live(conn):
        _uncount_doc(conn, doc)
        _changed(conn)
    if has_words(conn):
        conn.execute(
            "INSERT INTO figures_fts (figures_fts, rowid, folded)"
            " SELECT 'delete', id, folded FROM figures WHERE doc = ?",
            (doc,),
        )


def _uncount_doc(conn: sqlite3.Connection, doc: int) -> None:
    forms = conn.execute(
        "SELECT key, min(label), text, count(*) FROM mentions WHERE doc = ? GROUP BY key, text",
        (doc,),
    ).fetchall()
    if not forms:
        return
    keys: dict[str, int] = {}
    for key, _label, _text, n in forms:
        keys[key] = keys.get(key, 0) + n
    conn.executemany(
        "UPDATE entity_forms SET mentions = mentions - ?, articles = articles - 1"
        " WHERE key = ? AND text = ?",
        [(n, key, text) for key, _label, text, n in forms],
    )
    conn.executemany(
        "UPDATE entity_keys SET mentions = mentions - ?, articles = articles - 1 WHERE key = ?",
        [(n, key) for key, n in keys.items()],
    )
    conn.execute("DELETE FROM entity_forms WHERE articles <= 0")
    conn.execute("DELETE FROM entity_keys WHERE articles <= 0")
    conn.execute("DELETE FROM entity_docs WHERE doc = ?", (doc,))
    conn.execute("DELETE FROM doc_keys WHERE doc = ?", (doc,))
    entity_groups.update_keys(conn, keys)


def prepare(conn: sqlite3.Connection, *, figures: bool = True, empty: bool = False) -> bool:
    """Rebuild what is stale (the counts; with *figures*, the figures' indexes and words
    too, once there are figures, or at once with *empty*: before an analysis that keeps
    them up to date batch by batch); True when something was rebuilt. Called at the end
    of a bulk write and, as a fallback, by the views."""
    stale = _meta(conn, "facts_stale") != "0"
    words = (
        figures
        and not has_words(conn)
        and (empty or conn.execute("SELECT 1 FROM figures LIMIT 1").fetchone() is not None)
    )
    if not stale and not words:
        return False
    with transaction(conn):
        if stale:
            for statement in _REBUILD:
                conn.execute(statement)
            entity_groups.rebuild(conn)
            _set_meta(conn, "facts_stale", "0")
            _changed(conn)
        if words:
            for statement in VIEW_INDEXES:
                conn.execute(statement)
            conn.execute("INSERT INTO figures_fts (figures_fts) VALUES ('rebuild')")
            _set_meta(conn, "facts_words", "1")
    return True
