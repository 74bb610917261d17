"""People named by their Vietnamese given name alone, with no fuller name in the text: court,
crime and family news often name a person so in every sentence ("Trước đây, Phượng từng bị
bắt", "sau ba tháng Quyền sẽ trả lại tiền"; guideline rule 7). A capitalised word inside a
sentence is such a person when it is a given name of the mined names' people, follows a
lower-case word, and what a person does follows it (an auxiliary of a narrative or a verb of
saying), or it is the object of what is done to a person before what they do ("cho Tiếng
nghỉ việc"). Two given names joined by "và" are two people when what follows the second is
said of both ("Sau đó, Lộc và Tâm đã đến", "tạm giữ Sáng và Xuân, …"). The scan finds
the given names that the mined names hold alone, where a person stands
(``Scan.person_slot``); this finds the others, among the text's leftovers. A given name found
so, or by the scan before what a person does, names that person wherever the text writes it
alone ("Thảo hãy chọn …" before "nếu Thảo đã hết yêu"; ``named_again_alone``)."""

from __future__ import annotations

from functools import cache

from vnreader.analysis.entity_state import DIRECTIONS
from vnreader.analysis.entity_tokens import Tokens, is_vietnamese, opens_sentence
from vnreader.analysis.gazetteer import gazetteer, mined_names

# what a person does right after the name: auxiliaries of a narrative, and verbs of saying
# (after "mới", "lại" too: "Tiếng mới cho biết")
_DEEDS_AFTER = frozenset({"đã", "bị", "từng", "liền", "bèn", "đang", "vẫn", "cũng", "sẽ"})
_SAYING_AFTER = frozenset(
    {"thừa nhận", "cho biết", "cho hay", "tâm sự", "chia sẻ", "nhớ lại", "khai rằng", "khai nhận"}
)
_ADVERBS = frozenset({"mới", "lại"})
# a person as the object of what is done to them, before what they do ("cho Tiếng nghỉ
# việc", "bắt giữ Tú rồi …"); "và" is the scan's, which tells two places apart
_BEFORE_OBJECT = frozenset({"cho", "với", "của", "giữ", "bắt", "gặp", "do", "bảo", "nhờ"})
_AFTER_OBJECT = frozenset({"về", "rồi", "là", "khỏi", "đi", "nghỉ", "đến", "làm"})
# the words that may follow such a name at all (a first test, before the others)
_NEXT_WORDS = _DEEDS_AFTER | _ADVERBS | _AFTER_OBJECT | {pair.split()[0] for pair in _SAYING_AFTER}
# words before a capitalised word that make it a direction, a people, a season, a planet, a
# rank, a city's nickname or a sign of the zodiac, no person ("phía Nam", "người Thái", "gốc
# Hoa", "mùa Thu", "sao Kim", "hạng Nhất", "đội bóng thành Nam", "tuổi Thìn")
_NOT_AFTER = frozenset(
    {"phía", "phương", "miền", "cánh", "vùng", "hướng", "người", "gốc", "dân", "tộc", "tiếng"}
    | {"sao", "mùa", "ngày", "dịp", "đầu", "hạng", "thành", "họ", "giải", "bảng", "khu"}
    | {"tuổi", "năm", "giờ"}  # a year and an hour of the zodiac ("tuổi Thìn", "giờ Tý")
    | {"môn", "khoa", "gió", "nước", "á", "tiệm", "hiệu", "quán", "bói", "sách", "truyện", "xứ"}
    | {"vàng"}  # a subject, a wind, a shop, a book ("môn Hóa", "tiệm vàng Kim", "bói Kiều")
    # a place it is in or goes to ("ở Vinh đã", "tại Vinh đang")
    | {"ở", "tại", "từ", "đến", "ra", "vào", "về", "tới"}
)
# words before a point of the compass that make it a region or a country, not a person
_BEFORE_DIRECTION = frozenset({"và", "vào", "ra", "quân", "về", "từ", "đến", "tới", "với"})
# countries and a city named short, given names too ("Đội tuyển gặp Thái sẽ …", "Việt Nam
# và Thái đã …", North Korea as "Triều"): a person named so comes after a form of address,
# which the scan reads
SHORT_PLACES = frozenset(
    {"Thái", "Mỹ", "Anh", "Đức", "Nga", "Việt", "Hàn", "Nhật", "Pháp", "Trung", "Hoa", "Vinh"}
    | {"Lào", "Úc", "Ý", "Triều", "Miên", "Tàu", "Ấn"}
)
# words that open a sentence before its subject ("Hiện Ngoan đang được điều trị", "Nhưng Tú
# vẫn …")
_OPENERS = frozenset({"Hiện", "Sau", "Rồi", "Nhưng", "Còn", "Khi", "Lúc", "Nay", "Và"})
# seasons, given names too ("Nay Xuân đã về"): no person after an opener
_SEASONS = frozenset({"Xuân", "Hạ", "Thu", "Đông"})
# words capitalised inside a sentence that are given names too but more often name no one
# or no person: the Party, Uncle Ho and the words for him, the New Year, Heaven, Buddha, the
# Youth Union, words that open a compound ("Dự bị", "Đảm bảo", "Lễ khai mạc"), words of
# address written with a capital ("cá Ông": the whale), the people ("Đảng với Dân")
_NOT_ALONE = frozenset(
    {"Đảng", "Bác", "Người", "Tết", "Trời", "Phật", "Chúa", "Thầy", "Trò", "Nhà", "Đoàn"}
    | {"Năm", "Dự", "Đảm", "Lễ", "Ông", "Bà", "Dân"}
)


