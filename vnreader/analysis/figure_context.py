"""The words around a number: blanks, the word before it and the units after it.

Shared by :mod:`vnreader.analysis.figures` (digits) and :mod:`vnreader.analysis.figure_words`
(number words). Everything here looks at a few characters around one position; nothing scans
the whole text.
"""

from __future__ import annotations

import re
from functools import lru_cache

from vnreader.analysis import figure_units as fu
from vnreader.analysis.figure_nouns import (
    BOUND_FIRST,
    VERB_FIRST,
    compound_end,
    compound_unit,
    verb_after,
)
from vnreader.analysis.figure_units import words
from vnreader.analysis.model import Figure

BLANK = r"[ \u00a0]"  # a blank inside a line, for regexes
SPACES = " \u00a0"  # the same, for str methods

# A unit, currency or counted noun right after a number; blanks may be empty for "16%", "5km".
UNIT = re.compile(rf"({BLANK}*)({fu.unit_alternation()})(?![\w²³])", re.IGNORECASE)
# "đồng/kg", "đồng/1kg", "USD/1 tấn": a "1" before the per-unit says the same
PER = re.compile(rf"{BLANK}?/{BLANK}?(?:1{BLANK}?)?({fu.per_alternation()})(?!\w)", re.IGNORECASE)
_PER_DAY = re.compile(rf"{BLANK}?/{BLANK}?24{BLANK}?(?:h|giờ|tiếng)(?![\w/])", re.IGNORECASE)
_PER_WORD = re.compile(rf"{BLANK}?/{BLANK}?([^\W\d_]+)(?![\w/])")
WORD_PER = re.compile(
    rf"{BLANK}+(?:một|mỗi|1){BLANK}+({fu.per_alternation()})(?!\w)", re.IGNORECASE
)
_GOODS_WORDS = 2  # words of goods between a quantity and "mỗi" ("10 trái cà chua mỗi tuần")
NEXT_WORD = re.compile(rf"{BLANK}+(\w+)")
SO_VOI = re.compile(rf"{BLANK}+so{BLANK}+(?:với|cùng)", re.IGNORECASE)
DAY_MONTH_WORDS = re.compile(
    rf"{BLANK}+tháng{BLANK}+(\d{{1,2}})(?!\d|[.,]\d)(?:(?:{BLANK}+năm{BLANK}+|/)(\d{{4}})(?!\d))?",
    re.IGNORECASE,
)
APPROX_WORDS = words(
    """
    gần hơn khoảng trên gấp chừng ước xấp_xỉ tới đến dưới ước_tính khoảng_chừng
    """
)
# Words before a number that make it a label or an ordinal, not an amount ("Điều 5").
LABELS = words(
    """
    thứ số khóa khoá điều khoản chương mục phần trang phút giai_đoạn tầng phòng quận phường
    lớp tập kỳ kì đợt
    khu tổ ấp đường phố ngõ hẻm quốc_lộ tỉnh_lộ hạng top bảng ảnh hình clip video phiên mã
    nhóm cửa cổng tòa toà block lô sư_đoàn trung_đoàn lữ_đoàn quân_đoàn quân_khu hạm_đội
    vùng quý quí vòng hiệp bảng lần thập_niên thập_kỷ thập_kỉ thế_kỷ thế_kỉ kênh tuyến cấp mức
    bậc loại version model gói_thầu tuần bệnh_nhân ca_bệnh đối_tượng phương_án kịch_bản họp mốc
    nguyện_vọng tổng_cục
    đt sđt hotline điện_thoại tel fax tổng_đài nghị_định nghị_quyết thông_tư quyết_định chỉ_thị
    công_văn thôn xóm đồn đại_lộ lục_quân tuýp týp túyp ngã
    tiểu_đoàn đại_đội trung_đội tiểu_đội đại_đoàn kết_luận tờ_trình vành_đai tàu dự_án cơ_sở công_ty
    mặt_trận cao_điểm xe_buýt số_nhà gói km type mùa bài báo_động độ ql khóm
    """
)
NOT_LABELS = words(
    "dân_số tổng_số trong_vòng trong_số chế_độ tốc_độ nhiệt_độ mật_độ nồng_độ cường_độ mức_độ"
)
# Capitalised words that may stand before a bare number without making it part of a name.
CAP_OK = words(
    """
    trong từ đến tới vào sau trước khoảng gần hơn trên dưới có với và đạt tăng giảm còn
    chỉ riêng ngoài hết tổng cả chừng ước nay là đã được
    """
)
# Verbs after which "N lần" is a multiplier ("tăng gần 20 lần") rather than a count.
CHANGE_WORDS = words(
    """
    tăng giảm gấp nhân cao thấp lớn nhỏ nhiều ít vượt nhanh chậm rẻ đắt hơn kém mạnh đại
    """
)


