"""Word tokens for the entity recogniser: offsets, gaps between words and syllable shapes.

A token is a run of letters and digits; "T&T" stays one token, and so does a Vietnamese
transliteration written with hyphens ("Mát-xcơ-va", "Ô-xtrây-li-a"). What lies between two
tokens is summarised as a *gap kind*: ``" "`` (spaces only), ``"-"`` (a dash, with or without
spaces), ``"."`` (a full stop, as after an initial), or ``"x"`` (anything else: a break).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from vnreader.analysis.fold import fold

_WORD = re.compile(r"[^\W_]+(?:&[^\W_]+)*")
_DASHES = frozenset("-–—‑")
# Onset, nucleus and coda of a Vietnamese syllable, on folded text (no diacritics, đ -> d).
_VIET_SYLLABLE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?"
)
_VIET_MARKS = re.compile(r"[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]")
# how long the syllable before a hyphen may be for the hyphen to join a transliteration
_MAX_TRANSLIT_PART = 5


@dataclass(slots=True)
class Tokens:
    """Parallel lists describing the words of a text."""

    words: list[str]
    starts: list[int]
    ends: list[int]
    gaps: list[str]  # gaps[i] is the gap kind between token i and token i + 1
    newline_before: list[bool]

    def __len__(self) -> int:
        return len(self.words)


def gap_kind(gap: str) -> str:
    """Summarise the text between two tokens (see the module docstring)."""
    if gap == " ":
        return " "
    if "\n" in gap:
        return "x"
    stripped = gap.strip()
    if not stripped:
        return " "
    if len(stripped) == 1:
        if stripped in _DASHES:
            return "-"
        if stripped == ".":
            return "."
    return "x"


def tokenize(text: str) -> Tokens:
    """Split *text* into word tokens with their offsets and the gaps between them."""
    words: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for m in _WORD.finditer(text):
        s, e = m.span()
        if (
            words
            and ends[-1] == s - 1
            and text[s - 1] == "-"
            and text[s].islower()
            and _translit_part(words[-1])
        ):
            # "Mát-xcơ-va": a hyphen followed by a lower-case syllable joins the word
            words[-1] = text[starts[-1] : e]
            ends[-1] = e
            continue
        words.append(m.group())
        starts.append(s)
        ends.append(e)
    gaps: list[str] = []
    newline_before: list[bool] = [True] * len(words)
    for i in range(len(words) - 1):
        gap = text[ends[i] : starts[i + 1]]
        gaps.append(gap_kind(gap))
        newline_before[i + 1] = "\n" in gap
    gaps.append("x")
    return Tokens(words, starts, ends, gaps, newline_before)


def _translit_part(word: str) -> bool:
    last = word.rsplit("-", 1)[-1]
    return len(last) <= _MAX_TRANSLIT_PART and last.isalpha()


@lru_cache(maxsize=65536)
def is_vietnamese(word: str) -> bool:
    """True when *word* looks like Vietnamese syllables (a transliteration counts)."""
    if _VIET_MARKS.search(word.lower()):
        return True
    return all(_VIET_SYLLABLE.fullmatch(part) for part in fold(word).split("-"))


def is_acronym(word: str) -> bool:
    """True for "ASEAN", "TTXVN", "T&T": two or more letters, all capitals."""
    return len(word) >= 2 and word.isupper()


def is_camel(word: str) -> bool:
    """True for "PetroVietnam", "RusVietPetro": a capital after a lower-case letter."""
    return word[:1].isupper() and not word.isupper() and any(c.isupper() for c in word[1:])


_ROMAN = re.compile(r"M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")


def is_roman(word: str) -> bool:
    """True for Roman numerals ("XV", "XIII"): ordinals, never entities."""
    return bool(word) and _ROMAN.fullmatch(word) is not None
