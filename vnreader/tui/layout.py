"""Where a paragraph's characters are drawn: the displayed lines of a paragraph (with the
``⟨LABEL⟩`` markers after the user's spans), so that line moves and mouse clicks follow the
text as displayed rather than a count of characters.

The lines are cut where Textual cuts them: :class:`~textual.content.Content` wraps with
Rich's ``divide_line``, used here too.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from rich._wrap import divide_line


class ParagraphLayout:
    """The displayed lines of one paragraph of *length* characters drawn *width* cells wide,
    with *markers* ``(at, text)`` shown before local offset ``at``."""

    def __init__(self, text: str, markers: Sequence[tuple[int, str]], width: int) -> None:
        self.length = len(text)
        self.markers = sorted(markers)
        self._at = [at for at, _ in self.markers]
        self._shift = [0]  # display shift after the first k markers
        for _, marker in self.markers:
            self._shift.append(self._shift[-1] + len(marker))
        self._marker_starts = [at + self._shift[i] for i, at in enumerate(self._at)]
        pieces, pos = [], 0
        for at, marker in self.markers:
            pieces += [text[pos:at], marker]
            pos = at
        pieces.append(text[pos:])
        self.display_text = "".join(pieces)
        self.line_starts = [0, *divide_line(self.display_text, max(1, width), fold=True)]

    @property
    def lines(self) -> int:
        return len(self.line_starts)

    def display(self, local: int) -> int:
        """The display offset of the character at *local* (markers before it counted)."""
        return local + self._shift[bisect.bisect_right(self._at, local)]

    def local(self, display: int) -> int:
        """The text offset drawn at *display* (a marker's cells give the offset it follows)."""
        k = bisect.bisect_right(self._marker_starts, display)  # markers drawn before it
        if k and display < self._at[k - 1] + self._shift[k]:  # on the k-th marker
            return self._at[k - 1]
        return max(0, min(self.length, display - self._shift[k]))

    def line_col(self, local: int) -> tuple[int, int]:
        """The displayed line and column of the character at *local*."""
        d = self.display(local)
        line = bisect.bisect_right(self.line_starts, d) - 1
        return line, d - self.line_starts[line]

    def at(self, line: int, col: int) -> int:
        """The text offset drawn at (*line*, *col*), clamped to that line."""
        line = max(0, min(self.lines - 1, line))
        start = self.line_starts[line]
        end = self.line_starts[line + 1] if line + 1 < self.lines else len(self.display_text)
        return self.local(start + max(0, min(col, max(0, end - start - 1))))
