"""Bodies named in English with a connector: "University of Oxford", "American Journal of
Gastroenterology", "Institute for Health Metrics and Evaluation", "Ministry of Defence".

The scan cuts a capitalised run at a lower-case word, so such a name came out in pieces, the
pieces often taken for people or places ("University" a place, "Health Metrics" a person).
Runs of foreign words joined by English connectors ("of", "for", "and", "on", "in", maybe
with "the") are one organisation when a word of the first run names a kind of body
(``_BODY_WORDS``: "University", "Journal", "Ministry"; not "Terms of Service"). A run with a
Vietnamese syllable stays apart ("Tổ chức Council on …" is left to the rules that read
Vietnamese heads).

A name glued to an English possessive "'s" is, with it and the foreign words after it, a
brand or a firm ("Carlsberg's", "Men's Fitness"), a place ("Chapman's Peak") or an event or
a work ("King's Cup"), never a person; not in an English sentence ("Thaksin's home"). The
scan asks ``possessed_end`` and ``possessed_label`` for a run it finds; ``possessives`` takes
the "'s" into a name found by other rules.
"""

from __future__ import annotations

from vnreader.analysis.entity_state import Span
from vnreader.analysis.entity_tokens import Tokens, is_vietnamese
from vnreader.analysis.gazetteer import PhraseTable, gazetteer

_CONNECTORS = frozenset({"of", "for", "and", "on", "in"})
# English words that name a kind of body, capitalised inside a name
_BODY_WORDS = frozenset(
    {"University", "Institute", "College", "School", "Academy", "Journal", "Review", "Ministry"}
    | {"Department", "Bank", "Association", "Society", "Council", "Foundation", "Fund", "Center"}
    | {"Centre", "Agency", "Office", "Bureau", "Federation", "Union", "League", "Organization"}
    | {"Organisation", "Commission", "Committee", "Corporation", "Company", "Authority", "Board"}
    | {"Museum", "Hospital", "Laboratory", "Laboratories", "Service", "Services", "Party"}
    | {"Club", "Magazine", "Times", "Forum", "Alliance", "Coalition", "Trust", "Group"}
    | {"Proceedings", "Annals", "Archives", "Bulletin"}
)


def english_bodies(tokens: Tokens, spans: list[Span], leftovers: list[tuple[int, int]]) -> None:
    """Join, in place, the spans and leftover runs that one English body's name is cut into;
    the joined name is ORG, its key made later."""
    words, gaps = tokens.words, tokens.gaps
    if _CONNECTORS.isdisjoint(words):
        return
    runs: dict[int, tuple[int, bool]] = {}  # first token -> (end, is a span)
    for i, j, _, _ in spans:
        runs[i] = (j, True)
    for i, j in leftovers:
        runs.setdefault(i, (j, False))
    ends = {j: i for i, (j, _) in runs.items()}  # end token -> first token
    joined: list[tuple[int, int]] = []
    for i in sorted(runs):
        if joined and i < joined[-1][1]:
            continue  # inside a name joined already
        end = _adjacent_end(runs, gaps, runs[i][0])
        parts = [(i, end)]
        while end + 1 < len(words) and words[end] in _CONNECTORS and gaps[end - 1] == " ":
            nxt = end + 1
            if words[nxt] == "the" and gaps[end] == " ":
                nxt += 1  # "Proceedings of the National Academy of Sciences"
            if gaps[nxt - 1] != " " or nxt not in runs:
                break
            end = _adjacent_end(runs, gaps, runs[nxt][0])  # "of Southern | California"
            parts.append((nxt, end))
        if len(parts) < 2:
            continue
        named = [w for a, b in parts for w in words[a:b]]
        first = words[parts[0][0] : parts[0][1]]
        if any(is_vietnamese(w) for w in named) or not any(w in _BODY_WORDS for w in first):
            continue  # the kind of body comes first: not "Denial of Service"
        start = i
        while start in ends and start > 0 and gaps[start - 1] == " ":
            before = ends[start]  # "London | School of Economics": the name's first words
            if any(is_vietnamese(w) for w in words[before:start]):
                break
            start = before
        if joined and start < joined[-1][1]:
            continue
        joined.append((start, end))
    if not joined:
        return
    spans[:] = [sp for sp in spans if not any(a <= sp[0] and sp[1] <= b for a, b in joined)]
    leftovers[:] = [lo for lo in leftovers if not any(a <= lo[0] and lo[1] <= b for a, b in joined)]
    spans.extend((a, b, "ORG", "") for a, b in joined)
    spans.sort()


def _adjacent_end(runs: dict[int, tuple[int, bool]], gaps: list[str], end: int) -> int:
    """The end of the runs that follow the one ending at *end* with only a space between
    ("University of Southern | California": the scan cut the name before a place)."""
    while end in runs and gaps[end - 1] == " ":
        end = runs[end][0]
    return end


