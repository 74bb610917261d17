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
each run is classified by looking a few characters around it; a few ``str.find`` scans add the
figures without digits ("hai triệu", "gấp đôi", "tháng Chín năm 2021", "quý I/2021"). There is no
per-character Python loop over the text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import replace

from vnreader.analysis import figure_units as fu
from vnreader.analysis.dates import day_iso, is_year, month_iso, parse_date_atom
from vnreader.analysis.figure_clock import (
    HALF_AFTER,
    clock_time,
    colon_time,
    g_hour,
    glued_hour,
    half_past,
    range_start_time,
)
from vnreader.analysis.figure_context import (
    BLANK,
    CAP_OK,
    CHANGE_WORDS,
    DAY_MONTH_WORDS,
    NEXT_WORD,
    SPACES,
    UNIT,
    approx_before,
    diplomas_at,
    is_label,
    make_figure,
    money_context,
    noun_after,
    per_in_words,
    per_unit,
    prev_word,
    times_or_time,
    unit_after,
)
from vnreader.analysis.figure_nouns import compound_end
from vnreader.analysis.figure_units import words
from vnreader.analysis.figure_words import word_figures
from vnreader.analysis.model import Figure
from vnreader.analysis.named_dates import date_name_at, remember
from vnreader.analysis.numbers import normalize_number, parse_amount

__all__ = ["find_figures"]

# Cents after a number ("15 cent", "2,90 US cents"), or after the next one ("84 và 23 cent")
_CENTS_WORD = rf"{BLANK}*(?:US{BLANK}*)?cents?(?!\w)"
_CENTS = re.compile(_CENTS_WORD, re.IGNORECASE)
_CENTS_NEXT = re.compile(rf"[^\d]{{1,12}}\d[\d.,]*{_CENTS_WORD}", re.IGNORECASE)
# "euro" after cents: euro cents ("50 cent euro"), not US cents
_EURO_AFTER = re.compile(rf"{BLANK}+euro(?!\w)", re.IGNORECASE)
# money named after a sum with a scale word and no currency: "120 triệu tiền mặt", "50 triệu
# tiền công" are sums in dong, not counts of "tiền" (rule 83)
_CASH_AFTER = re.compile(
    rf"{BLANK}+tiền(?!\w)(?!{BLANK}+(?:yên|đô|đôla|đô la|euro|bảng|rúp|won|baht|USD|EUR)\b)"
)
# gold by the mace: "3 chỉ vàng" ("chỉ" alone is "only": "top 3 chỉ có …")
_MACE = re.compile(rf"{BLANK}+chỉ(?={BLANK}+vàng(?!\w))")
# A per-unit after a counted noun: "bản/ngày", "viên/ 1 lần"
_SLASH_WORD = re.compile(rf"{BLANK}?/{BLANK}?[^\W\d_]")

# A run of digits with inner separators; not glued to a letter, a digit or a separator before
# it, and not after "letter-" (Covid-19, Army Games-2021, F-16); after "/" only when a letter
# stands before it ("4.221 tỉ đồng/3.050 tỉ đồng", not the "2020" of "15/2020"). The
# lookbehinds come after the first digit so that the engine can scan for digits quickly.
_ATOM = re.compile(
    r"\d(?<![\w.,:#@&]\d)(?<![^\W\d_][-–]\d)(?:(?<!/\d)|(?<=[^\W\d_]/\d))"
    r"(?:\d{3}-\d{2}-\d{2}(?!\d)|(?:\d|[.,/:](?=\d))*)"
)
_NON_BLANK = re.compile(r"\S+")

