"""Word tokens for the entity recogniser: offsets, gaps between words and syllable shapes.

A token is a run of letters and digits; "T&T" and "O'Neill" stay one token, and so does a Vietnamese
transliteration written with hyphens ("Mát-xcơ-va", "Ô-xtrây-li-a"). What lies between two
tokens is summarised as a *gap kind*: ``" "`` (spaces only), ``"-"`` (a dash, with or without
spaces), ``"."`` (a full stop, as after an initial), or ``"x"`` (anything else: a break).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate, pairwise

from vnreader.analysis.fold import fold
from vnreader.analysis.word_cache import WordCache

# what joins two runs of letters into one token: "&" ("T&T"), and an apostrophe in a name
# after one capital ("O'Neill", "D'Alessandro") or before lower case ("Eto'o", "K'sor")
# ("I'm", "Harper's", "don't": English clitics, and "I", are left apart)
_JOIN = r"(?:&|(?<=\b[A-HJ-Z])['’]|['’](?!(?:s|t|m|d|ve|re|ll)\b)(?=[a-zà-ỹđ]))"
_WORD = re.compile(rf"([^\W_]+(?:{_JOIN}[^\W_]+)*)")
# the same split on a text with no "_" (then \w and [^\W_] match the same) is a split into
# runs of \w and the joins made after it (``_join_marks``): over three times faster than
# a split that tries the joins at every run
_WORD_PLAIN = re.compile(r"(\w+)")
# a text scraped with its "&" escaped ("Bộ NN&amp;PTNT", "Henley &amp; Partners"): "&amp;"
# joins like "&", and the "amp" of a lone "&amp;" starts no word
_AMP = "&amp;"
_WORD_AMP = re.compile(rf"((?<!&)(?<![^\W_])[^\W_]+(?:(?:{_AMP}|{_JOIN})[^\W_]+)*)")
_JOIN_AT = re.compile(_JOIN)
_JOINERS = ("&", "'", "’")
_DASHES = frozenset("-–—‑")
# Onset, nucleus and coda of a Vietnamese syllable, on folded text (no diacritics, đ -> d).
_VIET_SYLLABLE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?"
)
# the lower-case letters with a Vietnamese mark (and "đ")
_MARKED_LETTERS = "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
_VIET_MARKS = re.compile(f"[{_MARKED_LETTERS}]")
# the common Korean surnames: a name led by one is written surname first ("Kim Jong-un")
# a company's legal form written short after its name, in English ("Daewoo Pharm Co., Ltd",
# "Apple Inc.")
LEGAL_FORMS = frozenset({"Ltd", "LTD", "Inc", "INC", "LLC", "JSC", "PLC", "Corp", "Co"})
KOREAN_SURNAMES = frozenset(
    {"Kim", "Lee", "Park", "Choi", "Jung", "Jeong", "Kang", "Cho", "Yoon", "Jang", "Lim"}
    | {"Shin", "Seo", "Kwon", "Hwang", "Ahn", "Song", "Yoo", "Hong", "Jeon", "Moon", "Son"}
    | {"Bae", "Baek", "Heo", "Noh", "Kwak", "Sung", "Cha", "Joo", "Woo", "Ryu", "Chae"}
    | {"Roh", "Oh", "Yang", "Ko", "Byun", "Yun", "Jin", "Chun"}
)
# how long the syllable before a hyphen may be for the hyphen to join a transliteration
_MAX_TRANSLIT_PART = 5


@dataclass(slots=True)
class Tokens:
    """Parallel lists describing the words of a text."""

    words: list[str]
    starts: list[int]
    ends: list[int]
    gaps: list[str]  # gaps[i] is the gap kind between token i and token i + 1
    raw_gaps: list[str]  # raw_gaps[i] is the text between token i and token i + 1
    # False when every token is one run of letters and digits (no "T&T", "O'Neill",
    # "Mát-xcơ-va"): ``tokenize`` knows whether it joined any
    joined: bool = True
    # the tokens that start the second half of two words glued by a scraping accident
    # (``split_glued``): each starts a sentence, and no name starts or ends inside the word
    glued: frozenset[int] = frozenset()
    _vocabulary: frozenset[str] | None = field(default=None, repr=False, compare=False)

    def __len__(self) -> int:
        return len(self.words)

    @property
    def vocabulary(self) -> frozenset[str]:
        """The distinct words, made on first use. Several passes ask whether some word
        stands in the text at all; the set answers each at once, where every pass would
        read all the tokens again (a read of every token costs as much as the set)."""
        if self._vocabulary is None:
            self._vocabulary = frozenset(self.words)
        return self._vocabulary


def gap_kind(gap: str) -> str:
    """Summarise the text between two tokens (see the module docstring)."""
    if gap == " ":
        return " "
    if "\n" in gap:
        return "x"
    stripped = gap.strip()
    if not stripped:
        return " " if gap else "x"
    if len(stripped) == 1:
        if stripped in _DASHES:
            return "-"
        if stripped == ".":
            return "."
    return "x"


_GAP_KINDS = WordCache(gap_kind)


def tokenize(text: str) -> Tokens:
    """Split *text* into word tokens with their offsets and the gaps between them."""
    # gap, word, gap, word, ..., gap
    amp = _AMP in text
    underscore = "_" in text
    pattern = _WORD_AMP if amp else _WORD if underscore else _WORD_PLAIN
    parts = pattern.split(text)
    # where each part starts: a word starts where its part does and ends where the next starts
    offsets = list(accumulate(map(len, parts), initial=0))
    if amp:  # words and gaps read "&" where the text has "&amp;" (the offsets are the text's)
        parts = [p.replace(_AMP, "&") if _AMP in p else p for p in parts]
    words = parts[1::2]
    raw = parts[2::2]
    starts = offsets[1:-1:2]
    ends = offsets[2::2]
    # the split of a text with "_" or "&amp;" joins runs itself: whether it did is not known
    joined = amp or underscore
    if not amp and not underscore and any(j in text for j in _JOINERS):
        joined = _join_marks(text, words, starts, ends, raw)
    if "-" in text and "-" in raw:  # the text is searched much faster than the list
        joined = _join_transliterations(words, starts, ends, raw) or joined
    gaps = list(map(_GAP_KINDS.__getitem__, raw))
    if gaps:
        gaps[-1] = "x"
    return Tokens(words, starts, ends, gaps, raw, joined)


# a lower-case letter then a capital: where two words may have been glued together when a
# page lost its line breaks ("Hà NộiHạng ba", "Minh PhươngTheo AFP", "Đồng NaiMột xe")
_LOWER_LETTERS = "abcdefghijklmnopqrstuvwxyz" + _MARKED_LETTERS
_GLUE = re.compile(f"[{_LOWER_LETTERS}][{_LOWER_LETTERS.upper()}]")


def split_glued(text: str, tokens: Tokens) -> None:
    """Split each word that is two Vietnamese words glued together ("NộiHạng", "PhươngTheo",
    "báoCựu") into its two halves, with no gap between them, and record the second halves
    in ``tokens.glued``.

    Both halves must look like Vietnamese syllables and one of them carry a Vietnamese mark,
    or the second be the "Theo" of a byline's source ("N.LinhTheo Reuters"): brands and
    names written in camel case ("iPhone", "PetroVietnam", "McDonald", "MoMo", "VinFast")
    stay whole."""
    cuts = [m.start() + 1 for m in _GLUE.finditer(text)]
    if not cuts:
        return
    starts, ends = tokens.starts, tokens.ends
    # the cuts each token takes, read from the left: a half runs from the last cut taken (or
    # the token's start) to the next cut found (or the token's end), so that a token glued
    # many times is read in linear time
    taken: dict[int, list[int]] = {}
    c = 0
    while c < len(cuts):
        k = bisect_right(starts, cuts[c]) - 1
        if k < 0 or not starts[k] < cuts[c] < ends[k]:
            c += 1
            continue
        last = c
        while last + 1 < len(cuts) and cuts[last + 1] < ends[k]:
            last += 1
        prev = starts[k]
        for m in range(c, last + 1):
            at = cuts[m]
            nxt = cuts[m + 1] if m < last else ends[k]
            left, right = text[prev:at], text[at:nxt]
            if (left.isascii() and right.isascii() and right != "Theo") or not (
                is_vietnamese(left) and is_vietnamese(right)
            ):
                continue
            taken.setdefault(k, []).append(at)
            prev = at
        c = last + 1
    if not taken:
        return
    words: list[str] = []
    new_starts: list[int] = []
    new_ends: list[int] = []
    raw: list[str] = []
    gaps: list[str] = []
    glued: list[int] = []
    for k, word in enumerate(tokens.words):
        split = taken.get(k)
        if split is None:
            words.append(word)
            new_starts.append(starts[k])
            new_ends.append(ends[k])
        else:
            bounds = [starts[k], *split, ends[k]]
            for a, b in pairwise(bounds):
                if a != starts[k]:
                    raw.append("")  # no gap at all: a break ("x"), like a line's end
                    gaps.append("x")
                    glued.append(len(words))
                words.append(text[a:b])
                new_starts.append(a)
                new_ends.append(b)
        raw.append(tokens.raw_gaps[k])
        gaps.append(tokens.gaps[k])
    tokens.words, tokens.starts, tokens.ends = words, new_starts, new_ends
    tokens._vocabulary = None  # made again from the new words if asked
    tokens.raw_gaps, tokens.gaps = raw, gaps
    tokens.glued = frozenset(glued)


def line_starts(text: str, tokens: Tokens) -> list[int]:
    """The tokens that start a line of *text*: token 0 and each token after a gap holding a
    line break (found with ``str.find`` on the text, not by reading every gap)."""
    found = [0]
    ends = tokens.ends
    at = text.find("\n")
    while at != -1:
        k = bisect_right(ends, at)  # the token after the gap (no token holds a line break)
        if k > 0 and k != found[-1]:  # a break before the first token starts no line
            found.append(k)
        at = text.find("\n", at + 1)
    return found


def _join_marks(
    text: str, words: list[str], starts: list[int], ends: list[int], raw: list[str]
) -> bool:
    """Join the runs of \\w that ``_JOIN`` joins: "T", "T" into "T&T", "O", "Neill" into
    "O'Neill" (the split of ``_WORD`` with the joins, on a text with no "_"); True when it
    joined any.

    A gap joins when it is the mark alone and ``_JOIN`` matches it in *text* (its look-behind
    and look-ahead read the text around the mark, as in the split); the joined runs are
    merged from the last one, so that "A&B&C" is one token."""
    joins = []
    last = len(words) - 1
    for mark in _JOINERS:
        k = -1
        while True:
            try:
                k = raw.index(mark, k + 1, last)
            except ValueError:
                break
            if _JOIN_AT.match(text, ends[k]):
                joins.append(k)
    joins.sort()
    for k in reversed(joins):
        words[k] = text[starts[k] : ends[k + 1]]
        ends[k] = ends[k + 1]
        raw[k] = raw[k + 1]
        del words[k + 1], starts[k + 1], ends[k + 1], raw[k + 1]
    return bool(joins)


def _join_transliterations(
    words: list[str], starts: list[int], ends: list[int], raw: list[str]
) -> bool:
    """Join "Mát", "xcơ", "va" into "Mát-xcơ-va": a hyphen then a lower-case syllable; True
    when it joined any.

    Tokens hold no hyphen, so whether a hyphen joins depends on the two tokens around it
    only; the hyphens are found with ``list.index`` and the joins made from the last one."""
    joins = []
    last = len(words) - 1
    k = -1
    while True:
        try:
            k = raw.index("-", k + 1, last)
        except ValueError:
            break
        if words[k + 1][0].islower() and _translit_part(words[k]):
            joins.append(k)
    for k in reversed(joins):
        words[k] = words[k] + "-" + words[k + 1]
        ends[k] = ends[k + 1]
        raw[k] = raw[k + 1]
        del words[k + 1], starts[k + 1], ends[k + 1], raw[k + 1]
    return bool(joins)


def _translit_part(word: str) -> bool:
    last = word.rsplit("-", 1)[-1]
    return len(last) <= _MAX_TRANSLIT_PART and last.isalpha()


def opens_sentence(tokens: Tokens, i: int) -> bool:
    """True when token i opens the text, a line or a sentence; not a quotation (a quote mark
    before it does not count, unlike ``entity_context.opens_sentence_or_quote``)."""
    if i == 0:
        return True
    gap = tokens.raw_gaps[i - 1]
    return "\n" in gap or gap.rstrip()[-1:] in (".", "!", "?", ":")


@lru_cache(maxsize=65536)
def is_vietnamese(word: str) -> bool:
    """True when *word* looks like Vietnamese syllables (a transliteration counts)."""
    if _VIET_MARKS.search(word.lower()):
        return True
    return all(_VIET_SYLLABLE.fullmatch(part) for part in fold(word).split("-"))


def is_acronym(word: str) -> bool:
    """True for "ASEAN", "TTXVN", "T&T": two or more letters, all capitals."""
    return len(word) >= 2 and word.isupper()


@lru_cache(maxsize=65536)
def is_camel(word: str) -> bool:
    """True for "PetroVietnam", "RusVietPetro": a capital after a lower-case letter ("O'Neill",
    "H'Hen" are names, not brands)."""
    if word[1:2] in ("'", "’"):
        word = word[2:]
    return word[:1].isupper() and not word.isupper() and any(c.isupper() for c in word[1:])


_ROMAN = re.compile(r"M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")


def is_roman(word: str) -> bool:
    """True for Roman numerals ("XV", "XIII"): ordinals, never entities (a word with another
    letter is none, told without the regex)."""
    return bool(word) and not word.strip("MDCLXVI") and _ROMAN.fullmatch(word) is not None
