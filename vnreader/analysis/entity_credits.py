"""Bylines and picture credits: reporters' names, often shortened, that end an article.

A last line that holds nothing but a short name ("Minh Anh", "Ng.Hà", "Trần Th.", "Q.H (Tổng
hợp)", "Huyền Lê (Theo AFP)") is a byline, and the name after "Ảnh:" is a credit; both are
people (guideline rule 37). The sources in brackets are left to the other rules ("AFP"); a
last line "Theo <outlet>" names an organisation ("Theo Dân Việt"), and the line before it may
be the byline ("Trang Phạm⏎Theo Live Science").
"""

from __future__ import annotations

import re
from bisect import bisect_left

from vnreader.analysis.entity_state import (
    COMMON_SURNAMES,
    FUNCTION_WORDS,
    ORG_SUFFIXES,
    SENTENCE_WORDS,
    ScanState,
    Span,
)
from vnreader.analysis.entity_tokens import is_acronym, is_camel, is_vietnamese
from vnreader.analysis.fold import fold
from vnreader.analysis.gazetteer import Phrase, match, mined_names

_MAX_NAME = 4
_MAX_LINE = 40  # characters of the name part of a byline
_MAX_AUTHORS = 4
# what ends the sentence before a byline on the same line ("... khó khăn." Vĩnh Ngọc")
_SENTENCE_ENDS = frozenset({". ", '." ', ".\u201d ", "! ", "? ", '!" ', '?" '})
_SOURCES = re.compile(r"\((?:[Tt]heo|Nguồn:?) +")
# small words inside an outlet's name in a list of sources ("Theo AFP, Time of Israel")
_SOURCE_LINKS = frozenset({"of", "de", "the", "and", "for", "du", "des"})
_CREDITS = frozenset({"Ảnh", "ảnh", "Video", "Clip", "họa", "hoạ", "Bài", "Nguồn"})
_BRACKETED_WORD = "Ảnh"  # a credit in brackets, capitalised, with no colon after its word
_BRACKETED = (f"({_BRACKETED_WORD} ",)
# one-word last lines that sign nothing
_CLOSING_WORDS = frozenset({"Hết", "Xem", "Video", "Ảnh", "Clip", "Nguồn", "Tin", "Bài", "Theo"})
# capitalised words that open the sentence glued after a credit ("Ảnh: Thái Hà Khoảng 20h30")
_OPENING_WORDS = frozenset(
    {"Ngày", "Sáng", "Trưa", "Chiều", "Tối", "Đêm", "Khoảng", "Gần", "Hơn", "Lúc", "Năm"}
    | {"Tháng", "Hôm", "Có", "Mới", "Đến", "Trên", "Dưới", "Chỉ", "Sau", "Trước", "Tại"}
    # words that open a sentence and name no one ("Ảnh: N. Hữu Giữa tháng 9 …", "Ảnh: Đ.Nam
    # Vào 17 giờ …", "Ảnh: H. Lân Vấn đề …")
    | {"Giữa", "Vào", "Việc", "Vấn", "Trời", "Cuối", "Đầu", "Ngoài", "Bên", "Cũng", "Vừa"}
    | {"Đã", "Đang", "Ngay", "Riêng", "Tuy", "Nhờ", "Dù", "Mặc", "Bị", "Được", "Là", "Hiện"}
)


def name_part(state: ScanState, a: int, limit: int, initials: bool = False) -> int:
    """End of a short name starting at token a: capitalised syllables or abbreviations
    ("Ng", "Th", "Q") joined by spaces or dots; *a* when there is none. *initials*: a
    credit may be initials in capitals ("Đồ họa: RYV")."""
    words, raw = state.words, state.t.raw_gaps
    k = a
    while k < limit and k - a < _MAX_NAME:
        word = words[k]
        if not (word[0].isupper() and word.isalpha()) or (k > a and word in SENTENCE_WORDS):
            break
        if not (is_vietnamese(word) or len(word) <= 2 or (initials and word.isupper())):
            break
        k += 1
        if k < limit and raw[k - 1] not in (" ", ".", ". "):
            break
    return k


