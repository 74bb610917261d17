"""Bodies named in English with a connector: "University of Oxford", "American Journal of
Gastroenterology", "Institute for Health Metrics and Evaluation", "Ministry of Defence".

The scan cuts a capitalised run at a lower-case word, so such a name came out in pieces, the
pieces often taken for people or places ("University" a place, "Health Metrics" a person).
Runs of foreign words joined by English connectors ("of", "for", "and", "on", "in", maybe
with "the") are one organisation when a word of the first run names a kind of body
(``_BODY_WORDS``: "University", "Journal", "Ministry"; not "Terms of Service"). A run with a
Vietnamese syllable stays apart ("Tổ chức Council on …" is left to the rules that read
Vietnamese heads).
"""

from __future__ import annotations

from vnreader.analysis.entity_state import Span
from vnreader.analysis.entity_tokens import Tokens, is_vietnamese

_CONNECTORS = frozenset({"of", "for", "and", "on", "in"})
# English words that name a kind of body, capitalised inside a name
_BODY_WORDS = frozenset(
    {"University", "Institute", "College", "School", "Academy", "Journal", "Review", "Ministry"}
    | {"Department", "Bank", "Association", "Society", "Council", "Foundation", "Fund", "Center"}
    | {"Centre", "Agency", "Office", "Bureau", "Federation", "Union", "League", "Organization"}
    | {"Organisation", "Commission", "Committee", "Corporation", "Company", "Authority", "Board"}
    | {"Museum", "Hospital", "Laboratory", "Laboratories", "Service", "Services", "Party"}
    | {"Club", "Magazine", "Times", "Forum", "Alliance", "Coalition", "Trust", "Group"}
    | {"Proceedings", "Annals", "Archives", "Bulletin"}
)


def english_bodies(tokens: Tokens, spans: list[Span], leftovers: list[tuple[int, int]]) -> None:
    """Join, in place, the spans and leftover runs that one English body's name is cut into;
    the joined name is ORG, its key made later."""
    words, gaps = tokens.words, tokens.gaps
    if _CONNECTORS.isdisjoint(words):
        return
    runs: dict[int, tuple[int, bool]] = {}  # first token -> (end, is a span)
    for i, j, _, _ in spans:
        runs[i] = (j, True)
    for i, j in leftovers:
        runs.setdefault(i, (j, False))
    ends = {j: i for i, (j, _) in runs.items()}  # end token -> first token
    joined: list[tuple[int, int]] = []
    for i in sorted(runs):
        if joined and i < joined[-1][1]:
            continue  # inside a name joined already
        end = _adjacent_end(runs, gaps, runs[i][0])
        parts = [(i, end)]
        while end + 1 < len(words) and words[end] in _CONNECTORS and gaps[end - 1] == " ":
            nxt = end + 1
            if words[nxt] == "the" and gaps[end] == " ":
                nxt += 1  # "Proceedings of the National Academy of Sciences"
            if gaps[nxt - 1] != " " or nxt not in runs:
                break
            end = _adjacent_end(runs, gaps, runs[nxt][0])  # "of Southern | California"
            parts.append((nxt, end))
        if len(parts) < 2:
            continue
        named = [w for a, b in parts for w in words[a:b]]
        first = words[parts[0][0] : parts[0][1]]
        if any(is_vietnamese(w) for w in named) or not any(w in _BODY_WORDS for w in first):
            continue  # the kind of body comes first: not "Denial of Service"
        start = i
        while start in ends and start > 0 and gaps[start - 1] == " ":
            before = ends[start]  # "London | School of Economics": the name's first words
            if any(is_vietnamese(w) for w in words[before:start]):
                break
            start = before
        if joined and start < joined[-1][1]:
            continue
        joined.append((start, end))
    if not joined:
        return
    inside = [(a, b) for a, b in joined]
    spans[:] = [sp for sp in spans if not any(a <= sp[0] and sp[1] <= b for a, b in inside)]
    leftovers[:] = [lo for lo in leftovers if not any(a <= lo[0] and lo[1] <= b for a, b in inside)]
    spans.extend((a, b, "ORG", "") for a, b in joined)
    spans.sort()


def _adjacent_end(runs: dict[int, tuple[int, bool]], gaps: list[str], end: int) -> int:
    """The end of the runs that follow the one ending at *end* with only a space between
    ("University of Southern | California": the scan cut the name before a place)."""
    while end in runs and gaps[end - 1] == " ":
        end = runs[end][0]
    return end
