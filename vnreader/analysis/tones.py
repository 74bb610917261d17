"""Vietnamese spelling with its tone marks kept, and their placement made one.

Folding (:mod:`vnreader.analysis.fold`) drops every mark, so "Hùng", "Hưng" and "Hưởng" fold
alike: right for a search, wrong for telling people apart. Two spellings of one word differ
only in where the tone mark of a final "oa", "oe" or "uy" sits: on the first vowel ("hòa",
"thủy"), as the word lists write it, or on the second ("hoà", "thuỷ"), as many papers do.
:func:`tone_spellings` gives both; :func:`spelled` keeps the letters and the tone and puts
the mark where the syllable carries it (the first of those pairs), so both spellings, and a
mark typed on the wrong vowel ("Hùynh"), give one text, and "Hùng" and "Hưng" stay apart.
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


_TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")
_VOWELS = frozenset("aăâeêioôơuưy")
_MARKED = frozenset("ăâêôơư")  # vowels with a mark of their own: the tone goes on one


@lru_cache(maxsize=16384)
def spelled_word(word: str) -> str:
    """*word* in lower case with its tone mark on the vowel that carries it, a final "oa",
    "oe" or "uy" toned on its first vowel: "hoà" and "hòa" give "hòa", and a mark typed on
    the wrong vowel goes to its place ("Hùynh" gives "huỳnh")."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    tones = [c for c in decomposed if c in _TONES]
    if len(tones) != 1:  # no tone, or not one syllable: as written
        return unicodedata.normalize("NFC", decomposed)
    base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONES))
    vowels = [k for k, c in enumerate(base) if c in _VOWELS]
    if not vowels:
        return unicodedata.normalize("NFC", decomposed)
    if len(vowels) > 1 and vowels[0] == 1 and base[:2] in ("qu", "gi"):
        vowels = vowels[1:]  # "quý", "giữ": the u and the i belong to the consonant
    marked = [k for k in vowels if base[k] in _MARKED]
    if marked:
        at = marked[-1]  # "hưởng", "nguyễn", "tuyển"
    elif len(vowels) == 1:
        at = vowels[0]
    elif vowels[-1] < len(base) - 1:
        at = vowels[-1]  # a final consonant: "hoàng", "huỳnh"
    elif len(vowels) >= 3:
        at = vowels[1]  # "ngoài", "khuỷu"
    else:
        at = vowels[0]  # "hòa", "thủy", "mùa"
    return unicodedata.normalize("NFC", base[: at + 1] + tones[0] + base[at + 1 :])


_WORD = re.compile(r"[^\W\d_]+")


def spelled(text: str) -> str:
    """*text* in lower case with each word's tone mark placed one way: "Hoà" and "Hòa" give
    "hòa", "Thuỷ" and "Thủy" give "thủy"; "Hùng" stays "hùng", apart from "hưng"."""
    return _WORD.sub(lambda m: spelled_word(m.group()), text)
