"""Names labelled from the words around them (``vnreader.analysis.entity_context``): clubs
named by their province in sport news, unknown foreign places, clubs and companies in a
telling frame, armed services before a country, titles of works without quotes, people
before a role noun. Made-up sentences, guideline rules 40-41a.
"""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def spans(text: str) -> set[tuple[str, str]]:
    return {(e.label, e.text) for e in analyze(text).entities}


CASES = [
    # rule 41a: a province standing for its club in sport news is an ORG
    (
        "Ở vòng đấu tới, đội bóng sẽ làm khách của Bình Định rồi tiếp Hải Phòng trên sân nhà.",
        {("ORG", "Bình Định"), ("ORG", "Hải Phòng")},
    ),
    (
        "CĐV Nghệ An kéo đến sân từ sớm để xem trận đấu.",
        {("ORG", "Nghệ An")},
    ),
    (
        "Cuộc đọ sức giữa SHB Đà Nẵng và Hà Nội ở lượt đi rất hấp dẫn.",
        {("ORG", "SHB Đà Nẵng"), ("ORG", "Hà Nội")},
    ),
    (
        "Bình Dương: Trần Minh Toàn (thủ môn), Nguyễn Văn Hùng, Lê Quang Vinh",
        {("ORG", "Bình Dương")},
    ),
    # unknown foreign clubs in a club frame, in sport news
    (
        "Ở trận lượt về, Sevilla thua trước Osasuna và các cầu thủ Valencia ăn mừng.",
        {("ORG", "Osasuna"), ("ORG", "Valencia")},
    ),
    # the frame may open the sentence
    (
        "Các cầu thủ Osasuna phản ứng dữ dội sau bàn thua ở phút cuối.",
        {("ORG", "Osasuna")},
    ),
    # unknown foreign places after a military or direction frame, or before "thành phố"
    (
        "Quân đội tiếp tục tấn công Marinka sau khi kiểm soát được Soledar.",
        {("LOC", "Marinka"), ("LOC", "Soledar")},
    ),
    (
        "Lực lượng này đã tiến sát phía bắc Kupyansk.",
        {("LOC", "Kupyansk")},
    ),
    (
        "Deir Balah, thành phố ở miền trung Dải Gaza, hứng chịu nhiều đợt không kích.",
        {("LOC", "Deir Balah")},
    ),
    # unknown foreign companies and media after a company or media word
    (
        "Thỏa thuận được hãng Embraer xác nhận và đài Rotana đưa tin.",
        {("ORG", "Embraer"), ("ORG", "Rotana")},
    ),
    # an Arabic article before the name of an outlet
    ("Nguồn tin nói với đài al-Zawraa rằng cuộc tấn công đã bị chặn.", {("ORG", "al-Zawraa")}),
    # an armed service before a country
    ("Tàu của Hải quân Pháp đã cập cảng.", {("ORG", "Hải quân Pháp")}),
    # a royal service: "Hoàng gia" between the service and its country
    ("Máy bay của Không quân Hoàng gia Na Uy hạ cánh.", {("ORG", "Không quân Hoàng gia Na Uy")}),
    ("Đám cưới của gia đình Hoàng gia Anh thu hút du khách.", {("LOC", "Anh")}),
    # rule 41: a title of a work without quotes after a work noun, in sentence case too
    (
        "Ông đọc bài thơ Quê hương yêu dấu của mình và hát ca khúc Mùa Thu Vàng Rực.",
        {("MISC", "Quê hương yêu dấu"), ("MISC", "Mùa Thu Vàng Rực")},
    ),
    # a name before a dash or comma and a role noun is a person
    ("Vắng mặt có Quang Hải - cầu thủ bị chấn thương.", {("PER", "Quang Hải")}),
    ("Khán giả đón chào Mỹ Linh, ca sĩ khách mời.", {("PER", "Mỹ Linh")}),
    # "cụ" is a form of address; Chinese surnames such as "Hoắc" start a name
    (
        "Cụ Trần Văn Lộc (80 tuổi) kể lại, còn Hoắc Nguyên Giáp thì im lặng.",
        {("PER", "Trần Văn Lộc"), ("PER", "Hoắc Nguyên Giáp")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_context_labels(text: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= spans(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # outside sport news a province stays a place
        ("Du khách làm khách của Bình Định trong dịp lễ.", ("ORG", "Bình Định")),
        # a national team is the country (rule 40), even in sport news
        ("Đội tuyển thua trước Thái Lan ở trận đấu tối qua.", ("ORG", "Thái Lan")),
        # "Vũ Hải Quân" is a person, not the navy
        ("Giám đốc Vũ Hải Quân cho biết Mỹ sẽ hỗ trợ.", ("ORG", "Hải Quân Mỹ")),
        # a title acronym is not part of a club's name
        ("HLV Hà Nội nói sau trận đấu.", ("ORG", "HLV Hà Nội")),
    ],
)
def test_context_leaves_alone(text: str, absent: tuple[str, str]) -> None:
    assert absent not in spans(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bệnh viện nhận chứng nhận của Tổ chức đột quỵ thế giới.",
            ("ORG", "Tổ chức đột quỵ thế giới"),
        ),
        (
            "Liên đoàn bóng chuyền quốc tế vừa công bố lịch thi đấu.",
            ("ORG", "Liên đoàn bóng chuyền quốc tế"),
        ),
    ],
)
def test_lower_case_name_ending_in_world(text: str, expected: tuple[str, str]) -> None:
    """A head, lower-case words saying what the body does, "thế giới" / "quốc tế"."""
    assert expected in spans(text)


def test_lower_case_world_tail_leaves_verbs_and_names_alone() -> None:
    assert spans("Bộ Y tế đề nghị cộng đồng quốc tế hỗ trợ.") == {("ORG", "Bộ Y tế")}
    assert ("ORG", "Hội thao quân sự quốc tế") not in spans(
        "Nga tổ chức Hội thao quân sự quốc tế Army Games."
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thi thể được tìm thấy dưới sông Lam Phố ở cuối xã.", ("LOC", "Lam Phố")),
        ("Ông hát ca khúc Mùa Xuân Trên Phố rất hay.", ("MISC", "Mùa Xuân Trên Phố")),
    ],
)
def test_a_place_cue_ending_a_name_is_its_last_word(text: str, expected: tuple[str, str]) -> None:
    """A capitalised cue ("Phố") with no name after it ends the name instead of cutting it."""
    assert expected in spans(text)


