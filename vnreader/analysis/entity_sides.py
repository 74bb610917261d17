"""A body named after two countries is one organisation (guideline rule 13): "Hội Hữu nghị
Việt - Lào", "Phòng Thương mại và Công nghiệp Việt Nam - Hàn Quốc", "Hội đồng kinh doanh Mỹ -
ASEAN", "Trường THPT Việt - Úc".

The scan ends such a body at the dash, before the second country, which it names as a place
of its own: a dash and a capital after a place end a name ("Ủy ban hỗn hợp Việt Nam - Lào"
names two sides of the committee, not its place). This pass joins the second country back
when the body ends with a first one: both sides countries or groups of states, the body more
than its country.
"""

from __future__ import annotations

from vnreader.analysis.entity_state import DASHES, Span
from vnreader.analysis.entity_tokens import Tokens
from vnreader.analysis.gazetteer import Gazetteer, match

_BLOCS = frozenset({"ORG:asean", "ORG:eu"})  # groups of states that stand as a side
_MAX_COUNTRY = 3  # words in a country's name


def _country(gaz: Gazetteer, tokens: Tokens, k: int) -> int:
    """End of the name of a country or group of states at token k, k when none."""
    phrase = match(gaz.names, tokens.words, tokens.gaps, k)
    if phrase is None:
        return k
    key = phrase.key
    if (
        key in _BLOCS
        or (phrase.label == "LOC" and key[4:] in gaz.world_regions)
        or (key == "LOC:viet nam")
    ):
        return k + len(phrase.words)
    return k


def bodies_of_two_sides(tokens: Tokens, spans: list[Span], gaz: Gazetteer) -> None:
    """Join each body ending with a country and the country after its dash (in place;
    *spans* sorted or not)."""
    words, raw = tokens.words, tokens.raw_gaps
    n = len(words)
    starts = {s[0]: m for m, s in enumerate(spans)}
    gone: set[int] = set()
    for m, (i, j, label, _) in enumerate(spans):
        if label != "ORG" or j >= n or j - i < 2 or raw[j - 1].strip() not in DASHES:
            continue
        other = starts.get(j)
        if other is None or other in gone:
            continue
        end = _country(gaz, tokens, j)
        if end != spans[other][1]:
            continue  # the span after the dash is more, or less, than a country
        if not any(_country(gaz, tokens, p) == j for p in range(max(i + 1, j - _MAX_COUNTRY), j)):
            continue  # the body does not end with a country ("Bộ Y tế - Lào")
        spans[m] = (i, end, "ORG", "")
        gone.add(other)
    if gone:
        spans[:] = [s for m, s in enumerate(spans) if m not in gone]
