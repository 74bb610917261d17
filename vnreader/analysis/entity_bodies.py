"""A body named with the body above it is one organisation (guideline rules 32, 41a, 71, 83).

Party and state news name a unit together with its parent, with no comma or dash between
them: "Ban Tư vấn Tôn giáo MTTQ VN", "Vụ Pháp chế Bộ Tư pháp", "Ủy ban Kiểm tra Tỉnh ủy Phú
Yên". The scan finds the two bodies apart (a lower-case word before the second head ends
the first name, as it must in "Sở Y tế chỉ đạo Trung tâm …"); this pass joins them when the
second is larger than the first, and only then: "Bộ Y tế Bộ Tài chính" (the same rank) or a
run of bodies listed without commas, where one is not larger than the one before it, stay
apart. It also takes in the words that make a party body of a ministry's staff ("Đảng bộ cơ
quan Bộ GT-VT") and the standing body of a committee ("Thường trực Ban Bí thư", not after a
title: "Phó Chủ tịch Thường trực Quốc hội" is an office and a body).

The comma and dash forms ("Khoa Nhi, Bệnh viện Bạch Mai", "Cục Quản lý Dược - Bộ Y tế") are
joined afterwards by the scan's ``merge_units``.
"""

from __future__ import annotations

from itertools import pairwise

from vnreader.analysis.entity_state import (
    BOARD_WORDS,
    NOT_SERVING_BEFORE,
    PLURAL,
    ScanState,
    Span,
)

# heads of units that belong to a larger body, by size ("Phòng" < "Cục" < "Tổng cục" < "Bộ")
_UNIT_RANKS = {
    **dict.fromkeys(("ban", "phòng", "khoa", "bộ môn", "chi bộ", "chi cục", "bch"), 1),
    **dict.fromkeys(("văn phòng", "trung tâm", "hội đồng", "ủy ban", "uỷ ban", "ubkt"), 1),
    **dict.fromkeys(("đội", "ban chấp hành", "cơ quan", "thanh tra"), 1),
    **dict.fromkeys(("vụ", "cục", "viện", "đảng ủy", "đảng uỷ", "đảng bộ"), 2),
    "tổng cục": 3,
}
# heads of the bodies a unit belongs to, by size
_PARENT_RANKS = {
    **dict.fromkeys(("cục", "trường", "bệnh viện", "bv", "viện"), 2),
    **dict.fromkeys(("trường đại học", "trường đh"), 2),
    **dict.fromkeys(("đại học", "đh", "học viện", "sở", "công an", "tổng cục", "hội"), 3),
    **dict.fromkeys(("đảng bộ", "đảng ủy", "đảng uỷ", "liên đoàn", "đoàn thanh niên"), 3),
    **dict.fromkeys(("tổng công ty", "tập đoàn"), 3),
    **dict.fromkeys(("bộ", "ubnd", "hđnd", "ủy ban nhân dân", "uỷ ban nhân dân"), 4),
    **dict.fromkeys(("hội đồng nhân dân", "mặt trận", "mttq", "mttqvn", "ubmttq"), 4),
    **dict.fromkeys(("tỉnh ủy", "tỉnh uỷ", "thành ủy", "thành uỷ", "huyện ủy", "huyện uỷ"), 4),
    **dict.fromkeys(("quận ủy", "quận uỷ", "thị ủy", "thị uỷ", "bộ tư lệnh"), 4),
    **dict.fromkeys(("quốc hội", "chính phủ", "văn phòng chính phủ", "lhq", "liên hợp quốc"), 5),
    **dict.fromkeys(("liên hiệp quốc", "bch trung ương", "ban chấp hành trung ương"), 5),
}
# a firm's units and the firms above them, joined only with "thuộc" between ("Xí nghiệp X
# thuộc Công ty Y"): firms named one after another are a list
_FIRM_UNITS = dict.fromkeys(("công ty", "xí nghiệp", "nhà máy", "chi nhánh"), 1)
_FIRM_PARENTS = {"công ty": 2, "tổng công ty": 3, "tập đoàn": 3}
# the last words of an office named after its unit ("Cục phó", "Vụ trưởng")
_TITLE_ENDS = frozenset({"phó", "trưởng"})
# lower-case words that may stand between a title and the board it names ("độc lập", "cấp cao")
_BOARD_MODIFIERS = 2
# the heads of the companies whose board may be named with them ("Hội đồng quản trị Ngân hàng")
_BOARD_FIRMS = dict.fromkeys(("công ty", "tổng công ty", "tập đoàn", "ngân hàng", "quỹ"), 1)
_LONGEST_HEAD = 4
# a member of a body, an office like a title ("Ủy viên Bộ Chính trị")
_MEMBERS = frozenset({("ủy", "viên"), ("uỷ", "viên"), ("thành", "viên")})
# the bodies named with the place they serve, capitalised ("Thanh tra tỉnh Quảng Nam", "Điện
# lực Long An") and the levels of those places
_SERVING_BODIES = frozenset({("Thanh", "tra"), ("Điện", "lực"), ("Bưu", "điện")})
_SERVING_BODIES |= {("Viễn", "thông"), ("Biên", "phòng")}
_SERVING_ACRONYMS = frozenset({"BHXH", "KBNN"})
_PLACE_LEVELS = frozenset({"tỉnh", "huyện", "quận", "tp"})
_TWO_WORD_LEVELS = frozenset({("thành", "phố"), ("thị", "xã")})
# the party and union bodies of a ministry's or a province's staff ("Đảng bộ cơ quan Bộ X")
_STAFF_BODIES = frozenset({("đảng", "bộ"), ("đảng", "ủy"), ("đảng", "uỷ"), ("chi", "bộ")})


