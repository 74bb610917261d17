"""What the reader keeps of an article's analysis: its suggestions (the entities and figures
found) as compact spans, the side panel's counts, and the way back to a figure's details.

A very large article has millions of suggestions: as objects (an ``Entity``, a ``Figure``
and a highlight each) they took a gigabyte and made every garbage collection pass over
them. Here they are three arrays (start, end, kind and label as a small code), about 18
bytes a suggestion, built piece by piece in the analysing worker (:meth:`ArticleFacts.add`)
while each piece's own objects are dropped; highlights are made only for the blocks drawn
(:class:`vnreader.tui.highlights.MarkSet`). The side panel needs counts and the first
figures, kept as they come; the details of another figure (its value) come from analysing
its piece again (:meth:`ArticleFacts.figure_at`).
"""

from __future__ import annotations

import bisect
from array import array
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace

import vnreader.analysis as analysis_module
from vnreader.analysis import Analysis, Figure
from vnreader.tui.ranges import overlapping

Suggestion = tuple[int, int, str, str]  # start, end, kind ("entity"/"figure"), label
KIND_RANK = {"span": 0, "entity": 1, "figure": 2, "match": 3}  # my span first on the same text
FIRST_FIGURES = 300  # the figures the side panel lists (then "… and N more")


class Suggestions:
    """The suggestions of an article in text order (start, then longer first, entities
    before figures, then label), each once; added piece by piece, in text order."""

    def __init__(self) -> None:
        self.starts = array("q")
        self.ends = array("q")
        self.codes = array("H")
        self.kinds: list[tuple[str, str]] = []  # (kind, label) of each code
        self.per_code: list[int] = []  # how many suggestions have each code
        self._code: dict[tuple[str, str], int] = {}
        self.reach = 0  # the longest suggestion: how far back a range lookup looks

    def __len__(self) -> int:
        return len(self.starts)

    def add(self, analysis: Analysis, shift: int = 0) -> None:
        """The suggestions of *analysis* (of a piece of the text starting at *shift*, after
        every piece added before)."""
        items = {(e.start + shift, e.end + shift, "entity", e.label) for e in analysis.entities}
        items |= {(f.start + shift, f.end + shift, "figure", f.category) for f in analysis.figures}
        for start, end, kind, label in sorted(
            items, key=lambda s: (s[0], -s[1], KIND_RANK[s[2]], s[3])
        ):
            code = self._code.get((kind, label))
            if code is None:
                code = self._code[(kind, label)] = len(self.kinds)
                self.kinds.append((kind, label))
                self.per_code.append(0)
            self.starts.append(start)
            self.ends.append(end)
            self.codes.append(code)
            self.per_code[code] += 1
            self.reach = max(self.reach, end - start)

    def get(self, i: int) -> Suggestion:
        kind, label = self.kinds[self.codes[i]]
        return self.starts[i], self.ends[i], kind, label

    def key(self, i: int) -> tuple[int, int, int, str, str]:
        """The order of suggestion *i* among the highlights (see ``highlights.mark_key``)."""
        kind, label = self.kinds[self.codes[i]]
        return self.starts[i], -self.ends[i], KIND_RANK[kind], label, ""

    def at_place(self, start: int, end: int) -> Iterator[int]:
        """The suggestions on exactly [start, end)."""
        i = bisect.bisect_left(self.starts, start)
        while i < len(self.starts) and self.starts[i] == start:
            if self.ends[i] == end:
                yield i
            i += 1

    def index_of(self, suggestion: Suggestion) -> int:
        """Where *suggestion* is, else -1."""
        start, end, _, _ = suggestion
        return next((i for i in self.at_place(start, end) if self.get(i) == suggestion), -1)

    def overlapping(self, start: int, end: int) -> Iterator[int]:
        """The suggestions overlapping [start, end), in order (an empty range: those over
        its place and the empty ones at it)."""
        return overlapping(self.starts, self.ends, self.reach, start, end)


class ArticleFacts:
    """An article's analysis as the reader keeps it (see the module's docstring)."""

    def __init__(self) -> None:
        self.suggestions = Suggestions()
        self.entity_counts: Counter[tuple[str, str]] = Counter()  # (label, key): mentions
        self.entity_forms: dict[tuple[str, str], Counter[str]] = {}  # (label, key): spellings
        self.figures: list[Figure] = []  # the first FIRST_FIGURES, in text order
        self.figure_count = 0
        self.piece_starts = array("q")  # where each piece analysed begins

    @classmethod
    def of(cls, analysis: Analysis) -> ArticleFacts:
        """The facts of the analysis of a whole text."""
        facts = cls()
        facts.add(analysis)
        return facts

    def add(self, analysis: Analysis, shift: int = 0) -> None:
        """The analysis of the next piece of the text, which starts at *shift*."""
        self.piece_starts.append(shift)
        self.suggestions.add(analysis, shift)
        for e in analysis.entities:
            key = (e.label, e.key)
            self.entity_counts[key] += 1
            self.entity_forms.setdefault(key, Counter())[e.text] += 1
        room = FIRST_FIGURES - len(self.figures)
        self.figures += [
            replace(f, start=f.start + shift, end=f.end + shift) if shift else f
            for f in analysis.figures[: max(0, room)]
        ]
        self.figure_count += len(analysis.figures)

    def figure_at(self, text: str, start: int, end: int) -> Figure | None:
        """The figure on [start, end) of *text* (the article analysed), with its details:
        among the first ones kept, else found again by analysing its piece."""
        for figure in self.figures:
            if (figure.start, figure.end) == (start, end):
                return figure
        if not self.piece_starts or len(self.figures) < FIRST_FIGURES:
            return None  # every figure is kept: it is not one
        piece = max(0, bisect.bisect_right(self.piece_starts, start) - 1)
        first = self.piece_starts[piece]
        last = self.piece_starts[piece + 1] if piece + 1 < len(self.piece_starts) else len(text)
        for figure in analysis_module.analyze(text[first:last]).figures:
            if (figure.start + first, figure.end + first) == (start, end):
                return replace(figure, start=start, end=end)
        return None
