"""Places listed with places, people with people: a name in a list whose other names are
all places is a place, and one among people is a person (``people_listed``).

News lists the communes, wards, ports or estates a story is about: "Hà Nội, Bắc Ninh, Xuân
Phương và Tây Mỗ", "các cảng Bangkok, Nhà Rồng và Harumi". The gazetteer knows the larger
places, and the scan leaves the others unlabelled (a two-syllable Vietnamese name may as well
be a person's). In a list of at least three names joined by commas, "và" or "hoặc", where at
least two names are places (one, after a noun of places: "ba nước: Algeri, Marocco và Nam
Phi") and every name labelled is a place, the names left unlabelled are
places too (guideline rules 73b, 94), unless a body's noun announces the list ("4 công ty là
Rạng Đông, Việt Pháp, …", "các mẫu xe như …": firms and products named after places).
Countries paired by a dash after a word for languages are the languages, no places
(``language_pairs``: "từ điển Anh - Việt", "hai ngôn ngữ Việt - Anh"). Two bodies named after
one head in lower case are two bodies (``bodies_paired``: "hai công ty Phương Đông và Hải
Đăng", "bệnh viện Chợ Rẫy và Việt Đức"): the name after "và" is the second.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable

from vnreader.analysis.entity_state import PLACE_BEFORE, SENTENCE_WORDS, Span
from vnreader.analysis.entity_tokens import Tokens, is_vietnamese
from vnreader.analysis.gazetteer import PhraseTable, gazetteer, match

_JOINERS = frozenset({"và", "hoặc"})
# words before a list whose first name is left unlabelled: a list's opener or a place noun
# ("như Phước Hậu, …", "3 xã Hải Hòa, …"); after any other word the first name may be a
# shop's or a school's ("phòng khám Sơn Ca, quận 3")
_OPENERS = PLACE_BEFORE | {"như", "gồm", "là", "trú", "và", "thôn", "ấp", "khu", "cảng"}
# nouns of bodies and things whose names are often places' ("các công ty như …", "các
# trường ĐH như …", "mẫu xe"): a list they announce is not of places
_BODY_NOUNS = frozenset({"hãng", "trường", "đh", "clb", "đội", "xe", "khách sạn", "siêu thị"})
_BODY_NOUNS |= {"công ty", "đại học", "bệnh viện", "nhà máy", "tập đoàn", "ngân hàng"}
_BODY_NOUNS |= {"thương hiệu", "nhãn hiệu", "câu lạc bộ"}
# nouns of places before a list of places ("ba nước: Algeri, Marocco và Nam Phi"): one place
# known in it is enough
_PLACE_NOUNS = frozenset({"nước", "quốc gia", "tỉnh", "thành phố", "xã", "phường", "huyện"})
_PLACE_NOUNS |= {"quận", "cảng", "thị trấn", "thị xã", "vùng", "bang", "đảo"}
# nouns of streets before a list of names: streets named after people ("các tuyến phố như:
# Khuất Duy Tiến, Nguyễn Chí Thanh, …")
_STREET_NOUNS = frozenset({"đường", "phố", "tuyến phố", "con đường", "tuyến đường", "ngã tư"})
_ANNOUNCER_REACH = 6  # words before a list's first name searched for a body's noun
# function words after a list's last name that end it ("… Hải Tân bị lũ")
_AFTER_LAST = frozenset({"bị", "được", "đã", "đang", "sẽ", "vừa", "cũng", "đều"})
_MAX_NAME = 3  # words of an unlabelled name in such a list
_MIN_ITEMS = 3
_MIN_PLACES = 2
# bodies named in plain words ("Nortel", not "IoT", "AI") a list needs, or two and a body's
# noun before it ("các hãng như …")
_MIN_BODIES = 3


def places_listed(
    text: str, tokens: Tokens, spans: list[Span], leftovers: list[tuple[int, int]]
) -> None:
    """Label LOC the unlabelled capitalised names of lists of places (in place)."""
    _places_announced(text, tokens, spans, leftovers)
    _names_listed(tokens, spans, leftovers, "LOC")


def bodies_listed(
    tokens: Tokens,
    spans: list[Span],
    leftovers: list[tuple[int, int]],
    sport: Callable[[], bool],
) -> None:
    """Label ORG the unlabelled names of lists of bodies, firms and brands (in place):
    "Lucent, Nortel, Motorola và Ericsson", where at least three names written in plain
    words are organisations, or two after a body's noun ("các hãng như …"; acronyms and odd
    spellings are often terms: "AI, Cloud, Big Data, IoT"), every name labelled is one and
    they are no fewer than the names left; not in a text about sport,
    whose lists name players, nor a name that opens with a person's given name ("Armin Van
    Buuren")."""
    _names_listed(tokens, spans, leftovers, "ORG", sport)