_SCALE_WORDS = "nghìn|ngàn|triệu|tỷ|tỉ|vạn|trăm"
_SCALE = re.compile(
    rf"{BLANK}+({_SCALE_WORDS})(?:{BLANK}+(nghìn|ngàn|triệu|tỷ|tỉ))?(?!\w)(?!{BLANK}+(?:lệ|phú)(?!\w))",
    re.IGNORECASE,
)  # not "tỷ lệ" (a rate), "triệu phú" (a millionaire)
_RANGE_DASH = re.compile(rf"{BLANK}*[-–]{BLANK}*(?=\d)")
_RANGE_WORD = re.compile(
    rf"{BLANK}+(?:đến|tới|và|hoặc|trong(?:{BLANK}+(?:tổng{BLANK}+)?số)?){BLANK}+(?=\d)"
)  # "1.100 đến 2.000 USD"; "3 trong số 4 ứng viên" takes the unit too
_YEAR_AFTER = re.compile(rf"(?:{BLANK}+năm{BLANK}+|/)(\d{{4}})(?![\d/])", re.IGNORECASE)
_DAY_RANGE_DATE = re.compile(
    rf"{BLANK}*[-–]{BLANK}*(\d{{1,2}})/(\d{{1,2}})(?:/(\d{{4}}))?(?![\d/])"
)
# the words that make "cấp" a level before a number ("cao cấp", "chuyên khoa cấp 2")
_LEVEL_BEFORE = frozenset({"cao", "trung", "sơ", "khoa", "mật", "siêu", "thượng", "hạ"})
_STROKES = re.compile(rf"{BLANK}+(?:thì|kỳ|kì)(?!\w)")  # "động cơ 4 thì"
_DASH_YEAR = re.compile(r"[-–.](\d{4})(?![\d/]|[.,]\d)")
_MONTH_RANGE_YEAR = re.compile(rf"{BLANK}*[-–]{BLANK}*\d{{1,2}}/(\d{{4}})(?![\d/])")
_DASH_DATE = re.compile(r"-(\d{1,2})(?:-(\d{4}))?(?![\d/])")
# "ngày 23, 24 và 25/4", "ngày 29 và 30-4": days in a list that share the month of the last
_DAY_AND_DATE = re.compile(
    rf"(?:{BLANK}*,{BLANK}*\d{{1,2}}(?![\d/\-–]))*(?:{BLANK}*,{BLANK}*|{BLANK}+và{BLANK}+)"
    r"(\d{1,2})([/\-–])(\d{1,2})(?:\2(\d{4}))?(?![\d/]|[.,]\d)"
)
_DAY_TO_DATE = re.compile(
    rf"{BLANK}+(?:đến|tới){BLANK}+(?:ngày{BLANK}+)?(\d{{1,2}})[/\-](\d{{1,2}})(?:[/\-](\d{{4}}))?(?![\d/]|[.,]\d)"
)
# "3 giờ 23 phút 19 giây": the smaller units of one length of time (GUIDELINE rule 63)
_MORE_TIME = re.compile(rf"{BLANK}+(\d{{1,2}}){BLANK}+(phút|giây)(?!\w)")
_SECONDS = {"hour": 3600, "minute": 60, "second": 1}
# "4 năm 3 tháng 20 ngày": the months and days of one length in years (GUIDELINE rule 63 and
# its note: a year is 365 days, a month 30); not before a number ("6 tháng 2 năm 2020")
_MORE_DAYS = re.compile(
    rf"{BLANK}+(\d{{1,2}}){BLANK}+(tháng|ngày)(?!\w)"
    rf"(?!{BLANK}+\d{{4}})(?!{BLANK}+\d{{1,2}}{BLANK}+năm(?!\w))"
)
_DAYS = {"year": 365, "month": 30, "day": 1}
_MONTHS = {"year": 12, "month": 1}  # a length in years and months is in months
_DAY_UNITS = {"tháng": "month", "ngày": "day"}
_TIME_UNITS = {"phút": "minute", "giây": "second"}
# The head of a named law or event a few lowercase words before a bare year: the year is part
# of the name ("Luật Đất đai 2013" is caught by the capital before it; these are not)
_NAMED_BEFORE = re.compile(
    r"(?<!\w)(?:Luật|Bộ luật|Hiến pháp|Festival|Liên hoan|Lễ hội|Hội chợ|Triển lãm)"
    rf"((?:{BLANK}+[^\W\d]+){{1,5}}){BLANK}+$"
)
_NOT_IN_NAMES = words("từ đến tới trong vào sau trước đã sẽ được là có năm mở diễn ra tổ chức khai")
_TODAY_BEFORE = re.compile(
    rf"(?<!\w)(?:[Hh]ôm|[Ss]áng|[Cc]hiều|[Tt]ối|[Nn]gày){BLANK}+(?:nay|qua|mai){BLANK}*[,(]{BLANK}*$"
)
# words before a day and month joined by a dash that make them a date when the day is past
# 9 and nothing is counted after ("trước 15-3", "từ 27-4 đến 3-5"; "từ 2-3 người" is a count)
_BEFORE_DASHED_DATE = words("trước sau đến tới từ vào")
# The letters of a model after its number ("Boeing 737 MAX", "BMW 320 GT", "Note 10 Pro")
_MODEL_AFTER = re.compile(rf"{BLANK}+([A-Z][A-Za-z]*)(?![\w\-/])")
_MODEL_WORDS = words("max gt gts gti er lr xl xls lx ex se rs sx amg pro plus ultra neo turbo")
_CHAIN_BEFORE = re.compile(r"(?<![\d.,])\d[-–]$")
_CHAIN_AFTER = re.compile(r"[-–]\d(?![\d.,])")
_DAY_PARTS = words("sáng chiều tối trưa đêm hôm khuya")
_FRACTION_GAPS = frozenset(("hay", "hoặc", "và", ",", "-", "–", "đến", "tới"))  # "1/2 hay 1/3"
_FRACTION_BEFORE = words("gần hơn khoảng trên chiếm bằng dưới hầu")
_DATE_RANGE_YEAR = re.compile(rf"{BLANK}*[-–]{BLANK}*\d{{1,2}}/\d{{1,2}}/(\d{{4}})(?!\d)")
_MONTH_DOT_YEAR = re.compile(r"(\d{1,2})[.\-](\d{4})")
_FRACTION = re.compile(r"(\d{1,3})/([1-9]\d{0,2})")
_DECIMAL_RATIO = re.compile(r"(\d{1,3})/(\d{1,3},\d{1,6})")  # "1/8,28": a ratio, not a date
# "tỷ lệ năm 1990 là 1/20", "tỉ lệ 1/500": a fraction in the clause of a rate, after one of
# _RATE_BEFORE, is a ratio (not "tỷ lệ … ngày 1/6": a date)
_RATE_BEFORE = words("là lệ chỉ còn đạt")
_AFTER_RATE = re.compile(rf"(?<!\w)(?:[Tt]ỷ|[Tt]ỉ){BLANK}+lệ(?!\w)[^.;:!?\n]{{0,40}}$")
_NEXT_WORD_SO = re.compile(rf"{BLANK}+(?:dân{BLANK}+số|số|tổng{BLANK}+số)(?!\w)")
# the wholes a common fraction takes a part of ("1/3 thân", "đạt 1/4 công suất", "1/2 chén
# nước"), besides the counted nouns ("1/3 học sinh")
_WHOLE_AFTER = re.compile(
    rf"{BLANK}+(?:thân|công{BLANK}+suất|diện{BLANK}+tích|trọng{BLANK}+lượng|thời{BLANK}+gian"
    rf"|giá{BLANK}+trị|dân{BLANK}+cư|hành{BLANK}+trình|đội{BLANK}+hình|lượng|tổng|quãng"
    rf"|chặng|muỗng|thìa|chén|bát|tách|cốc|ly|quả|trái|củ)(?!\w)"
)
_COMMON_PARTS = 4  # the largest whole of a common fraction: halves, thirds, quarters
# words after "1/4" that make it a date or a label, not a quarter of something
_DATE_AFTER = words("sắp tới vừa hàng nhỉ này qua ấp khởi năm đến")
# the units of counted people and things (not of measures: "3/4 GB" are two sizes)
_COUNTED_UNITS = words(
    "person dose visit case household vehicle patient point vote item student project"
)  # not match: "thắng 1/3 trận" won one match of three (rule 54a)
_DOTTED_DATE = re.compile(r"\d{1,2}\.\d{1,2}\.\d{4}")
_TIME_AFTER = re.compile(
    rf"(?:{BLANK}*,{BLANK}*|{BLANK}+(?:[-|]{BLANK}+)?|{BLANK}+lúc{BLANK}+)"
    r"(?P<h>\d{1,2})(?::(?P<mi>\d{2})(?::(?P<se>\d{2}))?|h(?P<mi2>\d{2}))(?!\d)"
    rf"(?:{BLANK}*(?:GMT|UTC)?{BLANK}*(?P<zs>[+-])(?P<zh>\d{{1,2}})(?::?(?P<zm>\d{{2}}))?(?!\d))?"
    rf"(?:{BLANK}*\((?:GMT|UTC){BLANK}*(?P<ps>[+-]){BLANK}*(?P<ph>\d{{1,2}})(?::?(?P<pm>\d{{2}}))?\))?"
)
_DAY_WORDS = frozenset(("ngày", "mùng", "mồng"))
# Words before "d/m" that make it a date even when a counted noun follows ("sáng 3/10 người")
_DATE_CUES = words(
    "ngày mùng mồng sáng chiều tối trưa đêm hôm từ đến tới vào trước sau đầu cuối giữa dịp lễ"
)
_SCORE_BEFORE = re.compile(rf"(?<![\d.,])\d{{1,2}}(?:[-–+]|{BLANK}[-–]{BLANK})$")
_SCORE_AFTER = re.compile(rf"(?:[-–+]|{BLANK}[-–]{BLANK})(?=\d{{1,2}}(?![\d%]|[.,]\d))")
_COMMA_LIST = re.compile(rf",{BLANK}+(?=\d)")  # a list lends its unit: "8, 12 tuổi"
# A star rating ("khách sạn 5 sao", "tướng 4 sao") and a car's seat class ("ôtô 7 chỗ") are
# grades, not counts (GUIDELINE rules 67, 83); shooting stars and comets are counted, and
# "sao cho" is "so that".
_STARS = re.compile(rf"{BLANK}+sao(?!\w)(?!{BLANK}+(?:băng|chổi|cho)(?!\w))")
_SEATS = re.compile(rf"{BLANK}+chỗ(?:{BLANK}+ngồi)?(?!\w)")
_VEHICLES = words("xe ôtô tô buýt khách limousine")
# Members are people ("7 thành viên Chính phủ", "gia đình 4 thành viên") except near a bloc of
# states, whose members are countries, ``item`` ("EU kết nạp thêm 10 thành viên mới").
_MEMBERS = re.compile(rf"{BLANK}+thành{BLANK}+viên$")
_MEMBERS_NEXT = re.compile(  # the members after the range a first number begins
    rf"{BLANK}*(?:[-–/]|đến|tới|lên){BLANK}*\d[\d.,]*{BLANK}+thành{BLANK}+viên(?!\w)"
)
_BLOCS = re.compile(
    r"(?<!\w)(?:EU|EEC|WTO|APEC|ASEAN|NATO|OPEC|G\d+|LHQ|HĐBA|euro|Eurozone|eurozone|châu Âu"
    r"|Liên minh châu Âu|Liên hợp quốc|Hội đồng Bảo an)(?!\w)"
)
# The bloc must be named in the members' clause (within 80 characters before or 60 after, as
# before): not past the end of a sentence, a ";" or a contrast ("có 23 thành viên, trong khi EU
# vừa họp"), nor as an acronym that begins a name ("ASEAN Awards gồm 5 thành viên").
_CLAUSE_END = re.compile(
    rf"[.!?…;](?:{BLANK}|$)|\n|(?<!\w)(?:trong{BLANK}+khi|còn(?!{BLANK}+lại)|nhưng|song"
    rf"|tuy{BLANK}+nhiên|trái{BLANK}+lại)(?!\w)",
    re.IGNORECASE,
)
_ACRONYM_IN_A_NAME = re.compile(rf"{BLANK}+[A-ZĐ][a-zà-ỹđ]")
# The United Nations written with capitals counts only right after the members ("191 thành viên
# của Đại hội đồng Liên Hợp Quốc"), not as the name of a body or an envoy near people ("phái
# viên Liên Hợp Quốc … chỉ định 5 thành viên hội đồng").
_UN_NEXT = re.compile(
    rf"(?:{BLANK}+(?:của|thuộc|trong))?(?:{BLANK}+Đại{BLANK}+hội{BLANK}+đồng)?"
    rf"{BLANK}+Liên{BLANK}+(?:Hợp|Hiệp){BLANK}+Quốc(?!\w)"
)
_BLOC_BEFORE, _BLOC_AFTER = 80, 60  # characters looked at around the members
_THIS_TIME = re.compile(rf"{BLANK}+lần{BLANK}+(?:này|ấy|đó|trước|tới|sau)(?!\w)")
_CHANGE_TO = re.compile(rf"{BLANK}+(?:lên|xuống|còn)(?:{BLANK}+(?:mức|mốc))?{BLANK}+(?=\d)")
_NAME_DASH = re.compile(rf"{BLANK}*[-–]{BLANK}*$")
_NIGHTS = re.compile(rf"{BLANK}+đêm(?!\w)")
_PLATE_BEFORE = re.compile(r"\d{2}[A-Z]{1,2}\d?[ \u00a0]*[-–.][ \u00a0]*$")  # "36A – 48.567"
_PHONE_RUN_AFTER = re.compile(r"(?:[ .]\d{2,4}){2,}(?!\d|,\d)")
_PHONE_RUN_BEFORE = re.compile(r"\d{2,4}[ .]\d{2,4}[ .]$")
_POUND = re.compile(rf"{BLANK}+bảng(?!{BLANK}*(?:xếp|đấu|[A-H]\b))(?!\w)")
_PHONE_BEFORE = re.compile(
    r"(?:\b(?:ĐT|SĐT|Tel|Fax|Hotline|hotline|điện thoại|Điện thoại)\b[.:]?[ \u00a0]*)$"
)
# the last letters of the words of _PHONE_BEFORE and the signs after them: what its match
# ends with before the blanks (``_last_sign``)
_PHONE_WORD_ENDS = frozenset("Tlxei.:")
_PLATE_SIGNS = frozenset("-–.")  # the same for _PLATE_BEFORE
_WORD_AFTER = re.compile(rf"{BLANK}+(\w\w)")
_DIGIT_GROUP_AFTER = re.compile(r"[ .]\d{3,}(?=[ .]\d|[^\w \u00a0]|$)")
_DIGIT_GROUP_BEFORE = re.compile(r"(?<![\w.,])\d{3,}[ .]$")
# "6 tháng tuổi", "4 tuần tuổi": an age in days, weeks or months is a duration with "tuổi";
# not the first syllable of another word ("sau 6 tháng tuổi thọ tăng": life expectancy)
_AGE_WORD = re.compile(
    rf"{BLANK}+tuổi(?!\w)(?!{BLANK}+(?:thọ|trẻ|teen|đời|nghề|tác|hưu|già|thơ|xanh|vàng|thai|Đảng|đảng)(?!\w))"
)
# what stands before a list's "(1)", "(2)": a line's start or the end of a clause
_LIST_OPENERS = frozenset(":;,.\n")
# places named by a number, and the places they lie in: "thôn 3 xã An Phú", "tổ 5 phường 2"
# (label words of figure_context.LABELS; "lộ" ends "quốc lộ")
_NUMBERED_PLACE_WORDS = frozenset(
    {"thôn", "xóm", "ấp", "khóm", "tổ", "khu", "phố", "đường", "ngõ", "hẻm", "quận", "phường"}
    | {"lộ"}
)
_PLACE_AFTER_NUMBER = re.compile(
    rf"{BLANK}*,?{BLANK}+(?:xã|phường|làng|huyện|quận|thị{BLANK}+(?:trấn|xã)|thành{BLANK}+phố"
    rf"|tỉnh|TP\.?|TT\.?|thôn|ấp|xóm|khóm|khu{BLANK}+phố|P\.|Q\.)(?!\w)"
)
# a player's shirt number in a line-up, glued to the name by a dash: "7-Daniel Borimirov"
_SHIRT_NAME = re.compile(r"[-–]([^\W\d_][^\W\d_]+)[ \u00a0]+([^\W\d_])")
# the words of the August Revolution before its month ("Cách mạng Tháng 8"): a name, no date;
# in lower case they may be the work of revolution in a month ("làm cách mạng tháng 8 năm 1930")
_REVOLUTION_BEFORE = re.compile(rf"Cách{BLANK}+[Mm]ạng{BLANK}+$")
# a season or a school year: "mùa giải 2001/2002" (two years, rule 29)
_SLASH_YEARS = re.compile(r"(\d{4})/(\d{4})")
_SEASON_AFTER = re.compile(r"[-–](\d{2})(?![\d.,/%])")
_AGE_AFTER = re.compile(rf"{BLANK}+là{BLANK}+(?:độ{BLANK}+)?tuổi(?!\w)")
_LIST_GAPS = frozenset(("-", "–", ",", "đến", "tới", "và", "hoặc"))
_LUNAR_MONTH = re.compile(rf"{BLANK}+([Tt]ết|tháng{BLANK}+(?:[Gg]iêng|[Cc]hạp))(?!\w)")
# the last days of the lunar year, named by their day and "Tết" alone ("đêm 30 Tết", "28 Tết",
# "trước 20 tết"); a smaller number before "Tết" counts New Years ("đã 3 Tết xa nhà") unless
# a part of the day, "tức" or a lunar date in a list comes before it ("sáng 1 tết", "mồng 2,
# 4 tết")
_LAST_DAYS = range(20, 31)
_LUNAR_LIST_GAPS = frozenset({",", "và", "-", "–", "đến", "tới"})
# words before a price that make it a level, not a change ("từ mức 80.000 đồng lên …")
_LEVEL_WORDS = frozenset({"mức", "giá", "bán"})
_LUNAR_AFTER = re.compile(rf"{BLANK}+âm{BLANK}+lịch(?!\w)", re.IGNORECASE)
# Words before "thứ N" that make it a rank: "xếp thứ 45", "đứng thứ 3", "vị trí thứ 2"
_RANK_CUES = words(
    "xếp đứng giữ lên xuống tụt leo vươn về trí hạng lớn cao nhiều đông thấp nhỏ mạnh giàu nghèo"
    " dài giống vợt golf"
)
# "vị trí số 1", "xếp hạng số 1", "hạt giống số 3", "tay vợt số 1": a place in a ranking
_PLACE_CUES = words("trí hạng xếp đứng giống vợt golf")
# Words before "vị trí N" that make it a place in a ranking ("lên vị trí 59", "ở vị trí 43")
_PLACE_VERBS = words("ở lên xuống xếp giữ đứng tụt leo vươn rơi về từ nhận chiếm các")
_OCCURRENCE = words("lần kỳ kì họp khóa khoá phiên đợt vòng lượt hệ ngày năm tháng tuần")
# "thứ 2 thế giới", "thứ 3 cả nước": the scope after "thứ N" makes it a rank whatever comes before
_RANK_SCOPE = re.compile(
    rf"{BLANK}+(?:(?:trên|tại|ở|trong){BLANK}+)?(?:thế{BLANK}+giới|châu{BLANK}|cả{BLANK}+nước|toàn"
    rf"{BLANK}+(?:quốc|cầu)|khu{BLANK}+vực|Đông{BLANK}+Nam{BLANK}+Á|bảng{BLANK}+xếp{BLANK}+hạng|BXH)"
)
# "số 1 của …", "số 1 trong …": the first of a group (a rank) after a role, not the number of
# a unit, a place or a body (_NUMBERED_HEADS: "tổ máy số 1 của", "Trường số 1 của tỉnh")
_NUMBER_ONE_OF = re.compile(rf"{BLANK}+(?:của|trong){BLANK}")
_NUMBERED_HEADS = words(
    "bão đường tuyến máy đê binh cử nhà xe cửa cổng lô khu tổ kênh phòng mũi điểm trạm lò giếng"
    " cầu ô sân lớp đội vùng toa ga bến trường viện nghiệp"
)
# A lunar year's name, stem and branch ("Giáp Thìn", "Quý Mão"): the year after it is a year
_STEMS = words("Giáp Ất Bính Đinh Mậu Kỷ Canh Tân Nhâm Quý")
_BRANCHES = words("Tý Sửu Dần Mão Mẹo Thìn Tỵ Tị Ngọ Mùi Thân Dậu Tuất Hợi")
# A treaty or an orchestra named by its place with a lower-case head: the year after is a year
# (GUIDELINE rule 95: "hiệp ước Lisbon 2007", "dàn nhạc Thính phòng Praha 1997")
_TREATY_BEFORE = re.compile(
    rf"(?<!\w)(?:hiệp{BLANK}+(?:định|ước)|công{BLANK}+ước|dàn{BLANK}+nhạc)"
    rf"{BLANK}+[A-ZÀ-ỸĐ][\w-]*(?:{BLANK}+[\w-]+){{0,3}}$"
)
_MOVED = re.compile(rf"{BLANK}+(?:lên|xuống)(?!\w)")
_DATE_PREFIX = re.compile(
    rf"(?:(?:[Tt]hứ{BLANK}+(?:[Hh]ai|[Bb]a|[Tt]ư|[Nn]ăm|[Ss]áu|[Bb]ảy|[2-7])|[Cc]hủ{BLANK}+[Nn]hật)"
    rf"{BLANK}*,?{BLANK}*)?(?:(?:[Nn]gày|[Mm]ùng|[Mm]ồng){BLANK}+)?$"
)
_MONEY_PREFIX = re.compile(r"(US\$|\$|€|£)[ \u00a0]?$")
_SEASONS = words("xuân hè hạ thu đông")
_DOTTED_DAY_MONTH = re.compile(r"(\d{1,2})\.(\d{1,2})")
# an area code in brackets, then the groups of the number before the one looked at
_AREA_CODE_BEFORE = re.compile(r"\(0\d{1,3}\)[ \u00a0]*(?:\d[\d.]*[ \u00a0.\-–])*$")
# "+91-7303-625-588", "+84 24 3825 1234": an international phone number, not figures
_INTL_PHONE = re.compile(r"\+\d{1,4}(?:[ .\-–]\(?\d{1,5}\)?){2,}")