# speeds by their symbols (guideline rule 51: `km/h`): a length per hour or per second
_SPEEDS = {
    f"{length}/{per}": f"{length}/{symbol}"
    for length in fu.LENGTH_UNITS
    for per, symbol in (("hour", "h"), ("second", "s"))
}


def make_figure(
    text: str,
    start: int,
    end: int,
    value: float | None,
    unit: str | None,
    category: str,
    approx: str | None = None,
    date: str | None = None,
) -> Figure:
    if unit is not None and unit in _SPEEDS:
        unit = _SPEEDS[unit]  # "km/hour" → "km/h"
    return Figure(start, end, text[start:end], value, unit, category, approx, date)


# the rules about one number ask for the same words before it again and again (half the
# calls: the number's word, then the approximation and the label that read it too): the last
# few answers are kept (the key hashes the text once, its hash is cached)
@lru_cache(maxsize=16)
def prev_word(text: str, pos: int) -> tuple[int, str] | None:
    """The word right before *pos* (separated from it by blanks), with its start."""
    i = pos
    while i > 0 and text[i - 1] in SPACES:
        i -= 1
    if i == pos or i == 0 or not text[i - 1].isalpha():
        return None
    j = i - 1
    while j > 0 and text[j - 1].isalpha():
        j -= 1
    return j, text[j:i]


def approx_before(text: str, pos: int) -> tuple[int, str] | None:
    """The approximation word(s) right before *pos*: (start, word) or None."""
    pw = prev_word(text, pos)
    if pw is None:
        return None
    start, word = pw
    low = word.lower()
    two = prev_word(text, start)
    if two is not None:
        joined = f"{two[1].lower()}_{low}"
        if joined in APPROX_WORDS:
            return two[0], f"{two[1].lower()} {low}"
    if low in APPROX_WORDS:
        if low in ("đến", "tới") and (after_tu(text, start) or _after_number(text, start)):
            return None  # "từ 3 đến 5%", "1.100 đến 2.000 USD": a range, not an approximation
        return start, low
    return None


def _after_number(text: str, pos: int) -> bool:
    """True when a digit ends the text before *pos*, blanks aside."""
    before = text[max(0, pos - 8) : pos].rstrip(SPACES)
    return bool(before) and before[-1].isdigit()


def after_tu(text: str, pos: int) -> bool:
    window = text[max(0, pos - 40) : pos].lower()
    k = window.rfind("từ ")
    return k >= 0 and (k == 0 or not window[k - 1].isalpha())


def is_label(word: str, text: str, start: int) -> bool:
    low = word.lower()
    two = prev_word(text, start)
    joined = f"{two[1].lower()}_{low}" if two is not None else ""
    if joined in NOT_LABELS:
        return False
    if _plenum(word, two, text, start):
        return True
    return low in LABELS or joined in LABELS


def _plenum(word: str, two: tuple[int, str] | None, text: str, start: int) -> bool:
    """True when *word* (at *start*) ends the Party's Central Committee written with a
    capital ("Hội nghị Trung ương 8 khóa XII", "Nghị quyết TƯ 4", "Hội nghị T.Ư 15"): the
    number after it is its plenum's, no amount ("8 khóa" is no count of terms)."""
    if word in ("ương", "Ương"):
        return two is not None and two[1] == "Trung"
    return word in ("TƯ", "TW") or (word == "Ư" and text[max(0, start - 2) : start] == "T.")


# "suất" counts scholarships ("100 suất" of "suất học bổng", rule 24) but also portions of food,
# gifts and shows: "2 suất cơm", "200 suất ăn", "50 suất quà", "5 suất diễn".
_PORTION = re.compile(
    rf"{BLANK}+(?:ăn|cơm|cháo|bún|phở|xôi|bánh|sữa|quà|diễn|chiếu)(?!\w)", re.IGNORECASE
)


