"""Folding for search: case and Vietnamese diacritics ignored ("Bùi" ~ "bui", "đ" ~ "d")."""

from __future__ import annotations

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
