"""Open tournaments named by their place or their sponsor: "Australia Mở rộng", "Pháp Mở
rộng", "Dubai Mở rộng", "Pacific Life Mở rộng" are named events (MISC, guideline rule 17), as
the development sets label "giải Mỹ mở rộng"; the place or the sponsor alone is not what is
named. A year after the name is the edition's ("Australia Mở rộng 2006"). "mở rộng" in lower
case is the verb ("Việt Nam mở rộng hợp tác"), a tournament's name only after "giải". A
tournament named by a place the gazetteer knows is keyed by the place's key, so that its
spellings group ("Úc mở rộng" and "Australia Mở rộng")."""

from __future__ import annotations

from bisect import bisect_left

from vnreader.analysis.entity_state import Span
from vnreader.analysis.entity_tokens import Tokens
from vnreader.analysis.gazetteer import gazetteer, match

_LONGEST_NAME = 4  # words of a place or a sponsor before "Mở rộng"


def open_tournaments(text: str, tokens: Tokens, spans: list[Span]) -> None:
    """Make each open tournament one MISC span (in place), the spans it covers removed."""
    words, gaps, n, starts = tokens.words, tokens.gaps, len(tokens.words), tokens.starts
    opens = []
    at = text.find("ở rộng")  # the text is searched much faster than its tokens
    while at > 0:
        k = bisect_left(starts, at - 1)
        if 0 < k < n - 1 and starts[k] == at - 1 and words[k] in ("Mở", "mở"):
            opens.append(k)
        at = text.find("ở rộng", at + 1)
    for k in opens:
        if gaps[k - 1] != " ":
            continue
        start = _name_before(tokens, spans, k)
        if start is None:
            continue
        if words[k] == "mở" and not (start > 0 and words[start - 1].lower() == "giải"):
            continue  # "Việt Nam mở rộng hợp tác": the verb
        end = k + 2
        if end in tokens.glued:
            continue  # "Mở rộngTrận đấu": no name ends where two words were glued
        if end < n and gaps[end - 1] == " " and _year(words[end]):
            end += 1  # "Australia Mở rộng 2006"
        spans[:] = [s for s in spans if s[1] <= start or s[0] >= end]
        spans.append((start, end, "MISC", _key(tokens, start, k, end)))


def _name_before(tokens: Tokens, spans: list[Span], k: int) -> int | None:
    """Where the place or sponsor that ends at token k starts: a place, a body or an event
    the rules found ("Australia", "Giải Pháp"), else a place the gazetteer knows ("Mỹ")."""
    for i, j, label, _ in spans:
        if j == k and label in ("LOC", "ORG", "MISC"):
            return i
    names = gazetteer().names
    words = tokens.words
    for i in range(max(0, k - _LONGEST_NAME), k):
        if words[i] in names:
            found = match(names, words, tokens.gaps, i)
            if found is not None and found.label == "LOC" and i + len(found.words) == k:
                return i
    return None


def _key(tokens: Tokens, start: int, k: int, end: int) -> str:
    """The tournament's key when a known place names it ("MISC:australia mo rong", its year
    after it), else "" (the key of its words)."""
    place = match(gazetteer().names, tokens.words, tokens.gaps, start)
    if place is None or place.label != "LOC" or start + len(place.words) != k:
        return ""
    year = f" {tokens.words[end - 1]}" if end > k + 2 else ""
    return f"MISC:{place.key[4:]} mo rong{year}"


def _year(word: str) -> bool:
    return len(word) == 4 and word.isdigit() and word[:2] in ("19", "20")