# --- groups, shops and brands named by their frame, and the names listed after them ----------

FRAME_CASES = [
    # an armed group or a movement (guideline rule 35), even where the scan saw a person
    ("Phiến quân Ansarallah tuyên bố nhận trách nhiệm.", {("ORG", "Ansarallah")}),
    ("Phong trào Fatah kêu gọi bình tĩnh.", {("ORG", "Fatah")}),
    ("Nhóm vũ trang Tahrir al-Sham kiểm soát thành phố.", {("ORG", "Tahrir al-Sham")}),
    ("Theo giới chức, nhóm JI đứng sau vụ nổ.", {("ORG", "JI")}),
    # "nhóm" alone names a group only before an acronym: a letter is a label
    ("Học sinh nhóm A đạt điểm cao nhất.", set()),
    # shops named as firms, and every name listed after the first (rule 78)
    (
        "Người mua chen chân ở các siêu thị như Carrefour, Tesco và Aldi.",
        {("ORG", "Carrefour"), ("ORG", "Tesco"), ("ORG", "Aldi")},
    ),
    ("Sản phẩm có mặt tại chuỗi siêu thị Satra từ tháng này.", {("ORG", "Satra")}),
    ("Cô chọn thương hiệu Owen cho đồng phục.", {("ORG", "Owen")}),
    # "tổ chức" before a name shaped like a person's: the organisation, not after a verb word
    ("Nhóm này là thành viên tổ chức Jund Ansar.", {("ORG", "Jund Ansar")}),
    ("Tài trợ đến từ tổ chức Open Kitchen của Anh.", {("ORG", "Open Kitchen"), ("LOC", "Anh")}),
    ("Trưởng ban tổ chức Marco Bellini phát biểu.", {("PER", "Marco Bellini")}),
    # a firm's or a medium's kind in lower case: the name is the firm's, and so are the
    # names listed after it; a person after the firm's kind stays one
    (
        "Nhiều hãng thời trang Luca Moretti, Vessani hay Carla Bruno chọn nơi này.",
        {("ORG", "Luca Moretti"), ("ORG", "Vessani"), ("ORG", "Carla Bruno")},
    ),
    ("Sách do nhà xuất bản Harold Webb phát hành.", {("ORG", "Harold Webb")}),
    ("Theo kênh truyền hình Telenova, ông đã từ chức.", {("ORG", "Telenova")}),
    ("Tại tập đoàn Grayson, Cohen xử lý các giao dịch.", {("ORG", "Grayson"), ("PER", "Cohen")}),
    ("Nhà quản lý quỹ đầu tư J. Peter Sollen góp tiền.", {("PER", "J. Peter Sollen")}),
    # a person after the firm's kind who founded it stays the person
    ("Ông làm cho công ty Bill Gates sáng lập.", {("PER", "Bill Gates")}),
    ("Ông làm cho công ty Henry Fulton sáng lập năm 1990.", {("PER", "Henry Fulton")}),
    # a foreign word after a club's own words is the club, not a person (rule 73i)
    ("Đội bóng Zorbax thắng trận đầu mùa.", {("ORG", "Zorbax")}),
    ("Đội bóng Manchester thắng trận.", {("ORG", "Manchester")}),
    ("Huấn luyện viên đội bóng Mark dặn dò các em.", {("PER", "Mark")}),
    # after a kind that names one firm, the names listed after it are people still
    (
        "Sách do nhà xuất bản Simon Parker, Bob Walton và Carl Hansen viết chung.",
        {("ORG", "Simon Parker"), ("PER", "Bob Walton"), ("PER", "Carl Hansen")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), FRAME_CASES)
def test_groups_shops_and_brands_by_their_frame(text: str, expected: set[tuple[str, str]]) -> None:
    assert {(e.label, e.text) for e in analyze(text).entities} == expected


@pytest.mark.parametrize(
    "text",
    [
        "Phong trào Fatah thắng lớn. Một nhân vật của Fatah cho hay.",
        "Khách đổ về siêu thị Satra từ sớm. Đến trưa, Satra đã hết hàng.",
    ],
)
def test_a_name_framed_once_is_the_organisation_again(text: str) -> None:
    """Named once by its frame, the organisation is the same wherever the text names it
    alone: every mention, not a person."""
    found = [(e.label, e.text) for e in analyze(text).entities]
    assert len(found) == 2
    assert {label for label, _ in found} == {"ORG"}


# --- clubs in sport news ----------------------------------------------------------------

CLUB_CASES = [
    # a province next to a club, joined by "và", is a club too, before or after it (rule 41a)
    (
        "Ở V-League, Thanh Hóa và Hoàng Anh Gia Lai đều thắng.",
        {("MISC", "V-League"), ("ORG", "Thanh Hóa"), ("ORG", "Hoàng Anh Gia Lai")},
    ),
    # ... but not next to a body with a head ("Bộ", "Sở"): that is the province
    ("Bộ Y tế và Đà Nẵng bàn về bóng đá học đường.", {("ORG", "Bộ Y tế"), ("LOC", "Đà Nẵng")}),
    # clubs named by more than their province, and clubs abroad named alone
    (
        "Than Quảng Ninh tiếp Becamex Bình Dương.",
        {("ORG", "Than Quảng Ninh"), ("ORG", "Becamex Bình Dương")},
    ),
    ("Southampton và Burnley cùng xuống hạng.", {("ORG", "Southampton"), ("ORG", "Burnley")}),
]


@pytest.mark.parametrize(("text", "expected"), CLUB_CASES)
def test_clubs_in_sport_news(text: str, expected: set[tuple[str, str]]) -> None:
    assert {(e.label, e.text) for e in analyze(text).entities} == expected


# --- products, models, apps and variants named after their noun ----------------------------

PRODUCT_CASES = [
    # a foreign name a few lower-case words after a product noun is the thing (rules 41, 59)
    ("Xe thiết giáp Marder bị bắn cháy.", {("MISC", "Marder")}),
    (
        "Công ty mua lại các ứng dụng âm nhạc Joox và Deezer.",
        {("MISC", "Joox"), ("MISC", "Deezer")},
    ),
    ("Biến chủng XBB.1.5 lây nhanh hơn.", {("MISC", "XBB.1.5")}),
    ("Hải quân có thêm tàu khu trục Type 052 mới.", {("MISC", "Type 052")}),
    # a person in charge of the thing, or its maker after "của", is not the thing
    ("Phát biểu của thuyền trưởng tàu ngầm Ivan Petrov gây chú ý.", {("PER", "Ivan Petrov")}),
]


@pytest.mark.parametrize(("text", "expected"), PRODUCT_CASES)
def test_products_after_their_noun(text: str, expected: set[tuple[str, str]]) -> None:
    assert {(e.label, e.text) for e in analyze(text).entities} == expected
