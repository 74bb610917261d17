"""Acronyms that are no organisations: models glued to a number ("VAM-1", "SM-6"), and the
acronyms that the text itself spells out as common nouns (guideline rules 18 and 73c): "công
tác an toàn sức khỏe môi trường (ATSKMT)", "chương trình đào tạo (CTĐT)", then "ATSKMT" and
"CTĐT" alone; and those that other articles of real news spell out so (``data/
common_acronyms.txt``: "ĐKĐT", "ATGT"); and acronyms after a word of machines or standards
("máy CNC", "chuẩn GMP"). A rice variety's code after "gạo" or "lúa" ("gạo ST25", "lúa OM
5451") is a named thing (MISC).

An unknown acronym is an organisation by default ("VABIOTECH"); but when the text writes it in
brackets right after the lower-case words whose initials it is, it shortens a common noun,
wherever it stands in the text. An acronym the gazetteer knows keeps its label ("ngân hàng
nhà nước (NHNN)"), and so does one spelled out by a name ("Tổng cục Giáo dục nghề nghiệp
(GDNN)": the words are inside an organisation) or by the lower-case words after a head
("công ty xuất nhập khẩu vật tư (XNKVT)": a company named in lower case); so does the
acronym in brackets right after a name, which is that name's. An unknown acronym in
brackets after a lower-case description of two words or more whose initials it is not (a
term's foreign initials: "tình trạng xơ hóa vùng trán (FFA)", "liệu pháp hoóc môn thay thế
(HRT)") shortens a common noun too: Vietnamese writes names with capitals, so a description
all in lower case names no body, unless a body's head stands in it or before it ("tổ chức
…").
"""

from __future__ import annotations

import re
from bisect import bisect_left

from vnreader.analysis.entity_state import CUE_WORD_ENDS, DASHES, LOWER_HEADS, Span
from vnreader.analysis.entity_tokens import Tokens, is_acronym, opens_sentence
from vnreader.analysis.fold import fold
from vnreader.analysis.gazetteer import Gazetteer, match, mined_names

_MAX_LETTERS = 8
# a paper's or a channel's words: a mined acronym after one names it ("báo TT")
_MEDIA_WORDS = frozenset({"báo", "tờ", "đài", "kênh", "tạp chí", "hãng tin", "trang"})
# ... but not as the end of another word ("dự báo", "thông báo", "cảnh báo", "nhà báo")
_NOT_MEDIA = frozenset({"dự", "thông", "cảnh", "nhà", "tình", "họp", "phóng", "điện", "báo"})
# the most words of a lower-case description read before an acronym in brackets
_MAX_DESCRIPTION = 16
# heads of bodies that real news writes in lower case before a body's acronym ("cơ quan năng
# lượng quốc tế (IEA)", "lực lượng đặc biệt (SSO)"): such a description names a body
_BODY_HEADS = frozenset(
    {"cơ quan", "viện", "hiệp hội", "ủy ban", "uỷ ban", "trung tâm", "cục", "tổ chức"}
    | {"lực lượng", "liên đoàn", "văn phòng", "hội đồng", "công đoàn", "liên minh", "đảng"}
    | {"quỹ", "ngân hàng", "tập đoàn", "công ty", "hãng", "mạng lưới"}
)
# words before a body's head that lead to it as a noun ("các tổ chức …", "thuộc lực lượng …";
# not "đã tổ chức …", to organise, nor "thư viện", "mạng cục bộ")
_BEFORE_BODY = frozenset({"các", "những", "một", "của", "cho", "với", "từ", "tại", "theo", "và"})
_BEFORE_BODY |= {"thuộc", "ở", "bởi", "do", "là", "gồm"}
# treaties and laws named after the bodies they bind ("hiệp ước các lực lượng hạt nhân tầm
# trung (INF)", "đạo luật đăng ký cơ quan nước ngoài (FARA)"): no body
_DOCUMENTS = frozenset({"hiệp ước", "hiệp định", "thỏa thuận", "thoả thuận", "đạo luật", "luật"})
_DOCUMENTS |= {"công ước", "nghị định", "quy chế", "chương trình", "cuộc thi", "giải"}
# the most words of a body's field after its head in a lower-case description
_MAX_FIELD = 8
# the most lower-case words after a capital that may still be a name's tail ("Trường TH thực
# hành", "Công đoàn công nhân giao thông"): a longer run after a name is a clause ("Giáo sư X
# cho biết cân nặng và chỉ số …")
_NAME_TAIL = 6
# an acronym in brackets: "(TNGT)"
BRACKETED = re.compile(r"\(([A-ZĐ][A-ZĐ&]{1,7})\)")


