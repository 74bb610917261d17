"""Labels from the words around a name: clubs in sport news and unknown foreign names.

A last pass of the entity recogniser over what the scan left or labelled from the gazetteer
alone, using the lower-case words just before a name (its *frame*):

- In a sports text (``_SPORT_WORDS`` occur), a Vietnamese province or city standing for its
  club is an organisation (guideline rule 41a): "CĐV Thanh Hóa", "làm khách của Hà Tĩnh",
  "trận gặp Nam Định", "giữa HA Gia Lai và TPHCM" (an acronym glued before the province is
  part of the club's name: "HA Gia Lai", "SHB Đà Nẵng"), and a province opening a team
  sheet ("Nam Định: Đinh Xuân Việt, …"). Unknown foreign words in the same frames are clubs
  too ("trước Genoa", "các cầu thủ Huesca"), and a known city with a nickname in the plural
  after it is a team ("Los Angeles Lakers", "Dallas Cowboys").
- An armed service written before a country is one organisation ("Hải quân Mỹ"); a club
  described by its country after "CLB" names the country only ("CLB Anh hy vọng …").
- The title of a work after a work noun ("bài thơ Hạt gạo làng ta", "ca khúc Mùa Thu Vàng")
  is MISC, in sentence case up to the first word of the sentence around it; a name before a
  dash or comma and a role noun ("Tấn Tài - cầu thủ …", "Mỹ Linh, ca sĩ …") is a person.
- A foreign name nothing else labelled is a place after a military or direction frame
  ("tấn công Avdeevka", "phía nam Bakhmut", "kiểm soát được Bakhmut") or when a place noun
  follows it after a comma ("Khan Younis, thành phố quê nhà …"), and an organisation after
  a company or media word ("hãng Comac", "đài al-Sumaria"), a group or a shop ("phiến quân
  Houthi", "các siêu thị như Metro, Seiyu", with the names listed after it); a foreign name
  in brackets after an organisation is its short or foreign name ("… (Vilexim)").
- A foreign name right after a vehicle's word is its make or model, MISC, even one the scan
  took for a person ("chiếc Range Rover", "xe máy hiệu Exciter"), but not after the driver's
  job ("lái xe …") nor the surname of a person the text names in full ("xe Smith").
- A run of foreign words the scan took for a person by default is none when its frame or
  its first word says otherwise: a place after a site word ("địa điểm thông quan Hateco
  Fulfillment", "về hướng Taj Mahal"), a group after "mạng lưới" ("mạng lưới Jemaah
  Islamiah"), a club's nickname opened by an article in club news ("Los Blaugrana"; no
  entity elsewhere: "Las Vegas", "Les Misérables" are a place and a work).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Collection
from functools import lru_cache
from itertools import filterfalse, pairwise

from vnreader.analysis.entity_keys import plain
from vnreader.analysis.entity_state import (
    ADMIN_WORDS,
    FOUNDED_BY,
    PLURAL,
    SHIP_WORDS,
    Span,
    ends_with_place,
    lettered,
)
from vnreader.analysis.entity_tokens import Tokens, is_acronym, is_vietnamese, line_starts
from vnreader.analysis.gazetteer import (
    ADDRESSES,
    both_spellings,
    club_words,
    gazetteer,
    match,
    mined_names,
)

_SPORT_WORDS = (
    *("bóng đá", "cầu thủ", "HLV", "CLB", "đội bóng", "Đội bóng", "V-League", "Ngoại hạng"),
    *("La Liga", "Serie A", "Bundesliga", "Champions League", "ghi bàn", "bàn thắng", "thủ môn"),
    *("tiền đạo", "hậu vệ", "tiền vệ", "sân nhà", "sân khách", "mùa giải", "vòng đấu"),
    *("trọng tài", "CĐV", "người hâm mộ", "đội khách", "đội chủ nhà", "đọ sức", "trận đấu"),
    *("trận cầu", "lượt đi", "lượt về", "chung kết", "bán kết", "tứ kết", "giao hữu"),
)
# the same words opening a sentence ("Cầu thủ này gia nhập …"): a sport's text too, but not
# a second sports word for ``_club_news``
_SPORT_OPENERS = ("Cầu thủ", "Tiền đạo", "Tiền vệ", "Hậu vệ", "Thủ môn", "Bóng đá", "Trận đấu")
_WORD_CHAR = re.compile(r"\w")
# the runs of letters and digits of each sports word ("bóng", "đá"; "V", "League")
_LETTER_RUN = re.compile(r"[^\W_]+")
_SPORT_RUNS = tuple(
    (word, frozenset(_LETTER_RUN.findall(word))) for word in _SPORT_WORDS + _SPORT_OPENERS
)
# frames (lower-case words right before the name) in which a province names a club
_CLUB_FRAMES = both_spellings(
    {
        "cđv",
        "cổ động viên",
        "các cầu thủ",
        "đội bóng",
        "làm khách của",
        "làm khách trên sân",
        "tiếp đón",
        "tiếp",
        "gặp",
        "trận gặp",
        "đánh bại",
        "thắng",
        "thua",
        "hòa",
        "hạ",
        "trước",
        "chiến thắng trước",
        "giữa",
        "đọ sức giữa",
        "cuộc đọ sức giữa",
        "đối đầu",
        "đối đầu với",
        "đụng độ",
        "đội",
        "của đội",
        "trận đấu với",
        "trận với",
        "hòa với",
        # a friendly and a player's moves name clubs: "giao hữu với Roma", "gia nhập Lyon",
        # "khoác áo Thanh Hóa"; a national team is its country (rule 40), never a club place
        *("giao hữu với", "gia nhập", "khoác áo", "đầu quân cho", "thi đấu cho", "chơi cho"),
        *("cho mượn ở", "cho mượn tại"),
        # the host team ("chủ nhà Bình Định", "Chủ nhà Villarreal")
        "chủ nhà",
    }
)
# a loan or a transfer names a club, even one named like a country ("cho mượn ở Monaco"): no
# player is lent to a country
_LOANS = frozenset({"cho mượn ở", "cho mượn tại", "gia nhập"})
_LENT = frozenset({"cho mượn ở", "cho mượn tại"})
# "từ" names the club a player leaves when a move was said before it in the clause ("gia
# nhập Chelsea từ Leipzig", "chuyển từ Lyon sang …"); the words looked back over. Not "mua"
# ("mua vé máy bay từ Hải Phòng"), and "chuyển" only right before "từ" or as a transfer
# ("chuyển nhượng", "chuyển đến Bayern từ …"): not "chuyển địa điểm tập huấn từ Hà Nội",
# "chuyển trụ sở từ Birmingham"
_MOVES = frozenset({"gia nhập", "chuyển", "chiêu mộ", "cập bến", "đầu quân cho"})
_MOVE_WINDOW = 8
# "chuyển" as a transfer: "chuyển nhượng", "chuyển đến Bayern từ AS Monaco"
_TRANSFERS = frozenset({"nhượng", "đến", "sang", "về", "tới"})
# "từ Hà Nội vào TP.HCM": a trip's start, when a direction word and a place follow the name
_DIRECTIONS = frozenset({"vào", "ra", "về", "lên", "sang", "đến"})
# a state whose one club plays in another's league (AS Monaco in France): lent to the club
_CLUB_STATES = frozenset({"monaco"})
# the place where or whither, not the club ("tại Reading", "CLB thành London": rule 86)
_AT_WORDS = frozenset({"tại", "ở", "thành", "thành phố", "đến", "tới", "về", "sang"})
# a person's, not a club's, words before a name ("cô vợ Victoria", "thủ môn ngoại Santos")
_PERSON_WORDS = frozenset(
    {"vợ", "cô vợ", "bạn gái", "con gái", "con trai", "thủ môn", "ngoại binh", "thủ môn ngoại"}
    | {"tiền đạo", "hậu vệ", "tiền vệ", "cầu thủ", "ông", "bà", "anh", "chị", "cô", "tòa án"}
)
_MOVE_WORDS = frozenset(frame.rsplit(" ", 1)[-1] for frame in _MOVES)
# the club's coach and players before a province ("HLV Thanh Hóa", "cầu thủ An Giang"); not
# the positions ("thủ môn", "tiền đạo"), often followed by a player's given name
_CLUB_STAFF = frozenset({"hlv", "ban huấn luyện", "cầu thủ"})
# the host before a province names its team ("đội mạnh nhất là chủ nhà Bình Phước"); only a
# province (a country stays LOC, rule 40), not any foreign word ("hậu vệ chủ nhà Kovac")
_HOST = frozenset({"chủ nhà"})
# ... but the host place itself after these ("tỉnh chủ nhà", "thành phố chủ nhà", "đoàn chủ
# nhà" at a national games, "địa phương chủ nhà", "nước chủ nhà")
_HOST_PLACES = frozenset({"tỉnh", "phố", "tp", "phương", "đoàn", "nước", "quốc"})
# one walk back over the words for all
_CLUB_OR_STAFF_FRAMES = _CLUB_FRAMES | _CLUB_STAFF | _HOST
_PLACE_FRAMES = frozenset(
    {
        "tấn công",
        "tấn công vào",
        "chiếm",
        "chiếm được",
        "chiếm giữ",
        "kiểm soát",
        "kiểm soát được",
        "bao vây",
        "giải phóng",
        "rút khỏi",
        "phía nam",
        "phía bắc",
        "phía đông",
        "phía tây",
        "ngoại ô",
        "thị trấn",
        "làng",
    }
)
# "nhóm" alone names a group only before an acronym ("nhóm JI"; not "nhóm Streptococcus")
_GROUP_FRAMES = frozenset({"nhóm"})
_LIST_WORDS = frozenset({"và", "hoặc"})
# a site named by a foreign run shaped like a person's name: the place, not a person
# ("địa điểm thông quan Hateco Fulfillment", "khu Jumeirah Golf", "về hướng Taj Mahal")
_SITE_FRAMES = frozenset(
    {"địa điểm", "địa điểm thông quan", "khu", "khu vực", "khu phức hợp", "về hướng"}
)
# articles that open a foreign name: no person's name starts with one ("Los Blaugrana", "The
# Beatles"); not "El", "Al", which open Arabic surnames too ("El Ghazi")
_ARTICLES = frozenset({"Los", "Las", "La", "Les", "The"})
_PLACE_NOUNS = frozenset({"thành phố", "thị trấn", "thủ phủ", "thủ đô", "làng", "tỉnh", "vùng"})
# groups and movements ("phiến quân Houthi", "phong trào Fatah"), shops and brands named as
# firms ("các siêu thị như Metro", "thương hiệu Uniqlo"; guideline rules 35 and 78): a
# foreign name after them is the organisation, even one the scan took for a person
_GROUP_ORG_FRAMES = frozenset(
    {
        *("nhóm vũ trang", "nhóm phiến quân", "phiến quân", "phong trào", "lực lượng", "nhóm nhạc"),
        *("mạng lưới", "mạng lưới khủng bố", "tổ chức khủng bố"),
        *("siêu thị", "siêu thị như", "chuỗi siêu thị", "thương hiệu", "thương hiệu như"),
        *("các hãng như", "hãng như", "các công ty như", "doanh nghiệp như", "ngân hàng như"),
    }
)
# a firm's or a medium's kind written in lower case before its name ("hãng thời trang Dior",
# "nhà xuất bản William Morrow", "tạp chí Shukan Asahi"; guideline rules 5, 13)
_FIRM_KINDS = frozenset(
    {
        *("hãng thời trang", "nhà mốt", "thương hiệu thời trang", "nhà xuất bản", "hãng phim"),
        *("hãng sản xuất", "hãng công nghệ", "hãng điện thoại", "hãng mỹ phẩm", "hãng dược"),
        *("hãng dược phẩm", "hãng thông tấn", "hãng truyền thông", "hãng ô tô", "hãng xe hơi"),
        *("hãng chế tạo", "hãng bảo hiểm", "công ty bảo hiểm", "hãng nghiên cứu", "hãng tư vấn"),
        *("hãng kiểm toán", "hãng đồ chơi", "hãng game", "hãng đĩa", "hãng giày", "hãng tàu"),
        *("hãng vận tải", "hãng bán lẻ", "nhà bán lẻ", "tạp chí", "tuần báo", "nhật báo"),
        *("kênh truyền hình", "đài truyền hình", "ngân hàng đầu tư", "quỹ đầu tư", "công ty"),
        *("tập đoàn", "ngân hàng"),
    }
)
_ORG_FRAMES = frozenset(
    {
        *("hãng", "hãng tin", "đài", "nhà sản xuất", "nhà mạng", "hãng hàng không"),
        *_GROUP_ORG_FRAMES,
        *_FIRM_KINDS,
    }
)
# what a firm makes or owns, then "của", before a foreign name no list knows: the firm's name
# ("các sản phẩm của Sufat", "cổ phiếu của Telmex", "smartphone của Vivo"). In the real-news
# corpora nearly every unknown one-word name after them is a firm; not a phone, a computer, a
# service, customers or staff "của" someone, which are a person's as often
_MAKER_FRAMES = frozenset(
    {
        *("sản phẩm của", "smartphone của"),  # "các/dòng sản phẩm của" end the same
        *("phần mềm của", "cổ phiếu của", "cổ đông của", "thiết bị của", "chip của"),
        *("mẫu xe của", "dòng xe của", "nhà máy của", "trụ sở của", "laptop của"),
    }
)
# what a firm earns or is worth, then "của", before a name: the firm's, when the text never
# writes the name in a longer one (``firm_by_its_money``): "tình hình tài chính của Halico"
_MONEY_FRAMES = frozenset(
    {
        *("kết quả kinh doanh của", "tình hình kinh doanh của", "tình hình tài chính của"),
        *("doanh thu của", "lợi nhuận của", "thị phần của", "vốn điều lệ của"),
    }
)
_MADE_OR_EARNED = _MAKER_FRAMES | _MONEY_FRAMES  # what a firm makes or earns
# a company's word right before a foreign name: the name is the company's, even one shaped
# like a person's ("hãng Aston Martin", "hãng Aardman Animations"; a producer, "nhà sản
# xuất", may be a person)
_FIRM_FRAMES = _GROUP_ORG_FRAMES | {"hãng", "hãng tin", "hãng hàng không", "hãng xe", "nhà mạng"}
_FIRM_FRAMES |= _FIRM_KINDS
# "tổ chức" before a foreign name shaped like a person's: the organisation ("tổ chức Wa Sunna",
# "tổ chức Terence Higgins"), unless a word before it makes it the verb or a board ("đã tổ
# chức Gala", "ban tổ chức", "nhà sáng lập tổ chức")
_FIRM_FRAMES |= {"tổ chức"}
# a club's own words before its name: a foreign word after them that the scan took for a
# person is the club ("Đội bóng Manchester", "câu lạc bộ Zorbax"; guideline rule 73i); not
# a full name, which may be its owner's ("đội bóng David Beckham sở hữu"), nor a known
# given name ("đội bóng Mark thần tượng", "Huấn luyện viên đội bóng Ekkapol")
_CLUB_WORDS = frozenset({"đội bóng", "đội bóng đá", "đội bóng rổ", "câu lạc bộ"})
_ORGANISE = frozenset(
    {"ban", "đã", "sẽ", "đang", "được", "bị", "việc", "để", "vừa", "mới", "cùng", "lập", "từng"}
)
# strong club frames: a one-word foreign "person" after them is the club ("các cầu thủ Huesca")
# what a club does in a match, after its name in a sports text ("Hải Phòng thắng Bình Định")
_PLAYS = both_spellings(
    {"thắng", "thua", "hòa", "đánh bại", "cầm hòa", "vượt qua", "để thua", "giành chiến"}
    | {"có cơ", "trụ hạng", "xuống hạng", "lên hạng", "dẫn trước", "gỡ hòa", "ghi bàn"}
    | {"cầm chân"}
)
_TEAM_FRAMES = frozenset({"các cầu thủ", "cđv", "cổ động viên", "làm khách của"})
# acronyms that are titles or heads, not part of a club's name ("HLV Hà Nội")
_NOT_CLUB_ACRONYMS = frozenset({"HLV", "CLB", "TP", "UBND", "THPT", "THCS", "BV", "BTC", "QL"})
# armed services written before a country ("Hải quân Mỹ"); as written, since "Vũ Hải Quân" is
# a person
_SERVICES = frozenset({"Hải quân", "Không quân", "Lục quân", "Quân đội", "Cảnh sát biển"})
_ROYAL = frozenset({"Hoàng gia", "hoàng gia"})  # "Hải quân Hoàng gia Anh"
# nouns before the title of a work written without quotes ("bài thơ Hạt gạo làng ta")
_WORK_FRAMES = frozenset(
    {
        "bài thơ",
        "bài hát",
        "ca khúc",
        "bộ phim",
        "tác phẩm",
        "tiểu thuyết",
        "cuốn sách",
        "tập thơ",
        "vở kịch",
        "bức tranh",
        "album",
    }
)
# words that end a title written in sentence case: what the sentence says about the work
_TITLE_STOPS = frozenset(
    [
        "của",
        "do",
        "được",
        "là",
        "và",
        "với",
        "trong",
        "đã",
        "đang",
        "sẽ",
        "nổi",
        "cùng",
        "này",
        "đó",
        "mà",
        "thì",
        "từ",
        "khi",
        "cho",
        "năm",
        "vào",
        "rất",
        "được",
        "bị",
        "lại",
        "ra",
        "tại",
        "ở",
        "nên",
        "như",
    ]
)
_MAX_TITLE = 8
# role nouns after a dash or comma that make the name before them a person ("Tấn Tài - cầu thủ")
_ROLES = both_spellings(
    (
        "cầu thủ",
        "ca sĩ",
        "diễn viên",
        "nhạc sĩ",
        "họa sĩ",
        "nhà văn",
        "nhà thơ",
        "người mẫu",
        "hoa hậu",
        "tiền đạo",
        "thủ môn",
        "hậu vệ",
        "tiền vệ",
        "vận động viên",
    )
)
_LONGEST = 4
# words for roads and streets before a list of them ("các tuyến đường như …", "phố …")
_ROAD_WORDS = frozenset({"đường", "phố", "tuyến", "đại lộ", "ngã ba", "ngã tư", "nút giao"})
_ROAD_WINDOW = 5
# words that hold a road word and name no road
_NOT_ROADS = frozenset(
    {"thành phố", "trực tuyến", "đường dây", "đường bay", "đường lối", "đường ống", "tuyến đầu"}
    | {"tiểu đường", "đường dài", "chặng đường", "tuyến trên", "tuyến huyện"}
    | {"tuyến tỉnh", "tuyến dưới"}
)
# a street list's stretch in brackets: "(từ Trần Phú - Độc Lập)", "(đoạn Lê Lợi - Hàm Nghi)"
_STRETCH_WORDS = frozenset({"từ", "đoạn"})
# a landmark named by its kind inside a street list ("…, chùa Một Cột, Tôn Thất Đàm")
_LANDMARK_WORDS = frozenset(
    {"chùa", "đền", "đình", "dốc", "cầu", "chợ", "hồ", "ngõ", "hẻm", "vườn", "ga", "bến"}
)
_ANNOUNCING = frozenset({"như", "gồm", "là"})  # "các phố như: …", "khu phố gồm: …"
_ROADS_MANY = PLURAL | {"mọi"}  # "các tuyến đường", "mọi tuyến phố"
_BRACKET_WORDS = 12  # words at most in a bracket that a street list reads past


@lru_cache(maxsize=64)  # one entry for each set of frames below
def _last_words(frames: frozenset[str]) -> frozenset[str]:
    """The words that end the frames of *frames*."""
    return frozenset(frame.rsplit(" ", 1)[-1] for frame in frames)


@lru_cache(maxsize=64)
def _frame_words(frames: frozenset[str]) -> int:
    """The words of the longest frame of *frames* ("tình hình tài chính của": 5)."""
    return max(len(frame.split()) for frame in frames)


def _host_place(tokens: Tokens, i: int) -> bool:
    """True when "chủ nhà" before token i is said of the place itself, not its team: "Tỉnh
    chủ nhà Bình Dương", "thành phố chủ nhà Đà Nẵng", "đoàn chủ nhà Quảng Ninh"."""
    return _pair_after(tokens, i, ("chủ", "nhà"), _HOST_PLACES)