def credit_spans(state: ScanState) -> list[Span]:
    """People named in the byline (the last line) and after "Ảnh:" in *state*'s text; a credit
    that names nobody ("Ảnh: BVCC") is a span labelled "", which only clears its words."""
    found: list[Span] = []
    text, t = state.text, state.t
    n = state.n
    for at in state.credit_marks:
        k = bisect_left(t.starts, at)
        if k >= n - 1 or t.starts[k] != at:
            continue
        bracketed = _bracketed_credit(state, k)
        if (
            state.words[k] in _CREDITS
            and (t.raw_gaps[k].strip() == ":" or bracketed)
            and "\n" not in t.raw_gaps[k]
        ):
            # no further than just past the longest name: a long line costs no more
            end = _line_end(state, k + 1, _MAX_NAME + 1)
            stop = name_part(state, k + 1, end, initials=len(state.words[k + 1]) <= 4)
            if (
                stop > k + 1
                and _only_name(state, k + 1, stop, end)
                and _credit_name(state, k + 1, stop)
                and (
                    not bracketed
                    or state.t.raw_gaps[stop - 1].startswith(")")
                    or state.t.raw_gaps[stop - 1] == "/"  # "(Ảnh: Nhật Hồ/Lao động)"
                )
            ):
                # "" (no entity) still overrides what the pass made of the words ("BVCC")
                found.append((k + 1, stop, _credit_label(state, k + 1, stop), ""))
                paper = _paper_after_slash(state, stop)
                if paper is not None:
                    found.append((stop, paper, "ORG", ""))  # "(Ảnh: Nhật Hồ/Lao động)"
            elif stop == k + 1 and _agency(state, k + 1):
                found.append((k + 1, k + 2, "ORG", ""))
    if "(Theo" in text or "(theo" in text or "(Nguồn" in text:  # a regex pass costs more
        for m in _SOURCES.finditer(text):
            found.extend(_sources(state, bisect_left(t.starts, m.end())))
    last_line = text.rstrip().rfind("\n") + 1
    a = bisect_left(t.starts, last_line)  # the last line's first token
    if a + 1 < n and state.words[a] == "Theo" and (a == 0 or state.sentence_start(a)):
        source = _source(state, a + 1)
        if source is not None:
            found.append(source)
        if last_line > 1 and state.is_cap(a + 1):
            # "Vĩnh Ngọc⏎Theo DM": the byline is the line before the outlet
            before = text.rfind("\n", 0, last_line - 1) + 1
            b = bisect_left(t.starts, before)
            if b < a and "\n" in t.raw_gaps[a - 1]:
                found.extend(_byline(state, b, a))
    elif a < n:
        end = n  # the last line runs to the last token (``_line_end`` would walk it)
        theo = _trailing_source(state, a, end)
        if theo is not None:  # "... hôm qua. Vĩnh Ngọc Theo DM": a byline, then the outlet
            names = _byline(state, a, theo)
            source = _source(state, theo + 1) if names else None
            found.extend(names + ([source] if source is not None else []))
        else:
            found.extend(_byline(state, a, end))
    return found


def _paper_after_slash(state: ScanState, stop: int) -> int | None:
    """End of the paper named after a credit and a slash, up to the bracket or the line's end
    ("(Ảnh: Nhật Hồ/Lao động)", "Ảnh: Minh Quân/Tuổi Trẻ"); None when there is none."""
    t = state.t
    if stop >= state.n or t.raw_gaps[stop - 1] != "/" or not state.is_cap(stop):
        return None
    end = stop + 1
    while end < state.n and end - stop < _MAX_NAME and t.raw_gaps[end - 1] == " ":
        if not state.words[end].isalpha():
            return None
        end += 1
    if end == state.n or "\n" in t.raw_gaps[end - 1]:
        return end
    return end if t.raw_gaps[end - 1].strip()[:1] in (")", ".") else None


