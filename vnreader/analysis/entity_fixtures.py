"""Clubs paired in fixtures and results: the other side of a club is a club.

Sports news lists matches as two sides joined by a dash or a score: "Ajax - Thun", "Rapid
Vienna - Brugge (Rapid chấp 0,5 trái)", "Chelsea 2-1 Lokomotiv Moscow". The gazetteer knows
the big clubs; the scan leaves the others unlabelled, or takes the city in a club's name for
a place ("Rapid Vienna" gave "Vienna") or the name for a person. When one side is an
organisation, the capitalised run on the other side is a club too, whole (guideline: clubs
are ORG, national teams named by their country stay LOC: "Anh - Thụy Sĩ").
"""

from __future__ import annotations

from collections.abc import Callable

from vnreader.analysis.entity_state import Span
from vnreader.analysis.entity_tokens import Tokens, is_acronym, is_vietnamese
from vnreader.analysis.fold import fold
from vnreader.analysis.gazetteer import gazetteer

# what joins the two sides of a match: a dash with spaces ("KH-CN", "Blu-Ray" are words); a
# score's dash may have none
_DASHES = frozenset({" - ", " – "})
_SCORE_DASHES = frozenset({"-", "–", " - ", " – "})
_MAX_SIDE = 4  # words of a club's name
_MAX_SCORE = 2  # digits of a team's goals or points in a score
_MATCH_REACH = 6  # words before a pair searched for a word of a match
# a match named before its two sides: "trận CSG - Nam Định", "gặp …"
_MATCH_WORDS = frozenset({"trận", "Trận", "gặp", "cặp"})
# words of sports news that name no club on a side ("Arsenal - CLB đương kim vô địch")
_NO_CLUB = frozenset({"CLB", "HLV", "BTC", "VĐV", "CĐV", "ĐT", "ĐTQG", "LĐBĐ", "FC"})


def fixture_sides(tokens: Tokens, spans: list[Span], sports: Callable[[], bool]) -> None:
    """Label ORG the side facing an organisation across a dash or a score (in place): in a
    sports text (*sports* tells, asked only when a side is found), or where a score between
    the sides shows a match."""
    if not any(s[2] == "ORG" for s in spans):
        return
    words, raw = tokens.words, tokens.raw_gaps
    n = len(words)
    if not _SCORE_DASHES.intersection(raw):
        return  # no dash at all (most texts)
    countries = gazetteer().countries
    common = gazetteer().non_entities
    made: list[tuple[int, int, bool]] = []  # a side, and whether a score shows the match
    for i, j, label, _ in spans:
        if label != "ORG":
            continue
        after = _after_separator(words, raw, j)
        if after is not None:
            end = after
            while end < n and end - after < _MAX_SIDE and _capital(words[end]):
                end += 1
                if raw[end - 1] != " ":
                    break
            if (
                end > after
                and (end == n or raw[end - 1] != " " or words[end][0].islower())
                and not (end < n and raw[end - 1] in _DASHES)  # "A - B - C": a list
            ):
                made.append((after, end, after > j))
        before = _before_separator(words, raw, i)
        if before is not None:
            start = before
            while start > 0 and before - start < _MAX_SIDE and _capital(words[start - 1]):
                if start < before and raw[start - 1] != " ":
                    break
                start -= 1
            if (
                start < before
                and (start == 0 or raw[start - 1] != " " or words[start - 1][0].islower())
                and not (start > 0 and raw[start - 1] in _DASHES)
            ):
                made.append((start, before, before < i))
    if not made:
        return
    sport = sports()
    for a, b, scored in made:
        if not (sport or scored):
            continue
        inside = [s for s in spans if a <= s[0] and s[1] <= b]
        if any(s[2] in ("ORG", "MISC") for s in inside):
            continue  # a club already, or a table run together ("Chelsea Manchester United")
        side = words[a:b]
        if any(c.isdigit() for w in side for c in w) or (
            len(side) == 1 and side[0] in common | _NO_CLUB
        ):
            continue  # "Atletico23" (a table), "CLB"
        if is_vietnamese(side[0]) and not is_acronym(side[0]) and not all(map(is_vietnamese, side)):
            continue  # "Trận Real Madrid", "Bảng EPanathinaikos": a word before the club
        if any(s[2] == "LOC" for s in inside) and not (scored or _match_before(words, a)):
            continue  # "FPT Aptech - Hà Nội": a firm's branch and its city, no match
        if b - a == 1 and is_vietnamese(words[a]) and b < n and words[b][0].islower():
            continue  # "Arsenal - Trong trận …": a sentence after a dash
        if any(s[0] < b and a < s[1] and not (a <= s[0] and s[1] <= b) for s in spans):
            continue  # a span reaches across the side's edge
        if any(s[2] == "LOC" and s[3].removeprefix("LOC:") in countries for s in inside):
            continue  # a national team: "Anh - Thụy Sĩ", "Arsenal - Việt Nam" stays a place
        if any(s[2] == "PER" for s in inside):
            continue  # "Công Vinh - SLNA", "(Carlos Kameni – Espanyol)": a player, his club
        if fold(" ".join(words[a:b])).lower() in countries:
            continue  # "Anh - BĐN": a national team
        for s in inside:
            spans.remove(s)
        spans.append((a, b, "ORG", ""))
    spans.sort()


def _match_before(words: list[str], a: int) -> bool:
    """True when a word of a match stands a few words before the side starting at token a."""
    return any(w in _MATCH_WORDS for w in words[max(0, a - _MATCH_REACH) : a])


def _goals(word: str) -> bool:
    return word.isdigit() and len(word) <= _MAX_SCORE


def _capital(word: str) -> bool:
    return word[:1].isupper()


def _after_separator(words: list[str], raw: list[str], j: int) -> int | None:
    """The token after the dash or the score that follows the span ending at token j."""
    n = len(words)
    if j >= n:
        return None
    if raw[j - 1] in _DASHES:
        return j
    if (
        raw[j - 1] == " "
        and j + 2 < n
        and _goals(words[j])
        and raw[j] in _SCORE_DASHES
        and _goals(words[j + 1])
        and raw[j + 1] == " "
    ):
        return j + 2  # "Chelsea 2-1 Lokomotiv Moscow"
    return None


def _before_separator(words: list[str], raw: list[str], i: int) -> int | None:
    """The token after the other side's last word, before the dash or the score that leads
    to the span starting at token i."""
    if i == 0:
        return None
    if raw[i - 1] in _DASHES:
        return i
    if (
        raw[i - 1] == " "
        and i >= 3
        and _goals(words[i - 1])
        and raw[i - 2] in _SCORE_DASHES
        and _goals(words[i - 2])
        and raw[i - 3] == " "
    ):
        return i - 2  # "Dynamo Kiev 0-0 Real Madrid"
    return None
