"""Vietnamese spelling with its tone marks kept, and their placement made one.

Folding (:mod:`vnreader.analysis.fold`) drops every mark, so "Hùng", "Hưng" and "Hưởng" fold
alike: right for a search, wrong for telling people apart. Two spellings of one word differ
only in where the tone mark of a final "oa", "oe" or "uy" sits: on the first vowel ("hòa",
"thủy"), as the word lists write it, or on the second ("hoà", "thuỷ"), as many papers do.
:func:`tone_spellings` gives both; :func:`spelled` keeps the letters and the tone and puts
the mark on the first, so both spellings give one text and "Hùng" and "Hưng" stay apart.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# a word ending in "oa", "oe" or "uy" (not after "q": "quả", "quý"), decomposed, with the tone
# mark (grave, acute, tilde, hook, dot below) after one of the two vowels
_TONE = "[\u0300\u0301\u0303\u0309\u0323]"
_OPEN_PAIR = re.compile(f"(.*[^qQ]|)([oO]({_TONE}?)[aAeE]|[uU]({_TONE}?)[yY])({_TONE}?)")


def tone_spellings(word: str) -> tuple[str, str]:
    """*word* with the tone mark of its final "oa", "oe" or "uy" on the first vowel and on
    the second ("hòa", "hoà"); (*word*, *word*) when it ends in no such toned pair."""
    decomposed = unicodedata.normalize("NFD", word)
    m = _OPEN_PAIR.fullmatch(decomposed)
    if m is None:
        return word, word
    first_mark = m.group(3) or m.group(4)
    tone = first_mark or m.group(5)
    if not tone or (first_mark and m.group(5)):
        return word, word
    pair = m.group(2).replace(tone, "")
    before = m.group(1)
    return (
        unicodedata.normalize("NFC", before + pair[0] + tone + pair[1]),
        unicodedata.normalize("NFC", before + pair + tone),
    )


@lru_cache(maxsize=16384)
def spelled_word(word: str) -> str:
    """*word* in lower case, a final "oa", "oe" or "uy" toned on its first vowel."""
    return tone_spellings(unicodedata.normalize("NFC", word.lower()))[0]


_WORD = re.compile(r"[^\W\d_]+")


def spelled(text: str) -> str:
    """*text* in lower case with each word's tone mark placed one way: "Hoà" and "Hòa" give
    "hòa", "Thuỷ" and "Thủy" give "thủy"; "Hùng" stays "hùng", apart from "hưng"."""
    return _WORD.sub(lambda m: spelled_word(m.group()), text)
