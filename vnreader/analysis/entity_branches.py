"""A body written with its branch is one organisation (guideline rule 34): "Ngân hàng Nhà nước
chi nhánh Đà Nẵng", "Agribank chi nhánh Nam Hà Nội", "Vietcombank - Chi nhánh Huế".

The scan finds the body and the place apart (or the body and "Chi nhánh <place>", whose head
makes it a body of its own); this pass joins them when "chi nhánh" stands right after the
body and a place (maybe after a compass word: "Nam Hà Nội") makes up what follows it. A
branch named by no known place is its name too: a street's or a person's ("Agribank chi
nhánh Lý Thường Kiệt", taken for a person), or capitalised words the scan left alone ("BIDV
chi nhánh Phú Tài"). The joined span has no key of its own: a branch is not its parent.
"""

from __future__ import annotations

from vnreader.analysis.entity_state import DASHES, DIRECTIONS, PLACE_ABBREVIATIONS, Span
from vnreader.analysis.entity_tokens import Tokens
from vnreader.analysis.gazetteer import gazetteer

_BRANCH_FIRSTS = frozenset({"chi", "Chi"})
_BRANCH_NAME = 4  # at most this many capitalised words name a branch the scan left alone
_NO_BRANCH_NAME = PLACE_ABBREVIATIONS | {"Sở"}


def _branch_word(tokens: Tokens, j: int) -> bool:
    """True when "chi nhánh" starts at token j, right after a body that ends at token j - 1:
    after a space, or after a dash (spaced on both sides when written "chi nhánh": "Ngân hàng
    TMCP Phương Đông – chi nhánh Thăng Long")."""
    words, raw = tokens.words, tokens.raw_gaps
    if j + 2 >= len(words) or words[j].lower() != "chi" or words[j + 1] != "nhánh":
        return False
    if tokens.gaps[j] != " " or tokens.gaps[j + 1] != " ":
        return False
    gap = raw[j - 1]
    if gap == " ":
        return True
    if gap.strip() not in DASHES or "\n" in gap:
        return False
    return words[j] == "Chi" or (gap[0] == " " and gap[-1] == " ")


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
            if (
                words[p] in DIRECTIONS
                and p not in starts  # "chi nhánh Nam Định": the place starts with it
                and tokens.gaps[p] == " "
                and p + 1 < len(words)
            ):
                p += 1  # "chi nhánh Nam Hà Nội"
            place = starts.get(p)
            if place is None:
                unnamed = _unnamed_branch(tokens, p, starts)
                if unnamed is None:
                    continue
                end = unnamed
            else:
                end = spans[place][1]
                if spans[place][2] != "LOC" and not _capitalised(words, p, end, spans[place][2]):
                    continue
                gone.add(place)
        spans[n] = (i, end, "ORG", "")
    if gone:
        spans[:] = [s for n, s in enumerate(spans) if n not in gone]


def _capitalised(words: list[str], p: int, end: int, label: str) -> bool:
    """True when the person or body from token p to *end* is capitalised word by word: a
    street or ward named like one ("chi nhánh Lý Thường Kiệt"), not "Sở Sao năm"."""
    return label != "MISC" and all(words[q][0].isupper() for q in range(p, end))


def _unnamed_branch(tokens: Tokens, p: int, starts: dict[int, int]) -> int | None:
    """End of the capitalised words from token p that no span holds ("chi nhánh Phú Tài"),
    or None when none is (or the first is a place's abbreviation cut by a full stop, "TP.", or
    "Sở" of the head office, "chi nhánh Sở Giao dịch", whose name goes on in lower case).
    A surname followed by a capital starts a person's name after the branch's: it ends it."""
    words, gaps = tokens.words, tokens.gaps
    surnames = gazetteer().surnames
    q = p
    while q < len(words) and q - p < _BRANCH_NAME and q not in starts:
        if not words[q][0].isupper() or (q == p and words[q] in _NO_BRANCH_NAME):
            break
        if (
            q > p
            and words[q] in surnames
            and gaps[q] == " "
            and q + 1 < len(words)
            and words[q + 1][0].isupper()
        ):
            break  # "chi nhánh Phú Tài Nguyễn Văn Bình"
        q += 1
        if gaps[q - 1] != " ":
            break
    return q if q > p else None