def _places_announced(
    text: str, tokens: Tokens, spans: list[Span], leftovers: list[tuple[int, int]]
) -> None:
    """A list announced by a noun of the country's divisions and a colon names places, every
    name of it ("thuộc địa phận bốn xã: Hợp Tiến, Tuy Lai, Hồng Sơn, Thượng Lâm"; guideline
    rule 94): a Vietnamese name of two or three syllables left unlabelled or taken for a
    person there is a place (in place)."""
    words, raw = tokens.words, tokens.raw_gaps
    n = len(words)
    announced = [
        c
        for c in _after_colons(text, tokens)
        if 0 < c < n - 1 and raw[c - 1].strip() == ":" and _division_before(tokens, c - 1)
    ]
    if not announced:
        return  # most texts: no such list, no table to build
    people = {(s[0], s[1]): s for s in spans if s[2] == "PER"}
    places = {s[0]: s[1] for s in spans if s[2] == "LOC"}
    taken = {k for s in spans for k in range(s[0], s[1]) if s[2] != "PER"}
    loose = {(i, j) for i, j in leftovers}
    for c in announced:
        items: list[tuple[int, int]] = []
        k = c
        while k < n:
            m = places.get(k, k)  # a place known already ("Tuy An")
            while (
                k not in places
                and m < n
                and m - k < _MAX_NAME
                and words[m][:1].isupper()
                and m not in taken
            ):
                m += 1
                if raw[m - 1] != " ":
                    break
            if k not in places and (
                not (2 <= m - k <= _MAX_NAME) or not all(is_vietnamese(w) for w in words[k:m])
            ):
                break
            items.append((k, m))
            gap = raw[m - 1] if m <= n - 1 else ""
            if gap == ", ":
                k = m
            elif m < n and words[m] == "và" and gap == " " and raw[m] == " ":
                k = m + 1
            else:
                break
        if len(items) < 2 or any(
            (item not in loose and item not in people and places.get(item[0]) != item[1])
            or _surely_a_person(tokens, *item)
            for item in items
        ):
            continue  # a name of the list is something else: not a list of places, unsure
        for item in items:
            if places.get(item[0]) == item[1]:
                continue  # a place already
            if item in people:
                spans.remove(people.pop(item))
            spans.append((item[0], item[1], "LOC", ""))


# nouns of the country's divisions before a colon that announce a list of them
_DIVISIONS = frozenset({"xã", "phường", "thôn", "ấp", "huyện", "quận", "làng", "bản"})
_DIVISION_PAIRS = frozenset({"thị trấn", "thị xã"})


def _after_colons(text: str, tokens: Tokens) -> list[int]:
    """The tokens right after a colon of the text, found by the text's own search (a text
    holds few colons; a loop over its tokens would cost more than the rule)."""
    found: list[int] = []
    pos = text.find(":")
    while pos != -1:
        found.append(bisect_right(tokens.starts, pos))
        pos = text.find(":", pos + 1)
    return found


def _surely_a_person(tokens: Tokens, i: int, j: int) -> bool:
    """True for a person's full name with a middle name of men or women ("Nguyễn Văn An",
    "Trần Thị Bé"), which no commune is called."""
    return j - i == 3 and tokens.words[i + 1] in ("Văn", "Thị")


def _division_before(tokens: Tokens, k: int) -> bool:
    """True when a noun of _DIVISIONS ends at token k ("bốn xã:", "các thị trấn:")."""
    word = tokens.words[k].lower()
    pair = f"{tokens.words[k - 1].lower()} {word}" if k > 0 else ""
    return word in _DIVISIONS or pair in _DIVISION_PAIRS


def people_listed(
    tokens: Tokens,
    spans: list[Span],
    leftovers: list[tuple[int, int]],
    sport: Callable[[], bool],
) -> None:
    """Label PER the unlabelled names of lists of people (in place): "Văn Quyến, Công Vinh,
    Anh Đức và Thanh Hải", where at least two names are people, every name labelled is one
    and they are no fewer than the names left. A name left is two or three Vietnamese
    syllables, or one foreign word in a text about sport (a team's line-up: "Leno; Bellerin,
    Mustafi, Gabriel"); an English phrase ("Control Panel, Notepad") is no one's. The nouns
    of bodies before a list make it no list of people ("các công ty như …"), and so do
    streets' ("các tuyến phố như …": streets are named after people)."""
    _names_listed(tokens, spans, leftovers, "PER", sport)


