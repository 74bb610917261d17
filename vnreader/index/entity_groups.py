"""The ``entity_groups`` table: one row per entity key, as the entities view lists it.

Each row holds what a group of one whole key shows (label, the name shown, its folded
spellings for the name filter, mentions, articles) and its surface forms with their counts,
so the view reads the first screenful of a filtered, sorted listing from indexes instead of
grouping every spelling of the corpus on each open. The user's merges and splits touch a
few keys; the views group those few in Python and lay them over these rows
(:mod:`vnreader.corpusviews.group_pages`).

Kept with the counts of :mod:`vnreader.index.fact_counts`: rebuilt from ``entity_forms``
at the end of a bulk write, and key by key when one article's rows change.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence

from vnreader.analysis.entity_keys import person_key
from vnreader.analysis.fold import fold

FormRow = tuple[str, str, str, int, int]  # key, label, text, mentions, articles

# Each lets a page of one sort (of one label, or of all) be read in index order.
GROUP_INDEXES = (
    "CREATE INDEX IF NOT EXISTS entity_groups_mentions"
    " ON entity_groups (mentions DESC, articles DESC, key)",
    "CREATE INDEX IF NOT EXISTS entity_groups_articles"
    " ON entity_groups (articles DESC, mentions DESC, key)",
    "CREATE INDEX IF NOT EXISTS entity_groups_name ON entity_groups (sortname, name, key)",
    "CREATE INDEX IF NOT EXISTS entity_groups_label_mentions"
    " ON entity_groups (label, mentions DESC, articles DESC, key)",
    "CREATE INDEX IF NOT EXISTS entity_groups_label_articles"
    " ON entity_groups (label, articles DESC, mentions DESC, key)",
    "CREATE INDEX IF NOT EXISTS entity_groups_label_name"
    " ON entity_groups (label, sortname, name, key)",
)

_INSERT = "INSERT OR REPLACE INTO entity_groups VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
_FORMS = "SELECT key, label, text, mentions, articles FROM entity_forms"


def shown_name(forms: Iterable[tuple[str, str, int]]) -> str:
    """The name a group of *forms* (key, text, mentions) shows: its most mentioned spelling
    (the longest on a tie); for a person, the most mentioned of the spellings that make the
    key by themselves ("George W. Bush", not the "Bush" of the articles naming him in full,
    "Bùi Thanh Sơn", not "Sơn")."""
    every = list(forms)
    whole = [f for f in every if f[0].startswith("PER:") and person_key(f[1]) == f[0]]
    return max(whole or every, key=lambda f: (f[2], len(f[1]), f[1]))[1]


def group_row(forms: Sequence[FormRow], key_articles: int | None) -> tuple[object, ...]:
    """The row of the group of one key: *forms* (in ``(key, text)`` order) and the key's
    article count (the forms' articles may overlap)."""
    key, first_label, first_text, first_mentions, first_articles = forms[0]
    label = key.split(":", 1)[0] if ":" in key else first_label
    if len(forms) == 1:
        name, mentions, articles = first_text, first_mentions, first_articles
        folded = fold(first_text)
    else:
        name = shown_name((f[0], f[2], f[3]) for f in forms)
        mentions = sum(f[3] for f in forms)
        articles = first_articles if key_articles is None else key_articles
        folded = "\n".join(sorted({fold(f[2]) for f in forms}))
    encoded = json.dumps([[f[1], f[2], f[3], f[4]] for f in forms], ensure_ascii=False)
    return (key, label, name, fold(name), folded, mentions, articles, encoded)


def decode_forms(key: str, encoded: str) -> list[FormRow]:
    """The forms of a row (see :func:`group_row`)."""
    return [(key, label, text, int(m), int(a)) for label, text, m, a in json.loads(encoded)]


def rebuild(conn: sqlite3.Connection) -> None:
    """Every row again from ``entity_forms`` (inside the caller's transaction)."""
    conn.execute("DELETE FROM entity_groups")
    key_articles = dict(conn.execute("SELECT key, articles FROM entity_keys"))
    conn.executemany(_INSERT, _rows(conn.execute(f"{_FORMS} ORDER BY key, text"), key_articles))
    for statement in GROUP_INDEXES:
        conn.execute(statement)


def update_keys(conn: sqlite3.Connection, keys: Iterable[str]) -> None:
    """The rows of *keys* again (their counts just changed)."""
    wanted = json.dumps(sorted(set(keys)))
    conn.execute(
        "DELETE FROM entity_groups WHERE key IN (SELECT value FROM json_each(?))", (wanted,)
    )
    key_articles = dict(
        conn.execute(
            "SELECT key, articles FROM entity_keys WHERE key IN (SELECT value FROM json_each(?))",
            (wanted,),
        )
    )
    found = conn.execute(
        f"{_FORMS} WHERE key IN (SELECT value FROM json_each(?)) ORDER BY key, text", (wanted,)
    )
    conn.executemany(_INSERT, _rows(found, key_articles))


def _rows(forms: Iterable[FormRow], key_articles: dict[str, int]) -> Iterable[tuple[object, ...]]:
    current: list[FormRow] = []
    for form in forms:
        if current and form[0] != current[0][0]:
            yield group_row(current, key_articles.get(current[0][0]))
            current = []
        current.append(form)
    if current:
        yield group_row(current, key_articles.get(current[0][0]))