# words that make "đồng" after a number a word of its own, not the currency ("đồng ý",
# "đồng thời", "đồng thuận", "đồng nghĩa")
_NOT_MONEY_AFTER = re.compile(
    rf"{BLANK}+(?:ý|thời|thuận|nghĩa|loạt|bộ|hành|tình|minh|lòng|cảm|tâm|dạng)(?!\w)"
)


def unit_after(text: str, pos: int) -> tuple[str, str | None, int, bool]:
    """(category, unit, end, found) for the unit or currency at *pos*, with a per-unit."""
    um = UNIT.match(text, pos)
    if um is None:
        pm = NEXT_WORD.match(text, pos)
        if pm is not None and pm.group(1) in _PREFIXES:  # "4 cựu cán bộ", "2 phó chủ tịch"
            after_prefix = unit_after(text, pm.end())
            if after_prefix[3]:
                return after_prefix
        longer = compound_end(text, pos)
        counted = _counted_with_unit(longer) if longer is not None else None
        if counted is not None:  # "5 thuyền trưởng": a mined word for people (figure_nouns)
            return counted
        return "quantity", None, pos, False
    key = unit_key(um.group(2))
    if not um.group(1) and um.group(2).replace(" ", "") not in fu.ATTACHABLE:
        return "quantity", None, pos, False  # "150m 2": a square metre's 2 written apart
    written = um.group(2)
    if _capitalised(written) and key not in _CAPITAL_UNITS and fu.UNITS[key][1] != written:
        return "quantity", None, pos, False  # "2015 Vụ Tổ chức": a name; "120 Hz" a unit
    longer = compound_end(text, pos)
    # "65.000 đồng tiền lãi/ngày": after a large amount "đồng" is the currency
    currency = key == "đồng" and _LARGE_AMOUNT_BEFORE.search(text, max(0, pos - 16), pos)
    if longer is not None and longer[0] > um.end() and longer[1] not in fu.UNITS and not currency:
        counted = _counted_with_unit(longer)
        if counted is not None:  # "90 người lao động": a mined word for people (figure_nouns)
            return counted
        return "quantity", None, pos, False  # "5 nhà hàng", "20 đơn vị": noun_after's
    if key in ("tháng", "năm", "ngày") and DAY_MONTH_WORDS.match(text, pos):
        return "quantity", None, pos, False
    if key == "đồng" and not currency and _NOT_MONEY_AFTER.match(text, um.end()):
        return "quantity", None, pos, False  # "ASEAN +3 đồng ý", "1-0 đồng thời": a word
    found = fu.UNITS.get(key)
    if found is None:  # a case-folding oddity the table does not know
        return "quantity", None, pos, False
    category, unit = found
    if key == "suất" and _PORTION.match(text, um.end()):
        unit = "item"  # "2 suất cơm", "300 suất quà": portions, not scholarships (rule 54)
    if key == "nhà" and _bound_pair(text, um.end()):
        return "quantity", "person", _bound_pair(text, um.end()), True  # "16 nhà phân tích"
    end = um.end()
    slash = text.find("/", end, end + 24)
    if slash > end + 1 and PER.match(text, end) is None:
        goods = _goods_end(text, end)  # "100 tấn rau/ngày" (GUIDELINE rule 51)
        if goods is not None:
            end = goods
    if slash >= 0:
        unit, end = per_unit(text, end, unit)
    if category == "money" and "/" not in (unit or ""):
        wm = WORD_PER.match(text, end)  # "23 USD một ounce": the unit, not the span
        per = fu.PER_UNITS.get(unit_key(wm.group(1))) if wm else None
        if per is not None:
            unit = f"{unit}/{per}"
    return category, unit, end, True


def _counted_with_unit(noun: tuple[int, str]) -> tuple[str, str | None, int, bool] | None:
    """What a noun of several syllables found by ``compound_end`` counts when the table gives
    it a unit (people, votes: "người lao động", "thuyền trưởng"), else None (an item)."""
    unit = compound_unit(noun[1])[1]
    return None if unit is None else ("quantity", unit, noun[0], True)


