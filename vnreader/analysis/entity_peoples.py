"""Peoples whose name also names their state: "Do Thái" (the Jews; Israel) and "Ả Rập" (the
Arabs; the Arab world). Written after a noun of what a state has (an army, a government, a
court, a broadcaster), the name stands for the state, a place: "quân đội Do Thái", "tòa án
Do Thái", "kênh truyền hình Ảrập", "nhà lãnh đạo Do Thái" of Israel's prime minister
(guideline rule 93); "thế giới Ả Rập" is the Arab states' but "thế giới Do Thái" the Jews'
own, and "Do Thái giáo" is the faith. Elsewhere it names the people
or their faith, no entity ("người định cư Do Thái", "cộng đồng Do Thái", "bài Do Thái"),
as "người Việt" names no place (rule 40). The scan knows neither name, so this labels them
among the text's leftovers."""

from __future__ import annotations

from vnreader.analysis.entity_keys import plain
from vnreader.analysis.entity_state import Span
from vnreader.analysis.entity_tokens import Tokens, opens_sentence

# the names, folded (``plain``), with the key of what they stand for
_PEOPLES = {
    "do thai": "LOC:do thai",
    "a rap": "LOC:a rap",
    "arap": "LOC:a rap",
    "a-rap": "LOC:a rap",
}
# the words that those names hold, one of which a text must have (a hyphenated name is one
# token: "Ả-rập")
_WORDS = frozenset({"Do", "Rập", "rập", "Ảrập", "Arập", "Ả-rập", "A-rập", "Ả-Rập", "A-Rập"})
# the first letters of those names: most leftovers are ruled out by their first letter
_FIRST_LETTERS = frozenset("DAẢ")
# what a state has, in lower case right before the name: its forces, its government and
# officials, its courts, its land, its media ("xe quân sự Do Thái", "đài vệ tinh Ảrập")
_STATE_NOUNS = frozenset(
    {"quân", "lính", "quân đội", "binh sĩ", "binh lính", "lực lượng", "xe tăng"}
    | {"quân sự", "an ninh", "tình báo", "cảnh sát"}
    | {"nhà nước", "chính phủ", "nội các", "chính quyền", "lãnh đạo", "quan chức", "giới chức"}
    | {"thủ tướng", "tổng thống", "ngoại trưởng", "đại sứ", "đại sứ quán", "quốc hội"}
    | {"tòa án", "toà án", "lãnh thổ", "biên giới", "thế giới", "các nước", "quốc gia"}
    | {"truyền hình", "vệ tinh", "đài", "báo", "báo chí", "hãng tin", "máy bay"}
)
# of those, the noun that is the Jews' own rather than the state's ("thế giới Do Thái"), said
# of the Arab states only ("thế giới Ả Rập")
_ARAB_ONLY = frozenset({"thế giới"})
_LONGEST = max(len(noun.split()) for noun in _STATE_NOUNS)


def peoples_as_states(tokens: Tokens, spans: list[Span], leftovers: list[tuple[int, int]]) -> None:
    """Label "Do Thái" and "Ả Rập" as places after a noun of what a state has."""
    if tokens.vocabulary.isdisjoint(_WORDS):
        return  # most texts name neither people
    words = tokens.words
    for i, j in leftovers:
        if j - i > 2 or i == 0 or words[i][:1] not in _FIRST_LETTERS:
            continue
        key = _PEOPLES.get(plain(_name(tokens, i, j)))
        if key is None or (j < len(words) and words[j] == "giáo"):
            continue  # "Do Thái giáo": the faith
        noun = _state_noun_before(tokens, i)
        if noun is None or (noun in _ARAB_ONLY and key != "LOC:a rap"):
            continue
        spans.append((i, j, "LOC", key))


def _state_noun_before(tokens: Tokens, i: int) -> str | None:
    """The noun of a state's that the words right before token i end with, in lower case or
    opening the sentence ("Các nước Ả Rập"), or None."""
    words = tokens.words
    for size in range(1, _LONGEST + 1):
        start = i - size
        if start < 0 or any(tokens.raw_gaps[k] != " " for k in range(start, i)):
            return None
        phrase = " ".join(words[start:i])
        if not phrase.islower():
            if not (phrase[1:].islower() and opens_sentence(tokens, start)):
                return None
            phrase = phrase.lower()
        if phrase in _STATE_NOUNS:
            return phrase
    return None


def peoples_no_persons(tokens: Tokens, spans: list[Span]) -> None:
    """Drop "Do Thái" and "Ả Rập" where a rule took them for a person, after every rule that
    labels people ("xung đột Ảrập - Do Thái": two peoples, no couple; "giết người Do Thái"),
    in place."""
    if tokens.vocabulary.isdisjoint(_WORDS):
        return
    words = tokens.words
    spans[:] = [
        span
        for span in spans
        if not (
            span[2] == "PER"
            and span[1] - span[0] <= 2
            and words[span[0]][:1] in _FIRST_LETTERS
            and plain(_name(tokens, span[0], span[1])) in _PEOPLES
        )
    ]


def _name(tokens: Tokens, i: int, j: int) -> str:
    """The text of a name of one or two tokens at i..j, with the gap between them."""
    words = tokens.words
    return words[i] if j - i == 1 else words[i] + tokens.raw_gaps[i] + words[i + 1]