def _pair_after(tokens: Tokens, i: int, pair: tuple[str, str], before: frozenset[str]) -> bool:
    """True when the two words of *pair* stand right before token i, after a word of
    *before* ("tỉnh chủ nhà", "ban tổ chức")."""
    words = tokens.words
    return (
        i >= 3
        and words[i - 2].lower() == pair[0]
        and words[i - 1] == pair[1]
        and words[i - 3].lower() in before
    )


def _frame(text: str, tokens: Tokens, i: int, frames: frozenset[str]) -> bool:
    """True when the lower-case words just before token i (no break between) are a frame."""
    if i == 0 or tokens.gaps[i - 1] != " ":
        return False
    if tokens.words[i - 1].lower() not in _last_words(frames):
        return False  # every frame tried below ends with the word right before i
    words: list[str] = []
    k = i - 1
    longest = _frame_words(frames)
    while k >= 0 and len(words) < longest and tokens.gaps[k] == " ":
        w = tokens.words[k]
        opening = False
        if not w.islower():
            # "Bộ phim Hai Phượng": a work noun capitalised where the sentence begins
            opening = w[1:].islower() and opens_sentence_or_quote(tokens, k)
            if not (opening or (k == i - 1 and is_acronym(w))):
                break  # a name, not a frame; an acronym frame ("CĐV") only right before
        words.insert(0, w.lower())
        if " ".join(words) in frames:
            return True
        if opening:
            break
        k -= 1
    return False


def maker_of(text: str, tokens: Tokens, i: int, frames: frozenset[str] = _MAKER_FRAMES) -> bool:
    """True when the one word at i follows what a firm makes or owns (``_MAKER_FRAMES``, or
    *frames*) and no capitalised word follows it ("sản phẩm của Visa USA", "của Garry Cho": a
    longer name)."""
    words = tokens.words
    if len(words[i]) <= 2 or not _frame(text, tokens, i, frames):
        return False
    return i + 1 >= len(words) or tokens.gaps[i] != " " or not words[i + 1][:1].isupper()


def firm_by_its_money(text: str, tokens: Tokens, i: int) -> bool:
    """True when the one word at i follows what a firm makes or earns (``_MAKER_FRAMES``,
    ``_MONEY_FRAMES``) and
    the text never writes it as part of a longer name, before a number or a colon, or after a
    form of address: "sản phẩm của Soichiro" names the man "Soichiro Honda", "thị phần của
    Firefox" the browser of "Firefox 1.0", "doanh thu của Avengers: Endgame" a film."""
    if not maker_of(text, tokens, i, _MADE_OR_EARNED):
        return False
    words, raw = tokens.words, tokens.raw_gaps
    word = words[i]
    for k, other in enumerate(words):
        if other != word:
            continue
        if (
            k + 1 < len(words)
            and raw[k] in (" ", "-", " - ", ": ")
            and (words[k + 1][:1].isupper() or words[k + 1][:1].isdigit() or raw[k] == ": ")
        ):
            return False  # "Soichiro Honda", "Firefox 1.0", "Avengers: Endgame", "Genco 3"
        if (
            k > 0
            and raw[k - 1] == " "
            and (words[k - 1][:1].isupper() or words[k - 1].lower() in ADDRESSES)
        ):
            return False  # "Lakesha Stines", "ông Pinchuk"
    return True


def _organised(tokens: Tokens, i: int) -> bool:
    """True when "tổ chức" right before token i is the verb or part of "ban tổ chức"."""
    return _pair_after(tokens, i, ("tổ", "chức"), _ORGANISE)


def opens_sentence_or_quote(tokens: Tokens, k: int) -> bool:
    """True when token k starts the text, a line, a sentence or a quotation: its capital may
    be the position's, not a name's. Unlike ``entity_tokens.opens_sentence``, a quote mark before
    it counts ('“Bộ phim …', and a word after a closing straight quote too)."""
    if k == 0:
        return True
    gap = tokens.raw_gaps[k - 1]
    return "\n" in gap or gap.rstrip()[-1:] in (".", "!", "?", ":", '"', "“")


def _match_pair(
    tokens: Tokens, spans: list[Span], keys: list[str], n: int, provinces: frozenset[str]
) -> bool:
    """True when spans[n] and a neighbouring province are the two sides of a match: "trận Hà
    Tĩnh - Quảng Nam", "Thanh Hóa 1-1 Hà Nội" (a dash after "trận", or a score between)."""
    words, raw = tokens.words, tokens.raw_gaps

    def province(m: int) -> bool:
        return 0 <= m < len(spans) and keys[m].removeprefix("LOC:") in provinces

    for a, b in ((n, n + 1), (n - 1, n)):
        if not (province(a) and province(b)):
            continue
        i, j, k = spans[a][0], spans[a][1], spans[b][0]
        if k == j and raw[j - 1].strip() in ("-", "–"):
            if i > 0 and tokens.gaps[i - 1] == " " and words[i - 1].lower() in _MATCH_WORDS:
                return True  # "trận Hà Tĩnh - Quảng Nam"
        elif (
            k == j + 2
            and words[j].isdigit()
            and words[j + 1].isdigit()
            and raw[j].strip() == "-"
            and raw[j - 1] == " "
            and raw[j + 1] == " "
        ):
            return True  # "Thanh Hóa 1-1 Hà Nội"
    return False


_MATCH_WORDS = frozenset({"trận", "cặp", "derby"})


def _plays_after(tokens: Tokens, j: int) -> bool:
    """True when what a team does in a match follows the name at j - 1 ("Hải Phòng thắng",
    "giúp Hải Phòng có cơ hội trụ hạng"): the caller asks only in a sports text."""
    words = tokens.words
    if j >= len(words) or tokens.gaps[j - 1] != " " or not words[j].islower():
        return False
    if (
        words[j] == "bị"
        and j + 2 < len(words)
        and tokens.gaps[j] == " "
        and words[j + 1][0].isupper()
    ):
        # "Đà Nẵng bị SLNA cầm chân", "Thanh Hóa bị Hà Nội đánh bại": done by the other side
        k = j + 1
        while k < len(words) and tokens.gaps[k - 1] == " " and words[k][0].isupper():
            k += 1
        return k < len(words) and k - j <= 4 and _plays_after(tokens, k)
    if words[j] in _PLAYS:
        return True
    return j + 1 < len(words) and tokens.gaps[j] == " " and f"{words[j]} {words[j + 1]}" in _PLAYS


def _lent_to(text: str, tokens: Tokens, spans: list[Span], provinces: frozenset[str]) -> None:
    """A place a player is lent to in sport news or on a loan's contract is the club: "hợp
    đồng cho mượn ở Monaco" (in place). Not a province or a country (rule 40; a province is
    left to the club rules): "cho mượn ở Singapore để học", "cho mượn tại Đà Nẵng" name where
    a thing or a person was lent."""
    countries = gazetteer().countries
    for n, (i, j, label, key) in enumerate(spans):
        place = key.removeprefix("LOC:")
        if (
            label == "LOC"
            and place not in provinces
            and (place not in countries or place in _CLUB_STATES)
            and _frame(text, tokens, i, _LENT)
        ):
            spans[n] = (i, j, "ORG", "")


def _moved_from(tokens: Tokens, i: int, j: int, spans: list[Span]) -> bool:
    """True when "từ" before the name at i…j follows a player's move in the same clause ("gia
    nhập Chelsea từ Leipzig", "chuyển từ Lyon"): the name is the club he left. Not a trip's
    start ("chuyển từ Hà Nội vào TP.HCM": a direction word and a place after the name)."""
    words, gaps = tokens.words, tokens.gaps
    if i < 2 or gaps[i - 1] != " " or words[i - 1] != "từ":
        return False
    if (
        j + 1 < len(words)
        and gaps[j - 1] == " "
        and words[j] in _DIRECTIONS
        and any(s[0] == j + 1 and s[2] == "LOC" for s in spans)
    ):
        return False
    for k in range(i - 2, max(-1, i - 2 - _MOVE_WINDOW), -1):
        if gaps[k] != " ":
            return False  # a break, a comma, a bracket or a glued word: another clause
        if words[k] == "chuyển" and k != i - 2 and words[k + 1] not in _TRANSFERS:
            continue  # "chuyển địa điểm tập huấn từ …": a move of anything
        if words[k] in _MOVE_WORDS and (
            words[k] in _MOVES
            or (k > 0 and gaps[k - 1] == " " and f"{words[k - 1]} {words[k]}" in _MOVES)
        ):
            return True
    return False


def _alone(tokens: Tokens, spans: list[Span], i: int) -> bool:
    """True when the one word at i is a name of its own, not a part or a member of a longer
    one: no capitalised word or number right next to it ("Tottenham Hotspur", "Rio de
    Janeiro", a substitute "(Newton 73)"), no quote around it, no English word after it, and
    no person or place listed right before or after it ("Robinson, Young, Terry": a player;
    "Manchester và Salford": a town)."""
    words, raw = tokens.words, tokens.raw_gaps
    n = len(words)
    if i > 0 and raw[i - 1] in (" ", "-") and words[i - 1][:1].isupper():
        return False
    if i > 1 and raw[i - 1] == " " and words[i - 1] in ("de", "da", "del", "of"):
        return False
    nxt = words[i + 1] if i + 1 < n and raw[i] in (" ", "-") else ""
    if nxt[:1].isupper() or nxt.isdigit():
        return False  # "Gamba Osaka", "(Newton 73)"
    if (i > 0 and raw[i - 1][-1:] in ("'", '"', "“")) or (i + 1 < n and raw[i][:1] in ('"', "”")):
        return False  # "Girls' Team", a book's title in quotes ("Junior")
    if i + 1 < n and raw[i] == " " and words[i + 1].isascii() and not is_vietnamese(words[i + 1]):
        return False  # an English sentence ("Modern farming …")
    listed = (",", ";", "và")
    for s in spans:
        if s[2] in ("PER", "LOC") and (
            (s[1] == i and raw[i - 1].strip(" ()") in listed)  # "Robinson, Young"
            or (s[0] == i + 1 and raw[i].strip(" ()") in listed)  # "Young, Terry"
        ):
            return False  # "Manchester và Salford": two towns
    return True