def _rank(state: ScanState, i: int, ranks: dict[str, int]) -> int:
    """The rank in *ranks* of the longest head that starts at token i (capitalised), or 0."""
    if not state.words[i][0].isupper():
        return 0
    best = 0
    words = [state.lowers[i]]
    for k in range(i + 1, min(i + _LONGEST_HEAD, state.n) + 1):
        best = ranks.get(" ".join(words), best)
        if k == state.n or state.gaps[k - 1] != " ":
            break
        words.append(state.lowers[k])
    return best


def _nested(state: ScanState, run: list[Span]) -> bool:
    """True when each body of *run* is a unit of a smaller kind than the body after it ("Vụ
    …" before "Bộ …"); not when one is itself as large as the next ("Văn phòng Chính phủ Bộ
    Y tế": two bodies). Each body's rank as a parent is found once, not once as the larger
    of a pair and again as the smaller of the next."""
    parent_a = _rank(state, run[0][0], _PARENT_RANKS)
    for a, b in pairwise(run):
        parent_b = _rank(state, b[0], _PARENT_RANKS)
        if not 0 < _rank(state, a[0], _UNIT_RANKS) < parent_b or parent_a >= parent_b:
            return False
        parent_a = parent_b
    return True


def _glued(state: ScanState, a: Span, b: Span) -> bool:
    """True when organisation b follows organisation a after one space."""
    return a[2] == "ORG" and b[2] == "ORG" and a[1] == b[0] and state.t.raw_gaps[a[1] - 1] == " "


def _staff_body(state: ScanState, n: int) -> int:
    """Take "Đảng bộ cơ quan" into span n when they stand before it ("Đảng bộ cơ quan Bộ
    GT-VT"), and the board named before them ("Ban chấp hành Đảng bộ cơ quan Bộ GTVT"); the
    index of the span after it."""
    spans = state.spans
    i, j, _, _ = spans[n]
    if not (
        i >= 4
        and state.lowers[i - 2] == "cơ"
        and state.lowers[i - 1] == "quan"
        and (state.lowers[i - 4], state.lowers[i - 3]) in _STAFF_BODIES
        and state.words[i - 4][0].isupper()
        and all(state.gaps[k] == " " for k in range(i - 4, i))
        and _rank(state, i, _PARENT_RANKS) > 0
    ):
        return n + 1
    before = spans[n - 1] if n > 0 else None
    if before is None or before[1] <= i - 4:
        spans[n] = (i - 4, j, "ORG", "")
        return n + 1
    if before[1] == i - 2 and before[2] == "ORG" and before[0] < i - 4:
        spans[n - 1 : n + 1] = [(before[0], j, "ORG", "")]  # "Ban chấp hành Đảng bộ" + …
        return n
    return n + 1