def _names_listed(
    tokens: Tokens,
    spans: list[Span],
    leftovers: list[tuple[int, int]],
    kind: str,
    sport: Callable[[], bool] | None = None,
) -> None:
    words, raw = tokens.words, tokens.raw_gaps
    n = len(words)
    located = [(i, j) for i, j, label, _ in spans if label == kind]
    if not located or not leftovers:
        return
    # the names of the kind that stand by a comma or "và": only these can be in a list
    places = sorted(
        i
        for i, j in located
        if (j < n and (raw[j - 1] == ", " or words[j] in _JOINERS))
        or (i > 0 and (raw[i - 1] == ", " or words[i - 1] in _JOINERS))
    )
    if len(places) < (1 if kind == "LOC" else _MIN_PLACES):
        return  # no place stands in a list (a list of people needs two)
    labelled = {i: (j, label) for i, j, label, _ in spans}
    ends = {j: (i, label) for i, j, label, _ in spans}
    taken = {k for i, j, _, _ in spans for k in range(i, j)}
    loose = {k for i, j in leftovers for k in range(i, j)} - taken

    def free(k: int) -> bool:
        """True when token k may be a word of a name left unlabelled: in a run the scan left
        or, in a list of people, any capitalised word outside a span (a given name that is
        also a head is in no run left: "Quang Trường"); asked only of a list's tokens."""
        if k in loose:
            return True
        if kind != "PER" or k in taken:
            return False
        word = words[k]
        return word[0].isupper() and word.isalpha()

    def item(k: int) -> tuple[int, str] | None:
        """The end and label ("" unlabelled) of the name that starts at token k."""
        if k in labelled:
            return labelled[k]
        if not free(k) or (k > 0 and free(k - 1) and tokens.gaps[k - 1] == " "):
            return None
        m = k + 1
        while m < n and free(m) and tokens.gaps[m - 1] == " ":
            m += 1
        if m - k > _MAX_NAME or not _name_like(words[k:m]):
            return None
        if k > 0 and tokens.gaps[k - 1] == " " and words[k - 1][:1].isupper():
            return None  # the end of a longer name ("Trump Tower")
        if m in labelled and tokens.gaps[m - 1] == " ":
            return None  # a title before a name ("… và Sir Alex Ferguson")
        return m, ""

    def item_ending(end: int) -> tuple[int, str] | None:
        """The start and label of the name that ends at token *end*."""
        if end in ends:
            return ends[end]
        k = end - 1
        if not free(k):
            return None
        while k > 0 and free(k - 1) and tokens.gaps[k - 1] == " ":
            k -= 1
        found = item(k)
        return (k, "") if found is not None and found[0] == end else None

    def after(end: int) -> int | None:
        """The start of the next name of the list after a name that ends at *end*."""
        if end >= n:
            return None
        if end + 1 < n and words[end] in _JOINERS and raw[end - 1] in (" ", ", "):
            return end + 1 if raw[end] == " " else None  # "… và Xuân Lãng", "…, và …"
        return end if raw[end - 1] == ", " else None

    def before(start: int) -> int | None:
        """The end of the name before a name of the list that starts at *start*."""
        if start == 0:
            return None
        if raw[start - 1] == ", ":
            return start
        if start >= 2 and words[start - 1] in _JOINERS and raw[start - 2] in (" ", ", "):
            return start - 1 if raw[start - 1] == " " else None
        return None

    done: set[int] = set()
    for place in places:  # every list of places holds one: walk back to its first name
        if place in done:
            continue
        names: list[tuple[int, int, str]] = []
        end = before(place)
        while end is not None:
            back = item_ending(end)
            if back is None:
                break
            names.append((back[0], end, back[1]))
            end = before(back[0])
        names.reverse()
        k: int | None = place
        while k is not None:
            found = item(k)
            if found is None:
                break
            names.append((k, found[0], found[1]))
            k = after(found[0])
        done.update(i for i, _, _ in names)
        labels = [label for _, _, label in names]
        if (
            len(names) >= _MIN_ITEMS
            and "" in labels
            and all(label in (kind, "") for label in labels)
        ):
            first, last = names[0], names[-1]
            if kind != "ORG" and _announced(tokens, first[0], _BODY_NOUNS):
                continue
            if kind in ("PER", "ORG") and (
                labels.count(kind) < labels.count("")
                or _announced(tokens, first[0], _STREET_NOUNS, colon=True)
            ):
                continue  # more names left than people known, or streets
            if labels.count(kind) < _MIN_PLACES and not (
                kind == "LOC" and _announced(tokens, first[0], _PLACE_NOUNS, colon=True)
            ):
                continue  # one name only, and no place noun before a list of places
            if kind == "ORG":
                known = sum(1 for i, j, label in names if label and words[i][1:].islower())
                if known < _MIN_BODIES and not (
                    known >= _MIN_PLACES and _announced(tokens, first[0], _BODY_NOUNS)
                ):
                    # bodies named by plain words are few, the others acronyms or brands
                    # written oddly, often terms ("AI, Cloud, Big Data, IoT, Blockchain")
                    continue
                if sport is not None and sport():
                    continue  # a team sheet names players ("Cork, Westwood, McNeil")
            g = gazetteer()
            stops = g.stopwords
            for i, j, label in names:
                if label:
                    continue
                if (i, j) == first[:2] and not (i > 0 and _opened(tokens, i)):
                    continue
                if (
                    (i, j) == last[:2]
                    and j < n
                    and tokens.gaps[j - 1] == " "
                    and words[j].islower()
                    and words[j] not in stops
                    and words[j] not in _AFTER_LAST
                ):
                    continue  # "… Các Tiểu vương quốc" goes on ("… Hải Tân bị lũ" ends)
                if kind == "ORG" and (words[i] in g.foreign_given or words[i] in g.first_names):
                    continue  # "Armin Van Buuren": a person among the firms
                if kind == "PER" and (
                    words[i] == "Hàng"
                    or (
                        not all(is_vietnamese(w) for w in words[i:j])
                        and (j - i > 1 or sport is None or not sport())
                    )
                ):
                    continue  # "Hàng Buồm", a street of Hà Nội; "Life Sciences": no one's
                spans.append((i, j, kind, ""))


