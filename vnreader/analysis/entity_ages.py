"""People introduced by their age in apposition: news gives a person's age or year of birth
right after the name, between commas or in brackets ("Huang Xiahong, 28 tuổi, là …", "Theo
Kowalski, 45 tuổi, …", "bắt Kowalski (28 tuổi)", "Trần Công Phú (SN 1981)"), which no body
nor place is given (guideline rule 7). A name the rules left unlabelled, or took for an
organisation they do not know, is a person there, and so is a Vietnamese full name taken for
a place in a list of places ("xã Bình Lãng và Trần Công Phú (SN 1981)"): capitalised words,
maybe joined by hyphens, that no head opens, with an age of a person's years (under 120)."""

from __future__ import annotations

import re

from vnreader.analysis.entity_given_alone import noun_before_no_person, plain_given
from vnreader.analysis.entity_state import PLACE_BEFORE, SENTENCE_WORDS, Span
from vnreader.analysis.entity_tokens import Tokens, is_acronym, is_vietnamese, opens_sentence
from vnreader.analysis.gazetteer import gazetteer

# ", 28 tuổi", " (28 tuổi", " (SN 1981", ", sinh năm 1981" right after a name
_AGE_AFTER = re.compile(r"(?:, | \()(?:(\d{1,3}) tuổi\b|(?:SN|sinh năm|sinh) \d{4}\b)")
# words that open a sentence before its subject ("Ngoài Dũng …", "Còn Lan, 30 tuổi, …")
_OPENERS = SENTENCE_WORDS | frozenset({"Ngoài", "Riêng", "Còn", "Rồi", "Đến", "Cả", "Hay"})
# words before a name, or opening it, that make it a thing's: a ship, a car, a brand, a
# band, a firm ("Chiếc tàu Sao Mai, 30 tuổi", "Ban nhạc Bức Tường, 25 tuổi"), or a people's
# member ("phụ nữ Ê Đê, 30 tuổi", "đồng bào Ê Đê")
_THINGS_BEFORE = frozenset(
    {"tàu", "chiếc", "xe", "hãng", "hiệu", "hàng", "nhạc", "nhóm", "ty", "dòng", "game"}
    | {"nữ", "bào", "tộc", "người"}
)
# words before a name that make it a place of an address ("trú xã Nguyễn Văn Linh, SN 1960")
_PLACES_BEFORE = PLACE_BEFORE | frozenset({"đường", "phố", "trú", "ngụ", "quê"})
_MAX_AGE = 120  # "Hà Nội, 1.000 tuổi", "thương hiệu X, 150 tuổi": no person


def people_of_an_age(
    text: str, tokens: Tokens, spans: list[Span], leftovers: list[tuple[int, int]]
) -> None:
    """Label as a person a name the rules left unlabelled, or took for an organisation of
    no known key or for a place while a Vietnamese full name, right before its age (in
    place)."""
    # where an age follows: the names that end there are the only ones to look at
    aged = _age_starts(text)
    if not aged:
        return
    ends, surnames = tokens.ends, gazetteer().surnames
    for n, (i, j, label, key) in enumerate(spans):
        if (
            ends[j - 1] in aged
            and (
                (label == "ORG" and not key)
                or (
                    label == "LOC"
                    and j - i >= 3
                    and tokens.words[i] in surnames
                    and not (i > 0 and tokens.words[i - 1].lower() in _PLACES_BEFORE)
                )
            )
            and _aged(text, tokens, i, j)
        ):
            spans[n] = (i, j, "PER", "")
    for i, j in leftovers:
        if ends[j - 1] not in aged:
            continue
        if j - i > 1 and tokens.words[i] in _OPENERS and opens_sentence(tokens, i):
            i += 1  # "Ngoài Dũng (sinh năm 1986, …)": the sentence's first word, then the name
        if not _aged(text, tokens, i, j) or any(a < j and i < b for a, b, _, _ in spans):
            continue
        # one word right after a person's name, or a place's of two words that opens with a
        # surname, is that name's last ("Lê Minh Để (22 tuổi)", "Hoàng Mai Huy (SN 1992)")
        before = next((n for n, s in enumerate(spans) if s[1] == i), -1)
        if before >= 0 and j - i == 1 and tokens.gaps[i - 1] == " ":
            a, _, label, _ = spans[before]
            if label == "PER" or (label == "LOC" and i - a == 2 and tokens.words[a] in surnames):
                spans[before] = (a, j, "PER", "")
                continue
        spans.append((i, j, "PER", ""))


def _age_starts(text: str) -> set[int]:
    """The offsets where an age or a year of birth follows a name (", 28 tuổi", " (SN
    1981"): found from the rare words, then matched."""
    starts: set[int] = set()
    for word, back in ((" tuổi", 5), ("SN ", 2), ("sinh ", 2)):
        at = text.find(word)
        while at != -1:
            # the comma or bracket before: up to three digits before " tuổi", or right
            # before "SN", "sinh"
            for start in range(max(0, at - back), at):
                if _AGE_AFTER.match(text, start):
                    starts.add(start)
                    break
            at = text.find(word, at + len(word))
    return starts


def _aged(text: str, tokens: Tokens, i: int, j: int) -> bool:
    """True when the capitalised words i..j are a name with a person's age after it."""
    words = tokens.words
    m = _AGE_AFTER.match(text, tokens.ends[j - 1])
    if m is None or (m.group(1) is not None and int(m.group(1)) >= _MAX_AGE):
        return False
    if not all(w[:1].isupper() and not is_acronym(w) for w in words[i:j]):
        return False  # "VKS, 3 tuổi": an acronym names no one
    if j - i > 4 or any(g not in (" ", "-") for g in tokens.gaps[i : j - 1]):
        return False
    g = gazetteer()
    if words[i].lower() in g.cues or words[i] in g.non_entities:
        return False  # "Công ty Xuân Hòa, 20 tuổi": a head opens a body's name
    if words[i].lower() in _THINGS_BEFORE or (i > 0 and tokens.words[i - 1] in _THINGS_BEFORE):
        return False  # "Tàu Hải Đăng (40 tuổi)", "ban nhạc Bức Tường, 25 tuổi"
    if j - i == 1 and is_vietnamese(words[i]) and not plain_given(words[i]):
        return False  # "Dạ, 76 tuổi rồi", "(Thanh, Nam, 20 tuổi)": a word, a sex
    return not noun_before_no_person(tokens, i)  # "dân tộc Dao, 31 tuổi", "tuổi Mùi, 43 tuổi"
