"""A body's full name written before its acronym in brackets is one organisation, whole:
"Ngân hàng thế giới (WB)", "Tổ chức các nước xuất khẩu dầu mỏ (OPEC)", "Cơ quan năng lượng
nguyên tử quốc tế (IAEA)", "Ủy ban Olympic quốc tế (IOC)", "Chương trình Lương thực thế giới
(WFP)".

The scan stops such a name at its first lower-case word that is no name word ("Ủy ban
Olympic"), finds nothing in one written wholly in lower case after its head ("Ngân hàng thế
giới"), or takes a UN agency named a programme for an event (MISC). The acronym after it, an
organisation, says what the words before the bracket are: from the nearest capitalised head
of a body before the bracket, in the same clause (no punctuation between), to the bracket.
A name the scan cut inside those words is the same name ("Tổ chức Các nước" before "xuất
khẩu dầu (OPEC)").

Nothing changes when the nearest head is another body's (two bodies may be named one after
the other: "Bộ Tài chính và Ngân hàng Thế giới (WB)") or an event's ("Ban lãnh đạo Diễn đàn …
(APEC)": a forum stays an event, guideline rule 17); when words that make a clause stand
before the bracket ("vừa", "đã", "ông", a title) or "tại" and a place (rule 12); when a
Vietnamese person's name after a lower-case word ends right before the bracket (a player's
club: "… gọi trở lại Huy Hoàng (SLNA)"); when the bracket is a paper's dateline after a
headline ("… (NLĐ)- Ngày 1-3"); and for a body with no name whose acronym spells out its
lower-case words ("Hội đồng thành viên (HĐTV)", rules 11 and 18).
"""

from __future__ import annotations

from bisect import bisect_left

from vnreader.analysis.entity_state import DASHES, LOWER_TITLE_FIRSTS, Span
from vnreader.analysis.entity_tokens import Tokens, is_vietnamese
from vnreader.analysis.gazetteer import Gazetteer, Phrase, match

_MAX_WORDS = 14  # words between the head and the bracket
_REACH = 40  # tokens a name found by the scan may span
# the gaps a full name holds between its words: a space, a dash ("châu Á - Thái Bình Dương")
_INSIDE = frozenset({" ", "-", " - ", " – ", "–"})
# words that make a clause of what stands before the bracket, no name: tense and voice
# ("Liên minh châu Âu vừa ban hành …"), a person ("… thay ông …"), verbs of joint work
_CLAUSE_WORDS = frozenset(
    {"vừa", "đã", "đang", "sẽ", "được", "bị", "là", "ông", "bà", "anh", "chị", "thay"}
    | {"kết", "phối", "nhận", "đạt", "hủy", "huỷ", "nói", "biết", "cũng", "qua", "khuyến"}
    # examples named after a group ("các CLB châu Âu như Didier Drogba (Chelsea)")
    | {"như", "gồm"}
    # "X tại Đà Nẵng (DVTV)": the body and its place (guideline rule 12)
    | {"tại"}
)
# event heads that a body's known acronym makes a body: the agencies named programmes
# ("Chương trình Lương thực thế giới (WFP)"; but a programme of its own acronym stays a
# programme: "Chương trình đào tạo kỹ sư … (PFIEV)"); other events stay events, forums
# included ("Diễn đàn Kinh tế thế giới (WEF)", guideline rule 17; "Hội nghị …")
_BODY_EVENTS = frozenset({"chương trình"})
# heads that open a common noun or an event too: "Hội chứng" (a syndrome), "Hội nghị" (a
# conference), "Vụ cháy" (a fire), "Khoa học" (science), "Báo cáo" (a report)
_NOT_HEADS = frozenset({"hội chứng", "hội nghị", "hội thảo", "khoa học", "báo cáo"})
_NOT_HEADS |= frozenset({"vụ cháy", "vụ án", "vụ việc", "vụ nổ", "vụ tai"})


