"""The place a body serves, written after what ends the body's name for the scan, is the
name's last words, one organisation with it (guideline rules 73a, 82), as in "Sở GTVT tỉnh
Quảng Nam":

- after the body's acronym in brackets: "Sở Giao thông vận tải (GTVT) tỉnh Tiền Giang",
  "Trung tâm Kiểm soát bệnh tật (CDC) Hà Nội" (an abbreviation in brackets inside a name
  stays in its one span);
- after the number that tells the body from others of its kind: "Bệnh viện Nhi Đồng 2 TP
  HCM", "Trung tâm Cấp cứu 115 Hà Nội", "Công ty cổ phần xây dựng số 9 Hải Phòng".

The place is a place the scan found, right after the bracket or the number, maybe after a
word of its kind ("tỉnh", "thành phố", "TP"). After a bracket, a place with no word of its
kind before it may as well open the next clause ("Theo Tổ chức Y tế Thế giới (WHO) Việt Nam
đã …"): it is the body's only after a body that serves a place (a department, a centre, a
hospital; not a ministry, an international body, a bank or a fund), and never after a body
whose name ends with a place already ("Tập đoàn Dầu khí Việt Nam (PVN)") or a ship's prefix
("tàu Hải quân Hoàng gia Canada (HMCS) Calgary").

A body joined after its acronym is keyed as its short name, the acronym and the place as
written ("ORG:cdc ha noi"; the head before an acronym of its field only: "ORG:so gtvt tinh
tien giang"), so that "CDC Hà Nội" or "Sở GTVT tỉnh Tiền Giang" written later is the same
body; one joined after its number is keyed as any name is ("ORG:benh vien nhi dong 2 tp hcm").
"""

from __future__ import annotations

from vnreader.analysis.entity_keys import name_key
from vnreader.analysis.entity_state import Span
from vnreader.analysis.entity_tokens import Tokens, is_acronym
from vnreader.analysis.gazetteer import gazetteer, match

# the words of a place's kind between the bracket or the number and the place's name ("(GTVT)
# tỉnh Tiền Giang", "(CDC) thành phố Cần Thơ")
_PLACE_KINDS = frozenset({"tỉnh", "huyện", "quận", "xã", "phường", "tp", "thành phố", "thị xã"})
_MAX_NUMBER = 3  # digits of a body's number ("115"), not a year's
# heads of bodies that serve no one place, whose acronym a place may follow as the next
# clause's subject ("Bộ Y tế (BYT) Hà Nội dẫn đầu …"): joined only with a word of its kind
_NATIONAL_HEADS = frozenset(
    {"bộ", "tổng cục", "tổ chức", "quỹ", "ngân hàng", "hiệp hội", "liên minh", "diễn đàn"}
    | {"cơ quan", "câu lạc bộ", "tập đoàn", "liên đoàn", "ủy ban", "uỷ ban", "chương trình"}
    | {"hội đồng", "viện", "học viện", "đại học", "hãng", "tổng công ty", "liên hợp"}
)
_SHIP_WORDS = frozenset({"tàu", "HMCS", "HMS", "USS", "INS", "HQ"})