def find_figures(text: str) -> list[Figure]:
    """All figures in *text* (NFC), sorted by start, never overlapping.

    ``text[f.start:f.end] == f.text`` for every figure.
    """
    if not text:
        return []
    extra = list(word_figures(text))
    has_digit = _ATOM.search(text) is not None
    if not has_digit:
        return _resolve(extra)
    urls = _url_spans(text)
    if "+" in text:
        urls = sorted(urls + _phone_spans(text))
    scanner = _DigitScanner(text, urls, extra)
    digit_figs = list(scanner.scan())
    remember(text, scanner.named)  # the entity recogniser reads the same names
    if scanner.named:  # "33 đường 3 tháng 2": the house number read as "33 đường" goes
        digit_figs = [f for f in digit_figs if not _reaches_into(f, scanner.named)]
    figs = _resolve(extra + digit_figs)
    if "kV" in text or "KV" in text or "kv" in text:
        figs = [f for f in figs if f.unit != "kV" or not _voltage_class(text, f.start)]
    if "rưỡi" in text:
        figs = [_with_half(text, f) for f in figs]
    return _share_dates(text, figs) if len(figs) > 1 else figs


# "rưỡi" right after a figure that ends on a unit of time or a scale word: half of that unit
_HALVED_TIME = frozenset({"giờ", "tiếng", "ngày", "tuần", "tháng", "năm", "phút", "thế kỷ"})
_HALVED_SCALE = {
    "trăm": 1e2,
    "nghìn": 1e3,
    "ngàn": 1e3,
    "vạn": 1e4,
    "triệu": 1e6,
    "tỷ": 1e9,
    "tỉ": 1e9,
}


def _with_half(text: str, f: Figure) -> Figure:
    """*f* with the "rưỡi" (and a half) that follows it: "kéo dài 2 giờ rưỡi" is 2.5 hours,
    "3 năm rưỡi" 3.5 years, "gấp 2 lần rưỡi" 2.5 times, "2 triệu rưỡi" 2,500,000. Only after
    a figure whose last word is a unit of time, "lần" or a scale (a clock time reads "2 giờ
    rưỡi chiều" itself)."""
    half = HALF_AFTER.match(text, f.end)
    if half is None or f.value is None or f.date is not None:
        return f
    if f.unit is None and f.category == "quantity":
        clock = half_past(text, f.end, f.value)  # "dậy từ 5 rưỡi sáng": half past five
        if clock is not None:
            end, iso = clock  # "khoảng 8 rưỡi sáng": about then
            return Figure(f.start, end, text[f.start : end], None, None, "date", f.approx, iso)
    last = f.text.rsplit(None, 1)[-1].lower()
    if (f.category == "duration" and last in _HALVED_TIME) or (f.unit == "times" and last == "lần"):
        step = 1.0
    elif last in _HALVED_SCALE:
        step = _HALVED_SCALE[last]
    else:
        return f
    end = half.end()
    unit, category = f.unit, f.category
    if last in _HALVED_SCALE and unit is None:
        counted = unit_after(text, end)  # "1 triệu rưỡi công dân": the people counted
        if counted[3]:
            category, unit, end = counted[0], counted[1], counted[2]
    value = f.value + step / 2
    return replace(f, end=end, text=text[f.start : end], value=value, unit=unit, category=category)


# the things a voltage classes ("đường dây", "trạm biến áp", "TBA", "lưới điện", "cột điện cao
# thế", "cáp ngầm", "nhà GIS"), in the few words before it
_POWER_WORDS = re.compile(
    r"(?i)(?<!\w)(?:dây|trạm|tba|lưới|tuyến|cột|trụ|cáp|cao thế|gis|biến áp|biến thế|mba)(?!\w)"
)
_MEASURED = re.compile(r"(?i)(?:điện|cao|hạ) áp\W*$")  # "cấp điện áp 220 kV": the voltage


def _voltage_class(text: str, s: int) -> bool:
    """True for kilovolts that class a power line, a substation, a cable or a grid named in the
    32 characters before, within the sentence (guideline rule 84: "đường dây 500 kV", "trạm
    biến áp 220 - 500kV", "TBA 500/220 kV", "cột điện cao thế 500kV"); not a voltage measured,
    after "điện áp" or a word of approximation ("cấp điện áp 220 kV", "cao áp (trên 35 kV)")."""
    before = text[max(0, s - 32) : s]
    cut = max(before.rfind(". "), before.rfind("\n"))
    if cut >= 0:
        before = before[cut + 1 :]
    if _MEASURED.search(before) or approx_before(text, s) is not None:
        return False
    return _POWER_WORDS.search(before) is not None


# what joins two dates of a range or a list: "ngày 26 đến 29.9", "26 - 27.3", "tháng 9 và cuối
# tháng 10-2005"
_DATES_JOINED = re.compile(rf"{BLANK}*(?:[-–,]|đến|tới|và){BLANK}*(?:(?:cuối|đầu|giữa){BLANK}+)?")
_DATE_WORD = re.compile(rf"(?:ngày|tháng){BLANK}*")


def _share_dates(text: str, figs: list[Figure]) -> list[Figure]:
    """A day or a month that a range or a list writes before the date sharing its month or
    year takes them (guideline rules 29, 66): "từ ngày 26 đến 29.9" → "ngày 26" `--09-26`,
    "trong tháng 9 và cuối tháng 10-2005" → "tháng 9" `2005-09`. A month later than the one
    after it is of another year ("tháng 11 đến tháng 2/2021"): none is lent; nor across a
    comma to a day written "ngày …" (another clause), nor to a bare number before a dash (a
    day misread, "30-4 và 1-5 năm 2017")."""
    out = figs
    for k in range(len(figs) - 2, -1, -1):
        a, b = out[k], out[k + 1]
        if a.date is None or b.date is None or a.category != "date" or b.category != "date":
            continue
        shared = _shared(a.date, b.date)
        if shared is None:
            continue
        m = _DATES_JOINED.match(text, a.end)
        if m is not None and m.end() != b.start and "," not in m.group():
            m = _DATE_WORD.match(text, m.end())  # the date's word outside its span
        if m is None or m.end() != b.start:
            continue
        if "," in m.group() and b.text[:4].lower() == "ngày":
            continue  # "sinh ngày 12, ngày 15/8 cưới vợ": two clauses, not a list of days
        if a.text.isdigit() and "-" in m.group():
            continue  # "30-4 và 1-5 năm 2017": "1" is a day misread, it takes no year
        if out is figs:
            out = list(figs)
        out[k] = replace(a, date=shared)
    return out


def _reaches_into(f: Figure, spans: list[tuple[int, int, str, str]]) -> bool:
    """True when the figure *f* overlaps one of *spans* (start, end, label, key)."""
    return any(f.start < span[1] and span[0] < f.end for span in spans)


def _shared(first: str, second: str) -> str | None:
    """The date *first* ("---26", "--09", "--Q2") written in full with the month or year of
    *second* ("--09-29", "2005-10", "2016-Q3"), or None when it lends nothing."""
    day = _DAY_ONLY.fullmatch(first)
    if day is not None:
        full = _DAY_MONTH.fullmatch(second)
        if full is None or day.group(1) >= full.group(3):
            return None
        if day_iso(int(day.group(1)), int(full.group(2))) is None:
            return None
        return f"{full.group(1)}{full.group(2)}-{day.group(1)}"
    month = _MONTH_ONLY.fullmatch(first)
    if month is not None:
        full = _YEAR_MONTH.fullmatch(second)
        if full is None or month.group(1) >= full.group(2):
            return None
        if (month.group(1)[0] == "Q") != (full.group(2)[0] == "Q"):
            return None  # a month lends to a month, a quarter to a quarter
        return f"{full.group(1)}-{month.group(1)}"
    return None  # a day with its month keeps it alone: "từ 20/3 đến 24/3/2006" (set 12)


_DAY_ONLY = re.compile(r"---(\d\d)")
_MONTH_ONLY = re.compile(r"--(\d\d|Q\d)")
_DAY_MONTH = re.compile(r"(--|\d{4}-)(\d\d)-(\d\d)")
_YEAR_MONTH = re.compile(r"(\d{4})-(\d\d|Q\d)")


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


