"""Analysing a very large text piece by piece: progress, cancellation, bounded work per step.

:func:`analyze` takes a whole text at once; for a text of many megabytes (a scraped dump
accepted as one article) that is minutes of work that cannot be interrupted. The
:func:`analyze_in_pieces` variant cuts the text at paragraph breaks (else at sentence ends,
else at spaces) into pieces of at most :data:`PIECE_CHARS`, analyses each, shifts the
offsets back into the whole text, and between pieces reports progress and asks whether to
stop. A name or figure cut by a piece boundary (only in a paragraph longer than a piece) may
be missed; everything else is what :func:`analyze` finds. Threads that share the process
with a long analysis need it in pieces all the more when the analysis is compiled (``pip
install .``): compiled code gives the other threads the interpreter less often.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import replace

import vnreader.analysis as analysis_module
from vnreader.analysis.model import Analysis, Entity, Figure

PIECE_CHARS = 5_000  # a few milliseconds of work: between two, the UI thread runs
PAUSE = 0.01  # seconds given to the other threads between pieces (the GIL)


class AnalysisCancelled(Exception):
    """*should_stop* said to stop: the analysis was abandoned between two pieces."""


def pieces(text: str, size: int = PIECE_CHARS) -> Iterator[tuple[int, int]]:
    """(start, end) of consecutive pieces covering *text*, each at most *size* characters
    (unless no break at all is found), cut after a paragraph break, a sentence or a space."""
    start = 0
    n = len(text)
    while start < n:
        end = min(n, start + size)
        if end < n:
            for mark in ("\n\n", ". ", " "):
                cut = text.rfind(mark, start + size // 2, end)
                if cut != -1:
                    end = cut + len(mark)
                    break
        yield start, end
        start = end


def analyze_in_pieces(
    text: str,
    *,
    should_stop: Callable[[], bool] = lambda: False,
    progress: Callable[[int, int], None] | None = None,
    size: int = PIECE_CHARS,
    each: Callable[[Analysis, int], None] | None = None,
) -> Analysis:
    """:func:`analyze` of *text*, piece by piece; ``progress(done, total)`` in characters.
    With *each*, every piece's analysis (its offsets in the piece) and start are handed
    to ``each(analysis, start)`` instead, and an empty analysis is returned (a caller
    that keeps less than every object found).

    Raises :class:`AnalysisCancelled` as soon as *should_stop* returns True.
    """
    analyze = analysis_module.analyze
    if len(text) <= size and each is None:
        return analyze(text)
    entities: list[Entity] = []
    figures: list[Figure] = []
    for start, end in pieces(text, size):
        if should_stop():
            raise AnalysisCancelled
        found = analyze(text[start:end])
        if each is not None:
            each(found, start)
            found = Analysis((), ())
        entities.extend(
            replace(e, start=e.start + start, end=e.end + start) for e in found.entities
        )
        figures.extend(replace(f, start=f.start + start, end=f.end + start) for f in found.figures)
        if progress is not None:
            progress(end, len(text))
        time.sleep(PAUSE)
    return Analysis(tuple(entities), tuple(figures))
