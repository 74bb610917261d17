"""The article list's data: annotation counts (one pass over the store) and the order of the
rows (pure logic, no widgets).

The list holds :class:`~vnreader.index.ArticleRow` objects, never article text: sorting
35,000 rows by title folds each title once (:class:`RowOrder` keeps the folded titles).
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol, overload

from vnreader.analysis.fold import fold_slowly
from vnreader.store import Annotation
from vnreader.store.model import progress_of

SORT_KEYS = ("title", "source", "date", "length", "annotations")
RELEVANCE = "relevance"  # the order of search results, until another sort is chosen


class Row(Protocol):
    """What the list needs of an article (``ArticleRow`` of the index, or an article)."""

    @property
    def id(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def source(self) -> str | None: ...
    @property
    def published(self) -> str | None: ...
    @property
    def length(self) -> int: ...


@dataclass
class Counts:
    tags: list[str] = field(default_factory=list)
    note: int = 0
    spans: int = 0
    review: tuple[int, int] | None = None  # suggestions decided / all, at the last review

    @property
    def total(self) -> int:
        return len(self.tags) + self.note + self.spans


NO_COUNTS = Counts()


def count_annotations(annotations: Iterable[Annotation]) -> dict[str, Counts]:
    """Tags, note and span counts per article id, and the review progress of its newest
    ``review`` record (as ``AnnotationStore.review_progress``), in one pass."""
    counts: dict[str, Counts] = {}
    newest: dict[str, tuple[str, str]] = {}  # article id -> (modified, id) of its review
    for ann in annotations:
        c = counts.setdefault(ann.article_id, Counts())
        if ann.kind == "tag" and ann.tag:
            c.tags.append(ann.tag)
        elif ann.kind == "note":
            c.note += 1
        elif ann.kind == "span":
            c.spans += 1
        elif ann.kind == "review":
            order = (ann.modified, ann.id)
            if order > newest.get(ann.article_id, ("", "")):
                newest[ann.article_id] = order
                c.review = progress_of(ann.label)
    return counts


class RowsOfIds(Sequence[Row]):
    """The rows of *ids* in that order, each looked up in *rows* when it is read: a search of
    100,000 hits makes no list of 100,000 rows, only the lines drawn look theirs up. Every id
    must be in *rows* (a dict only added to, or replaced by a new one, keeps that true)."""

    __slots__ = ("_rows", "ids")

    def __init__(self, ids: list[str], rows: Mapping[str, Row]) -> None:
        self.ids = ids
        self._rows = rows

    def __len__(self) -> int:
        return len(self.ids)

    @overload
    def __getitem__(self, index: int) -> Row: ...
    @overload
    def __getitem__(self, index: slice) -> list[Row]: ...
    def __getitem__(self, index: int | slice) -> Row | list[Row]:
        if isinstance(index, slice):
            return [self._rows[i] for i in self.ids[index]]
        return self._rows[self.ids[index]]

    def __iter__(self) -> Iterator[Row]:
        return map(self._rows.__getitem__, self.ids)

    def position(self, article_id: str) -> int | None:
        """The index of the row of *article_id* (a scan of the ids, at C speed)."""
        try:
            return self.ids.index(article_id)
        except ValueError:
            return None


def ids_in(ids: list[str], rows: Mapping[str, object]) -> list[str]:
    """*ids* without those not in *rows* (the same list when every one is: no copy)."""
    if all(map(rows.__contains__, ids)):
        return ids
    return list(filter(rows.__contains__, ids))


def row_date(row: Row) -> str:
    return (row.published or "")[:10]


def row_source(row: Row) -> str:
    return row.source or ""


def _fold_table() -> dict[int, str | None]:
    """A translate table equal to :func:`fold` on Latin letters (Vietnamese included), made
    from fold's definition for these ~800 characters only (every start sorts titles; fold's
    own table covers 2,600)."""
    table: dict[int, str | None] = {}
    for cp in (*range(0xC0, 0x250), *range(0x1E00, 0x1F00)):
        folded = fold_slowly(chr(cp))
        if folded != chr(cp):
            table[cp] = folded
    for cp in range(0x300, 0x370):  # stray combining marks
        table[cp] = None
    return table


_FOLD_TABLE = _fold_table()


def fast_fold(text: str) -> str:
    """:func:`vnreader.analysis.fold.fold` at C speed (``str.translate``) for Latin text."""
    return text.translate(_FOLD_TABLE).casefold()


class RowOrder:
    """Sorts rows; keeps each title's folded form, so that a sort costs one lookup a row."""

    def __init__(self) -> None:
        self._folded: dict[str, str] = {}
        self._every: tuple[object, list[Row]] | None = None

    def sort_every(
        self,
        version: object,
        rows: Iterable[Row],
        key: str,
        reverse: bool,
        counts: dict[str, Counts],
    ) -> list[Row]:
        """:meth:`sort` of every row, kept while *version* (of the rows and counts), *key*
        and *reverse* stay the same: Esc back from a search to every row is not a new sort
        of 200,000 rows. The list returned is shared: do not change it."""
        stamp = (version, key, reverse)
        if self._every is not None and self._every[0] == stamp:
            return self._every[1]
        ordered = self.sort(rows, key, reverse, counts)
        self._every = (stamp, ordered)
        return ordered

    def folded_title(self, row: Row) -> str:
        title = row.title
        folded = self._folded.get(title)
        if folded is None:
            folded = self._folded[title] = fast_fold(title)
        return folded

    def _part(self, part: str, counts: dict[str, Counts]) -> Callable[[Row], object]:
        if part == "title":
            return self.folded_title
        if part == "source":
            return lambda r: (r.source or "").casefold()
        if part == "date":
            return row_date
        if part == "length":
            return lambda r: r.length
        if part == "annotations":
            return lambda r: counts[r.id].total if r.id in counts else 0
        raise ValueError(f"unknown sort key {part!r}")

    def sort(
        self, rows: Iterable[Row], key: str, reverse: bool, counts: dict[str, Counts]
    ) -> list[Row]:
        """Sorted by *key*; by source or date, the rows without one come last either way.

        A key of two parts (date, then title) is two stable sorts by one part each, the
        second part first: comparing strings, not a tuple a row, is about twice as fast at
        200,000 rows."""
        if key not in PARTS:
            raise ValueError(f"unknown sort key {key!r}")
        ordered = list(rows)
        for part in reversed(PARTS[key]):
            ordered.sort(key=self._part(part, counts), reverse=reverse)  # type: ignore[arg-type]
        value = MISSING.get(key)
        if value is None or reverse:  # reversed, the empty values are already last
            return ordered
        # ascending, the rows without a value ("" sorts first) are a prefix: move it last
        first = bisect.bisect_left(ordered, True, key=lambda r: bool(value(r)))
        return ordered[first:] + ordered[:first]


# the parts of each sort key, most significant first
PARTS: dict[str, tuple[str, ...]] = {
    "title": ("title",),
    "source": ("source", "date"),
    "date": ("date", "title"),
    "length": ("length",),
    "annotations": ("annotations",),
}
MISSING: dict[str, Callable[[Row], str]] = {"source": row_source, "date": row_date}


def sorted_rows(
    rows: Sequence[Row], key: str, reverse: bool, counts: dict[str, Counts]
) -> list[Row]:
    """:meth:`RowOrder.sort` without a kept cache (for one-off sorts)."""
    return RowOrder().sort(rows, key, reverse, counts)
