"""Placing a span annotation in an article's current text (import, and the spans export).

A span made on this very text (same content hash, quote at its offsets) stays as it is.
Otherwise it is found again by the store's anchoring (:func:`vnreader.store.anchoring.locate`:
same offsets, unique quote, best context, careful fuzzy match) and gets a fresh anchor on the
current text; if it cannot be placed safely it becomes an orphan, kept unchanged.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from vnreader.corpus.model import Article
from vnreader.store.anchoring import locate
from vnreader.store.model import ANCHORED, Anchor, Annotation


def current_offsets(anchor: Anchor, article: Article) -> tuple[int, int] | None:
    """Where *anchor* is in the article's current text, or None if its quote is gone."""
    text = article.text
    if (
        anchor.exact
        and anchor.content_hash == article.content_hash
        and text[anchor.start : anchor.end] == anchor.exact
    ):
        return anchor.start, anchor.end
    found = locate(anchor, text)
    return None if found is None else (found.start, found.end)


def place(ann: Annotation, article: Article | None) -> tuple[Annotation, str | None]:
    """*ann* placed in *article*, and a one-line reason when it could not be placed."""
    if article is None:
        what = f"{ann.kind} {_describe(ann)}".rstrip()
        return ann, f"article {ann.article_id} not in corpus ({what}; kept)"
    anchor = ann.anchor
    if ann.kind not in ANCHORED or anchor is None:
        return ann, None
    if not anchor.exact and 0 <= anchor.start < anchor.end <= len(article.text):
        # a position without a quote (another tool's TextPositionSelector): take it as given
        moved = Anchor.from_text(article.text, anchor.start, anchor.end, article.content_hash)
        return replace(ann, anchor=moved, orphan=False), None
    found = current_offsets(anchor, article)
    if found is None:
        reason = (
            f"span {_describe(ann)} in {article.id}: quote not found (or ambiguous) in the "
            "article's current text (kept as orphan)"
        )
        return replace(ann, orphan=True), reason
    start, end = found
    if (start, end) == (anchor.start, anchor.end) and anchor.content_hash == article.content_hash:
        return (replace(ann, orphan=False) if ann.orphan else ann), None
    moved = Anchor.from_text(article.text, start, end, article.content_hash)
    return replace(ann, anchor=moved, orphan=False), None


def _describe(ann: Annotation) -> str:
    if ann.anchor is not None:
        quote = ann.anchor.exact.replace("\n", " ")
        return f"“{quote[:40]}{'…' if len(quote) > 40 else ''}”"
    text = (ann.tag or ann.note or "").replace("\n", " ")
    return f"“{text[:40]}{'…' if len(text) > 40 else ''}”" if text else ""


def placed_rejections(
    rejections: Iterable[Annotation], article: Article
) -> set[tuple[int, int, str]]:
    """(start, end, label) of the rejected suggestions that can be placed in the article's
    current text."""
    placed: set[tuple[int, int, str]] = set()
    for ann in rejections:
        if ann.anchor is None or ann.orphan or not ann.label:
            continue
        found = current_offsets(ann.anchor, article)
        if found is not None and found[0] < found[1]:
            placed.add((found[0], found[1], ann.label))
    return placed
