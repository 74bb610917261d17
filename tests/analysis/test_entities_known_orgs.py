"""Clubs and companies named alone, from the public-domain lists of
``vnreader/analysis/data/known_orgs.tsv`` (made by ``benchmarks/build_orgs.py``), and foreign
company forms ("X JV", "X Pharmaceuticals"). Made-up sentences, never test items.
"""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze
from vnreader.analysis.gazetteer import known_orgs


def spans(text: str) -> set[tuple[str, str]]:
    return {(e.label, e.text) for e in analyze(text).entities}


CASES = [
    # a club named alone in a sports text, even at a sentence start or in a results list
    ("Brescia có trận thắng thứ ba liên tiếp nhờ bàn thắng phút cuối.", {("ORG", "Brescia")}),
    (
        "Kết quả vòng đấu: Modena – Ascoli: 2-0, Cagliari thua 0-1.",
        {("ORG", "Modena"), ("ORG", "Ascoli"), ("ORG", "Cagliari")},
    ),
    # "Đội bóng" opening a sentence makes a sports text too
    ("Đội bóng của anh thua Parma ở phút bù giờ.", {("ORG", "Parma")}),
    # a club of two words is no person ("Gennady Bezdetko" is)
    (
        "Hậu vệ này từng khoác áo Estudiantes de Mérida trước khi ghi bàn cho Urawa Reds.",
        {("ORG", "Estudiantes de Mérida"), ("ORG", "Urawa Reds")},
    ),
    # a company needs no sports text; a two-word one is no person
    (
        "Cổ phiếu của Kenvue giảm sau khi Zoetis công bố lợi nhuận.",
        {("ORG", "Kenvue"), ("ORG", "Zoetis")},
    ),
    ("Hợp đồng tên lửa được trao cho Lockheed Martin năm ngoái.", {("ORG", "Lockheed Martin")}),
    # companies, makers and media often named alone in Vietnamese news
    ("Đồng hồ mới của Garmin có pin dùng được hai tuần.", {("ORG", "Garmin")}),
    ("Politico cho rằng cuộc họp sẽ bị hoãn.", {("ORG", "Politico")}),
    (
        "Máy bay của Comac cạnh tranh với Embraer ở thị trường châu Á.",
        {("ORG", "Comac"), ("ORG", "Embraer"), ("LOC", "châu Á")},
    ),
    ("Báo cáo của Knight Frank cho thấy giá nhà tăng.", {("ORG", "Knight Frank")}),
    # foreign company forms: the whole span, a joint venture with its country too
    ("Sau đó Megastar Media JV Việt Nam mở thêm hai rạp.", {("ORG", "Megastar Media JV Việt Nam")}),
    ("Lãi của Alpha Pharmaceuticals tăng gấp đôi.", {("ORG", "Alpha Pharmaceuticals")}),
    ("Hòa Bình JSC vừa công bố kết quả kinh doanh.", {("ORG", "Hòa Bình JSC")}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_known_organisations(text: str, expected: set[tuple[str, str]]) -> None:
    assert spans(text) == expected


NOT_CLUBS = [
    # a club named like a town is the town outside sports news, and after "tại"/"ở" anywhere
    (
        "Hội nghị năm nay được tổ chức tại Parma, miền bắc Italy.",
        {("LOC", "Parma"), ("LOC", "Italy")},
    ),
    ("Gia đình anh mở một nhà hàng nhỏ ở Brescia từ năm 2010.", {("LOC", "Brescia")}),
    ("Du khách đến Modena để thưởng thức giấm balsamic.", set()),
    # a company named after its founder: the person, as written with a title
    ("Ông Charles Schwab phát biểu tại buổi lễ.", {("PER", "Charles Schwab")}),
    # a player after a club and an aside is a player when he acts ("Federer (…), Djokovic")
    (
        "Trong 90 trận cho Urawa Reds (2019-2022), Kanemoto đã ghi 20 bàn thắng.",
        {("ORG", "Urawa Reds"), ("PER", "Kanemoto")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), NOT_CLUBS)
def test_not_clubs(text: str, expected: set[tuple[str, str]]) -> None:
    assert spans(text) == expected


def test_known_orgs_leave_ambiguous_names_out() -> None:
    """Names also used for a person, a common thing or an event are not in the list."""
    names = known_orgs()
    assert names["Brescia"] == "club" and names["Kenvue"] == "company"
    for word in ("Shell", "Orange", "Wimbledon", "Ford", "Ralph Lauren", "Frankfurt"):
        assert word not in names


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Theo Bảo Việt, số tiền chi trả năm nay tăng mạnh.", "Bảo Việt"),
        ("Cổ phiếu Đất Xanh giảm sàn trong phiên chiều.", "Đất Xanh"),
        ("Chuỗi Con Cưng đóng cửa 100 cửa hàng.", "Con Cưng"),
        ("Chiếc máy bay của Lion Air rơi xuống biển Java.", "Lion Air"),
        ("Đại diện Korean Air cho biết sẽ bồi thường.", "Korean Air"),
    ],
)
def test_firms_and_airlines_named_alone(text: str, org: str) -> None:
    assert ("ORG", org) in spans(text)


def test_a_person_named_like_a_firm_keeps_the_surname() -> None:
    assert spans("Ông Nguyễn Bảo Việt phát biểu tại hội nghị.") == {("PER", "Nguyễn Bảo Việt")}


@pytest.mark.parametrize(
    ("text", "org"),
    [
        (
            "Đại diện Phòng Thương mại và Công nghiệp VN cho biết số doanh nghiệp giảm.",
            "Phòng Thương mại và Công nghiệp VN",
        ),
        ("Bản tin của Thông tấn xã VN phát đi sáng nay.", "Thông tấn xã VN"),
        ("Anh được truy tặng danh hiệu của lực lượng Công an nhân dân.", "Công an nhân dân"),
        ("Các chiến sĩ Quân đội nhân dân giúp dân dọn lũ.", "Quân đội nhân dân"),
    ],
)
def test_national_bodies_written_short(text: str, org: str) -> None:
    assert ("ORG", org) in spans(text)
