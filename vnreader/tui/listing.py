"""The article list's data: rows, annotation counts (one pass over the store), sorting and
diacritic-insensitive search (pure logic, no widgets)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from vnreader.analysis.fold import fold
from vnreader.corpus import Article
from vnreader.store import Annotation

SORT_KEYS = ("title", "source", "date", "length", "annotations")


@dataclass
class Counts:
    tags: list[str] = field(default_factory=list)
    note: int = 0
    spans: int = 0

    @property
    def total(self) -> int:
        return len(self.tags) + self.note + self.spans


def count_annotations(annotations: Iterable[Annotation]) -> dict[str, Counts]:
    """Tags, note and span counts per article id, in one pass."""
    counts: dict[str, Counts] = {}
    for ann in annotations:
        c = counts.setdefault(ann.article_id, Counts())
        if ann.kind == "tag" and ann.tag:
            c.tags.append(ann.tag)
        elif ann.kind == "note":
            c.note += 1
        elif ann.kind == "span":
            c.spans += 1
    return counts


def article_date(article: Article) -> str:
    return (article.published or "")[:10]


def article_source(article: Article) -> str:
    return article.source or ""


def sort_key(name: str, counts: dict[str, Counts]) -> Callable[[Article], object]:
    if name == "title":
        return lambda a: fold(a.title)
    if name == "source":
        return lambda a: (article_source(a).casefold(), article_date(a))
    if name == "date":
        return lambda a: (article_date(a), fold(a.title))
    if name == "length":
        return lambda a: len(a.text)
    if name == "annotations":
        return lambda a: counts[a.id].total if a.id in counts else 0
    raise ValueError(f"unknown sort key {name!r}")


MISSING = {"source": article_source, "date": article_date}


def sorted_articles(
    articles: Sequence[Article], key: str, reverse: bool, counts: dict[str, Counts]
) -> list[Article]:
    """Sorted by *key*; by source or date, the articles without one come last either way."""
    ordered = sorted(articles, key=sort_key(key, counts), reverse=reverse)  # type: ignore[arg-type]
    value = MISSING.get(key)
    if value is None:
        return ordered
    return [a for a in ordered if value(a)] + [a for a in ordered if not value(a)]


def _fold_table() -> dict[int, str | None]:
    """A translate table equal to :func:`fold` on Latin letters (Vietnamese included)."""
    table: dict[int, str | None] = {}
    for cp in (*range(0xC0, 0x250), *range(0x1E00, 0x1F00)):
        folded = fold(chr(cp))
        if folded != chr(cp):
            table[cp] = folded
    for cp in range(0x300, 0x370):  # stray combining marks
        table[cp] = None
    return table


_FOLD_TABLE = _fold_table()


def fast_fold(text: str) -> str:
    """:func:`vnreader.analysis.fold.fold` at C speed (``str.translate``) for Latin text."""
    return text.translate(_FOLD_TABLE).casefold()


class SearchIndex:
    """Folded title + text per article, built lazily (searching ignores case and diacritics)."""

    def __init__(self) -> None:
        self._folded: dict[tuple[str, str], str] = {}

    def haystack(self, article: Article) -> str:
        key = (article.id, article.content_hash)
        hay = self._folded.get(key)
        if hay is None:
            hay = fast_fold(article.title) + "\n" + fast_fold(article.text)
            self._folded[key] = hay
        return hay

    def matches(self, query: str, article: Article) -> bool:
        words = fast_fold(query).split()
        hay = self.haystack(article)
        return all(w in hay for w in words)
