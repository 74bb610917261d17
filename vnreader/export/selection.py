"""Which articles and annotations an export covers, grouped and in a stable order.

Every format uses :func:`select`, so ``tags``/``article_ids`` mean the same everywhere:
``tags`` keeps the articles carrying any of those tags, ``article_ids`` only those articles.
Annotations whose article is not in the corpus (or orphans) are grouped under their article
id like any other, after the corpus articles, so no format drops them silently.

:func:`select` takes the articles in memory; :func:`select_from` reads them one at a time
from an :class:`ArticleSource` (the corpus index), with their stored analysis when asked,
so an export of a big corpus holds one article at a time.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Container, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from vnreader.analysis.model import Analysis
from vnreader.corpus.model import Article
from vnreader.store.model import Annotation

FIGURE_CATEGORIES = frozenset({"money", "quantity", "percent", "date", "year", "duration", "other"})


def rejected_kind(ann: Annotation) -> str:
    """What a rejection rejected: ``entity`` or ``figure`` (its ``tag``; for a record made
    before it was kept, a figure category as label tells)."""
    if ann.tag is not None and ann.tag in ("entity", "figure"):
        return ann.tag
    return "figure" if ann.label in FIGURE_CATEGORIES else "entity"


@dataclass
class ArticleGroup:
    """One article id with its annotations; ``article`` is None when not in the corpus."""

    article_id: str
    article: Article | None
    annotations: list[Annotation] = field(default_factory=list)
    analysis: Analysis | None = None  # stored analysis of the article, when the source has it

    @property
    def live(self) -> list[Annotation]:
        return [a for a in self.annotations if not a.is_deleted]

    @property
    def deleted(self) -> list[Annotation]:
        """Tombstones of deleted annotations, oldest deletion first."""
        return sorted(
            (a for a in self.annotations if a.is_deleted), key=lambda a: (a.modified, a.id)
        )

    @property
    def tags(self) -> list[Annotation]:
        return sorted(
            (a for a in self.live if a.kind == "tag"),
            key=lambda a: (a.tag or "", a.created, a.id),
        )

    @property
    def tag_names(self) -> list[str]:
        return sorted({a.tag for a in self.tags if a.tag})

    @property
    def notes(self) -> list[Annotation]:
        return sorted((a for a in self.live if a.kind == "note"), key=lambda a: (a.created, a.id))

    @property
    def spans(self) -> list[Annotation]:
        return sorted((a for a in self.live if a.kind == "span"), key=span_order)

    @property
    def rejections(self) -> list[Annotation]:
        """The suggestions the user rejected, in text order."""
        return sorted((a for a in self.live if a.kind == "rejection"), key=span_order)

    @property
    def rejected_entities(self) -> list[Annotation]:
        """The rejected entity suggestions: negative examples for NER training data (a
        rejected figure names no entity)."""
        return [a for a in self.rejections if rejected_kind(a) == "entity"]

    @property
    def rejected_figures(self) -> list[Annotation]:
        return [a for a in self.rejections if rejected_kind(a) == "figure"]

    @property
    def reviews(self) -> list[Annotation]:
        """How far the article's review went (``review`` records), oldest first."""
        found = (a for a in self.live if a.kind == "review")
        return sorted(found, key=lambda a: (a.modified, a.id))

    @property
    def entities(self) -> list[Annotation]:
        """The corpus-wide entity choices (merges and splits), oldest first."""
        found = (a for a in self.live if a.kind == "entity")
        return sorted(found, key=lambda a: (a.created, a.id))

    def ordered(self) -> list[Annotation]:
        """Tags, then notes, then spans, then rejections in text order (tombstones aside:
        see ``deleted``)."""
        return [*self.tags, *self.notes, *self.spans, *self.rejections]


def span_order(a: Annotation) -> tuple[int, int, str, str]:
    start, end = (a.anchor.start, a.anchor.end) if a.anchor else (-1, -1)
    return (start, end, a.created, a.id)


class ArticleSource(Protocol):
    """Articles read one at a time: ids in list order, each article and its analysis by id."""

    def ids(self) -> list[str]: ...

    def __contains__(self, article_id: object) -> bool: ...

    def load(self, article_id: str) -> Article: ...

    def analysis(self, article_id: str) -> Analysis: ...


def select(
    articles: Sequence[Article],
    annotations: Iterable[Annotation],
    *,
    tags: Collection[str] | None = None,
    article_ids: Collection[str] | None = None,
    with_unannotated: bool = False,
) -> list[ArticleGroup]:
    """The article groups an export writes: corpus order first, then unknown ids sorted.

    Without ``with_unannotated`` only articles with at least one annotation are returned.
    """
    known = {a.id: a for a in articles}
    chosen = _chosen(
        [a.id for a in articles], known, annotations, tags, article_ids, with_unannotated
    )
    return [ArticleGroup(aid, known.get(aid), anns) for aid, anns in chosen]


def select_from(
    source: ArticleSource,
    annotations: Iterable[Annotation],
    *,
    tags: Collection[str] | None = None,
    article_ids: Collection[str] | None = None,
    with_unannotated: bool = False,
    with_analysis: bool = False,
) -> Iterator[ArticleGroup]:
    """:func:`select` over a source: each group's article (and, *with_analysis*, its
    analysis) is read when the group is reached, and only for the groups chosen."""
    ids = source.ids()
    chosen = _chosen(ids, source, annotations, tags, article_ids, with_unannotated)
    for aid, anns in chosen:
        if aid not in source:
            yield ArticleGroup(aid, None, anns)
            continue
        analysis = source.analysis(aid) if with_analysis else None
        yield ArticleGroup(aid, source.load(aid), anns, analysis)


def _chosen(
    ids: list[str],
    known: Container[str],
    annotations: Iterable[Annotation],
    tags: Collection[str] | None,
    article_ids: Collection[str] | None,
    with_unannotated: bool,
) -> list[tuple[str, list[Annotation]]]:
    """The ids of the groups, in order, with their annotations (see :func:`select`)."""
    by_article: dict[str, list[Annotation]] = defaultdict(list)
    for ann in annotations:
        by_article[ann.article_id].append(ann)
    order = [aid for aid in ids if with_unannotated or aid in by_article]
    order += sorted(aid for aid in by_article if aid not in known)
    wanted_tags = _as_set(tags)
    wanted_ids = _as_set(article_ids)
    chosen: list[tuple[str, list[Annotation]]] = []
    seen: set[str] = set()
    for aid in order:
        if aid in seen:
            continue
        seen.add(aid)
        if wanted_ids is not None and aid not in wanted_ids:
            continue
        anns = by_article.get(aid, [])
        if wanted_tags is not None and not any(
            a.kind == "tag" and a.tag in wanted_tags for a in anns
        ):
            continue
        chosen.append((aid, list(anns)))
    return chosen


def _as_set(values: Collection[str] | None) -> set[str] | None:
    """The filter as a set; None or empty means "no filter"; one string is one value."""
    if not values:
        return None
    return {values} if isinstance(values, str) else set(values)
