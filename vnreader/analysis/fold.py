"""Folding for search: case and Vietnamese diacritics ignored ("Bùi" ~ "bui", "đ" ~ "d").

Folding is defined character by character (:func:`fold_slowly`: NFD, combining marks
dropped, case folded, "đ" as "d"), so :func:`fold` looks each character of the common
scripts up in a table made once from that definition; text holding any other character
takes the definition itself. The corpus index folds every article, hence the table.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from collections.abc import Callable
from functools import cache

_EXTRA = str.maketrans({"đ": "d", "Đ": "d", "ð": "d"})
# Latin, Greek, Cyrillic; Latin Extended Additional (Vietnamese), Greek Extended,
# general punctuation; currency signs
_TABLE_RANGES = ((0x0000, 0x0530), (0x1E00, 0x2070), (0x20A0, 0x20D0))
_OUTSIDE = re.compile(
    "[^"
    + "".join(f"{re.escape(chr(lo))}-{re.escape(chr(hi - 1))}" for lo, hi in _TABLE_RANGES)
    + "]"
)


def fold_slowly(text: str) -> str:
    """The definition of :func:`fold`, one character at a time."""
    decomposed = unicodedata.normalize("NFD", text.translate(_EXTRA))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.casefold()


@cache
def _table() -> dict[int, str]:
    table: dict[int, str] = {}
    for lo, hi in _TABLE_RANGES:
        for code in range(lo, hi):
            folded = fold_slowly(chr(code))
            if folded != chr(code):
                table[code] = folded
    return table


@cache
def _uneven() -> re.Pattern[str]:
    """A character that does not fold into exactly one character (ß, combining marks, and
    any character outside the table)."""
    odd = [chr(code) for code, folded in _table().items() if len(folded) != 1]
    return re.compile(f"{_OUTSIDE.pattern}|[{''.join(re.escape(ch) for ch in odd)}]")


def fold(text: str) -> str:
    """Lower-case *text* and strip its diacritics, so that searches ignore both."""
    if _OUTSIDE.search(text):
        return fold_slowly(text)
    return text.translate(_table())


def matches(query: str, text: str) -> bool:
    """True when every word of *query* occurs in *text*, ignoring case and diacritics."""
    haystack = fold(text)
    return all(word in haystack for word in fold(query).split())


SEARCH_CHUNK = 1_000_000  # a longer text is searched a piece at a time


def find_folded(
    text: str,
    query: str,
    *,
    chunk: int = SEARCH_CHUNK,
    between: Callable[[], object] | None = None,
) -> list[tuple[int, int]]:
    """Every occurrence of *query* in *text*, ignoring case, diacritics and the width of
    white space, as (start, end) offsets into *text* itself (not its folded form); see
    :func:`find_folded_spans`."""
    starts, ends = find_folded_spans(text, query, chunk=chunk, between=between)
    return list(zip(starts, ends, strict=True))


def find_folded_spans(
    text: str,
    query: str,
    *,
    chunk: int = SEARCH_CHUNK,
    between: Callable[[], object] | None = None,
) -> tuple[array[int], array[int]]:
    """Every occurrence of *query* in *text* as :func:`find_folded` finds them, held
    compactly: their starts and their ends, in order (a search of a large article finds
    hundreds of thousands; one object each kept the other threads waiting).

    A text longer than *chunk* is folded and searched a piece at a time (each piece read
    with up to 10,000 characters more, for a match that runs over its end): no folded copy
    of a text of many megabytes, and no single step that keeps other threads waiting for
    seconds; *between* is called after each piece (a thread gives others their turn). A
    match longer than that margin may be missed."""
    starts: array[int] = array("q")
    ends: array[int] = array("q")
    words = fold(query).split()
    if not words:
        return starts, ends
    pattern = re.compile(r"\s+".join(re.escape(w) for w in words))
    if len(text) <= chunk:
        for start, end in _find(pattern, text):
            starts.append(start)
            ends.append(end)
        return starts, ends
    margin = min(chunk, 10_000)
    reached = 0  # the end of the last match: the search goes on from there, as in one piece
    for base in range(0, len(text), chunk):
        begin = max(base, reached)  # "aa" in "AAAAAABAAAA": the match at 9, not one at 8
        for start, end in _find(pattern, text[begin : base + chunk + margin]):
            if begin + start >= base + chunk:
                break
            starts.append(begin + start)
            ends.append(begin + end)
            reached = begin + end
        if between is not None:
            between()
    return starts, ends


def _find(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    if not _uneven().search(text):  # one folded character per character: the same offsets
        return [(m.start(), m.end()) for m in pattern.finditer(fold(text)) if m.end() > m.start()]
    folded: list[str] = []
    origin: list[int] = []  # the offset in *text* of each folded character
    for i, ch in enumerate(text):
        for out in fold(ch):
            folded.append(out)
            origin.append(i)
    found: list[tuple[int, int]] = []
    reached = 0  # matches never overlap in *text*: "s" twice in the "ss" of one "ß" is one
    for m in pattern.finditer("".join(folded)):
        start, end = origin[m.start()], origin[m.end() - 1] + 1
        if m.end() > m.start() and start >= reached:
            found.append((start, end))
            reached = end
    return found
