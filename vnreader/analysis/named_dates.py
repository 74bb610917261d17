"""Places and bodies named by a date: "đường 3/2", "Công viên 23-9", "Bệnh viện 30 Tháng 4".

Streets, parks, squares, hospitals, state farms and firms are named after the days the
country remembers. The date is the name, not a figure (guideline rules 38, 88): the head and
the date are one entity, LOC for a street or a park, ORG for a body, whole like "quận 2".
Both the figure finder (which leaves the date out) and the entity recogniser (which labels
the name) ask this module, so the two never disagree.

A day and a month ("3/2", "23-9", "30 Tháng 4", "3 tháng 2") name the place only right after
its head, with no year after them, and not before a unit or a scale: "đoạn đường 4-5 km",
"nhà phố 5-8 triệu đồng" are ranges. The key is one for every way of writing the date:
"đường 3 Tháng 2", "đường 3-2" and "Đường 3/2" are one street ("LOC:duong 3/2").
"""

from __future__ import annotations

import re

from vnreader.analysis.figure_context import unit_after
from vnreader.analysis.fold import fold

# heads a date may name, lower case -> label; those of ``_CAPITAL_ONLY`` only when
# capitalised ("Cầu 2/9", "Trường 19/5": "toàn cầu 4-5", "thị trường 3-4" are no names)
_HEADS = {
    "đường": "LOC",
    "phố": "LOC",
    "đại lộ": "LOC",
    "hẻm": "LOC",
    "ngõ": "LOC",
    "khu phố": "LOC",
    "quảng trường": "LOC",
    "công viên": "LOC",
    "cầu": "LOC",
    "chợ": "LOC",
    "bệnh viện": "ORG",
    "công ty": "ORG",
    "nông trường": "ORG",
    "lâm trường": "ORG",
    "xí nghiệp": "ORG",
    "nhà máy": "ORG",
    "trường": "ORG",
}
_CAPITAL_ONLY = frozenset({"cầu", "chợ", "trường", "nhà máy", "xí nghiệp", "công ty"})
# a head after these words is part of a common noun: "nhà phố" (a town house), "mặt đường"
_NOT_AFTER = frozenset({"nhà", "mặt", "dãy", "dọc", "thị"})
# a day and a month, with no year, number or word glued after them
_DATE = re.compile(r"(\d{1,2})(?:[/-]| [Tt]háng )(\d{1,2})(?![\d\w]|[/.,-]\d)")
_SCALES = frozenset({"nghìn", "ngàn", "triệu", "tỷ", "tỉ", "trăm", "chục", "vạn"})
_WORD = re.compile(r" (\w+)")


def date_name_at(text: str, s: int) -> tuple[int, int, str, str] | None:
    """(start, end, label, key) of the place or body whose name is the date at *s* ("đường
    3/2" for the "3" of it), or None when no head names it."""
    m = _DATE.match(text, s)
    if m is None or s < 2 or text[s - 1] != " ":
        return None
    day, month = int(m.group(1)), int(m.group(2))
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return None
    start = _head_start(text, s - 1)
    if start is None:
        return None
    e = m.end()
    after = _WORD.match(text, e)
    if after is not None and (after.group(1).lower() in _SCALES or unit_after(text, e)[3]):
        return None  # "đường 4-5 km", "phố 5-8 triệu đồng": a range
    head = text[start : s - 1].lower()
    label = _HEADS[head]
    return start, e, label, f"{label}:{fold(head)} {day}/{month}"


def _head_start(text: str, end: int) -> int | None:
    """Start of the head ending at *end* (one word or two), or None."""
    k = end
    while k > 0 and text[k - 1].isalpha():
        k -= 1
    if k == end:
        return None
    one = text[k:end]
    if k >= 2 and text[k - 1] == " ":
        j = k - 1
        while j > 0 and text[j - 1].isalpha():
            j -= 1
        two = text[j:end]
        if two.lower() in _HEADS and _capital_enough(two):
            return j
        word_before = text[j : k - 1].lower()
    else:
        word_before = ""
    if one.lower() not in _HEADS or not _capital_enough(one) or word_before in _NOT_AFTER:
        return None
    return k


def _capital_enough(head: str) -> bool:
    return head[0].isupper() or head.lower() not in _CAPITAL_ONLY


def date_names(text: str) -> list[tuple[int, int, str, str]]:
    """Every place or body of *text* named by a date, in order."""
    found = []
    for m in _DATE.finditer(text):
        name = date_name_at(text, m.start())
        if name is not None:
            found.append(name)
    return found