def _trailing_source(state: ScanState, a: int, end: int) -> int | None:
    """The token "Theo" that gives the outlet at the end of the line a..end, after a name
    ("Vĩnh Ngọc Theo DM"), or None."""
    for k in range(end - 2, max(a, end - _MAX_NAME - 1), -1):
        if state.words[k] == "Theo" and state.t.raw_gaps[k - 1] == " ":
            return k if state.words[k - 1][0].isupper() else None
    return None


def glued_credits(state: ScanState) -> list[Span]:
    """Picture credits glued to the next sentence ("Ảnh: Gia Hân 20h30 cùng ngày, …", "Ảnh:
    AP Phần Lan cùng …", "Ảnh: Nguyệt Nhi Chuyên gia …"): one span per credit whose end is
    where the next sentence starts; the span is the person (PER), or the known outlet
    (labelled ORG by the pass itself). A last capital before a lower-case word starts the
    next sentence ("Chuyên gia"); a number ends the name ("20h30")."""
    found: list[Span] = []
    text, t, n = state.text, state.t, state.n
    state.credit_marks = _credit_marks(text)  # read once, used twice
    for at in state.credit_marks:
        k = bisect_left(t.starts, at)
        if k >= n - 2 or t.starts[k] != at or state.words[k] not in _CREDITS:
            continue
        a = k + 1
        if t.raw_gaps[k].strip() != ":" or "\n" in t.raw_gaps[k] or not state.is_cap(a):
            continue
        known = state.name(a) if state.words[a] in state.g.names else None
        if known is not None:
            e = a + len(known.words)
            if known.label == "ORG" and e < n and t.raw_gaps[e - 1] == " " and state.is_cap(e):
                # "Ảnh: AP Phần Lan cùng …"; before a person, the credit is kept as the agency
                # ("Ảnh: Reuters Emma Watson …": the pass would take the run for a person)
                found.append((a, e, "ORG", known.key if _person_after(state, e) else ""))
            continue
        agency = _agency_before_person(state, a)
        if agency is not None:
            found.append(agency)  # "Ảnh: Instagram Rosie Huntington-Whiteley diện …"
            continue
        stop = name_part(state, a, min(n, a + _MAX_NAME + 1), initials=len(state.words[a]) <= 4)
        if stop >= n or stop == a or t.raw_gaps[stop - 1] not in (" ", ". "):
            continue
        cut = next((m for m in range(a + 1, stop) if _opens(state, m)), None)
        nxt = state.words[stop]
        if cut is not None:
            e = cut  # "Ảnh: Thái Hà Khoảng 20h30", "Ảnh: Lê Tuyết Công ty TNHH …"
        elif nxt[0].isdigit() or nxt in SENTENCE_WORDS:
            e = stop  # "Ảnh: Gia Hân 20h30 cùng ngày", "Ảnh: Minh Anh Trong khi đó"
        elif nxt[0].islower() and stop - a >= 3:
            e = stop - 1  # "Ảnh: Nguyệt Nhi Chuyên gia …": "Chuyên" starts the sentence
        else:
            continue
        if e - a >= 2 and _credit_name(state, a, e):
            found.append((a, e, "PER", ""))
    return found