def _after_head(tokens: Tokens, first: int, gaz: Gazetteer) -> bool:
    """True when a head that names a body in lower case ("công ty", not "vụ") ends right
    before token *first*."""
    for size in (1, 2, 3):
        start = first - size
        if start < 0:
            return False
        words = [w.lower() for w in tokens.words[start:first]]
        phrase = match(gaz.cues, words, tokens.gaps[start:first], 0)
        if phrase is not None and len(phrase.words) == size and phrase.lowercase_head:
            if words[0] in LOWER_HEADS and not tokens.words[first][:1].isupper():
                return False  # "mạng cục bộ ảo (VLAN)": a word, no department before a name
            # not the end of a longer word: "vốn chủ sở hữu (ROE)", "cơ sở dữ liệu"
            return not (
                start > 0
                and tokens.gaps[start - 1] == " "
                and tokens.words[start - 1].lower() in CUE_WORD_ENDS.get(words[0], ())
            )
    return False


def _after_media(tokens: Tokens, k: int) -> bool:
    """True when a paper's or a channel's word in lower case stands right before token k
    ("báo TT", "tờ TN", "đài TH"; not "dự báo NCS")."""
    words = tokens.words
    if k == 0 or tokens.gaps[k - 1] != " ":
        return False
    if k > 1 and f"{words[k - 2]} {words[k - 1]}" in _MEDIA_WORDS:
        return True
    return words[k - 1] in _MEDIA_WORDS and not (
        k > 1 and tokens.gaps[k - 2] == " " and words[k - 2] in _NOT_MEDIA
    )


def spelled_as_common_noun(tokens: Tokens, k: int, covered: list[bool], gaz: Gazetteer) -> bool:
    """True when the acronym at token k, in brackets, follows the lower-case words whose
    initials it is, none of them inside an entity nor after a head ("công ty xuất nhập
    khẩu vật tư (XNKVT)" names a company)."""
    letters = fold(tokens.words[k]).upper()
    size = len(letters)
    first = k - size
    words, raw = tokens.words, tokens.raw_gaps
    if size > _MAX_LETTERS or first < 0 or not raw[k - 1].endswith("("):
        return False
    if raw[k].lstrip(")").strip()[:1] in DASHES:
        return False  # "… Vì người lao động (NLĐ)- Chiều 17-1": the paper's tag after a headline
    if any(raw[m] not in (" ", ", ") for m in range(first, k - 1)):
        return False  # "phòng, chống thiên tai (PCTT)" may hold a comma
    if not words[first][:1].islower() or any(covered[m] for m in range(first, k)):
        return False
    if fold("".join(w[0] for w in words[first:k])).upper() != letters:
        return False
    return not _after_head(tokens, first, gaz)


