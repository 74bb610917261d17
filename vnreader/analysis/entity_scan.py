"""The left-to-right pass of the entity recogniser: cues, names and capitalised runs.

See ``entities`` for the rules; organisation and event names are in ``entity_orgs``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from vnreader.analysis.entity_bodies import bodies_joined, unit_of
from vnreader.analysis.entity_context import firm_by_its_money, mentions_sport
from vnreader.analysis.entity_credits import credit_spans, glued_credits
from vnreader.analysis.entity_english import (
    APOSTROPHES,
    CONTRACTED,
    english_around,
    possessed_end,
    possessed_label,
)
from vnreader.analysis.entity_given_alone import SHORT_PLACES
from vnreader.analysis.entity_keys import KOREAN_AND_VIETNAMESE, numbered_key
from vnreader.analysis.entity_orgs import EVENT_SUFFIXES, OrgRules
from vnreader.analysis.entity_state import (
    ADMIN_WORDS,
    BOARD_WORDS,
    COMMON_SURNAMES,
    COMPASS,
    DIRECTIONS,
    ENGLISH_WORDS,
    FUNCTION_WORDS,
    GROUP_SUFFIXES,
    ORG_SUFFIXES,
    PLACE_ABBREVIATIONS,
    PLACE_BEFORE,
    PLURAL,
    SENTENCE_WORDS,
    SHIP_PREFIXES,
    SHIP_WORDS,
    PlaceCue,
    Span,
    english_noun,
    firm_word,
    lettered,
    word_goes_on,
)
from vnreader.analysis.entity_titles import english_titles, quoted_titles
from vnreader.analysis.entity_tokens import (
    KOREAN_SURNAMES,
    LEGAL_FORMS,
    is_acronym,
    is_camel,
    is_roman,
    is_vietnamese,
)
from vnreader.analysis.gazetteer import (
    ADDRESSES,
    PRONOUN_TITLES,
    Phrase,
    both_spellings,
    known_orgs,
    match,
    mined_names,
)
from vnreader.analysis.word_cache import WordCache

# the keys of the planets, the Moon and the Sun in locations.txt (all their spellings), which
# start no list of places
_CELESTIAL = frozenset(
    {"LOC:sao hoa", "LOC:sao kim", "LOC:sao moc", "LOC:sao tho", "LOC:sao thuy", "LOC:trai dat"}
    | {"LOC:sao thien vuong", "LOC:sao hai vuong", "LOC:mat trang", "LOC:mat troi"}
    | {"LOC:he mat troi"}
)
# the word of a cup named by its body or tier ("Cup C1"; misc.txt)
_CUP_WORDS = frozenset({"Cup"})
_MAX_RUN = 6
_MAX_SURNAME_RUN = 4
# the number of a legal text: "22", "07/2023/NĐ-CP", "15/2019/QH14"
_NAME_PARTICLES = frozenset(
    {
        "von",
        "van",
        "der",
        "den",
        "de",
        "da",
        "di",
        "del",
        "della",
        "dos",
        "das",
        "du",
        "bin",
        "ibn",
        "al",
        "el",
        "le",
    }
)
# events named like a currency ("Euro 2004", "tại Euro"; "đồng Euro", "tỷ giá Euro/USD")
_CURRENCY_EVENTS = frozenset({"MISC:euro"})
# words before such a name that make it the currency
_CURRENCY_WORDS = frozenset({"đồng", "giá", "đổi", "bằng"})
# royal titles made of syllables that are also given and middle names ("Hoàng", "Hậu",
# "Thái", "Vương", "Vua"): written capitalised after a surname they are the person's name
_NAME_LIKE_TITLES = frozenset({"vua", "hoàng hậu", "thái hậu", "hoàng thái hậu", "thân vương"})
# verbs that make the place before them the subject of a clause, not an item of a list
_CLAUSE_VERBS = frozenset({"là", "có", "nơi", "từng", "mới", "vẫn", "cũng", "sẽ"})
# words before "dân tộc" that make it the peoples of a place, or a party's name, no nation
_PEOPLES_OF = frozenset({"các", "những", "nhóm", "đảng", "cộng đồng"})
# words that make a country name a language or a people: "tiếng Nga", "người Việt"
_LANGUAGE_PEOPLE = frozenset({"tiếng", "người"})
# currencies named after a country ("đôla Mỹ", "yên Nhật", "bảng Anh", "won Hàn Quốc"): the
# country is part of the money's name, no place (rule 87); "đô la" is two words, "la" here
# ("thủ đô Hà Nội" is no money)
_MONEY_NAMES = frozenset(
    {"đôla", "đô-la", "yen", "rúp", "franc", "peso", "baht", "ringgit", "rupee", "dollar"}
    | {"dinar", "lira", "krone", "shekel"}
)
# money words that are also common words ("chung bảng Việt Nam", "bình yên Hà Nội"), and the
# first word of the country they are the money of: money before it ("yên Nhật", "bảng Anh"),
# or before any country after "đồng", a number or a scale word ("hàng tỷ bảng Ai Cập")
_AMBIGUOUS_MONEY = {"bảng": "anh", "yên": "nhật", "won": "hàn", "bạt": "thái", "rand": "nam"}
# words before "bảng" that make it a league table ("đội đầu bảng Anh")
_TABLE_RANKS = frozenset({"đầu", "chót", "cuối", "nhì", "ba", "dẫn", "chung", "cùng"})
_MONEY_BEFORE = frozenset({"đồng", "nghìn", "ngàn", "triệu", "tỷ", "tỉ", "trăm", "chục", "vạn"})
# surnames written in camel case after a particle ("McCain", "MacArthur", "ElBaradei",
# "DiCaprio", "DeGeneres", "LeBlanc"): a person after a title, not a firm's trade name
_CAMEL_SURNAME = re.compile(r"(?:Mc|Mac|El|Al|Di|De|Da|Du|Le|La|Van|Von)[A-Z][a-z]+$")
# road words before places joined by dashes that name the road ("dự án thành phần Hậu
# Giang - Cà Mau", "đường sắt Hà Nội - Lào Cai", "đoạn Vinh - Hà Tĩnh"); a flight or a match
# between two places names two places ("bay thẳng Hà Nội - Almaty")
_ROUTE_WORDS = frozenset(
    {"cao tốc", "tuyến", "dự án", "tuyến đường", "thành phần", "đường sắt", "đoạn", "kênh"}
    | {"rạch"}  # canals named by their two ends: "kênh Nhiêu Lộc - Thị Nghè"
)
# hotels and resorts: a foreign name a few words after one, then its place, is one place
_VENUES = frozenset({"khách sạn", "resort", "khu nghỉ dưỡng"})
_VENUE_WINDOW = 8
# words before "số 12" that make it a house number ("nhà số 12 Lý Thường Kiệt")
_ADDRESS_WORDS = frozenset({"nhà", "ở", "tại", "chỉ", "sở", "căn", "hộ"})
# words before a number that make it no house number: a rank, a year, an age, a round
_NOT_HOUSE = frozenset(
    {"hạng", "thứ", "lớp", "vòng", "năm", "tuổi", "top", "bảng", "đội", "khóa", "khoá", "kỳ"}
    | {"giải", "tháng", "ngày", "quý", "lần", "trận", "phút", "giờ", "khối", "tổ", "nhóm"}
    | {"đợt", "cấp", "hệ", "sinh", "tập", "phần", "chương", "điều", "khoản", "mục"}
)
_ROUTE_ENDS = frozenset(w.rsplit(" ", 1)[-1] for w in _ROUTE_WORDS)
# titles of people known by two syllables of their name, like a district's ("diễn viên Thái
# Hòa"): after them a district's name is a person's
_STAGE_TITLES = both_spellings(
    {"diễn viên", "ca sĩ", "nghệ sĩ", "nhà văn", "nhà thơ", "nhạc sĩ", "họa sĩ", "nhà báo", "mc"}
    | {"tài tử", "minh tinh", "danh hài", "nghệ sĩ hài", "danh ca", "người mẫu", "siêu mẫu"}
    | {"nhà thiết kế", "ntk", "danh thủ"}
    | {"cầu thủ", "tiền đạo", "tiền vệ", "trung vệ", "hậu vệ", "thủ môn", "tay vợt", "võ sĩ"}
    | {"hlv", "huấn luyện viên", "vđv", "vận động viên"}
)
# what a person says after their name ("Quỳnh Thy cho biết")
_SPEAKING = frozenset(
    {"cho biết", "chia sẻ", "khẳng định", "nhấn mạnh", "bày tỏ", "thừa nhận", "tâm sự"}
    | {"nhận định", "cho rằng", "phát biểu", "tiết lộ", "kể lại", "giải thích", "nhớ lại"}
    | {"khai nhận", "thú nhận"}  # a suspect's words ("Đạt khai nhận")
)
# what makes a name a possessive, part of a firm's or a show's name ("Victoria's Secret")
_APOSTROPHES = ("'", "\u2019")
# forms of address before a given name that is also a head word ("ông Trường", "thầy Hội")
_ADDRESSES = ADDRESSES | {"thầy", "thày"}
# what turns a head word into an office or a member after a form of address ("ông Vụ phó",
# "ông Đảng viên", "ông Ban giám đốc")
_OFFICE_ENDS = frozenset({"trưởng", "phó", "viên", "giám"})
# a closing quote and the comma before who is quoted ('"…", Nam cho biết')
_QUOTE_ENDS = frozenset({'",', "\u201d,", ',"', ",\u201d"})


def _quote_end(gap: str) -> bool:
    """True when the raw *gap* is a closing quote and a comma ('", ', ',” ')."""
    return "," in gap and gap.rstrip() in _QUOTE_ENDS


# words before "làng" that make it an elder of a village or "launch", no village after it
_ELDERS = frozenset({"già", "lão", "trưởng", "trình"})
# who works with a researcher named before them ("Karlson và cộng sự")
_COLLEAGUES = frozenset({"cộng sự", "đồng nghiệp"})
# words before "doanh nghiệp" that make it an office's or a product's enterprises, no firm
# named after it ("phụ trách các doanh nghiệp …", "khách hàng doanh nghiệp", "vốn nhà nước tại
# doanh nghiệp", "quản trị doanh nghiệp", "dành cho doanh nghiệp", "dùng trong doanh nghiệp")
_NO_TRADE_AFTER = frozenset({"tại", "trách", "hàng", "trị", "cho", "trong"})
# countries and continents named short ("các doanh nghiệp Thái", "doanh nghiệp Á - Âu")
_SHORT_REGIONS = SHORT_PLACES | {"Á", "Âu", "Phi"}
# what follows a name of a list after a trade's word ("cửa hàng A, B, C.")
_LISTED_ENDS = frozenset({", ", ".", ")", "...", "; "})
# the first word of what a person does after their name ("Millman nhận định")
_PERSON_VERBS = frozenset(
    {"nói", "kể", "hỏi", "viết", "thừa", "khẳng", "tuyên", "bày", "nhấn", "chia", "nhận"}
    | {"đã", "phải", "thì", "cuối", "thắng"}
)
# what a player does with the ball or to another player, after a foreign word that names
# them ("Benzema lập công", "Casemiro phạm lỗi", "Montella đánh đầu"): a team scores, no team
# heads the ball
_PLAYER_DEEDS = frozenset(
    {"lập công", "phạm lỗi", "đánh đầu", "dứt điểm", "đệm bóng", "cứu thua", "kiến tạo"}
    | {"lốp bóng", "thọc khe", "căng ngang", "đi bóng", "chuyền bóng", "băng xuống"}
)
# a person named by a given name alone as the subject: after a clause's first word, before
# what a person does ("… thì Cường gọi tôi", "Hai đang đứng") ...
_BEFORE_SUBJECT = frozenset(
    {"thì", "nhưng", "khi", "lúc", "mà", "rằng", "là", "nay", "còn", "nên", "vì", "nếu"}
)
_AFTER_SUBJECT = frozenset(
    {"đang", "sẽ", "vẫn", "cũng", "bị", "liền", "vừa", "lặng", "gọi", "yêu", "thản", "dẫn"}
    | {"rủ", "chở", "đưa", "đánh", "đâm", "chém", "giết", "trốn", "bỏ", "mang"}
    | {"cầm", "gây", "khai", "lao", "không", "đã", "chỉ", "lại"}
)
# ... and after the comma of a clause opening the sentence, what a person does but the verbs
# that start a compound with a capitalised word ("Tiếp đó, Thắng cầm …", "Hằng ngày, Thành
# lại …"; not "…, Tình yêu …", a title in a list, nor "Vô cực, Trai gọi Tokyo")
_AFTER_CLAUSE = _AFTER_SUBJECT - {"yêu", "gọi"}
# ... and named as an object ("chở Hai về", "tạm giữ Sáng và Xuân", "của Phúc là")
_BEFORE_OBJECT = frozenset(
    {"của", "với", "cho", "giữ", "bắt", "chở", "thấy", "gặp", "loại", "thì", "lúc", "do"}
)
_AFTER_OBJECT = frozenset({"và", "về", "rồi", "là", "khỏi", "với", "đi", "gây"})
# a court's sentence after a convict's given name ("phạt Hùng 12 năm tù", "Tú chung thân",
# "Lâm án tử hình", "Dương mức án 5 năm"), and how far back its "phạt" may stand
_TERM_UNITS = frozenset({"năm", "tháng"})
_SENTENCE_KINDS = frozenset({"mức", "án", "chung", "tử"})
_SENTENCE_LIST_REACH = 40
# ... and what follows a second person after "và" ("Lực và Vượng để …", "Linh và Thành ở …")
_AFTER_SECOND = _AFTER_SUBJECT | _AFTER_OBJECT | {"để", "đều", "đã", "cùng", "ở", "tại", "được"}
# a place word right before a name, anywhere in a text: the name is a place there
_PLACE_WORD_BEFORE = (
    r"(?:(?<!\w)(?i:thành phố|tỉnh|huyện|quận|thị xã|thị trấn|xã|phường)\s+|\bTP\.?\s*)"
)
_MAX_PAIRED = 4  # words of a place paired with a given name by "và"
_HYPHEN_PARTICLES = frozenset({"al", "el"})
# common nouns of firms that describe a name after a comma ("Archegos, công ty môi giới")
_FIRM_NOUNS = frozenset(
    {"hãng", "công ty", "tập đoàn", "ngân hàng", "quỹ", "nhà sản xuất", "nhà mạng", "tờ báo"}
    | {"nhà bán lẻ", "chuỗi", "nền tảng", "trang tin", "tổ chức", "tờ", "hãng tin"}
)
# ... that describe only after "một" ("Jihad, một tổ chức …"; "…, tổ chức đối lập X nói")
_FIRM_NOUNS_AFTER_ONE = frozenset({"tổ chức", "chuỗi", "nền tảng", "tờ"})
# words after a firm's noun that make it a clause's subject, no description
_CLAUSE_GOES_ON = frozenset(
    {"đã", "đang", "sẽ", "cũng", "vừa", "này", "đó", "nói", "cho", "còn", "vẫn", "thì"}
    | {"lại", "mới", "không", "chưa", "có", "là", "được", "bị"}
)
# words that open an adverbial clause: a name in one is no subject a comma describes
_CLAUSE_OPENERS = frozenset(
    {"Khi", "Để", "Nhờ", "Dưới", "Tại", "Ở", "Với", "Trong", "Theo", "Cùng", "Sau", "Trước"}
    | {"Từ", "Vì", "Do", "Nếu", "Ngoài", "Trên", "Qua", "Đối", "Giữa", "Thay", "Bên", "Cho"}
)
# words before "căn cứ" that make it a military base, not "on the grounds of"
_BASE_BEFORE = frozenset(
    {"tại", "ở", "từ", "về", "xuống", "đến", "tới", "gần", "rời", "của", "trong", "khỏi"}
    | {"quanh", "vào", "kích", "công", "chiếm", "thăm", "lên", "sang"}
)
# particles that stand in people's names only ("Osama bin Laden", "Ludwig van Beethoven")
PERSON_PARTICLES = frozenset({"bin", "ibn", "van", "von"})
_KEEP_PENDING = frozenset({"tại", "nước"})
_WARDS = frozenset({"Phường", "Quận"})  # capitalised before their number in an address
# words that qualify a person's title before the person ("ca sĩ trẻ Khánh Linh", "hoa hậu
# chuyển giới Hương Giang", "nhạc sĩ lão thành X"): the title still waits for its person
_MANY_TITLED = PLURAL | {"nhóm", "đội", "đoàn"}  # before a title: people, no one person
_TITLE_MODIFIERS = frozenset(
    {"trẻ", "nhí", "lão thành", "chuyển giới", "nổi tiếng", "tài năng", "tài hoa", "kỳ cựu"}
    | {"gạo cội", "trẻ tuổi", "quá cố", "đình đám", "xinh đẹp", "điển trai", "lừng danh"}
    | {"đa tài", "tân binh", "cao tuổi", "lão luyện", "tuổi teen", "trẻ măng", "kì cựu"}
)
_LIST_GOES_ON = frozenset({"và", "hay", "hoặc", "cùng"})  # a list goes on after them
# prepositions that open a sentence with a place before its comma ("Trên sân San Siro, …")
_OPENING_PREPOSITIONS = frozenset({"tại", "trên", "ở", "trong", "từ", "tới", "đến", "về"})
# lower-case words that a look may do more with than the step over lower-case words does,
# even with no cue and no name at them: a title waits over "nước" (``_KEEP_PENDING``), "quốc"
# may be the chamber ("chủ tịch quốc hội"); kept looked at, whatever follows
_LOOKED_AT = _KEEP_PENDING | {"quốc"}
# how large a body its head word names: a smaller unit before a larger one after a comma is
# one name ("Khoa Nhi, Bệnh viện Bạch Mai")
_UNIT_RANKS = {
    "khoa": 1,
    "phòng": 1,
    "trung tâm": 1,
    "bộ môn": 1,
    "trường": 2,
    "trường đại học": 2,
    "viện": 2,
    "bệnh viện": 2,
    "đại học": 3,
    "học viện": 3,
    "viện hàn lâm": 3,
    "bộ": 4,
}
# place words that count as cues only next to certain neighbours, by how (one table):
# - "ends": not after these words, which it ends ("yêu cầu", "nhu cầu": no bridge; "tàu sân
#   bay", an aircraft carrier: no airport);
# - "after": only after these words (a village of the northern mountains, "tại bản Kẻ Sùng",
#   not a copy or a version, "bản Windows 11");
# - "village": only before a name of letters ("làng Vân Nội", "bãi Đá Ba Đầu"; not "làng F1",
#   "làng SOS").
# The first two hold for the word in lower case only: capitalised, it starts a name
_NEIGHBOURS: dict[str, tuple[str, frozenset[str]]] = {
    "cầu": (
        "ends",
        frozenset({"yêu", "nhu", "toàn", "khẩn", "thỉnh", "địa", "hình", "mắt", "bán", "quả"}),
    ),
    "sân": ("ends", frozenset({"tàu"})),
    "bản": ("after", frozenset({"tại", "ở", "trú", "thuộc"})),
    "làng": ("village", frozenset()),
    "bãi": ("village", frozenset()),
}
# a place word that ends a common word: "bà xã" (wife), "đông đảo" (many), "lừa đảo" (fraud)
_WORD_ENDS = frozenset({("bà", "xã"), ("ông", "xã"), ("đông", "đảo"), ("lừa", "đảo")})
# words before "xứ" that make it no region: "giáo xứ" (a parish), "bản xứ" (native)
_NOT_REGION = frozenset({"giáo", "bản", "xa", "tha", "biệt"})
# the prefixes of merchant ships' names ("motor vessel"), ships only after a ship's word: "tàu
# cứu hộ MV Swift Rescue", "thuyền MV Joyita"; elsewhere "MV" is a music video
_MERCHANT_PREFIXES = frozenset({"MV", "MT", "SS", "RV"})
# place words that are part of the name even in lower case: "miền Đông Nam Bộ"
_WHOLE_CUES = frozenset({"miền"})
# place words capitalised out of respect, never part of the name: "Thủ đô Bangkok" is the
# place "Bangkok" like "thủ đô Bangkok" (guideline rule 15), where "Phố Wall" is written whole
_HONOURED_CUES = frozenset({"thủ đô"})
# the letters of a house's number written apart from it ("72 A", "15 B")
_HOUSE_LETTERS = frozenset("ABCDEFGH")
# lower-case words that carry a venue's name on after its capitalised words ("bảo tàng
# Blanchard de la Brosse", "bảo tàng Victoria và Albert")
_VENUE_NAME_GOES_ON = frozenset({"de", "la", "le", "du", "van", "von", "và", "and", "of", "&"})
# the last words of who owns, runs or works at a venue named after them ("ông chủ bảo tàng
# Chris Davidson", "giám đốc nhà hát …"): the person's name follows, not the venue's
_STAFF_ENDS = frozenset({"chủ", "đốc", "lý", "viên", "tịch", "trưởng"})
# bodies written short that name nothing alone (GUIDELINE rule 73c: "theo VKS") but name one
# with its place after them ("VKS Tu Mơ Rông", "TCT Licogi" is a name of its own)
_SHORT_BODIES = frozenset({"VKS"})
# the fields of the departments of a district's people's committee and of a police force,
# after "Phòng" ("Phòng Tài nguyên và Môi trường huyện Gia Lâm"); "Phòng" is no head of its
# own (a room, "Phòng chống dịch"), only before these
_DEPARTMENTS = both_spellings(
    {"nội vụ", "tư pháp", "tài chính", "tài nguyên", "lao động", "văn hóa", "y tế"}
    | {"giáo dục", "nông nghiệp", "kinh tế", "quản lý", "dân tộc", "công chứng", "cảnh sát"}
    | {"an ninh", "kế hoạch", "tổ chức", "thanh tra", "công thương", "hạ tầng"}
    # ... and of a school's, a firm's or an army's offices ("Phòng Đào tạo", "Phòng Tình báo")
    | {"đào tạo", "kỹ thuật", "tình báo", "thi hành", "nghiên cứu", "pháp chế", "tổng hợp"}
    | {"thông tin", "tư vấn", "công tác", "giao thông", "du lịch", "đăng ký"}
)
_DEPARTMENT = Phrase(("phòng",), (), "HEAD", "")
# words before a direction that make it relative or no direction: "phía Tây Ukraine",
# "Thế vận hội mùa Đông Bắc Kinh" (winter)
_RELATIVE = frozenset({"phía", "hướng", "mùa"})
# words before a direction that name a region, not a place's name ("miền Nam", "phía Tây";
# "vực" is the last word of "khu vực")
_REGION_HEADS = _RELATIVE | {"miền", "vùng", "mạn", "bờ", "cực", "vực", "hai"}
# acronyms of two senses, the gazetteer's and another the text tells by its words: "DOC", the
# code of conduct in the East Sea (misc.txt), is the US Department of Commerce in trade news
# ("DOC ra phán quyết về thuế chống bán phá giá tôm")
_SENSES: dict[str, tuple[str, str, tuple[str, ...], tuple[str, ...]]] = {
    "DOC": ("ORG", "ORG:doc", ("bán phá giá", "thuế", "Bộ Thương mại"), ("Biển Đông", "COC")),
}
# what may stand before the house number of an address, and after its street
_BEFORE_HOUSE = (",", "(", ":", "-", "–")
# a text about shares: the words that name them, or a listed ticker's code ("mã")
_SHARES = re.compile(r"(?i)\bcổ phiếu\b|\bmã (?:chứng khoán|cổ phiếu|CK)\b|\bHOSE\b|\bHNX\b")
# words "kim" starts ("kim ngạch", "kim loại", "kim cương"): no "Mỹ kim" before them
_KIM_WORDS = frozenset({"ngạch", "loại", "cương", "chỉ", "khí", "tuyến", "tiêm", "châm"})
# currencies written by their ISO codes: no stock's ticker beside them ("USD, EUR, JPY")
_CURRENCY_CODES = frozenset({"USD", "EUR", "JPY", "GBP", "CNY", "VND", "AUD", "CAD", "CHF"})
_AFTER_STREET = frozenset({", ", " (", " - ", " – ", "("})
# words numbered by a Roman numeral: a capital letter after them is the number ("khóa X")
_NUMBERED = frozenset({"khóa", "khoá", "thứ", "kỳ", "kì", "lần", "phần", "tập", "chương"})
# the sentence words that point ("Đây là …", "Đó là …"): before a lower-case word no name
# ends with one, not even one a title announces ("Quốc vương Norodom Sihamoni Đây là chuyến
# thăm …", a dot lost); before a comma it may end one ("ông Nguyễn Đây, Trưởng …")
_POINTING = frozenset({"Đây", "Đó", "Này"})
# sentence words that also name a beach, a hamlet or a river by its side ("bãi Sau", "thôn
# Trong", "sông Trong"), after the place words that name places so; after the others they
# open a sentence whose dot was lost ("… Long Thành TTO - Trước thông tin …")
_SIDES = frozenset({"Sau", "Trước", "Trong", "Ngoài", "Giữa", "Trên", "Dưới"})
_SIDE_PLACES = frozenset({"bãi", "thôn", "xóm", "ấp", "làng", "sông", "hòn", "bến", "đầm", "bản"})
# verbs and particles that open a sentence after a full stop, never a name's next part
_OPENS_SENTENCE = frozenset({"Có", "Không", "Là", "Đã", "Cũng", "Rồi", "Thì", "Mà"})
# words that lead to a place: after them a place cue names the place, whoever was named before
_GOES_TO = frozenset({"ở", "tại", "về", "đến", "từ", "qua", "thăm"})
# of those, the two that say where something is ("tại Kigali", "ở Cambridge")
_AT = frozenset({"tại", "ở"})
# the last word of a vaccine cue ("vaccine", "vắc xin", "vắc-xin"): a known body's name right
# after it names the vaccine ("vaccine Sputnik", MISC), its maker comes after "của" or "do"
_VACCINE_ENDS = frozenset({"vaccine", "xin", "vắc-xin"})
# kinship and address words before a person's name: a firm named like a person after them
# is the person ("anh Bảo Việt", "em Tân Hoàng Minh")
_KIN_WORDS = PRONOUN_TITLES | {"em", "cháu"}
# nouns that end in one of them and address nobody ("Quỹ Nhi đồng trẻ em Liên Hợp Quốc")
_KIN_NOUNS = frozenset({"trẻ em", "con cháu", "anh em", "chị em"})
# the form of a state before its name, one LOC with it (rule 14): "Cộng hòa Sudan", "Vương quốc
# Campuchia"; "Vương Quốc Anh", capitalised, may be a person's name
_STATE_FORMS = {"Cộng": ("hòa", "hoà", "Hòa", "Hoà"), "Vương": ("quốc",)}
# place cues that a number may name: "quận 2", "phường 5", "thôn 3", "quốc lộ 1A"
_NUMBERED_PLACES = frozenset(
    {"quận", "phường", "thôn", "ấp", "xóm", "khóm", "khu phố", "quốc lộ", "tỉnh lộ", "đường"}
    | {"hẻm", "ngõ", "đại lộ", "đường tỉnh"}
)
# the words before "Đoàn" that make it the Youth Union, not a person's surname
_YOUTH_UNION = (["bí", "thư"], ["trung", "ương"])
# a department and its ministry joined by a dash are one name ("Cục Quản lý Dược - Bộ Y tế"),
# and after a comma ("Cục Lãnh sự, Bộ Ngoại giao")
_DASH_RANKS = {**_UNIT_RANKS, "cục": 3, "vụ": 3, "tổng cục": 3}
_MODEL_WORDS = frozenset(
    {"Pro", "Max", "Plus", "Ultra", "Mini", "Lite", "Air", "Fold", "Flip", "Note", "Tab", "Edge"}
)
_MODEL_CODE = re.compile(r"[A-Z]{0,2}\d{1,3}[a-z]?|[A-Z]")
# a company's officers: a lone foreign word after them names the company ("CEO Apple")
_BUSINESS_TITLES = frozenset(
    {"tgđ", "gđ", "pgđ", "ceo", "giám đốc", "tổng giám đốc", "phó tổng giám đốc", "tổng gđ"}
    | {"giám đốc điều hành", "nhà sáng lập", "người sáng lập", "đồng sáng lập", "chủ tịch hđqt"}
)
# the last words of an officer's title and of "chủ tịch": the only words before a firm's
# name that a title may end with (a cheap test before the others)
_OFFICER_ENDS = frozenset(t.rsplit(" ", 1)[-1] for t in _BUSINESS_TITLES) | {"tịch"}
# a short aside in brackets between two names of a list: "Federer (783 trận thắng), Djokovic"
# abbreviations written before a name and not part of it: "TT Bush" (tổng thống), "giá CP
# Vinafco" (cổ phiếu)
_LEADING_ABBREVIATIONS = frozenset({"TT", "CP"})
# words after the object of "bầu" (to elect) that say it is elected to or as something
_ELECTED_INTO = frozenset({"vào", "làm", "là", "giữ", "tái", "lại", "thêm", "đứng"})
# common nouns written short that open no name: "ĐT" (đội tuyển, điện thoại), "ĐTQG", "ĐTVN",
# "MV" (a music video: "MV Jealous của Nick Jonas"; a ship's "MV" is read before);
# the name after them stands alone ("ĐT Anh": the country's team, LOC like "đội tuyển Anh",
# guideline rule 40; "ĐTQG Huỳnh Anh": a player)
_BARE_SHORTS = frozenset({"ĐT", "ĐTQG", "ĐTVN", "MV"})
# words of address that, capitalised inside a sentence before a surname, open a person's name
# whose sentence lost its start ("… chất lượng Ông Đặng Như Bằng"; "Mẹ Kim Kardashian")
_KIN_BEFORE_NAMES = frozenset(
    {"Ông", "Bà", "Mẹ", "Bố", "Cha", "Chị", "Chú", "Bác", "Cụ", "Thầy", "Cô", "Vợ", "Chồng"}
)
_ASIDE = re.compile(r" ?\([^()\n]{1,40}\), ")
_MAX_ASIDE = 8
# words before a Roman numeral that number a part of a text ("Điều IV"), not a name
_TEXT_PARTS = frozenset({"điều", "chương", "khoản", "phần", "mục", "phụ lục"})
# the signs that end a clause before a word (``Scan.clause_start``)
_CLAUSE_MARKS = frozenset('.,;:!?"\u201c\u201d\n(')
_VIET_MARKS = re.compile("[ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ]")


# school levels written short before the person a school is named after
_SCHOOL_ACRONYMS = frozenset({"THPT", "THCS", "PTTH", "PTCS", "PTDTNT", "TH", "ĐH", "CĐ", "MN"})


# how Vietnamese companies' trade names are made: "Vina…", "Viet…" before, and
# a short form of their trade after ("Sawaco", "Vilexim", "Imexpharm", "Vinatex")
_COMPANY_PREFIXES = ("Vina", "Viet")
_COMPANY_SUFFIXES = (
    *("aco", "beco", "mex", "xim", "tex", "pharm", "bank", "mart", "corp", "nex", "soft"),
    *("milk", "steel", "comin", "glacera"),
)


def _company_shaped(word: str) -> bool:
    """True for one foreign-looking word made like a Vietnamese company's trade name."""
    return (
        len(word) > 4
        and not word.startswith("Vietnam")  # the country, its people and language
        and (word.startswith(_COMPANY_PREFIXES) or word.endswith(_COMPANY_SUFFIXES))
    )


