"""Museums, halls, theatres, hotels and centres where something is held: venues, LOC.

A body with a head of its own ("Bảo tàng Hồ Chí Minh", "Nhà Thi đấu Phan Đình Phùng",
"Khách sạn Sài Gòn") acts as an organisation ("Bảo tàng Lịch sử vừa công bố …"), but right
after "tại" or "ở" it names the place where something happens ("lễ trao giải diễn ra tại Nhà
Thi đấu Phan Đình Phùng", "nhận cổ tức tại Khách sạn Sài Gòn"): there it is a venue, LOC whole
(guideline rules 84, 86, 109). Not where someone works ("từng làm việc tại Nhà hát Tuổi trẻ",
"Giáo sư Les Christidis tại Bảo tàng Australia"): the body they belong to.
"""

from __future__ import annotations

import itertools

from vnreader.analysis.entity_state import Span
from vnreader.analysis.entity_tokens import Tokens

# the heads of venues, lower case, word by word
_VENUE_HEADS = frozenset(
    {
        ("bảo", "tàng"),
        ("nhà", "thi", "đấu"),
        ("nhà", "hát"),
        ("khách", "sạn"),
        ("sân", "vận", "động"),
        ("cung", "văn", "hóa"),
        ("cung", "văn", "hoá"),
        ("cung", "thể", "thao"),
        ("cung", "hữu", "nghị"),
        ("nhà", "văn", "hóa"),
        ("nhà", "văn", "hoá"),
        ("trung", "tâm", "hội", "nghị"),
        ("trung", "tâm", "triển", "lãm"),
        ("trung", "tâm", "văn", "hóa"),
        ("trung", "tâm", "văn", "hoá"),
        ("trung", "tâm", "thể", "thao"),
    }
)
_LONGEST = max(map(len, _VENUE_HEADS))
_AT = frozenset({"tại", "ở"})
# words of work before "tại": who works there belongs to the body ("làm việc tại Nhà hát Tuổi
# trẻ", "chuyên gia tại Bảo tàng quốc gia Scotland")
_WORK = frozenset(
    {"làm việc", "công tác", "nhân viên", "chuyên gia", "nghiên cứu", "phụ trách", "đồng nghiệp"}
    | {"giám đốc", "giáo sư", "tiến sĩ", "khoa học", "học giả", "cán bộ", "diễn viên"}
)
_WORK_WINDOW = 6


def venues_held_at(tokens: Tokens, spans: list[Span]) -> None:
    """Relabel LOC (its key made again) every organisation that a venue's head opens right
    after "tại" or "ở"."""
    words, gaps = tokens.words, tokens.gaps
    for n, (i, j, label, _) in enumerate(spans):
        if label != "ORG" or i < 2 or gaps[i - 1] != " " or words[i - 1].lower() not in _AT:
            continue
        if _works_there(tokens, i - 1):
            continue
        head: tuple[str, ...] = ()
        for k in range(i, min(j, i + _LONGEST)):
            head = (*head, words[k].lower())
            if head in _VENUE_HEADS and k + 1 < j:
                spans[n] = (i, j, "LOC", "")
                break
            if gaps[k] != " ":
                break


def _works_there(tokens: Tokens, at: int) -> bool:
    """True when a word of work stands in the few words before "tại" at token *at* ("từng làm
    việc tại", "các chuyên gia tại", "Giáo sư Les Christidis tại"): someone works at the body
    (a name alone is no sign: "kỷ vật của Chủ tịch Hồ Chí Minh tại Bảo tàng …" are shown
    there)."""
    lowers = [w.lower() for w in tokens.words[max(0, at - _WORK_WINDOW) : at]]
    return any(f"{a} {b}" in _WORK for a, b in itertools.pairwise(lowers))
