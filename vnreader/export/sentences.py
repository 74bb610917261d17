"""The sentence around a figure, for the context column of the figures table.

Sentences are the corpus's (:func:`vnreader.corpus.sentence_spans`, one splitter for the
whole project: initials such as "K. Kosachev" and "V. Putin", abbreviations and numbers do
not end a sentence), within each line: a line break always ends one.

A context is at most :data:`MAX_CONTEXT` characters: a "sentence" without full stops (a
scraped price table) is cut to the words around the figure, marked with "…", so that the
table's size grows with the article, not with the article times its figures.
"""

from __future__ import annotations

import bisect

from vnreader.corpus import sentence_spans

MAX_CONTEXT = 300


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of *text*, white space trimmed, in order."""
    bounds: list[tuple[int, int]] = []
    offset = 0
    for line in text.split("\n"):
        bounds += [(offset + s, offset + e) for s, e in sentence_spans(line)]
        offset += len(line) + 1
    return bounds


def sentence_at(text: str, start: int, end: int) -> str:
    """The sentence(s) of *text* that contain ``text[start:end]``."""
    return Sentences(text).around(start, end)


class Sentences:
    """The sentences of one text, computed once, for many look-ups."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.bounds = sentence_bounds(text)
        self._ends = [e for _, e in self.bounds]

    def around(self, start: int, end: int) -> str:
        """The sentence(s) containing ``text[start:end]`` (the span itself if in none)."""
        i = bisect.bisect_right(self._ends, start)
        j = i
        while j < len(self.bounds) and self.bounds[j][0] < end:
            j += 1
        if i >= j:
            return self.text[start:end]
        return self._bounded(
            min(self.bounds[i][0], start), max(self.bounds[j - 1][1], end), start, end
        )

    def _bounded(self, first: int, last: int, start: int, end: int) -> str:
        """``text[first:last]``, or at most :data:`MAX_CONTEXT` characters of it around
        ``[start, end)``, cut between words and marked with "…"."""
        text = self.text
        if last - first <= MAX_CONTEXT or end - start >= MAX_CONTEXT:
            return text[first:last] if last - first <= MAX_CONTEXT else text[start:end]
        room = MAX_CONTEXT - (end - start)
        left = max(first, start - room // 2)
        right = min(last, end + room - (start - left))
        left = max(first, right - MAX_CONTEXT)
        if left > first:
            space = text.find(" ", left, start)
            left = space + 1 if space != -1 else left
        if right < last:
            space = text.rfind(" ", end, right)
            right = space if space != -1 else right
        return ("…" if left > first else "") + text[left:right] + ("…" if right < last else "")
