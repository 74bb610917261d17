"""The entities listing read a page at a time: the index's rows of whole keys
(:mod:`vnreader.index.group_queries`) with the few groups the user's merges and splits
make laid over them, in one sorted sequence.

The keys a choice touches are left out of the index's rows; their forms are grouped in
Python (:func:`vnreader.corpusviews.groups.build_groups`), filtered and sorted, and each
is placed where it falls among the rows (one count each). Opening, filtering and sorting
thus read one count and the first page, whatever the size of the corpus.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator, Sequence
from itertools import islice
from typing import overload

from vnreader.analysis.fold import fold
from vnreader.corpusviews.groups import EntityChoices, EntityGroup
from vnreader.index.entity_groups import decode_forms
from vnreader.index.fact_queries import Form
from vnreader.index.group_queries import GroupFilter, GroupQueries, GroupRow, sort_values

PAGE = 200


def touched_keys(choices: EntityChoices) -> set[str]:
    """The keys whose groups the user's choices change (a split group's key names the
    key it came from: every prefix ending before a ``/`` is taken, to be safe)."""
    named = {k for k, _ in choices.splits} | set(choices.merges) | set(choices.merges.values())
    keys = set(named)
    for name in named:
        keys.update(name[:i] for i, ch in enumerate(name) if ch == "/")
    return keys


def group_of_row(row: GroupRow) -> EntityGroup:
    key, label, name, _sortname, folded, mentions, articles, encoded = row
    forms = tuple(Form(*form) for form in decode_forms(key, encoded))
    return EntityGroup(key, label, name, forms, mentions, articles, folded)


def _values(sort: str, group: EntityGroup) -> tuple[object, ...]:
    return sort_values(
        sort, group.mentions, group.articles, (fold(group.name), group.name, group.key)
    )


class GroupPages(Sequence[EntityGroup]):
    """The groups of *where* (the index's rows) and *overlay* (already filtered and sorted
    by the same sort), merged in order."""

    def __init__(
        self, queries: GroupQueries, where: GroupFilter, overlay: list[EntityGroup]
    ) -> None:
        self.queries = queries
        self.where = where
        self.overlay = overlay
        self._values = [_values(where.sort, g) for g in overlay]
        self.rows = queries.count(where)
        self.positions = [queries.before(where, v) + j for j, v in enumerate(self._values)]
        self._pages: dict[int, list[EntityGroup]] = {}

    def __len__(self) -> int:
        return self.rows + len(self.overlay)

    def __eq__(self, other: object) -> bool:
        """Equal to a sequence of the same groups (a list, another listing)."""
        if not isinstance(other, Sequence):
            return NotImplemented
        return len(self) == len(other) and list(self) == list(other)

    __hash__ = None  # type: ignore[assignment]

    @overload
    def __getitem__(self, index: int) -> EntityGroup: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[EntityGroup]: ...
    def __getitem__(self, index: int | slice) -> EntityGroup | Sequence[EntityGroup]:
        if isinstance(index, slice):
            start, stop, step = index.indices(len(self))
            if step == 1:  # read in one pass (a CLI listing), not page by page
                return list(islice(self, start, stop))
            return [self[i] for i in range(start, stop, step)]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        j = bisect_left(self.positions, index)
        if j < len(self.positions) and self.positions[j] == index:
            return self.overlay[j]
        return self._row(index - j)

    def __iter__(self) -> Iterator[EntityGroup]:
        """Every group in order, the index's rows read in one query."""
        placed = 0
        for i, row in enumerate(self.queries.rows(self.where)):
            while placed < len(self.positions) and self.positions[placed] == i + placed:
                yield self.overlay[placed]
                placed += 1
            yield group_of_row(row)
        yield from self.overlay[placed:]

    def _row(self, index: int) -> EntityGroup:
        page = index // PAGE
        if page not in self._pages:
            found = self.queries.page(self.where, limit=PAGE, offset=page * PAGE)
            self._pages[page] = [group_of_row(row) for row in found]
        return self._pages[page][index - page * PAGE]

    def position(self, key: str) -> int | None:
        """Where the group *key* is in the sequence (None: not in it); a surname's group
        that joined a full name's since is where that one is."""
        found = self._position(key)
        if found is None:
            target = self.queries.target(key)
            found = None if target is None else self._position(target)
        return found

    def _position(self, key: str) -> int | None:
        for j, group in enumerate(self.overlay):
            if group.key == key:
                return self.positions[j]
        row = self.queries.row(self.where, key)
        if row is None:
            return None
        group = group_of_row(row)
        values = _values(self.where.sort, group)
        ahead = sum(1 for v in self._values if v < values)
        return self.queries.before(self.where, values) + ahead