def _place_noun_after(tokens: Tokens, j: int) -> bool:
    """True for "X, thành phố …": a comma and a place noun right after the name."""
    if j >= len(tokens.words) or tokens.raw_gaps[j - 1].strip() != ",":
        return False
    one = tokens.words[j]
    two = f"{one} {tokens.words[j + 1]}" if j + 1 < len(tokens.words) else one
    return one in _PLACE_NOUNS or two in _PLACE_NOUNS


def _city_said(tokens: Tokens, j: int) -> bool:
    """True for "X là thành phố …" right after the name: the town, not its club."""
    words, gaps = tokens.words, tokens.gaps
    return (
        j + 2 < len(words)
        and words[j] == "là"
        and words[j + 1] == "thành"
        and words[j + 2] == "phố"
        and gaps[j - 1] == gaps[j] == gaps[j + 1] == " "
    )


def _title_end(tokens: Tokens, i: int, j: int, starts: set[int]) -> int:
    """Where a work's title that starts at i ends: after its capitalised run, over the
    lower-case words of a title in sentence case, up to a break or a word of the sentence."""
    if j - i > 1:
        return j
    end = j
    while (
        end < len(tokens.words)
        and end - i < _MAX_TITLE
        and tokens.gaps[end - 1] == " "
        and tokens.words[end].islower()
        and tokens.words[end] not in _TITLE_STOPS
        and end not in starts
    ):
        end += 1
    return end


def _role_after(tokens: Tokens, j: int) -> bool:
    """True for "X - cầu thủ", "X, ca sĩ": a role noun right after a dash or a comma."""
    if j + 1 >= len(tokens.words) or tokens.raw_gaps[j - 1].strip() not in ("-", "–", ","):
        return False
    one = tokens.words[j]
    two = f"{one} {tokens.words[j + 1]}"
    three = f"{two} {tokens.words[j + 2]}" if j + 2 < len(tokens.words) else two
    return one in _ROLES or two in _ROLES or three in _ROLES


def _arabic_article(tokens: Tokens, i: int) -> bool:
    """True when "al-" or "el-" is written right before token i ("al-Sumaria")."""
    return i > 0 and tokens.words[i - 1] in ("al", "el") and tokens.raw_gaps[i - 1] == "-"


def _service_before(tokens: Tokens, i: int) -> int:
    """How many words an armed service written right before token i takes: 2 for "Hải quân",
    4 for "Hải quân Hoàng gia" ("Hải quân Hoàng gia Anh"), 0 when there is none."""
    words, gaps = tokens.words, tokens.gaps
    if i < 2 or not gaps[i - 2] == gaps[i - 1] == " ":
        return 0
    if f"{words[i - 2]} {words[i - 1]}" in _SERVICES:
        return 2
    royal = f"{words[i - 2]} {words[i - 1]}" in _ROYAL
    if royal and i >= 4 and gaps[i - 4] == gaps[i - 3] == " ":
        return 4 if f"{words[i - 4]} {words[i - 3]}" in _SERVICES else 0
    return 0


# countries that are cities too, whose clubs are named by them ("CLB Monaco" is AS Monaco)
_CITY_STATES = frozenset({"monaco", "singapore", "luxembourg", "san marino", "andorra"})


def clubs_by_country(tokens: Tokens, spans: list[Span]) -> None:
    """A club described by its country after "CLB" names the country only, a place: "CLB Anh
    hy vọng …" of a club just named, "các CLB Đức" (guideline rule 107), unlike a club named
    by its city ("CLB Hà Nội", rule 35), in place."""
    if "CLB" not in tokens.vocabulary:
        return
    words, gaps = tokens.words, tokens.gaps
    g = gazetteer()
    for n, (i, j, label, _) in enumerate(spans):
        if label != "ORG" or words[i] != "CLB" or j - i < 2 or gaps[i] != " ":
            continue
        phrase = match(g.names, words, gaps, i + 1)
        if (
            phrase is not None
            and phrase.label == "LOC"
            and i + 1 + len(phrase.words) == j
            and phrase.key[4:] in g.countries
            and phrase.key[4:] not in _CITY_STATES
        ):
            spans[n] = (i + 1, j, "LOC", phrase.key)


def label_from_context(
    text: str,
    tokens: Tokens,
    spans: list[Span],
    leftovers: list[tuple[int, int]],
    provinces: frozenset[str],
) -> None:
    """Relabel clubs and add the foreign names labelled by their frame (in place)."""
    words = tokens.words
    sport: list[bool] = []  # searched for only when a name could be a club

    def is_sport() -> bool:
        if not sport:
            sport.append(mentions_sport(text, tokens.vocabulary, tokens.joined))
        return sport[0]

    club: list[bool] = []  # the same, for two sports words ("Los Blancos": a club)

    def is_club_news() -> bool:
        if not club:
            club.append(_club_news(text))
        return club[0]

    _team_sheets(text, tokens, spans, provinces)
    if "(" in text:
        _squad_clubs(tokens, spans, provinces)
    _dotted_acronyms(tokens, spans)
    framed: set[str] = set()  # one-word names made organisations by their frame
    unsure: set[int] = set()  # runs no person's name, of a kind the words do not tell
    taken = {(s[0], s[1]) for s in spans}
    if "cho mượn" in text and ("hợp đồng cho mượn" in text or is_sport()):
        _lent_to(text, tokens, spans, provinces)
    if (
        any(
            (label == "LOC" and key.removeprefix("LOC:") in provinces)
            or label == "PER"
            or (label == "LOC" and _frame(text, tokens, i, _LOANS))
            for i, _, label, key in spans
        )
        and is_sport()
    ):
        _clubs(text, tokens, spans, provinces)
    for n, (i, j, label, _) in enumerate(spans):
        # (``map`` of the cached test: no generator per span)
        foreign = label == "PER" and not any(map(is_vietnamese, words[i:j]))
        if foreign and _place_noun_after(tokens, j):
            spans[n] = (i, j, "LOC", "")  # "Deir Balah, thành phố …": not a person
        elif foreign and j - i > 1 and _frame(text, tokens, i, _SITE_FRAMES):
            spans[n] = (i, j, "LOC", "")  # "địa điểm thông quan Hateco Fulfillment"
        elif foreign and j - i > 1 and words[i] in _ARTICLES:
            # "Los Blaugrana", "Los Blancos": a club's nickname in sports news; elsewhere a
            # place, a film or a band ("Las Vegas", "Les Misérables"), unsure which
            if is_club_news():
                spans[n] = (i, j, "ORG", "")
            else:
                unsure.add(n)
        elif label == "LOC" and (service := _service_before(tokens, i)):
            spans[n] = (i - service, j, "ORG", "")  # "Hải quân Mỹ"
        elif foreign and _vehicle_name(tokens, i, j, spans):
            spans[n] = (i, j, "MISC", "")  # "chiếc Range Rover", "xe máy hiệu Exciter"
        elif foreign and (
            _ship_before(tokens, i) or (_product_frame(tokens, i) and not _trim_code(tokens, i, j))
        ):
            if _ship_before(tokens, i):
                end = _ship_end(tokens, j)
            else:
                end = _numbered_end(tokens, j) if _numbered_frame(tokens, i) else j
            spans[n] = (i, end, "MISC", "")  # "thiết giáp Bradley", "tàu Nippon Maru"
        elif (
            label in ("MISC", "ORG")
            and j - i == 1
            and is_acronym(words[i])
            and _dotted_end(tokens, j) > j
            and _product_frame(tokens, i)
        ):
            spans[n] = (i, _dotted_end(tokens, j), "MISC", "")  # "biến chủng XBB.1.5"
        elif (
            foreign
            and j - i == 1
            and mined_names().labels.get(words[i]) != "PER"  # "đội bóng Mark thần tượng"
            and _frame(text, tokens, i, _CLUB_WORDS)
        ):
            spans[n] = (i, j, "ORG", "")  # "Đội bóng Manchester": the club (rule 73i)
            framed.add(words[i])
        elif (
            label == "PER"
            and not any(is_vietnamese(w) for w in words[i:j] if w not in ("al", "el"))
            and _frame(text, tokens, i, _FIRM_FRAMES)
            and not _organised(tokens, i)
            and not _initial(tokens, i)  # "quỹ đầu tư S. Donald Sussman": its manager
            and not _founder_after(tokens, j)  # "công ty Bill Gates sáng lập": its founder
        ):
            spans[n] = (i, j, "ORG", "")  # "phiến quân Houthi", "thương hiệu Owen"
            # a firm's kind may stand before a person's name ("tập đoàn Trump"): that one
            # name is the firm's, not every mention of it
            if j - i == 1 and _frame(text, tokens, i, _FIRM_FRAMES - _FIRM_KINDS):
                framed.add(words[i])
            _people_listed_after(tokens, spans, n)
        elif label == "ORG" and j - i == 1 and firm_by_its_money(text, tokens, i):
            framed.add(words[i])  # the scan's "sản phẩm của Paloma": "Paloma" again is the firm
    if unsure:
        spans[:] = [s for n, s in enumerate(spans) if n not in unsure]
    if is_sport():
        _teams(text, tokens, spans, leftovers)
        _players_provinces(tokens, spans)
    _age_teams(text, tokens, spans, leftovers, is_sport)  # "bán độ của đội U23 VN"
    if "." in text and is_sport():
        _initialled_clubs(tokens, spans, provinces)
    if is_sport():
        _sponsors_joined(tokens, spans, provinces)
    _street_lists(text, tokens, spans, leftovers)
    _names_in_brackets(tokens, spans)
    _units_of_parents(tokens, spans)
    taken = {(s[0], s[1]) for s in spans}
    starts = {s[0] for s in spans}
    firms = {s[0]: s[1] for s in spans if s[2] == "ORG"}  # where an organisation starts
    club_named = club_words()
    for i, j in leftovers:
        if (i, j) in taken or (j - i == 1 and i in firms):
            continue  # "Dinamo", which now starts the club "Dinamo Kiev"
        if _frame(text, tokens, i, _WORK_FRAMES):
            end = _title_end(tokens, i, j, starts)
            spans.append((i, end, "MISC", ""))  # "bài thơ Hạt gạo làng ta"
            continue
        if 2 <= j - i <= 3 and _role_after(tokens, j):
            spans.append((i, j, "PER", ""))  # "Tấn Tài - cầu thủ …"
            continue
        if j - i == 1 and _family_name(tokens, i):
            spans.append((i, j, "PER", ""))  # "đại gia họ Hứa", "hậu duệ nhà Lý"
            continue
        if (
            j - i == 1
            and words[i] in club_named
            and words[i].isascii()  # "Lyon": its syllables look Vietnamese, its letters not
            and not _frame(text, tokens, i, _AT_WORDS)
            and not _frame(text, tokens, i, _PERSON_WORDS)
            and _alone(tokens, spans, i)
            and not _city_said(tokens, j)
            and not _after_tournament(words, tokens.gaps, i)
            and is_sport()
        ):
            # a known club's own word alone in sport news ("đợi Reading thất bại", "chuyển từ
            # Lyon"), not the town after "tại", "ở" (guideline rule 41a)
            spans.append((i, j, "ORG", ""))
            continue
        if all(map(is_vietnamese, words[i:j])):
            continue
        if not all(w[:1].isupper() for w in words[i:j]):
            continue
        if j - i == 1 and words[i] in gazetteer().non_entities:
            continue  # "ứng dụng CNTT": a common noun written short names no product
        if j - i == 1 and lettered(tokens, i):
            continue  # "vắc xin viêm gan B": the letter is the disease's, no product
        if _vehicle_name(tokens, i, j, spans) and not (
            j - i == 1 and (words[i].isupper() or words[i].lower() in _VEHICLE_KINDS)
        ):
            # "chiếc Zorvan Tempo"; an acronym alone may be a common noun ("chiếc HC bạc")
            spans.append((i, j, "MISC", ""))
            taken.add((i, j))
            _list_after(tokens, j, leftovers, taken, spans, "MISC")  # "dòng xe Lux và Fadil"
        elif _ship_before(tokens, i):
            spans.append((i, _ship_end(tokens, j), "MISC", ""))  # "tàu Titanic", "tàu Royal 16"
            taken.add((i, j))
        elif (
            _product_frame(tokens, i)
            and not _trim_code(tokens, i, j)
            and not ((numbered := _numbered_frame(tokens, i)) and _code(tokens, i, j))
        ):
            end = _numbered_end(tokens, j) if numbered else _dotted_end(tokens, j)
            spans.append((i, end, "MISC", ""))  # "chủng B.1.617", "tập trận Vostok 2018"
            taken.add((i, j))
            _list_after(tokens, j, leftovers, taken, spans, "MISC")  # "Kuwo và Kugou"
        elif (
            j - i == 1
            and (_frame(text, tokens, i, _CLUB_FRAMES) or _moved_from(tokens, i, j, spans))
            and is_sport()
        ):
            spans.append((i, j, "ORG", ""))  # "trước Genoa", "gia nhập … từ Leipzig"
        elif (
            _frame(text, tokens, i, _PLACE_FRAMES)
            or _place_noun_after(tokens, j)
            or (j - i > 1 and _frame(text, tokens, i, _SITE_FRAMES))  # "khu Maple Gardens"
        ):
            spans.append((i, j, "LOC", ""))
        elif (
            (
                (
                    maker := j - i == 1
                    # what a firm makes, or (guarded) what it earns: "sản phẩm của Sufat"
                    and (maker_of(text, tokens, i) or firm_by_its_money(text, tokens, i))
                )
                or _frame(text, tokens, i, _ORG_FRAMES)
                or (j - i == 1 and is_acronym(words[i]) and _frame(text, tokens, i, _GROUP_FRAMES))
            )
            and _name_like(words[i:j])
        ):
            spans.append((i, j, "ORG", ""))
            taken.add((i, j))
            if maker or (j - i == 1 and _frame(text, tokens, i, _GROUP_ORG_FRAMES)):
                framed.add(words[i])  # "Sufat" named again alone is the firm too
            _list_after(tokens, j, leftovers, taken, spans)
        elif j - i == 1 and _arabic_article(tokens, i) and _frame(text, tokens, i - 1, _ORG_FRAMES):
            spans.append((i - 1, j, "ORG", ""))  # "đài al-Sumaria"
        elif j - i == 1 and _listed_before_firm(tokens, i, firms):
            spans.append((i, j, "ORG", ""))  # "như Coros, Garmin, Suunto": the first of a list
    _named_again(tokens, spans, leftovers, taken, framed)
    if "(" in text and is_sport():
        _player_clubs(text, tokens, spans, provinces)
    if "giải" in text and is_sport():
        _tournaments_named(tokens, spans)


