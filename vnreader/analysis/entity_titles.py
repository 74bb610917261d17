"""Titles of works in quotes: a film, a song, a book, a show ("MV 'Tìm lại tình yêu'").

A quoted phrase that starts with a capital, right after a word for a work ("phim", "MV",
"ca khúc", "tựa đề", ...), is a named work: MISC (guideline rule 41).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from vnreader.analysis.entity_state import ScanState, Span

_WORK_WORDS = frozenset(
    {"phim", "mv", "hát", "khúc", "liveshow", "show", "trình", "cuốn", "sách", "phẩm", "bức"}
    | {"tranh", "vở", "album", "đề", "thuyết", "gameshow", "tên", "kịch", "clip", "truyện"}
)
_OPENING = "\"“'‘«"
_CLOSING = "\"”'’»"
_MAX_TITLE = 10
_QUOTE = re.compile(f"[{_OPENING}]")


def quoted_titles(state: ScanState) -> list[Span]:
    """The works named in quotes in *state*'s text."""
    found: list[Span] = []
    words, starts = state.words, state.t.starts
    taken = 0
    for m in _QUOTE.finditer(state.text):
        k = bisect_left(starts, m.end())
        if k < taken or k == 0 or k >= state.n or starts[k] != m.end():
            continue  # the quote does not open a word
        gap = state.t.raw_gaps[k - 1]
        if gap[:-1].strip() == "" and state.lowers[k - 1] in _WORK_WORDS and words[k][0].isupper():
            end = _closing(state, k)
            if end is not None:
                found.append((k, end, "MISC", ""))
                taken = end
    return found


def _closing(state: ScanState, k: int) -> int | None:
    """The token after the last one before the closing quote of a title starting at k."""
    raw = state.t.raw_gaps
    end = k + 1
    while end <= state.n and end - k <= _MAX_TITLE:
        gap = raw[end - 1] if end < state.n else state.text[state.t.ends[end - 1] :]
        if gap[:1] in _CLOSING:
            return end
        if gap.strip() not in ("", ",", "-") or "\n" in gap:
            return None
        end += 1
    return None
