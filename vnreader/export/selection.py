"""Which articles and annotations an export covers, grouped and in a stable order.

Every format uses :func:`select`, so ``tags``/``article_ids`` mean the same everywhere:
``tags`` keeps the articles carrying any of those tags, ``article_ids`` only those articles.
Annotations whose article is not in the corpus (or orphans) are grouped under their article
id like any other, after the corpus articles, so no format drops them silently.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field

from vnreader.corpus.model import Article
from vnreader.store.model import Annotation


@dataclass
class ArticleGroup:
    """One article id with its annotations; ``article`` is None when not in the corpus."""

    article_id: str
    article: Article | None
    annotations: list[Annotation] = field(default_factory=list)

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

    def ordered(self) -> list[Annotation]:
        """Tags, then notes, then spans in text order (tombstones aside: see ``deleted``)."""
        return [*self.tags, *self.notes, *self.spans]


def span_order(a: Annotation) -> tuple[int, int, str, str]:
    start, end = (a.anchor.start, a.anchor.end) if a.anchor else (-1, -1)
    return (start, end, a.created, a.id)


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
    by_article: dict[str, list[Annotation]] = defaultdict(list)
    for ann in annotations:
        by_article[ann.article_id].append(ann)
    known = {a.id: a for a in articles}
    order = [a.id for a in articles if with_unannotated or a.id in by_article]
    order += sorted(aid for aid in by_article if aid not in known)
    wanted_tags = _as_set(tags)
    wanted_ids = _as_set(article_ids)
    groups: list[ArticleGroup] = []
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
        groups.append(ArticleGroup(aid, known.get(aid), list(anns)))
    return groups


def _as_set(values: Collection[str] | None) -> set[str] | None:
    """The filter as a set; None or empty means "no filter"; one string is one value."""
    if not values:
        return None
    return {values} if isinstance(values, str) else set(values)