def per_unit(text: str, end: int, unit: str | None) -> tuple[str | None, int]:
    """The unit with the per-units written after *end* ("/ngày", "/người/tháng"), and their end.

    Any other lower-case per-noun is an item ("40.000 đồng/tô"); none leaves *unit* and *end*.
    """
    for _ in range(2):  # "đồng/người/tháng"
        dm = _PER_DAY.match(text, end)
        if dm is not None:  # "80mm/24h": rain in a day
            unit, end = f"{unit}/day", dm.end()
            continue
        pm = PER.match(text, end) or _PER_WORD.match(text, end)
        if pm is None:
            break
        if _capitalised(pm.group(1)) and unit_key(pm.group(1)) not in _CAPITAL_UNITS:
            break  # "2 trường/ Đồng Tháp": a list's next name, not a per-unit
        per = fu.PER_UNITS.get(unit_key(pm.group(1)))
        if per == "g" and unit in fu.LENGTH_UNITS:
            per = "hour"  # "286km/g": "g" is "giờ" after a length, as "km/giờ"
        elif per is None and pm.group(1) == "s" and unit in fu.LENGTH_UNITS:
            per = "second"  # "gió 15 m/s"
        if per is None and not _second_syllable(pm.group(1)):
            break
        if per is None and pm.group(1) == "tổng":
            break  # "30%/tổng số": a share of the total, not a per-unit
        end = pm.end()
        second = NEXT_WORD.match(text, end) if per is None and pm.group(1) in BOUND_FIRST else None
        if second is not None and _second_syllable(second.group(1)):
            end = second.end()  # "đồng/tín chỉ": a per-noun is never cut inside ("/tín")
        unit = f"{unit}/{per or 'item'}"
    return unit, end


def per_in_words(text: str, pos: int) -> str | None:
    """The per-unit of "mỗi <unit>" after the quantity ending at *pos*, past at most two
    lower-case words of goods: "2GB data mỗi tháng" → "month", "10 trái cà chua mỗi tuần" →
    "week" (rule 54a; the words stay out of the span). None when there is none."""
    if "mỗi" not in text[pos : pos + 40]:
        return None
    end = pos
    for _ in range(_GOODS_WORDS + 1):
        em = WORD_PER.match(text, end)  # "mỗi ngày" (WORD_PER also takes "một", "1")
        if em is not None and em.group(0).split(maxsplit=1)[0].lower() == "mỗi":
            return fu.PER_UNITS.get(unit_key(em.group(1)))
        nm = NEXT_WORD.match(text, end)
        if nm is None or not _second_syllable(nm.group(1)) or nm.group(1) in fu.STOP_AFTER_NUMBER:
            return None
        end = nm.end()
    return None


_LARGE_AMOUNT_BEFORE = re.compile(
    rf"(?:\d[.,]\d{{3}}|\d{{4}}|nghìn|ngàn|triệu|tỷ|tỉ){BLANK}*$", re.IGNORECASE
)
# Words before a bare amount with a scale word that make it a sum of money ("thu 1 triệu",
# "giá thuê tăng hai triệu"): the currency is then the đồng, as the reader understands it.
_MONEY_CUES = words("giá thu trả chi tốn phí thuê lương bán mua vay nợ tiền đóng góp thưởng")
_MONEY_CUE_WORDS = 4


def money_context(text: str, pos: int) -> bool:
    """True when one of the few words before *pos* speaks of a price or a payment."""
    return word_before(text, pos, _MONEY_CUES, _MONEY_CUE_WORDS)


def word_before(text: str, pos: int, cues: frozenset[str], reach: int) -> bool:
    """True when one of the *reach* words before *pos* (lower-cased) is in *cues*."""
    for _ in range(reach):
        pw = prev_word(text, pos)
        if pw is None:
            return False
        if pw[1].lower() in cues:
            return True
        pos = pw[0]
    return False


# Adjectives that may stand between a unit and its per-unit ("300 ca mới/ngày", "2 xe lớn/ngày")
_GOODS_ADJECTIVES = words("mới cũ lớn nhỏ")