def _described_in_lower_case(tokens: Tokens, k: int, covered: list[bool], gaz: Gazetteer) -> bool:
    """True when the acronym at token k, in brackets, follows a lower-case description of two
    words or more, none inside an entity, read back to a capital or a break ("… tình trạng xơ
    hóa vùng trán (FFA)"; not "đồng Bảng Anh (GBP)"), with no body's head in lower case in it
    or right before it ("tổ chức ân xá quốc tế (AI)"), nor a capitalised head right before it
    ("Hiệp hội công nghiệp chip (SIA)")."""
    words, raw = tokens.words, tokens.raw_gaps
    if k < 2 or raw[k - 1] not in (" (", "("):
        return False
    if raw[k].lstrip(")").strip()[:1] in DASHES:
        return False  # "… Vì người lao động (NLĐ)- Chiều 17-1": the paper's tag
    start = k - 1
    if not (words[start].isalpha() and words[start].islower()) or words[start] in gaz.stopwords:
        return False  # "một quan chức của (SFDA)": after a preposition, its object, a name
    while (
        start > 0
        and k - start < _MAX_DESCRIPTION
        and raw[start - 1] == " "
        and words[start - 1].isalpha()
        and words[start - 1].islower()
    ):
        start -= 1
    if k - start < 2 or any(covered[m] for m in range(start, k)):
        return False
    if start > 0 and (
        (raw[start - 1] == " " and words[start - 1].islower()) or raw[start - 1] == ", "
    ):
        # longer than read, or a list before a comma ("Hiệp hội quân nhân, thủy thủ và …
        # (SSAFA)"): its start, and a head there, unseen
        return False
    if (
        start > 0
        and raw[start - 1] == " "
        and words[start - 1][:1].isupper()
        and k - start <= _NAME_TAIL
        and not opens_sentence(tokens, start - 1)
    ):
        return False  # a name's lower-case tail ("Trường TH thực hành (ĐHSP)")
    if any(_after_head(tokens, first, gaz) for first in range(start, k + 1)):
        return False  # "công ty xuất nhập khẩu (XNK)": a body named in lower case
    if _body_described(tokens, start, k, gaz):
        return False  # "trung tâm kiểm soát và phòng ngừa dịch bệnh (CDC)", "cơ quan …"
    # a body's capitalised head right before the lower-case words ("Hiệp hội công nghiệp
    # chip (SIA)", "Văn phòng điều tra tham nhũng (CPIB)")
    first = start - 1 if start > 0 and raw[start - 1] == " " else start
    cue = match(gaz.cues, [word.lower() for word in words[first:k]], tokens.gaps[first:k], 0)
    return cue is None or cue.label != "HEAD"


def _body_described(tokens: Tokens, start: int, k: int, gaz: Gazetteer) -> bool:
    """True when the lower-case description start..k, before an acronym at k, is a body's: a
    body's head opens it or follows a word that leads to one ("theo trung tâm …", "thuộc lực
    lượng đặc biệt …", "các tổ chức …"; not "thư viện", "mạng cục bộ", "đã tổ chức huấn
    luyện"), no treaty or law comes before the head ("hiệp ước các lực lượng hạt nhân …": the
    treaty's), and what follows the head is its field, a short run of no function word but
    "và" ("các tổ chức tín dụng phải lắp đặt máy …" is a clause)."""
    words = tokens.words
    for m in range(start, k):
        head = words[m] if words[m] in _BODY_HEADS else " ".join(words[m : m + 2])
        if head not in _BODY_HEADS:
            continue
        if m > start and words[m - 1] not in _BEFORE_BODY:
            continue
        if any(
            " ".join(words[x : x + 2]) in _DOCUMENTS or words[x] in _DOCUMENTS
            for x in range(start, m)
        ):
            return False
        field = words[m + len(head.split()) : k]
        if len(field) <= _MAX_FIELD and not any(
            word in gaz.stopwords and word != "và" for word in field
        ):
            return True
    return False


