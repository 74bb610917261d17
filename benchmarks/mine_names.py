"""Mine names seen with a reliable cue from unlabelled real news: ``data/mined_names.tsv``.

vnreader's own recogniser is run over the real-news corpora in ``/work/corpora`` (built by
``benchmarks/realnews_corpora.py``: ``vntc``, ``dantri-unc``, ``vims-news``). Every name it
finds right after a reliable cue is counted, once per article, under the label the cue gives:

- PER after a title or a role ("ông", "bà", "Chủ tịch", "tay vợt", "ca sĩ";
  ``data/titles.txt``; not a driver's: "tài xế Lexus" is the Lexus's driver), and the
  surname of a full foreign name ("Federer" of "Roger Federer", but not "Camry" of "Toyota
  Camry": a known organisation first is a brand and its model) or a one-word name that
  speaks ("Djokovic cho biết"), which count only for names seen as a team or a firm once at
  most ("Chievo Lazio" of a fixture list, "Henry Ford"); and a sport role ("cầu thủ", "HLV",
  "thủ thành"), which counts unless team votes are a real share (``TEAM_SHARE``) of the
  name's person and team votes, since "cầu thủ Lazio" is a Lazio player ("Ronaldinho", after
  "cầu thủ" in 22 articles and twice next to a score, is a person). A one-syllable
  Vietnamese name after a title counts only in an article that names the person in full
  ("ông Tiệm" after "Lê Thế Tiệm"): "Chủ tịch Phân ban", "tín đồ Phật tử" name nobody;
- ORG after a company, club or media word ("hãng", "công ty", "đội bóng", "tờ"; "nhà sản
  xuất" only before a name the recogniser takes for no person: "nhà sản xuất Harvey
  Weinstein" is a film producer), after "các cầu thủ", next to a match score ("Getafe 1-0
  Levante", but not the scorer after it, with the minutes of the goal: "1-0 Shevchenko 31'",
  nor a name after a date: "thứ năm 28-9 Neymar"), or inside a name that such a head starts
  ("Công ty Coteccons", "CLB Getafe" give "Coteccons", "Getafe"). A cue's first word may
  have a capital inside a sentence too, when the recogniser leaves it out of the name ("của
  Hãng Jeju Air" → "Jeju Air") and it is in no other name (not a title's: "Phó Chủ tịch
  Cengroup" names the firm a person heads as often as a person);
- the label of a cued name for the names listed after it ("các hãng Samsung, Apple và Sony");
- LOC after an administrative place word ("tỉnh", "huyện", "xã", "thành phố", "thủ đô",
  "bang"); streets, bridges and markets are left out (they are named after people). After
  "tại", "ở", "sang" a name counts half a vote against the other labels, never for a place
  (nor against one), nor in an article where a cue names it an organisation ("đồng đội cũ ở
  HA Gia Lai" beside "CLB HA Gia Lai": at the club). A place the data file lacks needs more
  (:func:`new_place`): the place word right before it in ``NEW_PLACE_ARTICLES`` articles
  (or a country after it), few longer names that start or end with it, a place word before
  it in half the articles that write it, no hyphenated rest cut off. An organisation's vote
  counts half against a place (a club, a university or a firm named after its city: "đại
  học Pittsburgh", "Hamburger - Frankfurt 2-1", "hãng Saratov");
- against a person after a ship's, an aircraft's or a weapon's word ("tàu Titanic", "tàu
  sân bay Kuznetsov", "tiêm kích Tornado", "tên lửa Patriot"; not a storm's), once they
  are a clear share (``SHIP_SHARE``) of the name's person and ship votes ("Maddox", "Truman",
  people far more often than ships, stay people); not against a place or a firm, whose
  names ships bear too ("tàu ngầm Kursk", "tàu Hanjin").

A surface is kept when it was seen with a cue in at least ``--min-articles`` articles and one
label holds at least ``--dominance`` of them. Kept are only the surfaces that the recogniser
cannot label without a cue: up to four words, but no person's name that starts with a surname
or is all foreign words (those are people already), no acronym (an organisation already), no
word that also starts a longer name alone ("City", "News"), no compass point alone ("Nam":
"miền Nam", "CĐV thành Nam"), no foreign name with a one-letter word (word segmentation cut
"TX." into "T X.", "Uber B.V" into "Uber B"), no place or body whose name ends people's names
as often ("Văn An"), no place or body before a person ("Hollywood Harvey Weinstein": its
last two words are voted a person), none the hand-made gazetteer already knows, and none a
review took out (listed, with why, in ``data/mined_rejected.txt``, which the recogniser
never reads: "Reno", "Tel" as places, "Trung Thu" as a given name). The
given names of Vietnamese people (the last two syllables of a name of three or more that
starts with a surname: "Xuân Lam" of "Nguyễn Xuân Lam") are counted too, and kept as
``GIVEN`` when they are seen in enough articles, never after a place or organisation word,
and after "tại", "ở" in no more than ``GIVEN_WEAK_PLACE_SHARE`` of as many articles ("Gia
Bảo" stays after one "tại Gia Bảo").
The ``common`` column marks the one-word names that are also common lower-case words ("Hải",
"hải quan"): the recogniser does not take them at a sentence start. Left out are such a word
that opens sentences ``OPENING_SHARE`` times as often as it is capitalised inside them ("Được
hỏi …", "Đáng nói là …": a person named "Được" is rarer than the word), and a one-word name of
no Vietnamese syllable written in lower case more than ``FOREIGN_LOWER`` times as often as it
is capitalised inside a sentence (an English word: "thạc sĩ Marketing", "Trưởng phòng
Marketing").

Fairness: every article that a paragraph of ``realnews_test.jsonl`` comes from is left out
(its ``source`` names the file), and for the multi-document set ``vims-news`` so is every
article of the same cluster (they report the same event, with the same names); so is every
article, in any corpus, that holds a paragraph of a blind set or of a set awaiting its first
score (``FRESH`` in ``extraction.py``), compared by letters only (``hidden_sets.py``).

    python benchmarks/mine_names.py                    # writes the data file, prints stats
    python benchmarks/mine_names.py --limit 2000 --out /tmp/mined.tsv   # a quick look
    python benchmarks/mine_names.py --entities /tmp/entities.pkl   # keeps the recogniser's
        # output (20 min of CPU); run again with the same file, it reuses it: a change of
        # the cues is mined again in about 4 min (with --out elsewhere: the recogniser reads
        # the data file, and the cache is made anew when the recogniser, its data or the
        # corpora change)
"""

from __future__ import annotations

import argparse
import copy
import hashlib
import inspect
import json
import os
import pickle
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterator
from functools import cache
from pathlib import Path
from typing import BinaryIO