# plurals that end the names of places and events, not teams ("Golan Heights", "Beijing
# Games"): a team's nickname is any other English plural ("Lakers", "Celtics")
_NOT_NICKNAMES = frozenset(
    {"Islands", "Heights", "Falls", "Springs", "Hills", "Mountains", "Lakes", "Keys", "Isles"}
    | {"Plains", "Woods", "Highlands", "Olympics", "Paralympics", "Games", "Awards", "Masters"}
    | {"Series", "Indoors", "Nations", "States", "Emirates", "Times", "News"}
)
# a team's own words before its name ("đội bóng Boston Celtics", "CĐV Golden State
# Warriors"); not what it does ("đánh bại", "gặp"): a player is beaten too ("đánh bại Stefanos
# Tsitsipas")
_TEAM_WORDS = frozenset(
    {"đội", "đội bóng", "đội bóng rổ", "câu lạc bộ", "các cầu thủ", "cầu thủ của", "cđv"}
    | {"cổ động viên", "làm khách của", "làm khách trên sân", "đội khách", "đội chủ nhà"}
)
_MAX_TEAM = 4  # words of a team's name: "Tampa Bay Buccaneers", "Portland Trail Blazers"


_AGE_CODE = re.compile(r"U\d\d")  # an age group's team: "U23", "U19"
_YOUTH_AGE = 23  # outside sport news only youth teams' codes name teams ("U70" are elders)
# a place's own short forms before a dot ("TP.HCM", "TX.Sơn Tây", "TT.Huế", "Q.Bình Thạnh":
# quận, "X.Vân Hà": xã), no sponsor
_PLACE_INITIALS = frozenset({"TP", "TX", "TT", "Tp", "Q", "X"})
# tỉnh and huyện, whose letters also stand for sponsors in sport news ("T.Tiền Giang": Thép
# Pomina, "H.Thanh Hóa": Halida): the place's only in an address ("quê ở T.Hòa Bình", "X.Vân
# Hà, H.Đông Anh")
_ADDRESS_INITIALS = frozenset({"T", "H"})
# words before a place in an address: where one lives, was born or comes from
# ("từ", "về" are left out: "chuyển từ H.Thanh Hóa", "trở về H.Huế" name sponsored clubs)
_ADDRESS_WORDS = frozenset({"ở", "tại", "quê", "thuộc", "trú", "sinh"})
# words of an address earlier on the line that make a list of initials one
_ADDRESS_NOUNS = frozenset(
    {"quê", "trú", "ngụ", "sn", "xã", "huyện", "tỉnh", "thôn", "ấp", "phường", "địa"}
)
# the initials of places that make a line an address ("X.Vân Hà, H.Đông Anh, T.Hà Nội")
_ADDRESS_PARTS = _PLACE_INITIALS | _ADDRESS_INITIALS | {"P"}


def _sponsor_initial(word: str) -> bool:
    """True for a sponsor's initial or short name glued before a club by a dot ("P" of
    "P.SLNA", "K" of "K.Khánh Hòa", "GM" of "GM.M.Nam Định")."""
    return len(word) <= 2 and word.isupper() and word.isalpha() and word not in _PLACE_INITIALS


def _ends_with_club_place(words: list[str], i: int, j: int, provinces: frozenset[str]) -> bool:
    """True when the words i..j end with a club's place ("ACB Hà Nội", "LG.Hà Nội")."""
    return any(plain(" ".join(words[k:j])) in provinces for k in range(max(i, j - 3), j))


def _sponsors_joined(tokens: Tokens, spans: list[Span], provinces: frozenset[str]) -> None:
    """Two organisations written one after the other, each opening with an acronym, are one
    club when one of them ends with the club's place: "LG ACB Hà Nội", "LG.Hà Nội ACB" (a
    sponsor, a bank and the city); not a title and a body ("TTK AFC", "PCT VFF"), nor two
    clubs or firms named by no place (in place)."""
    words, raw = tokens.words, tokens.raw_gaps
    if sum(1 for s in spans if s[2] == "ORG" and is_acronym(words[s[0]])) < 2:
        return
    spans.sort()
    n = 0
    while n + 1 < len(spans):
        (i, j, a, _), (k, end, b, _) = spans[n], spans[n + 1]
        if (
            a == b == "ORG"
            and k == j
            and raw[j - 1] == " "
            and is_acronym(words[i])
            and is_acronym(words[k])
            and (
                _ends_with_club_place(words, i, j, provinces)
                or _ends_with_club_place(words, k, end, provinces)
            )
        ):
            spans[n : n + 2] = [(i, end, "ORG", "")]
        else:
            n += 1


def _in_address(tokens: Tokens, k: int, j: int) -> bool:
    """True when the initial at k and the place after it up to j stand in an address: after
    a word of where one lives or comes from ("ở T.Hòa Bình", "quê H.Đông Anh"), or listed by
    a comma with another place's initial ("X.Vân Hà, H.Đông Anh", "H.Đông Anh, T.Hà Nội")."""
    words, raw = tokens.words, tokens.raw_gaps
    if k > 0 and raw[k - 1] == " " and words[k - 1] in _ADDRESS_WORDS:
        return True
    before = k > 2 and raw[k - 1].strip() == "," and _initial_before(tokens, k - 1)
    after = (
        j + 1 < len(words)
        and raw[j - 1].strip() == ","
        and raw[j] == "."
        and words[j] in _ADDRESS_PARTS
    )
    # a list of initials is an address only with an address's word before it on the line
    # ("trú tại X.Vân Hà, H.Đông Anh"), not a list of sponsored clubs ("các đội T.Tiền
    # Giang, H.Thanh Hóa")
    return (before or after) and any(
        words[m].lower() in _ADDRESS_NOUNS
        for m in range(max(0, k - 12), k)
        if "\n" not in "".join(raw[m:k])
    )


def _initial_before(tokens: Tokens, end: int) -> bool:
    """True when a place's initial and a dot open one of the three words up to token end - 1
    ("X.Vân Hà")."""
    return any(
        k > 0 and tokens.raw_gaps[k - 1] == "." and tokens.words[k - 1] in _ADDRESS_PARTS
        for k in range(max(1, end - 3), end)
    )


def _initialled_clubs(tokens: Tokens, spans: list[Span], provinces: frozenset[str]) -> None:
    """A club written with its sponsors' initials glued on by dots is one ORG: "P.SLNA"
    (Pjico), "K.Khánh Hòa" (Khatoco), "M.H.Hải Phòng", "GM.M.Nam Định" (was the club or the
    place alone, and the letters a place "P" or nothing); a person's initial before a name
    ("G.Neville") or a place's ("TP.HCM", "Q.Bình Thạnh": no club's place) is left (in
    place)."""
    words, raw = tokens.words, tokens.raw_gaps
    drop: set[int] = set()
    for n, (i, j, label, key) in enumerate(spans):
        club = label == "ORG" or (label == "LOC" and key.removeprefix("LOC:") in provinces)
        if not club or i == 0 or raw[i - 1] != "." or not _sponsor_initial(words[i - 1]):
            continue
        k = i - 1
        while k > 0 and raw[k - 1] == "." and _sponsor_initial(words[k - 1]):
            k -= 1
        if k > 0 and not raw[k - 1][-1:].isspace() and raw[k - 1][-1:] not in "(–-":
            continue  # glued to a word before: "Đông Á.Thép"
        address = k == i - 1 and words[k] in _ADDRESS_INITIALS and _in_address(tokens, k, j)
        if address and label != "LOC":
            continue
        inside = {m for m, t in enumerate(spans) if k <= t[0] and t[1] <= i}
        if any(t[0] < k < t[1] for t in spans):
            continue
        drop |= inside
        # "quê ở T.Hòa Bình": tỉnh and the place, one LOC like "H.Đông Anh", "TP.HCM"
        spans[n] = (k, j, "LOC", key) if address else (k, j, "ORG", "")
    if drop:
        spans[:] = [s for m, s in enumerate(spans) if m not in drop]


# a team's or a match's words in the sentence of an age group's code: a team, not an age
# ("bán độ của đội U23 VN", "U19 Hàn Quốc dẫn 1-0"; not "nhóm U60 Hà Nội tập dưỡng sinh")
_TEAM_SENTENCE = re.compile(
    r"(?<!\w)(?:đội|Đội|tuyển|trận|thắng|thua|hòa|hoà|giải|vòng loại|bán độ|HLV|cầu thủ"
    r"|bàn thắng|ghi bàn|hiệp|thi đấu|vô địch|tứ kết|bán kết|chung kết|bảng|sân|tập huấn"
    r"|Cup|SEA Games|ASIAD|AFF|AFC|FIFA|VFF|\d+ ?- ?\d+)(?!\w)"
)
_SENTENCE_END = re.compile(r"[.!?\n]")


def _team_sentence(text: str, start: int, end: int) -> bool:
    """True when the sentence around text[start:end] holds a team's or a match's word."""
    before = text.rfind("\n", 0, start)
    for m in _SENTENCE_END.finditer(text, before + 1, start):
        before = m.start()
    after = _SENTENCE_END.search(text, end)
    return (
        _TEAM_SENTENCE.search(text, before + 1, after.start() if after else len(text)) is not None
    )


def _age_teams(
    text: str,
    tokens: Tokens,
    spans: list[Span],
    leftovers: list[tuple[int, int]],
    is_sport: Callable[[], bool],
) -> None:
    """An age group's code and the country or city after it are one team, ORG (guideline rule
    83: "đội U23 VN" → "U23 VN"; "U20 Nhật Bản", "U21 Syria"): the code alone was left
    unlabelled and the place a place; a continent after it names a tournament ("giải U20
    châu Á") and is left as it was. Only a sport's: in sport news or in a sentence with a
    team's or a match's word ("nghi án bán độ của đội U23 VN"), not "nhóm U60 Hà Nội",
    "người U70 Hà Nội" (in place)."""
    words = tokens.words
    codes = {
        i
        for i, j in leftovers
        if j == i + 1 and words[i][:1] == "U" and _AGE_CODE.fullmatch(words[i])
    }
    if not codes:
        return
    g = gazetteer()
    for n, (i, j, label, key) in enumerate(spans):
        if label == "LOC" and i - 1 in codes and (i == 1 or _after_break(tokens, i - 1)):
            place = key.removeprefix("LOC:")
            # not "giải U20 châu Á"; outside sport not "các cụ U70 Hà Nội đoạt giải"
            youth = int(words[i - 1][1:]) <= _YOUTH_AGE
            if (place in g.countries or place in g.club_places) and (
                is_sport()
                or (youth and _team_sentence(text, tokens.starts[i - 1], tokens.ends[j - 1]))
            ):
                spans[n] = (i - 1, j, "ORG", "")


def _after_break(tokens: Tokens, k: int) -> bool:
    """True when token k follows a space, or opens a sentence or a clause ("U23 Việt Nam thắng
    …", "…, U23 Việt Nam …"), not a word glued to it."""
    gap = tokens.raw_gaps[k - 1]
    return gap == " " or "\n" in gap or gap.strip()[-1:] in (".", ",", ":", ";", "!", "?")


def _nickname(word: str) -> bool:
    """True for an English plural that may be a team's nickname ("Lakers", "Warriors"): not a
    surname, which real news names as a person ("Williams", "Adams": ``mined_names``), nor a
    place's or an event's last word (``_NOT_NICKNAMES``), nor "-ss", "-us", "-is" ("Lewis")."""
    return (
        len(word) >= 4
        and word.isascii()
        and word.isalpha()
        and word[0].isupper()
        and word[1:].islower()
        and word.endswith("s")
        and not word.endswith(("ss", "us", "is"))
        and word not in _NOT_NICKNAMES
        and word not in gazetteer().names
        and word not in mined_names().labels
    )


def _players_provinces(tokens: Tokens, spans: list[Span]) -> None:
    """In a sports text, a province of Vietnam in brackets right after a person is the team
    the athlete plays for, ORG (guideline rule 112: "Thu Hà (Đồng Nai) thắng Lan Anh (Cần
    Thơ)", "Vua phá lưới: Đỗ Hồng Tiến (TP HCM)"); a country stays the athlete's country, and
    the same province elsewhere stays a place (in place)."""
    raw = tokens.raw_gaps
    provinces = gazetteer().provinces
    people = {j for _, j, label, _ in spans if label == "PER"}
    for n, (i, j, label, key) in enumerate(spans):
        if (
            label == "LOC"
            and i in people  # a person's name ends where the bracket opens
            and raw[i - 1] == " ("
            and raw[j - 1].startswith(")")
            and key.removeprefix("LOC:") in provinces
            and _athletes_sentence(tokens, i)
            and not _refereed(tokens, spans, i)
        ):
            spans[n] = (i, j, "ORG", "")


# words of competing in a sentence: a person there with a province in brackets competes for
# it ("tay đua Lê Văn An (An Giang)", "Vua phá lưới: … (TP HCM)"), unlike a contestant of a
# song contest, a referee or a mother asked in the street in a text that mentions sport
_COMPETING = frozenset(
    {"cầu thủ", "thủ môn", "tiền đạo", "tiền vệ", "hậu vệ", "trung vệ", "vđv", "vận động viên"}
    | {"tay đua", "tay vợt", "võ sĩ", "kỳ thủ", "xạ thủ", "đô vật", "vua phá lưới", "bàn thắng"}
    | {"ghi bàn", "áo vàng", "huy chương", "hcv", "hcb", "hcđ", "vô địch", "trận", "chặng"}
    | {"hạng nhất", "hạng nhì", "hạng ba", "phạm lỗi", "tỉ số"}
    | {"tỷ số", "về nhất", "về nhì", "đội tuyển"}
)
_SENTENCE_ENDS = (".", "!", "?")


def _refereed(tokens: Tokens, spans: list[Span], i: int) -> bool:
    """True when the person whose name ends at token i is a referee ("trọng tài Lê Văn An
    (Hải Phòng)", "các trọng tài A (Hải Phòng), B (Hà Nội)"): a referee plays for no team."""
    start = next((s[0] for s in spans if s[1] == i and s[2] == "PER"), i)
    window = [w.lower() for w in tokens.words[max(0, start - 12) : start]]
    return any(a == "trọng" and b == "tài" for a, b in pairwise(window))