def _agency_before_person(state: ScanState, a: int) -> Span | None:
    """The agency or site credited at a when a person's name follows it glued, the next
    caption's subject ("Ảnh: Instagram Rosie Huntington-Whiteley diện …", "Ảnh: Getty Images
    Emma Watson …"): a known organisation, or one foreign word (with a company's last word:
    "Images") that is no person's name, then a person (``_person_after``). The span is the
    agency, ORG, keyed (the pass would take the whole run for a person)."""
    words, n = state.words, state.n
    known = match(state.g.names, words, state.gaps, a)
    if known is not None and known.label == "ORG":
        e = a + len(known.words)  # "Ảnh: Reuters Joe …", a known name run on
    elif a + 1 < n and state.gaps[a] == " " and words[a + 1] in ORG_SUFFIXES:
        e = a + 2  # "Ảnh: Getty Images Cristiano …": a company's last word
        if not (words[a].isalpha() and words[a][0].isupper() and not is_vietnamese(words[a])):
            return None
    elif _agency_shaped(state, words[a]):
        e = a + 1
    else:
        return None
    if _person_after(state, e):
        return (a, e, "ORG", "ORG:" + fold(" ".join(words[a:e])))
    return None


def _person_after(state: ScanState, e: int) -> bool:
    """True when a person's name starts at e, right after a credit: a foreign given name and
    a foreign name after it, a Vietnamese surname and a syllable, or a person the gazetteer
    knows, each after one space ("Ảnh: Maroun Francis  Mahlagha …" is a photographer, then
    the caption)."""
    raw = state.t.raw_gaps
    if e + 1 >= state.n or raw[e - 1] != " " or raw[e] != " ":
        return False
    first, second = state.words[e], state.words[e + 1]
    if not (second[:1].isupper() and not is_acronym(second)):
        return False
    if (first in state.g.foreign_given and not is_vietnamese(second)) or (
        first in COMMON_SURNAMES and is_vietnamese(second) and second[1:].islower()
    ):
        return True
    known = match(state.g.names, state.words, state.gaps, e)
    return known is not None and known.label == "PER"


def _agency_shaped(state: ScanState, word: str) -> bool:
    """True for a word that may name a picture agency or a site: one foreign word, no acronym,
    no name of the gazetteer, no English word for the picture ("News", "Photo") and no first
    name the mined names give people (see ``_agency``)."""
    return not (
        word in _PLAIN_CREDITS
        or len(word) < 3
        or not word[0].isupper()
        or not word.isalpha()
        or is_acronym(word)
        or is_vietnamese(word)
        or word in state.g.names
        or word in state.g.non_entities
        or mined_names().labels.get(word) == "PER"
    )


def _credit_marks(text: str) -> list[int]:
    """Where "Ảnh:", "Video :", "Đồ họa:" … stand in *text*: found from each colon (rare in
    text, and ``str.find`` of one character is fast), looking back over spaces and tabs
    for a credit word that starts a word."""
    found: list[int] = []
    colon = text.find(":")
    while colon != -1:
        end = colon
        while end > 0 and text[end - 1] in " \t":
            end -= 1
        for word in _CREDITS:
            at = end - len(word)
            if at >= 0 and text.startswith(word, at) and (at == 0 or not text[at - 1].isalnum()):
                found.append(at)
        colon = text.find(":", colon + 1)
    for word in _BRACKETED:  # "(Ảnh Đỗ Linh)": a credit in brackets may have no colon
        at = text.find(word)
        while at != -1:
            found.append(at + 1)
            at = text.find(word, at + 1)
    return sorted(set(found))


def _bracketed_credit(state: ScanState, k: int) -> bool:
    """True when the credit word at token k opens a bracket and a space follows it ("(Ảnh Đỗ
    Linh)"): the name, closed by the bracket, needs no colon."""
    raw = state.t.raw_gaps
    return (
        k > 0 and raw[k - 1].endswith("(") and raw[k] == " " and state.words[k] == _BRACKETED_WORD
    )


def _opens(state: ScanState, m: int) -> bool:
    """True when the capitalised word at m opens a sentence rather than ending a name: a
    time or function word ("Ngày", "Khoảng", "Theo") or a cue ("Bà", "Công ty", "Đội")."""
    word = state.words[m]
    if word in _OPENING_WORDS or word in FUNCTION_WORDS:
        return True
    if state.t.raw_gaps[m - 1] == ". ":
        before = state.words[m - 1]
        return not (len(before) <= 2 and before[0].isupper())  # not after an initial: "N. Hữu"
    return state.lowers[m] in state.g.cues and state.match_lower(state.g.cues, m) is not None


