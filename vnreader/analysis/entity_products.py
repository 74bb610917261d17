"""Vehicles named by their maker (guideline rule 35: a brand standing for its product is a
named thing, MISC): "mua xe Toyota", "chiếc xe Toyota Camry", "siêu xe Lamborghini". The
maker itself stays an organisation where the words before name the firm: "hãng xe Ford",
"nhà máy sản xuất ô tô VinFast", "công ty ôtô VMC". A maker with a model's code after it is
the model (rule 35: "Airbus A330", "Oppo A54", "Mazda CX5"), and so is a weapon's or a
plane's code with its number after a dash, spaced as some corpora space every dash ("S -400",
"Su -57", "AK-12"). And ships named again without their prefix: after "RMS Titanic",
"Titanic" alone is the ship (guideline rule 57)."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from itertools import pairwise

from vnreader.analysis.entity_keys import name_key
from vnreader.analysis.entity_state import SHIP_PREFIXES, Span
from vnreader.analysis.entity_tokens import Tokens, is_vietnamese

# words for a vehicle, lower case, right before the brand
_VEHICLES = frozenset({"xe", "ôtô"})
_CAR = ("ô", "tô")
# words before the vehicle's word that make the brand the firm: "hãng xe Ford", "nhà máy sản
# xuất ô tô VinFast", "công ty ôtô VMC", "lắp ráp xe VW", "hãng gọi xe DiDi"
_FIRM_BEFORE = frozenset({"hãng", "máy", "ty", "xuất", "ráp", "doanh", "gọi", "đoàn", "ngành"})
# a ship's hull number joined to its name, by a dash or none ("Nanggala-402", "Nanggala402")
_HULL_NUMBER = re.compile(r"(?<=[^\W\d])-?\d+$")


def vehicles_by_maker(tokens: Tokens, spans: list[Span]) -> None:
    """Relabel MISC the one-word organisation right after a lower-case word for a vehicle,
    with the model's words written after it ("xe Toyota Camry", "xe BMW X5"), in place;
    not after a word that names the firm ("hãng xe Ford")."""
    words, gaps, n = tokens.words, tokens.gaps, len(tokens.words)
    for m, (i, j, label, key) in enumerate(spans):
        if label != "ORG" or j != i + 1 or i < 1 or gaps[i - 1] != " ":
            continue
        word = words[i]
        if word.isupper() and len(word) > 3:
            continue  # "xe CSGT", "xe VAMA": a body's acronym, no maker
        if words[i - 1] in _VEHICLES:
            before = i - 2
        elif i > 1 and (words[i - 2], words[i - 1]) == _CAR and gaps[i - 2] == " ":
            before = i - 3
        else:
            continue
        if before >= 0 and gaps[before] == " " and words[before].lower() in _FIRM_BEFORE:
            continue
        end = j
        while (
            end < n
            and gaps[end - 1] == " "
            and words[end][:1].isupper()
            and not is_vietnamese(words[end])
            and end - j < 2
        ):
            end += 1  # the model: "Camry", "X5", "Vios" (not "4 chỗ": seats)
        if any(s[0] < end and s[1] > j for s in spans if s[0] >= j):
            end = j  # the words after are a name of their own
        spans[m] = (i, end, "MISC", key)


# a model's code: letters and digits in one word ("A330", "CX5", "Note20", "240E", "S21")
_CODE_AFTER_MAKER = re.compile(r"(?=[^\W_]*\d)(?=[^\W_]*[A-Za-z])[A-Z0-9][A-Za-z0-9]{1,7}")
# codes that name no model: a youth team ("SLNA U21"), a racing class ("Ferrari F1"), a
# network ("VinaPhone 5G"), a channel ("Benfica VTV3": the match's broadcast), a size with
# its unit ("SATA 80GB", "FSB 533MHz", "Heineken 330ml"), an hour glued to the next team of a
# fixture list ("Barcelona 2hBilbao"), two words glued ("RAMVGA 32MBHDD")
_NOT_MODELS = re.compile(
    r"U\d\d|F\d|[345]G|(?:VTV|HTV|VTC|FM)\d+|\d+h\w*|.*[a-z][A-Z].*"
    r"|\d+(?:[.,]\d+)?(?i:[kmgt]b|[kmg]?hz|ml|mah|mp|[kmg]?w|k?m|mm|cm|k?g|er|st|nd|rd|th)\w*"
)
# words that go on with a model's name ("Oppo A54 Pro", "Galaxy S21 Ultra 5G")
_MODEL_TAILS = frozenset({"Pro", "Max", "Plus", "Ultra", "Lite", "Mini", "mini", "5G", "4G"})


def models_after_makers(tokens: Tokens, spans: list[Span]) -> None:
    """Relabel MISC, in place, a maker named in one word with a model's code after it, the
    code and the words that go on with the model's name taken in ("Airbus A330", "Oppo A54
    Pro", "LG V10", "Mazda CX5"): the product, not the firm (guideline rule 35). A span the
    rules made of the model's words alone ("A16 Pro") joins it, and so does a body named
    right before the maker, the product's whole name ("Huawei FreeBuds 4i", "Sony Ericsson
    P900", like "VinFast VF 8")."""
    words, gaps, n = tokens.words, tokens.gaps, len(tokens.words)
    at = {s[0]: m for m, s in enumerate(spans)}
    ending = {s[1]: m for m, s in enumerate(spans)}
    joined: list[int] = []
    for m, (i, j, label, _) in enumerate(spans):
        if label != "ORG" or j != i + 1 or j >= n or gaps[i] != " " or not _model_code(words[j]):
            continue
        before = ending.get(i)
        if before is not None and gaps[i - 1] == " " and spans[before][2] == "ORG":
            joined.append(before)  # "Sony Ericsson P900", "Huawei FreeBuds 4i"
            i = spans[before][0]
        end = j + 1
        while end < n and gaps[end - 1] == " " and _model_word(words[end]):
            end += 1
        after = at.get(j)
        if after is not None:
            if spans[after][1] > end:
                continue  # the code starts a longer name of its own
            joined.append(after)
        for k in range(j + 1, end):
            if k in at:
                end = k  # a name of its own starts inside
                break
        spans[m] = (i, end, "MISC", "")
    for m in sorted(joined, reverse=True):
        del spans[m]