def _athletes_sentence(tokens: Tokens, i: int) -> bool:
    """True when the sentence holding token i speaks of competing (``_COMPETING``)."""
    raw = tokens.raw_gaps
    n = len(raw)
    start = i
    while start > 0 and not _ends_sentence(raw[start - 1]):
        start -= 1
    end = i
    while end < n - 1 and not _ends_sentence(raw[end]):
        end += 1
    words = [w.lower() for w in tokens.words[start : end + 1]]
    return (
        any(
            w in _COMPETING or f"{w} {words[k + 1]}" in _COMPETING for k, w in enumerate(words[:-1])
        )
        or words[-1] in _COMPETING
    )


def _ends_sentence(gap: str) -> bool:
    """True when the raw *gap* ends a sentence or a line (not the dot of "TP.HCM")."""
    return "\n" in gap or (gap != gap.rstrip() and gap.rstrip()[-1:] in _SENTENCE_ENDS)


def _teams(text: str, tokens: Tokens, spans: list[Span], leftovers: list[tuple[int, int]]) -> None:
    """In a sports text, a known place and a nickname in the plural right after it are one
    team, an organisation (guideline rule 41a): "Los Angeles Lakers" (was the place and a
    person "Lakers"), "Dallas Cowboys" (was a person), "Đội Los Angeles Lakers" (in place).
    A city the gazetteer does not know makes a team only after a team's own words ("đội bóng
    Boston Celtics", "CĐV Golden State Warriors"): a run of foreign words
    ending with "-s" is a person as often ("Keanu Reeves"). Outside sport the shape is as
    often a firm or a brand named after a place ("Asia Miles", "Paris Walks")."""
    words, gaps = tokens.words, tokens.gaps
    single = {i for i, j in leftovers if j == i + 1}
    single |= {i for i, j, label, _ in spans if j == i + 1 and label == "PER"}
    drop: set[int] = set()
    for n, (i, j, label, _) in enumerate(spans):
        if (
            label in ("LOC", "ORG")
            and j in single
            and gaps[j - 1] == " "
            and _nickname(words[j])
            and (j + 1 >= len(words) or gaps[j] != " " or not words[j + 1][:1].isupper())
            and (label == "LOC" or ends_with_place(tokens, i + 1, j))
        ):
            spans[n] = (i, j + 1, "ORG", "")  # "Los Angeles Lakers", "Đội Los Angeles Lakers"
            drop |= {m for m, s in enumerate(spans) if s[0] == j and s[1] == j + 1}
        elif (
            label == "PER"
            and 2 <= j - i <= _MAX_TEAM
            and gaps[j - 2] == " "
            and _nickname(words[j - 1])
            and ends_with_place(tokens, i, j - 1, first=True)
        ):
            spans[n] = (i, j, "ORG", "")  # "Dallas Cowboys", "Houston Rockets"
    if drop:
        spans[:] = [s for m, s in enumerate(spans) if m not in drop]
    runs = [(i, j, n) for n, (i, j, label, _) in enumerate(spans) if label == "PER"]
    runs += [(i, j, -1) for i, j in leftovers]
    added = False
    for i, j, n in runs:
        if (
            2 <= j - i <= _MAX_TEAM
            and all(gaps[k] == " " for k in range(i, j - 1))
            and all(w[:1].isupper() and w.isascii() and w.isalpha() for w in words[i:j])
            and words[i] not in mined_names().labels  # "Kevin …": a given name
            and _nickname(words[j - 1])
            and _frame(text, tokens, i, _TEAM_WORDS)
        ):
            if n >= 0:
                spans[n] = (i, j, "ORG", "")  # "đội bóng Boston Celtics"
            elif not any(s[0] < j and i < s[1] for s in spans):
                spans.append((i, j, "ORG", ""))  # "CĐV Golden State Warriors"
                added = True
    if added:
        spans.sort()


# lower-case words inside a foreign name in brackets ("The Royal College of Surgeons of
# England")
_FOREIGN_JOINERS = frozenset({"of", "and", "for", "the", "de", "du", "des", "la", "le", "&"})
_MAX_BRACKETED = 8


# nouns for products, models, apps, standards and variants: a foreign name a few lower-case
# words after them is the thing's name, MISC (guideline rules 17, 41, 57, 59): "thiết giáp
# Bradley", "ứng dụng âm nhạc Kuwo", "chủng B.1.617", "tàu khu trục Type 055"
# cruise ships, freighters and patrol boats ("tàu du lịch Celebrity Millennium"), and military
# exercises ("cuộc tập trận Trident Juncture", "tập trận chung Max Thunder"): products whose
# names take the number after them ("Trident Juncture 18", "tàu hàng Pacific 01"), as a ship's
# name does
_NUMBERED_PRODUCTS = frozenset(
    {"tàu du lịch", "du thuyền", "tàu hàng", "tàu chở hàng", "tàu container", "tàu hộ vệ"}
    | {"tàu tuần tra", "tập trận"}
)
_PRODUCT_HEADS = frozenset(
    {"ứng dụng", "phần mềm", "phiên bản", "chủng", "biến chủng", "vắc xin"}
    | {"vaccine", "xe tăng", "thiết giáp", "tên lửa", "tiêm kích", "trực thăng", "pháo"}
    | {"tàu khu trục", "tàu sân bay", "tàu ngầm", "tàu chiến", "tàu đổ bộ", "tàu tấn công"}
    | {"mẫu xe", "dòng xe", "dòng máy", "mẫu điện thoại", "hệ điều hành", "trình duyệt"}
    | {"robot", "mã độc", "virus máy tính", "sâu máy tính", "thuốc"}
    | _NUMBERED_PRODUCTS
)
_PRODUCT_WINDOW = 3  # lower-case words at most between the noun and the name


# (a ship's word, ``SHIP_WORDS``, right before a foreign name makes it the ship, MISC:
# guideline rules 17 and 67; not further before it: "tàu chở Obama" carries a person)
# words before the ship's word that make it something else: its owner, its builder, a pier,
# a boat one rows
_NOT_SHIP_BEFORE = frozenset({"chủ", "đóng", "cầu", "bến", "chèo", "lái", "đội"})


def _ship_before(tokens: Tokens, i: int) -> bool:
    """True when a ship's word stands right before token i ("Tàu" with a capital only
    opening a sentence: inside one it may be China, "hàng Tàu")."""
    if i == 0 or tokens.gaps[i - 1] != " ":
        return False
    name = tokens.words[i]
    if is_acronym(name) or len(name) == 1 or not name.isalpha():
        return False  # "tàu SE1", "tàu HQ 604", "cầu tàu H": a train's or a hull's code
    word = tokens.words[i - 1]
    if i > 1 and tokens.words[i - 2].lower() in _NOT_SHIP_BEFORE:
        return False  # "chủ tàu Lefevre", "công ty đóng tàu Hudong", "chèo thuyền Kayak"
    return word in SHIP_WORDS or (
        word.lower() in SHIP_WORDS and opens_sentence_or_quote(tokens, i - 1)
    )


def _ship_end(tokens: Tokens, j: int) -> int:
    """Where a ship's name ending at token j ends with its number ("tàu Royal 16", "tàu
    Soyuz 21", "Apollo 11")."""
    words = tokens.words
    if j < len(words) and tokens.gaps[j - 1] == " " and words[j].isdigit() and len(words[j]) <= 3:
        return j + 1
    return j


# the last words of those products' heads: a first test, before the heads themselves
_NUMBERED_LAST = frozenset(head.rsplit(" ", 1)[-1] for head in _NUMBERED_PRODUCTS)


def _numbered_frame(tokens: Tokens, i: int) -> bool:
    """True when an exercise's or a vessel's word stands right before token i ("tập trận",
    "tàu du lịch", "tàu hàng"; ``_NUMBERED_PRODUCTS``): a number after the name is part of it,
    and a code of letters and digits is a train's ("tàu hàng SH3"), no name."""
    words = tokens.words
    if i < 2 or tokens.gaps[i - 1] != " " or words[i - 1].lower() not in _NUMBERED_LAST:
        return False
    two = f"{words[i - 2]} {words[i - 1]}".lower()
    three = f"{words[i - 3]} {two}".lower() if i >= 3 else ""
    return two in _NUMBERED_PRODUCTS or three in _NUMBERED_PRODUCTS


def _numbered_end(tokens: Tokens, j: int) -> int:
    """Where an exercise's or a vessel's name ending at token j ends with its number or its
    year ("Trident Juncture 18", "Vostok 2018", "Pacific 01")."""
    words = tokens.words
    if j < len(words) and tokens.gaps[j - 1] == " " and words[j].isdigit() and len(words[j]) <= 4:
        return j + 1
    return j


def _code(tokens: Tokens, i: int, j: int) -> bool:
    """True for one word of capitals and digits ("SE1", "ASY2"): a code, no name."""
    word = tokens.words[i]
    return j - i == 1 and word.isalnum() and any(c.isdigit() for c in word)


def _trim_code(tokens: Tokens, i: int, j: int) -> bool:
    """True for a short code in capitals after "phiên bản" that names a trim, not a product
    ("phiên bản MT và AT": manual and automatic gearboxes; "tên lửa SM-6" is a product)."""
    word = tokens.words[i]
    return (
        j - i == 1
        and i >= 2
        and word.isalpha()
        and is_acronym(word)
        and len(word) <= 3
        and [w.lower() for w in tokens.words[i - 2 : i]] == ["phiên", "bản"]
    )


def _product_frame(tokens: Tokens, i: int) -> bool:
    """True when a product noun stands at most a few lower-case words before token i, in the
    same phrase ("ứng dụng âm nhạc Kuwo"); the name is foreign (checked by the caller)."""
    words, gaps = tokens.words, tokens.gaps
    k = i - 1
    seen = 0
    while k >= 0 and seen <= _PRODUCT_WINDOW + 1 and gaps[k] == " ":
        opening = not words[k].islower()
        if opening and not (words[k][1:].islower() and opens_sentence_or_quote(tokens, k)):
            return False  # a name, not a noun ("Thiết giáp Bradley" opening a sentence is)
        one = words[k].lower()
        two = f"{words[k - 1]} {one}" if k >= 1 and gaps[k - 1] == " " else ""
        three = f"{words[k - 2]} {two}" if two and k >= 2 and gaps[k - 2] == " " else ""
        for size, head in ((1, one), (2, two.lower()), (3, three.lower())):
            if head in _PRODUCT_HEADS:
                return not _title_before(tokens, k - size + 1)
        if one in _PRODUCT_STOPS or opening:
            return False
        k -= 1
        seen += 1
    return False


# a vehicle's word right before a foreign name: the name is the make or the model, MISC
# (guideline rule 35: "chiếc Ford Transit", "xe Innova", "xe máy hiệu Exciter"), not a person;
# only right before it ("xe chở Obama" carries a person); "hiệu" alone is a code or a title
# ("số hiệu", "danh hiệu") and names a make only after a vehicle's word or "nhãn"
_VEHICLES = frozenset(
    {"chiếc", "chiếc xe", "xe", "xe máy", "xe gắn máy", "xe mô tô", "mô tô", "xe hơi", "siêu xe"}
    | {"ô tô", "ôtô", "xe ô tô", "xe ôtô", "nhãn hiệu"}
)
_VEHICLE_FRAMES = _VEHICLES | frozenset(f"{v} hiệu" for v in _VEHICLES if v != "nhãn hiệu")
# words before "xe" that make the name a person's: "lái xe T.", "phụ xe Hùng", "tay đua xe hơi
# …" (the job), "nhà xe …" (a coach firm, named like a person)
_NOT_VEHICLE = frozenset({"lái", "phụ", "nhà", "đua"})
_VEHICLE_ENDS = _last_words(_VEHICLE_FRAMES)
# kinds of vehicle written in English and capitalised: no make ("xe Limousine", "xe Taxi")
_VEHICLE_KINDS = frozenset({"limousine", "taxi", "sedan", "suv", "bus", "van", "pickup", "coupe"})


def _vehicle_frame(tokens: Tokens, i: int, j: int) -> bool:
    """True when a vehicle's word stands right before the foreign name of tokens i..j, which
    then names the vehicle's make or model ("chiếc Range Rover", "xe Lexus"); not after the
    driver's job ("lái xe …") nor for an initial ("xe T.")."""
    words, gaps = tokens.words, tokens.gaps
    if i == 0 or words[i - 1].lower() not in _VEHICLE_ENDS or any(len(w) < 2 for w in words[i:j]):
        return False
    longest = 0  # the words of the longest frame before the name ("xe máy hiệu", not "hiệu")
    phrase: list[str] = []
    for k in range(i - 1, max(i - 4, 0) - 1, -1):
        w = words[k]
        if gaps[k] != " " or not (
            w.islower() or (w[1:].islower() and opens_sentence_or_quote(tokens, k))
        ):
            break
        phrase.insert(0, words[k].lower())
        if " ".join(phrase) in _VEHICLE_FRAMES:
            longest = i - k
        if not words[k].islower():
            break
    if not longest:
        return False
    first = i - longest
    return not (
        phrase[len(phrase) - longest] == "xe"
        and first > 0
        and gaps[first - 1] == " "
        and words[first - 1].lower() in _NOT_VEHICLE
    )


def _vehicle_name(tokens: Tokens, i: int, j: int, spans: list[Span]) -> bool:
    """True when the foreign name of tokens i..j names a vehicle by its frame, and is not the
    surname of a person named in full in the text ("xe Smith" after "John Smith": his car)."""
    words = tokens.words
    return _vehicle_frame(tokens, i, j) and not (
        j - i == 1
        and any(
            label == "PER" and b - a > 1 and words[b - 1] == words[i] for a, b, label, _ in spans
        )
    )


# people in charge of a ship, a plane or a weapon: a name after the product noun is theirs
_CREW = frozenset({"chỉ huy", "thuyền trưởng", "phi công", "lái", "kíp lái", "người lái"})


def _title_before(tokens: Tokens, h: int) -> bool:
    """True when a person's title ends right before token h ("chỉ huy tàu ngầm X", "tỷ phú
    …"): the name after the product noun is a person's."""
    return title_start(tokens, h) is not None


def title_start(tokens: Tokens, h: int) -> int | None:
    """The first token of a person's title of one or two words that ends right before token h
    ("thống đốc bang X": the title's start for h at "bang"), or None."""
    cues = gazetteer().cues
    for m in (h - 1, h - 2):
        if m < 0 or any(tokens.gaps[x] != " " for x in range(m, h)):
            continue
        node = cues.get(tokens.words[m].lower())
        for x in range(m + 1, h):
            node = node.children.get((" ", tokens.words[x].lower())) if node else None
        if node is not None and node.phrase is not None and node.phrase.label == "TITLE":
            return m
        if " ".join(w.lower() for w in tokens.words[m:h]) in _CREW:
            return m
    return None


def _dotted_end(tokens: Tokens, j: int) -> int:
    """End of a name written with dots and numbers after its first part ("B.1.617"), or
    with a model's number after it ("Type 055")."""
    words, raw = tokens.words, tokens.raw_gaps
    while j < len(words) and raw[j - 1] == "." and words[j].isalnum() and words[j][0].isdigit():
        j += 1
    if j < len(words) and raw[j - 1] == " " and words[j].isdigit() and len(words[j]) <= 4:
        j += 1  # a model's number: "Type 055"
    return j


