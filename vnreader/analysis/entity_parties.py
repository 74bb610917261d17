"""Parties named alone, without "đảng" (guideline rule 81): "các nghị sĩ Dân chủ", "phe Cộng
hòa", "ứng viên Bảo thủ", "hai quan điểm Dân chủ và Cộng hòa" → ORG "Dân chủ", "Cộng hòa".

The party's word is an ordinary one ("dân chủ", "cộng hòa"), so it names a party only after
a word for the party's people or side, or joined by "và" to a party named so; a capital after
it makes it part of another name ("Cộng hòa Séc", "Dân chủ Tự do").
"""

from __future__ import annotations

from vnreader.analysis.entity_state import Span
from vnreader.analysis.entity_tokens import Tokens

# the party names that are also ordinary words, as written
_PARTIES = frozenset({"Dân chủ", "Cộng hòa", "Cộng hoà", "Bảo thủ"})
# the lower-case words before a party named alone: its people, its side, its views
_FRAMES = frozenset(
    {"phe", "đảng viên", "ứng viên", "ứng cử viên", "nghị sĩ", "cử tri", "quan điểm", "phái"}
)
_FIRSTS = frozenset(w.split()[0] for w in _PARTIES)


def _party_at(tokens: Tokens, i: int, people: set[int]) -> bool:
    """True when a party's word stands at token i, no capital right after it but a person's
    name (*people*: where they start; "nghị sĩ Dân chủ Barack Obama")."""
    words, gaps = tokens.words, tokens.gaps
    if i + 1 >= len(words) or gaps[i] != " " or f"{words[i]} {words[i + 1]}" not in _PARTIES:
        return False
    after = i + 2
    return (
        after >= len(words)
        or gaps[after - 1] != " "
        or not words[after][:1].isupper()
        or after in people
    )


def _framed(tokens: Tokens, i: int) -> bool:
    """True when a frame of ``_FRAMES`` ends right before token i (in lower case)."""
    words, gaps = tokens.words, tokens.gaps
    for size in (1, 2, 3):
        k = i - size
        if k < 0 or any(gaps[x] != " " for x in range(k, i)):
            return False
        if " ".join(words[k:i]).lower() in _FRAMES and words[i - 1].islower():
            return True
    return False


def parties_named_alone(
    tokens: Tokens, spans: list[Span], leftovers: list[tuple[int, int]]
) -> None:
    """Add the parties named alone as above (in place; only where nothing else is labelled)."""
    words = tokens.words
    people = {s[0] for s in spans if s[2] == "PER"}
    starts = [i for i, _ in leftovers if words[i] in _FIRSTS and _party_at(tokens, i, people)]
    if not starts:
        return
    taken = {i for s in spans for i in range(s[0], s[1])}
    added: list[Span] = []
    for i in starts:
        if i in taken or i + 1 in taken:
            continue
        joined = (
            added
            and added[-1][1] + 1 == i
            and words[i - 1] == "và"
            and tokens.gaps[i - 2] == " "
            and tokens.gaps[i - 1] == " "
        )
        if joined or _framed(tokens, i):
            added.append((i, i + 2, "ORG", ""))
    if added:
        spans.extend(added)
        spans.sort()