def drop_common_acronyms(text: str, tokens: Tokens, spans: list[Span], gaz: Gazetteer) -> None:
    """Drop the organisations written as an acronym that the text spells out as a common noun,
    or that real news does (``data/common_acronyms.txt``, mined by
    ``benchmarks/build_acronyms.py``), in place."""
    words = tokens.words
    ones = {words[i] for i, j, label, _ in spans if j - i == 1 and label == "ORG"}
    if not ones:
        return
    mined = ones & gaz.common_acronyms
    common = set(mined)
    bracketed = set(BRACKETED.findall(text))
    covered: list[bool] | None = None
    for word in (ones & bracketed) - common:
        if word in gaz.names:
            continue  # the gazetteer knows it ("NHNN", "WHO")
        at = text.find(f"({word})")
        while at != -1:
            if covered is None:
                covered = [False] * len(words)
                for i, j, _, _ in spans:
                    covered[i:j] = [True] * (j - i)
            k = bisect_left(tokens.starts, at + 1)
            if k < len(words) and (
                spelled_as_common_noun(tokens, k, covered, gaz)
                or (
                    word not in mined_names().labels
                    and _described_in_lower_case(tokens, k, covered, gaz)
                )
            ):
                common.add(word)
                break
            at = text.find(f"({word})", at + 1)
    if common:
        # the acronym in brackets after a name stays that name's ("Bộ Giao thông vận tải
        # (GTVT)", where "giao thông vận tải (GTVT)" elsewhere is the trade)
        named = {j for _, j, label, _ in spans if label == "ORG"}
        spans[:] = [
            s
            for s in spans
            if not (
                s[2] == "ORG"
                and s[1] - s[0] == 1
                and words[s[0]] in common
                and not (s[0] in named and tokens.raw_gaps[s[0] - 1] == " (")
                # "báo TT": a mined acronym after a paper's word is the paper
                and not (words[s[0]] in mined and _after_media(tokens, s[0]))
            )
        ]


# common nouns before an acronym that make it a kind of thing, no body: an activity, an index,
# a report, a certificate, a scan, a test, a standard, a therapy, a system being built ("công
# tác ATVSTP", "chỉ số GCI", "giấy chứng nhận QSHN", "chụp MSCT"; not "xây dựng", "báo cáo":
# "xây dựng ICISE", "báo cáo WWF" name the body built or reporting as often)
_THING_FRAMES = frozenset(
    {"công tác", "chỉ số", "chứng nhận", "chụp", "xét nghiệm", "tiêu chuẩn", "liệu pháp"}
    | {"phương pháp", "kỹ thuật", "chứng chỉ", "bài tiết"}
)


# the last word of a title before a frame, which makes it an office of the body after it
_OFFICERS = frozenset({"đốc", "trưởng", "phó", "viên", "phòng", "phận", "ban"})


def drop_thing_acronyms(tokens: Tokens, spans: list[Span], gaz: Gazetteer) -> None:
    """Drop the organisations written as one acronym the gazetteer does not know and the text
    does not give a body as its short name, right after a common noun in lower case that makes
    it a kind of thing (``_THING_FRAMES``), in place."""
    words, gaps, raw = tokens.words, tokens.gaps, tokens.raw_gaps
    # the short names a text gives a body in brackets right after its name: "Trung tâm Quốc
    # tế Khoa học (ICISE)" is a body wherever the text writes "ICISE"
    shorts = {
        words[j]
        for i, j, label, _ in spans
        if label == "ORG" and j < len(words) and raw[j - 1].endswith("(")
    }
    drop = set()
    for n, (i, j, label, _) in enumerate(spans):
        if label != "ORG" or j - i != 1 or i < 1 or gaps[i - 1] != " ":
            continue
        word = words[i]
        if not is_acronym(word) or word in gaz.names or word in mined_names().labels:
            continue
        if word in shorts:
            continue
        one = words[i - 1]
        two = f"{words[i - 2]} {one}" if i >= 2 and gaps[i - 2] == " " else ""
        frame = 2 if two in _THING_FRAMES else 1 if one in _THING_FRAMES else 0
        if frame and not (
            i > frame and words[i - frame - 1].lower() in _OFFICERS  # "Giám đốc kỹ thuật GĐT"
        ):
            drop.add(n)
    if drop:
        spans[:] = [s for n, s in enumerate(spans) if n not in drop]


