"""The place a body serves, written after what ends the body's name for the scan, is the
name's last words, one organisation with it (guideline rules 73a, 82), as in "Sở GTVT tỉnh
Quảng Nam":

- after the body's acronym in brackets: "Sở Giao thông vận tải (GTVT) tỉnh Tiền Giang",
  "Trung tâm Kiểm soát bệnh tật (CDC) Hà Nội" (an abbreviation in brackets inside a name
  stays in its one span);
- after the number that tells the body from others of its kind: "Bệnh viện Nhi Đồng 2 TP
  HCM", "Trung tâm Cấp cứu 115 Hà Nội", "Công ty cổ phần xây dựng số 9 Hải Phòng".

The place is a place the scan found, right after the bracket or the number, maybe after a
word of its kind ("tỉnh", "thành phố", "TP"). The joined span is keyed as any name is, the
bracket left out of the key ("ORG:so giao thong van tai tinh tien giang").
"""

from __future__ import annotations

from vnreader.analysis.entity_state import Span
from vnreader.analysis.entity_tokens import Tokens, is_acronym

# the words of a place's kind between the bracket or the number and the place's name ("(GTVT)
# tỉnh Tiền Giang", "(CDC) thành phố Cần Thơ")
_PLACE_KINDS = frozenset({"tỉnh", "huyện", "quận", "xã", "phường", "tp", "thành phố", "thị xã"})
_MAX_NUMBER = 3  # digits of a body's number ("115"), not a year's


def places_after_bodies(tokens: Tokens, spans: list[Span]) -> None:
    """Join each body to the place written after its acronym in brackets or its number (in
    place)."""
    raw, words = tokens.raw_gaps, tokens.words
    n = len(words)
    starts = {s[0]: s for s in spans}
    bodies = {s[1]: s for s in spans if s[2] == "ORG"}
    removed: set[Span] = set()
    added: list[Span] = []

    def join(body: Span, between: tuple[Span, ...], k: int) -> None:
        place = _place_at(tokens, starts, k)
        if place is not None and body not in removed:
            removed.update((body, *between, place))
            added.append((body[0], place[1], "ORG", ""))

    for short in spans:
        i, j, label, _ = short
        if (
            label == "ORG"
            and i > 0
            and j < n
            and raw[i - 1] == " ("
            and raw[j - 1] == ") "
            and all(is_acronym(w) for w in words[i:j])
            and all(raw[k] in ("-", "&") for k in range(i, j - 1))
            and i in bodies
        ):
            join(bodies[i], (short,), j)  # "Sở Giao thông vận tải (GTVT) tỉnh Tiền Giang"
    for body in [s for s in spans if s[2] == "ORG"]:
        j = body[1]
        number = words[j - 1]
        if (
            j - body[0] > 1
            and j < n
            and number.isdigit()
            and len(number) <= _MAX_NUMBER
            and raw[j - 2] == " "
            and raw[j - 1] == " "
        ):
            join(body, (), j)  # "Bệnh viện Nhi Đồng 2 TP HCM"
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