def places_after_bodies(tokens: Tokens, spans: list[Span]) -> None:
    """Join each body to the place written after its acronym in brackets or its number (in
    place)."""
    raw, words = tokens.raw_gaps, tokens.words
    n = len(words)
    shorts = [s for s in spans if s[2] == "ORG" and s[0] > 0 and raw[s[0] - 1] == " ("]
    numbered = [
        s
        for s in spans
        if s[2] == "ORG"
        and s[1] - s[0] > 1
        and s[1] < n
        and words[s[1] - 1].isdigit()
        and len(words[s[1] - 1]) <= _MAX_NUMBER
        and raw[s[1] - 2] == " "
        and raw[s[1] - 1] == " "
    ]
    if not shorts and not numbered:
        return  # most texts: nothing to join, no table to build
    starts = {s[0]: s for s in spans}
    bodies = {s[1]: s for s in spans if s[2] == "ORG"}
    removed: set[Span] = set()
    added: list[Span] = []

    def join(body: Span, between: tuple[Span, ...], k: int, bracket: bool) -> None:
        place = _place_at(tokens, starts, k)
        if place is None or body in removed:
            return
        if bracket and place[0] == k and _serves_no_place(tokens, body):
            return  # "Theo Tổ chức Y tế Thế giới (WHO) Việt Nam đã …": the next clause
        key = name_key("ORG", _short_name(tokens, body, between[0], k, place)) if bracket else ""
        removed.update((body, *between, place))
        added.append((body[0], place[1], "ORG", key))

    for short in shorts:
        i, j, _, _ = short
        if (
            j < n
            and raw[j - 1] == ") "
            and all(is_acronym(w) for w in words[i:j])
            and all(raw[k] in ("-", "&") for k in range(i, j - 1))
            and i in bodies
            and not _ends_with_place(tokens, bodies[i])
            and not (bodies[i][0] > 0 and words[bodies[i][0] - 1] in _SHIP_WORDS)
            and words[i] not in _SHIP_WORDS
        ):
            join(bodies[i], (short,), j, True)  # "Sở Giao thông vận tải (GTVT) tỉnh Tiền Giang"
    for body in numbered:
        join(body, (), body[1], False)  # "Bệnh viện Nhi Đồng 2 TP HCM"
    if added:
        spans[:] = [s for s in spans if s not in removed] + added


def _place_at(tokens: Tokens, starts: dict[int, Span], k: int) -> Span | None:
    """The place the scan found at token k, or after a word of its kind there ("tỉnh", "thành
    phố"); None when there is none."""
    raw, words = tokens.raw_gaps, tokens.words
    place = starts.get(k)
    if place is None:
        for size in (1, 2):
            kind = " ".join(words[k : k + size]).lower()
            if kind in _PLACE_KINDS and k + size < len(words) and raw[k + size - 1] in (" ", ". "):
                place = starts.get(k + size)
                break
    return place if place is not None and place[2] == "LOC" else None


def _serves_no_place(tokens: Tokens, body: Span) -> bool:
    """True when the body's head is one of a body that serves no one place (a ministry, an
    international body, a fund)."""
    words = [w.lower() for w in tokens.words[body[0] : body[0] + 3]]
    return any(" ".join(words[:size]) in _NATIONAL_HEADS for size in (1, 2, 3))


def _ends_with_place(tokens: Tokens, body: Span) -> bool:
    """True when the body's name ends with a place the gazetteer knows ("Tập đoàn Dầu khí
    Việt Nam", "Câu lạc bộ Sông Lam Nghệ An")."""
    names = gazetteer().names
    for k in range(body[0] + 1, body[1]):
        known = match(names, tokens.words, tokens.gaps, k)
        if known is not None and known.label == "LOC" and k + len(known.words) == body[1]:
            return True
    return False


def _short_name(tokens: Tokens, body: Span, short: Span, k: int, place: Span) -> str:
    """The body's name written short: its acronym and its place as written from token k
    ("CDC Hà Nội", "KBNN tỉnh Phú Yên"), after the words of its head when the acronym spells
    out the field only ("Sở GTVT tỉnh Tiền Giang")."""
    acronym = _text(tokens, short[0], short[1])
    letters = "".join(c for c in acronym if c.isalpha()).upper()
    spelt = [k for k in range(body[0], body[1]) if tokens.words[k] not in ("và", "&")]
    initials = "".join(tokens.words[k][0] for k in spelt).upper()
    head = 0
    if letters != initials and initials.endswith(letters):
        head = len(initials) - len(letters)  # "Sở | Giao thông vận tải (GTVT)"
    before = _text(tokens, body[0], spelt[head]) + " " if head else ""
    return f"{before}{acronym} {_text(tokens, k, place[1])}"


def _text(tokens: Tokens, i: int, j: int) -> str:
    """The text of tokens i..j-1 as written."""
    return (
        "".join(tokens.words[k] + tokens.raw_gaps[k] for k in range(i, j - 1)) + tokens.words[j - 1]
    )