def _credit_name(state: ScanState, a: int, e: int) -> bool:
    """True when tokens a..e may be a photographer's name: no cue, no known place or body,
    no word glued to the next ("HuyMiền"), not "TƯ LIỆU" (archive)."""
    if state.lowers[a] == "tư" and a + 1 < state.n and state.lowers[a + 1] == "liệu":
        return False
    if state.lowers[a] in state.g.cues and state.cue(a) is not None:
        return False
    for m in range(a, e):
        if is_camel(state.words[m]):
            return False
        if state.words[m] in state.g.names:
            known = state.name(m)
            if (
                known is not None
                and known.label != "PER"
                and not _district(state, known)
                and not _country_led(state, known, a, e)
            ):
                return False
    return True


def _country_led(state: ScanState, known: Phrase, a: int, e: int) -> bool:
    """True when a one-word place, a country named short, is a syllable of a credit's name of
    two or more ("Ảnh: Nhật Hồ/Lao động", "Ảnh: Thái Hà"), not a place's whole name."""
    return (
        known.label == "LOC"
        and len(known.words) == 1
        and e - a > 1
        and all(is_vietnamese(word) for word in state.words[a:e])
    )


# English words written as a credit that name no agency: what the picture is, or a generic
# source ("Ảnh: Handout", "Video: Next", "Ảnh: Internet"; counts of the real-news corpora)
_PLAIN_CREDITS = frozenset(
    {"News", "Next", "Science", "Handout", "Travel", "Stock", "Routine", "Paper"}
    | {"Airlines", "Agriculture", "Photo", "Photos", "Screenshot", "Clip", "Illustration"}
    | {"Internet", "Video", "Image", "Images", "Archive", "Source", "File", "Web", "Online"}
)


def _agency(state: ScanState, a: int) -> bool:
    """True when the credit at a is one foreign word alone, the name of a picture agency or a
    site ("Ảnh: Shutterstock.", "(Ảnh: Alamy)", "Ảnh: Getty"): no Vietnamese syllable, no
    acronym (left to the rules above), nothing after it on the line but a full stop or a
    bracket, no name of the gazetteer ("Ảnh: Paris") and no English word that says what the
    picture is or where it comes from (``_PLAIN_CREDITS``: "Ảnh: News", "Video: Next", "Ảnh:
    Handout"). In the real-news corpora such a credit names an agency or a site in nearly
    every case; a photographer is credited by a full name ("Ảnh: Iris Weinstein"), or by a
    first name the mined names give people."""
    if not _agency_shaped(state, state.words[a]):
        return False  # "Ảnh: Albert", "Video: Anna": a first name the news gives people
    if a + 1 == state.n:
        return True
    gap = state.t.raw_gaps[a]
    if gap == "." and state.words[a + 1][:1].islower():
        return False  # "Ảnh: Traveller.com.au": a site's address, left as before
    return "\n" in gap or gap.strip()[:1] in (".", ")")


def _credit_label(state: ScanState, a: int, e: int) -> str:
    """What the credit a..e names: an agency or a company written with a company's last word
    ("Getty Images", ``ORG_SUFFIXES``) is ORG (a known one is left to the gazetteer: "Ảnh:
    CBS"); a common acronym or one of a thing given ("… cung cấp") names nobody, "" ("Ảnh:
    BTC", "Ảnh: NVCC", "Ảnh: BVCC": the organisers, the person or the hospital in the story);
    anything else is the photographer, PER ("Ảnh: Hoàng Hà", "Ảnh: H.L", "Ảnh: NTH")."""
    word = state.words[a]
    if e - a == 1 and is_acronym(word):
        given = len(word) >= 3 and word.endswith("CC")
        return "" if word in state.g.non_entities or given else "PER"
    return "ORG" if state.words[e - 1] in ORG_SUFFIXES else "PER"


