"""Sentence splitting for Vietnamese news text, including sentences glued without a space.

A boundary is a run of ``.``, ``!``, ``?`` or ``…`` (plus closing quotes/brackets) followed,
after optional whitespace, by an uppercase letter (or an opening quote/bracket and one).
It is *not* a boundary when the text before the dot is

* a single capital letter: initials ("K. Kosachev", "V. Putin", "U.S. Army", "J.K.Rowling");
* a known abbreviation ("TP.HCM", "TS. Nguyễn", "Mr. Smith", "Q.1");
* a short all-caps word glued to another all-caps word ("TP.HCM", "U.S.A");
* a domain glued to its top-level domain ("Chinhphu.VN");
* a list number opening the text or after a colon ("1. Tăng trưởng", "gồm: 2. Ổn định");

and never inside a URL or e-mail address. Numbers ("4.7", "16.3.2023") are never split
because a boundary needs a letter after it. Splitting keeps every non-space character:
``"".join(split_sentences(t)).replace(" ", "")`` equals ``t`` without whitespace.

:func:`split_glued` cuts only where a sentence end touches the next sentence with no space
("…cho các nước ASEAN.Hội nghị…"): scrapers that drop ``<p>`` breaks leave exactly that, so
those cuts are the lost paragraph breaks.
"""

from __future__ import annotations

import re

from vnreader.corpus.metadata import KNOWN_TLDS

_TERMINATOR = re.compile(r"[.!?…]+[”\"’'»)\]]*")
_OPEN = "\"“‘'«(["
_GLUED_HINT = re.compile(r"[.!?…][”\"’'»)\]]*[\"“‘'«(\[]?[^\W\d_]")
_URL = re.compile(
    r"(?:https?://|www\.)[^\s<>\"“”]*[^\s<>\"“”.,;:!?)\]}'’…]"
    r"|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+",
    re.IGNORECASE,
)
# Compared in lower case. Vietnamese: thành phố, quận, phường, thị xã, thị trấn, giáo sư,
# tiến sĩ, thạc sĩ, bác sĩ, kỹ sư, nhà xuất bản, đại học...; English titles and company forms.
ABBREVIATIONS = frozenset(
    """tp q p tx tt h gs pgs ts tskh ths bs bsckii bscki ks cn nxb đh cđ ub ubnd hđnd th
    nsnd nsưt mr mrs ms dr prof st jr sr co corp inc ltd no nos vs etc lt gen col capt
    sgt gov sen rep rev hon mt ft jan feb mar apr jun jul aug sep sept oct nov dec fig
    vol tr""".split()  # noqa: SIM905
)


def _protected(text: str) -> list[tuple[int, int]]:
    if "://" not in text and "www." not in text and "@" not in text:
        return []
    return [m.span() for m in _URL.finditer(text)]


def _word_before(text: str, pos: int) -> str:
    """The run of letters ending at *pos* (the character before a terminator)."""
    start = pos
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    return text[start:pos]


def _word_after(text: str, pos: int) -> str:
    end = pos
    while end < len(text) and text[end].isalpha():
        end += 1
    return text[pos:end]


def _list_number(text: str, end: int) -> bool:
    """Whether text[:end] ends with a list number ("1", "12") opening the text or after ":"."""
    start = end
    while start > 0 and text[start - 1].isdigit():
        start -= 1
    if not 0 < end - start <= 2:
        return False
    before = text[:start].rstrip()
    return not before or before[-1] in ":;("


def _is_boundary(text: str, term_start: int, term_end: int, nxt: int) -> bool:
    """Whether the terminator text[term_start:term_end] followed by text[nxt:] ends a sentence."""
    if nxt >= len(text):
        return False
    first = nxt
    while first < len(text) and text[first] in _OPEN:
        first += 1
    if first >= len(text) or not text[first].isalpha() or not text[first].isupper():
        return False
    terminator = text[term_start:term_end]
    if terminator[0] in "!?…" or terminator.startswith(".."):
        return True
    before = _word_before(text, term_start)
    if not before:
        return not _list_number(text, term_start)  # "năm 2021.Phát biểu", "...).Sau đó"
    if len(before) == 1 and before.isupper():
        return False  # an initial
    if before.casefold() in ABBREVIATIONS:
        return False
    after = _word_after(text, first)
    glued = nxt == term_end and first == nxt and terminator == "."
    if glued and after.isupper():
        if before.isupper() and len(before) <= 3:
            return False  # TP.HCM, U.S.A
        if after.casefold() in KNOWN_TLDS:
            return False  # Chinhphu.VN
    return True


def _cuts(text: str, *, glued_only: bool) -> list[int]:
    """Positions where a new sentence starts."""
    if glued_only and not _GLUED_HINT.search(text):
        return []  # the common case: no sentence end touches a letter
    protected = _protected(text)
    cuts: list[int] = []
    for m in _TERMINATOR.finditer(text):
        start, end = m.span()
        if any(a <= start < b for a, b in protected):
            continue
        nxt = end
        while nxt < len(text) and text[nxt].isspace():
            nxt += 1
        if glued_only and nxt != end:
            continue
        if _is_boundary(text, start, end, nxt):
            cuts.append(nxt)
    return cuts


def _pieces(text: str, cuts: list[int]) -> list[str]:
    pieces: list[str] = []
    prev = 0
    for cut in [*cuts, len(text)]:
        piece = text[prev:cut].strip()
        if piece:
            pieces.append(piece)
        prev = cut
    return pieces


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Start/end offsets of each sentence of *text*, surrounding whitespace excluded."""
    spans: list[tuple[int, int]] = []
    prev = 0
    for cut in [*_cuts(text, glued_only=False), len(text)]:
        chunk = text[prev:cut]
        stripped = chunk.strip()
        if stripped:
            start = prev + (len(chunk) - len(chunk.lstrip()))
            spans.append((start, start + len(stripped)))
        prev = cut
    return spans


def split_sentences(text: str) -> list[str]:
    """The sentences of *text*, stripped, none empty."""
    return _pieces(text, _cuts(text, glued_only=False))


def split_glued(text: str) -> list[str]:
    """*text* cut only where one sentence is glued to the next with no space between."""
    return _pieces(text, _cuts(text, glued_only=True))
