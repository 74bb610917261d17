"""How the reader draws a very large article: in blocks, a window of them at a time.

An ordinary article is drawn one widget per paragraph. A very large one (a scraped dump of
200,000 lines, or one line of 19 MB) would need hundreds of thousands of widgets, or one
widget that wraps megabytes on every layout. So, past :data:`MAX_PARAGRAPHS` paragraphs or
:data:`MAX_PARAGRAPH_CHARS` characters in one, the text is cut into *blocks*: paragraphs,
and pieces of at most :data:`BLOCK_CHARS` characters of longer ones (cut at a space; the
pieces of one paragraph are contiguous, so offsets stay offsets into the article's text).
Then, past :data:`MAX_PARAGRAPHS` blocks, only a window of blocks is mounted (about
:data:`WINDOW_CHARS` of text, at most :data:`MAX_WINDOW` blocks);
it moves when the reader scrolls near its edge or jumps to a place outside it. Memory and
drawing time follow the window, not the article.
"""

from __future__ import annotations

import bisect
from array import array
from collections.abc import Iterable, Sequence
from typing import overload

MAX_PARAGRAPHS = 400
MAX_PARAGRAPH_CHARS = 10_000
BLOCK_CHARS = 1_000
WINDOW_CHARS = 16_000  # a window holds about this much text (several screens)...
MAX_WINDOW = 200  # ...in at most this many blocks
MARGIN_CHARS = 4_000  # text kept above the top of the screen when the window moves


class Blocks(Sequence[tuple[int, int]]):
    """The (start, end) of each block, in two arrays (16 bytes a block, where a list of
    tuples took ~100), found by offset in O(log n)."""

    def __init__(self, ranges: Iterable[tuple[int, int]]) -> None:
        self.starts = array("q")
        self.ends = array("q")
        for start, end in ranges:
            self.starts.append(start)
            self.ends.append(end)

    def __len__(self) -> int:
        return len(self.starts)

    @overload
    def __getitem__(self, i: int) -> tuple[int, int]: ...
    @overload
    def __getitem__(self, i: slice) -> list[tuple[int, int]]: ...
    def __getitem__(self, i: int | slice) -> tuple[int, int] | list[tuple[int, int]]:
        if isinstance(i, slice):
            return list(zip(self.starts[i], self.ends[i], strict=True))
        return self.starts[i], self.ends[i]

    def index_at(self, offset: int) -> int:
        """The block holding *offset* (the one before it when it falls between two)."""
        return max(0, bisect.bisect_right(self.starts, offset) - 1)


def blocks(text: str, paragraphs: Sequence[tuple[int, int]]) -> Blocks:
    """The (start, end) of each block drawn: *paragraphs* themselves for an ordinary
    article, else paragraphs cut into pieces of at most :data:`BLOCK_CHARS`."""
    if len(paragraphs) <= MAX_PARAGRAPHS and all(
        end - start <= MAX_PARAGRAPH_CHARS for start, end in paragraphs
    ):
        return Blocks(paragraphs)
    out = Blocks(())
    for start, end in paragraphs:
        while end - start > BLOCK_CHARS:
            cut = text.rfind(" ", start + BLOCK_CHARS // 2, start + BLOCK_CHARS)
            cut = cut + 1 if cut != -1 else start + BLOCK_CHARS
            out.starts.append(start)
            out.ends.append(cut)
            start = cut
        out.starts.append(start)
        out.ends.append(end)
    return out


def window_around(block: int, offsets: Sequence[tuple[int, int]]) -> tuple[int, int]:
    """The window (first, end) that shows *block* with about :data:`MARGIN_CHARS` of text
    before it and :data:`WINDOW_CHARS` in all (fewer blocks at the end of the article)."""
    total = len(offsets)
    first = block
    while first > 0 and block - first < MAX_WINDOW // 4:
        if offsets[block][0] - offsets[first - 1][0] > MARGIN_CHARS:
            break
        first -= 1
    end = first + 1
    while end < total and end - first < MAX_WINDOW:
        if offsets[end - 1][1] - offsets[first][0] > WINDOW_CHARS and end > block + 1:
            break
        end += 1
    while first > 0 and end - first < MAX_WINDOW:  # at the end: fill the window backwards
        if offsets[end - 1][1] - offsets[first - 1][0] > WINDOW_CHARS:
            break
        first -= 1
    return first, end
