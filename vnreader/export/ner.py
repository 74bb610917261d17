"""NER training data (``spans``): doccano JSON Lines from the user's span labels.

One line per article (or per paragraph with ``per="paragraph"``, offsets re-based)::

    {"text": "…", "label": [[start, end, "PER"], …], "article_id": "…", "title": "…"}

``label`` is doccano's key for sequence-labelling imports. Offsets are code points of the
NFC text, end exclusive, or UTF-16 code units with ``utf16=True`` (what doccano counts in).
Span edges are trimmed of spaces. Spans without a label and orphans (quote no longer in the
text) are left out and counted in the summary. With ``include_suggestions`` the entities
:func:`vnreader.analysis.analyze` finds are added where they overlap no user span (the
user's spans win; overlapping user spans are all kept, as the user made them) unless the
user rejected them. The suggestions the user rejected (``X`` in the reader) are written as
``"rejected": [[start, end, label], …]`` on the lines that have some: training data with
both polarities. A rejected figure is no entity, so no NER example: it is left out here
(json, jsonl and W3C keep it, with ``tag`` ``figure`` and its category as label).
:func:`labelled_spans` is shared with the spaCy ``docbin`` export.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TextIO

from vnreader.analysis import Analysis, analyze
from vnreader.corpus.model import Article
from vnreader.export.placement import current_offsets, placed_rejections
from vnreader.export.results import ExportSummary
from vnreader.export.selection import ArticleGroup
from vnreader.store.model import trim_spaces

PER_VALUES = ("article", "paragraph")
Span = tuple[int, int, str]


@dataclass
class Skipped:
    """Spans left out of a training-data export, by reason (for the summary)."""

    unlabelled: int = 0
    orphans: int = 0
    crossing: int = 0
    not_in_corpus: int = 0
    unaligned: int = 0

    def report(self, summary: ExportSummary) -> None:
        for count, why in (
            (self.unlabelled, "without a label"),
            (self.orphans, "whose quote is no longer in the article (orphans)"),
            (self.crossing, "crossing a paragraph break"),
            (self.not_in_corpus, "on articles not in the corpus"),
            (self.unaligned, "not on word boundaries (spaCy tokens)"),
        ):
            if count:
                summary.skipped += count
                summary.messages.append(f"{count} span{'s' if count != 1 else ''} {why} left out")


def labelled_spans(
    groups: Iterable[ArticleGroup], skipped: Skipped, *, include_suggestions: bool = False
) -> Iterator[tuple[Article, list[Span], list[Span]]]:
    """Each article of the groups with its labelled spans in the current text (sorted),
    edges trimmed of spaces, and the suggestions the user rejected there; articles with
    neither are left out."""
    for group in groups:
        article = group.article
        user_spans = [s for s in group.spans if s.anchor is not None]
        if article is None:
            skipped.not_in_corpus += sum(1 for s in user_spans if s.label)
            continue
        spans: set[Span] = set()
        for ann in user_spans:
            assert ann.anchor is not None
            if not ann.label:
                skipped.unlabelled += 1
                continue
            found = None if ann.orphan else current_offsets(ann.anchor, article)
            found = None if found is None else trim_spaces(article.text, *found)
            if found is None:
                skipped.orphans += 1
                continue
            spans.add((found[0], found[1], ann.label))
        rejected = placed_rejections(group.rejected_entities, article)
        if include_suggestions:
            spans |= suggestions(article, spans, group.analysis) - rejected
        if spans or rejected:
            yield article, sorted(spans), sorted(rejected)


def utf16_offsets(text: str, spans: list[Span]) -> list[Span]:
    """*spans* counted in UTF-16 code units, as doccano (JavaScript) counts: every character
    outside the Basic Multilingual Plane (an emoji, a rare Han character) counts twice."""
    if text.isascii() or all(ord(c) < 0x10000 for c in text):
        return spans
    units = [0]
    for ch in text:
        units.append(units[-1] + (2 if ord(ch) >= 0x10000 else 1))
    return [(units[s], units[e], label) for s, e, label in spans]


def write(
    groups: Iterable[ArticleGroup],
    out: TextIO,
    *,
    include_suggestions: bool = False,
    per: str = "article",
    utf16: bool = False,
) -> ExportSummary:
    if per not in PER_VALUES:
        raise ValueError(f"per must be one of {', '.join(PER_VALUES)}, not {per!r}")
    summary = ExportSummary()
    skipped = Skipped()
    found = labelled_spans(groups, skipped, include_suggestions=include_suggestions)
    for article, spans, rejected in found:
        lines: list[tuple[str, list[Span], int | None]]
        wrong: list[list[Span]]
        if per == "article":
            lines, wrong = [(article.text, spans, None)], [rejected]
        else:
            lines, lost = _by_paragraph(article, set(spans))
            skipped.crossing += lost
            wrong = [inside for _, inside, _ in _by_paragraph(article, set(rejected))[0]]
        wrote = False
        for (text, labels, paragraph), no in zip(lines, wrong, strict=True):
            if not labels and not no:
                continue
            record: dict[str, object] = {
                "text": text,
                "label": [list(s) for s in (utf16_offsets(text, labels) if utf16 else labels)],
                "article_id": article.id,
                "title": article.title,
            }
            if no:
                record["rejected"] = [list(s) for s in (utf16_offsets(text, no) if utf16 else no)]
            if paragraph is not None:
                record["paragraph"] = paragraph
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            summary.annotations += len(labels)
            wrote = True
        summary.articles += wrote
    skipped.report(summary)
    return summary


def suggestions(article: Article, user: set[Span], analysis: Analysis | None = None) -> set[Span]:
    """The analyser's entities (*analysis*, else found now) that overlap no user span nor
    each other."""
    taken = sorted((s, e) for s, e, _ in user)
    result: set[Span] = set()
    found = analysis or analyze(article.text)
    for ent in sorted(found.entities, key=lambda e: (e.start, -e.end)):
        if ent.end <= ent.start or any(s < ent.end and ent.start < e for s, e in taken):
            continue
        taken.append((ent.start, ent.end))
        result.add((ent.start, ent.end, ent.label))
    return result


def _by_paragraph(
    article: Article, spans: set[Span]
) -> tuple[list[tuple[str, list[Span], int | None]], int]:
    lines: list[tuple[str, list[Span], int | None]] = []
    placed = 0
    for i, (p_start, p_end) in enumerate(article.paragraph_offsets()):
        inside = sorted(
            (s - p_start, e - p_start, label)
            for s, e, label in spans
            if p_start <= s and e <= p_end
        )
        placed += len(inside)
        lines.append((article.paragraphs[i], inside, i))
    return lines, len(spans) - placed
