"""Figures in Vietnamese news text: money, quantities, percentages, dates, years, durations.

:func:`find_figures` is the whole public interface. What a span covers follows the annotation
guideline (benchmarks/data/GUIDELINE.md, section Figures):

* the number with its scale word and unit or first counted noun ("4,7 tỷ USD",
  "5 triệu liều/tháng", "1.000 suất"); the approximation word before it goes to ``approx``;
* dates with a leading "ngày"/"tháng"/"năm" and weekday, and a time after the date
  ("Thứ Năm, 22/07/2021 19:24:11 +07:00"), but not the part of day ("chiều 28/9" -> "28/9");
* ranges are two figures ("29/11-2/12", "3-5%": the first borrows the second's unit);
* multipliers ("gấp đôi", "tăng gần 20 lần") are category ``other`` with unit ``times``.

Not figures: ordinals ("lần thứ 54"), labels ("Điều 5", "số 15/2020/NĐ-CP"), names with
digits ("Covid-19", "Army Games-2021", "G20", "Expo 2020"), times of day on their own,
numbers in URLs, number words without a scale word ("hai nước") and vague amounts
("hàng triệu").

How it runs: one compiled regex finds the digit runs (the engine skips non-digits in C), and
each run is classified by looking a few characters around it; three small scans add the
figures without digits ("hai triệu", "gấp đôi", "tháng Chín", "quý I/2021"). There is no
per-character Python loop over the text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator

from vnreader.analysis import figure_units as fu
from vnreader.analysis.dates import MONTH_WORDS, day_iso, is_year, month_iso, parse_date_atom
from vnreader.analysis.figure_units import words
from vnreader.analysis.model import Figure
from vnreader.analysis.numbers import WORD_NUMBERS, normalize_number, parse_amount

__all__ = ["find_figures"]

_B = r"[ \u00a0]"  # a blank inside a line

# A run of digits with inner separators; not glued to a letter, a digit or a separator before
# it, and not after "letter-" (Covid-19, Army Games-2021, F-16).
# The lookbehinds come after the first digit so that the engine can scan for digits quickly.
_ATOM = re.compile(
    r"\d(?<![\w.,/:+#@&]\d)(?<![^\W\d_][-–]\d)"
    r"(?:\d{3}-\d{2}-\d{2}(?!\d)|(?:\d|[.,/:](?=\d))*)"
)
_TIME = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?")
_NON_BLANK = re.compile(r"\S+")

_SCALE_WORDS = "nghìn|ngàn|triệu|tỷ|tỉ|vạn|trăm"
_SCALE = re.compile(
    rf"{_B}+({_SCALE_WORDS})(?:{_B}+(nghìn|ngàn|triệu|tỷ|tỉ))?(?!\w)", re.IGNORECASE
)
_UNIT = re.compile(rf"({_B}*)({fu.unit_alternation()})(?![\w²³])", re.IGNORECASE)
_PER = re.compile(rf"{_B}?/{_B}?({fu.per_alternation()})(?!\w)", re.IGNORECASE)
_NEXT_WORD = re.compile(rf"{_B}+(\w+)")
_SO_VOI = re.compile(rf"{_B}+so{_B}+(?:với|cùng)", re.IGNORECASE)
_RANGE_DASH = re.compile(rf"{_B}*[-–]{_B}*(?=\d)")
_RANGE_WORD = re.compile(rf"{_B}+(?:đến|tới){_B}+(?=\d)")
_DAY_MONTH_WORDS = re.compile(
    rf"{_B}+tháng{_B}+(\d{{1,2}})(?!\d|[.,]\d)(?:(?:{_B}+năm{_B}+|/)(\d{{4}})(?!\d))?",
    re.IGNORECASE,
)
_YEAR_AFTER = re.compile(rf"(?:{_B}+năm{_B}+|/)(\d{{4}})(?![\d/])", re.IGNORECASE)
_DAY_RANGE_DATE = re.compile(rf"{_B}*[-–]{_B}*(\d{{1,2}})/(\d{{1,2}})(?:/(\d{{4}}))?(?![\d/])")
_DASH_DATE = re.compile(r"-(\d{1,2})(?:-(\d{4}))?(?![\d/])")
_DAY_AND_DATE = re.compile(
    rf"(?:{_B}*,{_B}*|{_B}+và{_B}+)(\d{{1,2}})/(\d{{1,2}})(?:/(\d{{4}}))?(?![\d/])"
)
# "10 giờ sáng", "lúc 8 giờ": a time of day, not a duration
_CLOCK_AFTER = re.compile(
    rf"{_B}+giờ(?:{_B}+\d{{1,2}}(?:{_B}+phút)?)?{_B}+(?:sáng|trưa|chiều|tối|đêm|ngày|hôm)(?!\w)",
    re.IGNORECASE,
)
_FRACTION_BEFORE = words("gần hơn khoảng trên chiếm bằng dưới hầu")
_DATE_RANGE_YEAR = re.compile(rf"{_B}*[-–]{_B}*\d{{1,2}}/\d{{1,2}}/(\d{{4}})(?!\d)")
_MONTH_DOT_YEAR = re.compile(r"(\d{1,2})[.\-](\d{4})")
_FRACTION = re.compile(r"(\d{1,2})/([1-9]\d?)")
_NEXT_WORD_SO = re.compile(rf"{_B}+(?:dân{_B}+số|số|tổng{_B}+số)(?!\w)")
_DOTTED_DATE = re.compile(r"\d{1,2}\.\d{1,2}\.\d{4}")
_TIME_AFTER = re.compile(
    rf"(?:{_B}*,{_B}*|{_B}+(?:[-|]{_B}+)?|{_B}+lúc{_B}+)"
    r"(?P<h>\d{1,2})(?::(?P<mi>\d{2})(?::(?P<se>\d{2}))?|h(?P<mi2>\d{2}))(?!\d)"
    rf"(?:{_B}*(?:GMT|UTC)?{_B}*(?P<zs>[+-])(?P<zh>\d{{1,2}})(?::?(?P<zm>\d{{2}}))?(?!\d))?"
    rf"(?:{_B}*\((?:GMT|UTC){_B}*(?P<ps>[+-]){_B}*(?P<ph>\d{{1,2}})(?::?(?P<pm>\d{{2}}))?\))?"
)
_DATE_PREFIX = re.compile(
    rf"(?:(?:[Tt]hứ{_B}+(?:[Hh]ai|[Bb]a|[Tt]ư|[Nn]ăm|[Ss]áu|[Bb]ảy|[2-7])|[Cc]hủ{_B}+[Nn]hật)"
    rf"{_B}*,?{_B}*)?(?:[Nn]gày{_B}+)?$"
)
_MONEY_PREFIX = re.compile(r"(?:US\$|\$|€|£)$")

# Figures without digits.
_WORD_SCALE = re.compile(
    rf"(?<!\w)({'|'.join(WORD_NUMBERS)}){_B}+((?:trăm{_B}+)?(?:nghìn|ngàn|triệu|tỷ|tỉ|vạn)"
    rf"(?:{_B}+(?:tỷ|tỉ))?)(?!\w)",
    re.IGNORECASE,
)
_GAP = re.compile(
    rf"(?<!\w)gấp{_B}+(đôi|rưỡi|ba|bốn|năm|sáu|bảy|tám|chín|mười)(?:{_B}+lần)?(?!\w)",
    re.IGNORECASE,
)
_WORD_MONTH = re.compile(
    rf"(?<!\w)[Tt]háng{_B}+(Mười{_B}+Một|Mười{_B}+Hai|{'|'.join(MONTH_WORDS)})(?!\w)"
    rf"(?:(?:{_B}+năm{_B}+|/)(\d{{4}})(?!\d))?"
)
_QUARTER = re.compile(
    rf"(?<!\w)[Qq]uý{_B}+(IV|I{{1,3}}|[1-4])(?:{_B}*/{_B}*|{_B}+năm{_B}+)(\d{{4}})(?!\d)"
)
_GAP_VALUES = {"đôi": 2.0, "rưỡi": 1.5, "ba": 3.0, "bốn": 4.0, "năm": 5.0, "sáu": 6.0}
_GAP_VALUES |= {"bảy": 7.0, "tám": 8.0, "chín": 9.0, "mười": 10.0}
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}

APPROX_WORDS = words(
    """
    gần hơn khoảng trên gấp chừng ước xấp_xỉ tới đến dưới ước_tính khoảng_chừng
    """
)
# Words before a number that make it a label or an ordinal, not an amount ("Điều 5").
_LABELS = words(
    """
    thứ số khóa khoá điều khoản chương mục phần trang tầng phòng quận phường lớp tập kỳ kì đợt
    khu tổ ấp đường phố ngõ hẻm quốc_lộ tỉnh_lộ hạng top bảng ảnh hình clip video phiên mã
    nhóm cửa cổng tòa toà block lô sư_đoàn trung_đoàn lữ_đoàn quân_đoàn quân_khu hạm_đội
    vùng quý vòng hiệp bảng lần thập_niên thập_kỷ thập_kỉ thế_kỷ thế_kỉ kênh tuyến cấp mức
    bậc loại version model
    """
)
_NOT_LABELS = words("dân_số tổng_số")
# Capitalised words that may stand before a bare number without making it part of a name.
_CAP_OK = words(
    """
    trong từ đến tới vào sau trước khoảng gần hơn trên dưới có với và đạt tăng giảm còn
    chỉ riêng ngoài hết tổng cả chừng ước nay là đã được
    """
)
# Verbs after which "N lần" is a multiplier ("tăng gần 20 lần") rather than a count.
_CHANGE_WORDS = words(
    """
    tăng giảm gấp nhân cao thấp lớn nhỏ nhiều ít vượt nhanh chậm rẻ đắt hơn kém mạnh
    """
)
_SPACES = " \u00a0"


def find_figures(text: str) -> list[Figure]:
    """All figures in *text* (NFC), sorted by start, never overlapping.

    ``text[f.start:f.end] == f.text`` for every figure.
    """
    if not text:
        return []
    extra = list(_word_figures(text))
    has_digit = _ATOM.search(text) is not None
    if not has_digit:
        return _resolve(extra)
    urls = _url_spans(text)
    digit_figs = list(_DigitScanner(text, urls, extra).scan())
    return _resolve(extra + digit_figs)


def _url_spans(text: str) -> list[tuple[int, int]]:
    """Spans of URLs ("https://…", "www.…"), found with str.find rather than a regex scan."""
    spans: list[tuple[int, int]] = []
    for marker in ("://", "www.", "WWW."):
        i = text.find(marker)
        while i >= 0:
            start = i
            if marker == "://":
                while start > 0 and text[start - 1].isalpha():
                    start -= 1
            m = _NON_BLANK.match(text, i)
            end = m.end() if m else i + len(marker)
            spans.append((start, end))
            i = text.find(marker, end)
    spans.sort()
    return spans


def _resolve(figs: list[Figure]) -> list[Figure]:
    figs.sort(key=lambda f: (f.start, -(f.end - f.start)))
    out: list[Figure] = []
    end = -1
    for f in figs:
        if f.start >= end and f.end > f.start:
            out.append(f)
            end = f.end
    return out


def _mk(
    text: str,
    start: int,
    end: int,
    value: float | None,
    unit: str | None,
    category: str,
    approx: str | None = None,
    date: str | None = None,
) -> Figure:
    return Figure(start, end, text[start:end], value, unit, category, approx, date)


# ---------------------------------------------------------------------------------------------
# words around a position


def _prev_word(text: str, pos: int) -> tuple[int, str] | None:
    """The word right before *pos* (separated from it by blanks), with its start."""
    i = pos
    while i > 0 and text[i - 1] in _SPACES:
        i -= 1
    if i == pos or i == 0 or not text[i - 1].isalpha():
        return None
    j = i - 1
    while j > 0 and text[j - 1].isalpha():
        j -= 1
    return j, text[j:i]


def _approx_before(text: str, pos: int) -> tuple[int, str] | None:
    """The approximation word(s) right before *pos*: (start, word) or None."""
    pw = _prev_word(text, pos)
    if pw is None:
        return None
    start, word = pw
    low = word.lower()
    two = _prev_word(text, start)
    if two is not None:
        joined = f"{two[1].lower()}_{low}"
        if joined in APPROX_WORDS:
            return two[0], f"{two[1].lower()} {low}"
    if low in APPROX_WORDS:
        if low in ("đến", "tới") and _after_tu(text, start):
            return None  # "từ 3 đến 5%": a range, not an approximation
        return start, low
    return None


def _after_tu(text: str, pos: int) -> bool:
    window = text[max(0, pos - 40) : pos].lower()
    k = window.rfind("từ ")
    return k >= 0 and (k == 0 or not window[k - 1].isalpha())


def _is_label(word: str, text: str, start: int) -> bool:
    low = word.lower()
    two = _prev_word(text, start)
    joined = f"{two[1].lower()}_{low}" if two is not None else ""
    if joined in _NOT_LABELS:
        return False
    return low in _LABELS or joined in _LABELS


# ---------------------------------------------------------------------------------------------
# figures without digits


def _hits(text: str, word: str) -> Iterator[int]:
    """Offsets of *word* and of its capitalised form in *text* (str.find runs in C)."""
    for w in (word, word[0].upper() + word[1:]):
        i = text.find(w)
        while i >= 0:
            yield i
            i = text.find(w, i + 1)


def _scale_hits(text: str) -> Iterator[int]:
    for word in ("nghìn", "ngàn", "triệu", "tỷ", "tỉ", "vạn"):
        yield from _hits(text, word)


def _word_figures(text: str) -> Iterator[Figure]:
    for i in _scale_hits(text):
        # a number word, maybe with "trăm", right before the scale word ("hai trăm nghìn")
        pw = _prev_word(text, i)
        if pw is not None and pw[1].lower() == "trăm":
            pw = _prev_word(text, pw[0])
        if pw is None or pw[1].lower() not in WORD_NUMBERS:
            continue
        m = _WORD_SCALE.match(text, pw[0])
        if m is None:
            continue
        before = _prev_word(text, m.start())
        if before is not None and before[1].lower() in ("hàng", "vài", "mấy", "chục"):
            continue
        value = parse_amount(m.group(1), m.group(2))
        yield _amount_figure(text, m.start(), m.end(), value, has_scale=True)
    for i in _hits(text, "gấp"):
        m = _GAP.match(text, i)
        if m:
            yield _mk(text, m.start(), m.end(), _GAP_VALUES[m.group(1).lower()], "times", "other")
    for i in _hits(text, "tháng"):
        m = _WORD_MONTH.match(text, i)
        if m:
            month = MONTH_WORDS[" ".join(m.group(1).split())]
            year = int(m.group(2)) if m.group(2) else None
            iso = month_iso(month, year)
            if iso is not None:
                yield _mk(text, m.start(), m.end(), None, None, "date", date=iso)
    for i in _hits(text, "quý"):
        m = _QUARTER.match(text, i)
        if m:
            q = m.group(1)
            n = _ROMAN[q] if q in _ROMAN else int(q)
            yield _mk(text, m.start(), m.end(), None, None, "date", date=f"{m.group(2)}-Q{n}")


def _amount_figure(text: str, start: int, end: int, value: float, has_scale: bool) -> Figure:
    """A number word + scale ("hai triệu") with the unit or counted noun after it."""
    category, unit, unit_end, has_unit = _unit_after(text, end)
    if not has_unit:
        unit_end = _noun_after(text, end)
    ap = _approx_before(text, start)
    approx = ap[1] if ap else None
    if unit == "time":
        unit, category = _times_or_time(text, ap[0] if ap else start, unit_end, approx)
    return _mk(text, start, unit_end, value, unit, category, approx)


def _unit_after(text: str, pos: int) -> tuple[str, str | None, int, bool]:
    """(category, unit, end, found) for the unit or currency at *pos*, with a per-unit."""
    um = _UNIT.match(text, pos)
    if um is None:
        return "quantity", None, pos, False
    key = _key(um.group(2))
    if not um.group(1) and um.group(2) not in fu.ATTACHABLE:
        return "quantity", None, pos, False
    if key in ("tháng", "năm", "ngày") and _DAY_MONTH_WORDS.match(text, pos):
        return "quantity", None, pos, False
    found = fu.UNITS.get(key)
    if found is None:  # a case-folding oddity the table does not know
        return "quantity", None, pos, False
    category, unit = found
    end = um.end()
    pm = _PER.match(text, end)
    per = fu.PER_UNITS.get(_key(pm.group(1))) if pm else None
    if pm and per:
        unit = f"{unit}/{per}"
        end = pm.end()
    return category, unit, end, True


def _noun_after(text: str, pos: int) -> int:
    """End of the unknown counted noun at *pos* (one lower-case word), or *pos*."""
    nm = _NEXT_WORD.match(text, pos)
    if nm:
        word = nm.group(1)
        if word.isalpha() and word.islower() and word not in fu.STOP_AFTER_NUMBER:
            return nm.end()
    return pos


def _times_or_time(text: str, before: int, end: int, approx: str | None) -> tuple[str, str]:
    """'N lần' is a multiplier after a verb of change or before "so với", else a count."""
    if approx == "gấp" or _SO_VOI.match(text, end):
        return "times", "other"
    pw = _prev_word(text, before)
    if pw and pw[1].lower() in _CHANGE_WORDS:
        return "times", "other"
    return "time", "quantity"


def _key(phrase: str) -> str:
    return " ".join(phrase.lower().split())


# ---------------------------------------------------------------------------------------------
# figures with digits


class _DigitScanner:
    """Classifies every digit run of one text; keeps track of what is already covered."""

    def __init__(self, text: str, urls: list[tuple[int, int]], taken: list[Figure]) -> None:
        self.text = text
        self.n = len(text)
        self.urls = urls
        self.taken = sorted((f.start, f.end) for f in taken)
        self.taken_starts = [s for s, _ in self.taken]
        self.last_end = 0
        self.prev: Figure | None = None

    def _inside(self, spans: list[tuple[int, int]], starts: list[int] | None, pos: int) -> bool:
        if not spans:
            return False
        keys = starts if starts is not None else [s for s, _ in spans]
        k = bisect_right(keys, pos) - 1
        return k >= 0 and spans[k][0] <= pos < spans[k][1]

    def scan(self) -> Iterator[Figure]:
        url_starts = [s for s, _ in self.urls]
        for m in _ATOM.finditer(self.text):
            s, e = m.span()
            if s < self.last_end:
                continue
            if self.urls and self._inside(self.urls, url_starts, s):
                continue
            if self.taken and self._inside(self.taken, self.taken_starts, s):
                continue
            figs = self._classify(s, e, m.group())
            for f in figs:
                if f.start < self.last_end:
                    continue
                self.last_end = f.end
                self.prev = f
                yield f

    # -- helpers -------------------------------------------------------------------------

    def _glued_letter(self, e: int) -> bool:
        """True when letters are glued to the digits and are not a unit ("5G", "19h30")."""
        if e >= self.n or not self.text[e].isalpha():
            return False
        um = _UNIT.match(self.text, e)
        return not (um and not um.group(1) and um.group(2) in fu.ATTACHABLE)

    def _date(self, s: int, e: int, iso: str, with_time: bool = True) -> Figure:
        text = self.text
        start = s
        window = text[max(0, s - 24) : s]
        pm = _DATE_PREFIX.search(window)
        if pm and pm.start() < pm.end():
            start = s - (len(window) - pm.start())
        end = e
        if with_time:
            tm = _TIME_AFTER.match(text, e)
            if tm:
                end = tm.end()
                iso += _iso_time(tm)
        if start < self.last_end:
            start = s
        return _mk(text, start, end, None, None, "date", date=iso)

    def _after_range_dash(self, s: int) -> bool:
        """True when the previous figure ends right before *s* with a dash in between."""
        if self.prev is None:
            return False
        gap = self.text[self.prev.end : s]
        return gap.strip(_SPACES) in ("-", "–")

    # -- classification ------------------------------------------------------------------

    def _classify(self, s: int, e: int, atom: str) -> list[Figure]:
        text = self.text
        if self._glued_letter(e):
            return []
        if ":" in atom:
            return []  # a time of day on its own
        if "/" in atom or "-" in atom or _DOTTED_DATE.fullmatch(atom):
            return self._classify_date(s, e, atom)
        plain = normalize_number(atom)
        if plain is None:
            return []
        pw = _prev_word(text, s)
        low = pw[1].lower() if pw else ""
        is_int = plain.isdigit()
        n = int(plain) if is_int and len(plain) <= 6 else -1
        if low == "năm":
            if is_int and 3 <= len(atom) <= 4 and is_year(n):
                assert pw is not None
                start = pw[0]
                # "những năm 1990" (the 1990s) keeps "những" in the span
                pw2 = _prev_word(text, start)
                iso = f"{n:04d}"
                if pw2 is not None and pw2[1].lower() == "những" and pw2[0] >= self.last_end:
                    start = pw2[0]
                    if n % 10 == 0:
                        iso = f"{iso[:3]}X"  # a decade, as the gold set writes it
                return [_mk(text, start, e, float(n), None, "year", date=iso)]
            return []
        if low == "tháng":
            return self._month_date(s, e, atom, n, pw)
        if low == "ngày" and 1 <= n <= 31:
            return self._day_date(s, e, n, pw)
        if low == "lúc" or _CLOCK_AFTER.match(text, e):
            return []  # a time of day: "lúc 10 giờ", "8 giờ sáng"
        label = pw is not None and _is_label(pw[1], text, pw[0])
        if label and low == "thứ":
            return []  # an ordinal: "lần thứ 54", "thứ 2 thế giới"
        if 1 <= n <= 31 and "." not in atom and "," not in atom:
            dm = _DAY_MONTH_WORDS.match(text, e)
            if dm:
                return self._day_date(s, e, n, None)
            if _DAY_RANGE_DATE.match(text, e) or _DASH_DATE.match(text, e):
                found = self._day_date(s, e, n, None)
                if found:
                    return found
        if self.prev is not None and self._after_range_dash(s):
            prev_date = self.prev.date or ""
            month_like = prev_date.startswith("--") and len(prev_date) == 4
            month_like = month_like or (len(prev_date) == 7 and prev_date[4] == "-")
            if self.prev.category == "date" and 1 <= n <= 12 and month_like:
                return self._month_date(s, e, atom, n, None)
        return self._amount(s, e, atom, plain, label)

    def _classify_date(self, s: int, e: int, atom: str) -> list[Figure]:
        text = self.text
        if e < self.n and text[e] == "/":
            return []  # a document number: 15/2020/NĐ-CP
        pw = _prev_word(text, s)
        low = pw[1].lower() if pw else ""
        if low in ("quyết", "định", "thông", "tư", "luật", "lệnh"):
            return []
        if pw and low != "thứ" and _is_label(pw[1], text, pw[0]):
            return []  # "số 15/2020", "vòng 1/8"
        fm = _FRACTION.fullmatch(atom)
        fraction = fm is not None and int(fm.group(1)) < int(fm.group(2))
        if fm and fraction and (low in _FRACTION_BEFORE or _NEXT_WORD_SO.match(text, e)):
            # "chiếm 1/3", "hơn 2/3 dân số": a fraction, not a date
            value = int(fm.group(1)) / int(fm.group(2))
            ap = _approx_before(text, s)
            return [_mk(text, s, e, value, None, "quantity", ap[1] if ap else None)]
        if pw and pw[1].lower() == "tháng":
            mm = _MONTH_DOT_YEAR.fullmatch(atom)
            if mm:
                iso_m = month_iso(int(mm.group(1)), int(mm.group(2)))
                if iso_m:
                    return [self._date(pw[0], e, iso_m, with_time=False)]
        iso = parse_date_atom(atom)
        if iso is None:
            return []
        if iso.startswith("--") and len(iso) == 7:  # d/m without a year
            ym = _YEAR_AFTER.match(text, e)
            if ym and ym.group(0).lstrip(_SPACES)[:1].lower() == "n":
                full = day_iso(int(iso[5:]), int(iso[2:4]), int(ym.group(1)))
                if full:
                    return [self._date_span(s, ym.end(), full)]
            ry = _DATE_RANGE_YEAR.match(text, e)
            if ry:
                full = day_iso(int(iso[5:]), int(iso[2:4]), int(ry.group(1)))
                if full:
                    iso = full
        if len(iso) == 7 and not iso.startswith("-") and pw and pw[1].lower() == "tháng":
            return [self._date_span(pw[0], e, iso, prefix=False)]
        return [self._date(s, e, iso)]

    def _date_span(self, s: int, e: int, iso: str, prefix: bool = True) -> Figure:
        """A date over [s, e), widened to its "ngày"/weekday prefix when *prefix*."""
        if not prefix:
            return _mk(self.text, s, e, None, None, "date", date=iso)
        f = self._date(s, e, iso, with_time=False)
        return _mk(self.text, f.start, e, None, None, "date", date=iso)

    def _month_date(
        self, s: int, e: int, atom: str, n: int, pw: tuple[int, str] | None
    ) -> list[Figure]:
        if not 1 <= n <= 12 or not atom.isdigit():
            return []
        year = None
        end = e
        ym = _YEAR_AFTER.match(self.text, e)
        if ym:
            year = int(ym.group(1))
            end = ym.end()
        iso = month_iso(n, year) if year is None or is_year(year) else None
        if iso is None:
            return []
        start = pw[0] if pw is not None and pw[0] >= self.last_end else s
        return [_mk(self.text, start, end, None, None, "date", date=iso)]

    def _day_date(self, s: int, e: int, day: int, pw: tuple[int, str] | None) -> list[Figure]:
        text = self.text
        dm = _DAY_MONTH_WORDS.match(text, e)
        if dm:
            year = int(dm.group(2)) if dm.group(2) else None
            iso = day_iso(day, int(dm.group(1)), year)
            if iso:
                return [self._date_span(s, dm.end(), iso)]
        rd = _DAY_RANGE_DATE.match(text, e) or _DAY_AND_DATE.match(text, e)
        if rd:
            year = int(rd.group(3)) if rd.group(3) else None
            iso = day_iso(day, int(rd.group(2)), year)
            if iso:
                return [self._date(s, e, iso, with_time=False)]
        dd = _DASH_DATE.match(text, e)
        if dd and (pw is not None or dd.group(2)):
            # "ngày 30-4", "30-4-1975": day and month joined by a dash
            year = int(dd.group(2)) if dd.group(2) else None
            iso = day_iso(day, int(dd.group(1)), year)
            if iso:
                return [self._date_span(s, dd.end(), iso)]
        if pw is None:
            return []
        iso = day_iso(day)
        if iso is None:
            return []
        return [self._date(s, e, iso, with_time=False)]

    def _amount(self, s: int, e: int, atom: str, plain: str, label: bool = False) -> list[Figure]:
        """A number with its scale word, unit or counted noun, and approximation word."""
        text = self.text
        end = e
        scale = None
        sm = _SCALE.match(text, e)
        if sm:
            scale = " ".join(g.lower() for g in sm.groups() if g)
            end = sm.end()
        category, unit, end, has_unit = _unit_after(text, end)
        is_int = plain.isdigit()
        if label and not has_unit and scale is None:
            return []  # "Điều 5", "số 3", "Quận 1"
        if not has_unit and scale is None:
            # "3-5%": the first number of a range takes the second's scale and unit
            borrowed = self._borrow(e)
            if borrowed is not None:
                b_scale, b_category, b_unit = borrowed
                value = parse_amount(atom, b_scale)
                ap = _approx_before(text, s)
                approx = ap[1] if ap else None
                if b_unit == "time":
                    b_unit, b_category = _times_or_time(text, ap[0] if ap else s, e, approx)
                return [_mk(text, s, e, value, b_unit, b_category, approx)]
            if is_int and len(atom) == 4 and is_year(int(atom)):
                if self._name_before(s):
                    return []
                return [_mk(text, s, e, float(atom), None, "year", date=atom)]
            if self._name_before(s) or self._list_number(s, e):
                return []
            if e < self.n and text[e] in "/" and e + 1 < self.n and text[e + 1].isalpha():
                return []  # "15/QĐ-TTg", "24/24h"
        if not has_unit and (scale is not None or not (is_int and len(atom) == 4)):
            end = _noun_after(text, end)
        value = parse_amount(atom, scale)
        start = s
        pm = _MONEY_PREFIX.search(text, max(0, s - 3), s)
        if pm and pm.end() == s:
            start = pm.start()
            category, unit = "money", _prefix_currency(pm.group())
        ap = _approx_before(text, start)
        approx = ap[1] if ap else None
        if unit == "time":
            unit, category = _times_or_time(text, start if ap is None else ap[0], end, approx)
            if self._after_range_dash(s) and self.prev is not None and self.prev.unit == "times":
                unit, category = "times", "other"  # "tăng 2-3 lần"
        if start < self.last_end:
            start = s
        return [_mk(text, start, end, value, unit, category, approx)]

    def _borrow(self, e: int) -> tuple[str | None, str, str | None] | None:
        text = self.text
        rm = _RANGE_DASH.match(text, e)
        if rm is None and _after_tu(text, e):
            rm = _RANGE_WORD.match(text, e)
        if rm is None:
            return None
        nm = _ATOM.match(text, rm.end())
        if nm is None or normalize_number(nm.group()) is None or "/" in nm.group():
            return None
        scale = None
        end = nm.end()
        sm = _SCALE.match(text, end)
        if sm:
            scale = " ".join(g.lower() for g in sm.groups() if g)
            end = sm.end()
        category, unit, _, has_unit = _unit_after(text, end)
        if not has_unit and scale is None:
            return None
        return scale, category, unit

    def _name_before(self, s: int) -> bool:
        """A bare number after a capitalised word is part of a name ("Expo 2020", "Quận 1")."""
        pw = _prev_word(self.text, s)
        if pw is None:
            return False
        word = pw[1]
        capital = any(c.isupper() for c in word)  # "Expo", "SEA", "iPhone"
        return capital and word.lower() not in _CAP_OK and word.lower() != "năm"

    def _list_number(self, s: int, e: int) -> bool:
        """'1.' or '2)' opening a line, or a caption counter ("... - 1" at the end of a line)."""
        text = self.text
        line_start = s == 0 or text[s - 1] == "\n"
        if line_start and e < self.n and text[e] in ".)":
            return True
        at_eol = e == self.n or text[e] in "\r\n"
        return at_eol and text[max(0, s - 3) : s] == " - "


def _iso_time(m: re.Match[str]) -> str:
    """``T19:24:11+07:00`` from a match of ``_TIME_AFTER``."""
    minute = m.group("mi") or m.group("mi2")
    out = f"T{int(m.group('h')):02d}:{minute}"
    if m.group("se"):
        out += f":{m.group('se')}"
    sign = m.group("zs") or m.group("ps")
    if sign:
        hours = m.group("zh") or m.group("ph")
        mins = m.group("zm") or m.group("pm") or "00"
        out += f"{sign}{int(hours):02d}:{mins}"
    return out


def _prefix_currency(sym: str) -> str:
    return {"$": "USD", "US$": "USD", "€": "EUR", "£": "GBP"}[sym]