def long_forms(tokens: Tokens, spans: list[Span], gaz: Gazetteer) -> None:
    """Make each full name before an organisation's acronym in brackets one ORG (in place).

    The words before two brackets never overlap (the search stops at a bracket), so every
    change is found against the spans as given and made at the end: the work grows with the
    text, not with its brackets times its names."""
    raw = tokens.raw_gaps
    bracketed = [
        i
        for i, j, label, _ in spans
        if label == "ORG"
        and j - i == 1
        and i > 0
        and raw[i - 1] == " ("
        and raw[i].startswith(")")
        # not a paper's dateline after a headline: "… (NLĐ)- Ngày 1-3", "(TTXVN) - …"
        and raw[i][1:].strip()[:1] not in ("-", "–")
    ]
    if not bracketed:
        return
    order = sorted(range(len(spans)), key=lambda m: spans[m][0])
    firsts = [spans[m][0] for m in order]

    def near(lo: int, hi: int) -> list[Span]:
        """The spans that start in [lo - _REACH, hi) and end after lo."""
        a, b = bisect_left(firsts, lo - _REACH), bisect_left(firsts, hi)
        return [spans[order[x]] for x in range(a, b) if spans[order[x]][1] > lo]

    removed: set[Span] = set()
    added: list[Span] = []
    for acronym in sorted(bracketed):
        start = _head_before(tokens, acronym, gaz)
        if start is None:
            continue
        end = acronym  # the name's tokens are start .. acronym - 1
        for s in near(start, end):
            if s[1] == end and s[0] < start and s[2] != "PER" and _head_at(tokens, s[0], end, gaz):
                start = s[0]  # the head found is inside a longer name ("… Liên Hiệp Quốc")
        inside = [s for s in near(start, end) if s[0] != acronym]
        if any(s[0] < start and s[2] == "ORG" for s in inside):
            start = min(s[0] for s in inside if s[2] == "ORG")  # a name cut inside the words
            inside = [s for s in near(start, end) if s[0] != acronym]
        if any(s[0] < start or s[1] > end for s in inside):
            continue  # another name reaches across its edge
        if any(_person_s_club(tokens, s, start, end, acronym) for s in inside):
            continue  # "… gọi trở lại Huy Hoàng (SLNA)": a player's club, after his name
        if _place_after_dash(tokens, inside, end, gaz):
            continue  # "Đại học East Anglia - Anh quốc (UEA)": the body, then its country
        if any(s[0] == start and s[1] == end and s[2] == "ORG" for s in inside):
            continue  # named whole already
        if not _own_name(tokens, start, end, acronym, gaz):
            continue
        removed.update(inside)
        added.append((start, end, "ORG", ""))
    if added:
        spans[:] = [s for s in spans if s not in removed] + added


def _person_s_club(tokens: Tokens, span: Span, start: int, end: int, acronym: int) -> bool:
    """True for a Vietnamese person's name after a lower-case word, right before the bracket
    at *acronym*, whose initials are not the acronym: the bracket is the person's club ("…
    gọi trở lại Huy Hoàng (SLNA)"), not a short form of the words before it. A foreign name
    there is more often a body's own ("Hội nhà báo Hollywood (HFPA)")."""
    i, j, label, _ = span
    words = tokens.words
    if label != "PER" or j != end or i <= start or not words[i - 1].islower():
        return False
    if not all(is_vietnamese(w) for w in words[i:j]):
        return False
    return "".join(w[0] for w in words[i:j]).upper() != words[acronym].upper()


def _place_after_dash(tokens: Tokens, inside: list[Span], end: int, gaz: Gazetteer) -> bool:
    """True when a country after a dash ends the words before the bracket at *end* and a body
    ends at the dash (not a city that is part of the name: "Ngân hàng TMCP Sài Gòn - Hà Nội
    (SHB)")."""
    for i, j, label, _ in inside:
        if j == end and label == "LOC" and i > 0 and tokens.raw_gaps[i - 1].strip() in DASHES:
            known = match(gaz.names, tokens.words, tokens.gaps, i)
            return (
                known is not None
                and i + len(known.words) == end
                and known.key[4:] in gaz.countries
                and any(s[1] == i and s[2] == "ORG" for s in inside)
            )
    return False


