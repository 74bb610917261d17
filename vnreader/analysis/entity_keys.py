"""Canonical keys that group the variants of one entity ("PER:putin", "LOC:nga").

* People with a foreign name are keyed by their surname, folded and with the spelling
  differences of transliterations evened out: "Putin", "V. Putin" and "Vladimir Putin" give
  ``PER:putin``; "Matvienko", "Matvienco" and "Matviyenko" give ``PER:matvienko``.
  A name transliterated syllable by syllable ("Vla-đi-mia Pu-tin") is a foreign name too:
  its surname's dashes go ("PER:putin").
* People with a Vietnamese name are keyed by the whole folded name ("PER:bui thanh son").
* A name that ends with an initial ("H.", "N.N.T.": a byline) has no surname to key by: its
  letters are the key, never transliterated ("C." is not "K.").
* Gazetteer names use the gazetteer key ("Mát-xcơ-va" and "Moscow" give ``LOC:moscow``); a
  number that the span adds after the name stays in the key ("Hà Nội 2" is not "Hà Nội").
* Other names are folded with their dashes and spaces evened out ("ORG:lien minh kinh te a-au"),
  without a short form in brackets inside them ("Bệnh viện (BV) Chợ Rẫy": "ORG:benh vien cho ray").
* A name of one syllable keeps its diacritics (only the case goes): in Vietnamese they tell
  the words apart ("Anh" England, "Ảnh" a photo credit, "Ánh" a given name).
"""

from __future__ import annotations

import re
from functools import lru_cache

from vnreader.analysis.entity_tokens import is_vietnamese
from vnreader.analysis.fold import fold

_DASH_SPACING = re.compile(r"\s*[-–—‑]\s*")
_SPACES = re.compile(r"\s+")
_REPEATS = re.compile(r"(.)\1+")
_IN_BRACKETS = re.compile(r"\s*\([A-ZĐ][A-ZĐ&.-]*\)")
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
def key_text(text: str) -> str:
    """The text part of a key: :func:`plain`, except that one syllable keeps its diacritics
    (lower-cased): folding "Ảnh" would make it "Anh". An acronym whose only mark is "Đ" is
    folded all the same ("LĐBĐ" and "LDBD" are one spelling, typed with or without it)."""
    folded = plain(text)
    if not folded or " " in folded or "-" in folded:
        return folded
    if len(text) >= 2 and text.isupper() and text.replace("Đ", "D").isascii():
        return folded
    return _SPACES.sub(" ", text.lower()).strip(" .")


def numbered_key(key: str, number: str) -> str:
    """*key* with the *number* that a span adds after a known name ("LOC:ha noi 2")."""
    return f"{key} {fold(number)}"


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
    if len(words[-1]) == 1:  # "H.", "N.N.T.", "Vitamin C": no surname to key by
        return "PER:" + " ".join(w.lower() for w in words)
    if any("-" in w.strip("-") for w in words):  # "Vla-đi-mia Pu-tin": a transliteration
        return "PER:" + translit(words[-1].replace("-", ""))
    if all(is_vietnamese(w) for w in words):
        if len(words) > 1:
            return "PER:" + " ".join(fold(w) for w in words)
        return "PER:" + key_text(words[0])  # "Ánh" is not "Anh"
    return "PER:" + translit(words[-1])


@lru_cache(maxsize=16384)
def name_key(label: str, text: str) -> str:
    """Key of an organisation, location or other name that no gazetteer knows; a short form
    in brackets inside the name is left out ("Bệnh viện (BV) Chợ Rẫy")."""
    if "(" in text:
        text = _IN_BRACKETS.sub("", text)
    key = key_text(text)
    if label == "ORG" and ("cty" in key or "cong ty cp " in key):
        key = _COMPANY_SHORT.sub(_company_written_out, key)
    return f"{label}:{key}"


# a company written short keys like one written out: "Cty CP Bibica", "Công ty Cổ phần Bibica"
_COMPANY_SHORT = re.compile(r"^(?:(tong )?cty|(tong )?cong ty)( cp)?(?= )")


def _company_written_out(m: re.Match[str]) -> str:
    tong = "tong " if (m.group(1) or m.group(2)) else ""
    return f"{tong}cong ty{' co phan' if m.group(3) else ''}"