@cache
def given_names() -> frozenset[str]:
    """The last syllables of the Vietnamese people's names of the mined names (given names
    of two syllables, and names that open with a surname)."""
    surnames = gazetteer().surnames
    found: set[str] = set()
    for surface, label in mined_names().labels.items():
        words = surface.split()
        if label == "GIVEN" or (
            label == "PER"
            and len(words) >= 2
            and words[0] in surnames
            and all(is_vietnamese(w) for w in words)
        ):
            found.add(words[-1])
    return frozenset(found - _NOT_ALONE)


def given_name_doing(tokens: Tokens, i: int) -> bool:
    """True when the capitalised word at token i, inside a sentence, is a person's given name
    alone: a given name, after a lower-case word (or a comma after one), and before what a
    person does ("Trước đây, Phượng từng bị bắt", "sau đó Tú cũng khai") or as the object of
    what is done to them ("cho Tiếng nghỉ việc"); not a place, a direction, a people. Two
    given names joined by "và" are two people when what follows the second is said of both
    ("Sau đó, Lộc và Tâm đã đến", "tạm giữ Sáng và Xuân, …")."""
    words, gaps = tokens.words, tokens.gaps
    n = len(words)
    if i + 2 < n and words[i + 1] == "và" and gaps[i] == " " == gaps[i + 1]:
        pair = (i, i + 2)
    elif i >= 2 and words[i - 1] == "và" and gaps[i - 2] == " " == gaps[i - 1]:
        pair = (i - 2, i)
    else:
        pair = None
    if pair is not None and _pair_doing(tokens, *pair):
        return True
    if i == 0 or i + 1 >= n or gaps[i] != " " or words[i + 1] not in _NEXT_WORDS:
        return False  # most leftovers: nothing a person does after them
    if not _given_after_lower(tokens, i):
        return False
    if words[i - 1] in _BEFORE_OBJECT and words[i + 1] in _AFTER_OBJECT:
        return True  # "đã cho Tiếng nghỉ việc", "chuyện của Mai làm tôi …"
    return _deed_after(tokens, i + 1)


def _given_after_lower(tokens: Tokens, i: int) -> bool:
    """True when the word at token i is a given name inside a sentence where a person may
    stand: after a lower-case word, a comma after one, or a word opening the sentence, and
    not a place, a direction, a season, a people after its noun."""
    words, raw = tokens.words, tokens.raw_gaps
    word = words[i]
    if i == 0 or word not in given_names():
        return False
    if len(word) < 2 or not word[1:].islower():
        return False  # "khóa XI", "bên A": a numeral, a party to a contract
    before = raw[i - 1]
    opener = before == " " and opens_before_name(tokens, i - 1)
    if (
        not opener
        and not (before == ", " and _clause_ends(words[i - 1]))
        and (before not in (" ", ", ") or not words[i - 1].isalpha() or not words[i - 1].islower())
    ):
        return False  # after a lower-case word, or a word opening the sentence ("Hiện Ngoan …")
    if _after_one_of(tokens, i, _NOT_AFTER):
        return False  # not after a comma: "ở thời điểm hiện tại, My đã …" is a person
    if word in SHORT_PLACES or (word in DIRECTIONS and words[i - 1] in _BEFORE_DIRECTION):
        return False  # "Việt Nam và Thái đã …", "miền Bắc và Trung", "heo vào Nam"
    if (
        word in _SEASONS
        and i >= 3
        and words[i - 1] == "và"
        and words[i - 2] in _SEASONS
        and words[i - 3].lower() == "mùa"
    ):
        return False  # "mùa Xuân và Hạ đã qua": two seasons (not "chị Thị Xuân và Hạ")
    return not (opener and (word in DIRECTIONS or word in _SEASONS))  # "Nay Xuân đã về"


