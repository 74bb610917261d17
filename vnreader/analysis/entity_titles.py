"""Titles of works: a film, a song, a book, a show ("MV 'Tìm lại tình yêu'").

A quoted phrase that starts with a capital, right after a word for a work ("phim", "MV",
"ca khúc", "tựa đề", ...), is a named work: MISC (guideline rule 41). So is an English title
that starts with "The" or "A" and joins capitalised words by lower-case English function
words ("The Merchant of Venice", "A Love Song for Bobby Long"), quoted or not: no place or
person is taken from inside it, unless it names a body or a place ("The Bank of England",
"The Times of India", "The Gulf of Mexico").
"""

from __future__ import annotations

import re
from bisect import bisect_left

from vnreader.analysis.entity_state import ScanState, Span

_WORK_WORDS = frozenset(
    {"phim", "mv", "hát", "khúc", "liveshow", "show", "trình", "cuốn", "sách", "phẩm", "bức"}
    | {"tranh", "vở", "album", "đề", "thuyết", "gameshow", "tên", "kịch", "clip", "truyện"}
)
_OPENING = "\"“'‘«"
_CLOSING = "\"”'’»"
_MAX_TITLE = 10


def _after_quotes(text: str) -> list[int]:
    """Where each opening quote of *text* ends, in order (``str.find`` of each quote mark is
    several times faster than a regex search for any of them)."""
    found = []
    for quote in _OPENING:
        at = text.find(quote)
        while at != -1:
            found.append(at + 1)
            at = text.find(quote, at + 1)
    found.sort()
    return found


def quoted_titles(state: ScanState) -> list[Span]:
    """The works named in quotes in *state*'s text."""
    found: list[Span] = []
    words, starts = state.words, state.t.starts
    taken = 0
    for after in _after_quotes(state.text):
        k = bisect_left(starts, after)
        if k < taken or k == 0 or k >= state.n or starts[k] != after:
            continue  # the quote does not open a word
        gap = state.t.raw_gaps[k - 1]
        if gap[:-1].strip() == "" and state.lowers[k - 1] in _WORK_WORDS and words[k][0].isupper():
            end = _closing(state, k)
            if end is not None:
                found.append((k, end, "MISC", ""))
                taken = end
    return found


# lower-case English words inside a title ("The Lord of the Rings")
_FUNCTION_WORDS = frozenset(
    {"of", "for", "the", "and", "in", "on", "at", "to", "with", "from", "a", "an", "by", "or"}
    | {"into", "upon", "without", "over", "under", "through", "about", "my", "your", "is"}
)
# words that make an English "The X of Y" a body, a publication or a place, not a work
_BODY_WORDS = frozenset(
    {"Bank", "University", "Journal", "Institute", "Department", "Ministry", "Council"}
    | {"Republic", "Kingdom", "Union", "States", "State", "Gulf", "Strait", "Sea", "Bay", "Isle"}
    | {"Island", "Islands", "Lake", "Mount", "Cape", "City", "Times", "Post", "Church", "College"}
    | {"School", "Academy", "Society", "Association", "Federation", "Corporation", "Company"}
    | {"Museum", "Office", "House", "Court", "League", "Board", "Agency", "Commission", "Center"}
    | {"Centre", "Hospital", "Library", "Foundation", "Party", "Army", "Navy", "Force", "Club"}
    | {"Organization", "Organisation", "Group", "Bureau", "Fund", "Chamber", "Archives"}
)
_ENGLISH_WORD = re.compile(r"[A-Z][A-Za-z'’]*(?:-[A-Za-z]+)*")
_MIN_TITLE = 4  # "The Art of War"
# where such a title may start: "The" or "A" and a capitalised English word, a function word
# after a few more
_TITLE_START = re.compile(
    r"(?:The|A) [A-Z][A-Za-z'’-]*(?: [A-Z][A-Za-z'’-]*)* (?:"
    + "|".join(sorted(_FUNCTION_WORDS))
    + r") "
)


def english_titles(state: ScanState) -> list[Span]:
    """The English titles of works written in *state*'s text ("The Merchant of Venice")."""
    found: list[Span] = []
    words, gaps, raw, n = state.words, state.gaps, state.t.raw_gaps, state.n
    taken = 0
    for at in _title_starts(state.text):
        k = bisect_left(state.t.starts, at)
        if k < taken or k >= n - 3 or state.t.starts[k] != at:
            continue
        end = k + 2
        while (
            end < n
            and (gaps[end - 1] == " " or raw[end - 1] == " & ")  # "… of Zack & Cody"
            and (words[end] in _FUNCTION_WORDS or _english(words[end]))
        ):
            end += 1
        while words[end - 1] in _FUNCTION_WORDS:
            end -= 1  # "… of Venice with": the title ends at its last capital
        inner = words[k + 1 : end]
        if (
            end - k >= _MIN_TITLE
            and any(w in _FUNCTION_WORDS for w in inner)
            and not any(w in _BODY_WORDS for w in inner)
            and not _known_body(state, k, end)
        ):
            found.append((k, end, "MISC", ""))
            taken = end
    return found


def _title_starts(text: str) -> list[int]:
    """Where an English title may start in *text* (``str.find`` is much faster than a regex
    search over the whole text; most texts have no "The" nor "A" word)."""
    found = []
    for article in ("The ", "A "):
        at = text.find(article)
        while at != -1:
            if (at == 0 or not text[at - 1].isalnum()) and _TITLE_START.match(text, at):
                found.append(at)
            at = text.find(article, at + 1)
    return sorted(found)


def _english(word: str) -> bool:
    return word.isascii() and _ENGLISH_WORD.fullmatch(word) is not None


def _known_body(state: ScanState, k: int, end: int) -> bool:
    """True when a known organisation or place starts the title's words ("Times of India")."""
    for start in (k, k + 1):
        phrase = state.name(start)
        if phrase is not None and phrase.label in ("ORG", "LOC") and len(phrase.words) > 1:
            return start + len(phrase.words) <= end
    return False


def _closing(state: ScanState, k: int) -> int | None:
    """The token after the last one before the closing quote of a title starting at k."""
    raw = state.t.raw_gaps
    end = k + 1
    while end <= state.n and end - k <= _MAX_TITLE:
        gap = raw[end - 1] if end < state.n else state.text[state.t.ends[end - 1] :]
        if gap[:1] in _CLOSING:
            return end
        if gap.strip() not in ("", ",", "-") or "\n" in gap:
            return None
        end += 1
    return None