def _name_like(words: list[str]) -> bool:
    """True for a place's name: capitalised words, no acronym, no sentence word first, and
    two words or more unless foreign ("Xuân Phương", "Yaly"; not "Nam", "Các", "ĐT")."""
    if words[0] in SENTENCE_WORDS:
        return False
    if not all(w.isalpha() and w[0].isupper() and not w.isupper() for w in words):
        return False
    return len(words) > 1 or not is_vietnamese(words[0])


def _opened(tokens: Tokens, i: int) -> bool:
    """True when a list opener, a place noun or a colon stands before the list at token i."""
    gap = tokens.raw_gaps[i - 1]
    if gap.strip() == ":":
        return True
    return gap == " " and tokens.words[i - 1] in _OPENERS


def _announced(tokens: Tokens, i: int, nouns: frozenset[str], colon: bool = False) -> bool:
    """True when a noun of *nouns* stands shortly before the list that starts at token i, in
    the same clause, or before its colon with *colon* ("4 công ty thực phẩm là Rạng Đông, …",
    "ba nước: Algeri, …")."""
    words, raw = tokens.words, tokens.raw_gaps
    for k in range(i - 1, max(-1, i - 1 - _ANNOUNCER_REACH), -1):
        if raw[k].strip() and not (colon and k == i - 1 and raw[k].strip() == ":"):
            return False  # a comma or a stop: another clause
        if words[k].lower() in nouns or (k > 0 and f"{words[k - 1]} {words[k]}".lower() in nouns):
            return True
    return False


# words for languages and translating before a pair of countries that then names two
# languages (guideline rule 40: "hai ngôn ngữ Việt - Anh" is nothing, like "tiếng Anh")
_LANGUAGE_WORDS = frozenset({"ngôn ngữ", "song ngữ", "từ điển", "dịch", "chuyển ngữ"})
_LANGUAGE_REACH = 4  # lower-case words between the word for languages and the pair


def language_pairs(tokens: Tokens, spans: list[Span]) -> None:
    """Drop, in place, two one-word places joined by a dash that follow a word for languages
    or translating in the same phrase ("Từ điển đối chiếu Việt - Stiêng", "bản dịch Anh -
    Việt", "hai ngôn ngữ Việt - Anh"); a pair elsewhere stays two places ("quan hệ Việt -
    Lào", "trận Anh - Pháp")."""
    words, gaps = tokens.words, tokens.gaps
    drop: set[int] = set()
    for n in range(len(spans) - 1):
        i, j, label, _ = spans[n]
        if label != "LOC" or j != i + 1 or gaps[i] != "-":
            continue  # most spans: nothing to read (no word is lowered for the text)
        a, b, other, _ = spans[n + 1]
        if not (other == "LOC" and a == j and b == a + 1):
            continue
        k = i - 1
        seen = 0
        while k >= 0 and gaps[k] == " " and seen <= _LANGUAGE_REACH:
            one = words[k].lower()
            two = f"{words[k - 1].lower()} {one}" if k >= 1 and gaps[k - 1] == " " else ""
            if one in _LANGUAGE_WORDS or two in _LANGUAGE_WORDS:
                drop.update((n, n + 1))
                break
            if not words[k].islower() and not (k >= 1 and words[k][1:].islower() and seen == 0):
                break
            k -= 1
            seen += 1
    if drop:
        spans[:] = [s for m, s in enumerate(spans) if m not in drop]


