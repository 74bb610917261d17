"""Figures written without digits: "hai triệu người", "gấp đôi", "tháng Chín/2021", "quý I/2021".

Found with ``str.find`` on a few anchor words (scale words, "gấp", "tháng", "quý") and a regex
matched at each hit, so the cost is a handful of C-level scans of the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from vnreader.analysis.dates import LUNAR_MONTH_WORDS, MONTH_WORDS, month_iso
from vnreader.analysis.figure_context import (
    BLANK,
    approx_before,
    make_figure,
    money_context,
    noun_after,
    prev_word,
    times_or_time,
    unit_after,
)
from vnreader.analysis.model import Figure
from vnreader.analysis.numbers import WORD_NUMBERS, parse_amount

__all__ = ["word_figures"]

_WORD_SCALE = re.compile(
    rf"(?<!\w)({'|'.join(WORD_NUMBERS)}){BLANK}+((?:trăm{BLANK}+)?(?:nghìn|ngàn|triệu|tỷ|tỉ|vạn)"
    rf"(?:{BLANK}+(?:tỷ|tỉ))?)(?!\w)(?!{BLANK}+lệ(?!\w))",  # "một tỷ lệ" is "a rate"
    re.IGNORECASE,
)
_GAP = re.compile(
    rf"(?<!\w)gấp{BLANK}+(đôi|rưỡi|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)(?:{BLANK}+lần)?(?!\w)",
    re.IGNORECASE,
)
_WORD_MONTH = re.compile(
    rf"(?<!\w)[Tt]háng{BLANK}+(Mười{BLANK}+Một|Mười{BLANK}+Hai|{'|'.join(MONTH_WORDS)})(?!\w)"
    rf"(?:(?:{BLANK}+năm{BLANK}+|/)(\d{{4}})(?!\d))?"
)
# "quý 3/2016", "quý III-2016", "quí 3 năm 2016", "quý 3" (year unknown: --Q3)
_QUARTER = re.compile(
    rf"(?<!\w)[Qq]u[ýí]{BLANK}+(IV|I{{1,3}}|[1-4])"
    rf"(?:(?:{BLANK}*[/\-–.]{BLANK}*|{BLANK}+năm{BLANK}+)(\d{{4}})(?![\d/]|[.,]\d))?(?![\w/])"
)
_GAP_VALUES = {"đôi": 2.0, "rưỡi": 1.5, "hai": 2.0, "ba": 3.0, "bốn": 4.0, "năm": 5.0, "sáu": 6.0}
_GAP_VALUES |= {"bảy": 7.0, "tám": 8.0, "chín": 9.0, "mười": 10.0}
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}


def _hits(text: str, word: str) -> Iterator[int]:
    """Offsets of *word* and of its capitalised form in *text*, the lower-case ones first.

    Both forms are found in one scan: ``str.find`` (in C) of the word without its first
    letter, then a look at the letter before."""
    first, rest = word[0], word[1:]
    upper = first.upper()
    if upper == first or not rest:  # no second form to tell apart: look for it as it is
        for w in (word, upper + rest):
            i = text.find(w)
            while i >= 0:
                yield i
                i = text.find(w, i + 1)
        return
    lower_hits: list[int] = []
    upper_hits: list[int] = []
    i = text.find(rest, 1)
    while i >= 0:
        letter = text[i - 1]
        if letter == first:
            lower_hits.append(i - 1)
        elif letter == upper:
            upper_hits.append(i - 1)
        i = text.find(rest, i + 1)
    yield from lower_hits
    yield from upper_hits


def _scale_hits(text: str) -> Iterator[int]:
    for word in ("nghìn", "ngàn", "triệu", "tỷ", "tỉ", "vạn"):
        yield from _hits(text, word)


def word_figures(text: str) -> Iterator[Figure]:
    for i in _scale_hits(text):
        # a number word, maybe with "trăm", right before the scale word ("hai trăm nghìn")
        pw = prev_word(text, i)
        if pw is not None and pw[1].lower() == "trăm":
            pw = prev_word(text, pw[0])
        if pw is None or pw[1].lower() not in WORD_NUMBERS:
            continue
        m = _WORD_SCALE.match(text, pw[0])
        if m is None:
            continue
        before = prev_word(text, m.start())
        if before is not None and before[1].lower() in ("hàng", "vài", "mấy", "chục"):
            continue
        value = parse_amount(m.group(1), m.group(2))
        yield _amount_figure(text, m.start(), m.end(), value, has_scale=True)
    for i in _hits(text, "gấp"):
        m = _GAP.match(text, i)
        if m:
            yield make_figure(
                text, m.start(), m.end(), _GAP_VALUES[m.group(1).lower()], "times", "other"
            )
    for i in _hits(text, "tháng"):
        m = _WORD_MONTH.match(text, i)
        if m:
            word = " ".join(m.group(1).split())
            if not m.group(2):
                continue  # "vào tháng Năm năm ngoái": no digit, not a figure (GUIDELINE rule 74)
            year = int(m.group(2))
            iso = month_iso(MONTH_WORDS[word], year)
            before = prev_word(text, i)
            if before is not None and before[1].lower() == "rằm":
                continue  # "rằm tháng Giêng": no digit, not a figure (GUIDELINE rule 46)
            if iso is not None:
                iso = f"L{iso}" if word in LUNAR_MONTH_WORDS else iso
                yield make_figure(text, m.start(), m.end(), None, None, "date", date=iso)
    for i in (*_hits(text, "quý"), *_hits(text, "quí")):
        m = _QUARTER.match(text, i)
        if m:
            q = m.group(1)
            n = _ROMAN[q] if q in _ROMAN else int(q)
            iso = f"{m.group(2) or '-'}-Q{n}"
            yield make_figure(text, m.start(), m.end(), None, None, "date", date=iso)


def _amount_figure(text: str, start: int, end: int, value: float, has_scale: bool) -> Figure:
    """A number word + scale ("hai triệu") with the unit or counted noun after it."""
    category, unit, unit_end, has_unit = unit_after(text, end)
    if not has_unit:
        unit_end = noun_after(text, end)
        unit = "item" if unit_end > end else unit
        if unit_end == end and has_scale and money_context(text, start):
            category, unit = "money", "VND"  # "giá thuê tăng hai triệu"
    ap = approx_before(text, start)
    approx = ap[1] if ap else None
    if unit == "time":
        unit, category = times_or_time(text, ap[0] if ap else start, unit_end, approx)
    return make_figure(text, start, unit_end, value, unit, category, approx)
