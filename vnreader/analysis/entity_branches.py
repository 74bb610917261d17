"""A body written with its branch is one organisation (guideline rule 34): "Ngân hàng Nhà nước
chi nhánh Đà Nẵng", "Agribank chi nhánh Nam Hà Nội", "Vietcombank - Chi nhánh Huế".

The scan finds the body and the place apart (or the body and "Chi nhánh <place>", whose head
makes it a body of its own); this pass joins them when "chi nhánh" stands right after the
body and a place (maybe after a compass word: "Nam Hà Nội") makes up what follows it. The
joined span has no key of its own: a branch is not its parent.
"""

from __future__ import annotations

from vnreader.analysis.entity_state import DASHES, DIRECTIONS, Span
from vnreader.analysis.entity_tokens import Tokens

_BRANCH_FIRSTS = frozenset({"chi", "Chi"})


def _branch_word(tokens: Tokens, j: int) -> bool:
    """True when "chi nhánh" starts at token j, right after a body that ends at token j - 1:
    after a space, or after a dash when written "Chi nhánh"."""
    words, raw = tokens.words, tokens.raw_gaps
    if j + 2 >= len(words) or words[j].lower() != "chi" or words[j + 1] != "nhánh":
        return False
    if tokens.gaps[j] != " " or tokens.gaps[j + 1] != " ":
        return False
    gap = raw[j - 1]
    return gap == " " or (words[j] == "Chi" and gap.strip() in DASHES and "\n" not in gap)


def branches_joined(tokens: Tokens, spans: list[Span]) -> None:
    """Join each body and its branch as above (in place; *spans* sorted or not)."""
    words = tokens.words
    last = len(words) - 2
    bodies = [
        n
        for n, (_, j, label, _) in enumerate(spans)
        if j < last and words[j] in _BRANCH_FIRSTS and label == "ORG"
    ]
    if not bodies:
        return
    starts = {s[0]: n for n, s in enumerate(spans)}
    gone: set[int] = set()
    for n in bodies:
        i, j, _, _ = spans[n]
        if n in gone or not _branch_word(tokens, j):
            continue
        branch = starts.get(j)
        if branch is not None and spans[branch][2] == "ORG":
            end = spans[branch][1]  # "Vietcombank - Chi nhánh Huế": the head made it a body
            if end <= j + 2:
                continue
            gone.add(branch)
        else:
            p = j + 2
            if words[p] in DIRECTIONS and tokens.gaps[p] == " " and p + 1 < len(words):
                p += 1  # "chi nhánh Nam Hà Nội"
            place = starts.get(p)
            if place is None or spans[place][2] != "LOC":
                continue
            end = spans[place][1]
            gone.add(place)
        spans[n] = (i, end, "ORG", "")
    if gone:
        spans[:] = [s for n, s in enumerate(spans) if n not in gone]
