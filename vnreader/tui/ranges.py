"""Ranges sorted by start, looked up by place: the one lookup behind the reader's
suggestions (:class:`vnreader.tui.article_facts.Suggestions`) and its other marks
(:class:`vnreader.tui.highlights.MarkIndex`)."""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence


def overlapping(
    starts: Sequence[int], ends: Sequence[int], reach: int, start: int, end: int
) -> Iterator[int]:
    """The indexes of the ranges (``starts[i]``, ``ends[i]``), sorted by start, that
    overlap [start, end), in order; an empty range finds those over its place and the empty
    ones at it. *reach* is the longest range's length: how far back a range may start."""
    lo = bisect.bisect_left(starts, start - reach)
    hi = bisect.bisect_left(starts, end if end > start else start + 1)
    for i in range(lo, hi):
        if start < ends[i] and (end > starts[i] or start == end == starts[i]):
            yield i
