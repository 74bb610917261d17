"""Canonical keys that group the variants of one entity ("PER:putin", "LOC:nga").

* People with a foreign name are keyed by their surname, folded and with the spelling
  differences of transliterations evened out: "Putin", "V. Putin" and "Vladimir Putin" give
  ``PER:putin``; "Matvienko", "Matvienco" and "Matviyenko" give ``PER:matvienko``.
* People with a Vietnamese name are keyed by the whole folded name ("PER:bui thanh son").
* Gazetteer names use the gazetteer key ("Mát-xcơ-va" and "Moscow" give ``LOC:moscow``).
* Other names are folded with their dashes and spaces evened out ("ORG:lien minh kinh te a-au").
"""

from __future__ import annotations

import re
from functools import lru_cache

from vnreader.analysis.entity_tokens import is_vietnamese
from vnreader.analysis.fold import fold

_DASH_SPACING = re.compile(r"\s*[-–—‑]\s*")
_SPACES = re.compile(r"\s+")
_REPEATS = re.compile(r"(.)\1+")
# spelling differences between transliterations of the same (mostly Slavic) name
_TRANSLIT = (
    ("ph", "f"),
    ("ck", "k"),
    ("ch", "\x00"),
    ("c", "k"),
    ("\x00", "ch"),
    ("w", "v"),
    ("yi", "i"),
    ("iy", "i"),
    ("y", "i"),
    ("j", "i"),
    ("q", "k"),
)


@lru_cache(maxsize=16384)
def plain(text: str) -> str:
    """Folded text with dashes and spaces evened out."""
    text = _DASH_SPACING.sub("-", fold(text))
    return _SPACES.sub(" ", text).strip(" .")


@lru_cache(maxsize=16384)
def translit(word: str) -> str:
    """Even out transliteration variants of a foreign word ("matviyenko" -> "matvienko")."""
    out = fold(word)
    for old, new in _TRANSLIT:
        out = out.replace(old, new)
    return _REPEATS.sub(r"\1", out)


@lru_cache(maxsize=16384)
def person_key(name: str) -> str:
    """Key of a person's name as written (titles already removed)."""
    words = [w for w in re.split(r"[\s.]+", name) if w]
    if not words:
        return "PER:"
    if all(is_vietnamese(w) for w in words) and len(words) > 1:
        return "PER:" + " ".join(fold(w) for w in words)
    return "PER:" + translit(words[-1])


@lru_cache(maxsize=16384)
def name_key(label: str, text: str) -> str:
    """Key of an organisation, location or other name that no gazetteer knows."""
    return f"{label}:{plain(text)}"
