"""Words that follow a number and give it a meaning: currencies, units, counted nouns.

Every entry maps a lower-case phrase to ``(category, canonical unit)``. Canonical units follow
the annotation guideline (benchmarks/data/GUIDELINE.md, Figures rule 9): money as ISO codes
(USD, VND, RUB, EUR, CNY, JPY, ...), ``percent``, counted nouns as short English words
(``person``, ``dose``, ``visit``, ``scholarship``, ``mask``, ``tonne``, ``time``, ``project``,
``company``, ...), durations as ``day``/``week``/``month``/``year``/``decade``. A counted noun
that is not in the table still belongs to the span (the guideline's "first noun word") but
gets unit None.

Multi-syllable entries are single words ("khẩu trang", "dự án"); a noun phrase whose first
syllable is itself a counted noun ("suất học bổng", "lượt khách") keeps only that first word,
as the guideline asks.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

__all__ = [
    "CENTS",
    "DURATION_UNITS",
    "LENGTH_UNITS",
    "PER_UNITS",
    "STOP_AFTER_NUMBER",
    "UNITS",
    "unit_alternation",
]


def words(text: str) -> frozenset[str]:
    """The blank-separated words of *text* as a set ("_" joins a two-word phrase)."""
    return frozenset(text.split())


MONEY = "money"
QUANTITY = "quantity"
DURATION = "duration"
PERCENT = "percent"

_CURRENCIES: dict[str, str] = {
    "usd": "USD",
    "us$": "USD",
    "đô la mỹ": "USD",
    "đô-la mỹ": "USD",
    "đôla mỹ": "USD",
    "đô la": "USD",
    "mỹ kim": "USD",
    "đô-la": "USD",
    "đôla": "USD",
    "đô": "USD",
    "$": "USD",
    "đồng": "VND",
    "việt nam đồng": "VND",
    "đồng vn": "VND",  # "85 triệu đồng VN": the country in the span (GUIDELINE rule 94)
    "đồng việt nam": "VND",
    "vnđ": "VND",
    "vnd": "VND",
    "đ": "VND",
    "rúp": "RUB",
    "rúp nga": "RUB",
    "rub": "RUB",
    "ruble": "RUB",
    "euro": "EUR",
    "eur": "EUR",
    "€": "EUR",
    "ơ-rô": "EUR",
    "nhân dân tệ": "CNY",
    "tệ": "CNY",
    "ndt": "CNY",
    "cny": "CNY",
    "yuan": "CNY",
    "yên": "JPY",
    "yen": "JPY",
    "yên nhật": "JPY",
    "jpy": "JPY",
    "bảng anh": "GBP",
    "gbp": "GBP",
    "£": "GBP",
    "won": "KRW",
    "krw": "KRW",
    "baht": "THB",
    "bạt": "THB",
    "rupee": "INR",
    "sgd": "SGD",
    "aud": "AUD",
    "cad": "CAD",
    "hkd": "HKD",
    "twd": "TWD",
    "nzd": "NZD",
    "ringgit": "MYR",
    "rm": "MYR",
    "rupiah": "IDR",
    "peso": "PHP",
    "riel": "KHR",
    "kíp": "LAK",
    "kip": "LAK",
    **{
        f"{dollar} {country}": code
        for dollar in ("đô la", "đôla", "đô-la", "đô")
        for country, code in (
            ("singapore", "SGD"),
            ("úc", "AUD"),
            ("canada", "CAD"),
            ("hồng kông", "HKD"),
            ("hong kong", "HKD"),
            ("đài loan", "TWD"),
            ("new zealand", "NZD"),
            ("mỹ", "USD"),
        )
    },
    "franc thụy sĩ": "CHF",
    "chf": "CHF",
}

DURATION_UNITS: dict[str, str] = {
    "ngày": "day",
    "ngày đêm": "day",
    "tuần": "week",
    "tháng": "month",
    "năm": "year",
    "thập kỷ": "decade",
    "thập kỉ": "decade",
    "thập niên": "decade",
    "thế kỷ": "century",
    "thế kỉ": "century",
    "giờ": "hour",
    "tiếng đồng hồ": "hour",
    "tiếng": "hour",
    "phút": "minute",
    "đêm": "night",
    "giây": "second",
    "quý": "quarter",
}

# People of every kind count as ``person``, as the gold set does ("200 bệnh nhân",
# "3.000 đại biểu", "327 em").
_PEOPLE = words(
    """
    người dân công_dân đồng_chí trẻ_em trẻ em cháu bệnh_nhân học_sinh sinh_viên lao_động
    công_nhân binh_sĩ quân_nhân chiến_sĩ sĩ_quan đại_biểu du_khách khách hành_khách ngư_dân
    nông_dân thí_sinh cử_tri giáo_viên giảng_viên bác_sĩ y_bác_sĩ y_tá điều_dưỡng nhân_viên
    cán_bộ công_chức viên_chức tình_nguyện_viên học_viên nghiên_cứu_sinh lưu_học_sinh
    thực_tập_sinh chuyên_gia doanh_nhân phóng_viên nhà_báo vận_động_viên cầu_thủ nạn_nhân
    cư_dân kiều_bào đối_tượng bị_can phạm_nhân tù_nhân nhà_khoa_học nhà_đầu_tư nhà_ngoại_giao
    tân_binh thanh_niên phụ_nữ cụ người_cao_tuổi ứng_viên ứng_cử_viên thương_binh liệt_sĩ
    bị_cáo kỹ_sư kĩ_sư người_bệnh hội_viên đảng_viên đoàn_viên sản_phụ
    chiến_binh cựu_chiến_binh chủ_tịch phó_chủ_tịch thứ_trưởng tổng_giám_đốc quân giám_khảo
    trọng_tài huấn_luyện_viên phi_hành_gia phi_công thường_dân thai_phụ mỹ_nhân
    đội_viên tân_sinh_viên phụ_huynh đứa cá_nhân chủ_xe công_an bộ_đội cảnh_sát
    nam_sinh nữ_sinh nam_giới nữ_giới
    người_mẫu người_giúp_việc người_nhà thợ_mỏ
    bà_cháu mẹ_con bố_con cha_con vợ_chồng anh_em chị_em ông_bà gương_mặt
    dân_quân cô_gái chàng_trai cậu_bé bé_gái bé_trai cháu_bé khách_hàng con_tin con_trai
    con_gái con_nuôi thuyền_viên thủy_thủ thuỷ_thủ luật_sư
    dược_sĩ giáo_sư tiến_sĩ thạc_sĩ giám_đốc tác_giả vệ_sĩ trợ_lý lái_xe tài_xế
    nhà_lãnh_đạo nhà_quản_lý nhà_quản_lí nhà_nghiên_cứu nhà_văn nhà_thơ nhà_sử_học
    nhà_hoạt_động nhà_giáo nhà_sư nhà_sáng_lập nhà_tư_vấn nhà_vật_lý nhà_toán_học
    ca_sĩ nghệ_sĩ nhạc_sĩ họa_sĩ hoạ_sĩ nghệ_nhân đồng_bào đồng_nghiệp đồng_đội
    trẻ_sơ_sinh thí_sinh học_trò tiểu_thương thương_nhân quân_lính lính binh_lính
    du_học_sinh ngư_phủ tín_đồ phật_tử giáo_dân khán_giả cổ_động_viên
    người_hâm_mộ lãnh_đạo quan_chức nghị_sĩ thượng_nghị_sĩ hạ_nghị_sĩ bộ_trưởng
    đại_diện nhân_vật hậu_vệ tiền_vệ tiền_đạo trung_vệ thủ_môn bệnh_nhi nghi_phạm nghi_can
    tay_vợt tay_đua tay_golf tay_súng đàn_ông đàn_bà bạn_gái bạn_trai diễn_viên thẩm_phán
    kiểm_sát_viên điều_tra_viên ủy_viên uỷ_viên võ_sĩ tiếp_viên bà_mẹ ông_bố triệu_phú tỷ_phú
    tỉ_phú tăng_ni trẻ_nhỏ chí_sĩ bảo_vệ thành_ủy_viên tỉnh_ủy_viên
    """
)

_QUANTITIES: dict[str, str | None] = {
    **{w.replace("_", " "): "person" for w in _PEOPLE},
    **{w.replace("_", " ").replace("sĩ", "sỹ"): "person" for w in _PEOPLE if "sĩ" in w},
    "thành viên": "person",  # members are people, but member states (figures.py)
    "nam": "person",
    "nữ": "person",
    "kẻ": "person",
    "trai": "person",
    "gái": "person",
    "f0": "person",
    "f1": "person",
    "f2": "person",
    "f3": "person",
    # abbreviations of counted people and firms ("200 SV", "30 VĐV", "5 DN")
    "sv": "person",
    "hs": "person",
    "vđv": "person",
    "cđv": "person",
    "hlv": "person",
    "gv": "person",
    "đbqh": "person",
    "dn": "company",
    "nđt": "person",
    "cn": "person",
    "csgt": "person",
    "hc": "medal",
    "hcv": "medal",
    "hcb": "medal",
    "hcđ": "medal",
    "ct": "item",
    "hộ": "household",
    "gia đình": "household",  # GUIDELINE rule 24 note: "tặng quà 20 gia đình"
    "ca": "case",
    "trường hợp": "case",
    "vụ": "case",
    "vụ việc": "case",
    "vụ án": "case",
    "trường mầm non": "school",
    "trường tiểu học": "school",
    "trường trung học": "school",
    "trường trung học cơ sở": "school",
    "trường trung học phổ thông": "school",
    "trường thcs": "school",
    "trường thpt": "school",
    # health
    "liều": "dose",
    "mũi": "dose",
    "mũi tiêm": "dose",
    "vaccine": "dose",
    "vắc xin": "dose",
    "vắc-xin": "dose",
    "giường": "bed",
    "giường bệnh": "bed",
    "mẫu": "sample",
    "mẫu xét nghiệm": "sample",
    "xét nghiệm": "test",
    "bệnh viện": "hospital",
    "khẩu trang": "mask",
    "bộ kit": "kit",
    "kit": "kit",
    "lọ": "vial",
    # visits, times
    "lượt": "visit",
    "lần": "time",
    "chuyến": "trip",
    "chuyến bay": "flight",
    "bữa": "meal",
    "bữa ăn": "meal",
    # education
    "suất": "scholarship",
    "học bổng": "scholarship",
    "trường": "school",
    # organisations, projects
    "dự án": "project",
    "doanh nghiệp": "company",
    "công ty": "company",
    "hãng hàng không": "company",
    "tập đoàn": "company",
    "hợp tác xã": "cooperative",
    "ngân hàng": "bank",
    "công trình": "structure",
    "chương trình": "programme",
    "sự kiện": "event",
    "hoạt động": "activity",
    "xã": "commune",
    "huyện": "district",
    "làng": "village",
    "trường học": "school",
    "trường đại học": "university",
    "lớp học": "class",
    "khu công nghiệp": "industrial zone",
    "xe máy": "vehicle",
    "phương tiện": "vehicle",
    "tàu cá": "ship",
    "nhà": "house",
    "căn nhà": "house",
    "ngôi nhà": "house",
    "loài": "species",
    "container": "container",
    "tài khoản": "account",
    "đơn hàng": "order",
    "ngôn ngữ": "language",
    "quốc gia": "country",
    "nước": "country",
    "tỉnh": "province",
    "thành phố": "city",
    "đô thị": "city",
    "địa phương": "locality",
    "văn kiện": "document",
    "văn bản": "document",
    "hiệp định": "agreement",
    "thỏa thuận": "agreement",
    "thoả thuận": "agreement",
    "hợp đồng": "contract",
    "sản phẩm": "product",
    "mặt hàng": "product",
    "cơ sở": "facility",
    "nhà máy": "factory",
    "việc làm": "job",
    # things
    "chiếc": "piece",
    "cái": "piece",
    "con": "animal",
    "cây": "tree",
    "máy bay": "aircraft",
    "tàu": "ship",
    "xe": "vehicle",
    "ô tô": "vehicle",
    "căn hộ": "house",  # like "căn nhà" (rule 54)
    "căn": "house",
    "trận": "match",
    "trận đấu": "match",
    "phòng": "room",
    "phòng học": "room",
    "phòng họp": "room",
    "phòng ngủ": "room",
    "đơn vị": "unit",
    "tỉnh thành": "province",
    "tiểu bang": "state",
    "bang": "state",
    "cổ phiếu": "share",
    "cổ phần": "share",
    "hộp": "box",
    "lượng": "tael",
    "bài báo": "article",
    "bài viết": "article",
    "gr": "g",
    "ounce": "ounce",
    "pound": "pound",  # "US cents/pound": coffee's price per pound (rule 94)
    "điểm": "point",
    "tuổi": "age",
    "tuổi đời": "age",  # "35 tuổi đời": the compound whole (rule 90)
    "phiếu": "vote",
    "bàn thắng": "goal",
    "bàn": "goal",
    "huy chương": "medal",
    # measures
    "tấn": "tonne",
    "kg": "kg",
    "cân": "kg",
    "ki-lô-gam": "kg",
    "kilogram": "kg",
    "kilôgam": "kg",
    "g": "g",
    "gam": "g",
    "gram": "g",
    "km": "km",
    "ki-lô-mét": "km",
    "kilomet": "km",
    "kilômét": "km",
    "cây số": "km",
    "m": "m",
    "mét": "m",
    "cm": "cm",
    "mm": "mm",
    "milimét": "mm",
    "milimet": "mm",
    "mi-li-mét": "mm",
    "centimet": "cm",
    "xentimét": "cm",
    "xen-ti-mét": "cm",
    "xăng-ti-mét": "cm",
    "m2": "m2",
    "m 2": "m2",
    "m²": "m2",
    "mét vuông": "m2",
    "km2": "km2",
    "km 2": "km2",
    "km vuông": "km2",
    "ki-lô-mét vuông": "km2",
    "cây số vuông": "km2",
    "hải lý": "nmi",
    "km²": "km2",
    "m3": "m3",
    "m 3": "m3",
    "m³": "m3",
    "mét khối": "m3",
    "ha": "ha",
    "héc-ta": "ha",
    "hécta": "ha",
    "hecta": "ha",
    "lít": "litre",
    "thùng": "item",  # a barrel of oil: the guideline has no unit for it (rule 56)
    "mw": "MW",
    "gw": "GW",
    "kw": "kW",
    "kv": "kV",
    "kva": "kVA",
    "mva": "MVA",
    "mwp": "MWp",
    "kwp": "kWp",
    "wp": "Wp",
    "gwh": "GWh",
    "kwh": "kWh",
    "w": "W",
    "mp": "MP",
    "megapixel": "megapixel",
    "megapixels": "megapixel",
    "gb": "GB",
    "tb": "TB",
    "mb": "MB",
    "kb": "KB",
    "mah": "mAh",
    "mhz": "MHz",
    "ghz": "GHz",
    "hz": "Hz",
    "inch": "inch",
    "-inch": "inch",
    "kcal": "kcal",
    "mã lực": "hp",
    "hp": "hp",
    "ml": "ml",
    "mg": "mg",
    "microgam": "µg",
    "micrôgam": "µg",
    "µg": "µg",
    "mcg": "µg",
    "cc": "cm3",  # "xe 125 cc", "40 cc nước ối": cubic centimetres
    "dặm": "mile",
    "feet": "ft",
    "clb": "club",
    "mwh": "MWh",
    "mmhg": "mmHg",
    "độ c": "degree",
    "°c": "degree",
    "oc": "degree",
    "o c": "degree",
    "0c": "degree",
    "⁰c": "degree",
    "⁰f": "degree",
    "°f": "degree",
    "ºf": "degree",
    "độ f": "degree",
    "độ richter": "degree",  # an earthquake's magnitude, the scale in the span (rule 92)
    "ºc": "degree",
    "độ": "degree",
}

# The units the guideline names for counted things and measures (rules 9, 25, 31, 50, 54);
# any other counted noun is an ``item`` (its English name above still serves after "/").
GUIDELINE_UNITS: frozenset[str] = words(
    """
    person dose visit scholarship mask tonne kg g km mm cm m m2 km2 m3 ha litre time project
    company case document household vehicle bed hospital sample medal age degree goal match
    point vote room house product tree animal unit province country state school article
    share job box ounce MW MWp kW kWp Wp kWh MWh GW GWh W MP GB TB MB mAh MHz GHz Hz
    inch kcal ml mg mile ft mmHg megapixel tael KB µg cm3 hp nmi kV kVA MVA
    """
)
UNITS: dict[str, tuple[str, str | None]] = {}
UNITS.update({k: (QUANTITY, v if v in GUIDELINE_UNITS else "item") for k, v in _QUANTITIES.items()})
UNITS.update({k: (DURATION, v) for k, v in DURATION_UNITS.items()})
UNITS.update({k: (MONEY, v) for k, v in _CURRENCIES.items()})
# Cents are money in the dollar's unit, the value divided by 100 ("15 cent" → 0.15 USD; GUIDELINE
# rule 93): figures.py divides when CENTS matched the unit.
CENTS: frozenset[str] = frozenset({"cent", "cents", "us cent", "us cents"})
UNITS.update({k: (MONEY, "USD") for k in CENTS})
UNITS["phần trăm"] = (PERCENT, "percent")
UNITS["điểm phần trăm"] = (PERCENT, "percentage point")
UNITS["%"] = (PERCENT, "percent")

# Units that may be glued to the digits ("12.000đ", "100km", "16%").
# Case matters here: "5G" is a network, "5g" five grams.
ATTACHABLE: frozenset[str] = frozenset(
    {"%", "đ", "km", "kg", "g", "m", "cm", "mm", "m2", "m²", "km2", "m3", "ha", "MW", "GW"}
    | {"kW", "kWh", "MWh", "USD", "VNĐ", "VND", "€", "$", "£", "°C", "oC", "tấn", "NDT"}
    | {"MWp", "kWp", "GWh", "-inch", "⁰C", "ºC", "GB", "TB", "MB", "mAh", "MHz", "GHz", "Hz"}
    | {"MP", "ml", "mg", "W", "mmHg", "đồng", "euro", "kV", "kVA", "MVA"}
)

# The second half of a per-unit ("liều/tháng").
PER_UNITS: dict[str, str] = {
    **DURATION_UNITS,
    **{k: v for k, v in _QUANTITIES.items() if v is not None},
    **{k: v for k, v in _CURRENCIES.items() if k.isalpha()},
    "người": "person",
    "đầu người": "person",
    "kg": "kg",
    "tấn": "tonne",
    "h": "hour",
    "lượng": "tael",
    "chỉ": "mace",  # "đồng/chỉ": gold by the mace (a tenth of a tael)
    "cổ": "share",
    "cp": "share",
    "tô": "bowl",
    "bát": "bowl",
    "ounce": "ounce",
    "pound": "pound",  # "US cents/pound": coffee's price per pound (rule 94)
    "chuyến đi": "trip",
    "nồi": "pot",
    "m2": "m2",
    "m²": "m2",
    "l": "litre",  # "0,3 mg/l"
}

# Lengths: after one, "/g" is "giờ" (an hour: "286km/g", "20 mm/g" of rain), never grams,
# which no length is counted per.
LENGTH_UNITS: frozenset[str] = frozenset({"km", "m", "cm", "mm", "mile", "nmi"})

# Words that can follow a number without being its counted noun: function words, verbs and
# adjectives that news puts right after a figure ("đạt 100 trong", "2021 sẽ", "3 và 4").
STOP_AFTER_NUMBER: frozenset[str] = words(
    """
    x × và với của là có cho trong ngoài trên dưới từ đến tới sang vào ra tại ở so hơn nữa thì
    mà nhưng hoặc hay đã đang sẽ được bị do vì nên khi lúc sau trước này đó kia ấy nay qua
    rồi cũng đều vẫn còn chỉ như theo tăng giảm đạt trở về lên xuống thuộc gồm bao kể tính
    là mới cũ lớn nhỏ cao thấp đầu cuối giữa gần xa nhất khác thêm nhiều ít chưa không
    chẳng đi làm thành thì vừa rất quá hết cả mỗi từng các những một hai ba bằng về phía
    nhằm để chứ song dù tuy nếu hầu gấp trở xong ngay liền chiếm đóng giúp cách nhờ nghiêng
    lấy cùng hằng rạng ăn chúng lại rưỡi
    """
)


def unit_alternation() -> str:
    """Regex of every unit phrase, longest match first, spaces matching any blank."""
    return phrase_regex(UNITS)


def per_alternation() -> str:
    """Regex of every per-unit phrase, longest match first."""
    return phrase_regex(PER_UNITS)


def phrase_regex(phrases: Iterable[str]) -> str:
    """A regex matching any of *phrases*, the longest first, written as a trie.

    A plain alternation of a few hundred phrases is tried one branch after the other at every
    number; the trie ("đ(?:ồng|ô(?: la)?)…") decides on each character once.
    """
    trie: dict[str, Any] = {}
    for phrase in phrases:
        node = trie
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_pattern(trie)


def _trie_pattern(node: dict[str, Any]) -> str:
    ends = "" in node
    branches = [
        (r"[ \u00a0]+" if ch == " " else re.escape(ch)) + _trie_pattern(child)
        for ch, child in sorted(node.items())
        if ch
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        return f"(?:{body})?"
    return body
