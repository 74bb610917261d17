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
   A head with no name after it ("Chính phủ", "Đảng") is not an entity. Inside a name: a
   dash between capitals ("Lao động - Thương binh và Xã hội"), fixed comma pairs ("phòng,
   chống", "Khám, chữa bệnh"), a comma series ending in "và" ("Giáo dục, Khoa học và Văn
   hóa"), school levels ("Tiểu học, THCS và THPT"), "về <topic>", "mang tên <person>",
   "của Quốc hội", a product or event name ("Ủy ban Olympic"), a short number ("Quân khu 7")
   and the place after a known company ("Nestlé Việt Nam"). Lower-case words that are also
   verbs ("quản lý", marked "~" in ``data/org_words.txt``) never end a name. Heads marked
   "@" may end with a person's name ("Trường THPT Chu Văn An"); a unit and the larger body
   after a comma are one name ("Khoa Nhi, Bệnh viện Bạch Mai"), and so are a unit and its
   parent after a space ("Vụ Pháp chế Bộ Tư pháp", "Thường trực Ban Bí thư";
   ``entity_bodies``).
3. Gazetteer names (places, known organisations and acronyms, products) are labelled from
   the gazetteer; ambiguous ones ("Mỹ", "Anh") not inside a Vietnamese name ("Mỹ Tâm").
4. Name cues (``data/name_cues.txt``) label the run after them: "huyện Nam Đàn" (LOC),
   "bão Noru" (MISC), also capitalised at a sentence start ("Bão Yagi"); "tại Kigali" only
   when nothing else labels the run, and a foreign run after "tại" is a place, not a person.
   Event and document heads ("Diễn đàn", "Đại hội", "Nghị định", "Giải thưởng") make MISC
   names, with "lần thứ XIII" or a document number ("07/2023/NĐ-CP", "57-NQ/TW") after them.
5. Other capitalised runs: an initial ("V. Putin"), a Vietnamese surname ("Vương Đình Huệ")
   or two or more foreign words ("Gennady Bezdetko") make a person (not with an English
   common noun among them: "App Store", "Asset Management"); unknown capitals
   ("VABIOTECH") and CamelCase words ("PetroVietnam") an organisation; a name followed by
   "-19" or a single capital ("Sputnik V") a product (MISC); an acronym in parentheses takes
   the label of the name before it; a run joined to a place by a dash is a place (a route:
   "Văn Cao - Hòa Lạc"); a foreign word after "X và" or "X," takes X's label ("Tập đoàn
   Thái Bình và Viglacera"); a run ending in "Cup", "Awards" is an event. Anything else, such
   as an ordinary word capitalised at the start of a sentence, is not an entity.
6. Real news (guideline rules 34-41): abbreviated places and heads are taken whole ("TP. Đà
   Nẵng", "Q.1", "P.Bến Nghé", "UBND TP. Hải Phòng", "BV Chợ Rẫy"); a place word before a number is
   part of the place ("quận 2", "quốc lộ 1A"), and so is a date that names a street, a park or a
   body ("đường 3/2", "Bệnh viện 30 Tháng 4"; ``named_dates``); places joined by dashes after a
   road word are one road ("cao tốc Cam Lộ - La Sơn"); a language or a people is no place ("tiếng
   Nga", "người Việt"); a business name may say what the company does before its own name ("Công ty
   cổ phần Kinh doanh đá quý và trang sức Đức Tiến"); a lone foreign word quoted as a source ("Theo
   Politico,") is an organisation and one that speaks ("Millman nhận định") a person; bylines and
   credits are people (``entity_credits``) and titles of works in quotes, and English titles joined
   by lower-case function words ("The Merchant of Venice"), are MISC (``entity_titles``).
7. A second pass labels the remaining runs that repeat a person found elsewhere in the text
   ("Bezdetko" after "Gennady Bezdetko", "Huy" after "Phan Quốc Huy") or a firm introduced
   with its head ("Sông Đà" after "Công ty Sông Đà"; ``entity_firms_again``), joins a body
   and its branch ("NHNN chi nhánh Cần Thơ"; ``entity_branches``), drops the acronyms the text
   spells out as common nouns ("tai nạn giao thông (TNGT)"; ``entity_shorts``) and computes
   the keys (``entity_keys``): an acronym in parentheses and the name before it share one key.

8. A last pass labels from the words around a name (``entity_context``): a province standing
   for its club in sport news ("làm khách của Hà Tĩnh", "CĐV Thanh Hóa", "HA Gia Lai"), an
   unknown foreign place, club or company in a telling frame ("tấn công Avdeevka", "Khan
   Younis, thành phố …", "trước Genoa", "hãng Comac") and an armed service before a country
   ("Hải quân Mỹ"); the title of a work after "bài thơ", "ca khúc" … without quotes, and a
   name before a role noun ("Tấn Tài - cầu thủ") a person.

9. Names with no cue at all: a capitalised run that is exactly a name mined from unlabelled
   real news (``data/mined_names.tsv``, seen there after a title, a company word or a place
   word) gets that label ("Federer", "Getafe", "Bình Tân"; "Gia Hân", the last two syllables
   of a Vietnamese name, is a person); not after a title (the title decides), not a person
   right after "tại", and a one-word Vietnamese name only when the person speaks or acts
   ("Hải cho biết", never "Hải quân"). A run that is exactly a club or a company of the
   public-domain lists (``data/known_orgs.tsv``) is an organisation ("Brescia", "Lockheed
   Martin"): a club only in a sports text and not after "tại"/"ở". A list of people goes on
   over asides in brackets and names without a surname; Korean names are people ("Song Hye
   Kyo").

Figure spans (dates, amounts) are never part of an entity; the one exception is a name that
carries digits ("Covid-19", "Army Games-2021"), which :func:`vnreader.analysis.analyze`
resolves. The pass skips plain lower-case stretches in one step, so its cost grows with the
number of capitalised words and cues, not with the length of the text.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from vnreader.analysis.entity_ages import people_of_an_age
from vnreader.analysis.entity_announced import bodies_announced
from vnreader.analysis.entity_body_places import places_after_bodies
from vnreader.analysis.entity_branches import branches_joined
from vnreader.analysis.entity_context import (
    clubs_by_country,
    label_from_context,
    mentions_sport,
    title_start,
)
from vnreader.analysis.entity_documents import document_codes, legal_texts, letters
from vnreader.analysis.entity_english import english_bodies, possessives
from vnreader.analysis.entity_firms import firms_named_by_place
from vnreader.analysis.entity_firms_again import firms_named_again
from vnreader.analysis.entity_fixtures import fixture_sides
from vnreader.analysis.entity_given_alone import (
    given_name_doing,
    named_again_alone,
    opens_before_name,
    plain_given,
    subject_acts,
)
from vnreader.analysis.entity_keys import join_surnames, name_key, person_key, plain, translit
from vnreader.analysis.entity_lists import (
    bodies_listed,
    bodies_paired,
    language_pairs,
    people_listed,
    places_listed,
)
from vnreader.analysis.entity_long_forms import long_forms
from vnreader.analysis.entity_ministries import ministries_listed
from vnreader.analysis.entity_officers import firms_before_officers
from vnreader.analysis.entity_open_events import open_tournaments
from vnreader.analysis.entity_orgs import PLACE_NAMED_HEADS
from vnreader.analysis.entity_parties import parties_named_alone
from vnreader.analysis.entity_peoples import peoples_as_states, peoples_no_persons
from vnreader.analysis.entity_police import police_units
from vnreader.analysis.entity_products import (
    dashed_codes,
    models_after_makers,
    ships_named_again,
    vehicles_by_maker,
)
from vnreader.analysis.entity_scan import PERSON_PARTICLES, Scan
from vnreader.analysis.entity_shorts import (
    drop_common_acronyms,
    drop_model_acronyms,
    drop_thing_acronyms,
    technical_acronyms,
)
from vnreader.analysis.entity_sides import bodies_of_two_sides
from vnreader.analysis.entity_state import (
    ADMIN_WORDS,
    COMPASS,
    DIRECTIONS,
    FUNCTION_WORDS,
    PLACE_ABBREVIATIONS,
    PLACE_BEFORE,
    SENTENCE_WORDS,
    Span,
    ends_with_place,
    word_goes_on,
)
from vnreader.analysis.entity_tokens import (
    KOREAN_SURNAMES,
    LEGAL_FORMS,
    Tokens,
    is_acronym,
    is_vietnamese,
    opens_sentence,
    split_glued,
    tokenize,
)
from vnreader.analysis.entity_venues import venues_held_at
from vnreader.analysis.entity_websites import websites
from vnreader.analysis.fold import fold
from vnreader.analysis.gazetteer import ADDRESSES, both_spellings, gazetteer, match, mined_names
from vnreader.analysis.model import Entity, Figure
from vnreader.analysis.named_dates import date_names


def find_entities(text: str, figures: Sequence[Figure] = ()) -> list[Entity]:
    """Find the people, organisations, places and named things in *text* (NFC).

    Offsets are ``str`` indices into *text*; entities are sorted, never overlap each other and
    never overlap *figures*, except names with digits ("Covid-19"; see the module docstring).
    """
    tokens = tokenize(text)
    if not tokens.words:
        return []
    split_glued(text, tokens)
    blocked = _blocked(tokens, figures)
    codes = document_codes(text, tokens)
    for k in letters(tokens, codes):  # "304/VPCP": a document's code, no organisation
        blocked[k] = True
    named = _date_names(text, tokens, blocked)
    scan = Scan(text, tokens, gazetteer(), blocked)
    spans = scan.run()
    english_bodies(tokens, spans, scan.leftovers)
    possessives(tokens, spans, scan.leftovers)
    ministries_listed(tokens, spans)
    if named:  # "đường 3/2", "Bệnh viện 30 Tháng 4": whole, whatever the scan made of the head
        spans = [sp for sp in spans if not any(sp[0] < j and i < sp[1] for i, j, _, _ in named)]
        spans = sorted(spans + named)
    if codes:
        legal_texts(tokens, spans, codes)
    found = _finish(text, tokens, spans, scan.leftovers, blocked)
    if tokens.glued:
        # no name ends inside a glued word ("Hà NộiHạng ba": no "Hà Nội") nor starts after a
        # glued name ("Hà NộiBan Quản lý …"); after a lower-case word that lost its space the
        # name is whole ("củaBan Thường vụ Thành ủy Đà Nẵng", "thuộcTổng công ty …")
        ends = {tokens.starts[k] for k in tokens.glued}
        starts = {tokens.starts[k] for k in tokens.glued if tokens.words[k - 1][0].isupper()}
        found = [e for e in found if e.start not in starts and e.end not in ends]
    return found


def _date_names(text: str, tokens: Tokens, blocked: list[bool]) -> list[Span]:
    """The places and bodies named by a date (``named_dates``) as spans, their dates blocked
    for the scan."""
    if "/" not in text and "-" not in text and "háng" not in text:
        return []
    spans: list[Span] = []
    for start, end, label, key in date_names(text):
        i = bisect_right(tokens.starts, start) - 1
        j = bisect_left(tokens.starts, end)
        if i < 0 or tokens.starts[i] != start or tokens.ends[j - 1] != end:
            continue
        date = next((k for k in range(i, j) if tokens.words[k][0].isdigit()), i)
        for k in range(date, j):  # the date alone, as when it was a figure: the head and
            blocked[k] = True  # the names around it are scanned as before
        spans.append((i, j, label, key))
    return spans


def _blocked(tokens: Tokens, figures: Sequence[Figure]) -> list[bool]:
    blocked = [False] * len(tokens.words)
    if "KV" in tokens.words:
        # kilovolts in capitals after a number, a line's or a substation's class and no figure
        # ("trạm biến áp 220 KV Tao Đàn"): no name either
        words = tokens.words
        for k in range(1, len(words)):
            if words[k] == "KV" and words[k - 1].isdigit() and tokens.raw_gaps[k - 1] == " ":
                blocked[k] = True  # not "ngõ 2, KV Lê Duẩn" (khu vực, an area)
    if not figures:
        return blocked
    starts = tokens.starts
    for f in figures:
        if f.unit is None and f.category == "quantity" and f.text.isdigit() and len(f.text) <= 3:
            continue  # a bare number may end a name ("Bệnh viện Nhi đồng 1"); see analyze()
        i = max(bisect_right(starts, f.start) - 1, 0)
        while i < len(starts) and starts[i] < f.end:
            if tokens.ends[i] > f.start:
                blocked[i] = True
            i += 1
    return blocked


# a company's legal form written short after its name (``LEGAL_FORMS``: "Daewoo Pharm Co.,
# Ltd", "Transword Foods, Inc."); "Co" takes the form after it ("Co., Ltd")
_AFTER_COMMA = frozenset({"Ltd", "LTD", "Inc", "INC", "LLC", "JSC", "PLC", "Corp"})


def _legal_forms_after(tokens: Tokens, spans: list[Span]) -> None:
    """An organisation followed by its legal form, after a comma or not ("Foods, Inc.",
    "Holdings Inc.", "Co., Ltd", "Co. Ltd") takes the form in; a span the scan made of the
    form alone goes."""
    words, raw = tokens.words, tokens.raw_gaps
    n = len(words)
    taken: set[int] = set()
    for s, (i, j, label, key) in enumerate(spans):
        if label != "ORG" or j >= n:
            continue
        first = j
        if words[j] in ("Co", "Pte") and raw[j - 1] == " " and j + 1 < n:
            j += 1  # "Samsung Electronics Co., Ltd", "HEG Singapore Pte Ltd": the form not in
        if words[j] not in _AFTER_COMMA:
            continue
        gap = raw[j - 1]
        if (
            gap in (", ", ",")
            or (gap == " " and j == first)  # "Nomura Holdings Inc.": a known name, its form
            or (words[j - 1] == "Co" and gap in (".,", "., ", ". "))
            or (words[j - 1] == "Pte" and gap in (" ", ". ", "."))
        ):
            spans[s] = (i, j + 1, label, key)
            taken.update(range(first, j + 1))
    if taken:  # a span the scan made of the form alone ("Inc.", "Ltd" as a place) goes
        spans[:] = [sp for sp in spans if not (sp[0] in taken and sp[1] - 1 in taken)]


# particles a person's surname keeps before it, however the rule that found it began
# ("bin Laden", "Van der Sar", "van Gogh"; "al-" is joined by its hyphen elsewhere)
_PARTICLES_BEFORE = PERSON_PARTICLES | {"der", "den", "Van", "Von", "Der"}
_VANS = frozenset({"xe", "chiếc", "mẫu", "loại", "dòng"})  # "xe van Ford": a vehicle


def _particles_before(tokens: Tokens, spans: list[Span]) -> None:
    """A person named by the surname after particles takes the particles in ("bin Laden",
    "Van der Sar"), when no other span holds them."""
    words, gaps = tokens.words, tokens.gaps
    taken_ends = {s[1] for s in spans}
    for n, (i, j, label, key) in enumerate(spans):
        start = i
        while (
            label == "PER"
            and start > 0
            and words[start - 1] in _PARTICLES_BEFORE
            and gaps[start - 1] == " "
            and start not in taken_ends
            # a lower-case "van" after a lower-case word is a vehicle ("xe van Ford")
            and not (words[start - 1] == "van" and start > 1 and words[start - 2].lower() in _VANS)
        ):
            start -= 1
        if start < i and words[start] not in ("der", "den", "Der"):
            spans[n] = (start, j, label, key)


def _dot_goes_on(text: str, end: int) -> bool:
    """True when a dot at *end* shortens a word inside a sentence: what follows it is a
    lower-case word, a number, a comma, a dash or a bracket, not a new sentence."""
    if text[end : end + 1] != ".":
        return False
    rest = text[end + 1 : end + 4].lstrip()
    return bool(rest) and (rest[0].islower() or rest[0].isdigit() or rest[0] in ",;-–()")


def _finish(
    text: str,
    tokens: Tokens,
    spans: list[Span],
    leftovers: list[tuple[int, int]],
    blocked: Sequence[bool] = (),
) -> list[Entity]:
    words = tokens.words
    # people named again by part of their name: "Bezdetko", "Putin"; and, since a person's
    # last word (foreign surname or Vietnamese given name) and a whole name are both looked
    # up in ``known``, "ông Sơn" after "Bùi Thanh Sơn"
    known: dict[str, str] = {}
    # the given names of Vietnamese people, as written; "" for one two people of the text
    # share ("Hùng" after "Nguyễn Văn Hùng" and "Trần Mạnh Hùng" names neither)
    given: dict[str, str] = {}
    # people named in two words ("Nguyễn Khải"): given name and key
    two_words: list[tuple[str, str]] = []
    # people named again in two words or more, as written: the whole name ("Củng Lợi") or its
    # last words ("De Bruyne" after "Kevin De Bruyne", "Kim Ngân" after "Nguyễn Thị Kim Ngân")
    named_again: dict[str, tuple[str, bool]] = {}  # -> key, and whether the name is whole
    # people's last words as written, and their keys ("My" of "Huyền My")
    last_words: dict[str, str] = {}
    surnames = gazetteer().surnames
    for i, j, label, _ in spans:
        if label == "PER":
            name = text[tokens.starts[i] : tokens.ends[j - 1]]
            key = person_key(name)
            for k in range(i, j - 1):
                part = text[tokens.starts[k] : tokens.ends[j - 1]]
                named_again.setdefault(part, (key, k == i))
                if words[k] in _PARTICLES_BEFORE:  # "Van der Sar" after "Edwin van der Sar"
                    named_again.setdefault(part[:1].upper() + part[1:], (key, False))
            known.setdefault(translit(words[j - 1]), key)
            last_words.setdefault(words[j - 1], key)  # as written: "Hùng" is not "Hưng"
            if is_vietnamese(words[j - 1]):  # "Phương" of "Minh Phương", "May" of "Theresa May"
                known.setdefault(plain(words[j - 1]), key)
            known.setdefault(plain(name), key)
            if words[i] in surnames and j - i >= 3:
                given[words[j - 1]] = key if given.get(words[j - 1], key) == key else ""
            elif words[i] in surnames and j - i == 2:
                two_words.append((words[j - 1], key))
    # a foreign person's given name names them alone too: "Leonardo" after "Leonardo
    # DiCaprio", "Natalie" after "Natalie Portman" (which person of the text it names, and
    # so its key, ``join_surnames`` decides)
    foreign_given = gazetteer().foreign_given
    firsts = {
        words[i]
        for i, j, label, _ in spans
        if label == "PER" and j - i > 1 and words[i] in foreign_given
    }
    # a person named in two words shares the given name too ("Nguyễn Khải" and "Trần Văn
    # Khải"): it joins neither, though a two-word name alone gives no given name (too many
    # are places or the start of a longer name)
    for name, key in two_words:
        if given.get(name) and given[name] != key:
            given[name] = ""
    # a person named by one Vietnamese word after a word of address ("chị Hoàn", "anh Hùng")
    # is named so again without it: "nhưng Hoàn khó chịu", "giặt quần áo cho Hùng" (the
    # word's key, for the word alone only: the given names above decide the people's keys)
    alone: dict[str, str] = {}
    for i, j, label, key in spans:
        if (
            label == "PER"
            and j - i == 1
            and i > 0
            and tokens.gaps[i - 1] == " "
            and words[i - 1].lower() in _ONE_WORD_ADDRESSES
            and is_vietnamese(words[i])
            and len(words[i]) > 1
            and words[i].lower() not in _NOT_GIVEN_NAMES
            and not (i > 1 and words[i - 2].lower() == "đàn")  # "đàn bà Tày": a woman's people
            and not (j < len(words) and tokens.gaps[j - 1] == " " and words[j] in _PARTICLES)
        ):
            alone.setdefault(words[i], key or person_key(words[i]))
    # a one-word foreign name labelled once is labelled again: "tại Coteccons" after
    # "công ty Coteccons"
    common = gazetteer().non_entities  # "TP", "UBND": named once, they name nothing alone
    named = {
        words[i]: (label, key)
        for i, j, label, key in spans
        if j - i == 1 and label != "PER" and not is_vietnamese(words[i]) and words[i] not in common
    }
    # the name of a company written with its head ("Công ty Coteccons") names it alone too:
    # "tại Coteccons" is the company, not a place
    names = gazetteer().names
    for i, j, label, _ in spans:
        last = words[j - 1]
        if label == "ORG" and j - i > 1 and not is_vietnamese(last) and last not in common:
            place = match(names, words, tokens.gaps, j - 1) if last in names else None
            if (
                (place is not None and place.label == "LOC")
                or " ".join(words[i : j - 1]).lower() in PLACE_NAMED_HEADS
                or mined_names().labels.get(last) == "LOC"
            ):
                # "Tổng giáo phận Baltimore", "Bệnh viện St. Vincent Indianapolis": named by
                # its city, still a place alone
                continue
            named[last] = ("ORG", "")  # not "… Môi trường nước TP": "TP" alone is no name
    for n, (i, j, label, key) in enumerate(spans):
        if j - i == 1 and label == "LOC" and not key and named.get(words[i], ("",))[0] == "ORG":
            spans[n] = (i, j, "ORG", "")
    lower_pairs: set[tuple[str, str]] = set()  # filled at the first given name alone
    # a given name alone found where a person does something names that person wherever
    # the text writes it alone: "Thảo hãy chọn …" before "nếu Thảo đã hết yêu"
    doing_at: dict[int, bool] = {}  # leftovers asked whether a person does something there
    doing = _given_names_doing(tokens, spans, leftovers, given, alone, lower_pairs, doing_at)
    # the first words of longer names ("Kim" of "Kim Jong-un"): named alone, which person
    name_starts = {words[i] for i, j, label, _ in spans if label == "PER" and j - i > 1}
    for i, j in leftovers:
        opened = j - i == 2 and opens_before_name(tokens, i)
        if opened:
            i += 1  # "Hiện Ngoan đang …": the sentence's first word, then the name
        if j - i != 1 or not words[i].isalpha():
            continue
        again = named.get(words[i])
        if opened and translit(words[i]) in known:
            again = None  # "Rồi Melinda xuất hiện": the person the text names, first
        if again is not None:
            spans.append((i, j, again[0], again[1]))
            continue
        if is_vietnamese(words[i]):
            # "Nhờ có Huy" after "Phan Quốc Huy": the given name alone, unless it starts a
            # word written on ("Thành phố")
            found = given.get(words[i], alone.get(words[i]))
            again_doing = found is None and words[i] in doing and named_again_alone(tokens, i)
            if again_doing:
                found = ""
            if found is not None and (
                _starts_word(tokens, i)
                or (words[i] in SENTENCE_WORDS and opens_sentence(tokens, i))
            ):
                found = None  # "Các đối tượng …" after "Phạm Văn Các": a sentence's first word
            elif (
                found is not None
                and i > 0
                and tokens.gaps[i - 1] == " "
                and words[i - 1][:1].isupper()
                and not opens_sentence(tokens, i - 1)
            ):
                found = None  # the end of a longer name: "Nguyễn Thị Để" after "bà Để"
            elif found is not None and _no_name_alone(tokens, i, lower_pairs):
                found = None  # "Nguyên nhân", "tháng Ba", "miền Bắc, Trung, Nam": no person
            elif again_doing:
                # as written ("Hùng" is not "Hưng"); before a quote, keyed at the end with its
                # nickname ('Trang "chấm"')
                quoted = i + 1 < len(words) and tokens.raw_gaps[i] in _OPEN_QUOTES
                if quoted:
                    found = ""
                elif words[i] in name_starts:
                    found = person_key(words[i])  # "Kim": of "Andrew Kim" or "Kim Jong-un"
                else:
                    found = last_words.get(words[i]) or person_key(words[i])
            elif found == "":
                found = person_key(words[i])  # a person, but which of two
            elif found is None and doing_at.get(i, False):
                # "Trước đây, Phượng từng bị bắt": no fuller name, or one that ends with it
                # and gives no given name ("Huyền My")
                found = last_words.get(words[i]) or person_key(words[i])
        else:
            found = known.get(translit(words[i]))
            if (
                found is None
                and words[i] in firsts
                and (i == 0 or words[i - 1].lower() != "giải")  # "giải Oscar": the prize
            ):
                found = person_key(words[i])
        if found is not None:
            if i > 0 and words[i - 1] in ("al", "el") and tokens.raw_gaps[i - 1] == "-":
                i -= 1  # "al-Assad"
            spans.append((i, j, "PER", found))
    people_of_an_age(text, tokens, spans, leftovers)
    _districts_named_as_people(text, tokens, spans, known)
    _governors_named_after_their_state_word(tokens, spans, known)
    label_from_context(text, tokens, spans, leftovers, gazetteer().club_places)
    clubs_by_country(tokens, spans)
    firms_named_by_place(tokens, spans, leftovers)
    firms_named_again(tokens, spans, leftovers, gazetteer())
    parties_named_alone(tokens, spans, leftovers)
    places_listed(text, tokens, spans, leftovers)
    peoples_as_states(tokens, spans, leftovers)
    language_pairs(tokens, spans)
    sport_found: list[bool] = []  # searched for once, and only when a rule asks

    def sport() -> bool:
        if not sport_found:
            sport_found.append(mentions_sport(text, tokens.vocabulary, tokens.joined))
        return sport_found[0]

    people_listed(tokens, spans, leftovers, sport)
    bodies_listed(tokens, spans, leftovers, sport)
    bodies_announced(tokens, spans, sport)
    bodies_paired(tokens, spans)
    fixture_sides(tokens, spans, sport)
    branches_joined(tokens, spans)
    police_units(tokens, spans)
    bodies_of_two_sides(tokens, spans, gazetteer())
    drop_common_acronyms(text, tokens, spans, gazetteer())
    drop_model_acronyms(tokens, spans, gazetteer())
    drop_thing_acronyms(tokens, spans, gazetteer())
    technical_acronyms(tokens, spans, gazetteer())
    vehicles_by_maker(tokens, spans)
    models_after_makers(tokens, spans)
    dashed_codes(text, tokens, spans, blocked or [False] * len(words))
    open_tournaments(text, tokens, spans)
    ships_named_again(tokens, spans, leftovers)
    long_forms(tokens, spans, gazetteer())
    places_after_bodies(tokens, spans)
    venues_held_at(tokens, spans)
    _places_with_a_compass_point(tokens, spans)
    _hydropower_plants(tokens, spans, leftovers)
    spans = [
        s
        for s in spans
        if not _compass_point(tokens, s)
        and not _ends_inside_a_word(tokens, s)
        and (
            s[2] != "ORG"
            or not (
                _bare_body(text, tokens, s)
                or _unnamed_place_body(tokens, s)
                or _kind_of_bodies(tokens, s)
            )
        )
    ]
    _legal_forms_after(tokens, spans)
    _gold_brands(tokens, spans)
    websites(text, tokens, spans)
    _particles_before(tokens, spans)
    if named_again:
        _people_named_again(text, tokens, spans, leftovers, named_again)
    peoples_no_persons(tokens, spans)
    firms_before_officers(tokens, spans, gazetteer())
    nicknamed = _nicknames(tokens, spans, leftovers)
    surnamed = _surnames_after_nicknames(tokens, spans, nicknamed)
    spans.sort()
    entities: list[Entity] = []
    acronym_keys = _acronym_keys(text, tokens, spans)
    org_keys = gazetteer().org_keys
    for i, j, label, key in spans:
        if label == "PER" and _spaced_korean_given(tokens, i, j):
            j += 1  # "Kim Jong - un" (a corpus spacing its hyphens): the name's last syllable
        start, end = tokens.starts[i], tokens.ends[j - 1]
        if text[end : end + 1] == "." and (
            (label == "PER" and _abbreviated(words[j - 1]))
            or (
                j - i > 1
                and len(words[j - 1]) == 1
                and words[j - 1].isalpha()
                and tokens.gaps[j - 2] == "."
                and (label == "PER" or _dot_goes_on(text, end))
            )
        ):
            end += 1  # "Trần Th.", "chị H.", "Washington D.C. sáng nay": the dot is the name's
            # ("Q.1." and "cho M.U. Tuy nhiên" at a sentence's end are "Q.1" and "M.U": a
            # body's or a place's last dot there ends the sentence; a person's initials keep it)
        elif label == "ORG" and words[j - 1] in LEGAL_FORMS and _dot_goes_on(text, end):
            end += 1  # "Apple Inc. cho biết": the abbreviation's dot, inside a sentence
        if label == "PER" and i in surnamed:
            end = tokens.ends[surnamed[i]]  # 'Lewis "Scooter" Libby': the surname after it
        elif label == "PER" and i in nicknamed:
            end = tokens.ends[nicknamed[i]] + 1  # 'Oanh "Sự"': the nickname and its quote
        span_text = text[start:end]
        if not key:
            if label == "PER":
                # "mẹ của Lộc cho biết" after "Hà Duy Lộc": the given name alone is the
                # person named in full, whichever rule found it
                if j - i == 1 and span_text in given:
                    key = given[span_text] or person_key(span_text)
                else:
                    key = known.get(plain(span_text), "") or person_key(span_text)
            else:
                unescaped = span_text.replace("&amp;", "&") if "&amp;" in span_text else span_text
                key = acronym_keys.get((i, j)) or name_key(label, unescaped)
                if label == "ORG":
                    key = org_keys.get(plain(unescaped), key)
                elif label == "LOC" and words[i] in PLACE_ABBREVIATIONS:
                    key = _abbreviated_place_key(text, tokens, i, j) or key
        entities.append(Entity(start, end, span_text, label, key))
    return _join_surnames(text, entities)


def _spaced_korean_given(tokens: Tokens, i: int, j: int) -> bool:
    """True when the person i..j is a Korean surname and the first syllable of a given name
    whose second syllable follows after a spaced hyphen, in lower case ("Kim Jong - un",
    "Moon Jae - in": some corpora space every hyphen)."""
    words = tokens.words
    if j - i != 2 or j >= len(words) or words[i] not in KOREAN_SURNAMES:
        return False
    last = words[j]
    return (
        tokens.raw_gaps[j - 1] == " - "
        and 2 <= len(last) <= 4
        and last.isascii()
        and last.isalpha()
        and last.islower()
        and (j + 1 >= len(words) or tokens.raw_gaps[j] != " - ")
    )


# words after which a head starts a phrase ("của khoa", "tại hồ", "các đội")
_PHRASE_STARTS = frozenset(
    {"của", "ở", "tại", "và", "các", "những", "với", "trong", "từ", "cho", "thuộc", "về"}
)


def _people_named_again(
    text: str,
    tokens: Tokens,
    spans: list[Span],
    leftovers: list[tuple[int, int]],
    named_again: dict[str, tuple[str, bool]],
) -> None:
    """A run of two words or more left unlabelled that is written as a person of the text is
    named, whole or by the last words of the name ("… với Củng Lợi đều" after "Diễn viên
    Củng Lợi", "của De Bruyne" after "Kevin De Bruyne"): that person (in place). Asked after
    every other pass, so that a frame ("bộ phim Tây Du Ký") or a firm's name wins; not after
    a head or a place word ("hồ Đông Tiển", "hãng phim Phước Sang": the name is no person's
    there), nor the last words of a name after another capitalised word ("Seong Back Park"
    named again is not "Back Park")."""
    starts, ends, words, gaps = tokens.starts, tokens.ends, tokens.words, tokens.gaps
    found = [
        (i, j, again)
        for i, j in leftovers
        if j - i > 1 and (again := named_again.get(text[starts[i] : ends[j - 1]])) is not None
    ]
    for i, j, (key, whole) in found:
        if any(a < j and i < b for a, b, _, _ in spans):
            continue  # taken by a later pass
        if not whole and i > 0 and gaps[i - 1] == " " and _foreign_before(words[i - 1]):
            continue  # "Seong Back Park": no "Back Park" cut from a longer foreign name
        if _head_before(tokens, i):
            continue
        spans.append((i, j, "PER", key))


def _foreign_before(word: str) -> bool:
    """True for a capitalised foreign word ("Seong"), not a sentence's first word ("Theo",
    "Khi") nor a Vietnamese one with its marks ("Ông", "Viên")."""
    return (
        word[0].isupper()
        and word not in SENTENCE_WORDS
        and word not in FUNCTION_WORDS
        and fold(word) == word.lower()  # no Vietnamese mark
    )


def _head_before(tokens: Tokens, i: int) -> bool:
    """True when the lower-case words right before token i are a head or a name cue of the
    gazetteer, not a title, standing at the start of a phrase ("của khoa …", "tại hồ …", ",
    bộ …"): what they name is no person. A cue that may end a longer word ("cán bộ", "phiên
    bản", "yêu cầu") does not count."""
    words, gaps = tokens.words, tokens.gaps
    if i == 0 or not words[i - 1].islower() or gaps[i - 1] != " ":
        return False
    cues = gazetteer().cues
    for m in range(max(0, i - 3), i):
        window = [w.lower() for w in words[m:i]]
        cue = match(cues, window, gaps[m:i], 0)
        if cue is not None and len(cue.words) == i - m and cue.label != "TITLE":
            return m == 0 or gaps[m - 1] != " " or words[m - 1] in _PHRASE_STARTS
    return False


# the units numbered in a city, written short ("Q.1", "P.12") and out ("quận 1", "phường 12");
# a number of three digits is a room's ("P.302")
_NUMBERED_UNITS = {"Q": "quan", "P": "phuong"}


def _abbreviated_place_key(text: str, tokens: Tokens, i: int, j: int) -> str:
    """The key of a place written after an abbreviated head ("TP Hà Nội", "TP. Nha Trang",
    "Q. Bình Thạnh"): the key of the name after it, so that it groups with the name alone
    ("Hà Nội", "thành phố Nha Trang"); a numbered district or ward keys as written out ("Q.1"
    as "quận 1", "P.12" as "phường 12"); "" when no name follows ("TP.", "TT. 5")."""
    rest = i + 1
    number = tokens.words[rest] if rest < j else ""
    if number.isdigit() and len(number) <= 2 and tokens.words[i] in _NUMBERED_UNITS:
        # "Q.1", "Q. 3", "P.12": the district or ward written out, as "quận 1"
        return f"LOC:{_NUMBERED_UNITS[tokens.words[i]]} {number}"
    if rest >= j or not tokens.words[rest][0].isupper():
        return ""
    known = match(gazetteer().names, tokens.words, tokens.gaps, rest)
    if known is not None and known.label == "LOC" and len(known.words) == j - rest:
        return known.key
    return name_key("LOC", text[tokens.starts[rest] : tokens.ends[j - 1]])


# words before a surname alone that make it a dynasty's or a family's, no one person's
# ("triều Nguyễn", "nhà Lê", "gia đình họ Phùng"; "vua Đinh" is the one king, "các vua Trần"
# the dynasty's)
_NO_ONE_BEFORE = frozenset({"triều", "nhà", "thời", "đời", "tộc", "đình", "dòng"})
# words that make the kings after them many: the kings of a dynasty ("các vua Trần")
_MANY_BEFORE = frozenset({"các", "vị", "những", "đời"})
_LAST_WORDS = re.compile(r"(?:(\w+)\W+)?(\w+)\W*$")


def _join_surnames(text: str, entities: list[Entity]) -> list[Entity]:
    """Foreign people's keys: a surname alone joins the one full name of the text it fits,
    never one of several (see :func:`vnreader.analysis.entity_keys.join_surnames`). A word
    alone stands for the longer name it leads only where one person is meant: not after a
    dynasty's or a family's word, nor cut from a longer name ("ông Nguyễn Hồ Sơn" read as
    "Nguyễn")."""
    people = [n for n, e in enumerate(entities) if e.label == "PER"]
    keys = join_surnames(
        [(entities[n].text, entities[n].key) for n in people],
        gazetteer().surnames,
        lambda i: _one_person(text, entities[people[i]]),
    )
    for n, key in zip(people, keys, strict=True):
        e = entities[n]
        if key != e.key:
            entities[n] = Entity(e.start, e.end, e.text, e.label, key)
    return entities


def _one_person(text: str, e: Entity) -> bool:
    """True unless the words around the one-word name *e* make it no one person's."""
    if " " in e.text:
        return True
    before = _LAST_WORDS.search(text, max(0, e.start - 20), e.start)
    if before is not None:
        last = before.group(2).lower()
        first = (before.group(1) or "").lower()
        if (
            last in _NO_ONE_BEFORE
            or (last == "họ" and first in _NO_ONE_BEFORE)
            or (last == "vua" and first in _MANY_BEFORE)
        ):
            return False  # "triều Nguyễn", "gia đình họ Phùng", "các vua Trần"
    after = text[e.end : e.end + 2]
    return not (after[:1] == " " and after[1:].isupper())


# A board named only by its task is a bare head, not a name (GUIDELINE 11, 73c): "Ban Chỉ
# đạo", "Ban Chuyên án", "Ban Tổ chức" alone, where "Ban Chỉ đạo Quốc gia về …" is a name;
# so is a standing committee that does not say whose it is ("Ban Thường vụ", rule 83).
_BARE_BOARDS = frozenset(
    {
        "ban chi dao",
        "ban chuyen an",
        "ban to chuc",
        "ban quan ly",
        "ban dieu hanh",
        "ban giam doc",
        "ban giam khao",
        "ban giam hieu",
        "ban bien tap",
        "ban thu ky",
        "ban thuong vu",
    }
)


# words after which a compass point is a direction, not the region of that name: "hướng
# Đông Bắc", "gió mùa Tây Nam", "phía Tây Bắc" (guideline rule 83: "hướng Bắc - Nam")
_DIRECTION_WORDS = frozenset({"hướng", "gió", "mùa", "phía"})
_COMPASS = COMPASS | {w.lower() for w in COMPASS}


# the parts of a place that a compass point or a word of height names within its name
_PLACE_PARTS = DIRECTIONS | {"Thượng", "Hạ"}


def _places_with_a_compass_point(tokens: Tokens, spans: list[Span]) -> None:
    """Join, in place, a place and the compass point after it that ends the name ("xã Vĩnh
    Phú Đông", "đường Trường Sơn Đông", "tập thể Thanh Xuân Bắc", "đảo Trường Sa Đông",
    "xã Xuân Thới Thượng"): one place (the place alone is another place of that name). Not
    when the word starts another name ("Sông Đà Nam Định", "Hà Nội Hạ Long"), nor after a
    place that ends with a compass point already ("miền Bắc Trung bộ")."""
    words, gaps, n = tokens.words, tokens.gaps, len(tokens.words)
    at = {s[0]: m for m, s in enumerate(spans)}
    joined: list[int] = []
    for m, (i, j, label, _) in enumerate(spans):
        if (
            label != "LOC"
            or j >= n
            or words[j] not in _PLACE_PARTS
            or gaps[j - 1] != " "
            or words[j - 1] in DIRECTIONS
            or (j + 1 < n and gaps[j] == " " and words[j + 1][0].isupper())
        ):
            continue
        if words[j] == "Trung" and j + 1 < n and gaps[j] == " ":
            continue  # "Trung tâm", "Trung ương" (but "ấp Thái Bình Trung)")
        after = at.get(j)
        if after is not None and (spans[after][1] != j + 1 or spans[after][2] == "ORG"):
            continue  # the word starts a longer name, or a body's
        spans[m] = (i, j + 1, "LOC", "")
        if after is not None:
            joined.append(after)
    for m in sorted(joined, reverse=True):
        del spans[m]


def _compass_point(tokens: Tokens, span: Span) -> bool:
    """True for a place that is one or two compass points after a word of direction."""
    i, j, label, _ = span
    words = tokens.words
    return (
        label == "LOC"
        and j - i <= 2
        and i > 0
        and tokens.gaps[i - 1] == " "
        and words[i - 1].lower() in _DIRECTION_WORDS
        and all(w in _COMPASS for w in words[i:j])
    )


def _bare_body(text: str, tokens: Tokens, span: Span) -> bool:
    """True for an organisation that is only a bare head: a board named by its task, or
    common acronyms side by side ("BHXH TP", "UBND TP": which city is not said)."""
    i, j, label, _ = span
    if label != "ORG":
        return False
    words = tokens.words[i:j]
    if len(words) == 2 and all(w in gazetteer().non_entities for w in words):
        return text[tokens.ends[j - 1] : tokens.ends[j - 1] + 1] != "."  # not "TP. Huế"
    return words[0] == "Ban" and plain(text[tokens.starts[i] : tokens.ends[j - 1]]) in _BARE_BOARDS


# kinds of gold between "vàng" and its brand ("vàng miếng SJC", "vàng nhẫn PNJ")
_GOLD_KINDS = frozenset({"miếng", "nhẫn", "thỏi", "trang sức"})
# ... where "vàng" is yellow or golden, not gold: "áo vàng SLNA", "thẻ vàng", "sao vàng"
_YELLOW_THINGS = frozenset({"áo", "màu", "thẻ", "cờ", "sao", "chương", "bóng", "lá", "da"})


def _gold_brands(tokens: Tokens, spans: list[Span]) -> None:
    """A one-word organisation right after "vàng" is the brand standing for its gold, a
    product: "giá vàng SJC", "vàng miếng SJC", "vàng AAA" → MISC (guideline rule 35; the
    list of rules' "giá vàng SJC")."""
    words, gaps = tokens.words, tokens.gaps
    for n, (i, j, label, _) in enumerate(spans):
        if label != "ORG" or j - i != 1 or i == 0 or gaps[i - 1] != " ":
            continue
        k = i - 1
        if words[k] in _GOLD_KINDS and k > 0 and gaps[k - 1] == " ":
            k -= 1
        if words[k].lower() == "vàng" and not (
            k > 0 and gaps[k - 1] == " " and words[k - 1].lower() in _YELLOW_THINGS
        ):
            spans[n] = (i, j, "MISC", "")


# heads of bodies that every province or district has one of: after "các"/"những" their
# field names a kind of body, no one body ("các Sở GD-ĐT", "các Phòng Giáo dục")
_LOCAL_KINDS = frozenset({"Sở", "Phòng", "Ban", "Trung tâm", "Hội", "Chi cục", "Trạm", "Đội"})


def _kind_of_bodies(tokens: Tokens, span: Span) -> bool:
    """True for an organisation after "các" or "những" that names a kind of body: a local
    body's head and its field ("các Sở Y tế", "các Ban Quản lý di tích": bare heads, rule
    11), or an acronym alone ("các PMU", "các HTX"). A ministry's list keeps its names
    ("các Bộ Công an, Quốc phòng"), and so do a body named by more than its kind ("các CLB
    Barcelona"), one named with its place ("các Sở Thương mại Hà Nội, …") and a known one
    ("các HAGL và SLNA")."""
    i, j, _, _ = span
    words = tokens.words
    if i == 0 or tokens.gaps[i - 1] != " " or words[i - 1].lower() not in ("các", "những"):
        return False
    if j - i == 1:
        # not a body the gazetteer knows ("các HAGL và SLNA": two clubs)
        return is_acronym(words[i]) and words[i] not in gazetteer().names
    head = words[i] if words[i] in _LOCAL_KINDS else f"{words[i]} {words[i + 1]}"
    # a body whose name ends with its place is one body of a list ("các Sở Thương mại Hà
    # Nội, TP HCM và Đà Nẵng", "các Hội Nhà văn Việt Nam và …")
    return head in _LOCAL_KINDS and tokens.gaps[i] == " " and not ends_with_place(tokens, i, j)


# the levels of Vietnam's administration written in two words; the others are one word
# (``ADMIN_WORDS``)
_TWO_WORD_LEVELS = {"thị": ("trấn", "xã"), "thành": ("phố",)}
# words after a level that make another word of it: "xã luận", "xã hội", "tỉnh táo", "tỉnh lộ"
_LEVEL_COMPOUNDS = frozenset(
    {"luận", "hội", "giao", "viên", "tắc", "táo", "ngộ", "giấc", "lỵ", "lộ", "bơ", "thành"}
    | {"chèo", "chúa", "đoàn", "ủy", "uỷ"}
)


# the lower-case words before a hydropower plant's or its reservoir's name ("thủy điện Trị An")
_HYDROPOWER = (("thủy", "điện"), ("thuỷ", "điện"))
# words before "thủy điện" that make it a firm's trade, not a plant ("công ty thủy điện X")
_HYDRO_FIRMS = frozenset({"ty", "cty", "đoàn", "doanh"})


def _hydropower_plants(tokens: Tokens, spans: list[Span], leftovers: list[tuple[int, int]]) -> None:
    """Label LOC, in place, the name nothing labelled after a lower-case "thủy điện" (a plant
    or its reservoir, rule 15: "hồ thủy điện Trị An", "thủy điện Đak Mi 4"), with its number;
    not a firm's trade ("công ty thủy điện Hoàng Anh"), and an acronym after the name is no
    part of it ("thủy điện Đắk Kar TTO"). A pass over what the scan left, not a cue: a cue
    starting with "thủy" would change how the given name "Thủy" is read."""
    words, gaps = tokens.words, tokens.gaps
    n = len(words)
    for i, j in leftovers:
        if (
            i < 2
            or (words[i - 2], words[i - 1]) not in _HYDROPOWER
            or gaps[i - 2] != " "
            or gaps[i - 1] != " "
            or (i >= 3 and words[i - 3].lower() in _HYDRO_FIRMS)
            or is_acronym(words[i])
        ):
            continue
        end = i + 1
        while end < j and not is_acronym(words[end]):
            end += 1
        if (
            end < n
            and gaps[end - 1] == " "
            and (words[end].isdigit() or _UNIT_NUMBER.fullmatch(words[end]))
        ):
            end += 1  # "Đak Mi 4", "Sê San 3A"
        spans.append((i, end, "LOC", ""))
    for k, (i, j, label, _key) in enumerate(spans):
        if label == "PER" and i >= 2 and (words[i - 2], words[i - 1]) in _HYDROPOWER:
            spans[k] = (i, j, "LOC", "")  # "nhà máy thủy điện Hoover Dam": no person


_UNIT_NUMBER = re.compile(r"\d{1,2}[A-Z]?")


# bodies named by their kind alone, whose place is all that names them ("Công an TP")
_BARE_LEVEL_BODIES = both_spellings(
    {"công an", "ubnd", "hđnd", "tand", "vksnd", "đảng bộ", "thành ủy", "csgt", "thanh tra"}
    | {"ban thường vụ thành ủy", "thường trực ubnd", "thường trực hđnd", "ủy ban mttq"}
    | {"ubmttq", "ubmttqvn", "bộ chỉ huy quân sự", "ban cán sự đảng ubnd", "ban cán sự ubnd"}
    | {"cđ", "cơ quan an ninh điều tra công an"}
)


def _unnamed_place_body(tokens: Tokens, span: Span) -> bool:
    """True for an organisation followed by a lower-case level of the administration that
    no name follows: "Trung tâm Y tế huyện", "Lực lượng Công an huyện" name the body of a
    place the article does not say here, like "UBND thành phố" (a bare head, rule 11). Not
    when the level starts another word ("Báo Thanh Niên xã luận") or the name ends with its
    place ("Đảng Cộng sản Trung Quốc tỉnh táo")."""
    i, j, label, _ = span
    words, gaps = tokens.words, tokens.gaps
    n = len(words)
    if label == "ORG" and j - i > 1 and words[j - 1] == "TP" and gaps[j - 2] == " ":
        # "Công an TP cho biết", "Ban Thường vụ Thành ủy TP": a body named only by its kind
        # and the city, written short, that no name follows (rule 11); "Sở Xây dựng TP" has
        # a name of its own
        named = j < n and tokens.raw_gaps[j - 1].strip() in ("", ".") and words[j][:1].isupper()
        kind = " ".join(words[i : j - 1]).lower()
        return not named and kind in _BARE_LEVEL_BODIES
    if label != "ORG" or j >= n or gaps[j - 1] != " " or words[j] not in ADMIN_WORDS:
        return False
    k = j + 1
    second = _TWO_WORD_LEVELS.get(words[j])
    if second is not None:  # "thị xã", "thành phố"
        if k >= n or gaps[j] != " " or words[k] not in second:
            return False
        k += 1
    if k < n and gaps[k - 1] == " ":
        after = words[k]
        if after[0].isupper() or after[0].isdigit():
            return False  # "Công an huyện Diễn Châu", "Trạm Y tế phường 12": the place is named
        if second is None and after in _LEVEL_COMPOUNDS:
            return False
    if ends_with_place(tokens, i + 1, j):
        return False
    return plain(" ".join(words[i:j])) not in gazetteer().org_keys


_OPEN_QUOTES = (' "', " “")
_CLOSE_QUOTES = ('"', "”")


def _nickname(tokens: Tokens, j: int) -> int:
    """The number of tokens of a nickname in quotes right after the name that ends before
    token j (0 when none): one capitalised word ('Oanh "Sự"', 'Vinh “Say”'), or one to three
    lower-case words after a given name written alone (see :func:`_lower_nickname`)."""
    words, raw = tokens.words, tokens.raw_gaps
    if j >= len(words) or raw[j - 1] not in _OPEN_QUOTES or not words[j].isalpha():
        return 0
    if words[j][:1].isupper() and words[j][1:].islower() and raw[j][:1] in _CLOSE_QUOTES:
        return 1
    return _lower_nickname(tokens, j)


_NICKNAME_WORDS = 3  # "Thắng “tài dậu”", "Sơn “bịch mủ”": a nickname is short


def _lower_nickname(tokens: Tokens, j: int) -> int:
    """The length of a nickname of lower-case words in quotes that starts at token j, after a
    one-word Vietnamese given name that mined real news holds as a person and no form of
    address comes before ('Mạnh “bệu”', 'Thắng “tài dậu”', not 'ông Sơn “mất tích”', a
    word in scare quotes); 0 when none."""
    words, raw = tokens.words, tokens.raw_gaps
    name = words[j - 1]
    if (
        not is_vietnamese(name)
        or mined_names().labels.get(name) != "PER"
        or (j > 1 and tokens.gaps[j - 2] == " " and words[j - 2].lower() in ADDRESSES)
    ):
        return 0
    for k in range(j, min(j + _NICKNAME_WORDS, len(words))):
        if not (words[k].isalpha() and words[k].islower()):
            return 0
        gap = raw[k]
        if gap[:1] in _CLOSE_QUOTES:
            after = gap[1:2]
            return k - j + 1 if not after or not after.isalpha() else 0
        if gap != " ":
            return 0
    return 0


def _nicknames(
    tokens: Tokens, spans: list[Span], leftovers: list[tuple[int, int]]
) -> dict[int, int]:
    """People written with a nickname in quotes (GUIDELINE rule 60): the first tokens of the
    people whose span takes the nickname, with the nickname's last token. A given name nothing
    labelled is a person when a nickname follows it ('Vinh "Say"'), inside a sentence when the
    nickname is capitalised (not 'Hàng "Khủng"' opening one); the nickname is no entity of its
    own (in place). A nickname in lower case ('Mạnh “bệu”') needs support, since a verb in
    scare quotes follows a name as often ('Trí “ra giá” 60.000 USD'): the person introduced
    ('(tức Mạnh “bệu”)', 'biệt danh Mạnh “bệu”') or another such nickname in the text (crime
    news names a ring by its nicknames, and a nickname again and again)."""
    words = tokens.words
    g = gazetteer()
    taken = {(i, j) for i, j, _, _ in spans}
    found: list[tuple[int, int, int, bool]] = []  # name's first and end token, length, lower
    for i, j, label, _ in spans:
        length = _nickname(tokens, j) if label == "PER" else 0
        if length and (j - i == 1 or words[j][:1].isupper()):
            found.append((i, j, length, words[j][:1].islower()))
    raw = tokens.raw_gaps
    for i, j in leftovers:
        if j >= len(words) or raw[j - 1] not in _OPEN_QUOTES:
            continue  # no quote opens after the name (what _nickname asks first, asked first)
        word = words[i]
        if (
            j - i == 1
            and (i, j) not in taken
            and word[1:].islower()
            and is_vietnamese(word)
            and word.lower() not in g.stopwords
            and getattr(g.cues.get(word.lower()), "phrase", None) is None  # not "Bộ", "Ông"
        ):
            length = _nickname(tokens, j)
            lower = length > 0 and words[j][:1].islower()
            if length and (lower or not opens_sentence(tokens, i)):
                found.append((i, j, length, lower))
    if not found:
        return {}
    supported = sum(lower for *_, lower in found) > 1
    ends: dict[int, tuple[int, int]] = {}
    for i, j, length, lower in found:
        if lower and not supported and not _introduced(tokens, i):
            continue
        ends[j] = (i, j + length - 1)
        if (i, j) not in taken:
            spans.append((i, j, "PER", ""))
    inside = {k for j, (_, last) in ends.items() for k in range(j, last + 1)}
    spans[:] = [s for s in spans if s[0] not in inside]
    return dict(ends.values())


def _surnames_after_nicknames(
    tokens: Tokens, spans: list[Span], nicknamed: dict[int, int]
) -> dict[int, int]:
    """Foreign people written with a nickname in quotes between their given name and their
    surname ('Lewis "Scooter" Libby', 'Kiatisak “Zico” Senamuang'; GUIDELINE rule 113): the
    first token of each, with the surname's token; the surname's own span is dropped (in
    place). Only when the surname is no Vietnamese word ('Dũng “Huế” Bộ Công an' is a person
    and a ministry)."""
    words, raw = tokens.words, tokens.raw_gaps
    found: dict[int, int] = {}
    taken: set[tuple[int, int, str, str]] = set()
    for i, last in nicknamed.items():
        k = last + 1
        if not (
            k < len(words)
            and raw[last][:1] in _CLOSE_QUOTES
            and raw[last][1:] == " "
            and words[k][:1].isupper()
            and words[k][1:].islower()
            and not is_vietnamese(words[k])
        ):
            continue
        after = next((s for s in spans if s[0] == k), None)
        if after is not None and after[1] > k + 1:
            if after[2] != "PER":
                continue  # 'Ronaldo "Béo" Inter Milan': a club after the nickname
            found[i] = after[1] - 1  # 'Mohammed "Mo" Nawaf al-Obeidi': the whole surname
        elif k + 1 < len(words) and tokens.gaps[k] == " " and words[k + 1][:1].isupper():
            continue  # more capitals after it: no surname that ends the name
        else:
            found[i] = k
        if after is not None:
            taken.add(after)
    if taken:
        spans[:] = [s for s in spans if s not in taken]
    return found


# words that introduce a nickname: "(tức Hải “bánh”", "biệt danh Sơn “cao”"
_NICKNAME_CUES = frozenset({"tức", "danh", "hiệu", "gọi", "là"})


def _introduced(tokens: Tokens, i: int) -> bool:
    """True when the person at token i is introduced as known by a nickname: in brackets
    after the full name ('Đỗ Văn Toàn (Toàn “còi”)') or after "tức", "biệt danh", "gọi là"."""
    return i > 0 and (
        tokens.raw_gaps[i - 1].endswith("(")
        or (tokens.gaps[i - 1] == " " and tokens.words[i - 1].lower() in _NICKNAME_CUES)
    )


# words of address before a person named by one word: the gazetteer's ("chị Hoàn", "em Lan";
# not "ngài", a rank's word), and those of families and stories ("bé Na", "lão Hạc")
_ONE_WORD_ADDRESSES = (ADDRESSES - {"ngài"}) | frozenset(
    {"bé", "cháu", "thầy", "thày", "cậu", "dì", "mợ", "thím", "dượng", "nàng", "chàng", "gã"}
    | {"lão"}
    | {"thằng", "cu", "con", "o"}
)

# words of titles and offices that a word of address may precede capitalised ("ông Phó Giám
# đốc", "anh Trưởng ban"): no given names
_NOT_GIVEN_NAMES = frozenset(
    {"trưởng", "phó", "đốc", "giám", "tổng", "chủ", "thứ", "văn", "đường", "tây", "tôi", "ta"}
)


# foreign particles inside a name after its first word ("bà Von der Leyen"): the word before is
# no name of one word
_PARTICLES = frozenset({"der", "den", "van", "von", "de", "bin", "ibn"})
# given names that are numbers ("ông Ba", "chị Tư", "Nguyễn Thị Năm") and the words that make
# them numbers again: "Ba mươi năm sau", "Ba năm qua", "tháng Ba", "thứ Năm"
_NUMBER_NAMES = frozenset(
    {"Một", "Hai", "Ba", "Bốn", "Tư", "Năm", "Sáu", "Bảy", "Tám", "Chín", "Mười"}
)
_COUNTED_AFTER = frozenset(
    {"mươi", "mười", "trăm", "nghìn", "ngàn", "triệu", "tỷ", "tỉ", "năm", "tháng", "ngày"}
    | {"tuần", "giờ", "phút", "người", "lần"}
)
_YEAR_AFTER = frozenset({"nay", "ngoái", "qua", "sau", "trước", "tới", "ấy", "đó", "này"})
_NUMBERED_BEFORE = frozenset({"tháng", "thứ", "mùng", "mồng"})


def _given_names_doing(
    tokens: Tokens,
    spans: list[Span],
    leftovers: list[tuple[int, int]],
    given: dict[str, str],
    alone: dict[str, str],
    lower_pairs: set[tuple[str, str]],
    checked: dict[int, bool],
) -> set[str]:
    """The Vietnamese given names that the text writes alone, one word, at least once where
    a person does something ("nếu Thảo đã hết yêu"; labelled by the scan, or left to
    ``given_name_doing``), and that no fuller name nor form of address of the text gives.
    *checked* gets, for each one-word leftover asked, whether it is such a name there."""
    words = tokens.words
    found: set[str] = set()
    for i, j, label, _ in spans:
        word = words[i]
        if (
            label == "PER"
            and j - i == 1
            and word not in given
            and word not in alone
            and plain_given(word)
            and word.lower() not in _NOT_GIVEN_NAMES
            and j < len(words)
            and tokens.raw_gaps[i] == " "
            and subject_acts(tokens, j)
        ):
            found.add(word)
    for i, j in leftovers:
        if j - i == 2 and opens_before_name(tokens, i):
            i += 1  # "Hiện Ngoan đang …"
        if j - i != 1:
            continue
        word = words[i]
        if word in given or word in alone or not word.isalpha() or not is_vietnamese(word):
            continue
        doing = (
            given_name_doing(tokens, i)
            and not _starts_word(tokens, i)
            and not _no_name_alone(tokens, i, lower_pairs)
        )
        checked[i] = doing  # asked once: the leftovers' pass reads it
        if doing and plain_given(word):  # not "Nam" ("phi vụ Nam tiến")
            found.add(word)
    return found


def _no_name_alone(tokens: Tokens, i: int, lower_pairs: set[tuple[str, str]]) -> bool:
    """True when a person's given name alone at token i is an ordinary word there: it and the
    lower-case word after it are written in lower case elsewhere in the text ("Nguyên nhân",
    "Đứa bé" after "anh Nguyên", "bé Đứa"); a number ("Ba mươi năm sau", "Ba năm qua", "tháng
    Ba"); a point of the compass in a list of them ("miền Bắc, Trung, Nam")."""
    words, gaps = tokens.words, tokens.gaps
    word = words[i]
    nxt = words[i + 1] if i + 1 < len(words) and gaps[i] == " " else ""
    if nxt[:1].islower():
        if not lower_pairs:
            lower_pairs.update(
                (words[k], words[k + 1])
                for k in range(len(words) - 1)
                if gaps[k] == " " and words[k][:1].islower()
            )
            lower_pairs.add(("", ""))  # filled, even when empty
        if (word.lower(), nxt) in lower_pairs:
            return True
    if word in _NUMBER_NAMES:
        if nxt in _COUNTED_AFTER or (word == "Năm" and nxt in _YEAR_AFTER):
            return True
        if i > 0 and gaps[i - 1] == " " and words[i - 1] in _NUMBERED_BEFORE:
            return True
    if word in DIRECTIONS:
        # a neighbour alone, no word of a longer name ("Việt Nam, Nam rất thích": a person)
        raw, n = tokens.raw_gaps, len(words)
        listed = (", ", " - ")
        before = i - 1 if i > 0 and raw[i - 1] in listed else -1
        after = i + 1 if i + 1 < n and raw[i] in listed else -1
        if nxt == "và" and i + 2 < n and gaps[i + 1] == " ":
            after = i + 2
        if before > 0 and gaps[before - 1] == " " and words[before - 1][:1].isupper():
            before = -1
        if 0 < after < n - 1 and gaps[after] == " " and words[after + 1][:1].isupper():
            after = -1
        if (before >= 0 and words[before] in DIRECTIONS) or (
            after >= 0 and words[after] in DIRECTIONS
        ):
            return True
    return False


def _ends_inside_a_word(tokens: Tokens, span: Span) -> bool:
    """True when a place, a body or a one-word person ends with a capitalised word that,
    with the lower-case word after it, makes a cue ("khu vực Công viên 30/4", "Bến xe Trung
    tâm", "Thủ tướng Chính phủ": no "Công", no "Bến xe Trung", no person "Chính"): one
    Vietnamese syllable, alone or after its head, not a known name's."""
    i, j, label, key = span
    if label == "PER" and j - i == 1:
        # "Thủ tướng Chính phủ", "tại Công văn số …": a title's word, no given name
        return not key and is_vietnamese(tokens.words[i]) and word_goes_on(tokens, i)
    if label not in ("LOC", "ORG") or key:
        return False
    words = tokens.words
    word = words[j - 1]
    if not (len(word) > 1 and word[1:].islower() and is_vietnamese(word)):
        return False
    if not word_goes_on(tokens, j - 1):
        return False
    if j - i == 1:
        return True
    head = match(gazetteer().cues, [w.lower() for w in words[i : j - 1]], tokens.gaps[i:j], 0)
    return head is not None and len(head.words) == j - 1 - i  # not "Bộ Quốc phòng Trung Quốc"


def _starts_word(tokens: Tokens, i: int) -> bool:
    """True when token i and the lower-case word after it make a cue (as written) or a name
    word (folded: the organisations' words)."""
    if word_goes_on(tokens, i):
        return True
    if i + 1 >= len(tokens.words) or tokens.gaps[i] != " ":
        return False
    nxt = tokens.words[i + 1]
    if not nxt[:1].islower():
        return False
    node = gazetteer().org_words.get(fold(tokens.words[i]))
    return node is not None and (" ", fold(nxt)) in node.children


def _abbreviated(word: str) -> bool:
    """True for a shortened name word ("Th", "Ng", "H", "A"): one capital letter, or two
    letters that make no syllable."""
    if len(word) == 1:
        return word.isupper()  # "bà A.", "Nguyễn Văn A."
    return (
        len(word) == 2
        and word[0].isupper()
        and word.isalpha()
        and not any(c in "aeiouy" for c in fold(word).lower())
    )


def _one_acronym(tokens: Tokens, i: int, j: int) -> bool:
    """True when tokens i..j are one acronym, maybe in dashed halves ("RDIF", "GD-ĐT")."""
    return all(is_acronym(tokens.words[k]) for k in range(i, j)) and all(
        tokens.raw_gaps[k] == "-" for k in range(i, j - 1)
    )


def _ends_with_expansion(tokens: Tokens, i: int, j: int, acronym: str) -> bool:
    """True when the name i..j ends with the words a shorter *acronym* stands for, rather
    than being all of them: "Ủy ban Thường vụ Quốc hội" and "QH"."""
    letters = fold("".join(c for c in acronym if c.isalpha())).upper()
    initials = fold("".join(tokens.words[k][0] for k in range(i, j))).upper()
    return len(letters) < len(initials) and initials.endswith(letters)


def _acronym_keys(text: str, tokens: Tokens, spans: list[Span]) -> dict[tuple[int, int], str]:
    """Give "Quỹ đầu tư trực tiếp nước ngoài Nga (RDIF)" and "RDIF" one key."""
    by_name: dict[str, str] = {}
    keys: dict[tuple[int, int], str] = {}
    for a, b in itertools.pairwise(spans):
        if a[2] != "ORG" or b[2] != "ORG" or not _one_acronym(tokens, b[0], b[1]):
            continue
        gap = text[tokens.ends[a[1] - 1] : tokens.starts[b[0]]]
        acronym = text[tokens.starts[b[0]] : tokens.ends[b[1] - 1]]
        after = text[tokens.ends[b[1] - 1] : tokens.ends[b[1] - 1] + 2]
        # the acronym ends what the brackets say of the name, or its first part: "(MB)", "(MB,
        # …)", "(MB - mã: MBB)"; not "(PMU 18)", "(PC45)"
        closed = after[:1] in (")", ",", ";") or after in (" -", " –")
        if gap.strip() == "(" and closed:
            if b[3] and _ends_with_expansion(tokens, a[0], a[1], acronym):
                continue  # "Ủy ban Thường vụ Quốc hội (QH)": QH is Quốc hội, not the committee
            if _source_credit(text, tokens, a, b, acronym):
                continue  # "… Quốc hội Hàn Quốc (NLĐ)": the paper the news came from
            if "Đ" in acronym.upper() and not _abbreviates(tokens, a, acronym):
                continue  # "Trường ĐH Dân lập Đại Nam (NLĐ)": a Vietnamese acronym of other words
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


def _abbreviates(tokens: Tokens, name: Span, acronym: str) -> bool:
    """True when the letters of *acronym* are, in order, initials of the words of *name* (an
    acronym among them counts with all its letters): "ĐHQGHN" of "Đại học Quốc gia Hà Nội",
    "NN&PTNT" of "Bộ Nông nghiệp và Phát triển nông thôn"; not "NLĐ" of "Trường ĐH Dân lập
    Đại Nam"."""
    initials = "".join(w if is_acronym(w) else w[0] for w in tokens.words[name[0] : name[1]])
    folded = iter(fold(initials).upper())
    return all(c in folded for c in fold("".join(c for c in acronym if c.isalpha())).upper())


def _source_credit(text: str, tokens: Tokens, name: Span, short: Span, acronym: str) -> bool:
    """True for an acronym in brackets that credits the news to its source: before the dash
    that opens the lead ("… Trường Quốc tế Á Châu (NLĐ)- Sáng qua …") or at the end of the
    article, when it starts with no letter that starts a word of the name before it (not
    "Báo Người Lao Động (NLĐ)", its short form)."""
    close = tokens.ends[short[1] - 1]
    if text[close : close + 1] != ")":
        return False
    after = text[close + 1 : close + 4]
    lead = close < _LEAD_CHARS and after.lstrip(" ")[:1] in ("-", "–")
    last = len(text) - close < _LAST_CHARS and after.lstrip(" .")[:1] in ("", "\n")
    if not (lead or last):
        return False
    first = fold(acronym[:1]).lower()
    return all(fold(w[:1]).lower() != first for w in tokens.words[name[0] : name[1]])


# where a source's credit stands: in the title and lead, or in the article's last words
_LEAD_CHARS = 400
_LAST_CHARS = 80


def _districts_named_as_people(
    text: str, tokens: Tokens, spans: list[Span], known: dict[str, str]
) -> None:
    """A lesser-known district's name that the text gives a person ("diễn viên Thái Hòa") is
    that person wherever no place word comes before it: "Thái Hòa trải lòng" (in place)."""
    districts = gazetteer().lesser_districts
    if not districts:
        return
    words = tokens.words
    for n, (i, j, label, key) in enumerate(spans):
        if label != "LOC" or key[4:] not in districts:
            continue
        if not (i > 0 and words[i - 1].lower() in PLACE_BEFORE):
            person = known.get(plain(text[tokens.starts[i] : tokens.ends[j - 1]]))
            if person is not None:
                spans[n] = (i, j, "PER", person)


def _governors_named_after_their_state_word(
    tokens: Tokens, spans: list[Span], known: dict[str, str]
) -> None:
    """One foreign word after a title and "bang" that no list knows as a place is the state
    ("Thống đốc bang Jalisco", "thống đốc bang Puebla": so are all 99 such words in four
    corpora), unless it is a person's name: one the text gives a person ("Andrew Cuomo …
    Thống đốc bang Cuomo"), or one news gives people (``mined_names``: "Thống đốc bang
    Newsom") when no other person may hold the title: one named after the word ("thống đốc
    bang Hidalgo, Omar Fayad") or earlier in the sentence ("Falcon là cựu thống đốc bang
    Lara"). The governor, then (in place)."""
    words, gaps, raw = tokens.words, tokens.gaps, tokens.raw_gaps
    people = {j for _, j, label, _ in spans if label == "PER"}  # where each person ends
    mined = mined_names().labels
    n = len(words)
    for k, (i, j, label, key) in enumerate(spans):
        if label != "LOC" or key or j - i != 1 or i < 2 or is_vietnamese(words[i]):
            continue
        if words[i - 1] != "bang" or gaps[i - 1] != " ":
            continue
        start = title_start(tokens, i - 1)
        if start is None:
            continue
        person = known.get(translit(words[i]))
        if person is None and mined.get(words[i]) == "PER":
            holder_after = j < n and raw[j - 1] in (" ", ", ") and words[j][0].isupper()
            if not holder_after and not _person_earlier_in_sentence(raw, people, start):
                person = person_key(words[i])
        if person is not None:
            spans[k] = (i, j, "PER", person)


def _person_earlier_in_sentence(raw: list[str], people: set[int], start: int) -> bool:
    """True when a person's name ends before token *start* in its sentence (*people*: the
    tokens right after each person's name)."""
    k = start
    while k > 0:
        gap = raw[k - 1]
        if "\n" in gap or any(mark in gap for mark in ".!?"):
            return False
        if k in people:
            return True
        k -= 1
    return False