def _district(state: ScanState, known: Phrase) -> bool:
    """True for a Vietnamese district's name or a Chinese city's in Sino-Vietnamese, also a
    person's ("Ảnh: An Minh", "Ảnh: Gia Hưng")."""
    key = known.key[4:]
    return known.label == "LOC" and (
        key in state.g.districts or (known.ambiguous and key in state.g.world_places)
    )


def _byline(state: ScanState, a: int, end: int) -> list[Span]:
    """The reporters' names that end the line a..end: the whole line ("Minh Anh", "Ngọc Tài
    - Huy Phong", "Q.H (Tổng hợp)") or its last sentence ("... video. Ngọc Tài")."""
    starts = [a] if a == 0 or state.sentence_start(a) else []
    starts += [
        k
        for k in range(max(a + 1, end - 3 * _MAX_NAME), end)
        if state.t.raw_gaps[k - 1] in _SENTENCE_ENDS
    ]
    for s in starts:
        names = _names(state, s, end, whole=s == a)
        if names:
            return names
    return []


def _names(state: ScanState, k: int, end: int, whole: bool) -> list[Span]:
    """Names joined by dashes from k to the end of the line, and nothing else after them but
    a bracket or a full stop; [] when the words are something else."""
    raw = state.t.raw_gaps
    names: list[Span] = []
    while len(names) < _MAX_AUTHORS:
        stop = name_part(state, k, end)
        if not (
            stop - k >= 2
            or (stop > k and raw[k][:1] == ".")
            or (whole and stop == end == k + 1 and not names and _given_name(state, k))
        ):
            return []
        if not _person_like(state, k, stop, whole, after_name=whole and bool(names)):
            return []
        names.append((k, stop, "PER", ""))
        if stop == end:
            tail = state.text[state.t.ends[stop - 1] :].split("\n", 1)[0].strip()
            return names if tail in ("", ".") or tail.startswith("Theo ") else []
        gap = raw[stop - 1].strip()
        if gap == "-":
            k = stop
            continue
        return names if gap.startswith("(") and _closes(state, stop, end) else []
    return []


def _given_name(state: ScanState, k: int) -> bool:
    """True for a last line that is one given name ("Hiền", "Thủy."): a Vietnamese syllable
    written with one capital, no gazetteer name, cue or common closing word."""
    word = state.words[k]
    return (
        len(word) > 1
        and word[1:].islower()
        and is_vietnamese(word)
        and word not in _CLOSING_WORDS
        and (word not in state.g.names or state.name(k) is None)  # "Hoài" of "Hoài Đức"
        and state.lowers[k] not in state.g.cues
        and state.lowers[k] not in state.g.stopwords
    )


def _person_like(
    state: ScanState, k: int, stop: int, whole: bool, after_name: bool = False
) -> bool:
    """False for a known organisation or thing, or a head ("Bộ Tài chính"); a place passes
    only as the whole line's only words ("Lâm Đồng" signs an article). *after_name*: a
    reporter's name and a dash come before on the line, so two syllables whose first may
    head a body sign the article too ("Trung Kiên - Khoa Nam")."""
    if state.words[k] in state.g.names:
        known = state.name(k)
        if known is not None and (
            known.label != "LOC" or not (whole or known.key[4:] in state.g.lesser_districts)
        ):
            return False
    cue = state.cue(k) if state.lowers[k] in state.g.cues else None
    if cue is None or (cue.label == "TITLE" and len(cue.words) == 1 and stop - k > 1):
        return True
    # a paragraph that is nothing but two syllables signs the article ("Trường Thịnh",
    # "Sông Lam"), even when its first word may head a name; so does such a name after
    # another one and a dash
    if len(cue.words) != 1 or stop - k != 2:
        return False
    return (whole and k == 0 and stop == state.n) or after_name


