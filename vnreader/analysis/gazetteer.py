"""Gazetteers for the entity recogniser, loaded lazily once from ``analysis/data/``.

Names (locations, organisations, people, products) are matched token by token: a phrase is
the tuple of its words plus the kinds of the gaps between them (see ``entity_tokens``), so
"Á - Âu", "Á-Âu" and "Á – Âu" are one phrase. Cue lists (titles, organisation heads, office
names after a title) are matched case-insensitively on lower-cased words.

A word ending in "oa", "oe" or "uy" with a tone mark is written two ways, the mark on the first
vowel or on the second ("Hòa"/"Hoà", "ủy"/"uỷ", "khỏe"/"khoẻ"; the papers of 2016-2019 mostly
write the second): every name and cue is looked up in both, so each list holds one spelling.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import cache
from importlib import resources

from vnreader.analysis.entity_keys import plain
from vnreader.analysis.entity_tokens import is_vietnamese, tokenize
from vnreader.analysis.fold import fold
from vnreader.analysis.tones import tone_spellings


@dataclass(frozen=True, slots=True)
class Phrase:
    """A gazetteer entry as words and gap kinds, with what it means."""

    words: tuple[str, ...]
    gaps: tuple[str, ...]
    label: str  # PER, ORG, LOC, MISC; or TITLE, HEAD for cues
    key: str
    ambiguous: bool = False  # a location only when not inside a name ("Mỹ" in "Mỹ Tâm")
    pronoun: bool = False  # also a common word at the start of a sentence ("Anh")
    part_of_name: bool = False  # a name cue kept in the span when capitalised ("Vịnh")
    embassy: bool = False  # an organisation head whose name may end with "tại <place>"
    lowercase_head: bool = False  # "công ty VABIOTECH": a lower-case head still cues a name
    standalone: bool = False  # a head that is a name by itself ("Quốc hội")
    event: bool = False  # an event or treaty head ("Diễn đàn"): the name is MISC
    weak: bool = False  # a name cue that only labels runs nothing else labels ("tại")
    honours: bool = False  # a head whose name may be a person's ("Trường THPT Chu Văn An")

    def text(self) -> str:
        """The phrase written out, one space or dash or full stop between its words."""
        out = [self.words[0]]
        for gap, word in zip(self.gaps, self.words[1:], strict=True):
            out.append({" ": " ", "-": "-", ".": ". "}.get(gap, " "))
            out.append(word)
        return "".join(out)


@dataclass(slots=True)
class Node:
    """A node of a phrase trie: the phrase that ends here and the next (gap, word) steps."""

    phrase: Phrase | None = None
    children: dict[tuple[str, str], Node] = field(default_factory=dict)


# forms of address that are also common words ("anh" brother, England)
PRONOUN_TITLES = frozenset({"ông", "bà", "anh", "chị", "cô", "cụ", "ngài"})
# and the other forms of address before a person's given name ("em Lan", "chú Ba")
ADDRESSES = PRONOUN_TITLES | {"em", "chú", "bác"}

PhraseTable = dict[str, Node]  # a trie keyed by the first word


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """Everything the recogniser looks up, built once."""

    names: PhraseTable  # case-sensitive, keyed by first word
    cues: PhraseTable  # titles and organisation heads, keyed by first lower-cased word
    portfolios: PhraseTable  # lower-cased office names after a title
    surnames: frozenset[str]
    org_words: PhraseTable  # folded words inside organisation names, keyed by first word
    org_tails: PhraseTable
    # lower-case fields between a body's head and its place ("Sở du lịch Hà Nội"), each in
    # both tone spellings
    org_fields: PhraseTable
    stopwords: frozenset[str]
    non_entities: frozenset[str]
    # acronyms that real news spells out as common nouns ("an toàn giao thông (ATGT)")
    common_acronyms: frozenset[str]
    lower_starts: frozenset[str]  # lower-case words that may start a cue or a name
    # of those, the one-word cues and names that matter only before a capital ("bệnh Zika")
    lower_singles: frozenset[str]
    # organisation heads that are place cues too in lower case ("nhà hát", "bảo tàng": the
    # body "Nhà hát Lớn", the place "nhà hát Trưng Vương"), as word tuples of both spellings
    place_heads: frozenset[tuple[str, ...]]
    org_keys: dict[str, str]  # an organisation's name (``entity_keys.plain``) -> its key
    # keys of the Vietnamese provinces and centrally run cities ("gia lai"): clubs in sport
    provinces: frozenset[str] = frozenset()
    # keys of Vietnam's districts, towns and cities under provinces ("hoai duc"), whose names
    # are also people's names: after "ông", "chị" they are a person's
    districts: frozenset[str] = frozenset()
    # provinces, the world's big cities of places.txt ("birmingham") and the cities of
    # locations.txt that a known club is named after ("rome": "Lazio Roma"): clubs in sport
    club_places: frozenset[str] = frozenset()
    # the districts that no hand-made list holds (not "Phú Quốc", "Đà Lạt"): lesser-known
    # names, which a byline or a person of the same name in the text makes a person's
    lesser_districts: frozenset[str] = frozenset()
    # keys of the world's places that only places.txt holds ("brooklyn")
    world_places: frozenset[str] = frozenset()
    # of those, the countries and territories ("dominica", "palau"): no person's name starts
    # with one, so a foreign name after one is not part of it ("Tổng thống Dominica X")
    world_countries: frozenset[str] = frozenset()
    # keys of every country and territory, listed by hand or not ("viet nam", "dominica")
    countries: frozenset[str] = frozenset()
    # keys of the world's places that locations.txt lists by hand ("my", "bac kinh")
    listed_world_places: frozenset[str] = frozenset()
    # keys of the world's countries and regions, and of the world's cities listed by hand in
    # locations.txt (not the many of places.txt): "Bắc Iraq", "Đông Bắc Thái Lan", "Bắc
    # London" name a part of one
    world_regions: frozenset[str] = frozenset()
    pronoun_titles: frozenset[str] = field(default=PRONOUN_TITLES)
    # foreign given names spelt like a Vietnamese syllable ("Ryan", "Sean"): first_names.txt
    first_names: frozenset[str] = frozenset()
    # common foreign given names that look like no Vietnamese syllable ("Stephanie", "Hugh"):
    # foreign_given_names.txt
    foreign_given: frozenset[str] = frozenset()


def _lines(name: str, *, comments: bool = False) -> list[str]:
    text = resources.files("vnreader.analysis").joinpath("data", name).read_text("utf-8")
    return [
        line.strip()
        for line in text.splitlines()
        if line.strip() and (comments or not line.startswith("#"))
    ]


def _phrase(text: str, label: str, key: str, **flags: bool) -> Phrase | None:
    tokens = tokenize(text)
    if not tokens.words:
        return None
    return Phrase(tuple(tokens.words), tuple(tokens.gaps[:-1]), label, key, **flags)


def _add(table: PhraseTable, phrase: Phrase | None) -> None:
    if phrase is None:
        return
    node = table.setdefault(phrase.words[0], Node())
    for gap, word in zip(phrase.gaps, phrase.words[1:], strict=True):
        node = node.children.setdefault((gap, word), Node())
    if node.phrase is None:  # the first entry wins
        node.phrase = phrase


def _respelt(words: Iterable[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """*words* with every final "oa", "oe", "uy" toned on its first vowel, and on its second."""
    pairs = [tone_spellings(word) for word in words]
    return tuple(p[0] for p in pairs), tuple(p[1] for p in pairs)


def both_spellings(phrases: Iterable[str]) -> frozenset[str]:
    """*phrases* written with the tone marks of every final "oa", "oe" and "uy" on either
    vowel ("hòa với" and "hoà với"), for the hand-written word lists of the rules."""
    out: set[str] = set()
    for phrase in phrases:
        out.update(" ".join(words) for words in _respelt(phrase.split(" ")))
        out.add(phrase)
    return frozenset(out)


def _add_spellings(table: PhraseTable) -> None:
    """Add every phrase of *table* again with its tone marks placed the other way ("Cộng hòa"
    as "Cộng hoà", "quân ủy" as "quân uỷ"); a spelling listed as such keeps its own entry."""
    for phrase in [p for node in list(table.values()) for p in phrases(node)]:
        for words in _respelt(phrase.words):
            if words != phrase.words:
                _add(table, replace(phrase, words=words))


def phrases(node: Node) -> Iterator[Phrase]:
    """Every phrase at or below *node*."""
    if node.phrase is not None:
        yield node.phrase
    for child in node.children.values():
        yield from phrases(child)


def _entries(lines: list[str]) -> list[str]:
    """The lines of a file read with its comments, but those."""
    return [line for line in lines if not line.startswith("#")]


_SYLLABLE_BREAK = re.compile(r"[ -]")


def _run_together(name: str) -> tuple[str, ...]:
    """*name* written as one word, as older news writes foreign places and some Vietnamese
    ones, when it is transliterated ("Ma-rốc" → "Marốc", "Áp-ga-ni-xtan" → "Ápganixtan") or
    written in Vietnamese syllables ("Kon Tum" → "Kontum"); not "Santo Domingo"
    ("Santodomingo" is a surname)."""
    first, *rest = parts = _SYLLABLE_BREAK.split(name)
    if "-" not in name and not all(map(is_vietnamese, parts)):
        return ()
    return (first + "".join(part.lower() for part in rest),)


def _names(locations: list[str]) -> PhraseTable:
    """The names of the lists; *locations*: the lines of locations.txt (read once)."""
    table: PhraseTable = {}
    for lines, label in (
        (_entries(locations), "LOC"),
        (_lines("organisations.txt"), "ORG"),
        (_lines("persons.txt"), "PER"),
        (_lines("misc.txt"), "MISC"),
        (_lines("places.txt"), "LOC"),  # made from public data; the hand-made lists come first
    ):
        for line in lines:
            key, *aliases = line.split("|")
            for alias in aliases:
                ambiguous = alias.startswith("?")
                pronoun = alias.startswith("??")
                alias = alias.lstrip("?")
                variants = {alias}
                if alias[:1].islower():  # "châu Á" is also written "Châu Á"
                    variants.add(alias[:1].upper() + alias[1:])
                if label == "LOC" and alias[:1].isupper() and _SYLLABLE_BREAK.search(alias):
                    variants.update(_run_together(alias))  # "Ma-rốc" also written "Marốc"
                if label == "ORG" and " Việt Nam" in alias:
                    # "Phòng Thương mại và Công nghiệp VN": the country written short
                    variants.add(alias.replace(" Việt Nam", " VN"))
                for variant in variants:
                    _add(
                        table,
                        _phrase(
                            variant,
                            label,
                            f"{label}:{key}",
                            ambiguous=ambiguous,
                            pronoun=pronoun,
                        ),
                    )
    _add_spellings(table)
    return table


def _cues() -> tuple[PhraseTable, frozenset[tuple[str, ...]]]:
    """The cue table, and the place cues of name_cues.txt whose words an organisation head
    holds (the head, read first, wins there; in lower case they announce a place: "nhà hát
    Trưng Vương", the body "Nhà hát Lớn"), as word tuples of both spellings."""
    table: PhraseTable = {}
    place_heads: set[tuple[str, ...]] = set()
    for line in _lines("titles.txt"):
        _add(table, _phrase(line.lower(), "TITLE", line.lower()))
    for line in _lines("org_heads.txt"):
        head = line.lstrip("*+!=@")
        marks = line[: len(line) - len(head)]
        flags = {
            "embassy": "*" in marks,
            "lowercase_head": "+" in marks,
            "standalone": "!" in marks,
            "event": "=" in marks,
            "honours": "@" in marks,
        }
        head = head.lower()
        _add(table, _phrase(head, "HEAD", head, **flags))
    for line in _lines("name_cues.txt"):
        label, cue = line.split("|")
        # label NAME: the key holds the label of the name that follows
        flags = {"weak": cue.startswith("~"), "part_of_name": cue.startswith("^")}
        phrase = _phrase(cue.lstrip("~^"), "NAME", label, **flags)
        if phrase is not None and label == "LOC":
            spellings = _respelt(phrase.words)
            if any(_holds_head(table, words) for words in spellings):
                place_heads.update(spellings)
        _add(table, phrase)
    _add_spellings(table)
    return table, frozenset(place_heads)


def _holds_head(table: PhraseTable, words: tuple[str, ...]) -> bool:
    """True when *table* holds an organisation head of exactly *words*."""
    found = match(table, list(words), [" "] * len(words), 0)
    return found is not None and found.label == "HEAD" and found.words == words


def _folded_table(filename: str) -> PhraseTable:
    table: PhraseTable = {}
    for line in _lines(filename):
        # "~": a word that is also a verb ("quản lý"): inside a name, never at its end;
        # "^": name words only when capitalised; "|" between the spellings of one folded
        # entry written with diacritics ("hải quan|hải quân"; ``ScanState._as_written``)
        entry = line.lstrip("~^")
        weak = "~" in line[: len(line) - len(entry)]
        _add(table, _phrase(fold(entry.split("|")[0]), "WORDS", line, weak=weak))
    return table


def _lower_table(filename: str, label: str) -> PhraseTable:
    """The phrases of *filename* lower-cased, each in both tone spellings ("văn hóa", "văn
    hoá"), labelled *label* and keyed by the line as written."""
    table: PhraseTable = {}
    for line in _lines(filename):
        _add(table, _phrase(line.lower(), label, line))
    _add_spellings(table)
    return table


def _provinces(keys: list[str]) -> frozenset[str]:
    """Of the keys of locations.txt, those from "ha noi" to "yen bai": the provinces and
    cities."""
    return frozenset(keys[keys.index("ha noi") : keys.index("yen bai") + 1])


def _places_sections() -> dict[str, set[str]]:
    """The keys of each section of places.txt: "vietnam", "countries" (and regions), "cities"
    and "other" (the US states)."""
    sections: dict[str, set[str]] = {}
    keys: set[str] = set()
    for line in _lines("places.txt", comments=True):
        if line.startswith("# Vietnam"):
            keys = sections.setdefault("vietnam", set())
        elif line.startswith("# world: cities"):
            keys = sections.setdefault("cities", set())
        elif line.startswith("# world: countries"):
            keys = sections.setdefault("countries", set())
        elif line.startswith("# world"):
            keys = sections.setdefault("other", set())
        elif not line.startswith("#"):
            keys.add(line.split("|", 1)[0])
    return sections


def _listed_cities(locations: list[str]) -> tuple[dict[str, set[str]], set[str]]:
    """The world's cities and territories that locations.txt lists by hand (*locations*: its
    lines, comments too): key -> its one-word names ("rome" -> {"Rome", "Roma"}); and the
    keys of the countries: the file opens with them, then the sections whose comment says
    "countries"."""
    cities: dict[str, set[str]] = {}
    countries: set[str] = set()
    section = "countries"  # the file opens with the world's countries
    for line in locations:
        if line.startswith("#"):
            lower = line.lower()
            if "countries are above" in lower or "world" in lower:
                section = "cities"
            elif "countries" in lower:
                section = "countries"
            elif "vietnamese" in lower or "provinces" in lower:
                section = ""
            continue
        key, *names = line.split("|")
        if key == "ha noi":
            section = ""
        if section == "countries":
            countries.add(key)
        elif section == "cities":
            cities.setdefault(key, set()).update(
                name for name in names if " " not in name and not name.startswith("?")
            )
    return {key: names for key, names in cities.items() if key not in countries}, countries


def _club_cities(locations: list[str]) -> frozenset[str]:
    """Keys of the world's cities listed by hand whose one-word name is the city word of a
    known club (``club_words``: "Roma" of "Lazio Roma", "Paris" of "Paris FC"): in sport news
    they may stand for the club; London, Cairo, which name no club of the list, never do."""
    words = club_words()
    cities, _ = _listed_cities(locations)
    return frozenset(k for k, names in cities.items() if names & words)


def _listed_world_places(locations: list[str]) -> frozenset[str]:
    """The keys of the world's countries, cities and regions in locations.txt (*locations*:
    its lines, comments too): every section but Vietnam's (its provinces follow the
    countries from "ha noi" on, without a comment)."""
    keys: set[str] = set()
    world = True  # the file opens with the world's countries
    for line in locations:
        if line.startswith("#"):
            lower = line.lower()
            if "vietnamese" in lower:
                world = False
            elif "countries" in lower or "world" in lower:
                world = True
            continue
        key = line.split("|", 1)[0]
        if key == "ha noi":
            world = False
        if world:
            keys.add(key)
    return frozenset(keys)


@cache
def gazetteer() -> Gazetteer:
    """The gazetteer, loaded on first use."""
    portfolios = _lower_table("portfolios.txt", "OFFICE")
    locations = _lines("locations.txt", comments=True)  # read once for the four uses below
    location_keys = [line.split("|", 1)[0] for line in _entries(locations)]
    names = _names(locations)
    cues, place_heads = _cues()
    lower_starts = {w for w in names if w[:1].islower()}
    for first, node in cues.items():
        # a lower-case head ("bộ") cues nothing, unless marked ("công ty VABIOTECH")
        if any(p.label != "HEAD" or p.lowercase_head for p in phrases(node)):
            lower_starts.add(first)
    lower_starts.update(("tạp", "báo"))  # outlets: "tạp chí Forbes", "theo báo Tuổi trẻ"
    lower_starts.update(words[0] for words in place_heads)
    lower_singles = set()
    for w in lower_starts:
        name_node, cue_node = names.get(w), cues.get(w)
        if name_node is not None and (name_node.children or name_node.phrase is not None):
            continue
        if cue_node is not None and (
            cue_node.children or (cue_node.phrase is not None and cue_node.phrase.label != "NAME")
        ):
            continue
        lower_singles.add(w)
    org_keys: dict[str, str] = {}
    for node in names.values():
        for phrase in phrases(node):
            if phrase.label == "ORG":
                org_keys.setdefault(plain(phrase.text()), phrase.key)
    for name in org_keys.keys() & set(location_keys):
        # a body's name that folds to a place's ("Nhà Trắng", "Nha Trang"): a body the rules
        # name so is the place's club as often as the body
        del org_keys[name]
    sections = _places_sections()
    provinces = _provinces(location_keys)
    hand_made = set(location_keys)
    listed_world = _listed_world_places(locations)
    world_others = sections.get("countries", set()) | sections.get("other", set())
    return Gazetteer(
        provinces=provinces,
        districts=frozenset(sections.get("vietnam", ())),
        lesser_districts=frozenset(sections.get("vietnam", set()) - hand_made),
        club_places=provinces | sections.get("cities", set()) | _club_cities(locations),
        world_places=frozenset((sections.get("cities", set()) | world_others) - hand_made),
        world_countries=frozenset(sections.get("countries", set()) - hand_made),
        countries=frozenset(_listed_cities(locations)[1] | sections.get("countries", set())),
        listed_world_places=listed_world,
        world_regions=listed_world | world_others,
        org_keys=org_keys,
        names=names,
        cues=cues,
        lower_starts=frozenset(lower_starts),
        lower_singles=frozenset(lower_singles),
        place_heads=place_heads,
        portfolios=portfolios,
        surnames=frozenset(_lines("surnames.txt")),
        org_words=_folded_table("org_words.txt"),
        org_tails=_folded_table("org_tails.txt"),
        org_fields=_lower_table("org_fields.txt", "WORDS"),
        stopwords=frozenset(" ".join(_lines("stopwords.txt")).split()),
        non_entities=frozenset(" ".join(_lines("non_entities.txt")).split()),
        common_acronyms=frozenset(_lines("common_acronyms.txt")),
        first_names=frozenset(_lines("first_names.txt")),
        foreign_given=frozenset(_lines("foreign_given_names.txt")),
    )


@dataclass(frozen=True, slots=True)
class MinedNames:
    """Names mined from unlabelled real news (``data/mined_names.tsv``), seen with a cue."""

    labels: dict[str, str]  # a name as written (words joined by spaces) -> PER, ORG, LOC, GIVEN
    common: frozenset[str]  # one-word names that are also common words ("Hải", "hải quan")


@cache
def mined_names() -> MinedNames:
    """The mined names, loaded on first use (only when a run is left without a label)."""
    labels: dict[str, str] = {}
    common: set[str] = set()
    for line in _lines("mined_names.tsv"):
        surface, label, *rest = line.split("\t")
        labels[surface] = label
        if rest[1:] == ["c"]:
            common.add(surface)
    return MinedNames(labels, frozenset(common))


@cache
def known_orgs() -> dict[str, str]:
    """Clubs, companies and media named alone (``data/known_orgs.tsv``, built from
    public-domain lists by ``benchmarks/build_orgs.py``): a name as written -> its kind
    ("club", "company", "media", "body")."""
    return dict(line.split("\t", 1) for line in _lines("known_orgs.tsv"))


# words of the clubs' names that say what a club is, not where it plays ("FC", "United",
# "Real", "Atlético"): what is left at either end of a name is its city or its own name
_CLUB_KIND_WORDS = frozenset(
    {
        *("Club", "Football", "United", "City", "Town", "County", "Deportivo", "Deportiva"),
        *("Atlético", "Athletic", "Fútbol", "Futebol", "Futbol", "Clube", "Calcio", "Sporting"),
        *("Sport", "Sports", "Klub", "Real", "Union", "Unión", "Wanderers", "Rovers", "Racing"),
        *("Association", "Associazione", "Asociación", "Sportiva", "Sportive", "Esporte"),
        *("Royal", "Stade", "Olympique", "Dynamo", "Dinamo", "Spartak", "Inter", "Juniors"),
        *("Universidad", "Nacional", "Central", "Social", "Municipal", "Professional", "The"),
        *("Red", "Boys", "Rangers", "Independiente", "Estudiantes", "Gimnasia", "Desportivo"),
        *("Team", "Junior", "Young"),
    }
)


@cache
def club_words() -> frozenset[str]:
    """The first and last words of the known clubs' names of two words or more
    (``known_orgs``), words of a club's kind left out: the city or the own name a club goes
    by ("Reading" of "Reading FC", "Leipzig" of "RB Leipzig", "Bordeaux" of "Girondins de
    Bordeaux"), less the people's names and the English words of ``not_club_words.txt``
    ("Victoria", "Santos", "Derby"). Such a word in a club's frame in sport news is the
    club."""
    words: set[str] = set()
    for name, kind in known_orgs().items():
        if kind != "club" or " " not in name:
            continue
        named = [w for w in name.split() if len(w) > 3 and w[0].isupper() and w[1:].islower()]
        named = [w for w in named if w not in _CLUB_KIND_WORDS]
        if named:
            words.update((named[0], named[-1]))
    # no people's names nor English words: "Victoria", "Santos", "Derby", "Tiger", "Police"
    return frozenset(words.difference(_lines("not_club_words.txt")))


def match(table: PhraseTable, words: list[str], gaps: list[str], i: int) -> Phrase | None:
    """The longest phrase of *table* that starts at token *i* of *words*."""
    node = table.get(words[i])
    if node is None:
        return None
    best = node.phrase
    children = node.children
    k = i
    last = len(words) - 1
    while children and k < last:
        child = children.get((gaps[k], words[k + 1]))
        if child is None:
            break
        k += 1
        if child.phrase is not None:
            best = child.phrase
        children = child.children
    return best
