"""Named entities in Vietnamese news: a fast rule-and-gazetteer recogniser.

One left-to-right pass over the word tokens (``entity_tokens``), with these rules:

1. Person cues (titles: "Bộ trưởng", "Đại sứ", "ông"; see ``data/titles.txt``) are never
   part of a name; an office name after them ("Ngoại giao") is skipped, and the next
   capitalised run that is not a place or an organisation is a person
   ("Bộ trưởng Ngoại giao Nga Sergei Lavrov" -> LOC "Nga", PER "Sergei Lavrov").
2. Organisation heads ("Bộ", "Quỹ", "Hội đồng", ...; ``data/org_heads.txt``) extend over
   capitalised words, one lower-case syllable after each ("Ngoại giao"), known lower-case
   name words (``data/org_words.txt``) and end at a place or a known organisation:
   "Quỹ Đầu tư trực tiếp Nga", "Liên minh Nghị viện thế giới", "Hội đồng Liên bang Nga".
   A head with no name after it ("Chính phủ", "Đảng") is not an entity.
3. Gazetteer names (places, known organisations and acronyms, products) are labelled from
   the gazetteer; ambiguous ones ("Mỹ", "Anh") not inside a Vietnamese name ("Mỹ Tâm").
4. Name cues (``data/name_cues.txt``) label the run after them: "huyện Nam Đàn" (LOC),
   "bão Noru" (MISC); "tại Kigali" only when nothing else labels the run. Event and document
   heads ("Diễn đàn", "Đại hội", "Nghị định") make MISC names, with "lần thứ XIII" or a
   document number ("07/2023/NĐ-CP") after them.
5. Other capitalised runs: an initial ("V. Putin"), a Vietnamese surname ("Vương Đình Huệ")
   or two or more foreign words ("Gennady Bezdetko") make a person; unknown capitals
   ("VABIOTECH") and CamelCase words ("PetroVietnam") an organisation; a name followed by
   "-19" or a single capital ("Sputnik V") a product (MISC); an acronym in parentheses takes
   the label of the name before it. Anything else, such as an ordinary word capitalised at
   the start of a sentence, is not an entity.
6. A second pass labels the remaining runs that repeat a person found elsewhere in the text
   ("Bezdetko" after "Gennady Bezdetko") and computes the keys (``entity_keys``): an acronym
   in parentheses and the name before it share one key.

Figure spans (dates, amounts) are never part of an entity; the one exception is a name that
carries digits ("Covid-19", "Army Games-2021"), which :func:`vnreader.analysis.analyze`
resolves. The pass skips plain lower-case stretches in one step, so its cost grows with the
number of capitalised words and cues, not with the length of the text.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_right
from collections.abc import Sequence
from functools import lru_cache

from vnreader.analysis.entity_keys import name_key, person_key, plain, translit
from vnreader.analysis.entity_tokens import (
    Tokens,
    is_acronym,
    is_camel,
    is_roman,
    is_vietnamese,
    tokenize,
)
from vnreader.analysis.fold import fold
from vnreader.analysis.gazetteer import Gazetteer, Phrase, PhraseTable, gazetteer, match
from vnreader.analysis.model import Entity, Figure

_MAX_RUN = 6
_MAX_SURNAME_RUN = 4
_ORG_SUFFIXES = frozenset(
    {
        "News",
        "Group",
        "Corp",
        "Corporation",
        "Inc",
        "Ltd",
        "Bank",
        "Airlines",
        "Airways",
        "Times",
        "Post",
        "Motors",
        "Holdings",
        "Electronics",
        "Ventures",
        "Capital",
        "Partners",
        "Fund",
    }
)
# the number of a legal text: "22", "07/2023/NĐ-CP", "15/2019/QH14"
_DOCUMENT_NUMBER = re.compile(r"\d+(?:/\d+)?(?:/[A-ZĐ][A-ZĐ0-9]*(?:-[A-ZĐ][A-ZĐ0-9]*)*)?(?![\w/])")
_NAME_PARTICLES = frozenset(
    {"von", "van", "der", "den", "de", "da", "di", "del", "bin", "al", "le"}
)
_KEEP_PENDING = frozenset({"tại", "nước", "của"})
_SENTENCE_END = frozenset(".!?:;\"“”'(…")

_VIET_MARKS = re.compile("[ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ]")
_fold = lru_cache(maxsize=65536)(fold)  # words repeat: fold each once

Span = tuple[int, int, str, str]  # first token, end token (exclusive), label, key ("" = later)


def find_entities(text: str, figures: Sequence[Figure] = ()) -> list[Entity]:
    """Find the people, organisations, places and named things in *text* (NFC).

    Offsets are ``str`` indices into *text*; entities are sorted, never overlap each other and
    never overlap *figures*, except names with digits ("Covid-19"; see the module docstring).
    """
    tokens = tokenize(text)
    if not tokens.words:
        return []
    scan = _Scan(text, tokens, gazetteer(), _blocked(tokens, figures))
    spans = scan.run()
    return _finish(text, tokens, spans, scan.leftovers)


def _blocked(tokens: Tokens, figures: Sequence[Figure]) -> list[bool]:
    blocked = [False] * len(tokens.words)
    if not figures:
        return blocked
    starts = tokens.starts
    for f in figures:
        i = max(bisect_right(starts, f.start) - 1, 0)
        while i < len(starts) and starts[i] < f.end:
            if tokens.ends[i] > f.start:
                blocked[i] = True
            i += 1
    return blocked


class _Scan:
    """State of the left-to-right pass."""

    def __init__(self, text: str, tokens: Tokens, gaz: Gazetteer, blocked: list[bool]) -> None:
        self.text = text
        self.t = tokens
        self.g = gaz
        self.blocked = blocked
        self.words = tokens.words
        self.gaps = tokens.gaps
        self.n = len(tokens.words)
        self.lowers = [w.lower() for w in tokens.words]
        self._folds: list[str | None] = [None] * self.n
        self.spans: list[Span] = []
        self.leftovers: list[tuple[int, int]] = []

    # -- helpers -------------------------------------------------------------------------

    def lower(self, i: int) -> str:
        return self.lowers[i]

    def folded(self, i: int) -> str:
        f = self._folds[i]
        if f is None:
            f = self._folds[i] = _fold(self.words[i])
        return f

    def match_lower(self, table: PhraseTable, i: int) -> Phrase | None:
        return match(table, self.lowers, self.gaps, i)

    def match_folded(self, table: PhraseTable, i: int) -> Phrase | None:
        """Like ``match`` on folded words, never across a figure."""
        node = table.get(self.folded(i))
        if node is None:
            return None
        best = node.phrase
        k = i
        while node.children and k + 1 < self.n and not self.blocked[k + 1]:
            child = node.children.get((self.gaps[k], self.folded(k + 1)))
            if child is None:
                break
            node = child
            k += 1
            if node.phrase is not None:
                best = node.phrase
        return best

    def cue(self, i: int) -> Phrase | None:
        phrase = self.match_lower(self.g.cues, i)
        if phrase is None:
            return None
        if (
            phrase.label == "TITLE"
            and phrase.words[0] in self.g.pronoun_titles
            and self.words[i][0].isupper()
            and not self.sentence_start(i)
        ):
            return None  # "ông", "bà": a title only in lower case or at a sentence start
        return phrase

    def name(self, i: int) -> Phrase | None:
        phrase = match(self.g.names, self.words, self.gaps, i)
        if phrase is None:
            return None
        end = i + len(phrase.words)
        if any(self.blocked[i:end]):
            return None
        if phrase.ambiguous and (
            self.in_run(i, end, phrase.pronoun) or (phrase.pronoun and self.sentence_start(i))
        ):
            return None
        return phrase

    def in_run(self, i: int, end: int, pronoun: bool) -> bool:
        """True when the words i..end are inside a Vietnamese name ("Mỹ Tâm", "Tô Anh Dũng").

        A capital at the start of a sentence before them ("Phía Mỹ") counts only for names
        that are also common words ("Tuấn Anh").
        """
        words = self.words
        before = (
            i > 0
            and self.gaps[i - 1] == " "
            and words[i - 1][0].isupper()
            and is_vietnamese(words[i - 1])
            and not self.cue_is_title(i - 1)
            and words[i - 1] not in self.g.names
            and (pronoun or words[i - 1] in self.g.surnames or not self.sentence_start(i - 1))
        )
        after = (
            end < self.n
            and self.gaps[end - 1] == " "
            and words[end][0].isupper()
            and is_vietnamese(words[end])
            and words[end] not in self.g.names
            and self.lowers[end] not in self.g.cues
        )
        return before or after

    def sentence_start(self, i: int) -> bool:
        if i == 0:
            return True
        raw = self.t.raw_gaps[i - 1]
        if "\n" in raw:
            return True
        gap = raw.strip()
        return bool(gap) and gap[-1] in _SENTENCE_END

    def is_cap(self, i: int) -> bool:
        return self.words[i][0].isupper() and not self.blocked[i]

    def surname_run(self, i: int) -> bool:
        """True when a Vietnamese personal name starts at i ("Vương Đình Huệ")."""
        return (
            self.words[i] in self.g.surnames
            and i + 1 < self.n
            and self.gaps[i] == " "
            and self.is_cap(i + 1)
            and is_vietnamese(self.words[i + 1])
            and not is_acronym(self.words[i + 1])
        )

    def emit(self, i: int, j: int, label: str, key: str = "") -> None:
        self.spans.append((i, j, label, key))

    # -- the pass ------------------------------------------------------------------------

    def run(self) -> list[Span]:
        i = 0
        pending = False  # a person cue was seen and its person has not come yet
        place: tuple[str, bool] | None = None  # a name cue ("huyện", "tại") and if it is weak
        n = self.n
        interesting = self.g.lower_starts
        cues = self.g.cues
        names = self.g.names
        words = self.words
        # the tokens worth a look: capitals and words that may start a cue; the others are
        # skipped in one step
        cand = [k for k, w in enumerate(words) if w[0].isupper() or w in interesting]
        cand.append(n)
        ci = 0
        while i < n:
            if i > 0 and not (
                self.gaps[i - 1] in (" ", "-")
                or (self.gaps[i - 1] == "." and len(self.words[i - 1]) == 1)
            ):
                pending = False
                if place is not None and not self.list_continues(i):
                    place = None
            word = words[i]
            if not word[0].isupper() and word not in interesting:
                # most words: lower case, no cue, no name starts here
                while cand[ci] <= i:
                    ci += 1
                nxt = cand[ci]
                if pending or place is not None:  # only just after a cue
                    for t in range(i, nxt):
                        if words[t] not in _KEEP_PENDING or (t + 1 < nxt and self.gaps[t] != " "):
                            pending = False
                        if words[t] != "và":
                            place = None
                i = nxt
                continue
            if self.blocked[i]:
                pending = False
                i += 1
                continue
            cue = self.cue(i) if self.lowers[i] in cues else None
            if cue is not None:
                j = i + len(cue.words)
                if cue.label == "TITLE":
                    pending = True
                    if j < n and self.gaps[j - 1] == " ":
                        office = self.match_lower(self.g.portfolios, j)
                        if office is not None:
                            j += len(office.words)
                    i = j
                    continue
                if cue.label == "NAME":
                    if self.words[i][0].islower() or cue.weak:
                        place = (cue.key, cue.weak)
                        i = j
                        continue
                    if cue.part_of_name and j < n and self.gaps[j - 1] == " " and self.is_cap(j):
                        end = self.run_end(j)  # "Vịnh Hạ Long", "Sông Hồng"
                        self.emit(i, end, cue.key)
                        i = end
                        continue
                elif self.head(i, j, cue, pending):
                    i = self.spans[-1][1]
                    place = None
                    continue
                elif self.words[i][0].isupper():
                    i = j  # a head with no name ("Chính phủ", "Đảng"): not an entity
                    continue
            phrase = self.name(i) if word in names else None
            if phrase is not None:
                j = i + len(phrase.words)
                if j < n and self.gaps[j - 1] == " " and self.words[j] in _ORG_SUFFIXES:
                    self.emit(i, j + 1, "ORG")  # "Vietnam Airlines"
                    i = j + 1
                    continue
                if phrase.label == "MISC" and self.numbered_event(j):
                    self.emit(i, j + 1, "MISC")  # "SEA Games 32"
                    i = j + 1
                    continue
                self.emit(i, j, phrase.label, phrase.key)
                if phrase.label == "PER":
                    pending = False
                i = j
                continue
            if self.is_cap(i):
                j = self.capital_run(i, pending, place)
                if self.spans and self.spans[-1][0] == i and self.spans[-1][2] == "PER":
                    pending = False
                i = j
                continue
            if self.lower(i) not in _KEEP_PENDING:
                pending = False
            if self.lower(i) != "và":
                place = None
            i += 1
        return self.spans

    def head(self, i: int, j: int, cue: Phrase, pending: bool) -> bool:
        """Emit the organisation named after the head at i..j; False if there is none."""
        capital = self.words[i][0].isupper()
        if not capital and not cue.lowercase_head:
            return False
        if not capital:
            place = self.name(j) if j < self.n and self.gaps[j - 1] == " " else None
            if place is not None and place.label == "LOC":
                return False  # "các công ty Việt Nam": a place, not a company name
        end = self.extend_org(j, cue.embassy, pending, cue.event)
        label = "MISC" if cue.event else "ORG"
        if cue.event and capital:
            numbered = self.document_number(j)
            if numbered is not None:  # "Nghị định 07/2023/NĐ-CP", "Thông tư 22"
                self.emit(i, numbered, "MISC")
                return True
            if end is None:
                end = self.parenthesised(j)  # "Chương trình tiêm chủng mở rộng (EPI)"
            if end is None and self.ordinal(j) > j:
                end = j  # "Đại hội lần thứ XIII của Đảng": the ordinal is added below
        if end is None:
            if capital and cue.standalone:
                self.emit(i, j, label)
                return True
            return False
        if cue.event:
            end = self.ordinal(end)
        self.emit(i if capital else j, end, label)
        return True

    def ordinal(self, k: int) -> int:
        """Extend an event name over "lần thứ XIII" / "lần thứ 54" (and "của Đảng" after it)."""
        if (
            k + 2 < self.n
            and self.gaps[k - 1] == " "
            and self.lower(k) == "lần"
            and self.gaps[k] == " "
            and self.lower(k + 1) == "thứ"
            and self.gaps[k + 1] == " "
        ):
            k += 3
            if (
                k + 1 < self.n
                and self.gaps[k - 1] == " "
                and self.lower(k) == "của"
                and self.gaps[k] == " "
                and self.is_cap(k + 1)
                and (k + 2 >= self.n or self.gaps[k + 1] != " " or not self.is_cap(k + 2))
            ):
                k += 2  # "Đại hội lần thứ XIII của Đảng"
        return k

    def document_number(self, k: int) -> int | None:
        """End of a legal text's number at token k ("07/2023/NĐ-CP" after "Nghị định")."""
        if k >= self.n or self.gaps[k - 1] != " ":
            return None
        m = _DOCUMENT_NUMBER.match(self.text, self.t.starts[k])
        if m is None:
            return None
        end = bisect_right(self.t.starts, m.end() - 1)
        return end if self.t.ends[end - 1] == m.end() else None

    def parenthesised(self, k: int) -> int | None:
        """End of lower-case name words from k that an acronym in parentheses follows."""
        t = k
        limit = min(self.n, k + 8)
        while t < limit and self.words[t][0].islower() and not self.blocked[t]:
            t += 1
            if self.t.raw_gaps[t - 1] == " (" and t < self.n and is_acronym(self.words[t]):
                return t
            if self.gaps[t - 1] != " ":
                return None
        return None

    def extend_org(self, k: int, embassy: bool, pending: bool, event: bool) -> int | None:
        """End of the organisation name that starts at token k (after its head)."""
        n = self.n
        last: int | None = None
        compound = False  # a lower-case syllable may follow ("Ngoại giao")
        named = False
        while k < n and self.gaps[k - 1] == " " and not self.blocked[k]:
            phrase = self.name(k)
            if phrase is not None and phrase.label in ("LOC", "ORG"):
                k += len(phrase.words)
                if phrase.label == "LOC":
                    k = self.after_place(k, embassy, event)
                return self.numbered(k)
            if phrase is not None:
                break
            word = self.words[k]
            if word[0].isupper():
                if self.cue_is_title(k):
                    break
                if self.surname_run(k) and (named or pending or self.full_name(k)):
                    break  # "Chủ tịch Quốc hội Vương Đình Huệ", but "Bệnh viện Bạch Mai"
                if named and pending and self.foreign_pair(k):
                    break  # "Chủ tịch Hạ viện Rwanda Donatille Mukabalisa"
                phrase_words = self.match_folded(self.g.org_words, k)
                if phrase_words is not None and len(phrase_words.words) > 1:
                    k += len(phrase_words.words)  # "Hàng không", though "không" is a stopword
                    last = k
                    named = True
                    compound = False
                    continue
                k += 1
                last = k
                named = True
                compound = is_vietnamese(word) and not is_acronym(word)
                continue
            low = self.lower(k)
            if low == "và":
                if (
                    named
                    and k + 1 < n
                    and self.gaps[k] == " "
                    and self.is_cap(k + 1)
                    and self.cue(k + 1) is None
                    and self.name(k + 1) is None
                ):
                    k += 1
                    compound = False
                    continue
                break
            words = self.match_folded(self.g.org_words, k)
            if words is not None:
                k += len(words.words)
                compound = False
                if named:
                    last = k
                continue
            if compound and low not in self.g.stopwords and word.isalpha():
                k += 1
                last = k
                compound = False
                continue
            if named:
                end = self.before_parenthesis(k)
                if end is not None:
                    last = end
            break
        return None if last is None else self.numbered(last)

    def before_parenthesis(self, k: int) -> int | None:
        """ "Cục Cảnh sát giao thông (Bộ Công an)": lower-case words up to a parenthesis."""
        t = k
        limit = min(self.n, k + 4)
        while (
            t < limit
            and self.words[t][0].islower()
            and self.lower(t) not in self.g.stopwords
            and not self.blocked[t]
        ):
            t += 1
            if self.t.raw_gaps[t - 1] == " (" and t < self.n and self.is_cap(t):
                return t
            if self.gaps[t - 1] != " ":
                return None
        return None

    def numbered(self, k: int) -> int:
        """Extend a name over "số 1" ("Công ty ... số 1")."""
        if (
            k + 1 < self.n
            and self.gaps[k - 1] == " "
            and self.lower(k) == "số"
            and self.gaps[k] == " "
            and self.words[k + 1].isdigit()
            and not self.blocked[k + 1]
        ):
            return k + 2
        return k

    def after_particles(self, k: int) -> int | None:
        """The capital after the particles at k between foreign name words ("von der Leyen")."""
        if self.words[k][0].isupper() or is_vietnamese(self.words[k - 1]):
            return None
        t = k
        while t < self.n and self.lowers[t] in _NAME_PARTICLES and self.words[t][0].islower():
            if self.gaps[t] != " ":
                return None
            t += 1
        return t if t < self.n and self.is_cap(t) else None

    def office_place(self, k: int) -> bool:
        """True for "tại <place> <Name>" at k: the run before k names a country, not a person."""
        n = self.n
        if not (k + 1 < n and self.gaps[k - 1] == " " and self.lowers[k] == "tại"):
            return False
        if self.gaps[k] != " ":
            return False
        place = self.name(k + 1)
        if place is None or place.label != "LOC":
            return False
        after = k + 1 + len(place.words)
        return after < n and self.gaps[after - 1] == " " and self.is_cap(after)

    def full_name(self, k: int) -> bool:
        """True when a surname at k starts a name of three or more syllables."""
        return (
            k + 2 < self.n
            and self.gaps[k + 1] == " "
            and self.is_cap(k + 2)
            and is_vietnamese(self.words[k + 2])
        )

    def numbered_event(self, k: int) -> bool:
        """True when token k is a short edition number after an event ("SEA Games 32")."""
        return (
            k < self.n
            and self.gaps[k - 1] == " "
            and self.words[k].isdigit()
            and len(self.words[k]) <= 2
            and not self.blocked[k]
        )

    def foreign_pair(self, k: int) -> bool:
        """True when tokens k and k + 1 are two capitalised foreign words."""
        return (
            k + 1 < self.n
            and self.gaps[k] == " "
            and self.is_cap(k + 1)
            and not is_vietnamese(self.words[k])
            and not is_vietnamese(self.words[k + 1])
        )

    def list_continues(self, i: int) -> bool:
        """True when token i continues a list of names after a comma ("Hoàn Kiếm, Đống Đa")."""
        return self.t.raw_gaps[i - 1] == ", " and self.is_cap(i)

    def after_place(self, k: int, embassy: bool, event: bool) -> int:
        """Extend an organisation name past its place: "... Việt Nam tại Nga", "... thống nhất"."""
        n = self.n
        if event and k + 1 < n and self.gaps[k - 1] == "-":
            other = self.name(k)
            if other is not None and other.label in ("LOC", "ORG"):
                return k + len(other.words)  # "Hiệp định ... Việt Nam - EU"
        if (
            embassy
            and k + 1 < n
            and self.gaps[k - 1] == " "
            and self.lower(k) == "tại"
            and self.gaps[k] == " "
        ):
            place = self.name(k + 1)
            if place is not None and place.label == "LOC":
                return k + 1 + len(place.words)
        if k < n and self.gaps[k - 1] == " ":
            tail = self.match_folded(self.g.org_tails, k)
            if tail is not None:
                return k + len(tail.words)
        return k

    def cue_is_title(self, k: int) -> bool:
        cue = self.cue(k)
        return cue is not None and cue.label == "TITLE"

    def capital_run(self, i: int, pending: bool, place: tuple[str, bool] | None) -> int:
        """Classify the capitalised run at i; return the token after it."""
        j = self.run_end(i)
        words = self.words[i:j]
        # a product or event: "Covid-19", "Army Games-2021", "Sputnik V", "Sputinik -V"
        if j < self.n:
            nxt = self.words[j]
            gap = self.t.raw_gaps[j - 1]
            if (gap == "-" and nxt.isdigit() and not is_acronym(words[-1])) or (
                len(nxt) == 1
                and nxt.isupper()
                and gap.strip() in ("", "-")
                and "\n" not in gap
                and len(gap) <= 2
                and not self.blocked[j]
                and (j + 1 >= self.n or self.gaps[j] != ".")
                and not is_vietnamese(words[-1])
            ):
                self.emit(i, j + 1, "MISC")
                return j + 1
        label = self.classify(i, j, pending, place)
        if label:
            self.emit(i, j, label)
        else:
            self.leftovers.append((i, j))
        return j

    def run_end(self, i: int) -> int:
        """End of the capitalised run starting at i."""
        j = i + 1
        surname = self.surname_run(i)
        limit = min(self.n, i + (_MAX_SURNAME_RUN if surname else _MAX_RUN))
        while j < limit:
            gap = self.gaps[j - 1]
            if not (gap == " " or (gap == "." and len(self.words[j - 1]) == 1)):
                break
            if self.lowers[j] in _NAME_PARTICLES:
                after = self.after_particles(j)
                if after is not None:
                    j = after + 1  # "Ursula von der Leyen", "Ludwig van Beethoven"
                    continue
            if not self.is_cap(j):
                break
            if self.lowers[j] in self.g.cues and self.cue(j) is not None:
                break
            if not surname and self.words[j] in self.g.names and self.name(j) is not None:
                break
            j += 1
        return j

    def classify(self, i: int, j: int, pending: bool, place: tuple[str, bool] | None) -> str:
        words = self.words[i:j]
        first = words[0]
        if place is not None and not place[1] and not pending:
            return place[0]  # "huyện Nam Đàn", "bão Noru"
        if (
            j - i == 1
            and i > 0
            and self.t.raw_gaps[i - 1].endswith("(")
            and self.spans
            and self.spans[-1][1] == i
            and self.spans[-1][2] in ("ORG", "MISC")
        ):
            return self.spans[-1][2]  # "Ủy ban châu Âu (EC)", "... (JETP)"
        if all(is_acronym(w) for w in words):
            if len(words) >= 3 or any(_VIET_MARKS.search(w) for w in words):
                return ""  # a line in capitals ("NGA SẴN SÀNG CHUYỂN GIAO"), not acronyms
            if len(words) == 1 and (
                is_roman(first)
                or first in self.g.non_entities
                or len(first) < 3
                or not first.isalpha()
            ):
                return ""
            if len(words) == 1 and len(first) > 3 and first.endswith("FTA"):
                return "MISC"  # a free trade agreement: "EVFTA", "VKFTA"
            return "ORG"
        if len(words) == 1 and is_camel(first):
            return "ORG"
        if len(words) > 1 and (words[-1] in _ORG_SUFFIXES or is_acronym(first)):
            return "ORG"
        if pending:
            if len(words) == 1 and not is_vietnamese(first) and self.office_place(j):
                return "LOC"  # "Đại sứ Palau tại Việt Nam Surangel Whipps"
            return "PER"
        if len(first) == 1 and len(words) > 1 and self.gaps[i] == ".":
            return "PER"  # "V. Putin"
        if self.surname_run(i):
            return "PER"
        if len(words) > 1 and not any(is_vietnamese(w) for w in words):
            return "PER"  # "Gennady Bezdetko"
        if place is not None and (len(words) > 1 or not is_vietnamese(first)):
            return place[0]  # "tại Kigali"
        return ""