# words that end the phrase of a product noun ("vắc xin của Pfizer": the maker, not the name)
_PRODUCT_STOPS = frozenset({"của", "do", "từ", "và", "với", "cho", "tại", "ở", "bởi", "như"})


# words before a surname alone that name a family or a dynasty (guideline rules 60, 78)
_FAMILY_WORDS = frozenset({"họ", "nhà", "dòng họ", "triều", "vương triều"})


def _family_name(tokens: Tokens, i: int) -> bool:
    """True for a surname alone after "họ", "nhà", "triều" ("đại gia họ Hứa", "hậu duệ nhà
    Lý"): the family or the dynasty is named as a person, PER."""
    words, gaps = tokens.words, tokens.gaps
    if i == 0 or gaps[i - 1] != " " or words[i] not in gazetteer().surnames:
        return False
    if i + 1 < len(words) and gaps[i] == " " and words[i + 1][:1].isupper():
        return False  # "nhà Nguyễn Văn A": a full name, the scan's
    one = words[i - 1]
    two = f"{words[i - 2]} {one}" if i >= 2 and gaps[i - 2] == " " else ""
    return one in _FAMILY_WORDS or two in _FAMILY_WORDS


def _named_again(
    tokens: Tokens,
    spans: list[Span],
    leftovers: list[tuple[int, int]],
    taken: set[tuple[int, int]],
    framed: set[str],
) -> None:
    """A one-word organisation named by a group, shop or brand frame once is that organisation
    wherever else the text writes it alone ("phong trào Fatah … của Fatah", "các siêu thị như
    Metro … đổ về Metro"), not a person or nothing (in place)."""
    if not framed:
        return
    words = tokens.words
    for n, (i, j, label, _) in enumerate(spans):
        if j - i == 1 and label == "PER" and words[i] in framed:
            spans[n] = (i, j, "ORG", "")
    for i, j in leftovers:
        if j - i == 1 and words[i] in framed and (i, j) not in taken:
            spans.append((i, j, "ORG", ""))
            taken.add((i, j))


def _list_after(
    tokens: Tokens,
    j: int,
    leftovers: list[tuple[int, int]],
    taken: set[tuple[int, int]],
    spans: list[Span],
    label: str = "ORG",
) -> None:
    """The names listed after an organisation labelled by its frame are organisations too:
    "các siêu thị như Metro, Seiyu, Marko" (in place; only names nothing else labelled)."""
    ends = dict(leftovers)
    words, raw = tokens.words, tokens.raw_gaps
    while j < len(words):
        k = j if raw[j - 1] == ", " else None
        if k is None and words[j] in _LIST_WORDS and raw[j - 1] == " " and j + 1 < len(words):
            k = j + 1 if raw[j] == " " else None
        end = ends.get(k) if k is not None else None
        if k is None or end is None or (k, end) in taken or is_vietnamese(words[k]):
            return
        if not _name_like(words[k:end]):
            return
        spans.append((k, end, label, ""))
        taken.add((k, end))
        j = end


# sentence openers after which a name and a comma are the sentence's topic, not a list's
# first item ("Với Lukaku, Chelsea và Inter đều …", "Theo Kovacs, Samsung …")
_NOT_LIST_OPENERS = frozenset({"Với", "Theo", "Cùng", "Ngoài", "Trừ", "Như"})


def _listed_before_firm(tokens: Tokens, i: int, firms: dict[int, int]) -> bool:
    """True when the foreign word at i opens a list whose next name is an organisation and
    which goes on after it ("như Coros, Garmin, Suunto hoặc …", "Kelvor, Samsung và Sony"):
    the names listed after an organisation are taken as organisations already, the first
    one too (not a name before one organisation alone: "Messi, Barcelona")."""
    words, raw = tokens.words, tokens.raw_gaps
    if raw[i] != ", " or not words[i][1:].islower():
        return False
    if i > 0 and raw[i - 1] not in (", ", ": ") and not is_vietnamese(words[i - 1].lower()):
        return False  # "Tottenham Hotspur, Chelsea", "University of Sheffield": a longer name
    if _title_before(tokens, i) or any(w in _NOT_LIST_OPENERS for w in words[max(0, i - 4) : i]):
        return False  # "Với Lukaku, Chelsea và Inter …", "Theo nhà phân tích Kovacs, …"
    end = firms.get(i + 1)
    if end is None or end >= len(words):
        return False
    return raw[end - 1] == ", " or (raw[end - 1] == " " and words[end] in _LIST_WORDS)


def _initial(tokens: Tokens, i: int) -> bool:
    """True for an initial opening a person's name at token i ("S." of "S. Donald Sussman")."""
    return len(tokens.words[i]) == 1 and tokens.raw_gaps[i] == ". "


_LISTED = frozenset({", ", " và ", " hay ", " hoặc "})


def _founder_after(tokens: Tokens, j: int) -> bool:
    """True when a founder's or owner's verb follows the name that ends at token j."""
    words = tokens.words
    return (
        j + 1 < len(words)
        and tokens.gaps[j - 1] == " "
        and tokens.gaps[j] == " "
        and f"{words[j]} {words[j + 1]}" in FOUNDED_BY
    )


# words that make a firm's kind many ("nhiều hãng thời trang", "các thương hiệu", "hai
# hãng"), or end a frame that lists examples ("các hãng như")
_MANY = PLURAL | {"như"}


def _many_firms(tokens: Tokens, i: int) -> bool:
    """True when the firm's kind written before token i names many firms: its own words or
    the word before it say so ("nhiều hãng thời trang", "các thương hiệu", "3 hãng")."""
    words, gaps = tokens.words, tokens.gaps
    start = next(
        (k for k in range(max(0, i - _LONGEST), i) if " ".join(words[k:i]).lower() in _FIRM_FRAMES),
        i,
    )
    if start > 0 and gaps[start - 1] == " ":
        start -= 1  # the word before the kind
    return any(w.lower() in _MANY or w.isdigit() for w in words[start:i])


def _people_listed_after(tokens: Tokens, spans: list[Span], n: int) -> None:
    """Foreign names taken for people and listed right after the firm spans[n] named by
    its kind are firms too: "nhiều hãng thời trang Roberto Cavalli, Dior hay Saint Laurent".
    After a kind that names one firm, only one-word names (brands) are: "thương hiệu Richard
    Mille và Chopard", but "nhà xuất bản Simon Schuster, Bob Woodward và Carl Bernstein viết
    sách" lists the writers."""
    words, raw = tokens.words, tokens.raw_gaps
    many = _many_firms(tokens, spans[n][0])
    j = spans[n][1]
    listed: list[int] = []
    closed = False  # a list: "và", "hay" before its last name, or two commas at least
    for m in range(n + 1, len(spans)):
        i2, j2, label, _ = spans[m]
        gap = raw[j - 1] if i2 == j else " " + words[j] + " " if i2 == j + 1 else ""
        if gap not in _LISTED or (i2 == j + 1 and raw[j - 1] != " ") or label != "PER":
            break
        if any(is_vietnamese(w) for w in words[i2:j2]) or _initial(tokens, i2):
            break
        if j2 - i2 > 1 and not many:
            break  # a person named in full after one firm
        listed.append(m)
        closed = closed or gap != ", " or len(listed) > 1
        j = j2
    if closed:  # not "Tại tập đoàn Trump, Cohen xử lý …": a clause after a comma
        for m in listed:
            spans[m] = (spans[m][0], spans[m][1], "ORG", "")


def _name_like(words: list[str]) -> bool:
    """False for a letter or a roman numeral alone ("nhóm A", "nhóm II"): a label."""
    return not (len(words) == 1 and (len(words[0]) == 1 or set(words[0]) <= set("IVXLC")))


# heads of a unit named in lower case before its parent body ("Đội xe đẩy, Trung tâm …",
# "Cơ quan điều tra - Bộ Công an"; guideline rules 32, 41a)
_UNIT_HEADS = frozenset(
    {"Đội", "Phòng", "Ban", "Khoa", "Trạm", "Xưởng", "Bộ phận", "Cơ quan", "Trung tâm"}
    | {"Chi nhánh", "Văn phòng", "Phân xưởng"}
)
# boards written short before their parent body ("UBKT Tỉnh ủy Đắk Nông", "BQL DA Sở …")
_NOT_UNITS = frozenset({"Khoa học", "Phòng chống", "Ban hành", "Đội ngũ", "Đội tuyển"})
_BOARD_ACRONYMS = frozenset({"UBKT", "BQL", "BCĐ", "BTG", "BDV", "BTC", "BCH", "BTV", "VP"})
_MAX_UNIT_WORDS = 4
# lower-case words that never name a unit: places, relations, verbs that start a clause
_NOT_UNIT_WORDS = ADMIN_WORDS | frozenset(
    {"của", "và", "các", "những", "cho", "là", "có", "được", "đã", "sẽ", "đang", "vừa"}
    | {"cũng", "đề", "yêu", "tại", "ở"}
)


def _units_of_parents(tokens: Tokens, spans: list[Span]) -> None:
    """A unit written before its parent body is one organisation with it (guideline rules 32
    and 41a): a head and lower-case words joined to the parent by a comma or a dash ("Đội xe
    đẩy, Trung tâm Khai thác Ga Nội Bài", "Cơ quan điều tra - Bộ Công an"), or a board
    written short right before it ("UBKT Tỉnh ủy Đắk Nông", "BQL DA Sở VH-TT Hà Nội")."""
    words, raw = tokens.words, tokens.raw_gaps
    stop = gazetteer().stopwords
    spans.sort()
    for n, (k, e, label, _) in enumerate(spans):
        if label != "ORG" or k < 2 or not words[k][:1].isupper():
            continue
        before = spans[n - 1] if n else None
        start: int | None = None
        if raw[k - 1] == " " and before is not None and before[1] == k and before[2] == "ORG":
            board = words[before[0] : before[1]]
            if board[0] in _BOARD_ACRONYMS and all(is_acronym(w) for w in board):
                start = before[0]  # "UBKT Tỉnh ủy Đắk Nông"
        elif raw[k - 1].strip() in (",", "-", "–") and raw[k - 1][:1] in (",", " "):
            m = k - 1
            while m > 0 and k - 1 - m <= _MAX_UNIT_WORDS and words[m].islower():
                word = words[m]
                if not word.isalpha() or word in stop or word in _NOT_UNIT_WORDS:
                    m = -1
                    break
                if raw[m - 1] != " ":
                    m = -1
                    break
                m -= 1
            if (
                0 <= m < k - 1
                and not words[m].islower()
                and (before is None or before[1] <= m)
                and (m == 0 or not words[m - 1][:1].isupper())
            ):
                two = f"{words[m]} {words[m + 1]}"
                if two in _NOT_UNITS:
                    pass  # "Khoa học …, Trường …": a subject, no unit
                elif (two in _UNIT_HEADS and m + 2 < k) or words[m] in _UNIT_HEADS:
                    start = m  # "Đội xe đẩy, …", "Cơ quan điều tra - …"
        if start is not None:
            spans[n] = (start, e, "ORG", "")
            if before is not None and before[0] >= start:
                spans[n - 1] = (-1, -1, "", "")
    spans[:] = [s for s in spans if s[1] > 0]


# the gaps between the words of one name in brackets ("The Royal College", "Procter &
# Gamble", "Cao-Bằng"); a colon or a comma lists something else ("Novaland - HOSE: NVL")
_BRACKETED_GAPS = frozenset({" ", "-", " - ", " & ", "&", "'", "\u2019", ". ", "."})


def _names_in_brackets(tokens: Tokens, spans: list[Span]) -> None:
    """A foreign name in brackets right after an organisation is its short or foreign name,
    ORG (guideline rule 4): "Công ty Xuất nhập khẩu … (Vilexim)", "Hiệp hội phẫu thuật
    Hoàng gia Anh (The Royal College of Surgeons of England)"; a place in brackets ("Công ty
    ABC (Singapore)") stays a place (in place)."""
    words, raw = tokens.words, tokens.raw_gaps
    n = len(words)
    orgs = [s for s in spans if s[2] == "ORG"]
    for _, j, _, _ in orgs:
        if j >= n or raw[j - 1].strip() != "(":
            continue
        end = j
        while end < n and end - j < _MAX_BRACKETED:
            word = words[end]
            if not (
                (word[:1].isupper() and not is_vietnamese(word)) or word.lower() in _FOREIGN_JOINERS
            ):
                break
            end += 1
            if raw[end - 1].strip().startswith(")") or raw[end - 1] not in _BRACKETED_GAPS:
                break  # the bracket closes, or a colon or comma lists something else in it
        if (
            end == j
            or not raw[end - 1].strip().startswith(")")
            or is_acronym(words[j])  # an acronym takes the name's label in the scan already
            or all(w.lower() in _FOREIGN_JOINERS for w in words[j:end])
        ):
            continue
        inside = [s for s in spans if s[0] < end and j < s[1]]
        if any(s[2] in ("LOC", "MISC") or s[0] < j or s[1] > end for s in inside):
            continue
        spans[:] = [s for s in spans if s not in inside]
        spans.append((j, end, "ORG", ""))
    spans.sort()