def _after_title(state: ScanState, i: int) -> bool:
    """True when a title ends right before token i ("Phó Chủ tịch", "Ủy viên")."""
    if i == 0 or state.gaps[i - 1] != " ":
        return False
    if i >= 2 and (state.lowers[i - 2], state.lowers[i - 1]) in _MEMBERS:
        return True
    for k in range(max(0, i - 3), i):
        cue = state.cue(k)
        if cue is not None and cue.label == "TITLE" and k + len(cue.words) == i:
            return True
    return False


def _standing(state: ScanState, n: int) -> Span:
    """Span n of the state with "Thường trực" before it when it names the standing body
    ("Thường trực Ban Bí thư yêu cầu"), not a person's office ("Phó Chủ tịch Thường trực
    Quốc hội", "Thường trực Ban Bí thư Võ Văn Thưởng")."""
    spans = state.spans
    i, j, _, _ = spans[n]
    if (
        i < 2
        or state.words[i - 2] != "Thường"
        or state.lowers[i - 1] != "trực"
        or state.gaps[i - 2] != " "
        or state.gaps[i - 1] != " "
        or _after_title(state, i - 2)
    ):
        return spans[n]
    if n + 1 < len(spans) and spans[n + 1][0] == j and spans[n + 1][2] == "PER":
        return spans[n]
    if n > 0 and spans[n - 1][1] > i - 2:
        return spans[n]  # the words belong to the name before
    before = spans[n - 1] if n > 0 else None
    if before is not None and before[1] == i - 2:
        if before[2] == "PER":
            return spans[n]  # "ông Võ Văn Thưởng, Thường trực Ban Bí thư": his office
        if _after_title(state, before[0]):
            return spans[n]  # "Ủy viên Bộ Chính trị, Thường trực Ban Bí thư": offices
    return (i - 2, j, "ORG", "")


def _board_start(state: ScanState, i: int) -> int:
    """Where a company's board named right before token i starts ("Hội đồng quản trị",
    "Hội đồng quản trị (HĐQT)", "HĐQT"), or i when there is none."""
    words, raw = state.words, state.t.raw_gaps
    if i >= 1 and words[i - 1] == "HĐQT":
        k = i - 1
        if raw[k] == ") " and k >= 4 and raw[k - 1] == " (" and _board_words(state, k - 4):
            return k - 4  # "Hội đồng quản trị (HĐQT)"
        return k if raw[k] == " " and (k == 0 or not raw[k - 1].endswith("(")) else i
    if i >= 4 and raw[i - 1] == " " and _board_words(state, i - 4):
        return i - 4
    return i


def _board_words(state: ScanState, k: int) -> bool:
    """True when "Hội đồng quản trị" is written from token k, capitalised."""
    return (
        state.words[k] == "Hội"
        and state.lowers[k : k + 4] == BOARD_WORDS
        and all(state.t.raw_gaps[m] == " " for m in range(k, k + 3))
    )


def _board(state: ScanState, n: int) -> Span:
    """Span n of the state, a company's, with its board named before it and no title before
    the board: one organisation ("Hội đồng quản trị Công ty X quyết định", "HĐQT Tập đoàn Y
    vừa ban hành"; guideline rule 73h). After a title the board is the title's ("Chủ tịch
    HĐQT Công ty X", "thành viên Hội đồng quản trị …": rule 71), and the company alone is the
    name."""
    spans = state.spans
    i, j, _, _ = spans[n]
    if state.words[i - 1] != "HĐQT" and state.lowers[i - 1] != "trị":
        return spans[n]  # most organisations: no board before them
    if _rank(state, i, _BOARD_FIRMS) == 0:
        return spans[n]
    k = _board_start(state, i)
    if k == i or (n > 0 and spans[n - 1][1] > k):
        return spans[n]
    # the board's title may end a word or two before it ("thành viên độc lập HĐQT", "Phó chủ
    # tịch thường trực HĐQT", "cố vấn cấp cao HĐQT", "người đứng đầu HĐQT")
    for before in range(k, max(0, k - _BOARD_MODIFIERS) - 1, -1):
        if before < k and not (state.words[before].islower() and state.gaps[before] == " "):
            break
        if _after_title(state, before) or state.lowers[before - 2 : before] == ["đứng", "đầu"]:
            return spans[n]
    for m in range(max(0, k - 3), k):
        cue = state.cue(m)
        if cue is not None and cue.label == "TITLE" and m + len(cue.words) > k:
            return spans[n]  # "Chủ tịch Hội đồng quản trị": the board is in the title
    return (k, j, "ORG", "")


