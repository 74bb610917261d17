"""Keyboard selection of a span of article text (pure logic, no Textual).

A selection is a half-open range of offsets into the article text. It starts as one word
(the cursor); word moves collapse it onto the next/previous word, extends grow or shrink
its end by whole words, and character adjustments move either edge by one code point.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

_WORD = re.compile(r"\w+(?:[.,:/-]\w+)*", re.UNICODE)


@dataclass(frozen=True, slots=True)
class Selection:
    start: int
    end: int


class Words:
    """The word boundaries of one text, for moving a selection by word."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.spans = [(m.start(), m.end()) for m in _WORD.finditer(text)]
        self._starts = [s for s, _ in self.spans]
        self._ends = [e for _, e in self.spans]

    def __len__(self) -> int:
        return len(self.spans)

    def index_at(self, offset: int) -> int:
        """The word containing *offset*, else the next one, else the last."""
        i = bisect.bisect_right(self._starts, offset) - 1
        if i >= 0 and self._ends[i] > offset:
            return i
        return min(i + 1, len(self.spans) - 1)

    def word_at(self, offset: int) -> Selection | None:
        if not self.spans:
            return None
        start, end = self.spans[self.index_at(offset)]
        return Selection(start, end)

    def nearest(self, offset: int) -> Selection | None:
        """The word containing *offset*, else the closer of the words before and after."""
        if not self.spans:
            return None
        i = bisect.bisect_right(self._starts, offset) - 1
        if i >= 0 and self._ends[i] > offset:
            return Selection(*self.spans[i])
        candidates = [j for j in (i, i + 1) if 0 <= j < len(self.spans)]
        j = min(
            candidates,
            key=lambda j: min(abs(self._starts[j] - offset), abs(self._ends[j] - offset)),
        )
        return Selection(*self.spans[j])

    def move(self, sel: Selection, step: int) -> Selection:
        """Collapse onto the word *step* words after the selection's end (or before its
        start): from a selection of several words, ``l`` lands after it, not inside."""
        if not self.spans:
            return sel
        if step > 0:
            i = bisect.bisect_left(self._starts, max(sel.start + 1, sel.end))
            i = min(i + step - 1, len(self.spans) - 1)
        else:
            i = bisect.bisect_left(self._starts, sel.start) + step
            i = max(i, 0)
        start, end = self.spans[i]
        return Selection(start, end)

    def extend(self, sel: Selection, step: int) -> Selection:
        """Move the selection's end by whole words (never before the first word)."""
        if not self.spans:
            return sel
        if step > 0:
            i = bisect.bisect_right(self._ends, sel.end)
            if i >= len(self.spans):
                return sel
            return Selection(sel.start, self._ends[i])
        i = bisect.bisect_left(self._ends, sel.end) - 1
        if i < 0 or self._ends[i] <= sel.start:
            return sel
        return Selection(sel.start, self._ends[i])

    def adjust(self, sel: Selection, edge: str, delta: int) -> Selection:
        """Move one edge (``"start"`` or ``"end"``) by *delta* characters, keeping ≥ 1 char."""
        start, end = sel.start, sel.end
        if edge == "start":
            start = min(max(0, start + delta), end - 1)
        else:
            end = max(min(len(self.text), end + delta), start + 1)
        return Selection(start, end)

    def jump(self, sel: Selection, chars: int) -> Selection:
        """Collapse onto the word about *chars* characters away (a line up or down)."""
        if not self.spans:
            return sel
        target = min(max(0, sel.start + chars), len(self.text) - 1)
        found = self.word_at(target)
        if found is None or found.start == sel.start:
            return self.move(sel, 1 if chars > 0 else -1)
        return found