def _street_lists(
    text: str, tokens: Tokens, spans: list[Span], leftovers: list[tuple[int, int]]
) -> None:
    """Streets listed after a road word are places, people's names or not: "các tuyến
    đường lân cận như Đinh Bộ Lĩnh, Nguyễn Xí", "phố Trường Chinh, Tây Sơn, Thái Hà và
    Chùa Bộc" (guideline rule 38). A list is names joined by commas or "và"; the road word
    stands at most a few lower-case words before its first name (in place)."""
    words = tokens.words
    roads = sorted(bisect_left(tokens.starts, at) for at in _road_words_at(text, tokens))
    # only a road word with a capital a few words after it may start a list
    roads = [r for r in roads if any(w[:1].isupper() for w in words[r + 1 : r + 1 + _ROAD_WINDOW])]
    if not roads:
        return
    by_start: dict[int, tuple[int, int]] = {}  # first token -> (end, span index or -1)
    for i, j in leftovers:
        # not a capital that starts a common word ("Điện thoại", "Phó chỉ huy")
        if j >= len(words) or tokens.gaps[j - 1] != " " or not words[j].islower():
            by_start[i] = (j, -1)
    for n, (i, j, _, _) in enumerate(spans):
        by_start[i] = (j, n)

    def loc(n: int) -> bool:
        return n >= 0 and spans[n][2] == "LOC"

    def group(i: int) -> tuple[int, list[int]] | None:
        """The item at i with the items glued to it ("Đinh" + "Bộ Lĩnh"): end, spans."""
        if i not in by_start:
            return None
        j, n = by_start[i]
        ns = [n]
        while j in by_start and tokens.raw_gaps[j - 1] == " ":
            j2, n2 = by_start[j]
            if loc(n2) and all(loc(m) for m in ns):
                break  # two places stay two
            j, ns = j2, [*ns, n2]
        return j, ns

    drop: set[int] = set()
    added: list[Span] = []
    done = 0
    for r in roads:
        first = next((k for k in range(r + 1, r + 1 + _ROAD_WINDOW) if k in by_start), None)
        if first is None or first < done or not _road_before(tokens, first):
            continue
        chain: list[tuple[int, int, list[int]]] = []
        at_item: int | None = first
        while at_item is not None:
            found = group(at_item)
            if found is None and words[at_item] in _LANDMARK_WORDS and tokens.gaps[at_item] == " ":
                # a landmark in the list by its kind: "…, chùa Một Cột, Tôn Thất Đàm"
                at_item += 1
                found = group(at_item)
            if found is None:
                break
            end, ns = found
            chain.append((at_item, end, ns))
            if end < len(words) and tokens.raw_gaps[end - 1] == " (":
                # a stretch in brackets goes on with the list: "Hoàng Hoa Thám (từ dốc
                # Ngọc Hà - Mai Xuân Thưởng), Mai Xuân Thưởng"; the ends of a stretch
                # ("từ A - B") are streets too
                close = _bracket_close(tokens, end)
                if close is None:
                    break
                if words[end] in _STRETCH_WORDS:
                    chain.extend(_items_in(group, by_start, end + 1, close + 1))
                if len(chain) < 2 and not _many_roads(words, r):
                    break  # one street and a bracket: "đường Lê Lợi (quận 1), Minh đến …"
                end = close + 1
                after = tokens.raw_gaps[end - 1].removeprefix(")")
            else:
                after = tokens.raw_gaps[end - 1] if end < len(words) else ""
            if after == ", ":
                at_item = end
            elif end + 1 < len(words) and words[end] == "và" and after == " ":
                at_item = end + 1
            else:
                at_item = None
        done = chain[-1][1] if chain else first
        if len(chain) < 2:
            continue
        for i, j, ns in chain:
            labels = {spans[n][2] for n in ns if n >= 0}
            if j - i > _LONGEST or labels - {"PER", "ORG", "LOC"} or not _street_like(words[i:j]):
                continue
            if labels == {"LOC"} and len(ns) == 1:
                continue
            drop.update(n for n in ns if n >= 0)
            added.append((i, j, "LOC", ""))
    if added:
        spans[:] = [s for n, s in enumerate(spans) if n not in drop] + added
        spans.sort()


def _club_news(text: str) -> bool:
    """True for a text about clubs: two sports words or more ("HLV", "mùa giải"); one is
    too little, a film's fans ("người hâm mộ") are a sport's too."""
    found = 0
    for word in _SPORT_WORDS:
        if _stands_in(text, word):
            found += 1
            if found > 1:
                return True
    return False


def _stands_in(text: str, word: str) -> bool:
    """True when *word* stands in *text* as a whole word."""
    at = text.find(word)
    while at != -1:
        end = at + len(word)
        if (at == 0 or not _WORD_CHAR.match(text, at - 1)) and not _WORD_CHAR.match(text, end):
            return True
        at = text.find(word, at + 1)
    return False


def mentions_sport(text: str, words: Collection[str] | None = None, joined: bool = True) -> bool:
    """True when one of the ``_SPORT_WORDS`` stands in *text* as whole words (``str.find``
    is much faster than a regex alternation).

    With the tokens of *text* (*words*, or their set: ``Tokens.vocabulary``), only the sports
    words whose every run of letters is a run of the text are looked for: a run standing
    alone in the text is a token, or a part of one that joins runs ("Mát-xcơ-va", "T&T"), so
    the set of runs from the tokens holds every run of a word that stands in it, and most
    texts need no search at all. *joined* False says that no token joins runs
    (``Tokens.joined``): no token is then read for its runs. Not for a text with "&amp;" (a
    run after "&" is no token there)."""
    if words is None or "&amp;" in text:
        return any(_stands_in(text, word) for word in _SPORT_WORDS + _SPORT_OPENERS)
    runs = words if isinstance(words, frozenset) else frozenset(words)
    if joined:
        split = [
            run for word in filterfalse(str.isalnum, runs) for run in _LETTER_RUN.findall(word)
        ]
        if split:
            runs = runs.union(split)
    return any(runs.issuperset(parts) and _stands_in(text, word) for word, parts in _SPORT_RUNS)


def _road_words_at(text: str, tokens: Tokens | None = None) -> list[int]:
    """Where the road words stand in *text* (``str.find`` is much faster than a regex).

    With the *tokens* of a text in which no token joins runs (``Tokens.joined``), a road word
    that stands in it as whole words is made of tokens: one whose words are not all among
    the text's words (``Tokens.vocabulary``) is not looked for."""
    road_words: Collection[str] = _ROAD_WORDS
    if tokens is not None and not tokens.joined:
        vocabulary = tokens.vocabulary
        road_words = [word for word in _ROAD_WORDS if vocabulary.issuperset(word.split())]
    found: list[int] = []
    for word in road_words:
        at = text.find(word)
        while at != -1:
            end = at + len(word)
            if (at == 0 or not text[at - 1].isalnum()) and (
                end >= len(text) or not text[end].isalnum()
            ):
                found.append(at)
            at = text.find(word, end)
    return found


def _street_like(words: list[str]) -> bool:
    """True for capitalised Vietnamese words that may name a street ("Nguyễn Xí", "Láng")."""
    return all(w[:1].isupper() and is_vietnamese(w) and not is_acronym(w) for w in words)


def _many_roads(words: list[str], r: int) -> bool:
    """True when the road word at r stands for several roads: "các tuyến đường", "2 đường",
    "những phố"."""
    return any(w.lower() in _ROADS_MANY or w[:1].isdigit() for w in words[max(0, r - 2) : r])


def _bracket_close(tokens: Tokens, i: int) -> int | None:
    """The token before the ")" closing a bracket opened before token i, within
    ``_BRACKET_WORDS`` words and with no other bracket inside; None when there is none."""
    raw = tokens.raw_gaps
    for k in range(i, min(len(tokens.words), i + _BRACKET_WORDS)):
        if raw[k].startswith(")"):
            return k
        if "(" in raw[k] or ")" in raw[k] or tokens.gaps[k] == "x":
            return None
    return None


def _items_in(
    group: Callable[[int], tuple[int, list[int]] | None],
    by_start: dict[int, tuple[int, int]],
    start: int,
    end: int,
) -> list[tuple[int, int, list[int]]]:
    """The named items (as ``group`` finds them) that start between tokens start and end."""
    items = []
    k = start
    while k < end:
        found = group(k) if k in by_start else None
        if found is None or found[0] > end:
            k += 1
            continue
        items.append((k, found[0], found[1]))
        k = found[0]
    return items


def _road_before(tokens: Tokens, i: int) -> bool:
    """True when a road word ("đường", "phố", "nút giao") stands a few lower-case words before
    token i, in the same sentence."""
    k = i - 1
    # the list may follow a colon right after its road word or a word announcing it: "các
    # tuyến phố: Phan Đình Phùng, …", "nhiều phố như: Khâm Thiên, …" (not "Kỷ lục chạy
    # đường dài: Nguyễn Thị Oanh")
    colon = k >= 0 and tokens.raw_gaps[k] == ": "
    window = 1 if colon and tokens.words[k] not in _ANNOUNCING else _ROAD_WINDOW
    while k >= 0 and i - k <= window and (tokens.gaps[k] == " " or (colon and k == i - 1)):
        w = tokens.words[k]
        if not w.islower():
            return False
        if w in _ROAD_WORDS or (k > 0 and f"{tokens.words[k - 1]} {w}" in _ROAD_WORDS):
            # "thành phố", "trực tuyến", "đường dây": a road word inside another word
            return not (
                (k > 0 and f"{tokens.words[k - 1]} {w}" in _NOT_ROADS)
                or (k + 1 < i and f"{w} {tokens.words[k + 1]}" in _NOT_ROADS)
            )
        k -= 1
    return False


_SHEET_PLAYERS = 3  # people listed after the colon that make a line a team sheet
_SHEET_HEAD = 5  # words at most in the team's name


def _team_sheets(text: str, tokens: Tokens, spans: list[Span], provinces: frozenset[str]) -> None:
    """A line that names a team, a colon and its players ("Hồng Lĩnh Hà Tĩnh: Quang Tuấn,
    Kelly, Trọng Sáng, …") is a team sheet: the capitalised words before the colon are the
    club, ORG, unless they are a country alone (a national team is its country, LOC)."""
    if ":" not in text:
        return  # a team sheet has its colon
    words, gaps, raw = tokens.words, tokens.gaps, tokens.raw_gaps
    n = len(words)
    for i in line_starts(text, tokens):
        if i >= n:
            continue
        j = i  # the head: capitalised words i..j-1, then a colon
        while j < n and j - i < _SHEET_HEAD and words[j][0].isupper():
            j += 1
            if raw[j - 1].lstrip(" ").startswith(":") or gaps[j - 1] != " ":
                break
        if j == i or j >= n or not raw[j - 1].lstrip(" ").startswith(":"):
            continue
        line_end = next((k for k in range(j, n) if "\n" in raw[k]), n - 1) + 1
        # the players follow the colon one by one: "…: Quang Tuấn, Kelly, …"
        players = sum(
            1
            for s in spans
            if s[2] == "PER"
            and j <= s[0]
            and s[1] <= line_end
            and raw[s[0] - 1].strip() in (":", ",", "-", ";")
        )
        if not any(s[0] == j and s[2] == "PER" for s in spans):
            continue
        if players < _SHEET_PLAYERS:
            continue
        inside = [s for s in spans if i <= s[0] and s[1] <= j]
        if not inside and not (j - i == 1 and is_acronym(words[i])):
            continue  # "Dự bị: …", "Ghi bàn: …": no name before the colon
        if (
            len(inside) == 1
            and inside[0][:3] == (i, j, "LOC")
            and inside[0][3].removeprefix("LOC:") not in provinces
        ):
            continue  # "Việt Nam: Văn Lâm, …": the national team
        if any(s[0] < j < s[1] or s[0] < i < s[1] for s in spans):
            continue
        spans[:] = [s for s in spans if not (i <= s[0] and s[1] <= j)]
        spans.append((i, j, "ORG", ""))


# English words of an event before a place: a tournament or a race, no club ("giải Marathon
# Đà Nẵng", "vô địch Open Hà Nội")
_EVENT_WORDS = frozenset(
    {"Open", "Marathon", "Masters", "Master", "Classic", "Challenger", "Championship"}
    | {"Championships", "Cup", "Trophy", "Rally", "Invitational", "Games", "Prix", "Tour"}
)
# of those, the words that make no event's name with the place alone ("Grand Prix Canada",
# "Tour TP HCM - Hà Nội", a trip)
_NO_EVENT_NAMES = frozenset({"Prix", "Tour"})
# lower-case words between "giải" and the place of a tournament's name ("giải quần vợt Hà
# Nội", "giải tập huấn … Hà Nội mở rộng", "giải bóng đá quốc tế …"), and the words before
# "giải" in which it is no tournament ("mùa giải", "hòa giải", "lý giải")
_TOURNAMENT_KINDS = frozenset(
    {"quần", "vợt", "bóng", "đá", "chuyền", "rổ", "bàn", "ném", "tập", "huấn", "giao", "hữu"}
    | {"quốc", "tế", "việt", "dã", "cờ", "vua", "tướng", "golf", "cầu", "lông", "xe", "đạp"}
    | {"điền", "kinh", "bơi", "lội", "trẻ", "vô", "địch", "marathon", "futsal", "tennis"}
    | {"chạy", "đua", "thuyền", "võ", "thuật", "mở", "rộng", "đấu", "thế", "giới", "châu"}
)
_NOT_TOURNAMENT = frozenset({"mùa", "đầu", "cuối", "nửa", "giữa", "hòa", "hoà", "lý", "hóa"})
_KINDS_BEFORE = 4  # lower-case words at most between "giải" and the place


def _after_tournament(words: list[str], gaps: list[str], i: int) -> bool:
    """True when the name at token i follows "giải" and up to four words of a tournament's
    kind ("giải Barcelona", "giải quần vợt Hà Nội", "giải tập huấn Zorvo Hà Nội"): the
    tournament's name or its place, not a club; not "mùa giải", "hòa giải"."""
    k = i - 1
    while k >= 0 and i - 1 - k <= _KINDS_BEFORE and gaps[k] == " ":
        word = words[k]
        if word in ("giải", "Giải"):
            return k == 0 or words[k - 1].lower() not in _NOT_TOURNAMENT
        if word not in _TOURNAMENT_KINDS:
            return False
        k -= 1
    return False


def _tournaments_named(tokens: Tokens, spans: list[Span]) -> None:
    """A known club's word right after "giải" in sport news names the tournament held in its
    city, MISC like "giải Sao Mai" (rule 41), not the club: "vô địch giải Barcelona", "giải
    Stuttgart năm 2001" (in place)."""
    words, gaps = tokens.words, tokens.gaps
    named = club_words()
    for n, (i, j, label, _) in enumerate(spans):
        if (
            label == "ORG"
            and j - i == 1
            and i > 0
            and words[i - 1] in ("giải", "Giải")
            and words[i] in named
            and _after_tournament(words, gaps, i)
        ):
            spans[n] = (i, j, "MISC", "")


def _club_word_before(words: list[str], gaps: list[str], spans: list[Span], n: int) -> bool:
    """True when a foreign word right before the place of spans[n] starts the club's name
    ("Dinamo Kiev", "Lokomotiv Moscow"): the word alone, or a one-word organisation."""
    i = spans[n][0]
    if i == 0 or gaps[i - 1] != " ":
        return False
    word = words[i - 1]
    if not (word[0].isupper() and word[1:].islower() and word.isascii() and word.isalpha()):
        return False  # not "HLV", "futsal"
    if is_vietnamese(word):
        return False  # "Sau Madrid", "Tuy Roma": a sentence's first word
    if word in _EVENT_WORDS or _after_tournament(words, gaps, i - 1):
        return False  # "giải Marathon Đà Nẵng", "giải tập huấn Zorvo Hà Nội": a tournament
    if n == 0 or spans[n - 1][1] < i:
        return True
    return spans[n - 1][:3] == (i - 1, i, "ORG")


_TRADE_WORDS = 2  # capitalised words at most of the sponsor's trade ("Gạch Men", "Thép")


def _trade_before(tokens: Tokens, spans: list[Span], n: int, start: int) -> int:
    """Where a sponsored club's name starts when the sponsor's trade is written before its
    brand ("Thép Pomina Tiền Giang", "Gạch Men Mikado Nam Định"): over up to two capitalised
    Vietnamese words right before *start* that no name holds and that open no sentence."""
    words, gaps = tokens.words, tokens.gaps
    named = {k for s in spans[:n] for k in range(s[0], s[1])}
    k = start
    while (
        k > 0
        and start - k < _TRADE_WORDS
        and gaps[k - 1] == " "
        and words[k - 1][:1].isupper()
        and words[k - 1][1:].islower()
        and is_vietnamese(words[k - 1])
        and k - 1 not in named
        and not opens_sentence_or_quote(tokens, k - 1)
    ):
        k -= 1
    return k