def _closes(state: ScanState, stop: int, end: int) -> bool:
    """True when the bracket after token stop - 1 closes at the end of the line."""
    line = state.text[state.t.ends[stop - 1] :].split("\n", 1)[0].rstrip().rstrip(".")
    return line.endswith(")")


def _sources(state: ScanState, k: int) -> list[Span]:
    """The outlets listed in "(Theo New York Post, RT)" from token k: each one an ORG; known
    names are left to the pass; [] unless the bracket holds only capitalised names."""
    found: list[Span] = []
    raw = state.t.raw_gaps
    while k < state.n and len(found) < _MAX_AUTHORS:
        start = k
        while (
            k < state.n
            and k - start < _MAX_NAME
            and (state.words[k][0].isupper() or _source_link(state, start, k))
        ):
            k += 1
            if k >= state.n or raw[k - 1] not in (" ", "-", "."):
                break
        if k == start:
            return []
        known = state.name(start) if state.words[start] in state.g.names else None
        if known is None or start + len(known.words) != k:
            found.append((start, k, "ORG", ""))  # a known name whole is left to the pass
        gap = raw[k - 1].strip()
        if gap.startswith(")"):
            return found
        if gap != "," or k >= state.n:
            return []
    return []


def _source_link(state: ScanState, start: int, k: int) -> bool:
    """True when token k is a small English or French word inside an outlet's name, between
    capitalised words ("Time of Israel", "Le Monde", "Bank of America")."""
    return (
        k > start
        and state.words[k] in _SOURCE_LINKS
        and k + 1 < state.n
        and state.t.raw_gaps[k] == " "
        and state.words[k + 1][0].isupper()
    )


def _source(state: ScanState, k: int) -> Span | None:
    """The news outlet in a last line "Theo <outlet>" ("Theo Dân Việt", "Theo DM"): ORG."""
    end = _line_end(state, k)
    if end - k > _MAX_NAME or state.text[state.t.ends[end - 1] :].strip() not in ("", "."):
        return None
    if any(not state.words[m][0].isupper() for m in range(k, end)):
        return None
    if any(state.t.raw_gaps[m] not in (" ", "-") for m in range(k, end - 1)):
        return None
    if state.words[k] in state.g.names and state.name(k) is not None:
        return None  # a known name ("Theo Reuters") is labelled by the pass
    return (k, end, "ORG", "")


def _line_end(state: ScanState, k: int, most: int | None = None) -> int:
    """The token after the last one on the line of token k, or ``k + most`` if sooner."""
    m = k + 1
    stop = state.n if most is None else min(state.n, k + most)
    while m < stop and "\n" not in state.t.raw_gaps[m - 1]:
        m += 1
    return m


def _only_name(state: ScanState, a: int, stop: int, end: int) -> bool:
    """True when tokens a..stop are the whole name part of their line: what follows is a
    full stop, the end of the line or a bracket, and no gazetteer name or cue starts it."""
    t = state.t
    if t.ends[stop - 1] - t.starts[a] > _MAX_LINE:
        return False
    after = t.raw_gaps[stop - 1] if stop < state.n else state.text[t.ends[stop - 1] :]
    tail = after.strip()
    if stop < end and not (
        tail.startswith(("(", ")"))
        # the paper after a slash, after a name of two words or more ("Nhật Hồ/Lao động";
        # not "Video: X/…", a site)
        or (tail == "/" and stop - a > 1 and state.is_cap(stop))
    ):
        return False
    if stop == end and tail not in ("", ".") and not tail.startswith(")"):
        return False
    if state.words[a] in state.g.names:
        known = state.name(a)
        if (
            known is not None
            and not _district(state, known)
            and not _country_led(state, known, a, stop)
        ):
            return False
    cue = state.cue(a) if state.lowers[a] in state.g.cues else None
    return cue is None or (cue.label == "TITLE" and len(cue.words) == 1 and stop - a > 1)