APOSTROPHES = frozenset({"'", "’"})
# English words contracted with "us" or "is" ("Let's Go", a book's title)
CONTRACTED = frozenset({"Let", "It", "That", "What", "There", "Here", "He", "She", "Who"})


# the last words of names with a possessive that name a place or an event ("Chapman's Peak",
# "St James's Park", "King's Cup")
PLACE_ENDS = frozenset({"Park", "Beach", "Peak", "Causeway", "Island", "Bay", "Square", "Hill"})
EVENT_ENDS = frozenset({"Cup", "Awards", "Award", "Festival", "Show", "Talent", "Games", "Open"})
EVENT_ENDS |= {"Day", "Medal", "Futures"}
# words before a work's title ("bộ phim Ma Rainey's Black Bottom", "cuốn Earth's Elders")
_WORK_BEFORE = frozenset({"phim", "sách", "cuốn", "mv", "album", "truyện", "vở", "kịch"})


def work_before(words: list[str], i: int) -> bool:
    """True when a word that announces a work stands one or two words before token i."""
    return any(w.lower() in _WORK_BEFORE for w in words[max(0, i - 2) : i])


# English words that make the words around a possessive an English sentence
_ENGLISH = frozenset({"the", "and", "of", "to", "is", "was", "his", "her", "a", "in", "for"})
_ENGLISH |= {"with", "from", "by", "at", "on", "that", "it", "are", "were", "has", "have"}
_WINDOW = 8


def english_around(words: list[str], j: int) -> bool:
    """True when at least two English function words stand within a few words of token j:
    an English sentence, whose "'s" is a possessive ("Thaksin's sister Yingluck …")."""
    around = words[max(0, j - _WINDOW) : j + _WINDOW]
    return sum(w.lower() in _ENGLISH for w in around) >= 2


def possessives(tokens: Tokens, spans: list[Span], leftovers: list[tuple[int, int]]) -> None:
    """Take, in place, the "'s" glued to a person's or an organisation's name into it, and the
    foreign words after it ("Hãng bia Carlsberg's", "Biti’s", "Black's Beach"): a brand, a
    firm, or by its last word a place or an event (a person's name with it is a brand)."""
    words, raw = tokens.words, tokens.raw_gaps
    n = len(words)
    cues = gazetteer().cues
    for k, (i, j, label, key) in enumerate(spans):
        if (
            j < n
            and label in ("PER", "ORG", "LOC")
            and not (label == "PER" and _titled(cues, words, i))  # "HLV Ricardo La Volpe's"
            and words[j] == "s"
            and raw[j - 1] in APOSTROPHES
            and words[j - 1] not in CONTRACTED
            and (j + 1 >= n or raw[j] != "")
            and not any(sp[0] == j for sp in spans)
            and not english_around(words, j)
        ):
            end = possessed_end(words, raw, j + 1)
            kind = possessed_label(words, i, end, label)
            spans[k] = (i, end, kind, key if kind == label else "")
            if end > j + 1:  # spans after "'s" go into it: look again at what is left
                spans[:] = [sp for sp in spans if not (j < sp[0] and sp[1] <= end)]
                leftovers[:] = [lo for lo in leftovers if not (j < lo[0] and lo[1] <= end)]
                possessives(tokens, spans, leftovers)
                return


def _titled(cues: PhraseTable, words: list[str], i: int) -> bool:
    """True when a one-word title stands right before token i ("HLV", "ông", "ca sĩ" …)."""
    if i == 0:
        return False
    node = cues.get(words[i - 1].lower())
    return node is not None and node.phrase is not None and node.phrase.label == "TITLE"


def possessed_label(words: list[str], i: int, end: int, label: str) -> str:
    """The label of a name with a possessive at i..end that the rules labelled *label*: a
    place by its last word or its place cue ("Chapman's Peak", "núi …"), an event or a work
    by its last word or a work's word before it ("King's Cup", "phim Ocean's Twelve"), else a
    brand or a firm."""
    last = words[end - 1]
    if last in PLACE_ENDS or label == "LOC":
        return "LOC"
    return "MISC" if last in EVENT_ENDS or work_before(words, i) else "ORG"


def possessed_end(words: list[str], raw: list[str], k: int) -> int:
    """The end of the capitalised words written in plain Latin letters that go on from token
    k after "'s" ("Men's | Fitness", "Lord Chamberlain's | Men"; not Vietnamese words, a
    heading run into the name: "Runner's World | Tuần Thứ Hai")."""
    while k < len(words) and raw[k - 1] == " " and words[k][:1].isupper() and words[k].isascii():
        k += 1
    return k