def _model_code(word: str) -> bool:
    return (
        not word.isalpha()  # a code holds a digit: most words after a maker hold none
        and _CODE_AFTER_MAKER.fullmatch(word) is not None
        and _NOT_MODELS.fullmatch(word) is None
    )


def _model_word(word: str) -> bool:
    return word in _MODEL_TAILS or _model_code(word)


# the letters of a weapon's or a plane's code before its number ("S", "AK", "Su", "Kh"); not a
# roman number ("lần XI-2005": an edition and its year), an age group ("U -23"), a group of
# states ("G -20"), an isotope ("Co -60")
_CODE_LETTERS = re.compile(
    r"(?![IVXLC]+$)(?!U$|G$|Co$|Cs$|Sr$|Pu$|Am$|Ra$)(?:[A-Z]{1,4}\d{0,3}|[A-Z][a-z])"
)
# its number, with a variant's letters ("400", "15C", "36M2", "200ER"); not a year, nor a
# registration's four digits ("máy bay CP -2933", "tàu PY-9007")
_CODE_NUMBER = re.compile(r"(?!\d{4})\d{1,3}(?:[A-Z][A-Z0-9]{0,2})?")
# a variant's letters written apart, as a corpus that spaces its dashes does ("F -35 A", "Su
# -30 MKI", "S -300 VM")
_VARIANT = re.compile(r"[A-Z]{1,3}\d?")
_CODE_DASHES = frozenset({"-", " -"})
# a dash before a digit, in the text ("S -400", "AK-12"): searched for its dash, fast
_DASH_DIGIT = re.compile(r"-(?=\d)")
# words before a number that no code names: a flight's or a vehicle's number ("số hiệu", "xe
# 72B-028"), a boat's registration ("tàu PY-9007"), a case's ("chuyên án bí số M -619")
_NUMBER_WORDS = frozenset({"hiệu", "xe", "tàu", "biển", "số"})
_PRICE_WORDS = frozenset({"đồng", "đ", "điểm", "USD", "VND", "VNĐ"})