def _head_before(tokens: Tokens, acronym: int, gaz: Gazetteer) -> int | None:
    """The token of the nearest capitalised head of a body before the bracket at *acronym*,
    words joined by spaces or dashes only; None when there is none within reach."""
    words, raw = tokens.words, tokens.raw_gaps
    first = max(0, acronym - 1 - _MAX_WORDS)
    k = acronym - 1
    while k >= first:
        if k < acronym - 1 and raw[k] not in _INSIDE:
            return None
        if words[k] in _CLAUSE_WORDS:  # in lower case: "Anh" is England too
            return None
        if words[k][:1].isupper():
            lowers = [w.lower() for w in words[k:acronym]]
            head = match(gaz.cues, lowers, tokens.gaps[k:acronym], 0)
            if (
                head is not None
                and head.label == "TITLE"
                and head.words[0] not in gaz.pronoun_titles  # "Anh" is England too
                # a title written in lower case only is a name's word when capitalised:
                # "Cơ quan Quản lý Bầu cử chung Bolivia (OEB)" (the election, no club owner)
                and head.words[0] not in LOWER_TITLE_FIRSTS
            ):
                return None  # "CLB X và Giám đốc kỹ thuật (GĐKT)": a person's office
            if head is not None and head.label == "HEAD" and len(head.words) < acronym - k:
                if _body_head(tokens, acronym, gaz, head, lowers):
                    return k
                if " ".join(head.words) not in _BODY_EVENTS:
                    # a forum, a conference, a syndrome is no body, whatever stands before
                    # it ("Ban lãnh đạo Diễn đàn … (APEC)"); a programme may be part of a
                    # body's name ("Cơ quan Quản lý Chương trình mua sắm … (DAPA)")
                    return None
        k -= 1
    return None


def _head_at(tokens: Tokens, k: int, acronym: int, gaz: Gazetteer) -> bool:
    """True when a capitalised head of a body starts at token k and words follow it before
    the bracket at *acronym*."""
    if not tokens.words[k][:1].isupper():
        return False
    lowers = [w.lower() for w in tokens.words[k:acronym]]
    head = match(gaz.cues, lowers, tokens.gaps[k:acronym], 0)
    return (
        head is not None
        and head.label == "HEAD"
        and len(head.words) < acronym - k
        and _body_head(tokens, acronym, gaz, head, lowers)
    )


def _body_head(
    tokens: Tokens, acronym: int, gaz: Gazetteer, head: Phrase, lowers: list[str]
) -> bool:
    """True when *head*, matched on *lowers* (the words from it to the bracket), heads a
    body: no event but a known agency's programme, and no common noun ("Hội chứng")."""
    return (not head.event or _known_body(tokens, acronym, gaz, head.words)) and (
        " ".join(lowers[:2]) not in _NOT_HEADS
    )


def _known_body(tokens: Tokens, acronym: int, gaz: Gazetteer, head: tuple[str, ...]) -> bool:
    """True when an event's *head* names a body before the acronym at *acronym*: a
    programme's, and the gazetteer knows the acronym as an organisation."""
    if " ".join(head) not in _BODY_EVENTS:
        return False
    known = match(gaz.names, tokens.words, tokens.gaps, acronym)
    return known is not None and known.label == "ORG" and len(known.words) == 1


def _own_name(tokens: Tokens, start: int, end: int, acronym: int, gaz: Gazetteer) -> bool:
    """False for a body with no name of its own whose acronym spells out its lower-case
    words ("Hội đồng thành viên (HĐTV)", "Ban quản lý dự án (BQLDA)", "Cảnh sát giao thông
    (CSGT)": guideline rules 11 and 18), unless the gazetteer knows the acronym as a body."""
    words = tokens.words
    if any(w[:1].isupper() for w in words[start + 1 : end]):
        return True  # "Ủy ban Olympic quốc tế (IOC)"
    initials = "".join(w[0] for w in words[start:end]).upper()
    if initials != words[acronym].upper():
        return True  # "Tổ chức nghiên cứu ung thư quốc tế (IARC)"
    known = match(gaz.names, words, tokens.gaps, acronym)
    return known is not None and known.label == "ORG" and len(known.words) == 1