sys.path.insert(0, str(Path(__file__).parent))
import hidden_sets
from hidden_sets import Hidden

ROOT = Path(__file__).resolve().parent.parent
CORPORA = Path("/work/corpora")
TEST = ROOT / "benchmarks" / "data" / "realnews_test.jsonl"
OUT = ROOT / "vnreader" / "analysis" / "data" / "mined_names.tsv"
FOLDERS = ("vntc", "dantri-unc", "vims-news", "vietnews")
# corpora that only add foreign names (mined after the others; see keep_all)
NAMES_ONLY = frozenset({"vietnews"})
# a one-word foreign name written in lower case more than this share of the times it is
# capitalised inside a sentence is a common word ("Internet", "Open", "Life")
LOWER_SHARE = 0.05

# lower-case words before an organisation's name
ORG_CUES = frozenset(
    {"hãng", "công ty", "tập đoàn", "đội bóng", "câu lạc bộ", "clb", "hãng tin", "tờ"}
    | {"nhãn hàng", "thương hiệu", "hãng hàng không", "hãng xe", "ngân hàng", "đài"}
    | {"tổng công ty", "nhà mạng", "hãng dược", "hãng sản xuất", "tờ báo", "báo"}
    | {
        "mạng xã hội",
        "kênh truyền hình",
        "tạp chí",
        "nhà bán lẻ",
        "chuỗi",
        "nhà sản xuất",
        "hãng phim",
    }
    | {"đại học", "trường đại học", "công ty con", "hãng thời trang", "hãng bay", "quỹ"}
)
# heads written as the start of an organisation's name, whose rest names it alone
ORG_HEADS = frozenset(
    {"công ty", "tập đoàn", "hãng", "clb", "câu lạc bộ", "tổng công ty", "đội bóng"}
    | {"ngân hàng", "tờ", "báo", "hãng tin", "tạp chí", "đài"}
)
# legal forms and common words that make the rest of a business name no name by itself
ORG_REST_STOP = frozenset(
    {"TNHH", "TMCP", "CP", "Cổ", "Cp", "MTV", "Trách", "Liên", "Thương", "Đầu", "Xây", "Dịch", "Tư"}
    | {"Sản", "Phát", "Kinh", "Công", "Nhà", "Nông", "Du", "Vận", "Xuất", "Bảo", "Tập"}
)
# compass points: the rest of "Công ty Tây Nam" names a region as often as the firm
COMPASS = frozenset({"Đông", "Tây", "Nam", "Bắc"})
LOC_CUES = frozenset(
    {"tỉnh", "huyện", "xã", "quận", "phường", "thị xã", "thị trấn", "thành phố", "thủ đô"}
    | {"bang", "thôn", "ấp", "xóm", "bản", "làng", "vùng", "đảo", "vùng lãnh thổ"}
)
WEAK_LOC_CUES = frozenset({"tại", "ở", "nước", "sang", "đến", "tới", "thăm"})
# a new place row (one the data file lacks) needs more than a place word before it: the
# place words name it in ``NEW_PLACE_ARTICLES`` articles, or in fewer (but ``--min-articles``)
# with a country or province after it in ``APPOSITION`` of them ("thành phố Heidelberg,
# Đức", "Idlib (Syria)"); it is seen right after the place word, not only listed after a
# place ("tỉnh Quảng Nam, Tel: …"); it starts or ends longer names in fewer than half the
# articles that write it ("Tel Aviv", "Manchester United", "South Carolina"); a place word
# or "tại", "ở" stands before it in at least half of them ("đảo Christmas" against "mùa
# Christmas", "Gangnam Style"); and it is not cut before a hyphenated part ("thành phố Deir
# ez-Zor", "Hammam al-Alil") in a third of them or more
NEW_PLACE_ARTICLES = 5
APPOSITION = 2
# what follows a name cut before the rest of it: a hyphen, or an Arabic article ("ez-", "al-")
_CUT_AFTER = re.compile(r"-\w| (?:al|el|ez|ed|ad|as|ash|ar|an|ul|az|at|es|ibn|bin)-", re.I)
# a country or province in apposition after a place: ", Đức", " (Syria)"
_APPOSED = re.compile(r"(?:, | \()([A-ZÀ-Ỹ][^,.;:()\n]{1,30}?)(?=[).,;:\n]| [a-zà-ỹ]|$)")
# the rows a review found wrong and took out of the data file: places as rare as their other
# senses ("Oppo Reno", "Paradise"), fragments, no places (c4f0cdb), a festival and a region
# the cues took for people ("tết Trung Thu", "văn hóa Á Đông"); listed beside the data file,
# with why, and read by the miner only (never by the recogniser)
REJECTED = ROOT / "vnreader" / "analysis" / "data" / "mined_rejected.txt"


