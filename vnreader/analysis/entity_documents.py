"""Legal texts' numbers (guideline rules 78, 81): a document's code ("304/VPCP",
"144/2003/NĐ-CP", "1234/QĐ-UBND", "57-NQ/TW") names no organisation, though its letters are
the issuer's initials. After a legal text's head it is one MISC: the code alone after a head
in lower case ("công văn số 304/VPCP"), the head, "số" and the code after a capitalised head
("Quyết định số 1234/QĐ-UBND"). A code with no head is no entity.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from vnreader.analysis.entity_state import Span
from vnreader.analysis.entity_tokens import Tokens

# a number, then letters after a slash or a dash, with a slash somewhere: "304/VPCP",
# "144/2003/NĐ-CP", "700/VPCP-KTTH", "57-NQ/TW", "15/QĐ-TTg", "58/TTg" (Thủ tướng); not
# "24/7", "U23", "F-16", "COVID-19"
_CODE = re.compile(
    r"(?<![\w/.,-])\d+(?:/\d+)*[/-](?:[A-ZĐ]{2,}[a-z]|[A-ZĐ][A-ZĐ0-9]*)"
    r"(?:[-/][A-ZĐ][A-ZĐa-z0-9]*)*(?![\w/])"
)
# what every code holds: a slash before a capital ("/VPCP", "/NĐ-CP", "/TW")
_SLASH_CAPITAL = re.compile("/[A-ZĐ]")
# the heads of legal texts and official papers, in lower case, as one or two words
_HEADS = frozenset(
    {
        "nghị định",
        "quyết định",
        "thông tư",
        "nghị quyết",
        "chỉ thị",
        "công văn",
        "công điện",
        "văn bản",
        "kết luận",
        "thông báo",
        "tờ trình",
        "kế hoạch",
        "luật",
        "pháp lệnh",
        "thông tư liên tịch",
        "hướng dẫn",
        "quy định",
        "báo cáo",
        "hợp đồng",
        "giấy phép",
        "quy chế",
        "bản án",
        "cáo trạng",
        "nđ",  # "theo NĐ 38/2000/NĐ-CP", "QĐ 1234/QĐ-TTg": the heads written short
        "qđ",
    }
)

_HEAD_FIRSTS = frozenset(head.split()[0] for head in _HEADS)


def document_codes(text: str, tokens: Tokens) -> list[tuple[int, int]]:
    """The tokens of each document code in *text*, as (first, end) pairs. Only the code's
    letters name no organisation: its number may still end a name ("Ban Chỉ đạo 127/TW",
    "Apple Watch 6/SE"; see :func:`letters`)."""
    if "/" not in text or _SLASH_CAPITAL.search(text) is None:
        return []  # most texts: dates ("5/4") but no code; the cheap test first
    codes = []
    starts, ends = tokens.starts, tokens.ends
    for m in _CODE.finditer(text):
        if "/" not in m.group():
            continue
        i = bisect_left(starts, m.start())
        j = bisect_left(starts, m.end())
        if i < j and starts[i] == m.start() and ends[j - 1] == m.end():
            codes.append((i, j))
    return codes


def legal_texts(tokens: Tokens, spans: list[Span], codes: list[tuple[int, int]]) -> None:
    """Add a MISC for each code after a legal text's head, unless a span holds it already."""
    added = False
    for i, j in codes:
        inside = [n for n, s in enumerate(spans) if s[0] < j and i < s[1]]
        if (
            len(inside) == 1
            and spans[inside[0]][2] == "MISC"
            and spans[inside[0]][1] < j
            and tokens.words[spans[inside[0]][0]].lower() in _HEAD_FIRSTS
        ):
            # "Luật Tổ chức Quốc hội số 57/2014/QH13": the law's name takes its whole code
            start, _, label, key = spans[inside[0]]
            spans[inside[0]] = (start, j, label, key)
        if inside:
            continue
        head = _head_before(tokens, i)
        if head is None:
            continue
        start = head if tokens.words[head][0].isupper() else i
        if any(s[0] < i and start < s[1] for s in spans):
            start = i  # the head is in a name of its own already
        spans.append((start, j, "MISC", ""))
        added = True
    if added:
        spans.sort()


def _head_before(tokens: Tokens, i: int) -> int | None:
    """Where a legal text's head starts before the code at token i ("công văn số"), if any."""
    words, gaps = tokens.words, tokens.gaps
    k = i
    if k > 0 and gaps[k - 1] == " " and words[k - 1].lower() == "số":
        k -= 1
    for size in (3, 2, 1):
        first = k - size
        if first < 0 or any(gaps[m] != " " for m in range(first, k)):
            continue
        if " ".join(words[first:k]).lower() in _HEADS:
            return first
    return None


def letters(tokens: Tokens, codes: list[tuple[int, int]]) -> list[int]:
    """The tokens of the codes that hold a letter ("VPCP", "NĐ", "QH13"), not their numbers."""
    words = tokens.words
    return [k for i, j in codes for k in range(i, j) if not words[k].isdigit()]
