"""A police unit is one organisation, named to its end (guideline rules 2, 13 and 32).

Its head ("Phòng", "Đội", "Cục", "Trung đoàn" …), the police ("Cảnh sát", "cảnh sát" or a
short form: "CSGT", "CSĐT"), its branches in any case ("giao thông - trật tự", "hình sự",
"điều tra tội phạm về ma túy", "quản lý hành chính về trật tự xã hội") and the police it
belongs to when that follows with no sign, a comma or a dash ("Công an tỉnh Nghệ An", "Bộ
Công an"): "Phòng Cảnh sát hình sự, Công an tỉnh Nghệ An", "Đội CSĐT tội phạm về ma túy Công
an TP Hải Dương". The scan names such units in part or not at all, because their branches
are ordinary words in lower case; this pass reads them from a short list of what a police
unit does. A parent in brackets stays an organisation of its own ("Cục Cảnh sát giao thông
(Bộ Công an)"), and a parent named by no place ("Công an tỉnh") joins nothing.
"""

from __future__ import annotations

from itertools import compress

from vnreader.analysis.entity_context import opens_sentence_or_quote
from vnreader.analysis.entity_state import Span
from vnreader.analysis.entity_tokens import Tokens

# heads of a police unit, as written (capitalised: "đội cảnh sát" in lower case is a kind)
_HEADS = (
    ("Phòng",),
    ("Đội",),
    ("Cục",),
    ("Trung", "đoàn"),
    ("Tiểu", "đoàn"),
    ("Đại", "đội"),
    ("Bộ", "Tư", "lệnh"),
)
_HEAD_FIRSTS = frozenset(h[0] for h in _HEADS)
# the police written short, alone or with its branch ("Đội CSGT", "Phòng CSĐT")
POLICE_SHORT = frozenset({"CSGT", "CSĐT", "CSHS", "CSKT", "CSMT", "CSCĐ", "CSQLHC", "CSND"})
# the words every unit holds: a text without one has none (a look at C speed)
_POLICE_WORDS = POLICE_SHORT | {"cảnh", "Cảnh"}
# the second word of a head or the police's first: a cheap look before the unit is read
_SECONDS = POLICE_SHORT | {"cảnh", "Cảnh", "Tư", "đoàn", "đội"}
# what a unit does, after the police (lower-case words; a capital first is read lower too)
_BRANCHES = frozenset(
    {"giao thông", "trật tự", "giao thông đường bộ", "giao thông đường sắt", "đường bộ"}
    | {"đường sắt", "đường thủy", "đường thuỷ", "đường thủy nội địa", "đường thuỷ nội địa"}
    | {"hình sự", "điều tra", "kinh tế", "môi trường", "cơ động", "bảo vệ", "đặc nhiệm"}
    | {"phản ứng nhanh", "phòng cháy chữa cháy", "phòng cháy", "chữa cháy", "cứu nạn cứu hộ"}
    | {"quản lý hành chính", "truy nã", "thi hành án hình sự", "hỗ trợ tư pháp", "an ninh"}
    | {"ma túy", "ma tuý", "phòng chống ma túy", "phòng chống ma tuý", "biển", "hàng không"}
    | {"kỹ thuật hình sự", "quản lý trại giam", "phòng chống tội phạm", "khu vực"}
)
# what its crimes are about, after "tội phạm về" or "về" ("… tội phạm về ma túy", "quản lý
# hành chính về trật tự xã hội")
_MATTERS = frozenset(
    {"ma túy", "ma tuý", "trật tự xã hội", "trật tự an toàn xã hội", "an toàn xã hội"}
    | {"trật tự quản lý kinh tế", "quản lý kinh tế", "chức vụ", "tham nhũng", "buôn lậu"}
    | {"kinh tế", "môi trường", "sử dụng công nghệ cao", "công nghệ cao", "hình sự"}
    | {"trật tự", "giao thông"}
)
_LONGEST = 6  # words in the longest branch or matter
# branches that are also what the police does ("bảo vệ hiện trường", "điều tra vụ việc")
_DEEDS = frozenset({"bảo vệ", "điều tra"})
_DASHES = frozenset({" - ", " – ", "-", "–"})
_PARENT_GAPS = _DASHES | {" ", ", ", " -", "- "}


def _phrase(lowers: list[str], gaps: list[str], k: int, table: frozenset[str]) -> int:
    """End of the longest phrase of *table* starting at token k (words joined by spaces), or
    k when none does."""
    end = k
    text = ""
    for m in range(k, min(len(lowers), k + _LONGEST)):
        if m > k and gaps[m - 1] != " ":
            break
        text = lowers[m] if m == k else f"{text} {lowers[m]}"
        if text in table:
            end = m + 1
    return end


def _police_start(tokens: Tokens, lowers: list[str], i: int) -> int | None:
    """End of a police unit's head and its police from token i ("Phòng Cảnh sát hình sự",
    "Đội CSGT"), its first branch taken when the police is written out; or None."""
    words, gaps = tokens.words, tokens.gaps
    n = len(words)
    for head in _HEADS:
        k = i + len(head)
        if k < n and tuple(words[i:k]) == head and all(g == " " for g in gaps[i:k]):
            break
    else:
        return None
    if words[k] in POLICE_SHORT:
        return k + 1  # "Đội CSGT", "Đội CSĐT tội phạm về …"
    if lowers[k] != "cảnh" or k + 2 >= n or lowers[k + 1] != "sát" or gaps[k] != " ":
        return None
    if gaps[k + 1] != " ":
        return None
    branch = _phrase(lowers, gaps, k + 2, _BRANCHES)
    return branch if branch > k + 2 else None  # not "Phòng Cảnh sát" alone: the scan's head