def _phone_spans(text: str) -> list[tuple[int, int]]:
    """Spans of international phone numbers ("+91-7303-625-588"), found from each "+"."""
    spans: list[tuple[int, int]] = []
    i = text.find("+")
    while i >= 0:
        m = _INTL_PHONE.match(text, i)
        if m:
            spans.append(m.span())
        i = text.find("+", m.end() if m else i + 1)
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


class _DigitScanner:
    """Classifies every digit run of one text; keeps track of what is already covered."""

    def __init__(self, text: str, urls: list[tuple[int, int]], taken: list[Figure]) -> None:
        self.text = text
        self.n = len(text)
        self.urls = urls
        self.taken = sorted((f.start, f.end) for f in taken)
        self.taken_starts = [s for s, _ in self.taken]
        self.last_end = 0
        self.label_end = -1  # end of the last number read as a label ("lớp 9")
        self.prev: Figure | None = None
        # places and bodies named by a date (``named_dates``), no figure reaches into
        self.named: list[tuple[int, int, str, str]] = []

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
            if self.text[s - 1 : s] == " " and (named := date_name_at(self.text, s)):
                self.last_end = named[1]  # "đường 3/2", "Công viên 23-9": a name, no date
                self.named.append(named)
                continue
            figs = self._classify(s, e, m.group())
            for f in figs:
                if f.start < self.last_end:
                    continue
                if f.date and f.date[0] in "-0123456789L" and "T" not in f.date:
                    f = self._lunar(f)
                self.last_end = f.end
                self.prev = f
                yield f

    # -- helpers -------------------------------------------------------------------------

    def _glued_letter(self, e: int) -> bool:
        """True when letters are glued to the digits and are not a unit ("5G", "19h30")."""
        if e >= self.n or not self.text[e].isalpha():
            return False
        um = UNIT.match(self.text, e)
        return not (um and not um.group(1) and um.group(2).replace(" ", "") in fu.ATTACHABLE)

    def _dotted_date(self, s: int, e: int, day: int, month: int) -> list[Figure]:
        """ "nghỉ lễ 30.4, 1.5", "ngày 2.9": a day and month written with a dot, after a date
        word or in a list after a date, with no unit after it (not "1.5 USD")."""
        iso = day_iso(day, month)
        if iso is None or unit_after(self.text, e)[3] or _SCALE.match(self.text, e):
            return []
        if self._borrow(e) is not None:
            return []  # "từ 10.5 đến 15.5%": a range of percentages
        pw = prev_word(self.text, s)
        cue = pw is not None and pw[1].lower() in _DATE_CUES
        prev = self.prev
        listed = prev is not None and prev.category == "date"
        listed = listed and prev is not None and self.text[prev.end : s].strip(SPACES) in _LIST_GAPS
        if not (cue or listed):
            return []
        return [self._date(s, e, iso, with_time=False)]

    def _word_end(self, pos: int) -> bool:
        return pos >= self.n or not self.text[pos].isalnum()

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
        return make_figure(text, start, end, None, None, "date", date=iso)

    def _label_list_gap(self, s: int) -> bool:
        """True when the previous figure ends right before *s* with "và" or "," between."""
        return self.prev is not None and self.text[self.prev.end : s].strip(SPACES) in (",", "và")

    def _after_range_word(self, s: int) -> bool:
        """True when the previous figure ends right before *s* with "đến", "tới" or "hoặc"."""
        if self.prev is None:
            return False
        return self.text[self.prev.end : s].strip(SPACES) in ("đến", "tới", "hoặc")

    def _after_range_dash(self, s: int) -> bool:
        """True when the previous figure ends right before *s* with a dash in between."""
        if self.prev is None:
            return False
        gap = self.text[self.prev.end : s]
        return gap.strip(SPACES) in ("-", "–")

    # -- classification ------------------------------------------------------------------

    def _classify(self, s: int, e: int, atom: str) -> list[Figure]:
        text = self.text
        if atom.isdigit() and len(atom) <= 2 and text[e : e + 1] == "g":
            g_time = g_hour(text, s, e, int(atom))  # "đúng 10g sáng nay"
            if g_time is not None:
                return [make_figure(text, s, g_time[0], None, None, "date", date=g_time[1])]
        if self._glued_letter(e):
            generation = text[e] == "X" and len(atom) == 1 and atom in "56789"
            if generation and self._word_end(e + 1) and not self._name_before(s):
                return [self._decade(s, e + 1, 50 + 10 * (int(atom) - 5))]  # "9X": the 1990s
            if text[e] == "x" and self._word_end(e + 1) and self._zoom(s, e + 1):
                return [make_figure(text, s, e + 1, parse_amount(atom), "times", "other")]  # "4x"
            if text[e] == "k" and (e + 1 == self.n or not text[e + 1].isalnum()):
                value = parse_amount(atom, "nghìn") if normalize_number(atom) else None
                if value is not None:  # "25k": 25 nghìn đồng, as shops write it
                    return [make_figure(text, s, e + 1, value, "VND", "money")]
            hour = glued_hour(text, s, e, int(atom)) if atom.isdigit() and len(atom) <= 2 else None
            if hour is None:
                return []
            if hour[1] is None:  # "48h": a length of time
                return [make_figure(text, s, hour[0], float(atom), "hour", "duration")]
            return [make_figure(text, s, hour[0], None, None, "date", date=hour[1])]
        if ":" in atom:
            clock = colon_time(text, s, atom)
            if clock is None:
                return []
            return [make_figure(text, s, clock[0], None, None, "date", date=clock[1])]
        if "/" in atom or "-" in atom or _DOTTED_DATE.fullmatch(atom):
            return self._classify_date(s, e, atom)
        dotted = _DOTTED_DAY_MONTH.fullmatch(atom)
        if dotted:
            found = self._dotted_date(s, e, int(dotted.group(1)), int(dotted.group(2)))
            if found:
                return found
        plain = normalize_number(atom)
        if plain is None:
            return []
        pw = prev_word(text, s)
        low = pw[1].lower() if pw else ""
        if low != "năm" and self._phone(s, e, atom):
            return []
        is_int = plain.isdigit()
        n = int(plain) if is_int and len(plain) <= 6 else -1
        if low == "năm":
            assert pw is not None
            return self._year(s, e, atom, n, pw)
        if pw is not None and pw[1] in ("SN", "sn") and is_int and len(atom) == 4 and is_year(n):
            return [make_figure(text, s, e, float(n), None, "year", date=atom)]  # "(SN 2005)"
        if low in ("niên", "kỷ", "kỉ") and is_int and len(atom) in (2, 4) and n % 10 == 0:
            assert pw is not None
            pw2 = prev_word(text, pw[0])  # "thập niên 1990", "thập kỷ 80": a decade
            if pw2 is not None and pw2[1].lower() == "thập" and pw2[0] >= self.last_end:
                return [self._decade(pw2[0], e, n)]
        if low == "tháng":
            return self._month_date(s, e, atom, n, pw)
        if low in _DAY_WORDS and 1 <= n <= 31:
            assert pw is not None
            counted = prev_word(text, pw[0]) is None and text[: pw[0]].rstrip(SPACES)[-1:].isdigit()
            if not (counted and _NIGHTS.match(text, e)):  # "4 ngày 3 đêm": two durations
                return self._day_date(s, e, n, pw)
        if 0 <= n <= 24 and "." not in atom and "," not in atom:
            prev_time = self.prev is not None and (self.prev.date or "").startswith("T")
            clock = clock_time(text, s, e, n, prev_time)
            if clock is not None:  # "lúc 10 giờ", "8 giờ sáng", "8 giờ 30"
                return [make_figure(text, s, clock[0], None, None, "date", date=clock[1])]
        if low == "lúc":
            return []
        if pw is not None and pw[1] == "tuổi" and is_int and 0 < n < 130 and pw[0] >= self.last_end:
            return [make_figure(text, pw[0], e, float(n), "age", "quantity")]  # "ở tuổi 81"
        if low == "từ" and pw is not None and is_int and 0 < n < 130:
            pw2 = prev_word(text, pw[0])  # "độ tuổi từ 27 - 44": the number alone is the age
            if pw2 is not None and pw2[1] == "tuổi" and not unit_after(text, e)[3]:
                return [make_figure(text, s, e, float(n), "age", "quantity")]
        if low == "trí" and pw is not None and n >= 1:
            placed = self._place(pw, e, n)  # "lên vị trí 59 thế giới", "ở vị trí 43 trong bảng"
            vi = prev_word(text, pw[0])
            if placed or (vi is not None and vi[1].lower() == "vị" and not unit_after(text, e)[3]):
                return placed  # "tại vị trí 2 đường Thánh": a place's number, a label
        if low == "số" and pw is not None:
            pw2 = prev_word(text, pw[0])  # "nhân với hệ số 1,3": a coefficient multiplies
            if pw2 is not None and pw2[1].lower() == "hệ" and pw2[0] >= self.last_end:
                return [make_figure(text, pw2[0], e, float(plain), "times", "other")]
        if low == "số" and pw is not None and n >= 1:
            ranked = self._rank(pw, e, n)  # "tay vợt số 1 thế giới", "vị trí số 1"
            if ranked:
                return ranked
        if low in ("thứ", "hạng", "top"):
            assert pw is not None  # "hạng 1000 thương hiệu" counts brands
            counts = low == "hạng" and (unit_after(text, e)[3] or compound_end(text, e) is not None)
            pw2 = prev_word(text, pw[0])
            if low == "hạng" and pw2 is not None and pw2[1].lower() == "giải":
                return []  # "đội giải hạng 3": a division, not a rank
            if low == "hạng" and _STARS.match(text, e):
                return []  # "xếp hạng 4 sao": a grade (rule 67)
            if not counts:
                return self._rank(pw, e, n)
        if len(atom) == 4 and 1900 <= n < 2100 and self._season_follows(e, n):
            return [make_figure(text, s, e, float(n), None, "year", date=atom)]  # "1999-00"
        if len(atom) == 2 and atom.isdigit():
            season = self._season_end(s, n)
            if season is not None and not unit_after(text, e)[3]:
                return [season]
        label = pw is not None and is_label(pw[1], text, pw[0]) and low != "hạng"
        if (
            pw is not None
            and label
            and low == "cấp"
            and (compound_end(text, e) is not None or diplomas_at(text, e))
            and not self._level_word_before(pw[0])
        ):
            label = False  # "đã cấp 500 giấy phép", "cấp 38 bằng tiến sĩ": "cấp" grants them
        if 1 <= n <= 31 and "." not in atom and "," not in atom:
            dm = DAY_MONTH_WORDS.match(text, e) or _LUNAR_MONTH.match(text, e)
            if dm:
                return self._day_date(s, e, n, None)
            opened = low == "từ" or (s > 0 and text[s - 1] == "(")
            to_date = _DAY_TO_DATE.match(text, e) if opened else None
            if to_date:  # "từ 22 đến 24/6": the range shares the month (GUIDELINE rule 66)
                year = int(to_date.group(3)) if to_date.group(3) else None
                iso = day_iso(n, int(to_date.group(2)), year)
                if iso:
                    return [self._date(s, e, iso, with_time=False)]
            listed = _DAY_AND_DATE.match(text, e)
            if _DAY_RANGE_DATE.match(text, e) or _DASH_DATE.match(text, e) or listed:
                found = self._day_date(s, e, n, None, cued=self._day_cued(s, e, pw, n))
                if found:
                    return found
        # "tháng 6 đến 9": a month, when nothing is counted after it ("tháng 6 đến 9 giờ")
        ranged = (
            self._after_range_word(s)
            and noun_after(text, e) == e
            and not unit_after(text, e)[3]  # "từ tháng 6 tới 12%": a rate
        )
        if self.prev is not None and (
            self._after_range_dash(s) or self._label_list_gap(s) or ranged
        ):
            prev_date = self.prev.date or ""  # "tháng 9-10", "tháng 5 và 6"
            month_like = prev_date.startswith("--") and len(prev_date) == 4
            # a month of a year ("2021-09"), not a day of a month ("--03-10")
            month_like = month_like or (len(prev_date) == 7 and prev_date[4] == "-" != prev_date[0])
            if self.prev.category == "date" and 1 <= n <= 12 and month_like:
                return self._month_date(s, e, atom, n, None, listed=True)
            decade = prev_date.endswith("X") and self.prev.category == "year"
            if decade and len(atom) in (2, 4) and n % 10 == 0:
                return [self._decade(s, e, n)]  # "thập niên 30, 50, 60 và 70"
        return self._amount(s, e, atom, plain, label)

    def _year(self, s: int, e: int, atom: str, n: int, pw: tuple[int, str]) -> list[Figure]:
        """ "năm 2020"; "những năm 1990" and "những năm 80" are decades (GUIDELINE rule 45)."""
        text = self.text
        start = pw[0]
        pw2 = prev_word(text, start)
        plural = pw2 is not None and pw2[1].lower() == "những" and pw2[0] >= self.last_end
        if plural and pw2 is not None and atom.isdigit() and len(atom) in (2, 4) and n % 10 == 0:
            if len(atom) == 4 and not is_year(n):
                return []
            return [self._decade(pw2[0], e, n)]
        if atom.isdigit() and 3 <= len(atom) <= 4 and is_year(n):
            # "những năm 2001 trở về trước": a year, "năm 2001" (rule 4); only a decade takes
            # "những"
            return [make_figure(text, start, e, float(n), None, "year", date=f"{n:04d}")]
        return []

    def _counts(self, e: int) -> bool:
        """True when a scale word, a unit or a counted noun follows *e* ("1/1,3 inch", "3/10
        người", "1/3,2 triệu")."""
        text = self.text
        return bool(_SCALE.match(text, e) or unit_after(text, e)[3] or noun_after(text, e) > e)

    def _after_rate(self, s: int) -> bool:
        """True when "tỷ lệ" (a rate) stands a few words before *s* in its clause: "tỷ lệ năm
        1990 là 1/20"."""
        return _AFTER_RATE.search(self.text, max(0, s - 48), s) is not None

    def _decade(self, start: int, e: int, n: int) -> Figure:
        """A decade: "những năm 80" is 1980 (date ``198X``), "thập niên 2000" 2000."""
        year = n if n >= 100 else 1900 + n
        return make_figure(self.text, start, e, float(year), None, "year", date=f"{year // 10}X")

    def _classify_date(self, s: int, e: int, atom: str) -> list[Figure]:
        text = self.text
        if e < self.n and text[e] == "/":
            return []  # a document number: 15/2020/NĐ-CP
        pw = prev_word(text, s)
        low = pw[1].lower() if pw else ""
        if low in ("quyết", "định", "thông", "tư", "luật", "lệnh"):
            return []
        if low in ("thứ", "hạng") and _FRACTION.fullmatch(atom):
            assert pw is not None  # "xếp thứ 45/190": the rank, out of 190
            first = atom.partition("/")[0]
            found = self._rank(pw, s + len(first), int(first))
            if found or low == "hạng":
                return found
        seasons = self._slash_years(s, e, atom)
        if seasons:
            return seasons  # "niên khóa 2019/2020": years, whatever the word before
        rm = _DECIMAL_RATIO.fullmatch(atom)
        if rm is not None and float(rm.group(2).replace(",", ".")) > 0 and not self._counts(e):
            # "ở mức 1/8,28", "ngang giá 1/1,2470": a parity or a ratio, never a date (rule 93)
            value = int(rm.group(1)) / float(rm.group(2).replace(",", "."))
            return [make_figure(text, s, e, value, "times", "other")]
        if pw and low not in ("thứ", "phiên") and is_label(pw[1], text, pw[0]):
            return []  # "số 15/2020", "vòng 1/8"; but "phiên 19/4" is the session's date
        fm = _FRACTION.fullmatch(atom)
        fraction = fm is not None and int(fm.group(1)) < int(fm.group(2))
        prev = self.prev
        listed = prev is not None and prev.unit == "times"
        listed = listed and prev is not None and 0 < (prev.value or 0) < 1 and "/" in prev.text
        listed = listed and prev is not None and text[prev.end : s].strip(SPACES) in _FRACTION_GAPS
        cued = low in _FRACTION_BEFORE or _NEXT_WORD_SO.match(text, e) or listed
        if fm and fraction and not cued and int(fm.group(2)) <= _COMMON_PARTS:
            # "đạt 1/4 công suất", "1/3 học sinh": a part of a whole, a third of a group, unless
            # a date's word comes before ("sáng 1/3 người dân …", "từ 1/4 …"); "2/3 điều
            # kiện", "thua 2/4 trận" count two of them, and "3/4 GB" are two sizes
            whole = _WHOLE_AFTER.match(text, e) is not None
            category, unit, _, has_unit = unit_after(text, e)
            # a counted noun, not a word of time ("1/4 sắp tới", "1/4 hàng năm": dates)
            nw = NEXT_WORD.match(text, e)
            counted = unit in _COUNTED_UNITS if has_unit else noun_after(text, e) > e
            counted = counted and (nw is None or nw.group(1).lower() not in _DATE_AFTER)
            one_of = fm.group(1) == "1" and category == "quantity" and counted
            cued = (whole or one_of) and low not in _DATE_CUES and text[e : e + 1] in SPACES
        rated = low in _RATE_BEFORE and self._after_rate(s) and not self._counts(e)  # "3/10 người"
        cued = cued or (fraction and rated)
        if fm and fraction and cued:
            # "chiếm 1/3", "hơn 2/3 dân số": a fraction, not a date; a ratio, like a
            # multiplier (GUIDELINE rule 90: "chỉ bằng 1/4" → other, times, 0.25)
            value = int(fm.group(1)) / int(fm.group(2))
            ap = approx_before(text, s)
            return [make_figure(text, s, e, value, "times", "other", ap[1] if ap else None)]
        part = self._part_of_whole(s, atom, low)
        if part:
            return part
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
            if ym and ym.group(0).lstrip(SPACES)[:1].lower() == "n":
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

    def _slash_years(self, s: int, e: int, atom: str) -> list[Figure]:
        """ "mùa giải 2001/2002", "niên khóa 2019/2020": a year and the next, two years."""
        m = _SLASH_YEARS.fullmatch(atom)
        if m is None or unit_after(self.text, e)[3]:
            return []
        first, second = int(m.group(1)), int(m.group(2))
        if not (is_year(first) and second == first + 1):
            return []
        cut = s + 4
        return [
            make_figure(self.text, s, cut, float(first), None, "year", date=m.group(1)),
            make_figure(self.text, cut + 1, e, float(second), None, "year", date=m.group(2)),
        ]

    def _season_follows(self, e: int, year: int) -> bool:
        """True before "-YY" that gives the next year: "mùa 1999-00", "mùa 2002-03"."""
        m = _SEASON_AFTER.match(self.text, e)
        return m is not None and int(m.group(1)) == (year + 1) % 100

    def _season_end(self, s: int, n: int) -> Figure | None:
        """ "mùa 2002-03": two digits after a year and a dash that give the next year."""
        prev = self.prev
        if prev is None or prev.category != "year" or prev.value is None or prev.end != s - 1:
            return None
        year = int(prev.value)
        if self.text[s - 1] not in "-–" or n != (year + 1) % 100 or not 1900 <= year < 2100:
            return None
        following = year + 1
        return make_figure(self.text, s, s + 2, float(following), None, "year", date=str(following))

    def _part_of_whole(self, s: int, atom: str, low: str) -> list[Figure]:
        """ "9/11 dự án", "2.477/10.825 tỷ đồng": a part of a whole, two figures, one unit."""
        first, _, second = atom.partition("/")
        if "/" in second or normalize_number(first) is None or normalize_number(second) is None:
            return []
        date_like = not ("." in atom or "," in atom or len(first) > 2 or len(second) > 2)
        if date_like and (low in _DATE_CUES or int(first) > int(second)):
            return []  # "sáng 3/10 người dân …": a date
        cut = s + len(first)
        end = cut + 1 + len(second)
        scale = None
        sm = _SCALE.match(self.text, end)
        unit_start = sm.end() if sm else end
        if sm:
            scale = " ".join(g.lower() for g in sm.groups() if g)
        category, unit, uend, has_unit = unit_after(self.text, unit_start)
        if date_like and not (has_unit and category == "quantity" and scale is None):
            return []  # "27/9 tới" is a date; "9/11 dự án" counts projects
        if not has_unit and scale is None:
            return []
        return [
            make_figure(self.text, s, cut, parse_amount(first, scale), unit, category),
            make_figure(self.text, cut + 1, uend, parse_amount(second, scale), unit, category),
        ]

    def _date_span(self, s: int, e: int, iso: str, prefix: bool = True) -> Figure:
        """A date over [s, e), widened to its "ngày"/weekday prefix when *prefix*."""
        if not prefix:
            return make_figure(self.text, s, e, None, None, "date", date=iso)
        f = self._date(s, e, iso, with_time=False)
        return make_figure(self.text, f.start, e, None, None, "date", date=iso)

    def _month_date(
        self, s: int, e: int, atom: str, n: int, pw: tuple[int, str] | None, listed: bool = False
    ) -> list[Figure]:
        """A month after "tháng" (*pw*), or *listed* after another month ("tháng 1 và 2-2006":
        its year after a dash is read as after "tháng")."""
        dotted = _MONTH_DOT_YEAR.fullmatch(atom) if pw is not None else None
        if dotted:  # "tháng 6.2017"
            n, atom = int(dotted.group(1)), dotted.group(1)
            e = s + len(atom)
        if not 1 <= n <= 12 or not atom.isdigit():
            return []
        if pw is not None and _REVOLUTION_BEFORE.search(self.text, max(0, pw[0] - 12), pw[0]):
            return []  # "Cách mạng Tháng 8": the revolution, or a street named after it
        year = None
        end = e
        ym = _YEAR_AFTER.match(self.text, e)
        if ym is None and (pw is not None or listed):
            ym = _DASH_YEAR.match(self.text, e)  # "tháng 6-2017", "tháng 6.2017"
        if ym:
            year = int(ym.group(1))
            end = ym.end()
        else:
            ry = _MONTH_RANGE_YEAR.match(self.text, e)  # "tháng 9-10/2021"
            year = int(ry.group(1)) if ry else None
        iso = month_iso(n, year) if year is None or is_year(year) else None
        if iso is None:
            return []
        start = pw[0] if pw is not None and pw[0] >= self.last_end else s
        return [make_figure(self.text, start, end, None, None, "date", date=iso)]

    def _lunar(self, f: Figure) -> Figure:
        """ "15/8 âm lịch": the date is lunar (``L--08-15``) and "âm lịch" is in the span."""
        lm = _LUNAR_AFTER.match(self.text, f.end)
        if lm is None:
            return f
        date = f.date if (f.date or "").startswith("L") else f"L{f.date}"
        return make_figure(self.text, f.start, lm.end(), None, None, "date", date=date)

    def _rank(self, pw: tuple[int, str], e: int, n: int) -> list[Figure]:
        """ "xếp thứ 45", "hạng 3", "top 10": a rank (GUIDELINE rule 47); "lần thứ 8" is not."""
        if n < 1 or pw[0] < self.last_end:
            return []
        if pw[1].lower() in ("thứ", "số"):
            cue = prev_word(self.text, pw[0])
            cue_word = cue[1].lower() if cue is not None else ""
            scoped = cue_word not in _OCCURRENCE and _RANK_SCOPE.match(self.text, e) is not None
            moved = cue_word == "từ" and _MOVED.match(self.text, e) is not None
            scoped = scoped or moved  # "vươn từ thứ 8 lên thứ 7", "tụt từ thứ 3 xuống"
            if pw[1] == "số" and n == 1 and _NUMBER_ONE_OF.match(self.text, e):
                # "tiền đạo số 1 của bóng đá", "lựa chọn số 1 trong": the first of a group;
                # not a unit's or a place's number ("tổ máy số 1 của nhà máy", "bão số 1")
                scoped = scoped or (cue_word.isalpha() and cue_word not in _NUMBERED_HEADS)
            cued = cue_word in _RANK_CUES and (pw[1].lower() == "thứ" or cue_word in _PLACE_CUES)
            listed = (
                self.prev is not None
                and self.prev.unit == "rank"
                and self.text[self.prev.end : pw[0]].strip(SPACES) in (",", "và", "hoặc", "-", "–")
            )  # "xếp thứ 3 và thứ 4", "thứ 3, thứ 4"
            if not cued and not scoped and not listed:
                return []  # "lần thứ 54", "kỳ họp thứ 5", "Thứ 2" (a weekday), "bão số 4"
        return [make_figure(self.text, pw[0], e, float(n), "rank", "other")]

    def _day_date(
        self, s: int, e: int, day: int, pw: tuple[int, str] | None, cued: bool = False
    ) -> list[Figure]:
        """A day: after a day word (*pw*), or *cued* by a part of the day or a list of dates."""
        text = self.text
        lm = _LUNAR_MONTH.match(text, e)
        tet = lm is not None and lm.group(1) in ("Tết", "tết")
        if lm and (pw is not None or not tet or day in _LAST_DAYS or self._lunar_cued(s)):
            word = lm.group(1)
            month = 12 if word.endswith(("Chạp", "chạp")) or (tet and day >= 20) else 1
            iso = day_iso(day, month)
            if iso:
                return [self._date_span(s, lm.end(), "L" + iso)]
        dm = DAY_MONTH_WORDS.match(text, e)
        if dm:
            year = int(dm.group(2)) if dm.group(2) else None
            iso = day_iso(day, int(dm.group(1)), year)
            if iso:
                return [self._date_span(s, dm.end(), iso)]
        rd = _DAY_RANGE_DATE.match(text, e)
        if rd:
            year = int(rd.group(3)) if rd.group(3) else None
            iso = day_iso(day, int(rd.group(2)), year)
            if iso:
                return [self._date(s, e, iso, with_time=False)]
        td = _DAY_TO_DATE.match(text, e) if pw is not None else None
        if td:  # "từ ngày 26 đến 30/11": the range shares the month (GUIDELINE rule 66)
            year = int(td.group(3)) if td.group(3) else None
            iso = day_iso(day, int(td.group(2)), year)
            if iso:
                return [self._date(s, e, iso, with_time=False)]
        ld = _DAY_AND_DATE.match(text, e) if pw is not None or cued else None
        if ld:
            year = int(ld.group(4)) if ld.group(4) else None
            iso = day_iso(day, int(ld.group(3)), year)
            if iso:
                return [self._date(s, e, iso, with_time=False)]
        dd = _DASH_DATE.match(text, e)
        if dd and pw is None and not dd.group(2) and unit_after(text, dd.end())[3]:
            dd = None  # "tối 5-6 người": a range of counts
        cued = cued or (dd is not None and _LUNAR_AFTER.match(text, dd.end()) is not None)
        if dd and (pw is not None or dd.group(2) or cued):
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
        unit_start = end
        category, unit, end, has_unit = unit_after(text, end)
        if not has_unit and (mace := _MACE.match(text, end)) is not None:
            category, unit, end, has_unit = "quantity", "mace", mace.end(), True  # "3 chỉ vàng"
        if scale is not None and not has_unit:
            pound = _POUND.match(text, end)  # "5 tỷ bảng": pounds sterling in sports news
            if pound:
                category, unit, end, has_unit = "money", "GBP", pound.end(), True
        is_int = plain.isdigit()
        year_like = is_int and len(atom) == 4 and is_year(int(atom))
        if year_like and not 1900 <= int(atom) <= 2100 and noun_after(text, e) > e:
            year_like = False  # "1000 thương hiệu": a count
        if year_like and self._after_range_dash(s) and self.prev is not None:
            year_like = self.prev.category == "year"  # "800 - 1000 từ": a range of counts
        if year_like and unit == "time" and _THIS_TIME.match(text, e):
            category, unit, end, has_unit = "quantity", None, e, False  # "Euro 2020 lần này"
        if label and scale is None and self._place_number(s, e):
            self.label_end = e
            return []  # "thôn 3 xã An Phú", "xóm 2 làng Vân Nội": a hamlet's number
        if (
            label
            and not has_unit
            and scale is None
            and not (year_like and not self._after_so(s))
            and self._borrow(e) is None  # "mức 3,5-4%": a range after the label word
        ):
            self.label_end = e
            return []  # "Điều 5", "số 3", "Quận 1", "giai đoạn 1" (but "giai đoạn 2021-2025")
        if not has_unit and scale is None and self._label_list(s):
            self.label_end = e
            return []  # "lớp 9 đến 12", "giai đoạn 1, 2": more labels
        if not has_unit and scale is None and self._formation(s, e):
            return []  # "sơ đồ 3-4-3": a team's formation
        if not has_unit and scale is None and self._grade(s, e):
            return []  # "khách sạn 5 sao", "ôtô 7 chỗ": a grade, not a count
        if not has_unit and scale is None and is_int and self._age_goes_on(s, e, int(plain)):
            return [make_figure(text, s, e, float(plain), "age", "quantity")]
        if not has_unit and scale is None and is_int and self._rank_goes_on(s):
            return [make_figure(text, s, e, float(plain), "rank", "other")]  # "thứ 12 và 13"
        if not has_unit and scale is None:
            # "3-5%": the first number of a range takes the second's scale and unit
            borrowed = self._borrow(e)
            if borrowed is None and not label:
                borrowed = self._borrow(e, _COMMA_LIST)  # "những cháu 8, 12 tuổi"
            if borrowed is None and self._after_tu(s):
                borrowed = self._borrow(e, _CHANGE_TO)  # "tăng từ 5 lên 7 tỷ đồng"
            if borrowed is not None and borrowed[2] == "hour" and is_int:
                time = self._range_start_time(s, e, int(plain))
                if time is not None:  # "đến 1 - 2 giờ sáng": two times of day
                    return [make_figure(text, s, e, None, None, "date", date=time)]
            if borrowed is not None:
                b_scale, b_category, b_unit = borrowed
                value = parse_amount(atom, b_scale)
                if b_category == "money" and _CENTS_NEXT.match(text, e):
                    value = round(value / 100, 10)  # "84 và 23 cent": both in cents
                ap = approx_before(text, s)
                approx = ap[1] if ap else None
                if b_unit == "time":
                    b_unit, b_category = times_or_time(text, ap[0] if ap else s, e, approx)
                nm = _MEMBERS_NEXT.match(text, e) if b_unit == "person" else None
                if nm is not None and self._near_bloc(s, nm.end()):
                    b_unit = "item"  # "từ 15 lên 25 thành viên" of the EU
                return [make_figure(text, s, e, value, b_unit, b_category, approx)]
            if year_like:
                if self._name_before(s) or self._year_of_a_name(s):
                    return []  # "Luật Hôn nhân và gia đình 2013", "Festival biển 2005"
                return [make_figure(text, s, e, float(atom), None, "year", date=atom)]
            if self._name_before(s) or self._list_number(s, e) or self._score(s, e):
                return []
            if self._title_number(s, e, atom):
                return []  # "chiến tranh (31)(29/09/2004)": the number of a title
            if self._name_after(e):  # "6 Tân Kỳ Tân Quý": an address, not a count
                return []
            if len(atom) <= 2 and atom.isdigit() and self._shirt_number(e):
                return []  # "7-Daniel Borimirov, 18-Predrag Pazhin": a player's number
            if e < self.n and text[e] in "/" and e + 1 < self.n and text[e + 1].isalpha():
                return []  # "15/QĐ-TTg", "24/24h"
        if not has_unit and scale is not None and _CASH_AFTER.match(text, end):
            category, unit, has_unit = "money", "VND", True  # "120 triệu tiền mặt"
        if not has_unit and (scale is not None or not year_like):
            noun_end = noun_after(text, end)
            unit = "item" if noun_end > end else unit  # any other counted noun (rule 54)
            listed = self.prev is not None and self.prev.unit == "VND" and s - self.prev.end < 24
            reached = (
                self._borrow(end, _CHANGE_TO) if noun_end == end and self._after_tu(s) else None
            )
            if reached is None and noun_end == end and scale is not None:
                reached = self._borrow(end)  # "từ 2 triệu đến 8 triệu đồng": the range's unit
            if reached is not None and reached[0] == scale and reached[2] is not None:
                category, unit = reached[1], reached[2]  # "từ 1,1 triệu lên 1,5 triệu người"
            elif noun_end == end and scale is not None and (listed or money_context(text, s)):
                category, unit = "money", "VND"  # "sân thu 1 triệu (ban ngày), 2 triệu (…)"
            elif noun_end > end and _SLASH_WORD.match(text, noun_end):
                unit, noun_end = per_unit(text, noun_end, unit)  # "4.000 bản/ngày" (rule 51)
            end = noun_end
        value = parse_amount(atom, scale)
        if category == "money" and _CENTS.match(text, unit_start):
            value = round(value / 100, 10)  # "15 cent/cổ phiếu" → 0.15 USD/share (rule 93)
            euro = _EURO_AFTER.match(text, end) if unit == "USD" else None
            if euro is not None:
                unit, end = "EUR", euro.end()  # "50 cent euro": euro cents
        if category == "duration" and unit in ("hour", "minute"):
            end, value, unit = self._length(end, value, unit, _MORE_TIME, _TIME_UNITS)
        elif category == "duration" and unit in ("year", "month"):
            end, value, unit = self._length(end, value, unit, _MORE_DAYS, _DAY_UNITS)
        if category == "duration" and unit in ("day", "week", "month", "year"):
            age = _AGE_WORD.match(text, end)
            if age:
                end = age.end()  # "bé 6 tháng tuổi", "cây 50 năm tuổi": "tuổi" in the span
        start = s
        pm = _MONEY_PREFIX.search(text, max(0, s - 4), s)
        if pm:
            start = pm.start()
            category, unit = "money", _prefix_currency(pm.group(1))
        ap = approx_before(text, start)
        approx = ap[1] if ap else None
        if unit == "time":
            unit, category = times_or_time(text, start if ap is None else ap[0], end, approx)
            ranged = self._after_range_dash(s) or self._after_range_word(s)
            if ranged and self.prev is not None and self.prev.unit == "times":
                unit, category = "times", "other"  # "tăng 2-3 lần", "gấp 2 đến 3 lần"
        elif approx == "gấp" and unit is None and end == e:
            unit, category = "times", "other"  # "cao gấp 3 so với" (rule 23 without "lần")
        unit = _with_per_in_words(text, category, unit, end)  # "599 ml trà mỗi ngày"
        if has_unit and unit is not None and "/" not in unit:
            # "từ 200.000 đồng đến 400.000 đồng/nồi", "tăng 10 USD lên 2.013 USD một ounce";
            # a change before a price written with a slash stays in its currency ("giảm 4 cent
            # xuống 37,15 USD/thùng", "tăng 600 đồng lên 45.200 đồng/cổ phiếu"), a price it
            # rose from does not ("từ 25.200 đồng lên 29.454 đồng/cổ phần")
            other = self._borrow(end) or self._borrow(
                end, _CHANGE_TO, spoken_per=not (self._after_tu(start) or self._after_level(start))
            )
            if other is not None and (other[2] or "").startswith(f"{unit}/"):
                unit = other[2]
        if unit == "person" and _MEMBERS.search(text, e, end) and self._near_bloc(s, end):
            unit = "item"  # "10 thành viên mới" of the EU: member states
        if start == s and self._signed(s, loose=category == "money"):
            start = s - 1
            if text[start] != "+":
                value = -value
        if start < self.last_end:
            start = s
        return [make_figure(text, start, end, value, unit, category, approx)]

    def _near_bloc(self, s: int, e: int) -> bool:
        """True when a bloc of states is named in the clause of the members whose number
        starts at *s* and whose "thành viên" ends at *e* (``_CLAUSE_END``)."""
        text = self.text
        if _UN_NEXT.match(text, e):
            return True
        lo, hi = max(0, s - _BLOC_BEFORE), min(len(text), e + _BLOC_AFTER)
        for end in _CLAUSE_END.finditer(text, lo, s):
            lo = end.end()
        after = _CLAUSE_END.search(text, e, hi)
        if after is not None:
            hi = after.start()
        for m in _BLOCS.finditer(text, lo, hi):
            if m.group().isupper() and _ACRONYM_IN_A_NAME.match(text, m.end()):
                continue  # "ASEAN Awards", "APEC Business": a name
            return True
        return False

    def _grade(self, s: int, e: int) -> bool:
        """True for a star rating ("5 sao", "từ 3 sao trở lên"), an engine's strokes ("động cơ
        4 thì") and a car's seats right after the vehicle ("ôtô 7 chỗ", "xe 16 chỗ ngồi"), not a
        class with a bound or a range ("xe dưới 5 chỗ", "từ 6 đến 15 chỗ", "xe 2-4 chỗ")."""
        text = self.text
        if _STARS.match(text, e):
            return True
        rm = _RANGE_DASH.match(text, e) or _RANGE_WORD.match(text, e)
        nm = _ATOM.match(text, rm.end()) if rm is not None else None
        if nm is not None and _STARS.match(text, nm.end()):
            return True  # "khách sạn 2-3 sao", "từ 3 đến 5 sao"
        if _STROKES.match(text, e):
            pw = prev_word(text, s)
            if pw is not None and pw[1].lower() == "cơ":
                return True  # "động cơ 4 thì", "động cơ 2 kỳ": an engine's class (rule 84)
        if _SEATS.match(text, e) is None or _RANGE_DASH.match(text, e):
            return False
        pw = prev_word(text, s)
        return pw is not None and pw[1].lower() in _VEHICLES

    def _level_word_before(self, pos: int) -> bool:
        """True when the word before "cấp" at *pos* makes it a level, not a grant: "cao cấp 45
        chỗ" (a class), "chuyên khoa cấp 2", "bảo mật cấp 3"."""
        pw = prev_word(self.text, pos)
        return pw is not None and pw[1].lower() in _LEVEL_BEFORE

    def _formation(self, s: int, e: int) -> bool:
        """True for a number in a chain of three or more joined by dashes ("3-4-3", "4-4-2")."""
        text = self.text
        before = _CHAIN_BEFORE.search(text, max(0, s - 3), s) is not None
        after = _CHAIN_AFTER.match(text, e) is not None
        if before and after:
            return True
        if before:
            return _CHAIN_BEFORE.search(text, max(0, s - 6), s - 2) is not None
        return after and _CHAIN_AFTER.match(text, e + 2) is not None

    def _title_number(self, s: int, e: int, atom: str) -> bool:
        """A whole number alone in brackets before a date in brackets or a line's end, or
        one that numbers the items of a list: "(1) tích hợp …; (2) mọi giao dịch …" (rule 75)."""
        text = self.text
        if not (s and text[s - 1] == "(" and text[e : e + 1] == ")" and atom.isdigit()):
            return False
        if e + 1 >= self.n or text[e + 1] in "(\r\n":
            return True
        before = text[max(0, s - 8) : s - 1].rstrip(SPACES)
        return len(atom) <= 2 and (not before or before[-1] in _LIST_OPENERS)

    def _place_number(self, s: int, e: int) -> bool:
        """True for the number of a hamlet, block or street followed by the place it lies in
        ("thôn 3 xã An Phú", "tổ 5 phường Bến Nghé"): a label even though a place noun follows
        it ("nhóm 3 xã" counts communes)."""
        pw = prev_word(self.text, s)
        return (
            pw is not None
            and pw[1].lower() in _NUMBERED_PLACE_WORDS
            and _PLACE_AFTER_NUMBER.match(self.text, e) is not None
        )

    def _shirt_number(self, e: int) -> bool:
        """True before a dash and a name of two capitalised words: "7-Daniel Borimirov"."""
        m = _SHIRT_NAME.match(self.text, e)
        return m is not None and m.group(1).istitle() and m.group(2).isupper()

    def _zoom(self, s: int, e: int) -> bool:
        """ "4x zoom", "zoom 4x", "tăng 3x": a multiplier written with "x" (not "9x", a
        generation)."""
        after = _WORD_AFTER.match(self.text, e)
        if after is not None and self.text[after.end() - 2 : after.end() + 2].lower() == "zoom":
            return True
        pw = prev_word(self.text, s)
        return pw is not None and (pw[1].lower() == "zoom" or pw[1].lower() in CHANGE_WORDS)

    def _length(
        self, end: int, value: float, unit: str, more: re.Pattern[str], units: dict[str, str]
    ) -> tuple[int, float, str]:
        """One duration made of several units in its smallest unit (GUIDELINE rule 63 and its
        note): "3 giờ 23 phút 19 giây" in seconds (*more* ``_MORE_TIME``), "2 năm 5 tháng 10
        ngày" in days, a year as 365 days and a month as 30, "3 năm 6 tháng" in months
        (``_MORE_DAYS``). *units* names the smaller units *more* finds."""
        sizes = _SECONDS if more is _MORE_TIME else _DAYS
        parts = [(value, unit)]
        m = more.match(self.text, end)
        while m is not None and sizes[units[m.group(2)]] < sizes[parts[-1][1]]:
            parts.append((float(m.group(1)), units[m.group(2)]))
            end = m.end()
            m = more.match(self.text, end)
        if len(parts) == 1:
            return end, value, unit
        small = parts[-1][1]
        scale = _MONTHS if small == "month" else sizes
        return end, sum(v * scale[u] for v, u in parts) / scale[small], small

    def _after_level(self, s: int) -> bool:
        """True when a level's word stands right before *s* ("từ mức 80.000 đồng", "giá bán
        15.000 đồng lên …"): the price risen from, not a change."""
        ap = approx_before(self.text, s)
        pw = prev_word(self.text, ap[0] if ap else s)
        if pw is None or pw[1].lower() not in _LEVEL_WORDS:
            return False
        if pw[1].lower() == "bán":
            pw = prev_word(self.text, pw[0])  # "giá bán"
            if pw is None or pw[1].lower() != "giá":
                return False
        if pw[1].lower() == "giá":
            changed = prev_word(self.text, pw[0])  # "tăng giá 200 đồng lên …": a change
            return changed is None or changed[1].lower() not in CHANGE_WORDS
        return True

    def _lunar_cued(self, s: int) -> bool:
        """True when a bare day before "Tết" at *s* is a date: after a part of the day or
        "tức" ("sáng 1 tết", "(tức 30 và 1 tết)"), or listed after a lunar date ("mồng 2, 4
        tết")."""
        pw = prev_word(self.text, s)
        if pw is not None and (pw[1].lower() in _DAY_PARTS or pw[1].lower() == "tức"):
            return True
        prev = self.prev
        if prev is None or prev.category != "date" or s - prev.end > 6:
            return False
        return self.text[prev.end : s].strip(SPACES) in _LUNAR_LIST_GAPS

    def _year_of_a_name(self, s: int) -> bool:
        """True when a bare year ends the name of a law or an event ("Luật Hôn nhân và gia
        đình 2013"): the head a few words before, and no word between that starts a phrase
        of its own ("Triển lãm mở cửa từ 2005")."""
        m = _NAMED_BEFORE.search(self.text, max(0, s - 48), s)
        return m is not None and not (set(m.group(1).lower().split()) & _NOT_IN_NAMES)

    def _day_cued(self, s: int, e: int, pw: tuple[int, str] | None, day: int) -> bool:
        """True when a part of the day ("chiều 27-11") or a date in a list ("ngày 29 và 30-4")
        stands before *s*."""
        if pw is not None and pw[1].lower() in _DAY_PARTS:
            return True
        if _TODAY_BEFORE.search(self.text, max(0, s - 16), s):
            return True  # "Hôm nay, 14-4, đoàn đua tạm nghỉ", "Hôm qua (27-4)"
        if pw is not None and pw[1].lower() == "sớm":
            part = prev_word(self.text, pw[0])  # "sáng sớm 27-9"
            if part is not None and part[1].lower() in _DAY_PARTS:
                return True
        if pw is not None and pw[1].lower() in _BEFORE_DASHED_DATE and day > 9:
            led = prev_word(self.text, pw[0])
            if led is not None and led[1].lower() == "dẫn":
                return False  # "dẫn trước 10-5": a score
            dd = _DASH_DATE.match(self.text, e)
            # "báo cáo Thủ tướng trước 15-3"; not "từ 10-12 triệu đồng", a range of amounts
            return dd is not None and _SCALE.match(self.text, dd.end()) is None
        if pw is not None and pw[1].lower() in ("lễ", "dịp"):
            return True  # "dịp lễ 30-4"
        prev = self.prev
        if prev is None or prev.category != "date" or s - prev.end > 8:
            return False
        return self.text[prev.end : s].strip(SPACES) in _LIST_GAPS  # "17 đến 19-2", "29 và 30-4"

    def _place(self, pw: tuple[int, str], e: int, n: int) -> list[Figure]:
        """ "vị trí 59" after a verb of ranking or before a ranking's scope (GUIDELINE rule 77);
        "tại vị trí 2 đường …" is a place, not a rank."""
        vi = prev_word(self.text, pw[0])
        if vi is None or vi[1].lower() != "vị" or vi[0] < self.last_end:
            return []
        cue = prev_word(self.text, vi[0])
        cued = cue is not None and cue[1].lower() in _PLACE_VERBS
        if not cued and _RANK_SCOPE.match(self.text, e) is None:
            return []
        return [make_figure(self.text, vi[0], e, float(n), "rank", "other")]

    def _rank_goes_on(self, s: int) -> bool:
        """A bare number after a rank in a list or range ("ở vị trí 12 và 13", "thứ 3, 4")."""
        prev = self.prev
        if prev is None or prev.unit != "rank" or s - prev.end > 8:
            return False
        return self.text[prev.end : s].strip(SPACES) in _LIST_GAPS

    def _age_goes_on(self, s: int, e: int, n: int) -> bool:
        """A bare number that is an age: after an age in a list or range ("ở tuổi 50, 60 và 70",
        "tuổi từ 27 - 44"), or before "là độ tuổi" ("dù 24 là độ tuổi khá trẻ")."""
        if not 0 < n < 130:
            return False
        if _AGE_AFTER.match(self.text, e):
            return True
        prev = self.prev
        if prev is None or prev.unit != "age" or s - prev.end > 8:
            return False
        return self.text[prev.end : s].strip(SPACES) in _LIST_GAPS

    def _name_after(self, e: int) -> bool:
        """True when a capitalised word ("6 Tân Kỳ") or a model's letters ("737 MAX") follow."""
        m = _WORD_AFTER.match(self.text, e)
        if m is None or not m.group(1)[0].isupper():
            return False
        if m.group(1)[1].islower():
            return True
        model = _MODEL_AFTER.match(self.text, e)
        return model is not None and model.group(1).lower() in _MODEL_WORDS

    def _phone(self, s: int, e: int, atom: str) -> bool:
        """Phone numbers and codes: digit groups in a row, or after "ĐT:", "hotline" …"""
        text = self.text
        before = text[s - 1] if s else ""
        # the two searches below run only after the sign their match must end with, blanks
        # aside (most numbers stand after a plain word): ``_PHONE_WORD_ENDS``, a dash or a dot
        sign = _last_sign(text, max(0, s - 16), s) if before in " \u00a0:-–." else ""
        if (
            before in " \u00a0:"
            and sign in _PHONE_WORD_ENDS
            and _PHONE_BEFORE.search(text, max(0, s - 16), s)
        ):
            return True
        if (
            before in " \u00a0-–."
            and sign in _PLATE_SIGNS
            and _PLATE_BEFORE.search(text, max(0, s - 12), s)
        ):
            return True
        if atom[0] == "0" and len(atom) > 1 and before == "(" and text[e : e + 1] == ")":
            return True  # the area code itself: "(08)"
        window = max(0, s - 24)
        if text.find("(0", window, s) >= 0 and _AREA_CODE_BEFORE.search(text, window, s):
            return True  # "(08) 3910-5017", "(024) 3.784 8888" (the regex only after its "(0")
        digits = atom.replace(".", "")
        if digits.isdigit() and digits[0] == "0" and len(digits) >= 9:
            return True  # "024.66867405"
        if not atom.isdigit():
            return False
        if (atom[0] == "0" and len(atom) >= 3) or len(atom) >= 7:
            return True  # "0962686808", "(0236) 3849120": amounts this long carry dots
        group_after = e + 1 < self.n and text[e] in " ." and text[e + 1].isdigit()
        group_before = s >= 2 and before in " ." and text[s - 2].isdigit()
        if len(atom) <= 4 and group_after and _PHONE_RUN_AFTER.match(text, e):
            return True  # "1900 55 88 96", "(84-24) 35 12 18 06"
        if len(atom) <= 4 and group_before and _PHONE_RUN_BEFORE.search(text, max(0, s - 12), s):
            return True
        if len(atom) < 3:
            return False
        if group_after and _DIGIT_GROUP_AFTER.match(text, e):
            return True
        after_figure = self.prev is not None and self.prev.end >= s - 2  # "năm 2020 100 người"
        if after_figure or not group_before:
            return False
        return bool(_DIGIT_GROUP_BEFORE.search(text, max(0, s - 12), s))

    def _label_list(self, s: int) -> bool:
        """True when *s* follows a label number by a range or list word ("lớp 9 đến 12")."""
        if self.label_end < 0 or s - self.label_end > 8:
            return False
        return self.text[self.label_end : s].strip(SPACES) in _LIST_GAPS

    def _signed(self, s: int, loose: bool = False) -> bool:
        """A sign glued to the number, after a blank or "(" ("(-10,1%)", "tăng +5%"); with
        *loose* (money) after any word ("AGF +200 đồng", "SAM -200 đồng": a share's change
        after its code), not only after a lower-case word ("ASEAN +3", "Covid -19")."""
        text = self.text
        if s < 2 or text[s - 1] not in "-−+" or text[s - 2] not in " \u00a0(":
            return False
        before = text[max(0, s - 40) : s - 1].rstrip(SPACES + "(")
        if not before or before[-1].isdigit() or before[-1] == "%":
            return False  # "3 -5%": a range
        if text[s - 2] == "(":
            return True  # "28 ⁰F (-2 ⁰C)", "(-10,1%)": a bracket opens a new figure
        if loose:
            return True
        word = before.rsplit(None, 1)[-1]
        return not any(c.isupper() for c in word)  # "Covid -19": a name

    def _borrow(
        self, e: int, link: re.Pattern[str] | None = None, spoken_per: bool = False
    ) -> tuple[str | None, str, str | None] | None:
        """Scale, category and unit of the number after a range word at *e* (or after *link*);
        *spoken_per*: None when that number's unit is a per-unit written with a slash."""
        text = self.text
        if link is not None:
            rm = link.match(text, e)
        else:  # "1.100 đến 2.000 USD"
            rm = _RANGE_DASH.match(text, e) or _RANGE_WORD.match(text, e)
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
        category, unit, unit_end, has_unit = unit_after(text, end)
        if spoken_per and "/" in text[end:unit_end]:
            return None
        digits = nm.group()
        year_like = digits.isdigit() and len(digits) == 4 and is_year(int(digits))
        listed = rm.group().strip(SPACES) in ("và", "hoặc", ",")
        if listed and not has_unit and scale is None:
            return None  # "6 và 4 tuổi" lends its unit, "49 và 38 triệu máy" too; not a bare noun
        noun_end = noun_after(text, end) if not has_unit and not year_like else end
        if noun_end > end:  # "2-4 thìa": a counted noun (rule 54)
            return scale, "quantity", _with_per_in_words(text, "quantity", "item", noun_end)
        if not has_unit and scale is None:
            return None
        return scale, category, _with_per_in_words(text, category, unit, unit_end)

    def _range_start_time(self, s: int, e: int, hour: int) -> str | None:
        """The time of day of a bare hour before a range dash or word whose second hour is a
        time of day (:func:`range_start_time`)."""
        text = self.text
        rm = _RANGE_DASH.match(text, e) or _RANGE_WORD.match(text, e)
        nm = _ATOM.match(text, rm.end()) if rm is not None else None
        if nm is None or not nm.group().isdigit():
            return None
        return range_start_time(text, s, hour, nm.end())

    def _name_before(self, s: int) -> bool:
        """A bare number after a capitalised word is part of a name ("Expo 2020", "Quận 1")."""
        text = self.text
        dash = _NAME_DASH.search(text, max(0, s - 4), s)
        if dash and text[dash.start()] in SPACES:
            s = dash.start() + 1  # "Covid -19", "Covid - 19"
        elif dash and dash.start() > 0 and text[dash.start() - 1].isalnum():
            s = dash.start()  # "Covid- 19", "BN2804-2806": a name or code glued to the dash
            while s > 0 and text[s - 1].isalnum():
                s -= 1
            return any(c.isupper() for c in text[s : dash.start()])
        pw = prev_word(text, s)
        if pw is None:
            return False
        word = pw[1]
        capital = any(c.isupper() for c in word)  # "Expo", "SEA", "iPhone"
        if capital and word in _BRANCHES:
            stem = prev_word(text, pw[0])  # "Tết Giáp Thìn 2024": a lunar year's name, then it
            if stem is not None and stem[1] in _STEMS:
                return False
        if capital and _TREATY_BEFORE.search(text, max(0, pw[0] - 40), pw[0] + len(word)):
            return False  # "hiệp định Oslo 1993": the year of a treaty named by its place
        if capital and word.lower() in _SEASONS:
            season = prev_word(text, pw[0])  # "mùa Hè 2022": a year, not a name
            return season is None or season[1].lower() != "mùa"
        return capital and word.lower() not in CAP_OK and word.lower() != "năm"

    def _after_tu(self, s: int) -> bool:
        """True when "từ" (maybe with an approximation word) stands right before *s*."""
        ap = approx_before(self.text, s)
        pw = prev_word(self.text, ap[0] if ap else s)
        return pw is not None and pw[1].lower() == "từ"

    def _after_so(self, s: int) -> bool:
        pw = prev_word(self.text, s)
        return pw is not None and pw[1].lower() == "số"

    def _score(self, s: int, e: int) -> bool:
        """A bare number joined to another by "-" or "+" ("thắng 3-0", "phút 90+2", "cấp 12-13")."""
        text = self.text
        if noun_after(text, e) > e:
            return False  # "1-2 trận": a range of counted things
        if _SCORE_BEFORE.search(text, max(0, s - 8), s):
            return True  # "thắng 3-0", "thua Đức 1 - 2"
        dash = _SCORE_AFTER.match(text, e)
        if dash:
            partner = _ATOM.match(text, dash.end())
            return partner is None or noun_after(text, partner.end()) == partner.end()
        return False

    def _list_number(self, s: int, e: int) -> bool:
        """'1.' or '2)' opening a line or, after ":", ";" or ".", an item inside a paragraph ("sau:
        1) Đưa …; 2) Làm …"), or a caption counter ("... - 1" at the end of a line)."""
        text = self.text
        line_start = s == 0 or text[s - 1] == "\n"
        if line_start and e < self.n and text[e] in ".)":
            return True
        before = text[max(0, s - 3) : s].rstrip(SPACES)
        after = text[e : e + 2]
        if before[-1:] in (".", ")", ":") and after[:1] == "." and after[1:] in ("", " ", "\n"):
            return True  # "… cuộc sống). 12. AGAIN": a numbered item
        if (
            before[-1:] in (":", ";", ".")
            and after[:1] == ")"
            and e - s <= 2
            and text[e + 1 : e + 2] == " "
            and text[e + 2 : e + 3].isalpha()
        ):
            return True  # "các hành vi sau: 1) Đưa đề thi …; 2) Làm lộ …": numbered items
        at_eol = e == self.n or text[e] in "\r\n"
        return at_eol and text[max(0, s - 3) : s] == " - "


def _last_sign(text: str, lo: int, s: int) -> str:
    """The last character of text[lo:s] that is no blank (" ", no-break space), or "" when
    there is none."""
    k = s
    while k > lo and text[k - 1] in SPACES:
        k -= 1
    return text[k - 1] if k > lo else ""


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


def _with_per_in_words(text: str, category: str, unit: str | None, end: int) -> str | None:
    """*unit* made a per-unit by "mỗi <unit>" after a quantity ending at *end*: "599 ml trà
    mỗi ngày" → ml/day, "5 bữa hoa quả mỗi ngày" → item/day (rule 54a). Money takes its
    per-unit in words in :func:`unit_after`; ages, durations and percentages take none."""
    if category != "quantity" or unit is None or unit == "age" or "/" in unit:
        return unit
    per = per_in_words(text, end)
    return unit if per is None else f"{unit}/{per}"


def _prefix_currency(sym: str) -> str:
    return {"$": "USD", "US$": "USD", "€": "EUR", "£": "GBP"}[sym]
