"""State and look-ups shared by the rules of the entity recogniser (see ``entities``).

:class:`ScanState` holds one text's tokens, the gazetteer and the spans found so far, and
answers the questions every rule asks: is a cue, a gazetteer name, a surname here?
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from vnreader.analysis.entity_tokens import Tokens, is_acronym, is_vietnamese
from vnreader.analysis.fold import fold
from vnreader.analysis.gazetteer import Gazetteer, Phrase, PhraseTable, gazetteer, match

_SENTENCE_END = frozenset(".!?:;\"“”'(…")
_fold = lru_cache(maxsize=65536)(fold)  # words repeat: fold each once

# capitalised at a sentence start, never part of a name: "Phía Anh", "Theo Mỹ"
FUNCTION_WORDS = frozenset(
    {"Phía", "Theo", "Tại", "Với", "Cùng", "Trong", "Người", "Nước", "Các", "Những", "Hai"}
    | {"Nhiều", "Sang", "Từ", "Đến", "Ở", "Và", "Còn", "Riêng", "Về", "Cho", "Khi", "Sau"}
    | {"Trước", "Nhưng", "Tuy", "Do", "Vì", "Bên", "Phái", "Giới", "Chính", "Đối"}
)

# titles written short that are titles only in capitals
_CAPITALS_TITLES = frozenset({"mc", "dj", "ntk", "đb"})
# administrative words written short before a place: "TP. Đà Nẵng", "Q.1", "P.Bến Nghé",
# "H. Củ Chi", "TX. Sơn Tây", "TT. Phú Mỹ"; all but "TP" only with their dot
PLACE_ABBREVIATIONS = frozenset({"TP", "Tp", "TX", "TT", "Q", "P", "H"})
# the same words written out, before a place: "tỉnh", "thành phố", "huyện", "thị xã"…
ADMIN_WORDS = frozenset({"tỉnh", "thành", "huyện", "quận", "xã", "phường", "thị"})
# a company's board written out ("Hội đồng quản trị"), lower-cased
BOARD_WORDS = ["hội", "đồng", "quản", "trị"]
# words right before a body named with what it serves ("Thanh tra Bộ Xây dựng", "Điện lực Long
# An") that make it no body: a title's first word ("Chánh Thanh tra", "Bộ trưởng Điện lực"),
# a team or an inspection ("đoàn", "cuộc Thanh tra"), a longer name ("Bưu chính Viễn thông")
NOT_SERVING_BEFORE = frozenset({"chánh", "tổng", "phó", "đoàn", "cuộc", "trưởng", "chính"})
_DOTTED_ABBREVIATIONS = frozenset({"TX", "TT", "Q", "P", "H"})
# words before a head that make it several ("các công ty", "hai bệnh viện")
PLURAL = frozenset({"các", "những", "hai", "ba", "bốn", "sáu", "bảy", "tám", "chín", "mười"})
PLURAL |= frozenset({"mấy", "nhiều", "vài", "số", "loạt"})
# a founder's verbs after a person's name that follows a firm's kind ("công ty Bill Gates sáng
# lập"): the name is the founder's, not the firm's ("thành lập", "sở hữu", "điều hành" are left
# out: "công ty Walt Disney sở hữu kênh ABC", "… thành lập năm 1990" are the firm's own)
FOUNDED_BY = frozenset({"sáng lập", "gây dựng"})
# surnames that start a second name inside a run ("Chu Văn An Nguyễn Văn Bình"); not "Văn"
COMMON_SURNAMES = frozenset(
    {
        *("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng"),
        *("Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đào", "Đoàn", "Trương", "Đinh"),
        *("Trịnh", "Lương", "Lưu", "Mai", "Tô", "Hà", "Cao", "Chu", "Tạ", "Lâm"),
    }
)
# single letters that may also be a person's initial ("P. Anh"): a place only in an address
_INITIAL_ABBREVIATIONS = frozenset({"Q", "P", "H"})
# nouns labelled by a letter after them ("viêm gan C", "vitamin D", "bảng B", "khối A"):
# that letter is no initial of a person, nor a product's name; the noun capitalised
# ("Vitamin D") is no name either
LETTER_NOUNS = frozenset({"gan", "vitamin", "bảng", "khối", "nhóm", "loại", "hạng", "máu"})


def lettered(tokens: Tokens, i: int) -> bool:
    """True for a capital letter labelling the noun before it ("viêm gan C", "bảng B")."""
    word = tokens.words[i]
    return (
        len(word) == 1
        and word.isupper()
        and i > 0
        and tokens.gaps[i - 1] == " "
        and tokens.words[i - 1].lower() in LETTER_NOUNS
    )


_MAX_PLACE = 4
# at most so many foreign words make a city after "TP" ("TP Palm Beach")
_MAX_FOREIGN_CITY = 2
# the short forms of "thành phố" (a city), which a foreign city's name may follow
_CITY_ABBREVIATIONS = frozenset({"TP", "Tp"})
# the city named after a person
_PERSON_CITY = ["Hồ", "Chí", "Minh"]
# ordinary English words: a run with one of them is a brand, a place or a title, not a person
# ("App Store", "Ocean Park", "Shark Tank")
ENGLISH_WORDS = frozenset(
    {"Store", "Online", "Plus", "Big", "Six", "Park", "World", "Grand", "Mobile", "Money"}
    | {"Science", "Alert", "Tank", "Black", "White", "Red", "Blue", "Green", "Center", "Star"}
    | {"Super", "Note", "Pro", "Max", "Internet", "Home", "House", "City", "Street", "Tower"}
    | {"Center", "Centre", "Mall", "Plaza", "Land", "Island", "Beach", "Resort", "Hotel"}
    | {"Day", "Night", "Show", "Music", "Radio", "Live", "Life", "New", "Good", "Best", "Top"}
    | {"One", "Two", "First", "Team", "Studio", "Media", "Tech", "Digital", "Smart", "Cloud"}
    | {"Global", "International", "Energy", "Power", "Golden", "Royal"}
    | {"Legend", "Rating", "Landing", "Gold", "Silver", "Diamond", "Garden", "Gardens"}
    | {"Palace", "Village", "Valley", "Lake", "Bridge", "Square", "Station", "Market"}
    | {"Matsuri", "Game", "Games", "Phone", "Watch", "Book", "Edition"}
    # common English nouns of products, software and sections: "Outlook Express", "Control
    # Panel", "Security Bulletin", "Social Sciences" are no people
    | {"Express", "Business", "Security", "Control", "Panel", "Computer", "Medical", "Social"}
    | {"Sciences", "Bulletin", "Sunday", "Outlook", "Software", "Office", "Player", "Manager"}
    | {"Platform", "Server", "Virtual", "Data", "Image", "Movie", "Style", "Travel", "Premium"}
    | {"Space", "Compact", "Library", "Engines", "Girl"}
)
# last words of a firm's or a body's name: a run ending with one is an organisation
# armed groups and movements ("Nusra Front", "Polisario Front"): the last word of an
# organisation's name, never inside one ("Youtube Front Page Tech")
GROUP_SUFFIXES = frozenset({"Front", "Movement", "Alliance", "Brigade"})
ORG_SUFFIXES = GROUP_SUFFIXES | frozenset(
    {
        "News",
        "Group",
        "Corp",
        "Corporation",
        "Inc",
        "Ltd",
        "Bank",
        "Airlines",
        "Airways",
        "Times",
        "Post",
        "Motors",
        "Holdings",
        "Electronics",
        "Ventures",
        "Capital",
        "Partners",
        "Fund",
        "FC",
        "SC",
        "Club",
        "United",
        "Organization",
        "Organisation",
        "Land",
        "Daily",
        "Pictures",
        "Images",
        "Studios",
        "Economics",
        "Economic",
        "Forex",
        "Consultancy",
        "Consulting",
        "Aviation",
        "Securities",
        "Insurance",
        "Investment",
        "Invest",
        "Logistics",
        "Pharma",
        "Foods",
        "Technologies",
        "Industries",
        "Solutions",
        "Systems",
        "Entertainment",
        "Institute",
        "University",
        "Journal",
        "Research",  # "Counterpoint Research"
        "Software",  # "Panda Software", "MyBook Software"
        "Brothers",  # "Lehman Brothers", a band "Jonas Brothers"
        # publications: "USA Today", "Business Insider", "Computer Weekly", "Nikkei Asian
        # Review", "San Francisco Chronicle", "Sunday Mirror"
        "Today",
        "Insider",
        "Weekly",
        "Review",
        "Chronicle",
        "Gazette",
        "Observer",
        "Mirror",
        "Herald",
        "Telegraph",
        "Tribune",
        "Agency",
        "Association",
        "Foundation",
        "Archive",
        "Society",
        "Academy",
        "College",
        "Council",
        "Federation",
        "Telecom",
        "Network",
        "Magazine",
        "Press",
        "Records",
        "Labs",
        "Bureau",
        "Commission",
        "Authority",
        "Trust",
        "Services",
        "Company",
        "Co",
        "LLC",
        "Limited",
        "AG",
        "GmbH",
        "JSC",
        "JV",
        "PLC",
        "Plc",
        "Pharmaceuticals",
        "Semiconductor",
        "Bancorp",
    }
)
# endings of English nouns that no name of a person has ("Fulfillment", "Foundation",
# "Partnership"): a run holding one is a firm, a place or a thing, not a person
_NOUN_ENDINGS = ("ment", "tion", "sion", "ness", "ship", "ology")


def word_goes_on(tokens: Tokens, k: int) -> bool:
    """True when the capitalised word at token k and the lower-case word after it, as
    written, make a cue of the gazetteer ("Công viên", "Quốc gia", "Sân vận động"): a name
    does not end at k ("Bỏng đã" is no "bóng đá")."""
    words = tokens.words
    if k + 1 >= len(words) or tokens.gaps[k] != " " or not words[k + 1][:1].islower():
        return False
    node = gazetteer().cues.get(words[k].lower())
    return node is not None and (" ", words[k + 1]) in node.children


def firm_word(word: str) -> bool:
    """True for a word of a brand's or a firm's name rather than a person's: an ordinary
    English word, a firm's last word or an English abstract noun ("Store", "Securities",
    "Solutions")."""
    return word in ENGLISH_WORDS or word in ORG_SUFFIXES or english_noun(word)


def english_noun(word: str) -> bool:
    """True for an English abstract noun made with a suffix ("Fulfillment", "Solutions")."""
    return len(word) > 6 and word.isascii() and word.removesuffix("s").endswith(_NOUN_ENDINGS)


# a national road written short: "QL1A", "QL14"; or "QL" then its number ("QL 1A")
_ROAD_NUMBER = re.compile(r"\d{1,3}[A-Z]?")
_ROAD_CODE = re.compile(r"QL\d{1,3}[A-Z]?")
# words before a name that make it a place whatever else it may be ("thị xã Thái Hòa")
PLACE_BEFORE = ADMIN_WORDS | {"trấn", "phố", "xứ", "tại", "ở", "đến", "từ", "về", "qua"}
# the prefixes of navies' ship names: "USS Carl Vinson", "HMS Queen Elizabeth", "KRI Nanggala
# 402" (Indonesia), "ARA San Juan" (Argentina), "ROKS Cheonan", "BRP Sierra Madre", "RMS
# Titanic" (a Royal Mail Ship) are ships
SHIP_PREFIXES = frozenset(
    {"USS", "USNS", "HMS", "HMAS", "HMCS", "HMNZS", "INS", "KRI", "ARA", "ROKS", "BRP", "RMS"}
)
# the word right before a ship's name ("tàu Nippon Maru", "du thuyền Seabourn Spirit",
# "chiến hạm Moskva", "tàu cứu hộ MV Swift Rescue")
SHIP_WORDS = frozenset({"tàu", "thuyền", "hạm"})
# words right before a ship's name ("tàu San Juan", "tàu ngầm lớp Ohio", "khu trục Hamburg")
_VESSEL_WORDS = frozenset({"tàu", "lớp", "ngầm", "trục", "hạm", "uss", "hms"})

# titles that are names when capitalised inside a sentence ("xã Nàng Mao", "dự án Chàng
# Riệc", the character "Tú Bà", the villages "Bầu Trúc", "Bầu Bàng"): a title only in lower
# case or at a sentence's start, like "ông"; also inside a body's name ("Ủy ban Bầu cử …")
LOWER_TITLE_FIRSTS = frozenset({"nàng", "chàng", "tú", "má", "trùm", "bầu"})
# syllables before a cue that make a word of it, no cue: "khai thác" (to exploit), "cháy
# rừng" (a wildfire, named like a storm)
CUE_WORD_ENDS: dict[str, frozenset[str]] = {
    "thác": frozenset({"khai"}),
    "rừng": frozenset({"cháy"}),
    "đỉnh": frozenset({"thượng"}),  # "thượng đỉnh ASEAN": a summit
    "tháp": frozenset({"tự"}),  # "Kim Tự Tháp Cheops": a pyramid's name
    "cao": frozenset({"tàu", "nô"}),  # "tàu cao tốc Cawaco": a fast boat, no road
    "cồn": frozenset({"độ"}),  # "nồng độ cồn": alcohol, no islet
    # no department's head: "trụ sở", "cơ sở", "công sở" (offices, a facility), "xứ sở" (a
    # land), "chủ sở hữu" (an owner); "bưu cục" (a post office, a place), "bố cục", "kết cục"
    # (a layout, an outcome), "rốt cục" (at last), "đại cục", "thế cục", "chiến cục", "thời
    # cục" (the situation)
    "sở": frozenset({"trụ", "cơ", "công", "xứ", "chủ"}),
    "cục": frozenset({"bưu", "bố", "kết", "rốt", "đại", "thế", "chiến", "thời"}),
    # a market, the environment, the political scene, fishing grounds, a farm, a battlefield,
    # a scene, a square, a site, a stand, a field: no school
    "trường": frozenset(
        {"thị", "môi", "chính", "ngư", "nông", "lâm", "chiến", "hiện", "quảng", "công"}
        | {"thương", "lập", "phi", "trực", "đấu", "võ", "pháp", "hí", "diễn", "sân", "kỳ"}
        | {"vũ", "phim", "ra", "tựu", "bãi", "hội", "nhà"}  # a club, a studio, a hall; to graduate
        | {"thao", "súng", "thiên", "hậu", "nghị", "khai"}  # a range, a rifle, backstage
    ),
    # "sau đại học" (postgraduate), "bằng đại học" (a degree), "tuyển sinh đại học" (entrance)
    "đại": frozenset({"sau", "bằng", "sinh"}),
}
# heads that name a body in lower case only before its capitalised name ("sở Y tế", "cục
# Hải quan", "trường Lê Quý Đôn", "đại học Oxford"; guideline rule 13)
LOWER_HEADS = frozenset({"sở", "cục", "trường"})
# words before such a head that make it any one of its kind ("một sở", "mỗi trường")
_ANY_ONE = frozenset({"một", "mỗi", "từng"})
# capitalised first words of heads that end with such a word ("Chi cục", "Tổng cục", "Liên
# sở", "Cục" of "Tổng Cục"): the head is theirs
_HEAD_FIRSTS = frozenset({"Chi", "Tổng", "Liên", "Nha", "Phân", "Thanh"})
# kinds of school, lower-cased, which name no school without a name after them ("trường
# THCS đang học", "trường Hồi giáo", "tuyển sinh trường Y", "trường Cao đẳng nghề …")
_SCHOOL_KINDS = frozenset(
    {"thcs", "thpt", "ptth", "th", "đh", "cđ", "sp", "nv1", "nv2", "nv3", "y", "tây", "đảng"}
    | {"tiểu học", "trung học", "trung học cơ sở", "trung học phổ thông", "cao đẳng"}
    | {"trung cấp", "mầm non", "hồi giáo", "phật giáo", "sư phạm", "công lập", "dân lập"}
    | {"tư thục", "quốc tế", "chuyên", "nghề", "đại học", "thcs-thpt", "y khoa", "y dược"}
)
_LONGEST_KIND = 4
_KIND_FIELD = 4  # lower-case words at most between a school's kind and its name
# the first words of the place nouns that ``ScanState.cue`` tests one by one
_GUARDED_CUES = frozenset({"hang", "dự", "tháp", "đầm", "kênh", "khu", *CUE_WORD_ENDS})
# heads after "dự án" that make it a bill or a body's project, no estate
_NOT_ESTATES = frozenset({"Khu", "Luật", "Bộ", "Nghị", "Quỹ", "Chương", "Công", "Tập", "Ngân"})
# the last words of real estates' names ("Thang Long Home", "Xuân Mai Complex")
_ESTATE_TAILS = frozenset(
    {"Home", "Homes", "Residence", "Residences", "Complex", "City", "Tower", "Towers", "Plaza"}
    | {"Park", "Garden", "Gardens", "Village", "Riverside", "Compound", "Apartment", "Villas"}
    | {"Central", "Square", "Premier", "Heights", "Hills", "Bay", "Resort", "Land", "Center"}
)
# the last name cue seen: its label ("LOC", "MISC"), whether it is weak ("tại", "ở") and the
# token it starts at
PlaceCue = tuple[str, bool, int]

# capitalised words that start a sentence and never continue a name: "Trương Đức Phương Để
# không bỏ lỡ ..." (a byline glued to the next sentence)
SENTENCE_WORDS = frozenset(
    {"Để", "Theo", "Khi", "Trong", "Với", "Tại", "Từ", "Và", "Nhưng", "Tuy", "Vì", "Các"}
    | {"Những", "Cho", "Về", "Ở", "Sau", "Trước", "Nếu", "Dù", "Đây", "Đó", "Này", "Hiện"}
)

# one-syllable country names that start a common word ("Anh hùng", "Pháp luật", "Mỹ thuật",
# "Việt kiều"): before these lower-case syllables the capital is no place
COMMON_WORDS_AFTER = {
    # none of these may also start a verb or a preposition after the country ("Mỹ từ bỏ",
    # "Nhật ký kết", "Pháp bảo đảm", "Anh đào tạo"): those stay places
    "Anh": frozenset({"hùng", "em", "ta", "ấy", "chị", "trai", "rể", "dũng", "ngữ", "văn"}),
    "Pháp": frozenset({"luật", "lý", "lí", "lệnh", "sư", "điển", "môn", "ngữ", "văn"}),
    "Mỹ": frozenset({"thuật", "phẩm", "nghệ", "mãn", "vị", "miều", "lệ", "tục", "nữ", "ngữ"}),
    "Đức": frozenset({"độ", "hạnh", "phật", "vua", "chúa", "mẹ"}),
    "Nhật": frozenset({"ngữ", "văn", "dụng", "báo", "ký", "kí", "thực", "trình"}),
    "Hàn": frozenset({"huyên", "ngữ", "văn", "lâm"}),
    "Việt": frozenset({"kiều", "vị", "ngữ", "văn"}),
    "Nga": frozenset({"ngữ", "văn"}),
    "Lào": frozenset({"xào"}),
    "Ý": frozenset({"kiến", "tưởng", "nghĩa", "thức", "chí", "niệm", "đồ", "tứ", "nguyện"})
    | frozenset({"dĩ", "nghĩ"}),
}

# ... unless the syllable after makes a verb of it: "Nhật báo cáo" (Japan reports), "Nhật
# ký kết" (Japan signs), "Nhật thực hiện", "Hàn lâm vào" ("Nhật báo", a daily; "Nhật ký", a
# diary; "Nhật thực", an eclipse; "Hàn lâm", the academy)
_SIGNS = frozenset(
    {"kết", "tên", "hợp", "thỏa", "thoả", "hiệp", "văn", "với", "vào", "lại", "cam", "biên"}
    | {"loạt", "thêm", "nghị", "quyết", "thư"}
)
VERBS_AFTER_COMMON = {
    "báo": frozenset({"cáo", "động", "tin", "trước", "giá", "hiệu", "đáp", "thù", "chí"}),
    "ký": _SIGNS,
    "kí": _SIGNS,
    "thực": frozenset({"hiện", "thi", "sự", "tế", "chất", "lòng", "tình", "ra", "dân"}),
    "trình": frozenset({"bày", "diễn", "lên", "ra", "làng", "chiếu"}),
    "lâm": frozenset({"vào", "nguy", "trận", "thời", "bệnh", "chung"}),
}

# lower-case last words of place names ("Tây Nam bộ", "Á châu", "Tây nguyên") and the words
# after them that make a common word instead ("anh Nam bộ đội", "Tây nguyên liệu")
COMPOUNDS_AFTER_LAST = {
    "bộ": frozenset(
        {"đội", "trưởng", "phận", "máy", "môn", "ngành", "luật", "mặt", "óc", "đồ", "đàm"}
        | {"sưu", "sách", "quần", "áo", "trang", "nhớ", "xử", "khung", "lọc", "phát", "điều"}
        | {"công", "chỉ", "tiêu", "hành", "binh", "tư", "lạc", "dạng", "tịch", "hồ", "não"}
        | {"lông", "râu", "phim", "gõ", "vi", "xương", "sậu", "dàn", "kít", "kit", "chuyển"}
    ),
    "châu": frozenset({"báu", "chấu", "thổ", "lục", "ngọc", "phê", "mai", "sa"}),
    "nguyên": frozenset(
        {"liệu", "nhân", "tắc", "vẹn", "chất", "văn", "thủ", "đơn", "tử", "tố", "lý", "bản"}
        | {"quán", "lão", "soái", "đán", "khai", "giá", "cáo", "hàm", "niên", "trạng"}
    ),
}

# the compass words that start or end a region's or a branch's name ("Nam Hà Nội"); alone
# they name nothing: after "miền Nam -" they share "miền" ("miền Nam- Bắc")
DIRECTIONS = frozenset({"Bắc", "Nam", "Trung", "Đông", "Tây"})
# the four points of the compass ("Trung" is also China: "quan hệ Trung - Mỹ")
COMPASS = DIRECTIONS - {"Trung"}
# a dash written between two names ("Vietcombank - Chi nhánh Huế")
DASHES = frozenset({"-", "–", "—"})


def ends_with_place(tokens: Tokens, i: int, j: int, first: bool = False) -> bool:
    """True when tokens i..j end with a place of the gazetteer ("Đội Los Angeles", "Đảng Cộng
    sản Trung Quốc"); with *first*, when they are that place ("Dallas")."""
    names = gazetteer().names
    words = tokens.words
    for k in range(i, i + 1 if first else j):
        known = match(names, words, tokens.gaps, k) if words[k] in names else None
        if known is not None and known.label == "LOC" and k + len(known.words) == j:
            return True
    return False


# the first words of the relatives in titles.txt ("bé", "vợ", "con gái", "bạn trai", "gia đình",
# "bố mẹ"): like "ông" and "bà", a title only in lower case or at a sentence start, since they
# end given names too ("Phạm Thị Bé") and open bodies' fields ("Ủy ban Dân số, Gia đình …")
_KIN_TITLE_FIRSTS = frozenset({"bé", "vợ", "chồng", "con", "bạn", "gia", "bố", "cha"})
# a person's family and parents: a title only before a word that could start a name
_FAMILIES = frozenset({("gia", "đình"), ("bố", "mẹ"), ("cha", "mẹ")})
_NOT_AFTER_FAMILY = frozenset({"hôm", "hướng", "trung"})  # "Hôm qua", "Hướng dương", "Trung thu"
# a teacher: a title only before a capitalised word ("thầy thuốc", "thầy cô giáo" name no
# one) and, capitalised, like "ông" and "bà", only at a sentence start or before a full name,
# since a capital opens the names of places and works with it ("kênh Thầy Cai", "vở Thầy
# Tú"; but "- Thầy Đỗ Viết Tuấn nhắn gửi")
_TEACHERS = frozenset({("thầy",), ("thầy", "giáo"), ("thày",), ("thày", "giáo")})  # old "thày"

Span = tuple[int, int, str, str]  # first token, end token (exclusive), label, key ("" = later)


# words before "mỏ" that make it petroleum or mining, no mine's word ("dầu mỏ", "khai mỏ",
# "thợ mỏ", "nghề mỏ", "công nhân mỏ", "kỹ sư mỏ")
_MINING_BEFORE = frozenset({"dầu", "khai", "hầm", "thợ", "vùng", "nghề", "ngành", "nhân", "sư"})


class ScanState:
    """One text under analysis: tokens, look-ups, and the spans found so far."""

    def __init__(self, text: str, tokens: Tokens, gaz: Gazetteer, blocked: list[bool]) -> None:
        self.text = text
        self.t = tokens
        self.g = gaz
        self.blocked = blocked
        self.words = tokens.words
        self.gaps = tokens.gaps
        self.n = len(tokens.words)
        # str.lower in C: faster here than a memo of the lower-case forms (a large dict read
        # at random, for every token), whose hash the first look-up at each word pays anyway
        self.lowers = list(map(str.lower, tokens.words))
        self._folds: list[str | None] = [None] * self.n
        self.spans: list[Span] = []
        self.leftovers: list[tuple[int, int]] = []
        # tokens that start a sentence glued to a picture credit ("Ảnh: Gia Hân Lực lượng …")
        self.breaks: frozenset[int] = frozenset()
        # where "Ảnh:", "Video:" … stand in the text (found once by ``entity_credits``)
        self.credit_marks: list[int] = []

    # -- helpers -------------------------------------------------------------------------

    def lower(self, i: int) -> str:
        return self.lowers[i]

    def folded(self, i: int) -> str:
        f = self._folds[i]
        if f is None:
            f = self._folds[i] = _fold(self.words[i])
        return f

    def match_lower(self, table: PhraseTable, i: int) -> Phrase | None:
        return match(table, self.lowers, self.gaps, i)

    def match_folded(self, table: PhraseTable, i: int) -> Phrase | None:
        """Like ``match`` on folded words, never across a figure."""
        node = table.get(self.folded(i))
        if node is None:
            return None
        best = node.phrase if self._as_written(node.phrase, i) else None
        k = i
        while node.children and k + 1 < self.n and not self.blocked[k + 1]:
            child = node.children.get((self.gaps[k], self.folded(k + 1)))
            if child is None:
                break
            node = child
            k += 1
            if node.phrase is not None and self._as_written(node.phrase, i):
                best = node.phrase
        return best

    def _as_written(self, phrase: Phrase | None, i: int) -> bool:
        """True unless *phrase* is written with diacritics in its list ("bóng đá") and the
        words at i differ from it ("Bỏng đã"); folded entries match any diacritics. An entry
        marked "^" is a name's words only when capitalised ("Cục Quản lý Đăng ký kinh doanh",
        but "Công ty X đăng ký kinh doanh" is a verb)."""
        if phrase is None:
            return False
        if "^" in phrase.key[:2] and not self.words[i][0].isupper():
            return False
        written = phrase.key.lstrip("~^")
        if written.isascii():
            return True
        n = len(phrase.words)
        actual = " ".join(self.lowers[i : i + n])
        # the same marks as one of the spellings, wherever the tone sits ("hoà", "hòa"); a
        # word without marks is a word of its own ("vinh dự" is no "vịnh")
        return _marks(actual) in _spelling_marks(written)

    def cue(self, i: int) -> Phrase | None:
        phrase = match(self.g.cues, self.lowers, self.gaps, i)
        if phrase is None:
            return None
        if (
            phrase.label == "TITLE"
            and (
                phrase.words[0] in self.g.pronoun_titles
                or phrase.words[0] in _KIN_TITLE_FIRSTS
                or phrase.words[0] in LOWER_TITLE_FIRSTS
            )
            and self.words[i][0].isupper()
            and not self.sentence_start(i)
        ):
            # "ông", "bà", "bé", "vợ": a title only in lower case or at a sentence start ("bé
            # Sơn"; but "Phạm Thị Bé", "Hòn Chồng" are names)
            return None
        if phrase.words in _FAMILIES:
            after = i + len(phrase.words)
            if (
                after >= self.n
                or self.gaps[after - 1] != " "
                or self.words[after] in SENTENCE_WORDS
                or self.lowers[after] in _NOT_AFTER_FAMILY
                or getattr(match(self.g.cues, self.lowers, self.gaps, after), "label", "")
                == "TITLE"
            ):
                # "gia đình Hôm qua …" (a lost dot), "gia đình Thầy", "bố mẹ - Mẹ": no name
                return None
        if (
            phrase.words == ("tướng",)
            and i > 0
            and self.gaps[i - 1] == " "
            and self.words[i - 1][:1].isupper()
        ):
            return None  # "Đặng Đình Tướng", "Dương Gia Tướng": a name's end, no general
        if (
            phrase.words == ("mỏ",)
            and i > 0
            and self.gaps[i - 1] == " "
            and (
                self.lowers[i - 1] in _MINING_BEFORE
                or (self.words[i][0].isupper() and not self.sentence_start(i))
            )
        ):
            # "dầu mỏ Nga", "trường nghề mỏ Hồng Cẩm": petroleum, mining, no mine named after
            # it; "Bộ Năng lượng và Mỏ Lào": a ministry's field
            return None
        if phrase.words == ("bầu",) and (
            not (i + 1 < self.n and self.gaps[i] == " " and is_vietnamese(self.words[i + 1]))
            or (self.words[i][0].isupper() and i > 0 and self.t.raw_gaps[i - 1].endswith("("))
            or (i + 2 < self.n and self.gaps[i + 1] == " " and self.lowers[i + 2] == "viên")
        ):
            # "bầu Uzbekistan là quốc gia tiêu biểu", "bầu Ủy viên trung ương": to elect;
            # "(Bầu Trúc - Phước Dân)": a village; "bầu Đức": a club's owner
            return None
        if phrase.words in _TEACHERS:
            after = i + len(phrase.words)
            if not self.capital_after(after):
                return None  # "thầy thuốc", "thầy cô giáo": no name after it, no title
            if (
                self.words[i][0].isupper()
                and not self.sentence_start(i)
                and not self.named_in_full(after)
            ):
                return None  # "kênh Thầy Cai", "vở Thầy Tú": a place's or a work's name
        first = phrase.words[0]
        if first in _GUARDED_CUES:
            # place nouns whose word alone may not announce a name, one test per noun
            if first == "hang" and self.words[i][0].isupper() and not self.sentence_start(i):
                return None  # "Park Hang Seo": a Korean name's syllable, no cave
            if phrase.words == ("dự", "án"):
                if i >= 2 and self.words[i - 2] == "Quản" and self.lowers[i - 1] == "lý":
                    return None  # "Ban Quản lý dự án Thăng Long": a body named in capitals
                if not self.estate_name(i + 2):
                    return None  # "dự án Hỗ trợ …", "dự án Luật …": a project or a bill
            name = self.words[i + 1] if i + 1 < self.n else ""
            if first in ("tháp", "đầm") and name in ("Chàm", "Chăm"):
                return None  # "tháp Chàm": the Cham people's towers (rule 40: no entity)
            if first == "đầm" and name and not is_vietnamese(name):
                return None  # "chiếc đầm Prada": a dress by its brand, no lagoon
            if first == "tháp" and self.words[i][0].isupper():
                return None  # "Tháp Tài chính Bitexco": a tower named by capitalised words
            if (
                i > 0
                and self.lowers[i - 1] in CUE_WORD_ENDS.get(first, ())
                and self.gaps[i - 1] == " "
                and not (first in ("trường", "đại") and self.words[i][0].isupper())
                and not (first == "đại" and phrase.words != ("đại", "học"))
            ):
                # "khai thác Bitcoin", "cháy rừng Camp", "thị trường Nhật": the end of a word
                # (but "thành lập Trường ĐH …" opens a school's name)
                return None
            lower_head = first in LOWER_HEADS or phrase.words == ("đại", "học")
            school = first not in ("sở", "cục")
            if (
                lower_head
                and self.words[i].islower()
                and not self.lower_head_names(i, len(phrase.words), school)
            ):
                return None  # "các sở GD-ĐT", "trường THCS đang học", "Chi cục …"
            if first in ("kênh", "khu") and len(phrase.words) == 1 and not self.canal_name(i + 1):
                # "kênh VTV1", "kênh Thời sự": a channel; "khu A", "khu Ngoại giao đoàn", "khu
                # BBQ": a block, a common noun
                return None
        if (
            phrase.label == "TITLE"
            and phrase.words[0] in self.g.pronoun_titles
            and self.bracketed(i, i + len(phrase.words))
        ):
            return None  # "British Airways (Anh)": the country, no "anh" with no name after
        if (
            phrase.label == "TITLE"
            and phrase.key in _CAPITALS_TITLES
            and not self.words[i].isupper()
        ):
            return None  # "MC Trấn Thành" is a presenter; "Mc Kinsey" is a name
        if (
            phrase.label == "NAME"
            and len(phrase.words) > 1
            and self.words[i][0].islower()
            and not self.words[i + len(phrase.words) - 1][0].islower()
        ):
            return None  # "sân nhà Hàng Đẫy": a lower-case cue does not run into a name
        return phrase

    def canal_name(self, k: int) -> bool:
        """True when two capitalised Vietnamese words start at token k, as a canal's or a
        quarter's name does ("Tham Lương", "Ba Tháng Hai", "Đồng Dưa"); a channel's is an
        acronym or a capitalised word before lower-case ones ("VTV1", "Thời sự")."""
        words = self.words
        return (
            k + 1 < self.n
            and self.gaps[k] == " "
            and all(
                words[m][0].isupper() and not words[m].isupper() and is_vietnamese(words[m])
                for m in (k, k + 1)
            )
        )

    def estate_name(self, k: int) -> bool:
        """True when a real estate's name starts at token k: two capitalised words or more,
        none an acronym, Vietnamese or ending with a word of estates, not a legal text's or a
        body's head and no name known otherwise ("Thang Long Home", "Bạch Đằng Đông"; not
        "Hỗ trợ …", "Luật Đất đai", "European Super League", "Love Songs")."""
        words, n = self.words, self.n
        m = k
        while m < n and words[m][0].isupper() and words[m].isalpha() and not words[m].isupper():
            if m > k and self.gaps[m - 1] != " ":
                break
            m += 1
        return (
            m - k >= 2
            and words[k] not in _NOT_ESTATES
            and (words[m - 1] in _ESTATE_TAILS or all(is_vietnamese(w) for w in words[k:m]))
            and self.name(k) is None
            # "Sun Onsen Village - Limited Edition": one name across a dash, not two places
            and not (m < n and self.t.raw_gaps[m - 1].strip() in ("-", "–"))
        )

    def glued_to_term(self, k: int) -> bool:
        """True when the acronym at k is glued by a hyphen to a common acronym, one term with
        it ("RT-PCR", a test: no channel "RT", no name before it: "Realtime RT-PCR")."""
        return (
            k + 1 < self.n
            and self.t.raw_gaps[k] == "-"
            and self.words[k].isupper()
            and self.words[k + 1] in self.g.non_entities
        )

    def name(self, i: int) -> Phrase | None:
        phrase = match(self.g.names, self.words, self.gaps, i)
        if phrase is None:
            return None
        end = i + len(phrase.words)
        if any(self.blocked[i:end]):
            return None
        if (
            end == i + 1
            and end < self.n
            and self.gaps[i] == " "
            and self.lowers[end] in COMMON_WORDS_AFTER.get(self.words[i], ())
            and self.words[end][0].islower()
            and not (
                end + 1 < self.n
                and self.gaps[end] == " "
                and self.lowers[end + 1] in VERBS_AFTER_COMMON.get(self.lowers[end], ())
            )
        ):
            return None  # "Anh hùng", "Pháp luật", "Nhật báo": a common word, no place
        if self.glued_to_term(end - 1):
            return None  # "RT-PCR": a term, not the channel "RT"
        last = phrase.words[-1]
        if (
            last in COMPOUNDS_AFTER_LAST
            and end < self.n
            and self.gaps[end - 1] == " "
            and self.lowers[end] in COMPOUNDS_AFTER_LAST[last]
            and self.words[end][0].islower()
        ):
            return None  # "Hà thành công", "anh Nam bộ đội": a common word ends the name
        if phrase.ambiguous and (
            self.in_run(i, end, phrase.pronoun)
            or (phrase.pronoun and self.sentence_start(i) and not self.bracketed(i, end))
        ):
            return None  # but "Hãng BP (Anh)", "Roma (Ý)": the country alone in brackets
        if phrase.key[4:] in self.g.world_places and self.no_world_place(
            i, end, phrase.key[4:] in self.g.world_countries
        ):
            return None
        return phrase

    def no_world_place(self, i: int, end: int, country: bool = False) -> bool:
        """True when the name of the public world lists at i..end is part of a longer foreign
        name ("Brooklyn Beckham", "Consadole Sapporo", "Wisconsin-Madison") or names a ship
        ("tàu San Juan", "tàu ngầm lớp Ohio"); a *country* starts no name ("Tổng thống
        Dominica Roosevelt Skerrit": the country and the person)."""
        words = self.words
        if i > 0 and self.gaps[i - 1] == " " and self.lowers[i - 1] in _VESSEL_WORDS:
            return True
        if (
            not country
            and end < self.n
            and self.gaps[end - 1] in (" ", "-")
            and self._foreign_name_at(end)
        ):
            return True
        return (
            i > 0
            and self.gaps[i - 1] in (" ", "-")
            and self._foreign_name_at(i - 1)
            and not is_acronym(words[i - 1])
        )

    def _foreign_name_at(self, k: int) -> bool:
        word = self.words[k]
        return (
            word[0].isupper()
            and len(word) > 1
            and not is_vietnamese(word)
            and word not in self.g.names
            and word not in FUNCTION_WORDS
        )

    def in_run(self, i: int, end: int, pronoun: bool) -> bool:
        """True when the words i..end are inside a Vietnamese name ("Mỹ Tâm", "Tô Anh Dũng").

        A capital at the start of a sentence before them ("Phía Mỹ") counts only for names
        that are also common words ("Tuấn Anh").
        """
        words = self.words
        before = (
            i > 0
            and self.gaps[i - 1] == " "
            and words[i - 1][0].isupper()
            and words[i - 1] not in FUNCTION_WORDS
            and is_vietnamese(words[i - 1])
            and not self.cue_is_title(i - 1)
            and self._no_place_at(i - 1)
            and (pronoun or words[i - 1] in self.g.surnames or not self.sentence_start(i - 1))
        )
        after = (
            end < self.n
            and self.gaps[end - 1] == " "
            and words[end][0].isupper()
            and len(words[end]) > 1  # not an initial ("Đức A. Baerbock")
            and is_vietnamese(words[end])
            and self._no_place_at(end)
            and (self.lowers[end] not in self.g.cues or self.cue(end) is None)
        )
        return before or after

    def _no_place_at(self, k: int) -> bool:
        """True when no gazetteer name starts at k, or only one that may be part of a
        Vietnamese name ("Đình" in "Mỹ Đình", "Đức" in "Mỹ Đức")."""
        if self.words[k] not in self.g.names:
            return True
        known = match(self.g.names, self.words, self.gaps, k)
        return known is None or known.ambiguous

    def sentence_start(self, i: int) -> bool:
        if i == 0 or i in self.breaks:
            return True
        raw = self.t.raw_gaps[i - 1]
        if "\n" in raw:
            return True
        gap = raw.strip()
        return bool(gap) and gap[-1] in _SENTENCE_END

    def bracketed(self, i: int, end: int) -> bool:
        """True when the words i..end are all a pair of brackets holds, right after a word:
        "Oxford (Anh)"; not a line of speech that opens with a bracket ("nói: (Anh) đi …")."""
        raw = self.t.raw_gaps
        return i > 0 and raw[i - 1].strip() == "(" and raw[end - 1].lstrip(" ").startswith(")")

    def is_cap(self, i: int) -> bool:
        return self.words[i][0].isupper() and not self.blocked[i]

    def acronym_pair(self, j: int, *, enclosed: bool = False) -> bool:
        """True when token j ends one acronym written in two short dashed halves, not both
        known names: "Sở QH-KT", "Bộ KH-CN"; not "ASEAN-EU", "EU-UK". *enclosed*: only the
        whole content of brackets ("(GD-ĐT)"), since a lone "NĐ-CP" or "DCI-P3" is a
        document's or a product's code."""
        a, b = self.words[j - 1], self.words[j]
        return (
            self.t.raw_gaps[j - 1] == "-"
            and len(a) <= 4
            and len(b) <= 4
            and is_acronym(a)
            and is_acronym(b)
            and not (a in self.g.names and b in self.g.names)
            and (
                not enclosed
                or (
                    j >= 2
                    and self.t.raw_gaps[j - 2].endswith("(")
                    and self.t.raw_gaps[j].startswith(")")
                )
            )
        )

    def capital_after(self, i: int) -> bool:
        """True when a capitalised word follows at i, after a space."""
        return i < self.n and self.gaps[i - 1] == " " and self.is_cap(i)

    def named_in_full(self, i: int) -> bool:
        """True when a Vietnamese personal name starts at i, after a space."""
        return i < self.n and self.gaps[i - 1] == " " and self.surname_run(i)

    def surname_run(self, i: int) -> bool:
        """True when a Vietnamese personal name starts at i ("Vương Đình Huệ")."""
        return (
            self.words[i] in self.g.surnames
            and i + 1 < self.n
            and self.gaps[i] == " "
            and self.is_cap(i + 1)
            and is_vietnamese(self.words[i + 1])
            and not is_acronym(self.words[i + 1])
        )

    def road_code(self, k: int) -> int | None:
        """End of a national road written short at k ("QL1A", "QL 14", "QL.1"; guideline
        rule 38: the number names the road, the whole is one place), or None."""
        word = self.words[k]
        if _ROAD_CODE.fullmatch(word):
            return k + 1
        if (
            word == "QL"
            and k + 1 < self.n
            and self.t.raw_gaps[k] in (" ", ".", ". ")
            and _ROAD_NUMBER.fullmatch(self.words[k + 1])
            and not self.blocked[k + 1]
        ):
            return k + 2
        return None

    def abbreviated_place(self, k: int) -> tuple[int, int] | None:
        """The place named with a short administrative word at k, as (start, end) tokens.

        The abbreviation is part of the name ("TP. Đà Nẵng", "TP Cần Thơ", "P.Bến Nghé",
        "Q.1"; guideline rule 36). "Q.", "P." and "H." before a name count only in an
        address (after a comma, "ở", "tại", or before another part of one): "P. Anh" may be
        a person.
        """
        word = self.words[k]
        if word not in PLACE_ABBREVIATIONS or k + 1 >= self.n or self.blocked[k]:
            return None
        raw = self.t.raw_gaps[k]
        if raw not in (".", ". ") and (word in _DOTTED_ABBREVIATIONS or raw != " "):
            return None
        nxt = self.words[k + 1]
        if nxt[0].isdigit():
            return (k, k + 2) if len(nxt) <= 3 and nxt.isalnum() else None
        if not self.is_cap(k + 1) or is_acronym(nxt):
            return None
        if len(nxt) == 1 and self.t.raw_gaps[k + 1][:1] == ".":
            return None  # "… của TP. M. lập tức …": an initial opens the next sentence
        if not is_vietnamese(nxt):
            return self.foreign_city(k) if word in _CITY_ABBREVIATIONS else None
        place = self.name(k + 1)
        if place is not None:
            if place.label != "LOC":
                return None
            end = k + 1 + len(place.words)
        else:
            if raw == ". " and self.lowers[k + 1] in self.g.stopwords:
                return None  # "… trong lòng TP. Nhưng đến …": the city closes a sentence
            if self.person_after_city_word(k):
                return None  # "Chủ tịch UBND TP Lê Thanh Hải": the person, no city after "TP"
            end = k + 2
            while (
                end < self.n
                and end - k <= _MAX_PLACE
                and self.gaps[end - 1] == " "
                and self.is_cap(end)
                and is_vietnamese(self.words[end])
                and (self.lowers[end] not in self.g.cues or self.cue(end) is None)
            ):
                end += 1
            if (
                raw == ". "
                and end == k + 2
                and end < self.n
                and self.gaps[k + 1] == " "
                and not self.is_cap(end)
                and match(self.g.names, self.words, self.gaps, k + 1) is None
                and match(self.g.names, [word, nxt], [" "], 0) is None  # "TP. Vinh trong"
            ):
                # "… với Ủy ban MTTQ TP. Nhờ vậy, …": one unknown word before a lower-case
                # one opens the next sentence; the country's cities are known places
                return None
        if word in _INITIAL_ABBREVIATIONS and not self.in_address(k, end):
            return None
        return k, end

    def person_after_city_word(self, k: int) -> bool:
        """True when "TP" at k ends a body's name and a person's full name follows it ("Phó
        Chủ tịch UBND TP Nguyễn Văn Đua", "Giám đốc Sở Tư pháp TP Ngô Minh Hồng": the city is
        the one the text is about, left unnamed; guideline rule 88); not the city named after
        a person ("Tp Hồ Chí Minh")."""
        return (
            self.words[k] in _CITY_ABBREVIATIONS
            and k > 0
            and self.gaps[k - 1] in (" ", ".")
            # after a capital, or the lower-case syllable of one ("Sở Tư pháp TP")
            and (self.is_cap(k - 1) or (k > 1 and self.gaps[k - 2] == " " and self.is_cap(k - 2)))
            and self.words[k + 1] in COMMON_SURNAMES
            and self.surname_run(k + 1)
            and self.full_name(k + 1)
            and self.words[k + 1 : k + 4] != _PERSON_CITY
        )

    def foreign_city(self, k: int) -> tuple[int, int] | None:
        """A foreign city after "TP" at k ("TP Lubbock", "TP. Palm Beach"), as (start, end)
        tokens: a known place, or one or two foreign words; not a brand ("TP Bank", "TP
        Invest"), another name's head ("TP Festival") nor a run going on with more capitals
        ("TP Lubbock Dan Pope": where the city ends is unsure)."""
        known = self.name(k + 1)
        if known is not None:
            return (k, k + 1 + len(known.words)) if known.label == "LOC" else None
        first = self.words[k + 1]
        if firm_word(first):
            return None
        if self.lowers[k + 1] in self.g.cues and self.cue(k + 1) is not None:
            return None  # "TP Festival hoa …": the head of another name
        end = k + 2
        while (
            end < self.n
            and self.gaps[end - 1] == " "
            and self.is_cap(end)
            and not is_vietnamese(self.words[end])
            and not is_acronym(self.words[end])
        ):
            end += 1
        if end - k - 1 > _MAX_FOREIGN_CITY:
            return None
        if end < self.n and self.gaps[end - 1] == " " and self.is_cap(end):
            return None  # "TP Lubbock Hà …": a capitalised word after the city, unsure
        return k, end

    def in_address(self, k: int, end: int) -> bool:
        """True when the words k..end stand in an address ("..., P.Bến Nghé, Q.1")."""
        gap = self.t.raw_gaps[k - 1].strip() if k > 0 else ""
        before = k > 0 and (
            gap.endswith(",")
            or self.lowers[k - 1] in ("ở", "tại")
            # "đường Thống Nhất (Q. Gò Vấp)": the district of the place just named
            or (
                gap == "("
                and bool(self.spans)
                and self.spans[-1][1] == k
                and self.spans[-1][2] == "LOC"
                and self.t.raw_gaps[end - 1].startswith(")")
            )
        )
        after = (
            end + 1 < self.n
            and self.t.raw_gaps[end - 1] == ", "
            and (self.words[end] in PLACE_ABBREVIATIONS or self.lowers[end] in self.g.cues)
        )
        return before or after

    def emit(self, i: int, j: int, label: str, key: str = "") -> None:
        self.spans.append((i, j, label, key))

    # -- the pass ------------------------------------------------------------------------

    def full_name(self, k: int) -> bool:
        """True when a surname at k starts a name of three or more syllables."""
        return (
            k + 2 < self.n
            and self.gaps[k + 1] == " "
            and self.is_cap(k + 2)
            and is_vietnamese(self.words[k + 2])
        )

    def foreign_pair(self, k: int) -> bool:
        """True when tokens k and k + 1 are two capitalised foreign words."""
        return (
            k + 1 < self.n
            and self.gaps[k] == " "
            and self.is_cap(k + 1)
            and not is_vietnamese(self.words[k])
            and not is_vietnamese(self.words[k + 1])
        )

    def lower_head_names(self, i: int, size: int, school: bool) -> bool:
        """True when the head in lower case of *size* words at token i names the body after it
        ("sở Y tế TP.HCM", "trường Lê Quý Đôn"): a capitalised name follows, no word before
        makes it any body of its kind ("các sở", "một trường") or a part of a capitalised
        head ("Chi cục", "Liên sở"), and for a school, the name is no kind of school alone
        ("trường THCS", "trường Hồi giáo") nor a letter or a foreign given name ("trường A",
        "trường Jonathan")."""
        words, n = self.words, self.n
        at = i + size  # where the name starts
        if at >= n or not words[at][:1].isupper():
            return False  # "sở hữu", "cục bộ", "sở thích": a word, no head
        if i > 0 and (self.lowers[i - 1] in PLURAL or self.lowers[i - 1] in _ANY_ONE):
            return False  # "các sở GD-ĐT", "một sở GD-ĐT": none named
        if i > 0 and self.gaps[i - 1] == " " and words[i - 1] in _HEAD_FIRSTS:
            return False  # "Chi cục Hải quan", "Liên sở": the capitalised head's last word
        if not school:
            return True
        alone = not (at + 1 < n and self.gaps[at] == " " and words[at + 1][:1].isupper())
        if alone and (
            (len(words[at]) == 1 and words[at] != "Y") or words[at] in gazetteer().foreign_given
        ):
            # "trường A", "trường Jonathan": a placeholder, a person (but "trường Marie
            # Curie" is named after one)
            return False
        for width in range(min(_LONGEST_KIND, n - at), 0, -1):
            if " ".join(self.lowers[at : at + width]) in _SCHOOL_KINDS:
                # a name, capitalised, after the kind and at most a few lower-case words of
                # its field ("trường Cao đẳng nghề Yên Bái"), not the kind alone ("trường Y")
                end = at + width
                while end < min(n, at + width + _KIND_FIELD) and self.gaps[end - 1] == " ":
                    if words[end][:1].isupper():
                        return True
                    end += 1
                return False
        return True

    def list_continues(self, i: int) -> bool:
        """True when token i continues a list of names after a comma ("Hoàn Kiếm, Đống Đa")."""
        return self.t.raw_gaps[i - 1] == ", " and self.is_cap(i)

    def title_in_lower_case(self, k: int) -> bool:
        """True for a title of two words or more at k written as a title is, its second word
        in lower case ("Chủ tịch"; not "Trung Tá" in "Đỗ Trung Tá", a name)."""
        cue = self.cue(k)
        return (
            cue is not None
            and cue.label == "TITLE"
            and len(cue.words) > 1
            and self.words[k + 1][:1].islower()
        )

    def cue_is_title(self, k: int) -> bool:
        cue = self.cue(k)
        return cue is not None and cue.label == "TITLE"


@lru_cache(maxsize=1024)
def _spelling_marks(written: str) -> frozenset[tuple[str, ...]]:
    """The marks of each spelling of an entry written "hải quan|hải quân"."""
    return frozenset(_marks(w) for w in written.split("|"))


@lru_cache(maxsize=4096)
def _marks(words: str) -> tuple[str, ...]:
    """The diacritics of lower-case *words*, in order of letters but for where the tone sits:
    the marks sorted, and one "đ" per "đ" ("hòa" and "hoà" agree; "đã cắm" and "da cam" do
    not)."""
    marks = sorted(c for c in unicodedata.normalize("NFD", words) if unicodedata.combining(c))
    return (*marks, *("đ" * words.count("đ")))