def drop_model_acronyms(tokens: Tokens, spans: list[Span], gaz: Gazetteer) -> None:
    """Drop the organisations written as an unknown acronym glued to a number by a hyphen: a
    model or an edition, not a body ("máy bay VAM-1", "tên lửa SM-6", "chuẩn MPEG-4",
    "APPF-13"); an acronym the gazetteer knows keeps its label (in place). A number after a
    space tells nothing ("VFF 15 câu hỏi", "REE 38.480 cổ phiếu", "HTV 7")."""
    words, raw = tokens.words, tokens.raw_gaps
    last = len(words) - 1
    drop = [
        n
        for n, (i, j, label, _) in enumerate(spans)
        if j == i + 1
        and i < last
        and raw[i] == "-"
        and label == "ORG"
        and words[j][:1].isdigit()
        and words[i].isupper()
        and words[i] not in gaz.names
    ]
    for n in reversed(drop):
        del spans[n]


# lower-case words after which an unknown acronym is a kind of machine or a standard, no body:
# "máy CNC", "máy ECMO", "chuẩn GMP", "tiêu chuẩn HACCP"
_TECH_BEFORE = frozenset({"máy", "chuẩn"})
# words before a rice variety's code: "gạo ST25", "lúa OM 5451", "giống lúa ST24"
_RICE_BEFORE = frozenset({"gạo", "lúa"})
_RICE_CODE = re.compile(r"[A-Z]{1,3}\d{0,5}")
_TRIGGERS = _TECH_BEFORE | _RICE_BEFORE | {w.capitalize() for w in _RICE_BEFORE}


def technical_acronyms(tokens: Tokens, spans: list[Span], gaz: Gazetteer) -> None:
    """Drop the organisation or person an unknown acronym makes after a lower-case word of
    machines or standards ("máy CNC", "chuẩn GMP"; not "máy LG": the gazetteer knows the
    firm), and label a rice variety's code after "gạo" or "lúa" a named thing ("gạo ST25",
    "lúa OM 5451", with the number written apart; "giống lúa ST24, ST25": the codes listed
    after it too), in place."""
    if _TRIGGERS.isdisjoint(tokens.vocabulary):
        return
    words, gaps, raw = tokens.words, tokens.gaps, tokens.raw_gaps
    starts = {i: n for n, (i, _, _, _) in enumerate(spans)}
    covered = {k for i, j, _, _ in spans for k in range(i, j)}
    drop: list[int] = []

    def label_code(i: int) -> int:
        """Label the rice code at token i; its end, or 0 when no code is there."""
        end = _rice_code_end(tokens, i)
        if end:
            n = starts.get(i)
            if n is not None and spans[n][1] == end:
                spans[n] = (i, end, "MISC", "")
            elif n is None and not any(k in covered for k in range(i, end)):
                spans.append((i, end, "MISC", ""))
        return end

    for i in range(1, len(words)):
        before = words[i - 1]
        if before not in _TRIGGERS or gaps[i - 1] != " ":
            continue
        if before.lower() in _RICE_BEFORE:
            end = label_code(i)
            while 0 < end < len(words):
                if raw[end - 1] == ", ":
                    end = label_code(end)
                elif words[end] == "và" and raw[end - 1] == " " and end + 1 < len(words):
                    end = label_code(end + 1)
                else:
                    break
            continue
        n = starts.get(i)
        word = words[i]
        if (
            n is not None
            and spans[n][1] == i + 1
            and spans[n][2] in ("ORG", "PER")
            and word.isupper()
            and word.isalpha()
            and len(word) > 1  # "chiếc xe máy D.": the initial of the owner named before
            and word not in gaz.names
        ):
            drop.append(n)
    for n in sorted(drop, reverse=True):
        del spans[n]


def _rice_code_end(tokens: Tokens, i: int) -> int:
    """The end of a rice variety's code at token i ("ST25", "OM 5451"), or 0."""
    words = tokens.words
    if not _RICE_CODE.fullmatch(words[i]):
        return 0
    end = i + 1
    if words[i].isalpha() and end < len(words) and tokens.gaps[i] == " " and words[end].isdigit():
        end += 1  # "OM 5451"
    return end if any(c.isdigit() for c in "".join(words[i:end])) else 0