def dashed_codes(text: str, tokens: Tokens, spans: list[Span], blocked: Sequence[bool]) -> None:
    """Make a code's letters, a dash and its number one MISC span, in place ("tên lửa S -400",
    "tiêm kích Su -57", "súng AK-12", "F -35 A" with its variant's letters), where the rules
    named the letters alone or nothing; the spans of the letters are replaced. Not inside a
    longer name, not over a figure's words, not a flight ("chuyến bay … JT -610")."""
    words, raw, n, starts = tokens.words, tokens.raw_gaps, len(tokens.words), tokens.starts
    found = [
        k
        for m in _DASH_DIGIT.finditer(text)  # the text is searched much faster than its tokens
        # the token before the dash, and its space: "S -400", "AK-12"
        if 0 < (k := bisect_right(starts, m.start() - 1 - (text[m.start() - 1] == " ")) - 1) < n - 1
        and raw[k] in _CODE_DASHES
        and _CODE_NUMBER.fullmatch(words[k + 1]) is not None
        and _CODE_LETTERS.fullmatch(words[k]) is not None
        and (raw[k - 1] == " " or raw[k - 1].endswith("("))
        # after a lower-case word or a bracket: not a ticker's fall in a price list ("; REE
        # -400, TMS")
        and (words[k - 1].islower() or raw[k] == "-" or raw[k - 1].endswith("("))
        and words[k - 1].lower() not in _NUMBER_WORDS
        and not raw[k + 1].startswith(".")  # a number plate: "72B -028.18"
        and not (k + 2 < n and words[k + 2] in _PRICE_WORDS)  # "là GIL -500 đồng": a fall
        # "nhà A25-18", "đĩa đệm L2-3": a building's or a part's number, not a model's
        and not (words[k][-1].isdigit() and len(words[k + 1]) < 3)
        and not _after_flight(words, k)
    ]
    for k in found:
        end = k + 2
        if (
            end < n
            and raw[end - 1] == " "
            and _VARIANT.fullmatch(words[end])
            and not any(s[0] == end and s[1] > end + 1 for s in spans)  # "F -15 K Slam Eagle"
        ):
            end += 1  # "F -35 A", "Su -30 MKI"
        if blocked[end - 1] and end < n and blocked[end] and raw[end - 1] == " ":
            continue  # a figure reaching past the code ("J -15 hoạt động" read as a count)
        covering = [s for s in spans if s[0] < end and k < s[1]]
        if any(s[0] < k or s[1] > end for s in covering):
            continue  # part of a longer name
        if any(s[0] == k and s[1] == end for s in covering):
            continue
        spans[:] = [s for s in spans if s not in covering]
        spans.append((k, end, "MISC", ""))


def _after_flight(words: list[str], k: int) -> bool:
    """True when "chuyến bay" stands among the four words before token k: a flight's number
    ("chuyến bay xấu số JT -610")."""
    before = [w.lower() for w in words[max(0, k - 5) : k]]
    return any(a == "chuyến" and b == "bay" for a, b in pairwise(before))


def ships_named_again(tokens: Tokens, spans: list[Span], leftovers: list[tuple[int, int]]) -> None:
    """Relabel MISC, in place, a ship's name written again without its navy's prefix or hull
    number ("Titanic" after "RMS Titanic", "Nanggala" after "KRI Nanggala 402"), which the
    rules took for a person or an organisation or left alone. Every way of writing the ship
    takes the key of its name alone ("KRI Nanggala-402", "KRI Nanggala", "Nanggala": one
    group of the Entities view)."""
    words = tokens.words
    names: dict[tuple[str, ...], str] = {}
    for m, (i, j, label, key) in enumerate(spans):
        if label == "MISC" and j - i >= 2 and words[i] in SHIP_PREFIXES:
            name = list(words[i + 1 : j])
            if name and name[-1].isdigit():
                name.pop()  # the hull number
            elif name and _HULL_NUMBER.search(name[-1]):
                name[-1] = _HULL_NUMBER.sub("", name[-1])  # "Nanggala-402"
            if name:
                key = names.setdefault(tuple(name), name_key("MISC", " ".join(name)))
                spans[m] = (i, j, label, key)
    if not names:
        return
    for n, (i, j, _, _) in enumerate(spans):
        if (again := names.get(tuple(words[i:j]))) is not None:
            spans[n] = (i, j, "MISC", again)
    taken = {(s[0], s[1]) for s in spans}
    spans.extend(
        (i, j, "MISC", names[tuple(words[i:j])])
        for i, j in leftovers
        if (i, j) not in taken and tuple(words[i:j]) in names
    )