def _served_body(state: ScanState, span: Span) -> Span:
    """The inspectorate, the power company, the post office, the border guard or the social
    insurance of the province, city or district of place *span*, one ORG with it ("Thanh tra
    tỉnh Quảng Nam", "Điện lực huyện Cẩm Xuyên", "Bưu điện Hải Phòng", "BHXH TP. HCM"), else
    *span*; not a title's ("Chánh Thanh tra tỉnh …") nor a team's ("đoàn Thanh tra TP …")."""
    i, j, _, _ = span
    k = i
    if k > 0 and state.lowers[k - 1] in _PLACE_LEVELS and state.gaps[k - 1] == " ":
        k -= 1  # "tỉnh", "huyện"
    elif k > 1 and (state.lowers[k - 2], state.lowers[k - 1]) in _TWO_WORD_LEVELS:
        k -= 2  # "thành phố", "thị xã"
    if k < 1 or state.gaps[k - 1] != " " or state.gaps[i - 1] != " ":
        return span
    if state.words[k - 1] in _SERVING_ACRONYMS:
        start = k - 1  # "BHXH TP. HCM"
    elif (
        k >= 2
        and (state.words[k - 2], state.lowers[k - 1]) in _SERVING_BODIES
        and state.gaps[k - 2] == " "
    ):
        start = k - 2
    else:
        return span
    if start > 0 and state.gaps[start - 1] == " " and state.lowers[start - 1] in NOT_SERVING_BEFORE:
        return span  # "Chánh Thanh tra …"; "Tập đoàn Bưu chính Viễn thông …" (a longer name)
    return (start, j, "ORG", "")


def unit_of(state: ScanState, a: Span, b: Span) -> bool:
    """True when organisation a is a unit of organisation b by their heads ("Vụ Hợp tác quốc
    tế | thuộc | Bộ GD-ĐT", "Xí nghiệp thiếc Suối Bắc | thuộc | Công ty kim loại màu Nghệ
    Tĩnh"): a unit's head, then a larger body's (GUIDELINE rule 61). Schools and universities
    are ranked by the scan's own table (``entity_scan._UNIT_RANKS``)."""
    i = a[0]
    if i > 0 and state.lowers[i - 1] in PLURAL:
        return False  # "các Ban quản lý dự án thuộc Bộ GTVT": a kind of unit (rule 11)
    if state.lowers[a[1] - 1] in _TITLE_ENDS:
        return False  # "Cục phó thuộc Tổng cục Cảnh sát": an office, no unit (rule 1)
    unit = _rank(state, i, _UNIT_RANKS) or _rank(state, i, _FIRM_UNITS)
    parent = max(_rank(state, b[0], _PARENT_RANKS), _rank(state, b[0], _FIRM_PARENTS))
    return 0 < unit < parent


def bodies_joined(state: ScanState) -> None:
    """Join units and their parents in ``state.spans`` (sorted) as the module says."""
    spans = state.spans
    n = 0
    while n < len(spans):
        if spans[n][2] != "ORG" or spans[n][0] < 1:
            n += 1
            continue
        spans[n] = _board(state, n)
        if spans[n][0] < 2:
            n += 1
            continue
        spans[n] = _standing(state, n)
        n = _staff_body(state, n)
    for n, span in enumerate(spans):
        if span[2] == "LOC" and span[0] >= 2:
            spans[n] = _served_body(state, span)
    n = len(spans) - 1
    while n > 0:
        # a run of organisations glued by spaces, read backwards: [m, n]
        m = n
        while m > 0 and _glued(state, spans[m - 1], spans[m]):
            m -= 1
        if m < n and _nested(state, spans[m : n + 1]):
            spans[m : n + 1] = [(spans[m][0], spans[n][1], "ORG", "")]
        n = m - 1