def _goods_end(text: str, pos: int) -> int | None:
    """End of one or two lower-case words followed by a per-unit ("rau" in "tấn rau/ngày", "mới"
    in "ca mới/ngày")."""
    end = pos
    for _ in range(2):
        nm = NEXT_WORD.match(text, end)
        if nm is None or not _second_syllable(nm.group(1)):
            return None
        if nm.group(1) in fu.STOP_AFTER_NUMBER and nm.group(1) not in _GOODS_ADJECTIVES:
            return None
        end = nm.end()
        pm = PER.match(text, end)
        if pm is not None and unit_key(pm.group(1)) in fu.PER_UNITS:
            return end
    return None


def _bound_pair(text: str, pos: int) -> int:
    """End of two words at *pos* when the first is a bound syllable ("phân tích"), else 0."""
    nm = NEXT_WORD.match(text, pos)
    if nm is None or nm.group(1) not in BOUND_FIRST:
        return 0
    second = NEXT_WORD.match(text, nm.end())
    return second.end() if second and _second_syllable(second.group(1)) else 0


def _capitalised(word: str) -> bool:
    """True for "Vụ", "Đồng": a capital then lower case (not an acronym: "USD", "MWh")."""
    return len(word) > 1 and word[0].isupper() and word[1].islower()


# Units still read as units when capitalised ("2 tỷ Nhân dân tệ", "50 Euro", "100 Km").
_CAPITAL_UNITS = frozenset(
    w.replace("_", " ")
    for w in words(
        "nhân_dân_tệ đô_la_mỹ đô-la_mỹ đôla_mỹ bảng_anh yên_nhật rúp_nga mỹ_kim euro km kg"
    )
)


_DAY_PARTS = words("sáng trưa chiều tối đêm")
_DIGIT_AFTER = re.compile(rf"{BLANK}+\d")


_DIPLOMA = re.compile(rf"{BLANK}+bằng(?!\w)")
# the degrees a diploma ("bằng") is counted before: "38 bằng tiến sĩ", "2.025 bằng thạc sĩ"
_DEGREE_AFTER = re.compile(  # in lower case: "3.000 bằng Đại học Bách khoa" is a university
    rf"{BLANK}+(?:(?:phó{BLANK}+)?tiến{BLANK}+sĩ|thạc{BLANK}+sĩ|cử{BLANK}+nhân|kỹ{BLANK}+sư"
    rf"|kĩ{BLANK}+sư|đại{BLANK}+học|cao{BLANK}+đẳng|trung{BLANK}+cấp|tốt{BLANK}+nghiệp"
    rf"|bác{BLANK}+sĩ|dược{BLANK}+sĩ)(?!\w)"
)


def diplomas_at(text: str, pos: int) -> bool:
    """True when "bằng" at *pos* (after blanks) counts diplomas: a degree follows it ("38
    bằng tiến sĩ", "2 bằng đại học"), not "bằng nhau", "bằng năm ngoái"."""
    m = _DIPLOMA.match(text, pos)
    return m is not None and _DEGREE_AFTER.match(text, m.end()) is not None


def noun_after(text: str, pos: int) -> int:
    """End of the unknown counted noun at *pos* (one lower-case word or a known compound)."""
    longer = compound_end(text, pos)
    if longer is not None:
        return longer[0]
    nm = NEXT_WORD.match(text, pos)
    if nm:
        word = nm.group(1)
        if word in _DAY_PARTS and _DIGIT_AFTER.match(text, nm.end()):
            return pos  # "0-0 chiều 22/10": a part of the day before a date counts nothing
        if word in VERB_FIRST and verb_after(text, pos):
            return pos  # "Tiểu đoàn 3 phối hợp": a verb is never the counted noun
        if word == "bằng":  # "cấp 50 bằng thạc sĩ": diplomas, the degree left out
            return nm.end() if diplomas_at(text, pos) else pos
        if word == "đồng" and _NOT_MONEY_AFTER.match(text, nm.end()):
            return pos  # "ASEAN +3 đồng ý": a word of its own, nothing counted
        if word.isalpha() and word.islower() and word not in fu.STOP_AFTER_NUMBER:
            if word in _PREFIXES and noun_after(text, nm.end()) > nm.end():
                return noun_after(text, nm.end())  # "4 cựu cán bộ", "3 sự thay đổi"
            if word in BOUND_FIRST:  # "3 nguyện vọng": the syllable needs the next one
                second = NEXT_WORD.match(text, nm.end())
                if second and _second_syllable(second.group(1)):
                    return second.end()
            return nm.end()
    return pos