@cache
def rejected(path: Path = REJECTED) -> frozenset[str]:
    """The rows a review took out (``mined_rejected.txt``: one a line, ``#`` comments)."""
    lines = path.read_text("utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


# a ship is named after these words ("tàu Titanic", "tàu sân bay Kuznetsov", "tàu USS
# Fitzgerald"): the article counts against a person; not against a place or a firm, whose
# names ships and trains bear too ("tàu ngầm Kursk", "tàu Hanjin", "tàu Amtrak"). A film's or
# a song's word is no such cue: "phim Trường Giang", "đạo diễn phim Oleg Sentsov" name people
SHIP_CUES = frozenset(
    {"tàu", "con tàu", "tàu ngầm", "tàu sân bay", "du thuyền", "chiến hạm", "siêu tàu"}
    | {"tàu chiến", "tàu khu trục", "tàu tuần dương", "tàu chở dầu", "tàu hàng"}
)
# an aircraft's or a weapon's word counts against a person as a ship's does: "tiêm kích
# Tornado", "cường kích Tornado GR4", "tên lửa Patriot" (named like people, and a full name
# once: "Panavia Tornado"). Not a storm's: storms bear given names that stand alone for
# people far more often ("bão Matthew", "bão Linda" against "Matthew cho biết", "Linda từ
# giã sự nghiệp"), and the recogniser names the storm after "bão" anyway
CRAFT_CUES = frozenset(
    {"máy bay", "tiêm kích", "cường kích", "chiến đấu cơ", "phi cơ", "oanh tạc cơ"}
    | {"máy bay ném bom", "máy bay chiến đấu", "máy bay tiêm kích", "trực thăng"}
    | {"tên lửa", "xe tăng", "thiết giáp", "pháo phản lực", "tàu vũ trụ"}
)
VESSEL_CUES = SHIP_CUES | CRAFT_CUES
# a driver's role names the vehicle as often as the person: "tài xế Lexus" (the Lexus's
# driver), "lái xe Camry" (drove a Camry); no person's cue
VEHICLE_ROLES = frozenset({"tài xế", "lái xe"})
SPORT_ROLES = frozenset(
    {"cầu thủ", "tiền đạo", "tiền vệ", "hậu vệ", "thủ môn", "trung vệ", "hlv", "thủ quân"}
    | {"huấn luyện viên", "thủ thành", "chân sút", "tiền vệ trụ"}
)
# the share of a name's person and team votes that team votes must reach before the votes of
# a sport role ("cầu thủ Lazio": a Lazio player) no longer count for a person: "Ronaldinho",
# after "cầu thủ" in 22 articles and twice next to a score, is a person; "Santos" (a team
# in 7 of 33), "Lyon", "Parma" (in half or more) are not
TEAM_SHARE = 0.2
# the share of a name's person and ship votes that ship votes must reach to count against a
# person named after a title or a role: "tàu Titanic", "tàu sân bay Kuznetsov" (ships in
# most), not "Maddox" or "Truman" (people in most, a ship now and then: "tàu USS Maddox").
# Against a name only ever the surname of full names, a ship counts whatever its share
# ("USS Enterprise", "HMS Trident" are no given name and surname)
SHIP_SHARE = 1 / 3
# the share of a Vietnamese given name's articles that the articles with "tại", "ở" before it
# must pass to leave it out: "Gia Bảo" of 29 articles stays after one "tại Gia Bảo"; "Thái Hà",
# "Chí Hòa" (a street, a prison) go
GIVEN_WEAK_PLACE_SHARE = 0.1
# organisation's cues that also name a person's trade: "nhà sản xuất Harvey Weinstein" is a
# film producer; they count for an organisation only when the recogniser takes the name for
# no person
PERSON_TRADES = frozenset({"nhà sản xuất"})
# a match score right after or before a team's name: "Getafe 1-0 Levante"
_SCORE_AFTER = re.compile(r" \d{1,2} ?- ?\d{1,2}(?!\d)")
_SCORE_BEFORE = re.compile(r"(?<!\d)\d{1,2} ?- ?\d{1,2} $")
# a day and month after a weekday or "ngày", no score: "thứ năm 28-9 Neymar và Dani Alves"
_DATE_BEFORE = re.compile(
    r"(?:ngày|thứ (?:hai|ba|tư|năm|sáu|bảy)|chủ nhật),? \d{1,2} ?- ?\d{1,2} $", re.IGNORECASE
)
# the minutes of a goal after a scorer's name: "1-0 Shevchenko 31'", "5-1 Klasnic (2', 16')"
_MINUTE_AFTER = re.compile(r" ?\(?\d{1,3}(?: ?\+ ?\d{1,2})?['’′]")
# what ends a sentence in the gap before a word (as the recogniser's sentence_start)
_SENTENCE_END = frozenset(".!?:;\"“”'(…")
# a one-word name that also is a common word ("c") and opens sentences more than this many
# times as often as it is capitalised inside them is a word that opens sentences ("Được
# hỏi …", "Đáng nói là …", "Hiện nay …"), whatever person bears it
OPENING_SHARE = 10
# a one-word name of no Vietnamese syllable written in lower case more than this many times
# as often as capitalised inside a sentence is an English word ("Marketing", "Block")
FOREIGN_LOWER = 2
# what a person says after their name ("Djokovic cho biết"); a company may say it too, so it
# counts like a full name's surname
SPEECH = frozenset(
    {"cho biết", "nói", "chia sẻ", "khẳng định", "thừa nhận", "tâm sự", "kể", "tiết lộ"}
    | {"phát biểu", "nhận định", "bày tỏ", "giải thích", "nhớ lại"}
)
# words that end or start longer names ("Manchester City", "The Times", "Jeju Air", "Air
# Canada"): no name alone
NAME_PARTS = frozenset(
    {"City", "United", "News", "Times", "Journal", "Star", "Man", "Post", "Daily", "Group"}
    | {"Sport", "Sports", "World", "Nature", "Science", "Time", "Real", "Inter", "The"}
    | {"Channel", "Air"}
)
# what joins the names of a list
LIST_JOINS = frozenset({", ", " và ", " hoặc ", " hay ", " cùng "})
MAX_CUE = 4
# the recogniser's entities of an article: (start, end, label, text)
Entities = list[tuple[int, int, str, str]]


def test_articles() -> tuple[set[str], set[str]]:
    """The corpus files (``folder/name``) and vims-news clusters the test part comes from."""
    files: set[str] = set()
    clusters: set[str] = set()
    for line in TEST.read_text("utf-8").splitlines():
        if not line.strip():
            continue
        source = json.loads(line)["source"].split(":", 1)[0]
        files.add(source)
        folder, name = source.split("/", 1)
        if folder == "vims-news":
            clusters.add(name.rsplit("_", 1)[0])
    return files, clusters


def blind_keys() -> Hidden:
    """The letter keys of every paragraph of the blind sets (the test part and the held-out
    set) and of the sets awaiting their first score (``FRESH``; ``hidden_sets.py``): an article
    of any corpus that holds one is left out, since the same article may be published again
    elsewhere, spaced otherwise."""
    return hidden_sets.load()


def articles(
    corpora: Path,
    limit: int | None,
    files: set[str],
    clusters: set[str],
    keys: Hidden | None = None,
    left_out: list[str] | None = None,
) -> Iterator[tuple[str, str]]:
    """(id, body) of every article not left out, vntc first; with *keys*, the articles that
    hold one of their paragraphs or that one was taken from are left out too (their ids added
    to *left_out*)."""
    for folder in FOLDERS:
        paths = sorted((corpora / folder).glob("*.txt"))
        if limit is not None:
            paths = paths[:limit]
        for path in paths:
            ident = f"{folder}/{path.name}"
            if ident in files or (
                folder == "vims-news" and path.name.rsplit("_", 1)[0] in clusters
            ):
                continue
            lines = path.read_text("utf-8").splitlines()
            # vntc: title, section, body; vietnews: title, body; the others: URL, title,
            # dateline, body
            if folder == "vntc":
                keep = [lines[0], *lines[2:]]
            elif folder == "vietnews":
                keep = lines
            else:
                keep = [lines[1], *lines[3:]]
            body = "\n".join(keep)
            if keys is not None and (ident in keys.sources or keys.holds(body)):
                if left_out is not None:
                    left_out.append(ident)
                continue
            yield ident, body


def _countries() -> frozenset[str]:
    """The names of the hand-made places (countries, Vietnam's provinces, regions:
    ``locations.txt``) and of the world's countries and the US states of ``places.txt``."""
    data = ROOT / "vnreader" / "analysis" / "data"
    names: set[str] = set()
    section = "hand-made"
    for path in (data / "locations.txt", data / "places.txt"):
        for line in path.read_text("utf-8").splitlines():
            if line.startswith("#"):
                section = line if path.name == "places.txt" else section
            elif line and (
                "hand-made" in section or "countries" in section or "US states" in section
            ):
                names.update(alias.lstrip("?") for alias in line.split("|")[1:])
    return frozenset(names)


class Miner:
    """Counts, per surface and label, the articles in which a cue stands before it."""

    def __init__(self) -> None:
        from vnreader.analysis.gazetteer import gazetteer, phrases

        g = gazetteer()
        self.g = g
        self.titles = frozenset(
            " ".join(p.words)
            for node in g.cues.values()
            for p in phrases(node)
            if p.label == "TITLE"
        )
        self.countries = _countries()
        self.cued: dict[tuple[str, str], set[int]] = defaultdict(set)
        self.given: dict[str, set[int]] = defaultdict(set)
        self.lower: Counter[str] = Counter()  # lower-case word counts
        self.capital: Counter[str] = Counter()  # capitalised words inside a sentence
        self.opening: Counter[str] = Counter()  # capitalised words opening a sentence
        # articles that write a capitalised word, and those where it starts or ends a name of
        # two words or more ("Tel" of "Tel Aviv", "Manchester" of "Manchester United")
        self.mentions: Counter[str] = Counter()
        self.parts: Counter[str] = Counter()
        self.articles = 0
        # where the corpora that only add foreign names start, and the word counts before them
        self.boundary: int | None = None
        self.base_counts: tuple[Counter[str], Counter[str], Counter[str]] = (
            Counter(),
            Counter(),
            Counter(),
        )

    def save(self, path: Path) -> None:
        state = (dict(self.cued), dict(self.given), self.lower, self.capital, self.articles)
        state += (self.mentions, self.parts)
        path.write_bytes(pickle.dumps((state, self.opening, self.boundary, self.base_counts)))

    def load(self, path: Path) -> None:
        state, self.opening, self.boundary, self.base_counts = pickle.loads(path.read_bytes())
        cued, given, self.lower, self.capital, self.articles, self.mentions, self.parts = state
        self.cued.update(cued)
        self.given.update(given)

    def mark(self) -> None:
        """The articles added from now on come from a corpus that only adds foreign names."""
        if self.boundary is None:
            self.boundary = self.articles
            self.base_counts = (Counter(self.lower), Counter(self.capital), Counter(self.opening))

    def before_boundary(self) -> Miner:
        """The counts of the articles added before :meth:`mark` (self when it was not called)."""
        if self.boundary is None:
            return self
        end = self.boundary
        base = copy.copy(self)
        base.cued = defaultdict(set)
        for key, seen in self.cued.items():
            if kept := {a for a in seen if a < end}:
                base.cued[key] = kept
        base.given = defaultdict(set)
        for pair, seen in self.given.items():
            if kept := {a for a in seen if a < end}:
                base.given[pair] = kept
        base.lower, base.capital, base.opening = self.base_counts
        base.articles, base.boundary = end, None
        return base

    def add(self, text: str, entities: Entities | None = None) -> None:
        """Count the cued names of one article; *entities* are the recogniser's (start, end,
        label, text) of it when already known (a cache of an earlier run: ``--entities``)."""
        from vnreader.analysis import analyze
        from vnreader.analysis.entity_tokens import is_vietnamese, tokenize

        if entities is None:
            entities = [(e.start, e.end, e.label, e.text) for e in analyze(text).entities]
        n = self.articles
        self.articles += 1
        tokens = tokenize(text)
        words, gaps = tokens.words, tokens.gaps
        for k, w in enumerate(words):
            if w[0].islower():
                self.lower[w] += 1
            elif k > 0 and tokens.raw_gaps[k - 1] == " " and words[k - 1][0].islower():
                self.capital[w] += 1
            elif k == 0 or _ends_sentence(tokens.raw_gaps[k - 1]):
                self.opening[w] += 1
        self.mentions.update({w for w in words if w[0].isupper()})
        found = (e[3].split() for e in entities)
        self.parts.update({w for name in found if len(name) > 1 for w in (name[0], name[-1])})
        index = {s: k for k, s in enumerate(tokens.starts)}
        # the words inside the recogniser's names: no capitalised cue word among them
        covered: set[int] = set()
        for start, end, _label, _surface in entities:
            k = index.get(start)
            while k is not None and k < len(words) and tokens.ends[k] <= end:
                covered.add(k)
                k += 1
        listing: tuple[int, str] | None = None  # where the last cued name ends, its label
        # the last words of the Vietnamese full names of the article ("Tiệm" of "Lê Thế
        # Tiệm"), and the one-syllable names cued as persons: "ông Tiệm" counts for a person
        # only where the article names him in full ("Chủ tịch Phân ban", "tín đồ Phật tử"
        # are no person's)
        full_ends: set[str] = set()
        alone: list[str] = []
        for start, end, label, surface in entities:
            if label not in ("PER", "ORG", "LOC", "MISC"):
                continue
            i = index.get(start)
            if i is None:
                continue
            if label == "MISC":
                # the recogniser takes the name after a ship's word for the ship ("tàu
                # Titanic", MISC): it still counts against a person
                if self._cue_before(words, gaps, i, covered) in VESSEL_CUES:
                    self.cued[(surface, "SHIP")].add(n)
                continue
            j = i
            while j < len(words) and tokens.ends[j] <= end:
                j += 1
            name = words[i:j]
            if not name:
                continue
            if label == "PER" and len(name) >= 2 and name[0] in self.g.surnames:
                full_ends.add(name[-1])
            if label == "PER" and len(name) >= 3 and name[0] in self.g.surnames:
                self.given[" ".join(name[-2:])].add(n)
            cue = self._cue_before(words, gaps, i, covered)
            plural = (
                cue is not None
                and i > len(cue.split())
                and (words[i - len(cue.split()) - 1] in ("các", "những"))
            )
            listed = listing is not None and text[listing[0] : start] in LIST_JOINS
            # one Vietnamese syllable: a person only where the article names him in full
            syllable = len(name) == 1 and is_vietnamese(name[0])
            if cue is None and listed and listing is not None:
                # "các hãng Samsung, Apple và Sony": the names listed after a cued one
                if listing[1] == "PER" and syllable:
                    alone.append(surface)
                else:
                    self.cued[(surface, listing[1])].add(n)
                listing = (end, listing[1])
                continue
            listing = None
            if cue in VESSEL_CUES:
                self.cued[(surface, "SHIP")].add(n)  # "tàu Titanic", "tiêm kích Tornado"
            elif label == "PER" and cue in SPORT_ROLES:
                # "các cầu thủ Lazio" names the team; "cầu thủ Lazio" may be a Lazio player
                self.cued[(surface, "ORG" if plural else "PER:sport")].add(n)
                if not plural and self._full_foreign(name):
                    self.cued[(name[-1], "PER:full")].add(n)  # "thủ thành Andres Palop"
            elif label == "PER" and cue in self.titles and cue not in VEHICLE_ROLES:
                if syllable:
                    alone.append(surface)
                else:
                    self.cued[(surface, "PER")].add(n)
                listing = (end, "PER")
            elif label == "ORG" and (head := self._org_head(words, gaps, i, j)):
                self.cued[(surface[tokens.starts[i + head] - start :], "ORG")].add(n)
            elif (
                (cue in ORG_CUES and not (cue in PERSON_TRADES and label == "PER"))
                or _SCORE_AFTER.match(text, end)
                or (
                    _SCORE_BEFORE.search(text[max(start - 8, 0) : start])
                    and not _MINUTE_AFTER.match(text, end)  # "1-0 Shevchenko 31'": a scorer
                    and not _DATE_BEFORE.search(text[max(start - 30, 0) : start])  # a date
                )
            ):
                self.cued[(surface, "ORG")].add(n)  # "hãng Comac", "Getafe 1-0 Levante"
                listing = (end, "ORG") if cue in ORG_CUES else None
            elif label == "LOC" and cue in LOC_CUES:
                self.cued[(surface, "LOC")].add(n)
                self.cued[(surface, "LOC:head")].add(n)
                if _CUT_AFTER.match(text, end):
                    self.cued[(surface, "LOC:cut")].add(n)  # "thành phố Deir ez-Zor"
                apposed = _APPOSED.match(text, end)
                if apposed and apposed.group(1) in self.countries:
                    self.cued[(surface, "LOC:app")].add(n)  # "thành phố Heidelberg, Đức"
                listing = (end, "LOC")
            elif cue in WEAK_LOC_CUES:
                self.cued[(surface, "LOC?")].add(n)
            elif (
                label == "PER"
                and len(name) == 1
                and j + 1 < len(words)
                and gaps[j - 1] == " "
                and (words[j] in SPEECH or f"{words[j]} {words[j + 1]}" in SPEECH)
            ):
                self.cued[(surface, "PER:full")].add(n)  # "Djokovic cho biết"
            elif label == "PER" and self._full_foreign(name):
                self.cued[(name[-1], "PER:full")].add(n)  # "Federer" of "Roger Federer"
        for surface in alone:
            if surface in full_ends:
                self.cued[(surface, "PER")].add(n)

    def _full_foreign(self, name: list[str]) -> bool:
        """True for a foreign given name and surname ("Roger Federer"), no brand's model."""
        from vnreader.analysis.entity_tokens import is_vietnamese

        return (
            2 <= len(name) <= 3
            and not any(is_vietnamese(w) for w in name)
            and all(w[0].isupper() and w.isalpha() and len(w) > 2 for w in name)
            and not self._named_before(name)
        )

    def _named_before(self, name: list[str]) -> bool:
        """True when the words before the last of *name* are a known organisation ("Toyota
        Camry", "Yamaha Exciter", "Acer Aspire"): a brand's model, no person's given name and
        surname. A place is no sign ("Milan Baros", "Marco Delvecchio"), nor a body before a
        full name ("Rostec Anatoly Serdyukov")."""
        from vnreader.analysis.gazetteer import known_orgs, match, mined_names

        head = name[:-1]
        key = " ".join(head)
        known = match(self.g.names, head, [" "] * len(head), 0)
        return (
            (known is not None and len(known.words) == len(head) and known.label == "ORG")
            or key in known_orgs()
            or mined_names().labels.get(key) == "ORG"
        )

    def _cue_before(
        self, words: list[str], gaps: list[str], i: int, covered: Collection[int] = ()
    ) -> str | None:
        """The longest known cue (lower case, joined by spaces) that ends right before i. Its
        first word may have a capital where a sentence opens ("Hãng Instagram ra mắt …"), and
        inside one for an organisation's, a place's or a craft's word in no entity (the
        token indices *covered*), which the recogniser leaves out of the name ("của Hãng
        Jeju Air" → "Jeju Air"); not for a title, which names the body a person heads as
        often as a person ("Phó Chủ tịch Cengroup"). A capitalised word ends the cue."""
        best = None
        cue: list[str] = []
        k = i - 1
        while k >= 0 and len(cue) < MAX_CUE and gaps[k] == " ":
            w = words[k]
            titled = w[:1].isupper() and w[1:].islower() and k not in covered
            if not (w.islower() or (w.isupper() and k == i - 1) or titled):
                break
            cue.insert(0, w.lower())
            phrase = " ".join(cue)
            opening = k == 0 or gaps[k - 1] != " "
            if (
                phrase in ORG_CUES
                or phrase in LOC_CUES
                or phrase in VESSEL_CUES
                or (
                    (opening or not titled)
                    and (phrase in self.titles or phrase in WEAK_LOC_CUES or phrase in SPORT_ROLES)
                )
            ):
                best = phrase
            if titled:
                break
            k -= 1
        return best

    @staticmethod
    def _org_head(words: list[str], gaps: list[str], i: int, j: int) -> int:
        """How many words of a business or club head start the name i..j (0: none)."""
        for size in (3, 2, 1):
            if j - i <= size or any(g != " " for g in gaps[i : i + size]):
                continue
            if " ".join(words[i : i + size]).lower() in ORG_HEADS:
                rest = words[i + size : j]
                if (
                    len(rest) <= 4
                    and all(w[0].isupper() for w in rest)
                    and rest[0] not in ORG_REST_STOP
                    and not all(w in COMPASS for w in rest)
                ):
                    return size
                return 0
        return 0


def _order(ident: str) -> tuple[int, str]:
    """Where the article *ident* (``folder/name``) comes in :func:`articles`."""
    folder, name = ident.split("/", 1)
    return (FOLDERS.index(folder) if folder in FOLDERS else len(FOLDERS), name)


RECOGNISER = ROOT / "vnreader" / "analysis"


def recogniser_key(corpora: Path) -> str:
    """A hash of what the recogniser's entities of the articles depend on: every file of its
    package (``vnreader/analysis``: code and data, ``mined_names.tsv`` included), the way
    :func:`articles` makes an article's text, and the corpora's files (names and sizes). An
    entities cache (``--entities``) made under another key is never reused."""
    digest = hashlib.sha256()
    for path in sorted(RECOGNISER.rglob("*")):
        if (
            path.is_file()
            and "__pycache__" not in path.parts
            and path.suffix != ".pyc"
            and path.name != REJECTED.name  # the miner's own list: the recogniser never reads it
        ):
            digest.update(f"{path.relative_to(RECOGNISER)}\0".encode())
            digest.update(path.read_bytes())
    digest.update(inspect.getsource(articles).encode())
    for folder in FOLDERS:
        listing = (corpora / folder).is_dir() and os.scandir(corpora / folder)
        files = sorted((e.name, e.stat().st_size) for e in listing or ())
        digest.update(f"{folder}\0{files}".encode())
    return digest.hexdigest()


class EntityStore:
    """The recogniser's entities of each article, read from an earlier run's pickle (in the
    order of :func:`articles`) or, when *path* does not exist yet, found and written to it.
    The pickle opens with the *key* it was made under (:func:`recogniser_key`): one of
    another key (another recogniser, its data or the corpora changed since) or of none is
    stale, and written anew. An article the pickle lacks (of a set no longer hidden) is
    analysed; one it holds that is no longer mined (hidden since) is passed over."""

    def __init__(self, path: Path | None, key: str = "") -> None:
        self.reused = self.analysed = 0
        self.stale = False
        self._read: Iterator[tuple[str, Entities]] | None = None
        self._next: tuple[str, Entities] | None = None
        self._write: BinaryIO | None = None
        if path is not None and path.exists():
            stream = _stream(path)
            if next(stream, None) == ("key", key):
                self._read, self._next = stream, next(stream, None)
            else:
                stream.close()
                self.stale = True
        if path is not None and self._read is None:
            self._write = path.open("wb")
            pickle.dump(("key", key), self._write)

    def entities(self, ident: str, text: str) -> Entities:
        while self._read is not None and self._next is not None:
            if self._next[0] == ident:
                found = self._next[1]
                self._next = next(self._read, None)
                self.reused += 1
                return found
            if _order(self._next[0]) > _order(ident):
                break
            self._next = next(self._read, None)
        from vnreader.analysis import analyze

        found = [(e.start, e.end, e.label, e.text) for e in analyze(text).entities]
        self.analysed += 1
        if self._write is not None:
            pickle.dump((ident, found), self._write)
        return found

    def close(self) -> None:
        if self._write is not None:
            self._write.close()


def _stream(path: Path) -> Iterator[tuple[str, Entities]]:
    with path.open("rb") as f:
        while True:
            try:
                yield pickle.load(f)
            except EOFError:
                return


def votes(miner: Miner) -> dict[str, Counter[str]]:
    """Per surface, the articles that count for each label (PER, ORG, LOC), and those that
    count against some: after a place word such as "tại" (``LOC?``) and after a ship's word
    (``SHIP``)."""
    kinds: dict[str, dict[str, set[int]]] = defaultdict(dict)
    for (surface, kind), seen in miner.cued.items():
        kinds[surface][kind] = seen
    by_surface: dict[str, Counter[str]] = {}
    for surface, seen_as in kinds.items():
        labels: Counter[str] = Counter()
        org = seen_as.get("ORG", set())
        per = seen_as.get("PER", set())
        sport = seen_as.get("PER:sport", set())
        if len(org) < 2 or len(org) < TEAM_SHARE * len(org | sport | per):
            # a team's name after "cầu thủ" ("cầu thủ Lazio": a Lazio player) is no evidence
            # for a person: a team is one in a real share of its votes (TEAM_SHARE), a player
            # ("Ronaldinho") is next to a score now and then
            per = per | sport
        labels["TITLED"] = len(per)  # after a title or a role
        if len(org) < 2:
            # nor is the last word of a full name for one seen as a team twice ("Chievo Lazio"
            # of a fixture list) or as a firm ("Henry Ford", "Michael Dell")
            per = per | seen_as.get("PER:full", set())
        if (
            not seen_as.get("PER")
            and not seen_as.get("PER:sport")
            and not _name_alone(miner, surface)
        ):
            # only ever the last word of a foreign "name": keep it when it is no English word
            # ("Dow Jones Index") and stands alone elsewhere ("... của Federer")
            per = set()
        for label, seen in (("PER", per), ("ORG", org), ("LOC", seen_as.get("LOC", set()))):
            if seen:
                labels[label] = len(seen)
        # one sense an article: where a cue names it an organisation, "ở", "tại" before it
        # are at the organisation ("đồng đội cũ ở HA Gia Lai", "ông Lee tại HA Gia Lai"
        # beside "CLB HA Gia Lai"), no sign of a place
        labels["LOC?"] = len(seen_as.get("LOC?", set()) - org)
        for kind in ("LOC:head", "LOC:cut", "LOC:app"):
            labels[kind] = len(seen_as.get(kind, set()))
        labels["SHIP"] = len(seen_as.get("SHIP", set()))
        by_surface[surface] = labels
    return by_surface


def dominant(labels: Counter[str], dominance: float) -> tuple[str, int] | None:
    """The label of the most articles among *labels* (:func:`votes`) and their number, when
    it holds at least *dominance* of the articles that count: a place word ("tại Venice")
    counts half against the other labels but not against a place; a ship's word ("tàu
    Titanic") wholly against a person, once ships are a clear share (``SHIP_SHARE``) of the
    name's person and ship votes or the person is never named after a title or a role
    ("Maddox", a person, once a ship, stays one; "USS Enterprise" makes no person); an
    organisation's word half against a place (a club, a university, a firm named after its
    city: "đại học Pittsburgh", "Hamburger - Frankfurt 2-1", "hãng Saratov Airlines")."""
    named = Counter({k: labels[k] for k in ("PER", "ORG", "LOC") if labels[k]})
    if not named:
        return None
    label, count = named.most_common(1)[0]
    clear = labels["SHIP"] >= SHIP_SHARE * (labels["SHIP"] + count)
    ships = labels["SHIP"] if clear or not labels["TITLED"] else 0
    against = (ships if label == "PER" else 0) + (labels["LOC?"] / 2 if label != "LOC" else 0)
    if label == "LOC":
        against -= named["ORG"] / 2
    if count < dominance * (sum(named.values()) + against):
        return None
    return label, count


def keep(
    miner: Miner,
    min_articles: int,
    dominance: float,
    min_given: int,
    places_before: Collection[str] = (),
) -> list[tuple[str, str, int, str]]:
    """The surfaces worth shipping: (surface, label, articles, common flag); a place that
    *places_before* (the data file's place rows) lacks is a new one (:func:`new_place`)."""
    from vnreader.analysis.entity_tokens import is_acronym, is_vietnamese, tokenize
    from vnreader.analysis.gazetteer import match, phrases

    g = miner.g
    by_surface = votes(miner)
    # the first words of the places the gazetteer knows ("Ả Rập" of "Ả Rập Xê Út")
    place_starts = {
        " ".join(p.words[:k])
        for node in g.names.values()
        for p in phrases(node)
        if p.label == "LOC"
        for k in range(1, len(p.words))
    }
    rows: list[tuple[str, str, int, str]] = []
    for surface, labels in by_surface.items():
        if surface in rejected():
            continue  # a review found it wrong ("Reno" a place, "Á Đông" a person)
        decided = dominant(labels, dominance)
        if decided is None or decided[1] < min_articles:
            continue
        label, count = decided
        if (
            label == "LOC"
            and surface not in places_before
            and not new_place(miner, surface, labels)
        ):
            continue
        tokens = tokenize(surface)
        words = tokens.words
        if (
            not words
            or not all(w[0].isupper() or w.isdigit() for w in words)
            or any(g != " " for g in tokens.gaps[:-1])
            or "." in surface
            or len(words) > 4
        ):
            continue
        known = match(g.names, words, tokens.gaps, 0)
        if known is not None and len(known.words) == len(words):
            continue  # the gazetteer knows it
        if label == "PER" and len(words) > 1 and surface in place_starts:
            continue  # "Ả Rập" of "Ả Rập Xê Út" after "Quốc vương": a country
        if label == "PER" and words[0] in g.surnames:
            continue  # a surname run is a person already; a surname alone names nobody
        if len(words) > 1 and label == "PER" and not any(is_vietnamese(w) for w in words):
            continue  # two foreign words are a person already
        if label != "PER" and len(words) > 2 and _person(by_surface, words[-2:], is_vietnamese):
            continue  # "Hollywood Harvey Weinstein": a place or a body before a person
        if len(words) == 1 and words[0] in NAME_PARTS:
            continue  # "City", "News", "Times": part of a longer name
        if len(words) == 1 and words[0] in COMPASS:
            continue  # "Nam": a region as often ("miền Nam", "CĐV thành Nam") as a person
        if any(len(w) == 1 for w in words) and not any(is_vietnamese(w) for w in words):
            continue  # "T X" of "T X.Phú Mỹ", "Uber B" of "Uber B.V": a word cut apart
        if len(words) == 1 and (len(words[0]) < 3 or (label == "ORG" and is_acronym(words[0]))):
            continue  # an acronym is an organisation already
        if label != "PER" and len(miner.given.get(surface, ())) >= count:
            continue  # "Văn An", "Minh Khai": as often the end of a person's name, unsure
        common = _common(miner, words)
        if common and label != "PER":
            continue  # "Than", "Gạch": the rest of a business name, a common word alone
        if (
            len(words) == 1
            and not is_vietnamese(words[0])
            and miner.lower[words[0].lower()] > FOREIGN_LOWER * miner.capital[words[0]]
        ):
            continue  # "Marketing", "Block": an English word, after "thạc sĩ", "Trưởng phòng"
        if common and miner.opening[words[0]] > OPENING_SHARE * miner.capital[words[0]]:
            continue  # "Được hỏi …", "Đáng nói là …": a word that opens sentences
        rows.append((surface, label, count, common))
    kept = {row[0] for row in rows}
    for pair, seen in miner.given.items():
        if len(seen) < min_given or pair in kept or pair in rejected():
            continue
        labels = by_surface.get(pair, Counter())
        if (
            labels["LOC"]
            or labels["ORG"]
            or labels["LOC?"] > GIVEN_WEAK_PLACE_SHARE * len(seen)  # "tại Thái Hà"
        ):
            continue  # a place or a body ("xã Minh Khai", "Công ty Đức Tài")
        rows.append((pair, "GIVEN", len(seen), ""))
    rows.sort(key=lambda r: (r[1], -r[2], r[0]))
    return rows


def _person(
    by_surface: dict[str, Counter[str]], words: list[str], vietnamese: Callable[[str], bool]
) -> bool:
    """True for foreign *words* that the votes (*by_surface*) give to a person more than to
    anything else ("Harvey Weinstein")."""
    if any(vietnamese(w) for w in words):
        return False
    decided = dominant(by_surface.get(" ".join(words), Counter()), 0.5)
    return decided is not None and decided[0] == "PER"


def keep_all(
    miner: Miner,
    min_articles: int,
    dominance: float,
    min_given: int,
    places_before: Collection[str] = (),
) -> list[tuple[str, str, int, str]]:
    """:func:`keep` on the corpora before the names-only ones (but the names that
    ``known_orgs.tsv`` lists), and the foreign names (no Vietnamese word) that all the
    corpora together add: a corpus joined back from segmented text, of other years and
    sites, widens the foreign names without changing what the Vietnamese ones (given
    names, the "common" flag) are decided on. A foreign name of the earlier corpora that all
    the corpora together see in another sense in as many articles as the earlier ones gave
    it its label is left out, and added again only when all the corpora give it the same
    label ("Fox": "Tổng thống Fox" of Mexico in 2004-2006, Fox News in 2016-2019; "Bolton"
    the club, then the adviser). An organisation of Vietnamese syllables that all the corpora
    name a place more often is left out too: a city named by its club or firm ("Lyon", read
    as syllables, "Đại Liên")."""
    from vnreader.analysis.entity_tokens import is_vietnamese
    from vnreader.analysis.gazetteer import known_orgs

    listed = set(known_orgs())
    # a club or company of known_orgs.tsv is left to its own, more careful rule ("Brescia"
    # the club only in a sports text, never after "ở")
    rows = [
        row
        for row in keep(miner.before_boundary(), min_articles, dominance, min_given, places_before)
        if row[0] not in listed
    ]
    if miner.boundary is None:
        return rows
    every = votes(miner)
    # an overruled name is left out, and added again only under the same label: not under
    # the label of another sense ("Bolton" the club of 2000s news, the adviser of 2018-2019)
    overruled = {row[0]: row[1] for row in rows if _overruled(row, every, is_vietnamese)}
    rows = [row for row in rows if row[0] not in overruled]
    added = foreign_additions(
        rows,
        keep(miner, min_articles, dominance, min_given, places_before),
        miner.lower,
        miner.capital,
        is_vietnamese,
        listed,
    )
    return [row for row in added if overruled.get(row[0], row[1]) == row[1]]


def new_place(miner: Miner, surface: str, labels: Counter[str]) -> bool:
    """Whether a place the data file lacks, with the votes *labels* (:func:`votes`), is
    named by more than a place word before it (``NEW_PLACE_ARTICLES``). The mentions and
    parts of names are those of all the corpora."""
    head, cut = labels["LOC:head"], labels["LOC:cut"]
    words = surface.split()
    mentions = miner.mentions[surface] if len(words) == 1 else 0
    return not (
        (head < NEW_PLACE_ARTICLES and labels["LOC:app"] < APPOSITION)
        or head < labels["LOC"] / 2  # mostly listed after a place ("tỉnh X, Tel: …")
        or 3 * cut >= head  # "thành phố Deir ez-Zor"
        or 2 * miner.parts[surface] >= mentions > 0  # "Tel Aviv", "Manchester United"
        or 2 * (labels["LOC"] + labels["LOC?"]) < mentions  # "mùa Christmas", "Gangnam Style"
    )


def foreign_additions(
    rows: list[tuple[str, str, int, str]],
    more: list[tuple[str, str, int, str]],
    lower: Counter[str],
    capital: Counter[str],
    vietnamese: Callable[[str], bool],
    listed: Collection[str] = (),
) -> list[tuple[str, str, int, str]]:
    """*rows* and the PER, ORG and LOC rows of *more* whose surface *rows* lacks and has no
    *vietnamese* word, but for a one-word name that the *lower* and *capital* counts show to
    be a common word (LOWER_SHARE) and for the clubs and companies *listed* in
    ``known_orgs.tsv``, whose own rule is more careful ("Brescia" the club only in a sports
    text, never after "ở")."""
    known = {row[0] for row in rows}
    added = []
    for row in more:
        surface, label = row[0], row[1]
        words = surface.split()
        if label not in ("PER", "ORG", "LOC") or surface in known or surface in listed:
            continue
        if any(vietnamese(w) for w in words):
            continue
        if len(words) == 1 and lower[surface.lower()] > LOWER_SHARE * capital[surface]:
            continue
        added.append(row)
    return sorted([*rows, *added], key=lambda r: (r[1], -r[2], r[0]))


def _overruled(
    row: tuple[str, str, int, str],
    every: dict[str, Counter[str]],
    vietnamese: Callable[[str], bool],
) -> bool:
    """True for a *row* of no *vietnamese* word to which the votes of all the corpora
    (*every*) give another label, or a ship's word when it is a person's, in at least as
    many articles as the row's count; and for an organisation's row of *vietnamese* words
    that all the corpora name a place more often than an organisation."""
    surface, label, count = row[0], row[1], row[2]
    if label not in ("PER", "ORG", "LOC"):
        return False
    labels = every.get(surface, Counter())
    if any(vietnamese(w) for w in surface.split()):
        # a name of Vietnamese syllables is decided on the earlier corpora, but for an
        # organisation that all the corpora name a place more often: a city named by its
        # club or firm ("CLB Lyon", "Công ty Đại Liên" against "thành phố Lyon", "Đại Liên,
        # Trung Quốc"; "Lyon" reads as Vietnamese syllables)
        return label == "ORG" and labels["LOC"] > labels["ORG"]
    others = [k for k in ("PER", "ORG", "LOC") if k != label] + (["SHIP"] if label == "PER" else [])
    return any(labels[k] >= count for k in others)


def places_before(path: Path) -> frozenset[str]:
    """The place rows of the data file *path* as it is before it is written again."""
    if not path.exists():
        return frozenset()
    rows = (line.split("\t") for line in path.read_text("utf-8").splitlines())
    return frozenset(row[0] for row in rows if len(row) > 1 and row[1] == "LOC")


def _ends_sentence(gap: str) -> bool:
    """True when the text *gap* between two words ends a sentence (as the recogniser's
    ``sentence_start``): a line break or a closing mark."""
    if "\n" in gap:
        return True
    mark = gap.strip()
    return bool(mark) and mark[-1] in _SENTENCE_END


def _name_alone(miner: Miner, word: str) -> bool:
    """True for a word never written in lower case and seen alone inside sentences."""
    return miner.lower[word.lower()] == 0 and miner.capital[word] >= 2


def _common(miner: Miner, words: list[str]) -> str:
    """The flag "c" for a one-word name also used as a lower-case word more often than as a name."""
    if len(words) != 1:
        return ""
    w = words[0]
    return "c" if miner.lower[w.lower()] > miner.capital[w] else ""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpora", type=Path, default=CORPORA)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--limit", type=int, help="at most this many articles per corpus")
    parser.add_argument("--min-articles", type=int, default=3)
    parser.add_argument("--dominance", type=float, default=0.8)
    parser.add_argument("--min-given", type=int, default=3)
    parser.add_argument(
        "--cache", type=Path, help="keep the counts in this pickle and reuse them when present"
    )
    parser.add_argument(
        "--entities",
        type=Path,
        help="keep the recogniser's entities of every article in this pickle, and reuse them"
        " when present (the articles it lacks are analysed): the cues can be changed and the"
        " counts made again in minutes, without the recogniser's 20 min",
    )
    args = parser.parse_args(argv)
    missing = [f for f in FOLDERS if not (args.corpora / f).is_dir()]
    if missing:
        print(
            f"no corpora {', '.join(missing)} in {args.corpora}: run"
            " benchmarks/realnews_corpora.py (it says how to get them); skipped"
        )
        return 0
    files, clusters = test_articles()
    miner = Miner()
    started = time.process_time()
    if args.cache is not None and args.cache.exists():
        miner.load(args.cache)
    else:
        held: list[str] = []
        stored = EntityStore(args.entities, recogniser_key(args.corpora) if args.entities else "")
        if stored.stale:
            print(f"  {args.entities} was made by another recogniser or corpora: made anew")
        for ident, text in articles(args.corpora, args.limit, files, clusters, blind_keys(), held):
            if ident.split("/", 1)[0] in NAMES_ONLY:
                miner.mark()
            miner.add(text, stored.entities(ident, text))
            if miner.articles % 5000 == 0:
                print(f"  {miner.articles} articles, {time.process_time() - started:.0f} s CPU")
        stored.close()
        print(
            f"  {len(held)} more articles left out: they hold a paragraph of a blind or fresh set"
        )
        if args.entities is not None:
            print(f"  entities of {stored.reused} articles reused, {stored.analysed} analysed")
        if args.cache is not None:
            miner.save(args.cache)
    rows = keep_all(miner, args.min_articles, args.dominance, args.min_given, places_before(OUT))
    args.out.write_text(
        "# surface\tlabel\tarticles\tcommon  (made by benchmarks/mine_names.py; see README.md)\n"
        + "".join(f"{s}\t{lab}\t{c}\t{f}\n" for s, lab, c, f in rows),
        "utf-8",
    )
    per_label = Counter(r[1] for r in rows)
    print(
        f"{miner.articles} articles ({len(files)} test files and {len(clusters)} vims clusters"
        f" left out), {time.process_time() - started:.0f} s CPU"
    )
    print(f"{len(rows)} names kept: " + ", ".join(f"{k} {v}" for k, v in sorted(per_label.items())))
    print(f"written to {args.out} ({args.out.stat().st_size / 1e3:.0f} kB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
