"""Entity mentions and figures of one article as table rows, for the corpus-wide views.

:func:`fact_rows` is pure (it runs in the indexing workers beside the analysis): each
mention gets the number of its sentence, so co-occurrence in a sentence is a join; each
figure gets its sentence number, the date or year its sentence gives (``when``) and the
sentence itself, at most :data:`CONTEXT_CHARS` characters around the figure.
:func:`store_facts` and :func:`forget_facts` keep the ``mentions`` and ``figures`` tables
in step with the stored analysis, and the counts the views read with them (see
:mod:`vnreader.index.fact_counts`).
"""

from __future__ import annotations

import bisect
import sqlite3
from dataclasses import dataclass

from vnreader.analysis.fold import fold
from vnreader.analysis.model import Analysis, Figure
from vnreader.corpus.sentences import sentence_spans
from vnreader.index.fact_counts import add_doc, remove_doc

CONTEXT_CHARS = 300
DATED = ("date", "year")

MentionRow = tuple[int, int, str, str, str, int]
"""start, end, text, label, key, sentence"""
FigureRow = tuple[
    int, int, str, float | None, str | None, str, str | None, str | None, str | None, int, str
]
"""start, end, text, value, unit, category, approx, date, when, sentence, context"""


@dataclass(frozen=True, slots=True)
class Facts:
    """The rows of one article (picklable: made in a worker, written by the parent)."""

    mentions: tuple[MentionRow, ...] = ()
    figures: tuple[FigureRow, ...] = ()


def fact_rows(text: str, analysis: Analysis) -> Facts:
    """The mention and figure rows of *text* given its *analysis*."""
    spans = _sentences(text)
    starts = [s for s, _ in spans]

    def sentence_of(offset: int) -> int:
        return max(0, bisect.bisect_right(starts, offset) - 1)

    mentions = tuple(
        (e.start, e.end, e.text, e.label, e.key, sentence_of(e.start)) for e in analysis.entities
    )
    dated: dict[int, list[Figure]] = {}
    placed = [(f, sentence_of(f.start)) for f in analysis.figures]
    for f, n in placed:
        if f.category in DATED and f.date:
            dated.setdefault(n, []).append(f)
    figures = tuple(
        (
            f.start,
            f.end,
            f.text,
            f.value,
            f.unit,
            f.category,
            f.approx,
            f.date,
            _when(f, dated.get(n, [])),
            n,
            _context(text, spans[n] if spans else (0, len(text)), f.start, f.end),
        )
        for f, n in placed
    )
    return Facts(mentions, figures)


def _sentences(text: str) -> list[tuple[int, int]]:
    """Sentences, also cut at line breaks (a paragraph never runs into the next)."""
    spans: list[tuple[int, int]] = []
    offset = 0
    for line in text.split("\n"):
        spans.extend((offset + s, offset + e) for s, e in sentence_spans(line))
        offset += len(line) + 1
    return spans


def _when(figure: Figure, dated: list[Figure]) -> str | None:
    """The date a figure is given for: its own, else the nearest date or year of its
    sentence (one before it wins a tie)."""
    if figure.category in DATED and figure.date:
        return figure.date
    best: tuple[int, int, str] | None = None
    for other in dated:
        before = other.end <= figure.start
        distance = figure.start - other.end if before else other.start - figure.end
        candidate = (max(distance, 0), 0 if before else 1, other.date or "")
        if best is None or candidate < best:
            best = candidate
    return best[2] if best else None


def _context(text: str, span: tuple[int, int], start: int, end: int) -> str:
    lo, hi = min(span[0], start), max(span[1], end)
    if hi - lo > CONTEXT_CHARS:
        half = max(0, (CONTEXT_CHARS - (end - start)) // 2)
        lo = max(lo, start - half)
        hi = min(hi, max(end + half, lo + CONTEXT_CHARS))
    return " ".join(text[lo:hi].split())


INSERT_MENTION = (
    "INSERT INTO mentions (doc, start, end, text, label, key, sentence)"
    " VALUES (?, ?, ?, ?, ?, ?, ?)"
)
INSERT_FIGURE = (
    "INSERT INTO figures (doc, start, end, text, value, unit, category, approx, date, when_,"
    " sentence, context, folded) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def store_facts(conn: sqlite3.Connection, doc: int, facts: Facts, *, count: bool = True) -> None:
    """Replace the rows of article *doc* (inside the caller's transaction), counted; with
    *count* False the caller counts them, with others (:func:`.fact_counts.add_docs`)."""
    forget_facts(conn, doc)
    conn.executemany(INSERT_MENTION, [(doc, *m) for m in facts.mentions])
    conn.executemany(INSERT_FIGURE, [(doc, *f, fold(f[-1])) for f in facts.figures])
    if count:
        add_doc(conn, doc)


def forget_facts(conn: sqlite3.Connection, doc: int) -> None:
    """Drop the rows of article *doc*, taken out of the counts first."""
    remove_doc(conn, doc)
    conn.execute("DELETE FROM mentions WHERE doc = ?", (doc,))
    conn.execute("DELETE FROM figures WHERE doc = ?", (doc,))
