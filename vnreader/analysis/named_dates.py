"""Places and bodies named by a date: "đường 3/2", "Công viên 23-9", "Bệnh viện 30 Tháng 4".

Streets, parks, squares, hospitals, state farms and firms are named after the days the
country remembers. The date is the name, not a figure (guideline rules 38, 88): the head and
the date are one entity, LOC for a street or a park, ORG for a body, whole like "quận 2".
Both the figure finder (which leaves the date out, and any figure that reaches into its head,
such as a house number read as "33 đường") and the entity recogniser (which labels the name)
ask this module.

A day and a month ("3/2", "23-9", "30 Tháng 4", "3 tháng 2") name the place only right after
its head, with no year after them, and not before a unit or a scale, nor (with a dash, after
a head in lower case) before a counted noun: "đoạn đường 4-5 km", "nhà phố 5-8 triệu đồng",
"lề đường 2-3 buổi", "bệnh viện 2-3 hôm" are ranges. An alley's number ("hẻm 19/6") is no
date. The key is one for every way of writing the date: "đường 3 Tháng 2", "đường 3-2" and
"Đường 3/2" are one street ("LOC:duong 3/2").
"""

from __future__ import annotations

import re

from vnreader.analysis.figure_context import unit_after
from vnreader.analysis.figure_units import STOP_AFTER_NUMBER
from vnreader.analysis.fold import fold

# heads a date may name, lower case -> label; those of ``_CAPITAL_ONLY`` only when
# capitalised ("Cầu 2/9", "Trường 19/5": "toàn cầu 4-5", "thị trường 3-4" are no names)
_HEADS = {
    "đường": "LOC",
    "phố": "LOC",
    "đại lộ": "LOC",
    "khu phố": "LOC",
    "quảng trường": "LOC",
    "công viên": "LOC",
    "cầu": "LOC",
    "chợ": "LOC",
    "sân vận động": "LOC",
    "khách sạn": "LOC",
    "nhà văn hóa": "LOC",
    "nhà văn hoá": "LOC",
    "bệnh viện": "ORG",
    "công ty": "ORG",
    "công ty tnhh": "ORG",
    "công ty cổ phần": "ORG",
    "công ty cp": "ORG",
    "nông trường": "ORG",
    "lâm trường": "ORG",
    "xí nghiệp": "ORG",
    "nhà máy": "ORG",
    "trường": "ORG",
    "trường thpt": "ORG",
    "trường thcs": "ORG",
    "trường tiểu học": "ORG",
}
_CAPITAL_ONLY = frozenset(
    {"cầu", "chợ", "trường", "nhà máy", "xí nghiệp", "công ty", "khách sạn", "sân vận động"}
)
_LONGEST_HEAD = max(len(head.split()) for head in _HEADS)
# the heads' last words: most dates follow another word ("ngày 3/2"), and are no name
_HEAD_ENDS = frozenset(head.split()[-1] for head in _HEADS)
# a head after these words is part of a common noun: "nhà phố" (a town house), "mặt đường"
_NOT_AFTER = frozenset({"nhà", "mặt", "dãy", "dọc", "thị", "lề"})
# a day and a month, with no year, number or word glued after them
_DATE = re.compile(r"(\d{1,2})(?:([/-])| [Tt]háng )(\d{1,2})(?![\d\w]|[/.,-]\d)")
_SCALES = frozenset({"nghìn", "ngàn", "triệu", "tỷ", "tỉ", "trăm", "chục", "vạn"})
# the words of a place's kind that may follow a street's date ("đường 3/2 phường 12")
_PLACE_KINDS = frozenset({"phường", "quận", "huyện", "xã", "thành", "tỉnh", "thị", "tp"})
_WORD = re.compile(r" (\w+)")


def date_name_at(text: str, s: int) -> tuple[int, int, str, str] | None:
    """(start, end, label, key) of the place or body whose name is the date at *s* ("đường
    3/2" for the "3" of it), or None when no head names it."""
    m = _DATE.match(text, s)
    if m is None or s < 2 or text[s - 1] != " ":
        return None
    day, month = int(m.group(1)), int(m.group(3))
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return None
    start = _head_start(text, s - 1)
    if start is None:
        return None
    e = m.end()
    after = _WORD.match(text, e)
    if after is not None:
        word = after.group(1)
        if word.lower() in _SCALES or unit_after(text, e)[3]:
            return None  # "đường 4-5 km", "phố 5-8 triệu đồng": a range
        if (
            m.group(2) == "-"  # "2-3": a range may count what follows a head in lower case
            and text[start].islower()
            and word.islower()
            and word not in STOP_AFTER_NUMBER
            and word not in _PLACE_KINDS
        ):
            return None  # "lề đường 2-3 buổi", "đường 4-6 làn xe": counted
    head = text[start : s - 1].lower()
    label = _HEADS[head]
    return start, e, label, f"{label}:{fold(head)} {day}/{month}"


def _head_start(text: str, end: int) -> int | None:
    """Start of the head (of one to four words) ending at *end*, or None."""
    k = end
    while k > 0 and text[k - 1].isalpha():
        k -= 1
    if text[k:end].lower() not in _HEAD_ENDS:
        return None  # "ngày 3/2": asked of every date, answered at its word before
    starts = []
    k = end
    for _ in range(_LONGEST_HEAD + 1):
        j = k
        while j > 0 and text[j - 1].isalpha():
            j -= 1
        if j == k:
            break
        starts.append(j)
        if j < 2 or text[j - 1] != " ":
            break
        k = j - 1
    # the longest head first; the word before it must not make it a common noun
    for n in range(min(_LONGEST_HEAD, len(starts)), 0, -1):
        head = text[starts[n - 1] : end]
        if head.lower() not in _HEADS or not _capital_enough(head):
            continue
        before = text[starts[n] : starts[n - 1] - 1].lower() if len(starts) > n else ""
        return None if before in _NOT_AFTER else starts[n - 1]
    return None


def _capital_enough(head: str) -> bool:
    return head[0].isupper() or head.lower() not in _CAPITAL_ONLY


def date_names(text: str) -> list[tuple[int, int, str, str]]:
    """Every place or body of *text* named by a date, in order: those the figure finder found
    in this very text (``remember``), or found now."""
    last_text, last_found = _last
    if last_text is text:
        return last_found
    found = []
    for m in _DATE.finditer(text):
        name = date_name_at(text, m.start())
        if name is not None:
            found.append(name)
    return found


# the text the figure finder read last and the names it found there: the entity recogniser,
# which reads the same text right after it, asks no second scan of it
_last: tuple[str | None, list[tuple[int, int, str, str]]] = (None, [])


def remember(text: str, found: list[tuple[int, int, str, str]]) -> None:
    """Keep the names of *text* that the figure finder found, for ``date_names``."""
    global _last
    _last = (text, found)