# words a person named at a sentence's start may take next: what they do or must do
# ("Thảo hãy chọn …", "Huy đã …", "Tâm chỉ …"); not "Được phép của …", "Yến nhồi bồ câu"
_SUBJECT_NEXT = _NEXT_WORDS | frozenset(
    {"hãy", "đừng", "nên", "phải", "không", "chưa", "chỉ", "còn", "thì", "luôn", "bỗng"}
)


def _clause_ends(word: str) -> bool:
    """True when *word*, before a comma, ends an opening phrase rather than a name of a list:
    a date or a number ("ngày 17-5-2005, Trường đã …"), an acronym ("Trước CQĐT, Mận khai
    …")."""
    return any(c.isdigit() for c in word) or (len(word) > 1 and word.isupper())


def noun_before_no_person(tokens: Tokens, i: int) -> bool:
    """True when the word right before token i makes the capitalised word there a place, a
    people, a season, a sign of the zodiac, a shop … rather than a person ("dân tộc Dao",
    "tuổi Mùi", "tiệm vàng Kim", "ở Vinh")."""
    return _after_one_of(tokens, i, _NOT_AFTER)


def _after_one_of(tokens: Tokens, i: int, words: frozenset[str]) -> bool:
    """True when the word right before token i, a space before it, is one of *words*."""
    return i > 0 and tokens.raw_gaps[i - 1] == " " and tokens.words[i - 1] in words


def subject_acts(tokens: Tokens, k: int) -> bool:
    """True when what a person named just before token k does or must do starts there
    ("đã", "mới cho biết", "hãy", "đừng", "nên")."""
    return _deed_after(tokens, k) or (k < len(tokens.words) and tokens.words[k] in _SUBJECT_NEXT)


# words before a given name that make it a word, a title, a team, a thing rather than the
# person named so elsewhere in the text ("chữ Tâm", "mừng Xuân", "phim Mai", "team Sang",
# "thợ Đua", "cây hồng Tổ", "phở Thìn")
_NOT_AFTER_AGAIN = _NOT_AFTER | frozenset(
    {"chữ", "cái", "mừng", "đón", "phim", "khúc", "hát", "cuốn", "team", "đội", "nhóm", "thợ"}
    | {"cây", "cá", "tàu", "phở", "bún", "cơm", "bánh", "món", "hiệu", "kiểu", "mẫu"}
    # a rite, a unit set up, a land's ends ("lễ tế Giao", "thành lập Tổ …", "Bắc chí Nam")
    | {"tế", "lập", "chí"}
)
# what a season does after its name ("Xuân về", "Thu sang")
_SEASON_COMES = frozenset({"về", "sang", "đến", "tới", "qua"})
# the twelve signs of the zodiac, given names too: in a list of them, no person ("năm
# Tuất, Thân, Sửu, Dần và Tỵ")
_ZODIAC = frozenset(
    {"Tý", "Sửu", "Dần", "Mão", "Mẹo", "Thìn", "Tỵ", "Tị", "Ngọ", "Mùi", "Thân", "Dậu", "Tuất"}
    | {"Hợi"}
)