def _plain_word(word: str) -> bool:
    """True for a capitalised Vietnamese word that no list names alone: one capital, then
    lower case (no acronym, no CamelCase), Vietnamese syllables, and neither a mined name nor a
    known club or company (``Scan.mined``). "Trong", "Theo", "Những" opening a sentence."""
    return (
        len(word) > 1
        and word[0].isupper()
        and word[1:].islower()
        and is_vietnamese(word)
        and word not in mined_names().labels
        and word not in known_orgs()
    )


# most capitalised runs are one such word opening a sentence (``Scan.plain_alone``)
_PLAIN_WORDS = WordCache(_plain_word)


class Scan(OrgRules):
    """The pass over one text; :meth:`run` returns the spans, :attr:`leftovers` the rest."""

    _sport: bool | None = None  # a sports text (``mentions_sport``), asked once if at all

    def run(self) -> list[Span]:
        glued = glued_credits(self)
        self.breaks = frozenset(e for _, e, _, _ in glued) | self.t.glued
        i = 0
        pending = False  # a person cue was seen and its person has not come yet
        title_end = -1  # where the last title ended
        one_titled = True  # the last title names one person ("ca sĩ", not "các ca sĩ")
        place: PlaceCue | None = None  # the last name cue ("huyện", "tại"): see ``PlaceCue``
        # where the last language or people named ended ("tiếng Anh|, Pháp"), and whether a
        # comma goes on with the list (after "tiếng"; "người Hàn Quốc, Hà Nội FC" is no list)
        languages = (-1, False)
        n = self.n
        interesting = self.g.lower_starts
        cues = self.g.cues
        names = self.g.names
        # the token lists every rule below reads, as local names (the loop visits a fifth of
        # the tokens and reads them many times each)
        words, gaps, lowers, blocked = self.words, self.gaps, self.lowers, self.blocked
        breaks = self.breaks
        # the tokens worth a look: capitals and words that start a cue or a name here; the
        # others are skipped in one step. A lower-case word that starts a longer cue or name
        # only before certain words ("công ty", "thành phố") is worth none without them: a
        # look would find no cue and no name and end as the step does (but for the words of
        # ``_LOOKED_AT`` and a figure's words)
        singles = self.g.lower_singles
        last = n - 1
        cand = [
            k
            for k, w in enumerate(words)
            if w[0].isupper()
            or (
                w in interesting
                and (w not in singles or (k < last and not words[k + 1][0].islower()))
                and (
                    w in _LOOKED_AT
                    or blocked[k]
                    or match(cues, lowers, gaps, k) is not None
                    or (w in names and match(names, words, gaps, k) is not None)
                )
            )
        ]
        cand.append(n)
        ci = 0
        while i < n:
            if i > 0 and (
                not (gaps[i - 1] in (" ", "-") or (gaps[i - 1] == "." and len(words[i - 1]) == 1))
                or i in breaks
            ):
                pending = False
                if place is not None and not self.list_continues(i):
                    place = None
            word = words[i]
            capital = word[0].isupper()
            if not capital and word not in interesting:
                # most words: lower case, no cue, no name starts here
                while cand[ci] <= i:
                    ci += 1
                nxt = cand[ci]
                if (
                    pending
                    and i == title_end
                    and one_titled
                    and nxt - i <= 2
                    and " ".join(lowers[i:nxt]) in _TITLE_MODIFIERS
                    and all(gaps[t] == " " for t in range(i, nxt))
                ):
                    i = title_end = nxt  # "ca sĩ trẻ Khánh Linh": the title waits on
                    continue
                if pending or place is not None:  # only just after a cue
                    for t in range(i, nxt):
                        if words[t] not in _KEEP_PENDING or (t + 1 < nxt and gaps[t] != " "):
                            pending = False
                        if words[t] != "và":
                            place = None
                        if not pending and place is None:
                            break
                i = nxt
                continue
            if blocked[i]:
                pending = False
                i += 1
                continue
            if capital:
                # roads, regions, clubs, states and abbreviated places: each of these rules
                # names a capitalised word, so lower-case words (half the tokens looked at)
                # pass them in one test
                if i > 1 and lowers[i - 1] in _ROUTE_ENDS:
                    route = self.route_chain(i)
                    if route is not None:  # "cao tốc Cam Lộ - La Sơn": one road, one place
                        self.emit(i, route, "LOC")
                        i = route
                        place = None  # the road's cue is spent: "… - Lạng Sơn Trần Văn A"
                        pending = False
                        continue
                if i > 0 and words[i - 1] == "xứ" and gaps[i - 1] == " " and self.is_cap(i):
                    region = self.region_end(i)
                    if region is not None:  # "xứ Nghệ", "xứ Wales" (rule 41a)
                        self.emit(i, region[0], "LOC", region[1])
                        i = region[0]
                        continue
                if word == "FC" and i + 1 < n and gaps[i] == " " and self.is_cap(i + 1):
                    # "FC Bayern", "FC Tokyo": the club, like "CLB X"; a known name ends it ("FC
                    # Bayern Thomas Tuchel") and a club's known name gives its key
                    known = self.name(i + 1)
                    end = self.run_end(i + 1) if known is None else i + 1 + len(known.words)
                    key = known.key if known is not None and known.label == "ORG" else ""
                    self.emit(i, end, "ORG", key)
                    i = end
                    continue
                if word in _STATE_FORMS and i + 2 < n and words[i + 1] in _STATE_FORMS[word]:
                    state = self.name(i + 2) if gaps[i + 1] == " " else None
                    if state is not None and state.label == "LOC" and gaps[i] == " ":
                        end = i + 2 + len(state.words)  # "Cộng hòa Sudan", "Vương quốc Campuchia"
                        self.emit(i, end, "LOC", state.key)
                        i = end
                        continue
                if word.startswith("QL"):
                    road = self.road_code(i)
                    if road is not None:  # "QL1A", "QL 14": a national road, keyed as written out
                        number = word[2:] if road == i + 1 else words[i + 1]
                        self.emit(i, road, "LOC", f"LOC:quoc lo {number.lower()}")
                        i = road
                        continue
                if word in PLACE_ABBREVIATIONS and self.name(i) is None:
                    where = self.abbreviated_place(i)
                    if where is not None:  # "TP. Đà Nẵng", "Q.1", "P.Bến Nghé"
                        self.emit(where[0], where[1], "LOC")
                        i = where[1]
                        continue
            elif word == "quốc":
                chamber = self.lower_case_chamber(i)
                if chamber is not None:  # "Chủ tịch quốc hội"
                    self.emit(i, chamber, "ORG")
                    i = chamber
                    continue
            cue = self.cue(i) if lowers[i] in cues else None
            if cue is not None and lowers[i] in _NEIGHBOURS and not self.neighbours_fit(i, cue):
                cue = None  # "yêu cầu", "cài bản Windows 11", "làng F1": no place
            if (
                cue is None
                and word == "Phòng"
                and (self.department(i + 1) or self.known_field(i, i + 1, _DEPARTMENT) is not None)
            ):
                # "Phòng GD&ĐT quận Thanh Xuân", "Phòng quản lý đô thị quận 11" (a known
                # field and its place); not "Phòng chống dịch"
                cue = _DEPARTMENT
            if cue is not None and cue.label != "TITLE" and word in names:
                known = self.name(i)
                if known is not None and len(known.words) >= len(cue.words):
                    cue = None  # a known name that starts like a cue: "Trường Sa", "Bộ Chính trị"
            elif cue is not None and word in names and lowers[i] in self.g.pronoun_titles:
                known = self.name(i)
                if known is not None and known.label == "LOC" and len(known.words) > 1:
                    cue = None  # "(Bà Rịa - Vũng Tàu)", "Cô Tô": a place, not "Bà" + a name
            if (
                cue is not None
                and cue.label == "NAME"
                and cue.key == "ORG"
                and not self.trade_cue_fits(i, i + len(cue.words), cue)
            ):
                cue = None  # "nhà doanh nghiệp X", "các doanh nghiệp Thái": no trade's name
            if cue is not None:
                j = i + len(cue.words)
                if cue.label == "TITLE":
                    pending = True
                    j = self.board_after(j)  # "Phó Chủ tịch HĐQT Tập đoàn X": part of the title
                    if self.title_ends_in_head(j):
                        i = j - 1  # "Trưởng Ban Chỉ đạo": "Ban" heads an organisation
                        continue
                    if j < n and gaps[j - 1] == " ":
                        office = self.match_lower(self.g.portfolios, j)
                        if office is not None and not self.office_is_org(j, len(office.words)):
                            j += len(office.words)
                    # "nhóm kỹ sư trẻ Vitek", "các ca sĩ trẻ …": no one person waits
                    one_titled = not (i > 0 and lowers[i - 1] in _MANY_TITLED)
                    i = title_end = j
                    continue
                if cue.label == "NAME":
                    if pending and cue.key == "LOC" and i > 0 and lowers[i - 1] in _GOES_TO:
                        pending = False  # "Ông ở thôn Lê Xá": the name is the hamlet's
                    elif pending and cue.key == "ORG" and i == title_end:
                        # "trùm giáo phái Aum", "phóng viên tờ Le Monde": the body's name,
                        # not the titled person's
                        pending = False
                    elif pending and i == title_end and lowers[i] in _AT:
                        # "Tổng thống và phu nhân tại Điện Elysee": the place the people are
                        # at ("Đại sứ Palau tại Việt Nam X" names its person after the place)
                        pending = False
                    if self.numbered_place(j, cue):
                        self.emit(i, j + 1, "LOC")  # "quận 2", "thôn 3", "quốc lộ 1A"
                        i = j + 1
                        continue
                    if (
                        " ".join(cue.words) in _WHOLE_CUES
                        and j < n
                        and gaps[j - 1] == " "
                        and self.is_cap(j)
                    ):
                        end = self.place_run(j)  # "miền Đông Nam Bộ": "Đông Nam Bộ" is no name
                        end = self.direction_pair(end)
                        if words[j] in DIRECTIONS:
                            # "miền Nam Trung Quốc", "miền Tây châu Phi": the region of a
                            # country or a continent, one place with "miền" (guideline 101)
                            end = max(end, self.direction_place(j, None, region=True))
                        self.emit(i, end, "LOC")
                        i = end
                        continue
                    airport = self.airport(i, j, cue)
                    if airport is not None:  # "sân bay Quốc tế Đà Nẵng" (rules 80, 82)
                        self.emit(*airport, "LOC")
                        i = airport[1]
                        continue
                    if words[i][0].islower() and self.honoured_cue(j):
                        # "vùng Thủ đô" is the capital's region, whole ("Thủ đô" alone names
                        # nothing, like "Bắc" of "miền Bắc"); "đường phố Thủ đô" names none
                        if " ".join(cue.words) == "vùng" and not self.honoured_cue(j, named=True):
                            self.emit(i, j + 2, "LOC")
                        place = ("LOC", False, j)  # "tại Thủ đô Bratislava": the capital's name
                        i = j + 2
                        continue
                    if (
                        words[i][0].islower()
                        or cue.weak
                        or self.capital_cue(i, j, cue)
                        or " ".join(cue.words) in _HONOURED_CUES  # "Thủ đô Bangkok"
                    ):
                        # "rời khỏi nhà hàng, Vương Phi …": a cue with no name after it
                        # announces nothing
                        place = (cue.key, cue.weak, i) if j < n and gaps[j - 1] == " " else None
                        if cue.words == ("căn", "cứ") and not self.military_base(i):
                            place = None  # "căn cứ Quy định số 5": on the grounds of a text
                        i = j
                        continue
                    if (
                        (cue.part_of_name or self.written_whole(i, cue))
                        and j < n
                        and gaps[j - 1] == " "
                        and self.is_cap(j)
                    ):
                        # "Vịnh Hạ Long", "Sông Hồng", "Phố Wall", "Khu kinh tế Nhơn Hội"
                        end = self.run_end(j, named=cue.key == "LOC")
                        self.emit(i, end, cue.key)
                        i = end
                        continue
                elif (place_end := self.place_named_like_head(i, cue, place)) is not None:
                    self.emit(i, place_end, "LOC")  # "đường Trường Chinh", "thôn Trường Long"
                    i = place_end
                    place = None
                    continue
                elif self.head(i, j, cue, pending):
                    i = self.spans[-1][1]
                    place = None
                    continue
                elif (
                    not pending
                    and cue.words in self.g.place_heads
                    and not self.staff_before(i)
                    and all(w.islower() for w in words[i:j])
                    and (end := self.venue_name_after(j)) > j
                ):
                    # "tại nhà thi đấu Phan Đình Phùng", "nhà hát Trần Hữu Trang": a venue
                    # named after a person, the lower-case head left out (guideline rule 15);
                    # not after a title ("ông chủ bảo tàng Chris Davidson")
                    self.emit(j, end, "LOC")
                    # "nhà hát Duyệt Thị Đường và Minh Khiêm Đường": a second venue; not a list
                    # after a comma ("Tại bảo tàng Louvre, Ngọc Anh chụp ảnh")
                    joined = end < n and gaps[end - 1] == " " and lowers[end] == "và"
                    place = ("LOC", False, i) if joined else None
                    i = end
                    continue
                elif capital and pending and self.addressed_by_head_word(i, j):
                    self.emit(i, j, "PER")  # "ông Trường nói", "thầy Hội chia sẻ": a given name
                    pending = False
                    i = j
                    continue
                elif capital:
                    i = j  # a head with no name ("Chính phủ", "Đảng"): not an entity
                    continue
            if capital and word in _SCHOOL_ACRONYMS and i + 1 < n and gaps[i] == " ":
                school = self.name(i + 1) if words[i + 1] in names else None
                if (
                    school is not None
                    and school.label == "LOC"
                    and (school.key[4:] in self.g.districts or school.key[4:] in self.g.provinces)
                ):
                    end = i + 1 + len(school.words)  # "trường THPT Văn Giang": the school
                    self.emit(i, end, "ORG")
                    i = end
                    continue
            phrase = self.name(i) if word in names else None
            if phrase is not None and word in _CUP_WORDS and i > 0 and words[i - 1] == "Siêu":
                phrase = None  # "Siêu Cup UEFA": the Super Cup, not the UEFA Cup
            if (
                phrase is not None
                and lowers[i] == "miền"
                and len(phrase.words) == 2
                and words[i + 1] in DIRECTIONS
            ):
                end = self.direction_place(i + 1, None, region=True)
                if end:  # "miền Nam Trung Quốc", "miền Tây châu Phi": one place (guideline 101)
                    self.emit(i, end, "LOC")
                    i = end
                    continue
            # "Trung" is left out: "Trung - Mỹ", "quan hệ Trung Nhật" pair China with a country
            if capital and word in COMPASS and not pending:
                end = self.direction_place(i, phrase)
                if end:  # "Bắc Iraq", "Nam Trung Quốc": a part of a country, one place
                    self.emit(i, end, "LOC")
                    i = end
                    continue
            if phrase is not None and i + 1 < n and self.acronym_pair(i + 1, enclosed=True):
                phrase = None  # "(QH-KT)": one acronym, not "QH" (Quốc hội) and "KT"
            if (
                phrase is not None
                and pending
                and phrase.label == "LOC"
                and len(phrase.words) == 1
                and lowers[i - 1] in self.g.pronoun_titles
                and gaps[i - 1] == " "
            ):
                phrase = None  # "ông Mỹ", "bà Nga", "anh Đức cho biết": a given name
            if (
                phrase is not None
                and pending
                and phrase.label == "LOC"
                and len(phrase.words) == 1
                and lowers[i - 1] == "bầu"
                and gaps[i - 1] == " "
                and not (i + 1 < n and gaps[i] == " " and lowers[i + 1] in _ELECTED_INTO)
            ):
                # "bầu Đức chi 240 tỷ đồng", "HAG của bầu Đức": a club's owner; "bầu Đức vào Hội
                # đồng Nhân quyền" elects Germany
                phrase = None
            if (
                phrase is not None
                and pending
                and phrase.label == "ORG"
                and lowers[i - 1] in _KIN_WORDS
                and gaps[i - 1] == " "
                and (i < 2 or f"{lowers[i - 2]} {lowers[i - 1]}" not in _KIN_NOUNS)
                and self.given_name_shaped(i, len(phrase.words))
            ):
                phrase = None  # "anh Bảo Việt cho biết": a person, not the insurer
            if (
                phrase is not None
                and pending
                and phrase.label == "ORG"
                and len(phrase.words) == 1
                and lowers[i - 1] in ("ông", "bà")
                and gaps[i - 1] == " "
                and not word.isupper()
                and not is_vietnamese(word)
            ):
                phrase = None  # "ông Bloomberg", "ông Wagner": a person named like a firm
            if phrase is not None and phrase.label == "LOC" and self.named_person(i, phrase):
                phrase = None
            if (
                phrase is not None
                and phrase.label == "PER"
                and place is not None
                and place[:2] == ("LOC", False)
                and not pending
                and gaps[i - 1] == " "
                and 0 < i - place[2] <= 3
                and all(words[k].islower() for k in range(place[2], i))
                # not "con đường Nguyễn Ái Quốc đã chọn": a road figurative, its person's
                and not (place[2] > 0 and lowers[place[2] - 1] == "con")
            ):
                # "đường Nguyễn Ái Quốc", "đường Bà Huyện Thanh Quan": a street named after a
                # person the gazetteer knows, whole
                self.emit(i, i + len(phrase.words), "LOC")
                i += len(phrase.words)
                place = None
                continue
            if phrase is not None and phrase.key in _CURRENCY_EVENTS and self.currency(i, phrase):
                i += 1  # "đồng Euro", "tỷ giá Euro/USD": the currency, no entity
                continue
            if phrase is not None and phrase.label == "LOC":
                if self.money_country(i):  # "đôla Mỹ", "yên Nhật": the currency (rule 87)
                    i += len(phrase.words)
                    continue
                if (self.nationality(i) and not self.residents(i, phrase)) or self.nation_as_people(
                    i, phrase
                ):
                    # "tiếng Nga", "người Việt", "dân tộc Việt Nam": no entity (rules 40, 84)
                    languages = (i + len(phrase.words), lowers[i - 1] == "tiếng")
                    i += len(phrase.words)
                    continue
                if self.language_listed(i, len(phrase.words), languages):  # "tiếng Anh, Pháp"
                    languages = (i + len(phrase.words), languages[1])
                    i += len(phrase.words)
                    continue
            if (
                phrase is not None
                and place is not None
                and place[0] == "MISC"
                and not place[1]
                and phrase.label != "MISC"
                and i + len(phrase.words) < n
                and self.is_cap(i + len(phrase.words))
                and gaps[i + len(phrase.words) - 1] == " "
            ):
                phrase = None  # "học bổng Australia Awards": the cue decides
            if (
                phrase is not None
                and place is not None
                and phrase.label == "ORG"
                and lowers[i - 1] in _VACCINE_ENDS
                and gaps[i - 1] in (" ", "-")
            ):
                phrase = None  # "vaccine Sputnik": the vaccine (MISC, rule 17), not the agency
            if phrase is not None:
                j = i + len(phrase.words)
                if phrase.label == "ORG":
                    end = self.place_after(j)
                    if (
                        phrase.words[-1] == "Đảng"
                        and end == j
                        and j < n
                        and self.is_cap(j)
                        and lowers[j] not in ("khóa", "khoá")  # "… Đảng Khóa XIII": its term
                        and not self.cue_is_title(j)  # "… Đảng Bí thư Tỉnh ủy": an office
                    ):
                        # "Ban Chấp hành Trung ương Đảng Nhân dân Cách mạng Lào": the party's
                        # name goes on after "Đảng", as after the head "Đảng"
                        end = self.extend_org(j, False, False, False) or j
                    if end > j:  # "Bộ đội Biên phòng tỉnh Lạng Sơn"
                        self.emit(i, end, "ORG")
                        i = end
                        continue
                if phrase.label == "LOC" and j < n and gaps[j - 1] == " " and (words[j] == "City"):
                    self.emit(i, j + 1, "LOC")  # "Gaza City", "Quezon City"
                    i = j + 1
                    continue
                if (
                    j < n
                    and gaps[j - 1] == " "
                    and words[j] in ORG_SUFFIXES
                    # a group's word ends a name ("Nusra Front"), it does not open one:
                    # "kênh Youtube Front Page Tech", "Shanghai Alliance Investment"
                    and not (
                        words[j] in GROUP_SUFFIXES
                        and j + 1 < n
                        and gaps[j] == " "
                        and words[j + 1][:1].isupper()
                    )
                ):
                    end = self.known_place_after(j + 1)  # "Samsung Electronics Việt Nam"
                    self.emit(i, end, "ORG")  # "Vietnam Airlines"
                    i = end
                    continue
                event = self.event_after(i, j)
                if event:
                    self.emit(i, event, "MISC")  # "VTV Cup", "New York Fashion Week"
                    i = event
                    continue
                if phrase.label == "MISC" and self.numbered_event(j):
                    end = self.model_suffix(j + 1)
                    self.emit(i, end, "MISC")  # "SEA Games 32", "iPhone 16 Pro Max"
                    i = end
                    continue
                if phrase.label == "MISC" and (
                    phrase.words[-1] in EVENT_SUFFIXES or phrase.words[0] in _CUP_WORDS
                ):
                    end = self.continent_after(j)
                    if end == j and phrase.words[0] in _CUP_WORDS:
                        end = self.known_place_after(j)  # "Cup C1 Đông Nam Á", "Cup FA Anh"
                    if end > j:  # "Champions League châu Á", "Cup C1 châu Âu": a continent's
                        self.emit(i, end, "MISC")
                        i = end
                        continue
                if phrase.label == "MISC" and self.model_code(j):
                    end = self.model_suffix(j + 1)
                    self.emit(i, end, "MISC")  # "Galaxy S24 Ultra", "Redmi Note"
                    i = end
                    continue
                key = phrase.key
                if phrase.label == "LOC" and lowers[i] == "miền":
                    j = self.direction_pair(j)
                if phrase.label == "LOC" and place is not None and self.place_number(j):
                    key = numbered_key(key, words[j])  # "hầm Thủ Thiêm 2": not the tunnel
                    j += 1
                elif phrase.label == "LOC" and place is not None and self.place_letter(j):
                    key = numbered_key(key, words[j])  # "phường Phước Long B"
                    j += 1
                label = phrase.label
                if word in _SENSES and j == i + 1:
                    label, key = self.sense(word, label, key)  # "DOC": a ministry or a code
                if label == "LOC" and j == i + 1 and place is None and self.given_before(i):
                    # "cho Thúy Nga", "Thúy Nga đã …": a person's given name, whose last
                    # word names a country too
                    self.leftovers.pop()
                    self.emit(i - 1, j, "PER")
                    i = j
                    continue
                self.emit(i, j, label, key)
                if phrase.label == "PER":
                    pending = False
                if place is not None and place[0] == "MISC":
                    place = None  # "vaccine Sputnik V. Hai bên ...": one product per cue
                i = j
                continue
            if capital:  # blocked tokens were passed over above
                j = self.capital_run(i, pending, place)
                if place is not None and place[0] == "MISC":
                    place = None
                if self.spans and self.spans[-1][0] == i and self.spans[-1][2] == "PER":
                    pending = False
                i = j
                continue
            if lowers[i] not in _KEEP_PENDING:
                pending = False
            if lowers[i] != "và":
                place = None
            i += 1
        # glued credits: the people, and the agencies keyed before a person ("Ảnh: Instagram
        # Rosie …"); a known outlet ("Ảnh: AP Phần Lan …") is left to the pass
        credits = (
            credit_spans(self) + quoted_titles(self) + [s for s in glued if s[2] == "PER" or s[3]]
        )
        if credits:
            taken = {k for a, b, _, _ in credits for k in range(a, b)}
            credits += [s for s in english_titles(self) if taken.isdisjoint(range(s[0], s[1]))]
        else:
            credits = english_titles(self)
        if credits:  # a byline or a credit overrides what the rules made of its words
            taken = {k for a, b, _, _ in credits for k in range(a, b)}
            self.spans = [s for s in self.spans if taken.isdisjoint(range(s[0], s[1]))]
            self.leftovers = [r for r in self.leftovers if taken.isdisjoint(range(*r))]
            self.spans.extend(c for c in credits if c[2])  # "" : a credit that names nobody
            self.spans.sort()
        self.merge_units()
        return self.spans

    def merge_units(self) -> None:
        """Join a unit and the larger body after a comma: "Trung tâm Chống độc, Bệnh viện
        Bạch Mai", "Trường Đại học Y Dược, Đại học Quốc gia Hà Nội" (not "Bộ Y tế, Bộ Tài
        chính": bodies of the same rank are a list); a unit and its parent with a space
        between them are joined first (``entity_bodies``)."""
        bodies_joined(self)
        spans = self.spans
        k = len(spans) - 1
        while k > 0:
            a, b = spans[k - 1], spans[k]
            gap = self.t.raw_gaps[a[1] - 1] if a[1] == b[0] else ""
            if (
                a[2] == "ORG"
                and b[2] == "ORG"
                and (
                    (
                        gap == ", "
                        and 0 < self._rank(a[0], _DASH_RANKS) < self._rank(b[0])
                        and not self._listed(spans, k)
                    )
                    or (gap == " - " and 0 < self._rank(a[0], _DASH_RANKS) < self._rank(b[0]))
                    or (
                        self.part_of(a, b)
                        and (0 < self._rank(a[0]) < self._rank(b[0]) < 4 or unit_of(self, a, b))
                    )
                )
            ):
                spans[k - 1 : k + 1] = [(a[0], b[1], "ORG", "")]
            k -= 1

    def _listed(self, spans: list[Span], k: int) -> bool:
        """True when the bodies spans[k - 1] and spans[k] stand in a list of bodies: another
        body right before the first after a comma, or right after the second after a comma or
        "và" ("Cục Thuế, Bộ Kế hoạch và Đầu tư, Ngân hàng Nhà nước …"; "… Bộ Giao thông vận tải
        và Ủy ban ATGT quốc gia"): a department and its ministry stand alone."""
        raw = self.t.raw_gaps
        a, b = spans[k - 1], spans[k]
        if (
            k >= 2
            and spans[k - 2][1] == a[0]
            and spans[k - 2][2] == "ORG"
            and raw[a[0] - 1] == ", "
        ):
            return True
        if k + 1 < len(spans):
            c = spans[k + 1]
            if c[2] == "ORG" and c[0] == b[1] and raw[b[1] - 1] == ", ":
                return True
            if c[2] == "ORG" and c[0] == b[1] + 1 and self.lowers[b[1]] == "và":
                return True
        return False

    def part_of(self, a: Span, b: Span) -> bool:
        """True when "thuộc" alone stands between spans a and b ("Khoa Y thuộc Đại học X",
        "Vụ Pháp chế thuộc Bộ Nội vụ"); the caller checks that a is a unit of b."""
        k = a[1]
        return (
            b[0] == k + 1
            and self.lowers[k] == "thuộc"
            and self.gaps[k - 1] == " "
            and self.gaps[k] == " "
        )

    def _rank(self, i: int, ranks: dict[str, int] | None = None) -> int:
        cue = self.cue(i) if self.words[i][0].isupper() else None
        if cue is None or cue.label != "HEAD":
            return 0
        return (ranks or _UNIT_RANKS).get(" ".join(cue.words), 0)

    def given_name_shaped(self, i: int, size: int) -> bool:
        """True when the size words at i could be a person's names: Vietnamese syllables each
        written with one capital, the first heading no body ("Bảo Việt", not "Bộ Y tế")."""
        words = self.words[i : i + size]
        return (
            all(w[0].isupper() and w[1:].islower() and is_vietnamese(w) for w in words)
            and all(g == " " for g in self.gaps[i : i + size - 1])
            and self.cue(i) is None
        )

    def known_not_firm(self, k: int) -> bool:
        """True when the one word at k is a name the gazetteer knows, not as an
        organisation ("TPP": an agreement)."""
        if self.words[k] not in self.g.names:
            return False
        known = match(self.g.names, self.words, self.gaps, k)
        return known is not None and len(known.words) == 1 and known.label != "ORG"

    def sentence_around(self, i: int) -> str:
        """The text of the sentence that holds token i and of the one before it (from the
        second dot before it to the dot after it)."""
        text = self.text
        end = text.find(". ", self.t.ends[i])
        start = text.rfind(". ", 0, self.t.starts[i])
        if start > 0:
            start = text.rfind(". ", 0, start)
        return text[start + 1 : len(text) if end < 0 else end]

    def ticker(self, i: int) -> bool:
        """True when the three capitals at i stand where a stock's ticker does: after "mã" or
        "cổ phiếu", or listed with a comma next to another three-capital ticker ("VNM, CII,
        HPG"); a Roman numeral elsewhere is a number ("Hội nghị lần thứ XII")."""
        words, gaps, raw = self.words, self.gaps, self.t.raw_gaps
        if len(words[i]) != 3:
            return False
        if (
            i > 0
            and gaps[i - 1] == " "
            and (
                self.lowers[i - 1] == "mã"
                or (i > 1 and f"{self.lowers[i - 2]} {self.lowers[i - 1]}" == "cổ phiếu")
            )
        ):
            return True

        def listed(k: int) -> bool:
            word = words[k]
            return (
                len(word) == 3
                and is_acronym(word)
                and word.isalpha()
                and not is_roman(word)
                # no currency nor known thing or place beside it ("USD, EUR", "TPP và FTA"),
                # a firm may be ("công ty Bảo Trí, ABC, DCL")
                and word not in _CURRENCY_CODES
                and not self.known_not_firm(k)
            )

        return (
            (i > 0 and raw[i - 1] == ", " and listed(i - 1))
            or (i + 1 < self.n and raw[i] == ", " and listed(i + 1))
            or (i > 1 and words[i - 1] == "và" and gaps[i - 2] == " " and listed(i - 2))
            or (i + 2 < self.n and words[i + 1] == "và" and gaps[i + 1] == " " and listed(i + 2))
        )

    def ship_prefix(self, i: int) -> bool:
        """True when token i is the prefix of a ship's name: a navy's ("USS", "KRI"), or a
        merchant ship's ("MV") after a ship's word a few lower-case words before ("tàu cứu hộ
        MV Swift Rescue")."""
        word = self.words[i]
        if word in SHIP_PREFIXES:
            return True
        if word not in _MERCHANT_PREFIXES:
            return False
        for k in range(i - 1, max(i - 4, -1), -1):
            word = self.words[k]
            if self.gaps[k] != " ":
                return False
            if not word.islower():
                # "Tàu MV Aman bị bắt giữ": a ship's word may open the sentence
                return word.lower() in SHIP_WORDS and self.sentence_start(k)
            if word in SHIP_WORDS:
                return True
        return False

    def capital_run(self, i: int, pending: bool, place: PlaceCue | None) -> int:
        """Classify the capitalised run at i; return the token after it."""
        if (
            place is not None
            and i > 0
            and self.t.raw_gaps[i - 1] in (". ", "? ", "! ")
            and (self.words[i - 1][0].isdigit() or self.words[i - 1].islower())
        ):
            # "cầu Tân Thuận 2. Mục tiêu …": a place word announces nothing across the end
            # of a sentence
            place = None
        if not pending and place is None and self.plain_alone(i):
            self.leftovers.append((i, i + 1))
            return i + 1  # "Trong khi", "Theo đó": what the rules below make of it, faster
        # a title or a place word (not "tại", "ở": a weak cue) announces the name
        named = pending or (place is not None and place[:2] == ("LOC", False))
        j = self.run_end(i, named=named and not is_acronym(self.words[i]))
        if j < self.n and self.ship_prefix(i):
            if self.gaps[j - 1] == " " and self.is_cap(j):
                j = self.run_end(j)  # "USS George Washington": a ship, whatever its name holds
            if (
                j - i > 1
                and j < self.n
                and self.gaps[j - 1] in (" ", "-")
                and self.words[j].isdigit()
                and len(self.words[j]) <= 3
                and not self.blocked[j]  # "tàu USS Ronald Reagan 3 lần": a count
            ):
                j += 1  # its hull number: "KRI Nanggala 402", "KRI Nanggala-402"
        elif (
            j - i > 1
            and self.words[i + 1] in SHIP_PREFIXES
            and self.sentence_start(i)
            and i + 2 < self.n
            and self.gaps[i + 1] == " "
            and self.is_cap(i + 2)
        ):
            self.leftovers.append((i, i + 1))
            return i + 1  # "Tàu RMS Titanic", "Chiếc USS …": the ship's name starts after
        if pending and j - i <= 2:
            j = self.country_given_name(i, j)
        words = self.words[i:j]
        if j - i > 1 and words[0] in _LEADING_ABBREVIATIONS and self.gaps[i] == " ":
            label = self.after_abbreviation(i, j)
            if label:  # "TT Bush": the president; "giá CP Vinafco": the company's shares
                self.leftovers.append((i, i + 1))
                self.emit(i + 1, j, label)
                return j
        if j - i > 1 and self.sentence_start(i) and self.opens_sentence(i, j):
            self.leftovers.append((i, i + 1))
            return i + 1  # "Theo Morgan Stanley": the run after "Theo" is classified alone
        if (
            j - i > 1
            and self.words[i] in _BARE_SHORTS
            and self.gaps[i] == " "
            and not self.ship_prefix(i)
            # a text about ships may name one "MV" without a ship's word right before it
            and not (self.words[i] == "MV" and "tàu" in self.text.lower())
        ):
            self.leftovers.append((i, i + 1))
            known = match(self.g.names, self.words, self.gaps, i + 1)
            if (
                known is not None
                and known.label == "LOC"
                and known.key[4:] in self.g.countries
                and not any(self.blocked[i + 1 : i + 1 + len(known.words)])
            ):
                end = i + 1 + len(known.words)
                self.emit(i + 1, end, "LOC", known.key)  # "ĐT Anh", "ĐT Đức": the country
                return end
            return i + 1  # "ĐTQG Huỳnh Anh": the name after the noun, alone
        if j - i > 2 and self.kin_before_name(i):
            # "Mẹ Kim Kardashian khẳng định", "… kém chất lượng Ông Đặng Như Bằng, giáo viên
            # …" (a headline run into its text): the word of address is no part of the name
            self.leftovers.append((i, i + 1))
            return i + 1
        first = words[0]  # the checks below, asked of every run, start with one word
        if first == "T" and j - i > 1 and words[1] == "Ư" and self.t.raw_gaps[i] == ".":
            # "T.Ư" (trung ương): the centre, no initials ("lãnh đạo T.Ư Hội LHPN", "Ủy viên
            # T.Ư Nguyễn Văn A"); what follows is a run of its own
            self.leftovers.append((i, i + 2))
            return i + 2
        if first == "Đoàn" and j - i > 1 and self.delegation_of_place(i, j):
            # "Đoàn Việt Nam đánh giá …", "Đoàn Nghệ An giành 3 HCV": a delegation or a team
            # and its place, not the surname Đoàn
            self.leftovers.append((i, i + 1))
            return i + 1
        if first == "Phó" and self.deputy_before_title(i, j):
            return j  # "Trung tá Lê Việt Bắc, Phó Đội trưởng …": "Phó" (deputy) names nobody
        if first in _SCHOOL_ACRONYMS and self.national_exam(i, j):
            return j  # "kỳ thi THPT Quốc gia 2019": the exam, named by its kind (rules 17, 18)
        if j - i >= 3 and self.acronym_before_person(i, j):
            # "Phó Chủ tịch QH Nguyễn Đức Hải", "Giám đốc FEMA Michael Brown": the body
            # written short, then the person
            known = match(self.g.names, self.words, self.gaps, i)
            label = self.classify(i, i + 1, False, None)
            if known is not None and len(known.words) == 1 and known.label == "ORG":
                self.emit(i, i + 1, "ORG", known.key)  # "FA Brian Barwick"
            elif label and self.words[i] not in _LEADING_ABBREVIATIONS:  # "TT": a title
                self.emit(i, i + 1, label)
            else:
                self.leftovers.append((i, i + 1))
            self.emit(i + 1, j, "PER")
            return j
        # a product or event: "Covid-19", "Army Games-2021", "Sputnik V", "Sputinik -V"
        if j < self.n:
            nxt = self.words[j]
            gap = self.t.raw_gaps[j - 1]
            if (
                (gap == "-" or (gap == " -" and words[-1].lower() == "covid"))  # "Covid -19"
                and nxt.isdigit()
                and not is_acronym(words[-1])
            ) or (
                len(nxt) == 1
                and nxt.isupper()
                and gap.strip() in ("", "-")
                and "\n" not in gap
                and len(gap) <= 2
                and not self.blocked[j]
                and (j + 1 >= self.n or self.gaps[j] != ".")
                # "BTC V-League": the letter starts a name of its own
                and (j + 1 >= self.n or self.gaps[j] != "-" or not self.is_cap(j + 1))
                and not is_vietnamese(words[-1])
            ):
                self.emit(i, j + 1, "MISC")
                return j + 1
        label = self.classify(i, j, pending, place)
        if label == "LOC" and place is not None and self.place_number(j):
            j += 1  # "hầm Hải Vân 2"
        if label == "MISC" and self.words[j - 1] in EVENT_SUFFIXES and self.numbered_event(j):
            self.emit(i, j + 1, label)  # "Asian Cup 2027"
            return j + 1
        if label == "ORG" and j - i == 1 and (is_acronym(words[0]) or not is_vietnamese(words[0])):
            # "LĐBĐ VN", "CDC Quảng Nam", "Savills Việt Nam": the body's place is in its name
            j = self.place_after(j)
        elif (
            label in ("ORG", "LOC", "PER", "")
            and j < self.n
            and self.words[j] in self.g.names  # a known place after it, asked first: cheaper
            and (
                not any(is_vietnamese(w) or is_acronym(w) for w in words)
                or (label == "ORG" and words[-1] in ORG_SUFFIXES)  # "Megastar Media JV Việt Nam"
            )
        ):
            end = self.known_place_after(j)
            if end > j and (
                (label == "ORG" and j - i > 1) or (label != "ORG" and self.venue_before(i))
            ):
                # "Samsung Electronics Việt Nam"; a hotel, "khách sạn … Regalia Gold Nha
                # Trang": the place is the last words of the name (rules 67, 73f)
                label, j = "ORG" if label == "ORG" else "LOC", end
        if (
            label in ("PER", "ORG", "LOC", "")
            and not pending  # "HLV Ricardo La Volpe's": a person's, after a title
            and self.possessive_s(j)
        ):
            # "Foster's", "Men's Fitness", "Biti’s": a brand or a firm named with an English
            # possessive, never a person in Vietnamese news; its foreign words after "'s"
            # belong to it, and a place's or an event's last word makes it one
            j = possessed_end(self.words, self.t.raw_gaps, j + 1)
            label = possessed_label(self.words, i, j, label)
        if label == "PER" and self.hyphen_particle(i):
            self.emit(i - 1, j, label)  # "ông al-Assad"
        elif label == "LOC" and j - i > 1 and self.house_letter(i):
            self.emit(i + 1, j, label)  # "số 72 A Thụy Khuê": the letter is the house's
        elif label:
            self.emit(i, j, label)
        else:
            self.leftovers.append((i, j))
        return j

    def sense(self, word: str, label: str, key: str) -> tuple[str, str]:
        """The label and key of an acronym of two senses (``_SENSES``): the other sense when
        the text holds one of its words and none of the gazetteer's sense."""
        other, other_key, words, not_words = _SENSES[word]
        if any(w in self.text for w in words) and not any(w in self.text for w in not_words):
            return other, other_key
        return label, key

    def delegation_of_place(self, i: int, j: int) -> bool:
        """True when the run i..j is "Đoàn" and a known place, nothing else: "Đoàn Việt Nam",
        "Đoàn Nghệ An", "Đoàn TPHCM" (a delegation or a team)."""
        if self.gaps[i] != " ":
            return False
        place = self.name(i + 1)
        return (
            place is not None
            and place.label == "LOC"
            and i + 1 + len(place.words) == j
            # not "Đoàn Vinh": a one-word city may be a given name
            and (len(place.words) > 1 or is_acronym(place.words[0]))
        )

    def plain_alone(self, i: int) -> bool:
        """True when the capitalised run at i, with no title or place word before it, is one
        word that :meth:`capital_run` leaves unnamed whatever it runs through: a plain word
        (``_plain_word``), then a space and a word with no capital (the run ends at once,
        :meth:`run_end`), and none of the rules that name a lone Vietnamese word by what
        stands before it can apply: an acronym in brackets after a name ("Bộ Y tế (Trong"),
        a house number ("số 5 Trong", :meth:`house_number_before`, :meth:`address_before`),
        a route ("Hà Nội - Trong", :meth:`route_end`). ``tests/analysis/test_scan_fast_paths.py``
        checks it against the whole chain."""
        words = self.words
        if (
            i + 1 >= self.n
            or self.gaps[i] != " "
            or words[i + 1][0].isupper()
            or not _PLAIN_WORDS[words[i]]
        ):
            return False
        if i == 0:
            return True
        gap = self.gaps[i - 1]
        raw = self.t.raw_gaps[i - 1]
        return not (
            gap == "-"
            or (gap == " " and words[i - 1][0].isdigit())
            or raw.endswith("(")
            # '"…", Nam cho biết': :meth:`quoted_speaker`
            or _quote_end(raw)
        )

    def place_named_like_head(self, i: int, cue: Phrase, place: PlaceCue | None) -> int | None:
        """End of a place's name that starts with a one-word head right after a lower-case
        place word ("đường Trường Chinh", "cầu Trường Tiền", "thôn Trường Long", "phố Đoàn
        Thị Điểm"): the place word names what follows (rule 38), not a school "Trường Chinh";
        None otherwise."""
        if (
            place is None
            or place[:2] != ("LOC", False)
            or cue.label != "HEAD"
            or len(cue.words) != 1
            or not self.place_word_before(i)
            or not self.words[i][0].isupper()
            or i + 1 >= self.n
            or self.gaps[i] != " "
            or not self.is_cap(i + 1)
            or not is_vietnamese(self.words[i + 1])
            or is_acronym(self.words[i + 1])
        ):
            return None
        return self.run_end(i, named=True)

    def place_word_before(self, i: int) -> bool:
        """True when a lower-case place word ("đường", "cầu", "thôn", "quốc lộ") ends right
        before token i, one space between."""
        for k in range(i - 1, max(i - 4, -1), -1):
            if any(self.gaps[m] != " " for m in range(k, i)) or not self.words[k].islower():
                return False
            cue = self.cue(k) if self.lowers[k] in self.g.cues else None
            if cue is not None and k + len(cue.words) == i:
                return (
                    cue.label == "NAME"
                    and cue.key == "LOC"
                    and not cue.weak
                    and (k == 0 or (self.lowers[k - 1], self.lowers[k]) not in _WORD_ENDS)
                )
        return False

    def deputy_before_title(self, i: int, j: int) -> bool:
        """True when the run i..j is "Phó" alone and a capitalised word follows it: the deputy
        of an office ("Phó Chánh Thanh tra", "Phó Tổng biên tập", "Phó Ban Tuyên giáo"), not a
        person named Phó."""
        return (  # the caller has seen that the run starts with "Phó"
            j == i + 1 and j < self.n and self.gaps[i] == " " and self.is_cap(j)
        )

    def national_exam(self, i: int, j: int) -> bool:
        """True when the run i..j is a school level written short and "Quốc gia" ("THPT Quốc
        gia", "THPT Quốc Gia"): the national exam of that level (2015-2019), no school."""
        words = self.words[i:j]
        if words[0] not in _SCHOOL_ACRONYMS or self.gaps[i] != " " or words[1:2] != ["Quốc"]:
            return False
        if j - i == 3:
            return words[2] == "Gia" and self.gaps[i + 1] == " "
        return j - i == 2 and j < self.n and self.lowers[j] == "gia" and self.gaps[j - 1] == " "

    def acronym_before_person(self, i: int, j: int) -> bool:
        """True when the run i..j is an acronym and then a whole Vietnamese name of three or
        four syllables ("QH Nguyễn Đức Hải", "HĐND Trần Văn Nam") or a foreign name of two or
        three ("FEMA Michael Brown", "BOK Park Seung"): a body and a person."""
        first = self.words[i]
        if not (
            is_acronym(first)
            and first not in _SCHOOL_ACRONYMS  # "THPT Đoàn Văn Tố" is the school
            and self.gaps[i] == " "
            and all(self.gaps[k] == " " for k in range(i + 1, j - 1))
        ):
            return False
        names = self.words[i + 1 : j]
        if j - i - 1 in (3, 4) and names[0] in COMMON_SURNAMES:
            return all(is_vietnamese(w) and not is_acronym(w) for w in names)
        # a foreign person's given name (or a Korean surname) and one or two names after it
        # ("FA Brian Barwick", "BOK Park Seung"), after an acronym that heads no name of its
        # own and is no ship's prefix ("USS George Washington", "Trường ĐH James Cook")
        if not (j - i - 1 in (2, 3) and self.cue(i) is None and not self.ship_prefix(i)):
            return False
        if any(is_acronym(w) for w in names):
            return False
        if names[0] in KOREAN_SURNAMES and names[0] not in KOREAN_AND_VIETNAMESE:
            return True  # "BOK Park Seung": the given name's syllables may look Vietnamese
        if any(map(is_vietnamese, names[1:])):
            return False
        if names[0] in self.g.foreign_given or self.mined(i + 1, j) == "PER":
            return True
        # a title before the body: its head ("Chủ tịch PLO Mahmoud Abbas", "Tổng thư ký LDP
        # Toshihiro Nikai"), whatever the given name; not the rest of a firm's name ("Giám
        # đốc VP Bank Securities", "giám đốc MH Plastic Surgery")
        return (
            not is_vietnamese(names[0]) and not any(map(firm_word, names)) and self.title_ends_at(i)
        )

    def after_abbreviation(self, i: int, j: int) -> str:
        """The label of the name after "TT" (tổng thống) or "CP" (cổ phiếu) at i, or "" when
        the abbreviation is part of the name ("TT Huế", "Công ty CP Group")."""
        rest = self.words[i + 1 : j]
        if any(map(is_acronym, rest)):
            return ""
        if any(map(is_vietnamese, rest)) and rest[0] not in self.g.foreign_given:
            return ""  # "TT Huế"; but "TT Daniel Arap Moi", a given name first, is a person
        if (
            i > 0
            and self.t.raw_gaps[i - 1] == " "
            and not self.words[i - 1].islower()
            and not self.sentence_start(i)
            # a channel's name has a digit or is an acronym ("VTV3", "K+1"); not "Theo TT Putin"
            and (is_acronym(self.words[i - 1]) or any(c.isdigit() for c in self.words[i - 1]))
        ):
            return ""  # "VTV3 TT Liverpool - Chelsea": a channel's live match (trực tiếp)
        if self.words[i] == "TT":
            return "PER"
        if len(rest) == 1 and i > 0 and self.lowers[i - 1] != "ty":
            return "ORG"
        return ""

    def region_end(self, i: int) -> tuple[int, str] | None:
        """End and key of a region named after "xứ" at i - 1: a known place, or one word.

        "xứ Wales Tom Jones", "xứ Hàn Lee Hyori": the region, then a person; "giáo xứ",
        "bản xứ" name no region.
        """
        if i > 1 and self.lowers[i - 2] in _NOT_REGION:
            return None
        known = self.name(i)
        if known is not None:
            return (i + len(known.words), known.key) if known.label == "LOC" else None
        return i + 1, ""

    def airport(self, i: int, j: int, cue: Phrase) -> tuple[int, int] | None:
        """Start and end of the place an airport head at i names, or None: a head written
        with capitals is part of the name ("Cảng Hàng không Quốc tế Cần Thơ"), a lower-case
        one is not and neither is one capitalised only to open a sentence, but a capitalised
        "Quốc tế" after it is ("sân bay Quốc tế Đà Nẵng", "Sân bay Quốc tế Đà Nẵng" → "Quốc
        tế Đà Nẵng"); "sân bay Nội Bài" and "cảng Hải Phòng" are left to their cue."""
        if cue.words == ("cảng",):
            if not (
                j + 2 < self.n
                and self.lowers[j] == "hàng"
                and self.lowers[j + 1] == "không"
                and self.gaps[j - 1] == self.gaps[j] == " "
            ):
                return None
            j += 2  # "Cảng hàng không", "cảng hàng không"
        elif cue.words != ("sân", "bay"):
            return None
        k = j
        if (
            k + 2 < self.n
            and self.lowers[k] == "quốc"
            and self.lowers[k + 1] == "tế"
            and self.gaps[k] == " "
        ):
            k += 2
        if k >= self.n or self.gaps[k - 1] != " " or not self.is_cap(k):
            return None
        known = self.name(k) if self.words[k] in self.g.names else None
        if known is not None and known.label == "LOC":
            end = k + len(known.words)  # "New Delhi", not "New" (a run ends at a place)
        elif self.lowers[k] in self.g.cues:
            return None  # "Sân bay quốc tế Thủ đô Bắc Kinh": the cue names the place
        else:
            end = self.run_end(k)
        if self.words[i][0].isupper() and self.words[i + 1][0].isupper():
            return i, end  # "Cảng Hàng không Quốc tế Cần Thơ", "Sân Bay Quốc Tế …"
        if k > j and self.words[j] == "Quốc":
            return j, end  # "sân bay Quốc tế Đà Nẵng"
        if k == j and cue.words == ("sân", "bay"):
            return None
        return k, end  # "cảng hàng không quốc tế Nội Bài", "cảng hàng không Phù Cát"

    def name_ends_at(self, j: int, gap: str) -> bool:
        """True when the capitalised word at j, after a space (*gap*; not "bà C. Sau đó"), is the
        last of its run: a sentence word there ends a name ("phố Tạ Hiện vào")."""
        return gap == " " and (j + 1 >= self.n or self.gaps[j] != " " or not self.is_cap(j + 1))

    def run_end(self, i: int, named: bool = False) -> int:
        """End of the capitalised run starting at i; *named* when a place word or a person's
        title announces it, so that a head ending it is its last word ("xã Tân Thông Hội",
        "sân Thiên Trường", "ca sĩ Lam Trường"; see :meth:`given_name`)."""
        j = i + 1
        surname = self.surname_run(i)
        limit = min(self.n, i + (_MAX_SURNAME_RUN if surname else _MAX_RUN))
        while j < limit and j not in self.breaks:
            gap = self.gaps[j - 1]
            if not (
                gap == " "
                or (gap == "." and (len(self.words[j - 1]) == 1 or self.words[j - 1] == "St"))
                or (self.t.raw_gaps[j - 1] == "-" and self.foreign_hyphen(i, j))
                or (self.t.raw_gaps[j - 1] == " & " and self.is_cap(j))  # "Procter & Gamble"
                or self.acronym_pair(j, enclosed=True)
            ):
                break
            if self.lowers[j] in _NAME_PARTICLES:
                after = self.after_particles(j)
                if after is not None:
                    j = after + 1  # "Ursula von der Leyen", "Ludwig van Beethoven"
                    continue
            if not self.is_cap(j) or (
                self.words[j] in SENTENCE_WORDS
                and (
                    (
                        self.words[j] in _POINTING
                        and j + 1 < self.n
                        and self.gaps[j] == " "
                        and self.words[j + 1][0].islower()
                    )
                    or not (named and self.name_ends_at(j, gap))
                )
            ):
                break  # "Hiện nay": a sentence goes on; but "phố Tạ Hiện vào buổi tối"
            if gap == "." and self.words[j] in _OPENS_SENTENCE:
                break  # "khóa X. Có 160 ủy viên": a sentence starts after the dot
            if gap == "." and lettered(self.t, j - 1):
                break  # "viêm gan C. Nhóm này …": the letter is the disease's
            if self.words[j][:2] == "QL" and self.road_code(j) is not None:
                break  # "Trên QL1A": the road is a place of its own
            if (
                self.words[j] in _WARDS
                and i > 0
                and self.words[i - 1][:1].isdigit()
                and self.numbered_ward(j)
            ):
                break  # "215 Võ Thị Sáu Phường 7": the street of an address, then its ward
            if self.lowers[j] in self.g.cues:
                cue = self.cue(j)
                if cue is not None and not (
                    ((surname or named) and self.given_name(j, cue))
                    or (surname and self.middle_name(i, j, cue))
                    or (surname and self.name_like_title(j, cue))
                    or self.cue_ends_run(j, cue)
                    or self.mined_person_to(i, j)
                ):
                    break
            if not surname and self.words[j] in self.g.names:
                known = self.name(j)
                if (
                    known is not None
                    and known.label != "PER"
                    and not (named and self.direction_of_place(i, j))
                ):
                    break  # a known person continues the run: "V. Putin"
            j += 1
        return j

    def mined_person_to(self, i: int, j: int) -> bool:
        """True when the word at i and the head word at j = i + 1 are a person's name that
        real news writes with a cue ("Lam Trường", "Đan Trường": a singer, not "Trường")."""
        return j == i + 1 and mined_names().labels.get(f"{self.words[i]} {self.words[j]}") in (
            "PER",
            "GIVEN",
        )

    def direction_of_place(self, i: int, j: int) -> bool:
        """True when a place word's name is a direction and the known place after it, at j
        ("khu đô thị Nam Sài Gòn", "Khu công nghiệp Nam Đông Hà"): one name, unless the
        word before is a region's ("miền Nam Việt Nam", "phía Tây Hà Nội")."""
        return (
            j == i + 1
            and self.words[i] in DIRECTIONS
            and i > 0
            and self.lowers[i - 1] not in _REGION_HEADS
        )

    def initial_alone(self, i: int) -> bool:
        """True for a capital letter and a full stop between lower-case words ("nên N. ngay"):
        not "Q. Hoàn Kiếm", "V. Putin" (a capital follows) nor a sentence's last word."""
        return (
            len(self.words[i]) == 1
            and self.words[i].isupper()
            and i > 0
            and i + 1 < self.n
            and self.t.raw_gaps[i] == ". "
            and self.gaps[i - 1] == " "
            and self.words[i - 1].islower()
            and self.words[i + 1].islower()
        )

    def known_place_after(self, j: int) -> int:
        """End of a known place right after token j - 1 with nothing capitalised after it, or
        j when there is none."""
        if j >= self.n or self.gaps[j - 1] != " " or self.words[j] not in self.g.names:
            return j
        place = self.name(j)
        if place is None or place.label != "LOC":
            return j
        end = j + len(place.words)
        return j if end < self.n and self.gaps[end - 1] == " " and self.is_cap(end) else end

    def venue_before(self, i: int) -> bool:
        """True when a hotel or resort word stands a few words before token i, in the same
        sentence ("khách sạn 5 sao, 40 tầng Regalia Gold …")."""
        k = i - 1
        while k > 0 and i - k <= _VENUE_WINDOW and "\n" not in self.t.raw_gaps[k - 1]:
            if self.lowers[k] in _VENUES or f"{self.lowers[k - 1]} {self.lowers[k]}" in _VENUES:
                return True
            if self.t.raw_gaps[k - 1].strip() in (".", "!", "?"):
                return False
            k -= 1
        return False

    def country_given_name(self, i: int, j: int) -> int:
        """End of a person's name after a title whose last syllable is a country's name ("ca
        sĩ Thúy Nga", "chị Quỳnh Anh", "nhân vật Hằng Nga"): the run i..j goes on over it."""
        if (
            j < self.n
            and self.gaps[j - 1] == " "
            and all(is_vietnamese(w) and not is_acronym(w) for w in self.words[i:j])
            and self.words[j] in self.g.names
            and (j + 1 >= self.n or self.gaps[j] != " " or not self.is_cap(j + 1))
        ):
            place = self.name(j)
            if place is not None and place.label == "LOC" and len(place.words) == 1:
                return j + 1
        return j

    def cue_ends_run(self, j: int, cue: Phrase) -> bool:
        """True for a one-word place cue that ends a name, with no name after it to announce
        ("sông Ngàn Phố ở …"): it is the name's last word, not a new cue."""
        if cue.label != "NAME" or cue.key not in ("LOC", "MISC") or len(cue.words) != 1:
            return False
        k = j + 1
        return k >= self.n or self.gaps[j] != " " or not self.is_cap(k)

    def continent_after(self, j: int) -> int:
        """End of a continent written "châu …" right after token j - 1 ("Champions League
        châu Á"), or j when there is none."""
        if j + 1 < self.n and self.words[j] == "châu" and self.gaps[j - 1] == " ":
            where = self.name(j)
            if where is not None and where.label == "LOC":
                return j + len(where.words)
        return j

    def direction_pair(self, end: int) -> int:
        """End of a region named by "miền" and a second direction after a dash ("hai miền
        Nam- Bắc"): the two share "miền", and "Bắc" alone names nothing (rule 67)."""
        if (
            end < self.n
            and self.t.raw_gaps[end - 1].strip() in ("-", "–")
            and "\n" not in self.t.raw_gaps[end - 1]
            and self.words[end] in DIRECTIONS
            and (end + 1 >= self.n or self.gaps[end] != " " or not self.is_cap(end + 1))
        ):
            return end + 1
        return end

    def titled_office_place(self, k: int, end: int, start: int) -> bool:
        """True when the capitalised words at k follow a title and then a lower-case place
        word, and name the place rather than the title's person ("chủ tịch xã Cư Đrăm",
        "giám đốc khách sạn Bình Minh", "thống đốc bang Jalisco"): Vietnamese syllables
        with no personal name among them (up to *end*), or one foreign word; not "Chủ tịch
        thành phố Nguyễn Đức Chung" nor "Thống đốc bang Bruce Rauner". The title still
        names a person after the place. *start*: where the last place cue starts, which must
        end right before k and be written in lower case."""
        if self.gaps[k - 1] != " " or not 0 < start < k:
            return False
        if self.surname_run(k) and not (
            end - k <= 2 and self.named_after_place(end, addressed=True)
        ):
            return False  # "chủ tịch UBND tỉnh Nguyễn Văn Tiến, ông …": two people
        if not all(self.words[m][0].islower() for m in range(start, k)):
            return False
        cue = self.cue(start)
        if cue is None or start + len(cue.words) != k:
            return False
        if cue.label != "NAME" or cue.key != "LOC" or cue.weak:
            return False
        if (self.lowers[start - 1], self.lowers[start]) in _WORD_ENDS:
            return False  # "ông xã Minh Trí": the husband
        if end - k == 1 or (end - k <= 3 and self.named_after_place(end)):
            return True  # "phó chủ tịch quận La Điện, ông Wang …", "Thống đốc tỉnh Mae Hong Son,
            # Thái Lan, …": the person, if any, is named after the place
        # two Vietnamese syllables: most places are two, most people three ("chủ tịch xã
        # Sùng A Tủa", whose surname the list may not know)
        return end - k == 2 and all(
            is_vietnamese(self.words[m]) and not self.surname_run(m) for m in range(k, end)
        )

    def named_after_place(self, end: int, addressed: bool = False) -> bool:
        """True when a comma after the run that ends at *end* opens a form of address or
        (unless *addressed*) a known place: the titled person is named after it, or the
        place's country follows."""
        if end >= self.n or self.t.raw_gaps[end - 1] != ", ":
            return False
        if self.lowers[end] in _ADDRESSES:
            return True
        if addressed:
            return False
        known = self.name(end)
        return known is not None and known.label == "LOC"

    def department(self, k: int) -> bool:
        """True when the words at k name the field of a department after "Phòng": a field of
        a district's committee or a police force ("Giáo dục", "Tài nguyên", "Cảnh sát") or an
        acronym ("GD&ĐT", "CSGT")."""
        if k + 1 >= self.n or self.gaps[k - 1] != " " or not self.is_cap(k):
            return False
        if is_acronym(self.words[k]):
            return True
        return self.gaps[k] == " " and f"{self.lowers[k]} {self.lowers[k + 1]}" in _DEPARTMENTS

    def direction_place(self, i: int, known: Phrase | None, region: bool = False) -> int:
        """End of a place named by a direction at i and a country or region of the world
        after it ("Bắc Iraq", "Đông Bắc Thái Lan", "Nam Trung Quốc"), or 0; *known* is the
        gazetteer's name at i, if any.

        Nothing when the direction is inside a name ("Nguyễn Đông Đức") or relative ("phía
        Tây Ukraine"), when the country's name is also a word or a given name ("Nam Anh":
        those are listed whole, "Nam Lào"), or when a known name is as long ("Đông Nam Á",
        "Bắc Mỹ", "Tây Ban Nha"). After "miền" (*region*) the direction names a region, and
        a country after it is one with it, whatever else its name may be ("miền Nam Anh").
        """
        if (
            i > 0
            and self.gaps[i - 1] == " "
            and (self.is_cap(i - 1) or self.lowers[i - 1] in _RELATIVE)
        ):
            return 0
        for k in (i + 2, i + 1):
            if k >= self.n or any(self.gaps[m] != " " for m in range(i, k)):
                continue
            compound = self.words[i] in ("Đông", "Tây") and self.words[i + 1] in ("Bắc", "Nam")
            if compound != (k == i + 2):
                continue  # "Đông Bắc Kinh": "Đông Bắc" and "Bắc Kinh", unsure which
            if self.words[k] not in self.g.names:
                continue
            # after two directions a country is one even if its name is also a word ("Đông
            # Bắc Mỹ"); after one, not ("Nam Anh" is a given name)
            sure = compound or region
            where = match(self.g.names, self.words, self.gaps, k) if sure else self.name(k)
            if (
                where is None
                or where.label != "LOC"
                or (where.ambiguous and not sure)
                or where.key[4:] not in self.g.world_regions
                or any(self.blocked[k : k + len(where.words)])
            ):
                continue
            end = k + len(where.words)
            if known is not None and i + len(known.words) >= end:
                return 0
            return end
        return 0

    def camel_surname(self, i: int) -> bool:
        """True when the camel-case word at i is a surname after a person's title ("Thượng
        nghị sĩ McCain", "ông ElBaradei", "tài tử DiCaprio"), not a firm after its officer's
        ("phó chủ tịch McDonald")."""
        return _CAMEL_SURNAME.match(self.words[i]) is not None and not (
            self.lowers[i - 1] in _OFFICER_ENDS and (self.business_title(i) or self.chair_before(i))
        )

    def route_chain(self, i: int) -> int | None:
        """End of the places joined by dashes that name a road after a road word at i - 1
        ("cao tốc TP HCM - Long Thành - Dầu Giây", "dự án Mỹ Thuận - Cần Thơ")."""
        before = " ".join(self.lowers[i - 2 : i]) if self.gaps[i - 2] == " " else self.lowers[i - 1]
        if (
            self.gaps[i - 1] != " "
            or not (before in _ROUTE_WORDS or self.lowers[i - 1] in _ROUTE_WORDS)
            or not self.is_cap(i)  # "đoạn phố Tràng Tiền - …": the street word is a cue
        ):
            return None
        end = self.place_run(i)
        parts = 1
        while (
            end < self.n
            and self.t.raw_gaps[end - 1].strip() in ("-", "–")
            and "\n" not in self.t.raw_gaps[end - 1]
            and self.is_cap(end)
            and self.words[end] not in ("Ảnh", "Nguồn", "Video", "Clip")  # "… - Ảnh: …"
        ):
            end = self.place_run(end)
            parts += 1
        return end if parts > 1 else None

    def place_run(self, k: int) -> int:
        """End of one place in a road's name: a known name, "TP HCM" or capitalised words."""
        known = self.name(k) if self.words[k] in self.g.names else None
        if known is not None:
            # "cao tốc Pháp Vân - Cầu Giẽ": a known name ("Pháp") that starts a longer one,
            # read on only up to the dash
            end = known_end = k + len(known.words)
            while (
                end < self.n
                and self.t.raw_gaps[end - 1] == " "
                and self.is_cap(end)
                and is_vietnamese(self.words[end])
            ):
                end += 1
            if end == known_end or not (
                end < self.n and self.t.raw_gaps[end - 1].strip() in ("-", "–")
            ):
                return known_end
            return end
        where = self.abbreviated_place(k) if self.words[k] in PLACE_ABBREVIATIONS else None
        if where is not None:
            return where[1]
        end = k + 1
        while (
            end < self.n
            and end - k < _MAX_SURNAME_RUN
            and self.gaps[end - 1] == " "
            and self.is_cap(end)
            and is_vietnamese(self.words[end])
        ):
            end += 1
        return end

    def hyphen_particle(self, i: int) -> bool:
        """True when a particle and a hyphen stand before token i ("al-Assad")."""
        return (
            i > 0
            and self.lowers[i - 1] in _HYPHEN_PARTICLES
            and self.words[i - 1][0].islower()
            and self.t.raw_gaps[i - 1] == "-"
            and (i == 1 or self.gaps[i - 2] == " ")
            and not (self.spans and self.spans[-1][1] >= i - 1)
        )

    def residents(self, i: int, phrase: Phrase) -> bool:
        """True when "người" before the place at i names the people of a province, a city or
        a district of Vietnam ("người Nghệ An", "người Hà Nội"): the place stays (rule 41a),
        where a country's people are a nationality ("người Việt", "người Mỹ"); a capitalised
        "Người" inside a sentence opens a work's title ("phim Người Hà Nội"), no people."""
        if self.lowers[i - 1] != "người":
            return False
        if self.words[i - 1] == "Người" and not self.sentence_start(i - 1):
            return False  # "trong Người Hà Nội", "bút ký Người Sài Gòn …": a work's title
        key = phrase.key.partition(":")[2]  # "LOC:nghe an"
        return key in self.g.provinces or key in self.g.districts

    def nationality(self, i: int) -> bool:
        """True when the place at i names a language or a people ("tiếng Nga", "người Việt")."""
        return i > 0 and self.gaps[i - 1] == " " and self.lowers[i - 1] in _LANGUAGE_PEOPLE

    def nation_as_people(self, i: int, phrase: Phrase) -> bool:
        """True when "dân tộc" before the country at i makes it the nation as a people ("dẫn
        dắt dân tộc Việt Nam", guideline rule 84); the peoples of a country or a region, and a
        party, keep the place ("54 dân tộc Việt Nam", "các dân tộc Tây Nguyên", "đảng dân tộc
        Malaysia")."""
        return (
            i > 1
            and self.gaps[i - 1] == " "
            and self.lowers[i - 2 : i] == ["dân", "tộc"]
            and not (i > 2 and (self.lowers[i - 3] in _PEOPLES_OF or self.words[i - 3].isdigit()))
            and phrase.key.partition(":")[2] in self.g.countries
        )

    def money_country(self, i: int) -> bool:
        """True when the place at i names a currency with the word before it: "đôla Mỹ",
        "đô la Mỹ", "đô-la Úc", "yên Nhật", "bảng Anh", "won Hàn Quốc"; or "Mỹ kim" (the
        US dollar, the word after it)."""
        kim = i + 1 < self.n and self.words[i + 1] == "kim" and self.gaps[i] == " "
        if kim and self.words[i] == "Mỹ":
            # not "sang Mỹ kim ngạch …", "từ Mỹ kim loại": a word that "kim" starts
            return not (
                i + 2 < self.n and self.gaps[i + 1] == " " and self.lowers[i + 2] in _KIM_WORDS
            )
        if i == 0 or self.gaps[i - 1] != " ":
            return False
        before = self.lowers[i - 1]
        if before == "la":
            return i > 1 and self.lowers[i - 2] == "đô" and self.gaps[i - 2] == " "
        if before == "bảng" and i > 1 and self.lowers[i - 2] in _TABLE_RANKS:
            return False
        if before in _AMBIGUOUS_MONEY:
            return _AMBIGUOUS_MONEY[before] == self.lowers[i] or (
                i > 1 and (self.lowers[i - 2] in _MONEY_BEFORE or self.words[i - 2][-1:].isdigit())
            )
        return before in _MONEY_NAMES

    def currency(self, i: int, phrase: Phrase) -> bool:
        """True when the one-word event name at i is the currency it is named like: after
        "đồng", "giá", "đổi", "bằng" ("tỷ giá Euro") or before "/" ("Euro/USD"); and,
        with no year after it ("Euro 2004"), in any text that is not about sport ("Các nước
        dùng Euro", "Euro giảm giá so với USD")."""
        if len(phrase.words) != 1:
            return False
        after = self.t.raw_gaps[i] if i < self.n - 1 else ""
        if after.startswith("/") or (
            i > 0 and self.gaps[i - 1] == " " and self.lowers[i - 1] in _CURRENCY_WORDS
        ):
            return True
        if after == " " and (self.words[i + 1].isdigit() or self.is_cap(i + 1)):
            return False  # "Euro 2004": the championship; "Euro News": a longer name
        return not self.sport_text()

    def sport_text(self) -> bool:
        """True for a sports text (``mentions_sport``), asked once."""
        if self._sport is None:
            # "Đội bóng Milan …": a sports word may start a sentence
            self._sport = mentions_sport(self.text) or mentions_sport(self.text.lower())
        return self._sport

    def language_listed(self, i: int, size: int, languages: tuple[int, bool]) -> bool:
        """True when the place at i goes on a list of languages or peoples that ended at
        token *end* of *languages*: "tiếng Anh, Pháp và Nhật", "người Việt Nam và Lào" name
        no country; a comma goes on only with a list of languages (its second part)."""
        end, commas = languages
        if i == end:
            listed = commas and self.t.raw_gaps[i - 1] == ", "
        else:
            listed = (
                i == end + 1
                and self.lowers[end] in ("và", "hoặc")
                and self.gaps[end - 1] == " "
                and self.gaps[end] == " "
            )
        if not listed:
            return False
        # "người Hà Nội và Sài Gòn là nơi …": the place (*size* words) opens a clause
        k = i + size
        return not (k < self.n and self.gaps[k - 1] == " " and self.lowers[k] in _CLAUSE_VERBS)

    def event_after(self, i: int, j: int) -> int:
        """The end of an event's name written after a known name at i..j: its suffix ("VTV
        Cup", "Australia Awards"), or English words ending with one ("New York Fashion Week"),
        at most three words, with its year or edition ("Shanghai Fashion Week 2023"); 0 when
        none, or when a capitalised word goes on after the suffix ("AI Open Platform"). English
        words are taken only after an English name: after a Vietnamese one they are an event
        of their own in apposition ("đại hội thể thao Đông Nam Á SEA Games", "giải vô địch
        châu Á Asian Cup 2019": the place, then the event)."""
        words, gaps = self.words, self.gaps
        for k in range(j, min(j + 3, self.n)):
            if gaps[k - 1] != " " or not (words[k][:1].isupper() and words[k].isascii()):
                return 0
            if words[k] in EVENT_SUFFIXES:
                if k > j and (
                    not all(words[m].isascii() for m in range(i, j))
                    or (k + 1 < self.n and gaps[k] == " " and self.is_cap(k + 1))
                ):
                    return 0
                return k + 2 if self.numbered_event(k + 1) else k + 1
        return 0

    def kin_before_name(self, i: int) -> bool:
        """True when the capitalised word at i is a word of address ("Ông", "Bà", "Mẹ") before
        a name that starts with a surname: at a sentence's start ("Mẹ Kim Kardashian khẳng
        định") or where a headline runs into its text ("… chất lượng Ông Đặng Như Bằng"). Not
        "Ông Ích Khiêm" (the surname Ông), "Bà Rịa", "Cô Tô"."""
        return (
            self.words[i] in _KIN_BEFORE_NAMES
            and self.gaps[i] == " "
            and self.words[i + 1] in self.g.surnames
        )

    def opens_sentence(self, i: int, j: int) -> bool:
        """True when the capitalised word at i is an ordinary word opening a sentence before
        a name: a function word ("Theo", "Tại"), or a Vietnamese word before two or more
        foreign ones ("Ngoài Goldman Sachs")."""
        if self.words[i] in FUNCTION_WORDS:
            return not self.surname_run(i)
        return (
            j - i > 2
            and is_vietnamese(self.words[i])
            and self.words[i] not in self.g.surnames
            and not any(is_vietnamese(w) for w in self.words[i + 1 : j])
        )

    def model_code(self, k: int) -> bool:
        """True when token k names a model after a product family ("S24", "Note", "X")."""
        return (
            k < self.n
            and self.gaps[k - 1] == " "
            and not self.blocked[k]
            and (self.words[k] in _MODEL_WORDS or _MODEL_CODE.fullmatch(self.words[k]) is not None)
        )

    def model_suffix(self, k: int) -> int:
        """Extend a product name over model words after its number ("iPhone 16 Pro Max")."""
        while self.model_code(k):
            k += 1
        return k

    def given_name(self, j: int, cue: Phrase) -> bool:
        """True when a head word ends a person's or a place's name ("Nguyễn Đăng Khoa", "Trần
        Quốc Trường", "xã Phước Hội"): one word, and no capitalised name after it."""
        end = j + 1
        return (
            cue.label == "HEAD"
            and len(cue.words) == 1
            and (end >= self.n or self.gaps[end - 1] != " " or not self.is_cap(end))
        )

    def name_like_title(self, j: int, cue: Phrase) -> bool:
        """True when a royal title inside a name run after a surname is written like given
        names, every word capitalised: "Nguyễn Hoàng Hậu", "Lê Thái Hậu", "Võ Văn Vua"."""
        return " ".join(cue.words) in _NAME_LIKE_TITLES and all(
            self.words[k][0].isupper() for k in range(j, min(j + len(cue.words), self.n))
        )

    def middle_name(self, i: int, j: int, cue: Phrase) -> bool:
        """True when a one-word head right after the surname at i is a middle name, one or two
        given syllables and nothing capitalised after them: "Nguyễn Trường Nhân", "Lê Trường
        Lưu", "Nguyễn Trường Thanh Sơn" are people, not a school "Trường Nhân"."""
        if j != i + 1 or cue.label != "HEAD" or len(cue.words) != 1:
            return False
        if self.lowers[i] == "phó" or self.lowers[i] in self.g.pronoun_titles:
            return False  # "Phó Ban Tuyên giáo", "Ông Trường …": a title, not a surname
        k = j + 1
        while k < self.n and k - j <= 2 and self.gaps[k - 1] == " " and self.is_cap(k):
            word = self.words[k]
            if (
                not is_vietnamese(word)
                or is_acronym(word)
                or word in SENTENCE_WORDS
                or (self.lowers[k] in self.g.cues and self.cue(k) is not None)
            ):
                return False
            k += 1
        return j + 1 < k <= j + 3 and (k >= self.n or self.gaps[k - 1] != " " or not self.is_cap(k))

    def foreign_hyphen(self, i: int, j: int) -> bool:
        """True for two capitalised words of a foreign name joined by a hyphen, the run starting
        at i: two foreign words ("Kassym-Jomart", "K-League"); one foreign word and one that
        looks like a Vietnamese syllable, unmarked, after the name's first word ("Kim
        Jong-Un", "Youssef En-Nesyri": not a product, "Blu-Ray", nor two people, "Chương-Niweat");
        and the two syllables of a Korean given name after the surname ("Son Heung-Min",
        where every syllable looks Vietnamese)."""
        a, b = self.words[j - 1], self.words[j]
        if not self.is_cap(j) or is_acronym(a) or is_acronym(b) or b in self.g.names:
            return False
        foreign_a, foreign_b = not is_vietnamese(a), not is_vietnamese(b)
        if foreign_a and foreign_b:
            return True
        if j == i + 1 or not (a + b).isascii() or is_acronym(self.words[i]):
            return False
        if foreign_a or foreign_b:
            return min(len(a), len(b)) > 1  # not "Hawaii Five-O": a letter makes a title
        return j == i + 2 and self.words[i] in KOREAN_SURNAMES

    def hyphenated(self, i: int, j: int) -> list[str]:
        """The words of tokens i to j, those that a hyphen joins written as one ("Ya-Chieh",
        "Hsu"): a foreign word makes the whole hyphenated word foreign."""
        out = [self.words[i]]
        for k in range(i + 1, j):
            if self.t.raw_gaps[k - 1] == "-":
                out[-1] += "-" + self.words[k]
            else:
                out.append(self.words[k])
        return out

    def business_title(self, i: int) -> bool:
        """True when a company's officer is named right before token i ("Phó TGĐ", "CEO")."""
        for size in (4, 3, 2, 1):
            if i - size < 0 or any(self.gaps[k] != " " for k in range(i - size, i)):
                continue
            if " ".join(self.lowers[i - size : i]) in _BUSINESS_TITLES:
                return True
        return False

    def chair_before(self, i: int) -> bool:
        """True when "chủ tịch" (chairman) stands right before token i."""
        return (
            i >= 2
            and self.lowers[i - 1] == "tịch"
            and self.lowers[i - 2] == "chủ"
            and self.gaps[i - 2] == " "
            and self.gaps[i - 1] == " "
        )

    def board_after(self, j: int) -> int:
        """Skip the board after a title ("Phó Chủ tịch Hội đồng Quản trị Tập đoàn Đèo Cả",
        "Thành viên HĐQT Vingroup"): it is part of the title; the company is the name."""
        if j >= self.n or self.lowers[j] not in ("hđqt", "hội") or self.gaps[j - 1] != " ":
            return j
        if self.words[j] == "HĐQT":
            return j + 1
        if (
            j + 3 < self.n
            and self.lowers[j : j + 4] == BOARD_WORDS
            and self.gaps[j : j + 3] == [" ", " ", " "]
        ):
            return j + 4
        return j

    def bracket_after_name(self, i: int) -> bool:
        """True when only an opening bracket stands between token i and the word before it
        ("Ủy ban châu Âu (EC)", "Devi Sea Foods Ltd. (Devi)"), not a sentence's end ("… Thái
        Bình). (Theo Tuổi Trẻ)": a source, no short name of the body)."""
        gap = self.t.raw_gaps[i - 1].replace(" ", "")
        return gap == "(" or (gap == ".(" and self.words[i - 1] in LEGAL_FORMS)

    def title_ends_in_head(self, j: int) -> bool:
        """True when a title's last word heads an organisation named after it ("Trưởng Ban
        Chỉ đạo", "Trưởng Phòng GD&ĐT", "Giám đốc Sở GTVT", "Giám đốc Sở du lịch Hà Nội", not
        "Trưởng ban Nguyễn Văn A")."""
        if j >= self.n or not self.words[j - 1][0].isupper() or self.gaps[j - 1] != " ":
            return False
        if self.words[j - 1] == "Phòng" and self.department(j):
            return True  # "Trưởng Phòng GD&ĐT huyện Ba Vì": a title, then the department
        if self.words[j - 1] == "Ban" and self.management_board(j - 1) is not None:
            return True  # "Trưởng Ban quản lý Khu kinh tế Phú Quốc": its board, named whole
        head = self.cue(j - 1)
        if head is None or head.label != "HEAD" or len(head.words) != 1:
            return False
        if self.known_field(j - 1, j, head) is not None:
            return True  # "Giám đốc Sở du lịch Hà Nội": a field in lower case and its place
        return (
            self.is_cap(j)
            and (is_vietnamese(self.words[j]) or is_acronym(self.words[j]))
            and not self.surname_run(j)
        )

    def house_number_before(self, i: int) -> bool:
        """True when a house number stands right before token i: "số 8A/4G", or "số 12" after
        a word of address ("nhà", "ở", "tại"); not a rank ("tay vợt số 1 Nguyễn …")."""
        k = i - 1
        if k < 1 or self.gaps[k] != " " or not self.words[k][0].isdigit():
            return False
        while k > 1 and self.t.raw_gaps[k - 1] == "/" and self.words[k - 1][0].isdigit():
            k -= 1  # "8A/4G"
        if self.lowers[k - 1] != "số" or self.gaps[k - 1] != " ":
            return False
        if k < i - 1 or not self.words[i - 1].isdigit():
            return True  # "số 8A/4G", "số 12B": written as an address
        if k > 1 and self.t.raw_gaps[k - 2] == ": ":
            # "Địa chỉ: Số 9 …", "Hải Phòng: Số 75 …" (addresses listed by city)
            return self.lowers[k - 2] == "chỉ" or self.words[k - 1] == "Số"
        return k > 1 and self.gaps[k - 2] == " " and self.lowers[k - 2] in _ADDRESS_WORDS

    def numbered_ward(self, j: int) -> bool:
        """True when a capitalised ward or district and its number stand at j ("Phường 5",
        "Quận 3"), right after a space."""
        return (
            self.words[j] in _WARDS
            and j + 1 < self.n
            and self.gaps[j] == " "
            and self.words[j + 1].isdigit()
        )

    def lettered_house(self, k: int) -> bool:
        """True when token k is the lettered part of a house number after its slash ("212/A44",
        "553/C2"): a letter or two, then digits."""
        word = self.words[k]
        return (
            k > 0
            and self.t.raw_gaps[k - 1] == "/"
            and self.words[k - 1][0].isdigit()
            and len(word) <= 5
            and word[0].isalpha()
            and word[-1].isdigit()
            and word.isalnum()
        )

    def opens_house(self, k: int) -> bool:
        """True when what stands before the house number at token k lets it open an address:
        punctuation of a list of addresses, a city found just before ("Hà Nội 224 Kim Mã"), or
        a lower-case word (not a rank's, "hạng 3") or "Tại"/"Ở" opening the sentence."""
        before = self.t.raw_gaps[k - 1].rstrip(" ")
        if self.t.raw_gaps[k - 1] in (",", ".") and self.words[k - 1][-1].isdigit():
            return False  # "chung cư 2,1 Ha …": a decimal, no house number
        if before.endswith(_BEFORE_HOUSE):
            return True
        if self.spans and self.spans[-1][1] == k and self.spans[-1][2] == "LOC":
            return True  # "Văn phòng tại Hà Nội 224 Kim Mã, Q.Ba Đình"
        return (
            self.gaps[k - 1] == " "
            and (self.words[k - 1].islower() or self.words[k - 1] in ("Tại", "Ở"))
            and self.lowers[k - 1] not in _NOT_HOUSE
        )

    def bracketed_street(self, i: int, j: int) -> bool:
        """True when the run i..j opens a bracket right after a person's name and a district
        or a ward follows its comma: the street the person lives on ("anh Nam (Lê Văn Sỹ,
        Q.3, TP.HCM)", "chị Lan (Nguyễn Trãi, quận 5)")."""
        if i < 1 or not self.t.raw_gaps[i - 1].endswith("(") or j + 1 >= self.n:
            return False
        if not self.spans or self.spans[-1][1] != i or self.spans[-1][2] != "PER":
            return False
        if self.t.raw_gaps[j - 1] != ", ":
            return False
        if self.words[j] in ("Q", "P"):
            return self.gaps[j] == "." and (
                self.words[j + 1][0].isupper() or self.words[j + 1][0].isdigit()
            )
        return self.lowers[j] in ("quận", "phường") and self.gaps[j] == " "

    def address_before(self, i: int, j: int) -> bool:
        """True when the run i..j is the street of an address written without "số": a house
        number before it ("123", "12A", "45/2", "59-61") after a lower-case word or the
        punctuation of a list of addresses, and a district, ward or known place after its
        comma, bracket or dash ("tại 123 Trần Hưng Đạo, quận 1", "ở 45/2 Lê Văn Sỹ, P.13",
        "tại 8 Lê Thánh Tông, Hoàn Kiếm", "Công ty X, 19 Hàng Bài, Hoàn Kiếm", "(17 Lê Duẩn,
        Q.1)", "Cà phê Y: 37 Hàng Gà, Hà Nội", "270A Ba Tháng Hai (P.14, Q.10)")."""
        k = i - 1
        if k < 1 or self.gaps[k] != " " or self.words[i] == "Tết":
            return False  # "chiều 27 Tết": a day of the lunar year
        if (not self.words[k][0].isdigit() or self.blocked[k]) and not (
            self.t.raw_gaps[k - 1] == "/" and self.lettered_house(k)  # "212/A44"
        ):
            return False  # not a figure's number: "hạt giống số 1 Chan Yan Kit (Hồng Kông)"
        while k > 1 and self.t.raw_gaps[k - 1] in ("/", "-") and self.words[k - 1][0].isdigit():
            k -= 1  # "45/2", "59-61", "212/A44"
        spaced = k
        while (
            spaced > 1
            and self.t.raw_gaps[spaced - 1] in (" - ", " – ")
            and self.words[spaced - 1][0].isdigit()
        ):
            spaced -= 1  # "99 - 99A"
        if spaced < k and self.opens_house(spaced):
            k = spaced  # else the dash before the house number ends a place ("Đắk Lăk 212 - 214")
        elif not self.opens_house(k):
            return False  # "hạng 3 Nguyễn Thị Huyền, TP.HCM": a rank
        if (
            self.lowers[k - 1] in ("ở", "tại")
            and self.gaps[k - 1] == " "
            and (k < i - 1 or len(self.words[k]) >= 2)
            and j - i >= 2  # no street of one syllable: "tại 65 Liên hoan phim" is a count
            and all(is_vietnamese(w) for w in self.words[i:j])
            # "tại 30 Sân vận động", "ở 228 Phòng giao dịch" (but "ở 136 Hồ Tùng Mậu": a
            # surname)
            and (self.words[i] in self.g.surnames or self.cue(i) is None)
            and (j >= self.n or self.gaps[j - 1] != " " or self.words[j].islower())
            and not word_goes_on(self.t, j - 1)
        ):
            return True  # "ở 131 Lò Đúc và …": where one is, at a house number, is a street
        after_gap = self.t.raw_gaps[j - 1] if j < self.n else ""
        if after_gap == " " and self.numbered_ward(j):
            return True  # "402 Nguyễn Thị Minh Khai Phường 5, Quận 3"
        if after_gap not in _AFTER_STREET or (
            "(" in after_gap and not all(map(is_vietnamese, self.words[i:j]))
        ):
            return False  # "Lee Chong Wei (Malaysia)": a player and his country
        after = self.lowers[j]
        if (
            after in ADMIN_WORDS
            or after.rstrip("0123456789") in ("quận", "phường")  # "quận1", glued
            or after == "tp"
            or (after in ("p", "q") and self.t.raw_gaps[j] in (".", ". "))
        ):
            return True  # "quận 1", "phường Đa Kao", "P.13", "Q.3", "Q. Hoàn Kiếm"
        place = self.name(j) if self.words[j] in self.g.names else None
        return place is not None and place.label == "LOC"

    def route_end(self, i: int, j: int) -> bool:
        """True when the run i..j and a place are joined by a dash (a route)."""
        if j - i > 3 or (j - i > 1 and not all(is_vietnamese(w) for w in self.words[i:j])):
            return False
        if self.spans and self.spans[-1][1] == i and self.spans[-1][2] == "LOC":
            return self.gaps[i - 1] == "-"
        if j < self.n and self.gaps[j - 1] == "-" and self.is_cap(j):
            place = self.name(j)
            return place is not None and place.label == "LOC"
        return False

    def coordinated(self, i: int, j: int) -> str:
        """The label of the name that token i (its run ending at j) is coordinated with
        ("Tập đoàn X và Viglacera"); not the subject of the clause after a source ("Theo Bộ Y
        tế, Remdesivir chưa được cấp phép": the drug, whatever it is, is no second source)."""
        if not self.spans:
            return ""
        start, end, label, key = self.spans[-1]
        if label not in ("ORG", "LOC"):
            return ""
        if end == i and self.t.raw_gaps[i - 1] == ", ":
            if self.speaks(j):
                return ""  # "quanh sao Hỏa, Winglee cho biết": who speaks ends the list
            if key in _CELESTIAL:
                return ""  # "trên sao Hỏa, Ingenuity đã bay": a planet starts no list
            if (
                start > 0
                and self.lowers[start - 1] == "theo"
                and j < self.n
                and self.gaps[j - 1] == " "
                and self.words[j].islower()
            ):
                return ""
            return label  # "Samsung, Xiaomi"
        if self.after_aside(end, i):
            if self.acting(i, i + 1) == "PER":
                return ""  # "cho Consadole Sapporo (2017-2021), Chanathip đã ghi": a player
            return label  # "Samsung (Hàn Quốc), Xiaomi"
        if end == i - 1 and self.lowers[i - 1] == "và" and self.gaps[i - 2] == " ":
            return label if self.gaps[i - 1] == " " else ""
        return ""

    def possessive_s(self, j: int) -> bool:
        """True for an "s" at j glued by an apostrophe to the name before it ("Foster's"), in
        Vietnamese text (in an English sentence it is a possessive: "Thaksin's home")."""
        return (
            j < self.n
            and self.words[j] == "s"
            and self.t.raw_gaps[j - 1] in APOSTROPHES
            and self.words[j - 1] not in CONTRACTED
            and (j + 1 >= self.n or self.t.raw_gaps[j] != "")
            and not english_around(self.words, j)
        )

    def house_letter(self, i: int) -> bool:
        """True for a capital letter alone at i right after a house's number ("số 72 A Thụy
        Khuê", "12 B Lý Thường Kiệt"): the number's ("72A"), no part of the street."""
        return (
            i > 0
            and len(self.words[i]) == 1
            and self.words[i] in _HOUSE_LETTERS
            and self.t.raw_gaps[i - 1] == " "
            and self.words[i - 1].isdigit()
        )

    def venue_name_after(self, j: int) -> int:
        """End of a venue's own name at j, after its lower-case head: two capitalised
        Vietnamese words or more ("nhà thi đấu Phan Đình Phùng", "nhà hát Trưng Vương") or
        foreign words ("bảo tàng Te Papa", "nhà hát Windmill"); j when the name goes on with
        a place or another name ("nhà hát Kịch Việt Nam", "bảo tàng Mỹ Thuật Đà Nẵng": left to
        the rules for bodies and places), is one Vietnamese word ("nhà hát Lớn") or is cut by
        a dash, a particle or "và" ("Elvis-A-Rama", "Blanchard de la Brosse", "Victoria và
        Albert")."""
        if j >= self.n or self.gaps[j - 1] != " " or not self.is_cap(j):
            return j
        end = self.run_end(j, named=True)
        if any(map(is_acronym, self.words[j:end])):
            return j  # "bảo tàng TP. HCM": a place written short, for the rules that know it
        foreign = not all(map(is_vietnamese, self.words[j:end]))
        if not foreign and end - j < 2:
            return j
        if end < self.n:
            gap = self.gaps[end - 1]
            if gap == "-" or (gap == " " and self.is_cap(end)):
                return j
            if (
                foreign
                and gap == " "
                and self.lowers[end] in _VENUE_NAME_GOES_ON
                and end + 1 < self.n
                and self.is_cap(end + 1)
            ):
                return j
        return end

    def staff_before(self, i: int) -> bool:
        """True when who owns, runs or works at the venue whose head is at i is named right
        before it ("ông chủ bảo tàng Chris Davidson", "giám đốc của bảo tàng Taco Dibbits")."""
        if i > 0 and self.lowers[i - 1] in _STAFF_ENDS:
            return True
        return i > 1 and self.lowers[i - 1] == "của" and self.lowers[i - 2] in _STAFF_ENDS

    def place_number(self, j: int) -> bool:
        """True for a one-digit number at j that ends a place's name ("hầm Hải Vân 2")."""
        return (
            j < self.n
            and self.gaps[j - 1] == " "
            and self.words[j].isdigit()
            and len(self.words[j]) == 1
            and not self.blocked[j]
        )

    def place_letter(self, j: int) -> bool:
        """True for a capital letter alone at j that ends a place's name ("phường Phước Long
        B"), not an initial ("Phước Long B. Trần")."""
        return (
            j < self.n
            and self.gaps[j - 1] == " "
            and len(self.words[j]) == 1
            and self.words[j] in "ABCD"
            and not self.blocked[j]
            and (j + 1 >= self.n or self.gaps[j] != ".")
        )

    def word_starts(self, i: int) -> bool:
        """True when the capital at i starts a common word written on ("Trung ương")."""
        words = self.match_folded(self.g.org_words, i)
        return words is not None and len(words.words) > 1

    def named_person(self, i: int, phrase: Phrase) -> bool:
        """True when the district's name *phrase* at i is a person's here: after a title or,
        for a lesser-known one, speaking ("Thái Hòa cho biết")."""
        key = phrase.key[4:]
        if key not in self.g.districts or (i > 0 and self.lowers[i - 1] in PLACE_BEFORE):
            return False  # "thị xã Vĩnh Châu cho biết": the town's office speaks
        return (
            key in self.g.lesser_districts and self.speaks(i + len(phrase.words))
        ) or self.title_before(i)

    def titles_ending_at(self, i: int, reach: int) -> Iterator[Phrase]:
        """The titles (cues labelled TITLE) that end right before token i, a space between,
        starting within *reach* tokens before it."""
        if i == 0 or self.gaps[i - 1] != " ":
            return
        for k in range(max(0, i - reach), i):
            if self.lowers[k] in self.g.cues:
                cue = self.cue(k)
                if cue is not None and cue.label == "TITLE" and k + len(cue.words) == i:
                    yield cue

    def title_ends_at(self, i: int) -> bool:
        """True when a title of office ("Chủ tịch", "Tổng giám đốc", "Bộ trưởng"; not a word
        of address such as "cụ", which ends "công cụ") ends right before token i."""
        return any(c.key not in self.g.pronoun_titles for c in self.titles_ending_at(i, 4))

    def title_before(self, i: int) -> bool:
        """True when a title that only people bear ends just before token i ("chị Hoài Đức",
        "diễn viên Thái Hòa"; not "liệt sĩ" of "nghĩa trang liệt sĩ Vị Xuyên")."""
        return any(
            c.key in self.g.pronoun_titles or c.key in _STAGE_TITLES
            for c in self.titles_ending_at(i, 3)
        )

    def speaks(self, j: int) -> bool:
        """True when what follows token j - 1 is a person speaking ("cho biết", "nói")."""
        if j >= self.n or self.gaps[j - 1] != " ":
            return False
        if self.lowers[j] in ("nói", "kể", "hỏi"):
            return True
        return j + 1 < self.n and f"{self.lowers[j]} {self.lowers[j + 1]}" in _SPEAKING

    def source(self, i: int) -> str:
        """ORG for an outlet quoted at a sentence start: "Theo Politico, ..."."""
        if (
            i > 0
            and self.words[i - 1] == "Theo"
            and self.gaps[i - 1] == " "
            and self.sentence_start(i - 1)
            and i + 1 < self.n
            and self.t.raw_gaps[i].startswith(",")
        ):
            return "ORG"
        return ""

    def clause_start(self, i: int) -> int:
        """The first token of the clause holding token i: after the last comma, colon,
        semicolon, quote or sentence end before it."""
        raw = self.t.raw_gaps
        k = i
        while k > 0 and _CLAUSE_MARKS.isdisjoint(raw[k - 1]):
            k -= 1
        return k

    def named_before_as_firm(self, i: int) -> bool:
        """True when the word at i was named before as an organisation ("Theo Cloudbet, …")
        or as a maker, after "của" ("smartphone của Zolari. Zolari cho biết")."""
        word = self.words[i]
        if any(s[2] == "ORG" and self.words[s[0] : s[1]] == [word] for s in self.spans):
            return True
        text, start = self.text, self.t.starts[i]
        key = f"của {word}"
        at = text.find(key, 0, start)
        while at != -1:
            end = at + len(key)
            if not text[end : end + 1].isalnum():
                return True
            at = text.find(key, at + 1, start)
        return False

    def military_base(self, i: int) -> bool:
        """True when "căn cứ" at i is a base one goes to or is at ("tại căn cứ Misawa", "bay
        về căn cứ Yokata"), not "on the grounds of" ("căn cứ Quy định số 5", "sẽ căn cứ")."""
        return i > 0 and self.gaps[i - 1] == " " and self.lowers[i - 1] in _BASE_BEFORE

    def acting(self, i: int, j: int) -> str:
        """PER for a foreign word that speaks or acts as a person does ("Millman nhận định",
        "Federer thắng"), or that stands in a list of people."""
        if j < self.n and self.gaps[j - 1] == " " and self.lowers[j] in _PERSON_VERBS:
            return "PER"
        if (
            j + 1 < self.n
            and self.gaps[j - 1] == " "
            and self.gaps[j] == " "
            and f"{self.lowers[j]} {self.lowers[j + 1]}" in _PLAYER_DEEDS
        ):
            return "PER"  # "Benzema lập công", "Casemiro phạm lỗi"
        if self.colleagues_after(i, j):
            return "PER"  # "Karlson và cộng sự đã phân tích": a researcher and colleagues
        if (
            self.speaks(j)
            and (
                self.sentence_start(i)
                or self.t.raw_gaps[i - 1].startswith(('"', "\u201d"))
                or self.clause_subject(i)
            )
            and not self.named_before_as_firm(i)
        ):
            # "Georgina cho biết", '…", Schiel thừa nhận', "Khi đó, Kusuma cho biết", "Nhưng
            # Khaliq cho biết": one word opening a clause
            return "PER"
        return self.listed_person(i)

    def clause_after(self, j: int) -> bool:
        """True when a lower-case word that goes on with a clause follows token j - 1 ("…,
        Guardian hôm 1/7 đưa tin"), not a bracket, a comma or a joiner of a list ("…, Cadiz
        hoặc Seville", "…, Âu Lạc (quận 5)")."""
        return (
            j < self.n
            and self.gaps[j - 1] == " "
            and self.words[j].islower()
            and self.lowers[j] not in ("và", "hoặc", "hay")
        )

    def given_before(self, i: int) -> bool:
        """True when the country named short at i ends a given name that real news writes of
        people (``mined_names.tsv``: "Thúy Nga", "Tuấn Anh") with the one word left right
        before it."""
        return (
            self.words[i] in SHORT_PLACES
            and bool(self.leftovers)
            and self.leftovers[-1] == (i - 1, i)
            and self.gaps[i - 1] == " "
            and mined_names().labels.get(f"{self.words[i - 1]} {self.words[i]}") == "PER"
        )

    def colleagues_after(self, i: int, j: int) -> bool:
        """True when "và (các) cộng sự" or "và (các) đồng nghiệp" follows the name i..j: a
        person and their colleagues (not a law firm's name)."""
        k = j + 1
        if j >= self.n or self.gaps[j - 1] != " " or self.lowers[j] != "và" or k >= self.n:
            return False
        if i > 0 and self.lowers[i - 1] in ("luật", "ty"):
            return False  # "Văn phòng luật Bross và cộng sự": a law firm
        if self.lowers[k] == "các" and k + 1 < self.n:
            k += 1
        return " ".join(self.lowers[k : k + 2]) in _COLLEAGUES and self.gaps[k - 1] == " "

    def addressed_by_head_word(self, i: int, j: int) -> bool:
        """True when the one capitalised head word at i ("Trường", "Hội", "Ban"), right after
        a form of address and before a lower-case word, is a given name: "ông Trường nói",
        "thầy Hội chia sẻ"; not an office's first word ("ông Vụ phó", "ông Đội trưởng")."""
        word = self.words[i]
        return (
            j == i + 1
            and j < self.n
            and word[1:].islower()
            and is_vietnamese(word)  # not "các ông NXB": a publisher's staff
            and self.gaps[i - 1] == " "
            and self.lowers[i - 1] in _ADDRESSES
            and self.gaps[i] == " "
            and self.words[j][0].islower()
            and self.lowers[j] not in _OFFICE_ENDS
        )

    def quoted_speaker(self, i: int, j: int) -> bool:
        """True when the one word at i, after a closing quote and a comma, speaks: '"…",
        Nam cho biết', '…hết sức," Duan nói'. A word that looks Vietnamese, even a compass
        point, is a person there: a quote is given to people, not to places; a body's head
        word ('"…", Bộ cho biết') speaks for the body."""
        if i == 0 or not _quote_end(self.t.raw_gaps[i - 1]) or not self.speaks(j):
            return False
        if self.words[i] in SENTENCE_WORDS:
            return False  # '"…", Theo tiết lộ của …': a clause's first word, no one
        cue = self.cue(i)
        return cue is None or cue.label not in ("HEAD", "TITLE")

    def given_in_slot(self, i: int, j: int) -> str:
        """PER for a common foreign given name alone where a person stands in the sentence
        (:meth:`person_slot`): "đưa tiền cho Stephanie rồi …", "chia tay với Hugh.", "trong
        khi Vicky sẽ …"."""
        if (
            self.words[i] in self.g.foreign_given
            and not (j < self.n and self.t.raw_gaps[j - 1].lstrip().startswith(_APOSTROPHES))
            and (self.person_slot(i, j) or self.opens_as_subject(i, j))
        ):
            return "PER"  # not "của Victoria's Secret": a firm named after someone
        return ""

    def opens_as_subject(self, i: int, j: int) -> bool:
        """True when the one word at i opens a sentence as its subject, before what a person
        does ("Johnny cũng thông báo …", "Natalie đã …"; not "Victoria's …")."""
        return (
            j == i + 1
            and j < self.n
            and self.sentence_start(i)
            and self.gaps[i] == " "
            and self.lowers[j] in _AFTER_CLAUSE
        )

    def clause_subject(self, i: int) -> bool:
        """True when token i opens a clause inside a sentence: after the comma of an opening
        phrase ("Khi đó, X") or after a word that opens a clause ("nhưng X", "Khi X")."""
        if i == 0:
            return False
        gap = self.t.raw_gaps[i - 1]
        if gap == " " and self.lowers[i - 1] in _BEFORE_SUBJECT:
            return self.words[i - 1].islower() or self.sentence_start(i - 1)
        return gap == ", " and self.words[i - 1].islower()

    def listed_person(self, i: int) -> str:
        """PER for a name that continues a list of people ("Federer, Djokovic và Nadal",
        "Federer (783 trận), Djokovic", "Dương Tử, Quan Hiểu Đồng, Châu Đông Vũ")."""
        last = self.spans[-1] if self.spans else None
        if (
            last is not None
            and last[2] == "PER"
            and (
                (last[1] == i and self.t.raw_gaps[i - 1] == ", ")
                or (last[1] == i - 1 and self.lowers[i - 1] == "và")
                or self.after_aside(last[1], i)
            )
        ):
            return "PER"
        return ""

    def after_aside(self, end: int, i: int) -> bool:
        """True when a short aside in brackets and a comma stand between the name that ends
        at token *end* and token i: "Federer (783 trận thắng), Djokovic"."""
        if not end < i <= end + _MAX_ASIDE:
            return False
        between = self.text[self.t.ends[end - 1] : self.t.starts[i]]
        return _ASIDE.fullmatch(between) is not None

    def office_is_org(self, j: int, length: int) -> bool:
        """True for an office that names an organisation: "Giám đốc Công an tỉnh Hà Tĩnh"."""
        head = self.cue(j)
        end = j + length
        if head is None or head.label != "HEAD" or end >= self.n or self.gaps[end - 1] != " ":
            return False
        after = self.cue(end)
        if after is not None and after.label == "NAME" and self.words[end][0].islower():
            return not after.weak  # "tỉnh", "thành phố", not "tại"
        if self.words[end] in PLACE_ABBREVIATIONS and self.abbreviated_place(end) is not None:
            return True  # "Giám đốc Công an TP. HCM", "Trưởng Công an TP Thanh Hóa"
        place = self.name(end)
        return place is not None and place.label == "LOC"

    def neighbours_fit(self, i: int, cue: Phrase) -> bool:
        """True when the place word at i, one of ``_NEIGHBOURS``, stands where it is a cue."""
        how, words = _NEIGHBOURS[self.lowers[i]]
        if how == "village":
            j = i + len(cue.words)
            word = self.words[j] if j < self.n else ""
            if not word or is_acronym(word) or (i > 0 and self.lowers[i - 1] in _ELDERS):
                # not a team or a charity ("làng F1", "làng SOS"), nor the person after an
                # elder of a village ("già làng Y-Công", "HLV lão làng Fabio Capello") nor
                # what is launched ("trình làng Sony NW")
                return False
            # a foreign village too ("làng Jillam"), not "bãi B"
            return is_vietnamese(word) or (len(word) > 1 and word.isalpha())
        if self.words[i][0].isupper():
            return True
        before = self.lowers[i - 1] if i > 0 else ""
        return before not in words if how == "ends" else before in words

    def numbered_place(self, j: int, cue: Phrase) -> bool:
        """True when the place cue before j is named by the number at j ("quận 2", "quốc lộ
        1A"): a number is no name by itself, so the cue is in the span."""
        return (
            cue.key == "LOC"
            and not cue.weak
            and " ".join(cue.words) in _NUMBERED_PLACES
            and j < self.n
            and self.gaps[j - 1] == " "
            and self.words[j][0].isdigit()
            and len(self.words[j]) <= 3
            and self.words[j].isalnum()
            and not self.blocked[j]
            and not (
                j + 1 < self.n  # a date or a decimal ("đường 3/2", "quận 2,5"), not a name
                and (
                    self.t.raw_gaps[j][:1] in ("/", "-")
                    or (self.t.raw_gaps[j] in (",", ".") and self.words[j + 1][0].isdigit())
                )
            )
        )

    def written_whole(self, i: int, cue: Phrase) -> bool:
        """True for a place word capitalised inside a sentence: part of the name as written
        ("Phố Wall", "Dinh Độc Lập"; guideline rule 38)."""
        return (
            cue.key == "LOC"
            and not cue.weak
            and not self.sentence_start(i)
            and self.words[i] not in self.g.surnames
        )

    def honoured_cue(self, j: int, named: bool = False) -> bool:
        """True for "Thủ đô" (a place word capitalised out of respect) at token j, after
        another place word; with *named*, only when a capitalised name follows it ("vùng Thủ
        đô Hà Nội")."""
        if not (
            j + 1 < self.n
            and self.gaps[j - 1] == " "
            and self.gaps[j] == " "
            and self.words[j][0].isupper()
            and f"{self.lowers[j]} {self.lowers[j + 1]}" in _HONOURED_CUES
        ):
            return False
        return not named or (j + 2 < self.n and self.gaps[j + 1] == " " and self.is_cap(j + 2))

    def capital_cue(self, i: int, j: int, cue: Phrase) -> bool:
        """True for a name cue capitalised at a sentence start: "Bão Yagi", "Huyện Mê Linh"."""
        return (
            not cue.part_of_name
            and self.words[i] not in self.g.surnames
            and j < self.n
            and self.gaps[j - 1] == " "
            and self.is_cap(j)
            and self.sentence_start(i)
        )

    def apposed(self, i: int, j: int) -> str:
        """The label a description after a comma gives the unknown run i..j: ORG before a
        firm's common noun ("Archegos, công ty môi giới", "Zentrix, một hãng khởi nghiệp"),
        PER before a title of a foreign name of two words or more ("Lim Boon Keng, Giám đốc
        điều hành …"); "" otherwise."""
        n = self.n
        words = self.words[i:j]
        if (
            j >= n
            or self.t.raw_gaps[j - 1] != ", "
            or len(words[0]) == 1
            or words[0] == "The"
            or words[0] in _CLAUSE_OPENERS
            or any(is_acronym(w) or is_camel(w) for w in words)
            or self.words[self.clause_start(i)] in _CLAUSE_OPENERS
            or (i > 1 and self.lowers[i - 1] == "của" and self.words[i - 2][0].isupper())
        ):
            # "Khi gặp Rokov, công ty …", "Nhờ Zelmar, quỹ …": the clause after the comma
            # has its own subject; "DST Global của Yuri Milner, công ty …": the name before
            # "của" is the one described
            return ""
        one = self.lowers[j] == "một"
        k = j + 1 if one and j + 1 < n else j
        two = f"{self.lowers[k]} {self.lowers[k + 1]}" if k + 1 < n else ""
        noun = two if two in _FIRM_NOUNS else self.lowers[k]
        if self.words[k][0].islower() and noun in _FIRM_NOUNS:
            after = k + len(noun.split())
            if (one or noun not in _FIRM_NOUNS_AFTER_ONE) and not (
                after < n and (self.is_cap(after) or self.lowers[after] in _CLAUSE_GOES_ON)
            ):
                return "ORG"  # not "…, hãng Forrester nói", "…, hãng đã xin thêm chuyến"
            return ""
        if (
            j - i > 1
            and k == j
            and not all(is_vietnamese(w) for w in words)
            and (cue := self.cue(j)) is not None
            and cue.label == "TITLE"
            and cue.key not in self.g.pronoun_titles
        ):
            return "PER"
        return ""

    def person_particle(self, i: int, j: int) -> bool:
        """True when the foreign run i..j holds a particle that only people's names hold
        between two capitalised words ("bin", "ibn", "van", "von"; "da" after a foreign given
        name; not "de", which places and events hold too: "Rio de Janeiro", "Tour de
        France")."""
        words = self.words
        if i > 0 and self.lowers[i - 1] in _HYPHEN_PARTICLES:
            return False  # "thủ lĩnh al Qaeda Osama bin Laden": the network, then the man
        inside = words[i + 1 : j - 1]
        return (
            (
                any(w in PERSON_PARTICLES for w in inside)
                # "Lula da Silva", "Marcus da Costa"; not "Pizzeria da Michele"
                or ("da" in inside and words[i] in self.g.foreign_given)
            )
            and words[i][0].isupper()
            and words[j - 1][0].isupper()
            and not all(is_vietnamese(w) for w in words[i:j] if w[0].isupper())
        )

    def after_particles(self, k: int) -> int | None:
        """The capital after the particles at k between foreign name words ("von der Leyen";
        after a capitalised particle too: "bà Von der Leyen")."""
        before = self.words[k - 1]
        if self.words[k][0].isupper() or (
            is_vietnamese(before)
            and not (before[0].isupper() and before.lower() in _NAME_PARTICLES)
        ):
            return None
        t = k
        while t < self.n and self.lowers[t] in _NAME_PARTICLES and self.words[t][0].islower():
            if self.gaps[t] != " " and not (
                self.lowers[t] in _HYPHEN_PARTICLES and self.t.raw_gaps[t] == "-"
            ):
                return None  # "al-Assad", "el-Sisi" are joined by a hyphen
            t += 1
        return t if t < self.n and self.is_cap(t) else None

    def country_before_seat(self, k: int) -> bool:
        """True for "tại <place> <Name>" at k: the run before k names a country, not a person."""
        n = self.n
        if not (k + 1 < n and self.gaps[k - 1] == " " and self.lowers[k] == "tại"):
            return False
        if self.gaps[k] != " ":
            return False
        place = self.name(k + 1)
        if place is None or place.label != "LOC":
            return False
        after = k + 1 + len(place.words)
        return after < n and self.gaps[after - 1] == " " and self.is_cap(after)

    def mined(self, i: int, j: int) -> str:
        """The label of the run i..j in the names mined from real news (``mined_names``): a
        person's given name ("Xuân Lam") is a person; a name that is also a common word
        ("Hải") not at a sentence start."""
        if j - i == 1:
            key = self.words[i]  # most runs: one word, nothing to join
        elif j - i > 4 or any(self.gaps[k] != " " for k in range(i, j - 1)):
            return ""
        else:
            key = " ".join(self.words[i:j])
        names = mined_names()
        label = names.labels.get(key, "")
        if not label:
            return self.known_org(i, key)
        if label == "GIVEN":
            label = "PER"
        if not label or (label == "PER" and self.lowers[i] in self.g.pronoun_titles):
            return ""  # "Anh Huy": the form of address and a name, not a name
        if (
            key in names.common
            and self.sentence_start(i)
            and not self.speaks(j)
            and not (label == "PER" and self.sentenced(i, j))
        ):
            return ""  # "Video: ...", "Hải quân ...", but "Hải cho biết", "…; Hải 3 năm tù"
        if j - i == 1 and is_vietnamese(key):
            acts = (
                self.speaks(j)
                or (j < self.n and self.lowers[j] in _PERSON_VERBS)
                or (label == "PER" and self.person_slot(i, j))
                or (label == "PER" and self.sentenced(i, j))
            )
            if key in names.common and not acts:
                return ""  # "Hải", "hải quan": a person only when acting ("Hải cho biết")
            if j < self.n and self.gaps[j - 1] == " " and not acts:
                return ""  # "Quốc vụ khanh", "Năm ASEAN": the first word of a phrase
        return label

    def place_pair(self, i: int, k: int) -> bool:
        """True when the given name at i and the capitalised run at k after its "và" read as
        two places: the run is a place of the mined names ("Cửa Lò"), or the text writes
        either after a place word ("thành phố Vinh", "thị xã Cửa Lò") somewhere."""
        e = k + 1
        while e < self.n and e - k < _MAX_PAIRED and self.gaps[e - 1] == " " and self.is_cap(e):
            e += 1
        run = " ".join(self.words[k:e])
        return mined_names().labels.get(run) == "LOC" or any(
            self.written_as_place(name) for name in (self.words[i], run)
        )

    def written_as_place(self, name: str) -> bool:
        """True when the text writes *name* right after a place word ("thành phố Vinh", "TP.
        Vinh", "xã Cửa Lò"), not as the start of a longer name ("tỉnh Vĩnh Long")."""
        for found in re.finditer(_PLACE_WORD_BEFORE + re.escape(name) + r"(?!\w)", self.text):
            rest = self.text[found.end() : found.end() + 2]
            if not (rest[:1] == " " and rest[1:].isupper()):
                return True
        return False

    def after_opening_place(self, cue: int, i: int, j: int) -> bool:
        """True when the place cue at *cue* follows a preposition that opens the sentence
        ("Trên sân San Siro, …", "Tại khách sạn Metropole, …") and the name i..j after its
        comma, a person's by its shape (a foreign word, a surname first), goes on with a
        lower-case word that continues no list ("và", "hay"): the sentence's subject, not
        the next place of a list ("Tại xã Tân Lập, Tân Hòa và …", "Tại huyện Hòa Vang,
        Phước Ninh bị ngập")."""
        return (
            cue > 0
            and (
                not is_vietnamese(self.words[i]) or is_acronym(self.words[i]) or self.surname_run(i)
            )
            and bool(self.spans)
            and self.spans[-1][0] - cue <= 3  # the cue's own name before the comma
            and all(self.words[m].islower() for m in range(cue, self.spans[-1][0]))
            and self.lowers[cue - 1] in _OPENING_PREPOSITIONS
            and self.words[cue - 1][0].isupper()
            and self.sentence_start(cue - 1)
            and j < self.n
            and self.gaps[j - 1] == " "
            and self.words[j].islower()
            and self.words[j] not in _LIST_GOES_ON
        )

    def person_slot(self, i: int, j: int) -> bool:
        """True when a one-word given name at i stands where a person does inside a
        sentence: as the subject after a clause's first word and before what a person does
        ("… thì Cường gọi tôi", "tôi và Thục sẽ …") or as the object of what is done to a
        person ("chở Hai về", "tạm giữ Sáng và Xuân,", "hành vi của Phúc là"); after "và"
        only when a person comes before it ("Hà và Thành")."""
        if i == 0 or self.words[i] in DIRECTIONS:
            return False
        nxt = self.lowers[j] if j < self.n else ""
        gap = self.gaps[j - 1] if j < self.n else "."
        if self.t.raw_gaps[i - 1] == ", ":
            # "Tiếp đó, Thắng cầm …": the subject after a clause that opens the sentence
            return self.words[i - 1].islower() and gap == " " and nxt in _AFTER_CLAUSE
        if self.gaps[i - 1] != " ":
            return False
        before = self.lowers[i - 1]
        if not self.words[i - 1].islower() or self.sentence_start(i):
            return False
        if before == "và":  # "tạm giữ Lực và Vượng để …": a second person, not "và Tổng công …"
            return (
                bool(self.spans)
                and self.spans[-1][1] == i - 1
                and self.spans[-1][2] == "PER"
                and (gap != " " or nxt in _AFTER_SECOND)
            )
        if gap != " " and j < self.n and self.is_cap(j) and self.t.raw_gaps[j - 1] == ", ":
            return False  # "của Hiếu, Domesco …": a list whose next item may be no person
        if nxt == "và" and j + 1 < self.n and self.is_cap(j + 1):
            other = self.name(j + 1)
            if other is not None and other.label == "LOC":
                return False  # "Du lịch của Vinh và Hà Tĩnh": a city that is also a name
            if self.place_pair(i, j + 1):
                return False  # "của Vinh và Cửa Lò": a mined place, or one the text says is
        if before in _BEFORE_SUBJECT and gap == " " and nxt in _AFTER_SUBJECT:
            return True
        return before in _BEFORE_OBJECT and (gap != " " or nxt in _AFTER_OBJECT)

    def sentenced(self, i: int, j: int) -> bool:
        """True when the given name at i is a convict's in a court's sentence, before a term
        or a kind of sentence: right after "phạt" ("tuyên phạt Hùng 12 năm tù", "phạt Lâm án
        tử hình") or in the list of sentences that goes on from it in the same sentence (",
        Thanh 7 năm, Thành 4 năm và Tâm 20 tháng tù", "; Tú chung thân")."""
        n, words, lowers = self.n, self.words, self.lowers
        if i == 0 or j >= n or self.gaps[j - 1] != " ":
            return False
        if lowers[j] not in _SENTENCE_KINDS and not (
            words[j].isdigit() and j + 1 < n and lowers[j + 1] in _TERM_UNITS
        ):
            return False  # no term ("12 năm") and no kind of sentence ("chung thân") after it
        before = lowers[i - 1]
        if before == "phạt" and self.gaps[i - 1] == " ":
            return True
        if self.t.raw_gaps[i - 1] not in (", ", "; ") and before != "và":
            return False
        k = i - 1
        while k > 0 and i - k < _SENTENCE_LIST_REACH and not self.sentence_start(k):
            if lowers[k - 1] == "phạt":
                return True
            k -= 1
        return False

    def known_org(self, i: int, key: str) -> str:
        """ORG for a club or a company of ``known_orgs`` named alone ("Brescia", "Kenvue"):
        a club only in a sports text, neither after "tại"/"ở" (the place: "tại Parma")."""
        kind = known_orgs().get(key)
        if kind is None or (i > 0 and self.lowers[i - 1] in _AT):
            return ""
        if kind == "club" and not self.sport_text():
            return ""
        return "ORG"

    def numbered_event(self, k: int) -> bool:
        """True when token k is a short edition number after an event ("SEA Games 32")."""
        if k >= self.n or self.gaps[k - 1] != " " or not self.words[k].isdigit():
            return False
        if len(self.words[k]) == 4:  # "World Cup 2026": a year in a name is no figure
            return 1900 <= int(self.words[k]) <= 2100 and self.t.raw_gaps[k][:1] not in "/-"
        if self.t.raw_gaps[k] in ("-", "/") and k + 1 < self.n and self.words[k + 1].isdigit():
            return False  # "VFF Cup 15-12": a day and its month, a date, no edition
        return len(self.words[k]) <= 2 and not self.blocked[k]

    def lower_case_chamber(self, i: int) -> int | None:
        """End of "quốc hội" written in lower case after "Chủ tịch" at i ("Chủ tịch quốc hội",
        "cựu phó chủ tịch quốc hội"): the chamber, ORG, like "Chủ tịch Quốc hội" (guideline
        rule 83); None otherwise. With a country after it ("quốc hội Hungary") the sets
        disagree (the first real-news set labels the country alone, LOC; set 11 and rule 84
        the whole): it is left as it was, the country."""
        n = self.n
        j = i + 2
        if (
            j > n
            or self.words[i] != "quốc"
            or self.lowers[i + 1] != "hội"
            or self.gaps[i] != " "
            or i == 0
            or self.gaps[i - 1] != " "
            or self.lowers[i - 1] != "tịch"
        ):
            return None
        if j < n and self.gaps[j - 1] == " " and self.is_cap(j):
            place = self.name(j)
            if place is not None and place.label == "LOC":
                return None  # "Chủ tịch quốc hội Palestine"
        return j

    def trade_cue_fits(self, i: int, j: int, cue: Phrase) -> bool:
        """True when the lower-case word of a firm's trade at i..j ("doanh nghiệp", "cửa
        hàng", "tiệm vàng", "tờ") announces the name at j: not "nhà doanh nghiệp" (a business
        person), not an enterprise of an office or a product ("phụ trách các doanh nghiệp",
        "khách hàng doanh nghiệp", "quản trị doanh nghiệp", "dùng trong doanh nghiệp"), not
        before a letter, a country named short or one side of a pair ("doanh nghiệp A nào
        đó", "các doanh nghiệp Thái", "doanh nghiệp Mỹ - Trung"), nor before a common noun
        written short ("doanh nghiệp NN")."""
        lowers, words = self.lowers, self.words
        before = i - 1
        if before > 0 and lowers[before] in ("các", "những"):
            before -= 1
        if i > 0 and lowers[i - 1] == "nhà":
            return False
        if cue.words == ("doanh", "nghiệp") and before >= 0 and lowers[before] in _NO_TRADE_AFTER:
            return False
        if cue.words == ("doanh", "nghiệp"):
            head = self.head_before(i)
            if head is not None and words[head[0]][0].isupper():
                return False  # "Hội đồng doanh nghiệp Mỹ - Trung", "Liên đoàn doanh nghiệp X"
        if j >= self.n:
            return False
        name = words[j]
        initials = j + 1 < self.n and self.gaps[j] == "." and words[j + 1][:1].isupper()
        if len(name) < 2 and not initials:
            return False  # "doanh nghiệp A nào đó", "tiệm vàng P.", not "doanh nghiệp L.H"
        if len(name) == 2 and is_acronym(name) and cue.words != ("tờ",):
            return False  # "doanh nghiệp NN", not "tờ AS"
        # a country or a continent named short, alone or paired ("Mỹ - Trung"), not the first
        # word of a longer name ("doanh nghiệp Việt Tiến")
        return name not in _SHORT_REGIONS or (
            j + 1 < self.n and self.t.raw_gaps[j] == " " and self.is_cap(j + 1)
        )

    def named_after_trade(self, i: int, j: int, at: int) -> str | None:
        """The label of the run i..j after the lower-case word of a firm's trade: ORG; no name
        for a trade's first word ("doanh nghiệp Tài chính - Ngân hàng", not "tờ Sun của Anh"
        nor an acronym); PER for a Vietnamese person's name in full ("chủ doanh nghiệp Nguyễn
        Tấn Lương nhậu …"); None, the run read as if no trade came before it, for a name
        before a number ("cửa hàng Phở 24") or after a comma and before what it does (the
        list is over: "các doanh nghiệp Lào, Thuận đã móc nối"). *at*: where the trade's word
        starts."""
        first = self.words[i]
        raw = self.t.raw_gaps
        if (
            j - i == 1
            and is_vietnamese(first)
            and first[1:].islower()
            and j < self.n
            and raw[j - 1] == " "
            and self.words[j][0].islower()
            and self.words[j] not in self.g.stopwords  # "tờ Sun của Anh"
        ):
            return ""
        if self.number_after(j):
            return None
        if raw[i - 1] == ", " and not (
            j >= self.n or raw[j - 1] in _LISTED_ENDS or self.words[j] == "và"
        ):
            return None
        if j - i >= 3 and self.surname_run(i) and all(is_vietnamese(w) for w in self.words[i:j]):
            return "PER"
        if j - i >= 2 and self.speaks(j) and not is_vietnamese(first) and self.lowers[at] != "tờ":
            return "PER"  # "chủ cửa hàng Daria Malkina nói" (a paper speaks: "tờ X cho biết")
        return "ORG"

    def number_after(self, j: int) -> bool:
        """True when a number follows the run that ends at j ("Cienco 5")."""
        return j < self.n and self.gaps[j - 1] == " " and self.words[j][0].isdigit()

    def stake_before(self, k: int) -> bool:
        """True when a stake in a firm ends right before token k ("vốn", "cổ phần"): "thoái
        vốn tại X", "cổ phần tại X" name the firm, not a place."""
        lowers = self.lowers
        if k < 1 or self.gaps[k - 1] != " ":
            return False
        if lowers[k - 1] == "vốn":
            return k < 2 or lowers[k - 2] != "hoàn"  # "trạm thu phí hoàn vốn tại Km2"
        return (
            lowers[k - 1] == "phần" and k >= 2 and lowers[k - 2] == "cổ" and self.gaps[k - 2] == " "
        )

    def classify(self, i: int, j: int, pending: bool, place: PlaceCue | None) -> str:
        words = self.words[i:j]
        first = words[0]
        size = j - i  # len(words), asked by most rules below
        raw_gaps = self.t.raw_gaps
        # each rule's cheapest test goes first: most runs are one capitalised word that no
        # rule names ("Theo", "Trong" opening a sentence) and pass every rule below
        if (
            raw_gaps[j - 1] == "-"
            and self.glued_to_term(j - 1)
            and (
                size > 1 or self.words[j - 1] in self.g.names or (i > 0 and raw_gaps[i - 1] == "/")
            )
        ):
            # "Realtime RT-PCR", "RT-PCR": a test's name, "3368/BGTVT-ATGT" a document's
            # number; one unknown acronym is a body's ("TROY-IT": Troy University's programme)
            return ""
        if (size == 1 and len(first) == 1 and lettered(self.t, i)) or (
            size == 2 and len(words[1]) == 1 and lettered(self.t, i + 1)
        ):
            return ""  # "viêm gan C.", "Vitamin D giúp …": a letter labelling a common noun
        if size == 2 and words[1] in COMMON_SURNAMES and first in self.g.foreign_given:
            return "PER"  # "Jennifer Phạm", "Tina Lê": a given name of the diaspora, a surname
        if size == 1 and first == "Đoàn" and i >= 2 and self.lowers[i - 2 : i] in _YOUTH_UNION:
            return ""  # "Bí thư Đoàn trường …", "BCH Trung ương Đoàn": the Youth Union
        if (
            place is not None
            and raw_gaps[i - 1] == ", "
            and (
                self.speaks(j)
                or self.after_opening_place(place[2], i, j)
                or (place[0] == "LOC" and self.clause_after(j) and self.mined(i, j) == "ORG")
            )
        ):
            # "với tờ Vogue, Angelina Jolie cho biết": who speaks ends the list; "Trên sân
            # San Siro, Shevchenko ghi 2 bàn": the subject after a sentence's opening place;
            # "vụ cháy tháp Grenfell, Guardian hôm 1/7 đưa tin": a paper the news knows ends it
            place = None
        if (
            place is not None
            and not place[1]
            and (not pending or self.titled_office_place(i, j, place[2]))
        ):
            if size == 1 and self.words[i] in self.g.non_entities:
                return ""  # "các ngả đường TP": the city's streets, no street named "TP"
            if (
                size == 1
                and self.words[i] in SENTENCE_WORDS
                and j < self.n
                and self.gaps[i] == " "
                and self.words[j][0].islower()
                and (self.words[i] not in _SIDES or self.lowers[i - 1] not in _SIDE_PLACES)
            ):
                # "bên trong mỏ Các nhân viên …", "khu vực châu Á. Trước đó": a dot lost, a
                # sentence's start; but "bãi Sau", "thôn Trong" are places
                return ""
            if place[0] == "LOC" and self.lowers[i - 1] == "sân" and self.mined(i, j) == "ORG":
                return "ORG"  # "trên sân Portsmouth": the club's ground, named by the club
            label = self.named_after_trade(i, j, place[2]) if place[0] == "ORG" else place[0]
            if label is not None:
                return label  # "huyện Nam Đàn", "bão Noru", "doanh nghiệp Việt Tiến"
            place = None  # "cửa hàng Phở 24": read as if no trade came before
        if (
            size == 1
            and i > 0
            and self.bracket_after_name(i)
            and first != "Mã"  # "(Mã chứng khoán: TCH)": the ticker is named after it
            and self.spans
            and self.spans[-1][1] == i
            and self.spans[-1][2] in ("ORG", "MISC")
            # not a credit in brackets: "tại Hòa Phát (Ảnh: Tiến Tuấn)"
            and not (i + 1 < self.n and self.t.raw_gaps[i].lstrip(" ").startswith(":"))
            # nor a place written short: "tiệm vàng Ngọc Hà (Q.Tân Bình)"
            and not (first in PLACE_ABBREVIATIONS and self.gaps[i] == ".")
        ):
            return self.spans[-1][2]  # "Ủy ban châu Âu (EC)", "... (JETP)"
        if (
            size == 1
            and first in self.g.non_entities
            and is_acronym(first)
            and first.isalpha()
            and not self.text.startswith("_", self.t.ends[i])  # "mã CPI_0704": a bond's code
            and self.ticker(i)
            and _SHARES.search(self.sentence_around(i))
        ):
            return "ORG"  # "REE, DHA, BTC cùng lên": a ticker in a price list, no "Ban tổ chức"
        if size == 1 and first in self.g.non_entities and not is_acronym(first):
            # "dịp Noel": a word listed as no entity by itself (acronyms below), also after a
            # title ("ca sĩ Mỹ - Ảnh: REUTERS": a credit, nobody the title names)
            return ""
        if size > 1 and self.ship_prefix(i):
            return "MISC"  # "USS Carl Vinson", "HMS Queen Elizabeth": a named ship (rule 57)
        if size == 1 and i > 0 and self.lowers[i - 1] in _NUMBERED and is_roman(first):
            return ""  # "BCH T.Ư khóa X đã …", "lần thứ V": an ordinal, no initial
        if is_acronym(first) and all(is_acronym(w) for w in words):
            if size >= 3 or any(_VIET_MARKS.search(w) for w in words):
                return ""  # a line in capitals ("NGA SẴN SÀNG CHUYỂN GIAO"), not acronyms
            if self.text.startswith((" /", "/"), self.t.ends[j - 1]):
                return ""  # a glossary entry with its pronunciation: "EFFECT /ɪˈfekt/"
            if size == 1 and first in _SHORT_BODIES and self.place_after(j) > j:
                return "ORG"  # "VKS Tu Mơ Rông": a bare body written short names one by its place
            if size == 1 and is_roman(first) and len(first) >= 3 and self.ticker(i):
                return "ORG"  # "mã CII", "VNM, CII, HPG": a listed company's ticker
            if size == 1 and (
                is_roman(first)
                or first in self.g.non_entities
                or len(first) < 3
                or not first.isalpha()
            ):
                return ""
            if size == 1 and len(first) > 3 and first.endswith("FTA"):
                return "MISC"  # a free trade agreement: "EVFTA", "VKFTA"
            return "ORG"
        if size > 1 and any(raw_gaps[k] == " & " for k in range(i, j - 1)):
            return "ORG"  # "Procter & Gamble", "Ernst & Young": a firm of partners
        if (
            size == 1
            and is_camel(first)
            and not (pending and self.camel_surname(i))
            and not (_CAMEL_SURNAME.match(first) and self.mined(i, j) == "PER")
            # "…", McKee nói": a surname such as "Mc…" of one who talks
            and not (
                _CAMEL_SURNAME.match(first)
                and j < self.n
                and self.gaps[j - 1] == " "
                and self.lowers[j] in ("nói", "kể")
                # "McLaren kể từ …", "nói chung": no one talks
                and not (j + 1 < self.n and self.lowers[j + 1] in ("từ", "cả", "chung", "riêng"))
                and first not in self.g.names
            )
        ):
            # "NGHIỆPTrên": a heading in capitals glued to the next sentence, not "PetroVietnam"
            return "" if _VIET_MARKS.search(first, 1) else "ORG"
        if size > 1 and words[-1] in EVENT_SUFFIXES:
            return "MISC"  # "Sunrise Festival", "Asian Cup"
        if size > 1 and (words[-1] in ORG_SUFFIXES or is_acronym(first)):
            if any(_VIET_MARKS.search(w, 1) for w in words):
                return ""  # "DOANH NGHIỆPTrên": a heading in capitals, not a company
            return "ORG"
        if size > 1 and is_roman(words[-1]) and self.lowers[i] in _TEXT_PARTS:
            return ""  # "Điều IV": a part of a text
        if size == 1 and not pending and not is_vietnamese(first) and _company_shaped(first):
            return "ORG"  # "Sawaco đã trình …", "Vinaconex", "Imexpharm": a company's trade name
        if (
            not pending
            and (
                self.house_number_before(i)
                or self.address_before(i, j)
                or self.bracketed_street(i, j)
            )
            and all(is_vietnamese(w) for w in words)
        ):
            # "căn nhà số 8A/4G Thái Văn Lung", "tại 59-61 Lý Tự Trọng, quận 1", "anh Nam (Lê
            # Văn Sỹ, Q.3)"
            return "LOC"
        mined = "" if pending else self.mined(i, j)
        if mined == "PER" and place is not None and self.lowers[i - 1] in _AT:
            mined = ""  # "tại Ả Rập": a place, whatever the name is elsewhere
        if mined:
            return mined  # "Getafe", "Comac", "Xuân Lam": seen with a cue in other news
        if size > 2 and self.person_particle(i, j):
            return "PER"  # "Osama bin Laden", "Robin van Persie": no place or firm is so named
        if not pending and self.words[i] not in self.g.surnames:
            apposed = self.apposed(i, j)
            if apposed:
                return apposed  # "Archegos, công ty môi giới …", "Lim Boon Keng, Giám đốc …"
        if (
            place is not None
            and place[1]
            and not pending
            and self.lowers[i - 1] in _AT
            and not any(is_vietnamese(w) for w in words)
        ):
            if (
                size == 1
                and len(first) > 2
                and self.stake_before(i - 1)
                and not self.number_after(j)
                and (j >= self.n or raw_gaps[j - 1] not in ("-", " - "))  # "Colusa - Miliket"
            ):
                return "ORG"  # "thoái vốn tại Halico": the firm a stake is held in
            return place[0]  # "tại Labuan Bajo": a place, not a person
        if pending:
            if size == 1 and first == "Việt" and j < self.n and self.lowers[j] == "kiều":
                return ""  # "ông Việt kiều", "chàng Việt kiều": an overseas Vietnamese
            if size == 1 and not is_vietnamese(first) and self.country_before_seat(j):
                return "LOC"  # "Đại sứ Palau tại Việt Nam Surangel Whipps"
            if size == 1 and not is_vietnamese(first) and self.business_title(i):
                return "ORG"  # "Phó TGĐ Coteccons", "Tổng giám đốc Vinashin": the company
            if (
                self.lowers[i - 1] in _OFFICER_ENDS
                and (self.business_title(i) or self.chair_before(i))
                and self.mined(i, j) == "ORG"
            ):
                return "ORG"  # "chủ tịch Sina", "giám đốc Knight Frank": a firm news names
            if size == 1 and self.word_starts(i):
                return ""  # "Bí thư Trung ương Đảng": "Trung ương" is a word, not a name
            return "PER"
        if self.route_end(i, j):
            return "LOC"  # "Văn Cao - Hòa Lạc", "Bến Thành - Suối Tiên"
        if size == 1 and self.initial_alone(i):
            return "PER"  # "… nên N. ngay sau đó": a person written by an initial (rule 60)
        if len(first) == 1 and size > 1 and self.gaps[i] == ".":
            return "PER"  # "V. Putin"
        if (
            place is not None
            and place[1]
            and 2 <= size <= 3
            and self.lowers[i - 1] in _AT
            and raw_gaps[i - 1] == " "
            and (i < 2 or self.lowers[i - 2] not in ("hiện", "đang"))  # "hiện tại, X": now
            and not self.speaks(j)
        ):
            return place[0]  # "tại Hà Khẩu", "tại Trần Hưng Đạo": a place, not a person
        if self.surname_run(i) and (size > 1 or not self.title_in_lower_case(i + 1)):
            return "PER"  # not "Đoàn Chủ tịch": a surname's word before a title names no one
        if 1 < size <= 3 and self.speaks(j):
            return "PER"  # "Quỳnh Thy cho biết"
        if size > 1 and any(w in ENGLISH_WORDS or english_noun(w) for w in words):
            return ""  # "App Store", "Ocean Park": not a person, and what else is unsure
        if (
            2 <= size <= 3
            and first in KOREAN_SURNAMES
            and not any(is_acronym(w) for w in words)
            and all(w.isascii() for w in words)
            and (size == 3 or "-" in words[1] or not is_vietnamese(words[1]))
        ):
            return "PER"  # "Song Hye Kyo", "Lee Min-ho": syllables that may look Vietnamese
        joined = self.hyphenated(i, j) if "-" in raw_gaps[i : j - 1] else words
        if size > 1 and not any(is_vietnamese(w) for w in joined):
            return "PER"  # "Gennady Bezdetko", "Youssef En-Nesyri"
        if (
            size > 1
            and first in self.g.first_names
            and not any(is_vietnamese(w) for w in joined[1:])
        ):
            return "PER"  # "Ryan Giggs", "Roy Sullivan": a given name that looks Vietnamese
        if 1 < size <= 3 and "-" in words[-1] and not is_vietnamese(words[-1]):
            return "PER"  # "Kim Jong-un", "Moon Jae-in": a hyphenated Korean given name
        if (
            size == 2
            and not is_vietnamese(first)
            and not any(is_acronym(w) for w in words)
            and not self.sentence_start(i)
        ):
            return "PER"  # "Jensen Huang": a foreign given name, a surname that looks Vietnamese
        if (
            place is not None
            and (size > 1 or not is_vietnamese(first))
            and (not place[1] or self.lowers[i - 1] in _AT or self.list_continues(i))
        ):
            return place[0]  # "tại Kigali"
        if size == 1 and not is_vietnamese(first):
            if firm_by_its_money(self.text, self.t, i):
                return "ORG"  # "kết quả kinh doanh của Bibica đã giảm": the firm, acting or not
            return (
                self.coordinated(i, j)  # "Tập đoàn Thái Bình và Viglacera"
                or self.source(i)  # "Theo Politico, ..."
                or self.acting(i, j)  # "... Millman nhận định"
                or self.given_in_slot(i, j)  # "cho Stephanie rồi", "khi Vicky sẽ"
            )
        if size == 1 and self.quoted_speaker(i, j):
            return "PER"  # '"…", Nam cho biết': the one a quote is given to
        if 2 <= size <= 3 and not self.sentence_start(i):
            return self.listed_person(i)  # "Dương Tử, Quan Hiểu Đồng, Châu Đông Vũ"
        return ""
