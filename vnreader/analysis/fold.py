"""Folding for search: case and Vietnamese diacritics ignored ("Bùi" ~ "bui", "đ" ~ "d")."""

from __future__ import annotations

import re
import unicodedata

_EXTRA = str.maketrans({"đ": "d", "Đ": "d", "ð": "d"})


def fold(text: str) -> str:
    """Lower-case *text* and strip its diacritics, so that searches ignore both."""
    decomposed = unicodedata.normalize("NFD", text.translate(_EXTRA))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.casefold()


def matches(query: str, text: str) -> bool:
    """True when every word of *query* occurs in *text*, ignoring case and diacritics."""
    haystack = fold(text)
    return all(word in haystack for word in fold(query).split())


def find_folded(text: str, query: str) -> list[tuple[int, int]]:
    """Every occurrence of *query* in *text*, ignoring case, diacritics and the width of
    white space, as (start, end) offsets into *text* itself (not its folded form)."""
    words = fold(query).split()
    if not words:
        return []
    folded: list[str] = []
    origin: list[int] = []  # the offset in *text* of each folded character
    for i, ch in enumerate(text):
        for out in fold(ch):
            folded.append(out)
            origin.append(i)
    pattern = re.compile(r"\s+".join(re.escape(w) for w in words))
    return [
        (origin[m.start()], origin[m.end() - 1] + 1)
        for m in pattern.finditer("".join(folded))
        if m.end() > m.start()
    ]
