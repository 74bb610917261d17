"""Names with no cue, labelled from the names mined from unlabelled real news
(``vnreader/analysis/data/mined_names.tsv``, made by ``benchmarks/mine_names.py``).
Made-up sentences, never test items.
"""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze
from vnreader.analysis.gazetteer import mined_names


def spans(text: str) -> set[tuple[str, str]]:
    return {(e.label, e.text) for e in analyze(text).entities}


CASES = [
    # a foreign surname seen in full names elsewhere ("Roger Federer") is a person alone
    ("Trong trận chung kết năm ấy, Federer không để mất set nào.", {("PER", "Federer")}),
    ("Sau trận đấu, Mourinho tỏ ra hài lòng với các học trò.", {("PER", "Mourinho")}),
    # a footballer named after a match score with the minutes of his goals is no club
    ("Phút 31, Shevchenko ghi bàn mở tỷ số cho đội khách.", {("PER", "Shevchenko")}),
    ("Sau giờ nghỉ, Kaka đánh đầu nâng tỷ số lên 2-0.", {("PER", "Kaka")}),
    # clubs and companies seen after "CLB", "công ty" or in match scores
    ("Tuần trước, Getafe bất ngờ giành chiến thắng trên sân khách.", {("ORG", "Getafe")}),
    ("Sản phẩm của Vissan được bày bán ở nhiều siêu thị.", {("ORG", "Vissan")}),
    # a place seen after "quận", "huyện", "xã"
    ("Giá nhà ở Bình Tân tăng mạnh trong quý này.", {("LOC", "Bình Tân")}),
    # two syllables of a Vietnamese full name: a given name referring to a person
    ("Những bức ảnh do Gia Hân chụp được trưng bày ở sảnh.", {("PER", "Gia Hân")}),
    # a given name that is also a common word: only when the person acts
    ("Khi được hỏi, Hải cho biết anh sẽ quay lại.", {("PER", "Hải")}),
    ("Hải cho biết anh sẽ quay lại vào tuần sau.", {("PER", "Hải")}),
    # a place seen after "thành phố" as often as after "tại" (which no longer counts against it)
    ("Du khách đổ về Venice trong mùa lễ hội.", {("LOC", "Venice")}),
    # a goalkeeper named after "thủ thành"
    ("Sau trận đấu, Navas cứu thua xuất sắc.", {("PER", "Navas")}),
    # a player next to a match score now and then, after "cầu thủ" far more often
    ("Mùa giải năm ấy, Ronaldinho ghi 24 bàn cho đội bóng.", {("PER", "Ronaldinho")}),
    # cities whose clubs and universities are named after them ("đại học Pittsburgh")
    ("Mùa đông năm đó, Frankfurt chìm trong tuyết trắng.", {("LOC", "Frankfurt")}),
    ("Năm ngoái, Pittsburgh đón hơn mười triệu du khách.", {("LOC", "Pittsburgh")}),
    # a given name once after "tại", a person far more often
    ("Bức tranh do Gia Bảo vẽ được treo ở phòng khách.", {("PER", "Gia Bảo")}),
    # a person now and then a ship's name ("tàu USS Maddox")
    ("Theo lời kể của Maddox, cuộc gặp diễn ra rất ngắn.", {("PER", "Maddox")}),
    # rows a review took out (``mined_rejected.txt``): people the miner made organisations
    ("Ở vòng hai, Marat Safin thắng dễ sau ba set.", {("PER", "Marat Safin")}),
    ("Chiều qua, Edward Snowden trả lời phỏng vấn qua video.", {("PER", "Edward Snowden")}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_mined_names(text: str, expected: set[tuple[str, str]]) -> None:
    assert spans(text) == expected


NOT_NAMES = [
    # the first syllable of a word capitalised in a name or at a sentence start
    "Sau khi Hải quân Mỹ rút lui, khu vực này yên tĩnh hơn.",
    "Hải sản được bán nhiều ở chợ đầu mối.",
    "Hải vừa về đến nhà thì trời mưa.",
]


@pytest.mark.parametrize("text", NOT_NAMES)
def test_common_words_are_not_names(text: str) -> None:
    assert ("PER", "Hải") not in spans(text)


WORDS = [
    # words that open sentences far more often than they name anyone ("ông Được" does)
    "Được hỏi về việc này, người phát ngôn từ chối bình luận.",
    "Đáng nói là giá xăng vẫn tăng.",
    # an English word, written in lower case more often than capitalised
    "Nhiều sinh viên ngành Marketing cho biết họ muốn học thêm.",
]


@pytest.mark.parametrize("text", WORDS)
def test_common_words_that_speak_are_not_people(text: str) -> None:
    assert spans(text) == set()


NOT_PEOPLE = [
    # a ship (and film) named after "tàu" far more often than anyone after a title
    ("Bộ phim Titanic ra mắt năm 1997 và Titanic vẫn được nhắc tới.", "Titanic"),
    # a compass point is a region as often as a person ("miền Nam", "thành Nam")
    ("Các CĐV thành Nam đã chờ đợi từ lâu.", "Nam"),
    # Mexico's president in 2004-2006 news, a television network in 2016-2019 news
    ("Tổng thống Mỹ xuất hiện trên Fox sáng nay.", "Fox"),
]


def test_a_place_before_a_person_and_a_festival_are_no_mined_names() -> None:
    # "nhà sản xuất Hollywood Harvey Weinstein" once made the run a firm; "tết Trung Thu"
    text = "Những lời tố cáo nhắm vào ông trùm Hollywood Harvey Weinstein ngày càng nhiều."
    assert "ORG" not in {label for label, _ in spans(text)}
    assert spans("Cả nhà quây quần đón tết Trung Thu bên mâm cỗ.") == set()


@pytest.mark.parametrize(("text", "name"), NOT_PEOPLE)
def test_ships_compass_points_and_older_senses_are_not_people(text: str, name: str) -> None:
    assert ("PER", name) not in spans(text)


def test_list_with_asides() -> None:
    # a short aside in brackets between the names of a list keeps the list's label
    text = "Xếp sau là Nadal (490 trận thắng), Wawrinka (300 trận thắng) và nhiều tay vợt khác."
    assert spans(text) == {("PER", "Nadal"), ("PER", "Wawrinka")}


def test_list_of_people_goes_on_with_names_without_surnames() -> None:
    # a name of Vietnamese syllables that continues a list of people is a person too
    text = "Bộ phim có sự tham gia của Dương Mịch, Trần Khôn và Khải Đông Vân."
    assert ("PER", "Khải Đông Vân") in spans(text)
    text = "Nhiều diễn viên như Trần Văn Hòa, Thuần Ngọc Khê đã đến chia buồn."
    assert ("PER", "Thuần Ngọc Khê") in spans(text)


def test_place_word_names_only_the_next_run() -> None:
    # "tại" names the place right after it, not the unknown name after that place
    assert spans("Giải năm đó tổ chức tại Pháp Okonkwo là người Nigeria.") == {("LOC", "Pháp")}


def test_form_of_address_stays_out() -> None:
    # "Anh" at a sentence start is the form of address, not the first syllable of a name
    assert ("PER", "Anh Quang Huy") not in spans("Anh Quang Huy cho biết sẽ về quê.")


def test_data_file() -> None:
    names = mined_names()
    assert len(names.labels) > 1000
    assert set(names.labels.values()) <= {"PER", "ORG", "LOC", "GIVEN"}
    assert names.common <= names.labels.keys()