def _finish(
    text: str, tokens: Tokens, spans: list[Span], leftovers: list[tuple[int, int]]
) -> list[Entity]:
    words = tokens.words
    # people named again by part of their name: "Bezdetko", "Putin"; and, since a person's
    # last word (foreign surname or Vietnamese given name) and a whole name are both looked
    # up in ``known``, "ông Sơn" after "Bùi Thanh Sơn"
    known: dict[str, str] = {}
    for i, j, label, _ in spans:
        if label == "PER":
            name = text[tokens.starts[i] : tokens.ends[j - 1]]
            key = person_key(name)
            known.setdefault(translit(words[j - 1]), key)
            known.setdefault(plain(name), key)
    for i, j in leftovers:
        if j - i == 1 and not is_vietnamese(words[i]):
            found = known.get(translit(words[i]))
            if found is not None:
                spans.append((i, j, "PER", found))
    spans.sort()
    entities: list[Entity] = []
    acronym_keys = _acronym_keys(text, tokens, spans)
    org_keys = gazetteer().org_keys
    for i, j, label, key in spans:
        start, end = tokens.starts[i], tokens.ends[j - 1]
        span_text = text[start:end]
        if not key:
            if label == "PER":
                key = known.get(plain(span_text), "") or person_key(span_text)
            else:
                key = acronym_keys.get((i, j)) or name_key(label, span_text)
                if label == "ORG":
                    key = org_keys.get(plain(span_text), key)
        entities.append(Entity(start, end, span_text, label, key))
    return entities


def _acronym_keys(text: str, tokens: Tokens, spans: list[Span]) -> dict[tuple[int, int], str]:
    """Give "Quỹ đầu tư trực tiếp nước ngoài Nga (RDIF)" and "RDIF" one key."""
    by_name: dict[str, str] = {}
    keys: dict[tuple[int, int], str] = {}
    for a, b in itertools.pairwise(spans):
        if a[2] != "ORG" or b[2] != "ORG" or b[1] - b[0] != 1:
            continue
        gap = text[tokens.ends[a[1] - 1] : tokens.starts[b[0]]]
        acronym = tokens.words[b[0]]
        if gap.strip() == "(" and is_acronym(acronym):
            key = b[3] or f"ORG:{fold(acronym)}"
            keys[(a[0], a[1])] = key
            keys[(b[0], b[1])] = key
            by_name[plain(text[tokens.starts[a[0]] : tokens.ends[a[1] - 1]])] = key
    for i, j, label, key in spans:
        if label == "ORG" and not key and (i, j) not in keys:
            name = plain(text[tokens.starts[i] : tokens.ends[j - 1]])
            if name in by_name:
                keys[(i, j)] = by_name[name]
    return keys
