"""Reading ``entity_groups`` (:mod:`vnreader.index.entity_groups`): a filtered, sorted
listing counted and read a page at a time, and where a given group falls in it; and the
surnames joined to full names (whose forms are in the full names' rows).

The name filter keeps the rows whose folded spellings hold every word (``instr``, as
Python's ``in``); the sorts are those of :func:`vnreader.corpusviews.groups.sort_groups`,
in SQLite's binary order of UTF-8 (the order of code points, as Python's).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from vnreader.analysis.fold import fold
from vnreader.index.database import JSON_VALUES, Database
from vnreader.index.entity_groups import FormRow, decode_forms

ORDERS = {
    "mentions": ("mentions DESC, articles DESC, key", "(-mentions, -articles, key)"),
    "articles": ("articles DESC, mentions DESC, key", "(-articles, -mentions, key)"),
    "name": ("sortname, name, key", "(sortname, name, key)"),
}
_COLUMNS = "key, label, name, sortname, folded, mentions, articles, forms"

GroupRow = tuple[str, str, str, str, str, int, int, str]


@dataclass(frozen=True, slots=True)
class GroupFilter:
    """Which rows, in which order: *labels* (None: all), folded *words* that must all
    appear, keys left out (*without*), and the sort (``mentions``, ``articles``, ``name``)."""

    labels: tuple[str, ...] | None = None
    words: tuple[str, ...] = ()
    without: tuple[str, ...] = ()
    sort: str = "mentions"


def sort_values(
    sort: str, mentions: int, articles: int, name_key: tuple[str, str, str]
) -> tuple[Any, ...]:
    """The values a row is ordered by (*name_key*: folded name, name, key)."""
    if sort == "name":
        return name_key
    key = name_key[2]
    return (-articles, -mentions, key) if sort == "articles" else (-mentions, -articles, key)


class GroupQueries:
    """The entities listing of one index."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def _where(self, f: GroupFilter) -> tuple[str, list[Any]]:
        where: list[str] = []
        params: list[Any] = []
        if f.labels is not None:
            if len(f.labels) == 1:
                where.append("label = ?")
                params.append(f.labels[0])
            else:
                where.append(f"label IN ({JSON_VALUES})")
                params.append(json.dumps(list(f.labels)))
        for word in f.words:
            where.append("instr(folded, ?) > 0")
            params.append(word)
        if f.without:
            where.append(f"key NOT IN ({JSON_VALUES})")
            params.append(json.dumps(list(f.without)))
        return (" AND ".join(where) or "1"), params

    def count(self, f: GroupFilter) -> int:
        where, params = self._where(f)
        found = self._db.connect().execute(
            f"SELECT count(*) FROM entity_groups WHERE {where}", params
        )
        return int(found.fetchone()[0])

    def page(self, f: GroupFilter, *, limit: int, offset: int) -> list[GroupRow]:
        where, params = self._where(f)
        order = ORDERS.get(f.sort, ORDERS["mentions"])[0]
        found = self._db.connect().execute(
            f"SELECT {_COLUMNS} FROM entity_groups WHERE {where} ORDER BY {order} LIMIT ? OFFSET ?",
            [*params, limit, offset],
        )
        return list(found)

    def rows(self, f: GroupFilter) -> Iterator[GroupRow]:
        """Every row of *f* in order, read as they are used."""
        where, params = self._where(f)
        order = ORDERS.get(f.sort, ORDERS["mentions"])[0]
        found = self._db.connect().execute(
            f"SELECT {_COLUMNS} FROM entity_groups WHERE {where} ORDER BY {order}", params
        )
        yield from found

    def before(self, f: GroupFilter, values: Sequence[Any]) -> int:
        """How many rows of *f* sort before a row ordered by *values*."""
        where, params = self._where(f)
        value = ORDERS.get(f.sort, ORDERS["mentions"])[1]
        found = self._db.connect().execute(
            f"SELECT count(*) FROM entity_groups WHERE {where} AND {value} < (?, ?, ?)",
            [*params, *values],
        )
        return int(found.fetchone()[0])

    def row(self, f: GroupFilter, key: str) -> GroupRow | None:
        """The row of *key* if *f* keeps it."""
        where, params = self._where(f)
        found = self._db.connect().execute(
            f"SELECT {_COLUMNS} FROM entity_groups WHERE key = ? AND {where}", [key, *params]
        )
        row: GroupRow | None = found.fetchone()
        return row

    def forms(self, keys: Sequence[str]) -> list[FormRow]:
        """The forms of *keys* (in ``(key, text)`` order)."""
        found = self._db.connect().execute(
            f"SELECT key, forms FROM entity_groups WHERE key IN ({JSON_VALUES}) ORDER BY key",
            (json.dumps(sorted(set(keys))),),
        )
        return [form for key, encoded in found for form in decode_forms(key, encoded)]

    def joins(self) -> dict[str, str]:
        """The index's joins: a foreign surname's key -> the key of the full name whose row
        holds its forms (see :mod:`vnreader.index.surname_joins`)."""
        found = self._db.connect().execute("SELECT key, target FROM surname_joins")
        return {str(key): str(target) for key, target in found}

    def target(self, key: str) -> str | None:
        """The full name's key whose row holds the forms of *key* (None: not joined)."""
        found = (
            self._db.connect()
            .execute("SELECT target FROM surname_joins WHERE key = ?", (key,))
            .fetchone()
        )
        return None if found is None else str(found[0])

    def people_spelled(self, folded: Iterable[str]) -> dict[str, list[str]]:
        """For each of the *folded* keys of people ("PER:nguyen van hung"), the keys of the
        index with marks that fold to it ("PER:nguyễn văn hùng", "PER:nguyễn văn hưng")."""
        wanted = set(folded)
        found: dict[str, list[str]] = {}
        if not wanted:
            return found
        people = self._db.connect().execute(
            "SELECT key FROM entity_keys WHERE key >= 'PER:' AND key < 'PER;'"
            " AND instr(key, ' ') > 0"
        )
        for (key,) in people:
            if not key.isascii() and (old := "PER:" + fold(key[4:])) in wanted:
                found.setdefault(old, []).append(str(key))
        return found

    def key_counts(self, keys: Sequence[str]) -> dict[str, tuple[int, int]]:
        found = self._db.connect().execute(
            f"SELECT key, mentions, articles FROM entity_keys WHERE key IN ({JSON_VALUES})",
            (json.dumps(sorted(set(keys))),),
        )
        return {key: (int(m), int(a)) for key, m, a in found}