def named_again_alone(tokens: Tokens, i: int) -> bool:
    """True when a given name that the text gives a person doing something may name that
    person again alone at token i: not after a word that makes it a place, a people, a
    season, a shop, a thing ("người Thái", "tiệm vàng Kim", "chữ Tâm"), not a season that
    comes nor a sign of the zodiac in a list of them, not before another capitalised
    word (the first word of a longer name: "Lệnh Hồ Xung"), and, opening a sentence, before a
    comma or what a subject does ("Thảo hãy chọn …"; not a title's or a dish's first word)."""
    words, raw = tokens.words, tokens.raw_gaps
    if words[i] in _SEASONS and i + 1 < len(words) and words[i + 1] in _SEASON_COMES:
        return False  # ", Xuân về trên khắp ngõ": the season comes
    if _after_one_of(tokens, i, _NOT_AFTER_AGAIN):
        return False
    if words[i] in _ZODIAC and _zodiac_listed(tokens, i):
        return False
    if i + 1 >= len(words):
        return not opens_sentence(tokens, i)
    if raw[i] == " " and words[i + 1][:1].isupper():
        return False
    if opens_sentence(tokens, i):
        return raw[i] == ", " or (raw[i] == " " and words[i + 1] in _SUBJECT_NEXT)
    return True


def _zodiac_listed(tokens: Tokens, i: int) -> bool:
    """True when the sign of the zodiac at token i is listed with another ("Tuất, Thân",
    "Dần và Tỵ")."""
    words, raw = tokens.words, tokens.raw_gaps
    after = raw[i] if i + 1 < len(words) else ""
    for k, gap in ((i - 1, raw[i - 1] if i > 0 else ""), (i + 1, after)):
        if gap == ", " and 0 <= k < len(words) and words[k] in _ZODIAC:
            return True
    if i > 1 and words[i - 1] == "và" and words[i - 2] in _ZODIAC:
        return True
    return i + 2 < len(words) and words[i + 1] == "và" and words[i + 2] in _ZODIAC


def _deed_after(tokens: Tokens, k: int) -> bool:
    """True when what a person does starts at token k ("đã", "mới cho biết")."""
    words, gaps = tokens.words, tokens.gaps
    n = len(words)
    if k >= n:
        return False
    if words[k] in _ADVERBS and k + 1 < n and gaps[k] == " ":
        k += 1  # "Tiếng mới cho biết"
    if words[k] in _DEEDS_AFTER:
        return True
    return k + 1 < n and gaps[k] == " " and f"{words[k]} {words[k + 1]}" in _SAYING_AFTER


def _pair_doing(tokens: Tokens, a: int, b: int) -> bool:
    """True for two given names at tokens a and b joined by "và" ("Lộc và Tâm đã đến"):
    the first where a person may stand, the second a given name too, and after it what both
    do, or the end of the clause when both are the object of what is done to them ("tạm giữ
    Sáng và Xuân, …")."""
    words, raw = tokens.words, tokens.raw_gaps
    if not plain_given(words[b]):
        return False
    if opens_sentence(tokens, a):
        # "Lộc và Tâm đã bỏ trốn": two given names opening the sentence, before a deed
        return (
            plain_given(words[a])
            and words[a] not in _SEASONS
            and b + 1 < len(words)
            and raw[b] == " "
            and _deed_after(tokens, b + 1)
            and "được" not in words[b + 1 : b + 3]  # "Đào và Mai đã được bày bán": things
        )
    if not _given_after_lower(tokens, a):
        return False  # "mùa Hạ và Thu": a season, after its noun
    if b + 1 < len(words) and raw[b] == " " and _deed_after(tokens, b + 1):
        return True
    return words[a - 1] in _BEFORE_OBJECT and (
        b + 1 >= len(words) or raw[b].strip()[:1] in (",", ".", ";")
    )


def plain_given(word: str) -> bool:
    """True for a given name written with one capital that names no country nor direction
    ("Tâm"; not "Thái", "Nam", "XI")."""
    return (
        word in given_names()
        and len(word) > 1
        and word[1:].islower()
        and word not in SHORT_PLACES
        and word not in DIRECTIONS
    )


def opens_before_name(tokens: Tokens, k: int) -> bool:
    """True when the word at token k opens the sentence before its subject, and a name may
    follow it ("Hiện Ngoan đang …", "Nhưng Tú vẫn …", "Hiện Carter đang sống …" after
    "Jimmy Carter")."""
    return (
        tokens.words[k] in _OPENERS
        and k + 1 < len(tokens.words)
        and tokens.raw_gaps[k] == " "
        and opens_sentence(tokens, k)
    )