def _unit_end(tokens: Tokens, lowers: list[str], i: int) -> int | None:
    """End of the police unit whose head starts at token i, its parent left out; or None."""
    end = _police_start(tokens, lowers, i)
    if end is None:
        return None
    words, gaps, raw = tokens.words, tokens.gaps, tokens.raw_gaps
    n = len(words)
    table = _BRANCHES  # what may follow a joiner: a branch, and a matter after "về"
    while end < n:
        gap = raw[end - 1]
        if gap in _DASHES or gap == ", " or (gap == " " and lowers[end] == "và"):
            step = end + 1 if gap == " " else end  # "giao thông - trật tự", "… và chức vụ"
            nxt = _phrase(lowers, gaps, step, table) if step < n else step
            if nxt == step or not words[step][0].islower() or not _closes(tokens, lowers, nxt):
                break
            end = nxt
        elif gap == " " and lowers[end] == "tội" and end + 2 < n and lowers[end + 1] == "phạm":
            step = end + 3 if lowers[end + 2] == "về" and gaps[end + 1] == " " else end + 2
            nxt = _phrase(lowers, gaps, step, _MATTERS)
            if nxt == step:
                break
            end, table = nxt, _MATTERS  # "tội phạm về ma túy"
        elif gap == " " and lowers[end] == "về" and end + 1 < n:
            step = end + 1
            if lowers[step : step + 2] == ["tội", "phạm"] and gaps[step] == " ":
                step += 2  # "Phòng Cảnh sát điều tra về tội phạm ma túy"
            nxt = _phrase(lowers, gaps, step, _MATTERS)
            if nxt == step:
                break
            end, table = nxt, _MATTERS  # "quản lý hành chính về trật tự xã hội"
        else:
            break
    return end


def _closes(tokens: Tokens, lowers: list[str], k: int) -> bool:
    """True when a branch after a comma, a dash or "và" ends at token k as a unit's name does:
    at a stop, a capital or more of the name ("Đội CSGT, trật tự | đô thị" is a list of forces,
    "…, điều tra | viên" a person)."""
    if k >= len(lowers) or tokens.raw_gaps[k - 1] != " ":
        return True
    return tokens.words[k][0].isupper() or lowers[k] in ("tội", "về", "và")


def _parent(tokens: Tokens, end: int, starts: dict[int, int], spans: list[Span]) -> int | None:
    """The index in *spans* of the police a unit ending at token *end* belongs to, written
    right after it with no sign, a comma or a dash ("… Công an tỉnh Nghệ An", "…, Bộ Công
    an"); None when there is none (or it sits in brackets)."""
    words = tokens.words
    if end >= len(words) or tokens.raw_gaps[end - 1] not in _PARENT_GAPS:
        return None
    s = starts.get(end)
    if s is None or spans[s][2] != "ORG":
        return None
    first = words[end : end + 3]
    if first[:2] == ["Công", "an"] or first == ["Bộ", "Công", "an"]:
        return s
    return None


def police_units(tokens: Tokens, spans: list[Span]) -> None:
    """Name each police unit whole, as above (in place; *spans* sorted or not): the unit,
    and its parent joined in, replaces the spans inside it."""
    words = tokens.words
    if _POLICE_WORDS.isdisjoint(tokens.vocabulary):
        return  # no police word: most texts, told from the set of the text's words
    last = len(words) - 1
    # the heads' first words are found in C, then the word after each is read
    heads = [
        i
        for i in compress(range(len(words)), map(_HEAD_FIRSTS.__contains__, words))
        if i < last and words[i + 1] in _SECONDS
    ]
    if not heads:
        return
    lowers = [w.lower() for w in words]
    for i in heads:
        end = _unit_end(tokens, lowers, i)
        if end is None:
            continue
        starts = {s[0]: n for n, s in enumerate(spans)}
        parent = _parent(tokens, end, starts, spans)
        if (
            parent is None
            and words[i + 1] == "cảnh"
            and " ".join(lowers[end - 2 : end]) in _DEEDS
            and not _closes(tokens, lowers, end)
            and opens_sentence_or_quote(tokens, i)
        ):
            # "Đội cảnh sát bảo vệ hiện trường …", "Cục cảnh sát điều tra vụ việc …": the
            # police of a kind doing what its branch says, opening a sentence
            continue
        if parent is not None:
            end = spans[parent][1]
        elif words[end : end + 2] == ["Công", "an"]:
            # "Phòng Cảnh sát bảo vệ Công an thành phố": the scan runs the unit into a parent
            # named by no place, which is no name; the unit is one
            spans[:] = [
                s for s in spans if s[0] != i or not all(w.islower() for w in words[end + 2 : s[1]])
            ]
        if any(a < i < b or (a == i and b >= end) for a, b, _, _ in spans):
            continue  # inside a name the scan found, or found whole already
        spans[:] = [s for s in spans if s[1] <= i or s[0] >= end]
        spans.append((i, end, "ORG", ""))