_CLUB_HEADS = frozenset({"CLB", "Câu", "Đội", "FC"})


def _headed(words: list[str], span: Span) -> bool:
    """True when an organisation starts with a head ("Bộ Y tế", "Công an tỉnh …"): a body,
    not a club named by its sponsor or nickname ("Sông Lam Nghệ An", "HAGL")."""
    if words[span[0]] in _CLUB_HEADS:
        return False  # "CLB Hà Nội và Hải Phòng": a club's head names a club
    node = gazetteer().cues.get(words[span[0]].lower())
    if node is None:
        return False
    if node.phrase is not None and node.phrase.label == "HEAD":
        return True
    nxt = span[0] + 1
    if nxt >= span[1]:
        return False
    child = node.children.get((" ", words[nxt].lower()))
    return child is not None and child.phrase is not None and child.phrase.label == "HEAD"


def _squad_entry(tokens: Tokens, spans: list[Span], n: int) -> bool:
    """True for the club in a squad list's entry "Lê Văn An (1984, Hải Phòng)": a person, a
    year of birth and the name alone in brackets (not "(1984, Tây Sơn, Đống Đa)")."""
    i, j = spans[n][0], spans[n][1]
    words, raw = tokens.words, tokens.raw_gaps
    return (
        n > 0
        and i >= 2
        and spans[n - 1][2] == "PER"
        and spans[n - 1][1] == i - 1
        and raw[i - 2] == " ("
        and raw[i - 1] == ", "
        and words[i - 1].isdigit()
        and len(words[i - 1]) == 4
        and (j >= len(words) or raw[j - 1].startswith(")"))
    )


def _squad_clubs(tokens: Tokens, spans: list[Span], provinces: frozenset[str]) -> None:
    """In a squad list ("Lê Văn An (1984, SLNA); Trần Bình (1985, Hải Phòng); …") the
    provinces in the players' brackets are their clubs, ORG: three entries or more, one of
    them a club known by name, so that a list of suspects with their hometowns ("(1983,
    Đống Đa)") stays places (in place)."""
    spans.sort()
    entries = [n for n in range(len(spans)) if _squad_entry(tokens, spans, n)]
    if len(entries) < _SQUAD_ENTRIES or not any(spans[n][2] == "ORG" for n in entries):
        return
    for n in entries:
        i, j, label, key = spans[n]
        if label == "LOC" and key.removeprefix("LOC:") in provinces:
            spans[n] = (i, j, "ORG", "")


_SQUAD_ENTRIES = 3
# sports and martial arts written with a capital in a player's brackets at multi-sport games
# ("Nguyễn Văn Hùng (Taekwondo), Trần Văn Toàn (Silat)"): the discipline, a common noun like
# "Aikido" (guideline rule 93), no club
_DISCIPLINES = frozenset(
    {"Taekwondo", "Karate", "Karatedo", "Judo", "Wushu", "Vovinam", "Silat", "Pencak", "Aikido"}
    | {"Kurash", "Jujitsu", "Sambo", "Kickboxing", "Boxing", "Muay", "Billard", "Billiards"}
    | {"Snooker", "Canoeing", "Rowing", "Fencing", "Sepak", "Petanque", "Bowling", "Squash"}
)
_AT = frozenset({"tại", "ở", "Tại", "Ở"})
_CLUB_IN_BRACKETS = 5  # words at most of a club's name in a player's brackets


def _bracket_after(tokens: Tokens, e: int) -> int:
    """End of the capitalised words that fill a bracket opened right after token e - 1
    ("Armand (Paris St Germain)"), or 0: a number, a lower-case word or a mark inside ("(Newton
    73)", "(thủ môn)", "(1984, Hải Phòng)") makes no such bracket."""
    words, raw = tokens.words, tokens.raw_gaps
    if e >= len(words) or raw[e - 1] != " (":
        return 0
    j = e
    while j < len(words) and j - e < _CLUB_IN_BRACKETS and words[j][:1].isupper():
        j += 1
        if raw[j - 1] != " ":
            break
    return j if j > e and raw[j - 1].startswith(")") else 0


def _at_before(tokens: Tokens, i: int) -> bool:
    """True when "tại" or "ở" stands one or two words before token i: a place named like a
    person ("tại NTĐ Phan Đình Phùng (TPHCM)", a hall and its city), not a player."""
    return any(k >= 0 and tokens.words[k] in _AT for k in (i - 1, i - 2))


def _world_place(tokens: Tokens, e: int, j: int) -> bool:
    """True when the words e..j name a place of the world's that no club is named after,
    written as the gazetteer's key ("Ý": Italy) or as one of its names."""
    g = gazetteer()
    key = plain(" ".join(tokens.words[e:j]))
    if key in g.listed_world_places or key in g.world_places:
        return key not in g.club_places
    place = match(g.names, tokens.words, tokens.gaps, e)
    return (
        place is not None
        and place.label == "LOC"
        and len(place.words) == j - e
        and place.key.removeprefix("LOC:") not in g.club_places
    )


# a match's line-up: a team's formation ("Kaldor (4-4-2): thủ môn Sten; hậu vệ Brask, Ovik
# (Tamme) …"), where a bracket after a player holds the substitute who came on for him, and the
# words of substitutes and line-ups, which also open squad lists ("Dự bị: Arne Holm (FC Lund)")
_FORMATION = re.compile(r"\(\d-\d-\d")
_LINE_UP = re.compile(r"[Dd]ự bị|[Tt]hay người|vào thay|ĐHXP|[Đđ]ội hình xuất phát")


def _found_club(
    spans: list[Span], e: int, j: int, inside: list[int], provinces: frozenset[str]
) -> bool:
    """True when the scan found a club filling the bracket e..j: an organisation, or a
    province (its club)."""
    if len(inside) != 1:
        return False
    i, end, label, key = spans[inside[0]]
    return (i, end) == (e, j) and (
        label == "ORG" or (label == "LOC" and key.removeprefix("LOC:") in provinces)
    )


def _substitutes(
    text: str,
    tokens: Tokens,
    spans: list[Span],
    entries: list[tuple[int, int, list[int]]],
    provinces: frozenset[str],
) -> set[int]:
    """The entries whose brackets may hold substitutes, not clubs: on the line of a team's
    formation ("Kaldor (4-4-2): …; tiền vệ Vik (Moen), Holm (Strand) …"), or on a line with a
    word of substitutes or line-ups ("Dự bị: …", "thay người") where the scan found no club in
    any bracket ("Dự bị: Arne Holm (FC Lund), Per Vik (Brann)" stays a list of clubs)."""
    lines: dict[int, list[int]] = {}
    for n, (e, _, _) in enumerate(entries):
        lines.setdefault(text.rfind("\n", 0, tokens.starts[e]), []).append(n)
    kept: set[int] = set()
    for start, ns in lines.items():
        end = text.find("\n", start + 1)
        end = len(text) if end < 0 else end
        if _FORMATION.search(text, start + 1, end) or (
            _LINE_UP.search(text, start + 1, end)
            and not any(_found_club(spans, *entries[n], provinces) for n in ns)
        ):
            kept.update(ns)
    return kept


def _player_clubs(text: str, tokens: Tokens, spans: list[Span], provinces: frozenset[str]) -> None:
    """In sport news, people each with a name in brackets ("Florent Malouda (Lyon), Camel
    Meriem (Bordeaux) và Sylvain Armand (Paris St Germain)") name their clubs there when one
    of the brackets holds a club: each bracket is one ORG, whatever the scan made of its words
    ("Paris" and a person "St Germain"), but a country or a place no club is named after stays
    a place ("Mia Hamm (Mỹ), Marta (Brazil)": their nationalities), and so does a substitute
    in a match's line-up ("tiền vệ Vik (Moen)": ``_substitutes``) (in place)."""
    spans.sort()
    entries: list[tuple[int, int, list[int]]] = []  # a bracket and the spans inside it
    for s in spans:
        j = _bracket_after(tokens, s[1]) if s[2] == "PER" else 0
        if j and not _at_before(tokens, s[0]):
            e = s[1]
            inside = [m for m, t in enumerate(spans) if e <= t[0] and t[1] <= j]
            if not any(t[0] < e < t[1] or t[0] < j < t[1] for t in spans):
                entries.append((e, j, inside))
    if len(entries) < 2:
        return
    clubs = [spans[m[0]][:3] == (e, j, "ORG") for e, j, m in entries if len(m) == 1]
    if not any(clubs):
        return
    substitutes = _substitutes(text, tokens, spans, entries, provinces)
    drop: set[int] = set()
    added: list[Span] = []
    words = tokens.words
    for n, (e, j, inside) in enumerate(entries):
        if words[e] in _NOT_CLUB_ACRONYMS:
            continue  # "Steve McClaren (HLV Boro)": a title first, the club after it
        if words[e] in _DISCIPLINES:
            continue  # "Lê Văn Hùng (Taekwondo)": his sport, a common noun (rule 93)
        if not inside and _world_place(tokens, e, j):
            continue  # "Marcelo Lippi (Ý)": a country the scan left, his nationality
        if len(inside) == 1:
            i, end, label, key = spans[inside[0]]
            if (i, end) == (e, j) and (
                label == "ORG" or (label == "LOC" and key.removeprefix("LOC:") not in provinces)
            ):
                continue  # already the club, or a country: "(Brazil)"
        if n in substitutes and not _found_club(spans, e, j, inside, provinces):
            continue  # "hậu vệ Holm (Dahl)": the substitute who came on
        drop.update(inside)
        added.append((e, j, "ORG", ""))
    spans[:] = [s for m, s in enumerate(spans) if m not in drop] + added
    spans.sort()


def _name_after(tokens: Tokens, k: int) -> bool:
    """True when a capitalised Vietnamese word (no acronym) follows at k after a space: the
    dot before was a sentence's end ("… HAGL.LV Vũ Tiến Thành": a caption glued on)."""
    word = tokens.words[k]
    return (
        tokens.raw_gaps[k - 1] == " "
        and word[:1].isupper()
        and not is_acronym(word)
        and is_vietnamese(word)
    )


def _dotted_acronyms(tokens: Tokens, spans: list[Span]) -> None:
    """An organisation written as an acronym and joined by a dot to another acronym is one
    name: "GĐT.LA", "TCO.QN" (a club and its province's code), not "GĐT" alone (in place)."""
    words, raw = tokens.words, tokens.raw_gaps
    ends = {s[0] for s in spans}
    for n, (i, j, label, _) in enumerate(spans):
        if (
            label == "ORG"
            and j - i == 1
            and j < len(words)
            and is_acronym(words[i])
            and raw[j - 1] == "."
            and is_acronym(words[j])
            and j not in ends
            and (j + 1 >= len(words) or (raw[j] != "." and not _name_after(tokens, j + 1)))
        ):
            spans[n] = (i, j + 1, label, "")


def _clubs(text: str, tokens: Tokens, spans: list[Span], provinces: frozenset[str]) -> None:
    words = tokens.words
    spans.sort()
    keys = [s[3] for s in spans]  # as found, before any is made a club
    clubs: set[int] = set()
    joined: set[int] = set()  # one-word names joined to the place after them
    for n, (i, j, label, key) in enumerate(spans):
        if (
            label == "PER"
            and j - i == 1
            and not is_vietnamese(words[i])
            and _frame(text, tokens, i, _TEAM_FRAMES)
        ):
            spans[n] = (i, j, "ORG", "")  # "các cầu thủ Huesca"
            continue
        if label != "LOC":
            continue
        if j < len(words) and tokens.gaps[j - 1] == " " and _nickname(words[j]):
            continue  # "Chicago Foxhounds": the team's whole name, joined by ``_teams``
        if key.removeprefix("LOC:") not in provinces:
            if _frame(text, tokens, i, _LOANS):
                spans[n] = (i, j, "ORG", "")  # "cho mượn ở Monaco": a club, not the country
                clubs.add(n)
            continue
        if i > 0 and tokens.gaps[i - 1] == " " and words[i - 1] in _EVENT_WORDS:
            if words[i - 1] not in _NO_EVENT_NAMES and (n == 0 or spans[n - 1][1] < i):
                spans[n] = (i - 1, j, "MISC", "")  # "Marathon Đà Nẵng": the race (rule 41)
            continue
        if _after_tournament(words, tokens.gaps, i):
            continue  # "giải quần vợt Hà Nội mở rộng": the tournament's place, no club
        after_and = (
            n > 0
            and (n - 1 in clubs or (spans[n - 1][2] == "ORG" and not _headed(words, spans[n - 1])))
            and i >= 1
            and words[i - 1] == "và"
            and spans[n - 1][1] == i - 1
        )
        before_and = (
            n + 1 < len(spans)
            and spans[n + 1][2] == "ORG"
            and not _headed(words, spans[n + 1])
            and j + 1 < len(words)
            and words[j] == "và"
            and spans[n + 1][0] == j + 1
            and tokens.gaps[j - 1] == " "
        )  # "Nam Định và Sông Lam Nghệ An": two clubs
        sheet = (i == 0 or tokens.gaps[i - 1] == "x") and tokens.raw_gaps[j - 1].startswith(":")
        start = i
        if (
            i > 0
            and tokens.gaps[i - 1] == " "
            and is_acronym(words[i - 1])
            and words[i - 1].isascii()
            and words[i - 1] not in _NOT_CLUB_ACRONYMS
            and (n == 0 or spans[n - 1][1] <= i - 1)
        ):
            start = i - 1  # "HA Gia Lai", "SHB Đà Nẵng"
        if (
            start < i
            or after_and
            or before_and
            or sheet
            or (_frame(text, tokens, i, _CLUB_OR_STAFF_FRAMES) and not _host_place(tokens, i))
            or _plays_after(tokens, j)
            or _match_pair(tokens, spans, keys, n, provinces)
            or _moved_from(tokens, i, j, spans)
            or (  # "Delta Đồng Tháp", "Gamba Osaka": a sponsor's or a club's word before
                keys[n].removeprefix("LOC:") not in gazetteer().countries
                and _club_word_before(words, tokens.gaps, spans, n)
            )
        ):
            if start == i and _club_word_before(words, tokens.gaps, spans, n):
                start = i - 1  # "Dinamo Kiev", "Lokomotiv Moscow": the club's whole name
                if n > 0 and spans[n - 1][1] == i:
                    joined.add(n - 1)
                start = _trade_before(tokens, spans, n, start)  # "Thép Pomina Tiền Giang"
            spans[n] = (start, j, "ORG", "")
            clubs.add(n)
    if joined:
        spans[:] = [s for m, s in enumerate(spans) if m not in joined]