def _second_syllable(word: str) -> bool:
    """True for a syllable that can end a word begun by a bound one ("thiết bị", "tín chỉ")."""
    return word.isalpha() and word.islower() and word not in _NEVER_SECOND


# Words before a noun that make a new noun of it ("cựu cán bộ", "phó chủ tịch", "tân binh")
_PREFIXES = words("cựu tân phó sự")
_NEVER_SECOND = words("và với của là có cho trong ở tại từ đến")


# After "N lần": what it multiplies ("3 lần mức lương", "1-3 lần số thuế phải nộp"; not "giá"
# nor "tổng", which may begin the next clause: "7 lần giá tăng", "4 lần, tổng cộng") ...
_TIMES_OF = re.compile(
    rf"{BLANK}+(?:số{BLANK}+(?:tiền|thuế|lợi|phải)|mức|tuổi|tốc{BLANK}+độ|diện{BLANK}+tích"
    rf"|dân{BLANK}+số|lượng|trị{BLANK}+giá|giá{BLANK}+trị)(?!\w)",
    re.IGNORECASE,
)
# ... or that the times followed each other ("cắt giảm 11 lần liên tiếp": eleven cuts).
_IN_A_ROW = re.compile(rf"{BLANK}+liên{BLANK}+(?:tiếp|tục)(?!\w)", re.IGNORECASE)
# A raise ending in "lên" is a multiplier unless the times fell since or within a time ("nâng
# lãi suất lên 3 lần kể từ đầu năm", "trong năm nay": three raises). Only there: after a verb
# of change it is a growth ("lượt truy cập tăng 6 lần kể từ sau bầu cử"), and "trong 5 năm" may
# be one too.
_SINCE_OR_WITHIN = re.compile(
    rf"{BLANK}+(?:kể{BLANK}+từ|từ{BLANK}+đầu|trong{BLANK}+(?:năm|tháng|tuần|quý))(?!\w)",
    re.IGNORECASE,
)
_RAISE_WORDS = words("tăng nâng đẩy đội")  # "nâng … lên 6 lần": a raise, "lên" before the number
_RAISE_REACH = 5  # words looked back from "lên" for the verb of the raise
_FINE_WORDS = words("phạt")


def times_or_time(text: str, before: int, end: int, approx: str | None) -> tuple[str, str]:
    """'N lần' is a multiplier after a verb of change, "bằng", "tăng … lên", "phạt tiền" or
    before "so với" or what it multiplies ("2 lần giá vé"); else a count ("3 lần liên tiếp", "lên
    3 lần kể từ đầu năm")."""
    if approx == "gấp" or SO_VOI.match(text, end) or _TIMES_OF.match(text, end):
        return "times", "other"
    if _IN_A_ROW.match(text, end):
        return "time", "quantity"
    pw = prev_word(text, before)
    if pw and pw[1].lower() == "từ":  # "gấp từ 2 đến 3 lần": the word before "từ" decides
        pw = prev_word(text, pw[0])
    if pw and (pw[1].lower() in CHANGE_WORDS or pw[1].lower() == "bằng"):
        return "times", "other"
    if pw and pw[1].lower() in ("lên", "tiền") and _raise_or_fine(text, pw[0], pw[1].lower()):
        if pw[1].lower() == "lên" and _SINCE_OR_WITHIN.match(text, end):
            return "time", "quantity"  # "nâng lãi suất lên 3 lần kể từ đầu năm": three raises
        return "times", "other"  # "tăng liều lên 10 lần", "phạt tiền từ 1 đến 2 lần"
    return "time", "quantity"


def _raise_or_fine(text: str, pos: int, word: str) -> bool:
    """True when "lên" at *pos* ends a raise ("nâng dung lượng lên", not "vang lên") or
    "tiền" a fine ("phạt tiền")."""
    if word == "tiền":
        return word_before(text, pos, _FINE_WORDS, 1)
    return word_before(text, pos, _RAISE_WORDS, _RAISE_REACH)


def unit_key(phrase: str) -> str:
    return " ".join(phrase.lower().split())
