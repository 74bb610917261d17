"""Canonical keys that group the variants of one entity ("PER:putin", "LOC:nga").

* People with a foreign name are keyed by the name as written, folded and with the
  spelling differences of transliterations evened out: "Donald Trump" gives
  ``PER:donald trump`` and "Eric Trump" ``PER:eric trump``; "Matvienko", "Matvienco" and
  "Matviyenko" give ``PER:matvienko``. A name transliterated syllable by syllable
  ("Vla-đi-mia Pu-tin") is a foreign name too: its words' dashes go ("PER:vladimia putin").
  Given names joined by a dash are the same written with a space ("Jean-Claude Juncker",
  "Jean Claude Juncker"), and a Korean name is its surname and its given name run together,
  however the given name's two syllables are written: "Kim Jong-un", "Kim Jong Un" and
  "Kim Jong-Un" give ``PER:kim iongun``.
  A surname alone ("Trump", "ông Trump") or with initials ("D. Trump", "V. Putin") is keyed
  by the surname (``PER:trump``), except that within one text (:func:`join_surnames`) it
  takes the key of the one full name of the text it fits (same surname, the initials those
  of the given names): only when there is exactly one, so two people sharing a surname
  never merge.
* People with a Vietnamese name are keyed by the whole folded name ("PER:bui thanh son").
* A name that ends with an initial ("H.", "N.N.T.": a byline) has no surname to key by: its
  letters are the key, never transliterated ("C." is not "K.").
* Gazetteer names use the gazetteer key ("Mát-xcơ-va" and "Moscow" give ``LOC:moscow``); a
  number that the span adds after the name stays in the key ("Hà Nội 2" is not "Hà Nội").
* Other names are folded with their dashes and spaces evened out ("ORG:lien minh kinh te a-au"),
  without a short form in brackets inside them ("Bệnh viện (BV) Chợ Rẫy": "ORG:benh vien cho ray").
* A name of one syllable keeps its diacritics (only the case goes): in Vietnamese they tell
  the words apart ("Anh" England, "Ảnh" a photo credit, "Ánh" a given name).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from vnreader.analysis.entity_tokens import KOREAN_SURNAMES, is_vietnamese
from vnreader.analysis.fold import fold
from vnreader.analysis.tones import spelled, spelled_word

# the Korean surnames that are Vietnamese ones too (``data/surnames.txt``; a test keeps the
# two lists in step): a name they lead, all Vietnamese syllables, is a Vietnamese name
KOREAN_AND_VIETNAMESE = frozenset({"Kim"})
_DASH_SPACING = re.compile(r"\s*[-–—‑]\s*")
_SPACES = re.compile(r"\s+")
_REPEATS = re.compile(r"(.)\1+")
_IN_BRACKETS = re.compile(r"\s*\([A-ZĐ][A-ZĐ&.-]*\)")
# spelling differences between transliterations of the same (mostly Slavic) name
_TRANSLIT = (
    ("ph", "f"),
    ("ck", "k"),
    ("ch", "\x00"),
    ("c", "k"),
    ("\x00", "ch"),
    ("w", "v"),
    ("yi", "i"),
    ("iy", "i"),
    ("y", "i"),
    ("j", "i"),
    ("q", "k"),
)


@lru_cache(maxsize=16384)
def plain(text: str) -> str:
    """Folded text with dashes and spaces evened out."""
    text = _DASH_SPACING.sub("-", fold(text))
    return _SPACES.sub(" ", text).strip(" .")


@lru_cache(maxsize=16384)
def key_text(text: str) -> str:
    """The text part of a key: :func:`plain`, except that one syllable keeps its diacritics
    (lower-cased): folding "Ảnh" would make it "Anh". An acronym whose only mark is "Đ" is
    folded all the same ("LĐBĐ" and "LDBD" are one spelling, typed with or without it)."""
    folded = plain(text)
    if not folded or " " in folded or "-" in folded:
        return folded
    if len(text) >= 2 and text.isupper() and text.replace("Đ", "D").isascii():
        return folded
    return _SPACES.sub(" ", spelled(text)).strip(" .")


def numbered_key(key: str, number: str) -> str:
    """*key* with the *number* that a span adds after a known name ("LOC:ha noi 2")."""
    return f"{key} {fold(number)}"


@lru_cache(maxsize=16384)
def translit(word: str) -> str:
    """Even out transliteration variants of a foreign word ("matviyenko" -> "matvienko")."""
    out = fold(word)
    for old, new in _TRANSLIT:
        out = out.replace(old, new)
    return _REPEATS.sub(r"\1", out)


_NAME_WORDS = re.compile(r"[\s.]+")


@dataclass(frozen=True, slots=True)
class ForeignName:
    """A foreign person's name as written: the words before the surname (given names,
    initials, particles such as "von"), the surname, each folded, its dashes dropped and (but
    an initial) its transliteration evened out; and the first letters of the given names
    and initials, as written, to match initials with."""

    before: tuple[str, ...]
    surname: str
    letters: tuple[str, ...]
    full: bool  # a given name is written whole ("Donald Trump", not "D. Trump", "Trump")

    @property
    def key(self) -> str:
        """A full name's key is the name; a shorter one's, the surname (see
        :func:`join_surnames`)."""
        return "PER:" + " ".join((*self.before, self.surname) if self.full else (self.surname,))

    def fits(self, other: ForeignName) -> bool:
        """True when *other* may be the person this shorter name names: the same surname,
        and this name's initials the first letters of *other*'s given names."""
        return (
            self.surname == other.surname
            and len(self.letters) <= len(other.letters)
            and other.letters[: len(self.letters)] == self.letters
        )


# a hyphen spaced between a name's syllable and a lower-case one ("Kim Jong - un")
_SPACED_HYPHEN = re.compile(r"(?<=\w) - (?=[a-z])")


@lru_cache(maxsize=16384)
def foreign_name(name: str) -> ForeignName | None:
    """The parts of a person's *name* (titles removed) when it is a foreign one; None for a
    Vietnamese name, one ending with an initial, or one holding other signs than letters,
    dashes, apostrophes and dots (a nickname in quotes)."""
    if " - " in name:
        name = _SPACED_HYPHEN.sub("-", name)  # "Kim Jong - un" is "Kim Jong-un"
    words = [w for w in _NAME_WORDS.split(name) if w]
    words = [part for w in words[:-1] for part in _given_parts(w)] + words[-1:]
    if not words or len(words[-1]) == 1:
        return None
    if not all(w.replace("-", "").replace("'", "").isalpha() for w in words):
        return None
    dashed = any("-" in w.strip("-") for w in words)  # "Vla-đi-mia Pu-tin": a transliteration
    korean = _korean(words, dashed)
    if korean is not None:
        return korean
    if not dashed and all(is_vietnamese(w) for w in words if len(w) > 1):
        return None  # "Bùi Thanh Sơn", and "H.Long", "T.Thủy" (bylines)
    before: list[str] = []
    letters: list[str] = []
    full = False
    for word in words[:-1]:
        if len(word) == 1:
            before.append(word.lower())
            letters.append(fold(word))
            continue
        before.append(translit(word.replace("-", "")))
        if word[0].isupper():  # not a particle ("von der Leyen")
            letters.append(fold(word[0]))
            full = True
    return ForeignName(tuple(before), translit(words[-1].replace("-", "")), tuple(letters), full)


def _given_parts(word: str) -> list[str]:
    """A given name split where a dash joins two capitalised names ("Jean-Claude" -> "Jean",
    "Claude"): written with a space or a dash, they are the same names. A dash before a
    lower-case syllable stays: it joins the syllables of one word ("Vla-đi-mia"). A surname
    is never split: "Diaz-Canel" alone is the surname of "Miguel Diaz-Canel"."""
    if "-" not in word:
        return [word]
    parts: list[str] = []
    for part in word.split("-"):
        if parts and parts[-1] and part[:1].isupper():
            parts.append(part)
        elif parts:
            parts[-1] += "-" + part
        else:
            parts.append(part)
    return parts


def _korean(words: list[str], dashed: bool) -> ForeignName | None:
    """A Korean name written surname first, its given name in two syllables joined by a dash
    or a space or neither ("Kim Jong-un", "Kim Jong Un", "Kim Jong-Un"): keyed by the surname and
    the given name's syllables run together, so that every way of writing it is one key
    ("PER:kim iongun"). None for any other name, and for a Vietnamese one that a Korean
    surname may lead ("Kim Anh Thư" is a Vietnamese name)."""
    if words[0] not in KOREAN_SURNAMES:
        return None
    given = [part for w in words[1:] for part in w.split("-")]
    if len(given) != 2 or not all(p.isascii() and p.isalpha() for p in (words[0], *given)):
        return None
    looks_vietnamese = all(is_vietnamese(w) for w in (words[0], *given))
    if not dashed and looks_vietnamese and words[0] in KOREAN_AND_VIETNAMESE:
        return None
    return ForeignName(
        (translit(words[0]),), translit("".join(given)), (fold(words[0][0]),), full=True
    )


def join_surnames(
    people: Sequence[tuple[str, str]],
    surnames: frozenset[str] = frozenset(),
    may_lead: Callable[[int], bool] | None = None,
) -> list[str]:
    """The keys of the people of one text, given as (name as written, key so far).

    A foreign full name keys as itself; a shorter one (a surname alone, initials and a
    surname) takes the key of the one more complete name of the text it fits (see
    :meth:`ForeignName.fits`; initials first, so that "Trump" after "D. Trump" and "Donald
    Trump" joins both), and the surname's key when it fits none, or names of several
    people ("Trump" after "Donald Trump" and "Eric Trump"). A given name alone that is
    no full name's surname takes the key of the one full name it begins ("Rosalind" after
    "Rosalind Fenner"). A name the recogniser
    joined to a foreign full name by its last word ("Ma" after "Jack Ma": it reads as a
    Vietnamese syllable) keeps that key only when that surname names one person of the
    text. A name of one word that leads one longer name of the text and stands in no other
    name but first is that person named by the surname, as Chinese and Korean names are
    written ("ông Tập" after "Tập Cận Bình", "ông Moon" after "Moon Jae-in"): when the longer
    name is foreign, of three words or more, or led by one of *surnames* (not "Minh" after
    the byline "Minh Anh"), and only for the names *may_lead* allows, asked by their index
    (all by default: the caller knows the words around them). Every other key stays."""
    found = [foreign_name(name) for name, _ in people]
    keys = [key if f is None else f.key for (_, key), f in zip(people, found, strict=True)]
    fulls: dict[str, set[str]] = {}
    for f in found:
        if f is not None and f.full:
            fulls.setdefault(f.surname, set()).add(f.key)
    complete = [_completeness(f) for f in found]
    order = sorted(range(len(found)), key=complete.__getitem__, reverse=True)
    # a shorter name fits only names of its surname: look among those, most complete first
    same: dict[str, list[tuple[int, ForeignName]]] = {}
    for j in order:
        other = found[j]
        if other is not None:
            same.setdefault(other.surname, []).append((j, other))
    firsts: dict[str, list[int]] = {}  # a full name's first given name -> its names
    for j, f in enumerate(found):
        if f is not None and f.full and f.before:
            firsts.setdefault(f.before[0], []).append(j)
    for i in order:
        short = found[i]
        if short is None or short.full:
            continue
        fitting = {
            keys[j]
            for j, other in same[short.surname]
            if complete[j] > complete[i] and short.fits(other)
        }
        if len(fitting) == 1:
            keys[i] = fitting.pop()
        elif all(not o.full and not o.before for _, o in same[short.surname]):
            # no name of the text has it for surname, however often it stands alone: the
            # given name of the one full name it begins ("Rosalind" after "Rosalind
            # Fenner"; not of two, "Natalie" after "Natalie Brook" and "Natalie Varga")
            givens = {keys[j] for j in firsts.get(short.surname, ()) if j != i}
            if len(givens) == 1 and not short.before:
                keys[i] = givens.pop()
    ambiguous = {key for named in fulls.values() if len(named) > 1 for key in named}
    for i, (name, key) in enumerate(people):
        if found[i] is None and key in ambiguous:
            keys[i] = person_key(name)
    _join_leading_surnames(people, found, keys, surnames, may_lead)
    _one_spelling_per_person(keys)
    return keys


def _one_spelling_per_person(keys: list[str]) -> None:
    """The Vietnamese names of one text that differ only in their marks are one person, with
    the key of the spelling written most (the first on a tie), in *keys*: a mark typed wrong
    ("Nguyễn Văn Hùng" and once "Nguyễn Văn Hưng", "Huỳnh" and "Hùynh") or left out ("Bui
    Thanh Son") names the same person far more often than two people sharing the name's
    letters do; across texts the marks tell them apart."""
    spellings: dict[str, list[str]] = {}
    for key in keys:
        if " " in key and key.startswith("PER:") and not key.isascii():
            spellings.setdefault("PER:" + fold(key[4:]), []).append(key)
    if not spellings:
        return
    chosen: dict[str, str] = {}
    for written in spellings.values():
        counts = Counter(written)  # in the order first seen: most_common keeps it on a tie
        if len(counts) > 1:
            best = counts.most_common(1)[0][0]
            chosen.update((key, best) for key in counts)
    for n, key in enumerate(keys):
        if key in chosen:
            keys[n] = chosen[key]
        elif key.isascii() and key in spellings:
            keys[n] = chosen.get(spellings[key][0], spellings[key][0])


def _join_leading_surnames(
    people: Sequence[tuple[str, str]],
    found: list[ForeignName | None],
    keys: list[str],
    surnames: frozenset[str],
    may_lead: Callable[[int], bool] | None,
) -> None:
    """A name of one word takes the key of the one longer name it leads (see
    :func:`join_surnames`), in *keys*."""
    singles = [i for i, (name, _) in enumerate(people) if " " not in name]
    if not singles or len(singles) == len(people):
        return
    leading: dict[str, set[str]] = {}
    inside: set[str] = set()  # the words of longer names but their first
    for (name, _), f, key in zip(people, found, keys, strict=True):
        if " " in name:
            words = name.replace(".", " ").split()  # as _NAME_WORDS splits, in C
            inside.update(words[1:])
            if f is not None or len(words) > 2 or words[0] in surnames:
                leading.setdefault(words[0], set()).add(key)
    for i in singles:
        words = people[i][0].replace(".", " ").split()
        if (
            len(words) == 1
            and len(words[0]) > 1  # an initial ("chị N.") may be anybody's
            and words[0] not in inside
            and len(leading.get(words[0], ())) == 1
            and (may_lead is None or may_lead(i))
        ):
            keys[i] = next(iter(leading[words[0]]))


def _completeness(name: ForeignName | None) -> tuple[bool, int]:
    return (False, -1) if name is None else (name.full, len(name.letters))


@lru_cache(maxsize=16384)
def person_key(name: str) -> str:
    """Key of a person's name as written (titles removed), before :func:`join_surnames`."""
    if " - " in name:
        name = _SPACED_HYPHEN.sub("-", name)  # "Kim Jong - un" is "Kim Jong-un"
    words = [w for w in _NAME_WORDS.split(name) if w]
    if not words:
        return "PER:"
    if len(words[-1]) == 1:  # "H.", "N.N.T.", "Vitamin C": no surname to key by
        return "PER:" + " ".join(w.lower() for w in words)
    foreign = foreign_name(name)
    if foreign is not None:
        return foreign.key
    if any("-" in w.strip("-") for w in words):  # a transliteration with other signs
        return "PER:" + translit(words[-1].replace("-", ""))
    if all(is_vietnamese(w) for w in words):
        if len(words) > 1:  # "Nguyễn Văn Hùng" is not "Nguyễn Văn Hưng"
            return "PER:" + " ".join(spelled_word(w) for w in words)
        return "PER:" + key_text(words[0])  # "Ánh" is not "Anh"
    return "PER:" + translit(words[-1])


@lru_cache(maxsize=16384)
def name_key(label: str, text: str) -> str:
    """Key of an organisation, location or other name that no gazetteer knows; a short form
    in brackets inside the name is left out ("Bệnh viện (BV) Chợ Rẫy")."""
    if "(" in text:
        text = _IN_BRACKETS.sub("", text)
    key = key_text(text)
    if label == "ORG" and ("cty" in key or "cong ty cp " in key):
        key = _COMPANY_SHORT.sub(_company_written_out, key)
    if label == "ORG" and key.startswith(_FIELD_HEADS):
        key = _field_initials(text, key)
    return f"{label}:{key}"


# heads of departments and ministries whose field of two or more parts is written short as
# often as in full: "Sở GD-ĐT", "Sở GD - ĐT", "Sở GD&ĐT" and "Sở Giáo dục và Đào tạo" are one
# department, keyed by its field's initials joined by "&" ("so gd&dt")
_FIELD_HEADS = ("so ", "bo ", "phong ")
# a field written short: capitals joined by "-" or "&" ("GD-ĐT", "GD - ĐT", "LĐ-TB&XH")
_FIELD_SHORT = re.compile(r"^(\S+) ((?:[A-ZĐ]{1,4} ?[-–&] ?)+[A-ZĐ]{1,4})(?= |$)")
_JOINERS = frozenset({"và", "-", "–", "&"})
# lower-case words after a field that start its place, not its last part
_PLACE_WORDS = frozenset({"tỉnh", "thành", "huyện", "quận", "thị", "xã", "phường", "tp"})


def _field_initials(text: str, key: str) -> str:
    """*key* with the department's field keyed by its initials: "so gd&dt ha noi" for "Sở
    Giáo dục và Đào tạo Hà Nội" and "Sở GD-ĐT Hà Nội"; unchanged for any other name."""
    m = _FIELD_SHORT.match(text)
    if m is not None:
        parts = re.split(r" ?[-–&] ?", m.group(2))
        rest = text[m.end() :]
    else:
        words = text.replace(",", " ,").split()
        parts, k = [], 1
        while k < len(words) and words[k][:1].isupper() and words[k][1:].islower():
            part = [words[k]]  # a part: a capitalised word and lower-case words ("Đào tạo")
            k += 1
            while k < len(words) and words[k].islower() and words[k] not in _JOINERS | _PLACE_WORDS:
                part.append(words[k])
                k += 1
            if len(part) < 2 or len(part) > 4:
                return key
            parts.append("".join(w[0] for w in part))
            if k < len(words) and (words[k] in _JOINERS or words[k] == ","):
                k += 1
                continue
            break
        if len(parts) < 2:
            return key
        rest = " " + " ".join(words[k:]) if k < len(words) else ""
    initials = "&".join(fold(part).lower() for part in parts)
    return key_text(f"{text.split()[0]} {initials}{rest}")


# a company written short keys like one written out: "Cty CP Bibica", "Công ty Cổ phần Bibica"
_COMPANY_SHORT = re.compile(r"^(?:(tong )?cty|(tong )?cong ty)( cp)?(?= )")


def _company_written_out(m: re.Match[str]) -> str:
    tong = "tong " if (m.group(1) or m.group(2)) else ""
    return f"{tong}cong ty{' co phan' if m.group(3) else ''}"
