"""A body named after two countries is one organisation (guideline rule 13): "Hội Hữu nghị
Việt - Lào", "Phòng Thương mại và Công nghiệp Việt Nam - Hàn Quốc", "Hội đồng kinh doanh Mỹ -
ASEAN", "Trường THPT Việt - Úc".

The scan ends such a body at the dash, before the second country, which it names as a place
of its own: a dash and a capital after a place end a name ("Ủy ban hỗn hợp Việt Nam - Lào"
names two sides of the committee, not its place). This pass joins the second country back
when the body ends with a first one: both sides countries or groups of states, the body more
than its country, and no body of one state, team or match ("Bộ Quốc phòng Việt Nam -
Campuchia", "Quân đội Mỹ - Hàn Quốc", "U23 Việt Nam - Thái Lan", "… Việt - Lào: 2-0").
"""

from __future__ import annotations

from vnreader.analysis.entity_state import DASHES, Span
from vnreader.analysis.entity_tokens import Tokens
from vnreader.analysis.gazetteer import Gazetteer, match

_BLOCS = frozenset({"ORG:asean", "ORG:eu"})  # groups of states that stand as a side
_MAX_COUNTRY = 3  # words in a country's name
# first words of the heads of a body of one state, of a team or of a club: after them two
# countries name two bodies or a match ("Bộ Quốc phòng Việt Nam - Campuchia", "Quân đội Mỹ -
# Hàn Quốc", "Đại sứ quán …", "Đội tuyển nữ Việt Nam - Myanmar", "CLB …")
_ONE_STATE = frozenset({"bộ", "quân", "đội", "chính", "quốc", "clb"})
_ONE_STATE_PAIRS = frozenset({"đại sứ", "tổng lãnh", "lãnh sự"})


def _country(gaz: Gazetteer, tokens: Tokens, k: int) -> int:
    """End of the name of a country or group of states at token k, k when none."""
    phrase = match(gaz.names, tokens.words, tokens.gaps, k)
    if phrase is None:
        return k
    key = phrase.key
    if key in _BLOCS or (phrase.label == "LOC" and key[4:] in gaz.countries):
        return k + len(phrase.words)
    return k


def _one_state(words: list[str], i: int) -> bool:
    """True for the head of a body of one state or of a team at token i ("Bộ", "Đại sứ quán",
    "U23")."""
    low = words[i].lower()
    if low in _ONE_STATE or (low[:1] == "u" and low[1:].isdigit()):
        return True
    return i + 1 < len(words) and f"{low} {words[i + 1].lower()}" in _ONE_STATE_PAIRS


def bodies_of_two_sides(tokens: Tokens, spans: list[Span], gaz: Gazetteer) -> None:
    """Join each body ending with a country and the country after its dash (in place;
    *spans* sorted or not)."""
    words, raw = tokens.words, tokens.raw_gaps
    n = len(words)
    dashed = [
        m
        for m, (i, j, label, _) in enumerate(spans)
        if label == "ORG" and j < n and j - i >= 2 and raw[j - 1].strip() in DASHES
    ]
    if not dashed:
        return
    starts = {s[0]: m for m, s in enumerate(spans)}
    gone: set[int] = set()
    for m in dashed:
        i, j, _, _ = spans[m]
        other = starts.get(j)
        if other is None or other in gone or _one_state(words, i):
            continue
        end = _country(gaz, tokens, j)
        if end != spans[other][1]:
            continue  # the span after the dash is more, or less, than a country
        if not any(_country(gaz, tokens, p) == j for p in range(max(i + 1, j - _MAX_COUNTRY), j)):
            continue  # the body does not end with a country ("Bộ Y tế - Lào")
        if end < n and (raw[end - 1].strip()[:1] == ":" or words[end][:1].isdigit()):
            continue  # "… Việt - Lào: 2-0": a match and its score
        spans[m] = (i, end, "ORG", "")
        gone.add(other)
    if gone:
        spans[:] = [s for m, s in enumerate(spans) if m not in gone]
