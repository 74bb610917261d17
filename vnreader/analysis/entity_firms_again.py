"""A firm introduced with its head is the firm when the text names it again alone: "Công ty
Sông Đà … Sông Đà dự kiến lãi", "Ngân hàng Kiên Long … Kiên Long cũng tăng vốn", "Công ty
Minh Anh … Minh Anh cho biết" (guideline rule 34: short trade names are ORG).

Only a firm whose whole name after its head (and its legal form: "CP", "TNHH", "Cổ phần") is
capitalised counts ("Công ty Sông Đà", not "Công ty Điện lực Hà Nội": "Hà Nội" alone stays the
city), and not one named by a country or a province ("Ngân hàng Canada", "Tập đoàn Thái
Bình") or with a common acronym ("Công ty CP KCN Phong Phú": "KCN Phong Phú" is the park).
The name alone is relabelled when the scan made it a place or a person, or left it, but not
after a place word or a form of address ("chợ Đồng Xuân", "tại Sông Đà", "ông Minh Anh"), nor
before a number ("cầu Tân Thuận 2"): there it is the place or the person.
"""

from __future__ import annotations

from vnreader.analysis.entity_orgs import BUSINESS_HEADS as _HEADS
from vnreader.analysis.entity_state import PLACE_BEFORE, Span
from vnreader.analysis.entity_tokens import Tokens
from vnreader.analysis.gazetteer import Gazetteer, match

# the heads of business names, lower-cased
_FIRSTS = frozenset(w for h in _HEADS for w in (h.split()[0], h.split()[0].capitalize()))
# the words of the legal forms written between a firm's head and its own name, short or in
# full ("Công ty Cổ phần X", "Công ty TNHH MTV X"), passed to reach the name; compare
# ``entity_orgs._FORMS_BEFORE_TRADE``, the short forms a trade may follow
_FORMS_BEFORE_NAME = frozenset({"CP", "TNHH", "MTV", "TMCP", "JSC", "Cổ", "phần", "cổ"})
_MAX_NAME = 4


def _name_after_head(tokens: Tokens, i: int, j: int) -> tuple[str, ...] | None:
    """The firm's own name in the organisation i..j, when it is all capitals after the head."""
    words, gaps = tokens.words, tokens.gaps
    k = i
    for size in (3, 2):
        if i + size < j and " ".join(words[i : i + size]).lower() in _HEADS:
            k = i + size
            break
    else:
        return None
    while k < j and words[k] in _FORMS_BEFORE_NAME:
        k += 1
    if not 0 < j - k <= _MAX_NAME or any(gaps[m] != " " for m in range(k - 1, j - 1)):
        return None
    name = tuple(words[k:j])
    if not all(w[:1].isupper() and w.isalpha() for w in name):
        return None
    return name


def _place_word_before(tokens: Tokens, i: int, gaz: Gazetteer) -> bool:
    """True when a word that names a place ends right before token i ("chợ", "cầu", "khu
    công nghiệp")."""
    for size in (1, 2, 3):
        start = i - size
        if start < 0 or tokens.gaps[i - 1] != " ":
            return False
        words = [w.lower() for w in tokens.words[start:i]]
        cue = match(gaz.cues, words, tokens.gaps[start:i], 0)
        if cue is not None and len(cue.words) == size and cue.label == "NAME":
            return cue.key == "LOC"
    return False


def _ambiguous(name: tuple[str, ...], gaz: Gazetteer) -> bool:
    """True for a name that alone is more likely something else: a common acronym ("KCN
    Phong Phú", an industrial park) or a country or province ("Ngân hàng Canada")."""
    if any(w in gaz.non_entities for w in name):
        return True
    place = match(gaz.names, list(name), [" "] * len(name), 0)
    if place is None or len(place.words) != len(name) or place.label != "LOC":
        return False
    key = place.key[4:]
    return key in gaz.provinces or key in gaz.listed_world_places or key in gaz.world_places


def firms_named_again(
    tokens: Tokens, spans: list[Span], leftovers: list[tuple[int, int]], gaz: Gazetteer
) -> None:
    """Relabel the firms named again alone as organisations (in place)."""
    words = tokens.words
    names = set()
    for i, j, label, _ in spans:
        if label == "ORG" and j - i >= 3 and words[i] in _FIRSTS:
            name = _name_after_head(tokens, i, j)
            if name is not None and not _ambiguous(name, gaz):
                names.add(name)
    if not names:
        return

    def alone(i: int, j: int) -> bool:
        if tuple(words[i:j]) not in names:
            return False
        before = words[i - 1].lower() if i > 0 and tokens.gaps[i - 1] == " " else ""
        if before in PLACE_BEFORE or before in gaz.pronoun_titles:
            return False
        if j < len(words) and tokens.gaps[j - 1] == " " and words[j].isdigit():
            return False  # "Tân Thuận 2": a bridge, a plant
        return not _place_word_before(tokens, i, gaz)

    for n, (i, j, label, _) in enumerate(spans):
        if label in ("LOC", "PER") and alone(i, j):
            spans[n] = (i, j, "ORG", "")
    taken = {(s[0], s[1]) for s in spans}
    spans.extend((i, j, "ORG", "") for i, j in leftovers if (i, j) not in taken and alone(i, j))