_PAIRED_REACH = 3  # words of a body's head before the first name of a pair


def bodies_paired(tokens: Tokens, spans: list[Span]) -> None:
    """Label ORG, in place, the name after "và" that pairs with a body named after a head in
    lower case ("hai công ty Phương Đông và Hải Đăng", "bệnh viện Chợ Rẫy và Việt Đức"): a
    capitalised run of at most three words, unlabelled or read as a person's (a firm's name
    is often one), not a place alone, a person's full name or one named again, nor a name
    running on ("Trio 666"); the head names a body, no event or document ("chương trình",
    "quyết định"). The scan ends the first body before "và"."""
    words, gaps = tokens.words, tokens.gaps
    n = len(words)
    cues = gazetteer().cues
    # the last words of people's names of two words or more: a person named again by it
    given = {words[j - 1] for i, j, label, _ in spans if label == "PER" and j - i > 1}
    add: list[Span] = []
    drop: set[int] = set()
    for i, j, label, _ in spans:
        if label != "ORG" or j + 1 >= n or words[j] != "và" or gaps[j - 1] != " ":
            continue
        if j - i > _MAX_NAME or not all(w[:1].isupper() for w in words[i:j]):
            continue  # "văn phòng Bộ Thông tin - truyền thông và …": a body of its own
        if (
            gaps[j] != " "
            or not words[j + 1][:1].isupper()
            or not _lower_head_before(tokens, i, cues)
        ):
            continue
        end = j + 1
        while end < n and end - j <= _MAX_NAME and words[end][:1].isupper():
            end += 1
            if gaps[end - 1] != " ":
                break
        goes_on = end < n and gaps[end - 1] == " "
        if end - (j + 1) > _MAX_NAME or (goes_on and words[end][:1].isupper()):
            continue
        if end < n and (
            (goes_on and words[end][:1].isdigit())
            or (tokens.raw_gaps[end - 1].strip() in ("-", "–") and not is_vietnamese(words[end]))
        ):
            continue  # "và Trio 666", "và A - level": the name runs on, unsure where to
        if goes_on and words[end].islower():
            at = j + 2 if words[j + 1] == "Phó" else j + 1  # "Phó" before any title
            title = [w.lower() for w in words[at : end + 4]]
            if title and match(cues, title, gaps[at : end + 4], 0) is not None:
                continue  # "và Phó tổng biên tập", "và Hiệu trưởng": a title
        inside = [m for m, (a, b, _, _) in enumerate(spans) if a < end and b > j + 1]
        if any(spans[m][0] < j + 1 or spans[m][1] > end for m in inside):
            continue  # a span runs out of the name
        labels = [spans[m][2] for m in inside]
        if labels and (labels[0] != "PER" or any(x not in ("PER", "LOC") for x in labels)):
            continue  # "… và Hà Nội": a place alone stays one
        if labels and spans[inside[0]][1] - spans[inside[0]][0] > 2:
            continue  # "… và Phạm Đình Trọng": a person's full name stays one
        if end == j + 2 and words[j + 1] in given:
            continue  # "đội CA HP và Toàn nói" with "Đỗ Đức Toàn": the person named again
        drop.update(inside)
        add.append((j + 1, end, "ORG", ""))
    if add:
        spans[:] = [s for m, s in enumerate(spans) if m not in drop] + add
        spans.sort()


def _lower_head_before(tokens: Tokens, i: int, cues: PhraseTable) -> bool:
    """True when a body's head written in lower case ends right before token i ("công ty",
    "bệnh viện")."""
    for size in range(_PAIRED_REACH, 0, -1):  # the longest head: "học viện", not "viện"
        h = i - size
        if h < 0 or any(tokens.gaps[m] != " " for m in range(h, i)):
            continue
        lows = [w.lower() for w in tokens.words[h:i]]
        if not all(w.islower() for w in tokens.words[h:i]):
            continue
        cue = match(cues, lows, tokens.gaps[h:i], 0)
        if cue is not None and cue.label == "HEAD" and len(cue.words) == size:
            return not cue.event  # not "chương trình", "quyết định": no body's head
    return False
