"""Firms named by lower-case words of trade (issue 9): "doanh nghiệp", "cửa hàng" and "tiệm
vàng" announce a name of their own ("doanh nghiệp Phú Thịnh"), but not a businessman ("nhà
doanh nghiệp X"), a person named in full ("chủ doanh nghiệp Trần Văn Lộc"), an office's
enterprises ("phụ trách các doanh nghiệp X"), a country named short, a common noun written
short, a trade's first word ("doanh nghiệp Tài chính - Ngân hàng"), a name before a number,
nor a name after a comma that does something; a firm's money ("tình hình tài chính của X",
"thoái vốn tại X") names the firm, not a place or a person, and the firm named so once is the
firm again alone, unless the text writes the name in a longer one or after a form of address;
currencies by their ISO code are no organisations. Made-up sentences, none from a benchmark
set."""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def spans(text: str) -> set[tuple[str, str]]:
    return {(e.label, e.text) for e in analyze(text).entities}


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("Sản phẩm của doanh nghiệp Phú Thịnh được ưa chuộng.", "Phú Thịnh"),
        ("Chủ tiệm vàng Kim Hoa cho biết giá tăng mạnh.", "Kim Hoa"),
        ("Bà là chủ cửa hàng Quang Vinh ở quận 3.", "Quang Vinh"),
        ("Phóng viên tờ Hokuriku Shimpo hỏi lại.", "Hokuriku Shimpo"),
    ],
)
def test_a_trade_word_announces_a_firm(text: str, firm: str) -> None:
    assert ("ORG", firm) in spans(text)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Nhà doanh nghiệp Rakesh Malhotra bị bắt.", "Rakesh Malhotra"),
        ("Hôm qua, chủ doanh nghiệp Trần Văn Lộc nhậu tại quán.", "Trần Văn Lộc"),
    ],
)
def test_a_business_person_is_no_firm(text: str, person: str) -> None:
    assert ("PER", person) in spans(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ông phụ trách các doanh nghiệp Quang Minh từ năm ngoái.",
        "Gói cước dành cho khách hàng doanh nghiệp Sao Mai rất rẻ.",
        "Các doanh nghiệp Thái vẫn là đối tác lớn.",
        "Có 150 doanh nghiệp Fintech và các doanh nghiệp NN, doanh nghiệp VT.",
        "Nhân viên cửa hàng Phở 36 và cửa hàng K - Mart đều nghỉ.",
    ],
)
def test_no_firm_named_by_the_trade_word(text: str) -> None:
    assert not any(label == "ORG" for label, _ in spans(text))


def test_a_list_after_a_trade_word_ends_where_a_name_acts() -> None:
    found = spans("Các doanh nghiệp Lào, Thuận đã móc nối với nhau.")
    assert ("ORG", "Thuận") not in found


@pytest.mark.parametrize(
    "text",
    [
        "Các doanh nghiệp Tài chính - Ngân hàng ứng dụng giải pháp này.",
        "Tờ An toàn giao thông đưa tin.",
    ],
)
def test_a_trades_first_word_is_no_firm(text: str) -> None:
    assert not any(label == "ORG" for label, _ in spans(text))


def test_a_newspaper_of_one_word_stays_before_a_function_word() -> None:
    assert ("ORG", "Star") in spans("Cách đây một ngày, tờ Star của Anh đưa tin.")


def test_a_trade_word_inside_a_bodys_name_goes_on_it() -> None:
    text = "Bà Lan, Phó bí thư Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh Nam Định."
    assert ("ORG", "Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh Nam Định") in spans(text)


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("Tình hình tài chính của Vinaco đang tiềm ẩn rủi ro.", "Vinaco"),
        ("Kết quả kinh doanh của Lamico đã giảm.", "Lamico"),
        ("Tổng công ty muốn thoái toàn bộ vốn tại Vinaco.", "Vinaco"),
        ("Họ nắm 30% cổ phần tại Lamico.", "Lamico"),
    ],
)
def test_a_firms_money_names_the_firm(text: str, firm: str) -> None:
    assert ("ORG", firm) in spans(text)


def test_a_stake_before_a_number_keeps_the_number() -> None:
    found = spans("Họ nắm 30% cổ phần tại Sonco 7 Land.")
    assert ("ORG", "Sonco") not in found


def test_a_stake_in_a_place_is_still_the_place() -> None:
    assert ("LOC", "Lào") in spans("Đầu tư vốn tại Lào tăng mạnh.")


def test_a_name_written_longer_or_after_an_address_is_no_firm() -> None:
    text = "Sáng kiến và sản phẩm của Kenjiro đã được hưởng ứng. Ông Kenjiro Tanaka kể lại."
    assert not any(label == "ORG" and "Kenjiro" in name for label, name in spans(text))


@pytest.mark.parametrize(
    "text",
    [
        "Họ đặt trạm thu phí hoàn vốn tại Km2 của quốc lộ.",
        "Trung tâm tài chính của Singapo rất sầm uất.",
    ],
)
def test_no_firm_by_money_words_elsewhere(text: str) -> None:
    assert not any(label == "ORG" for label, _ in spans(text))


def test_the_firm_named_by_its_products_is_the_firm_again() -> None:
    text = "Đây là sản phẩm của Palomar tại VN. Bếp gas của Palomar phải có tem nhập khẩu."
    found = [(e.label, e.text) for e in analyze(text).entities]
    assert found.count(("ORG", "Palomar")) == 2


@pytest.mark.parametrize("code", ["AUD", "NZD", "GBP", "CHF", "THB"])
def test_a_currency_code_is_no_organisation(code: str) -> None:
    text = f"Họ mua trước USD và bán trước {code} với niềm tin rằng đồng {code} sẽ giảm."
    assert not any(name == code for _, name in spans(text))


def test_a_trade_word_inside_a_bodys_name_announces_nothing() -> None:
    found = spans("Ông là chủ tịch Hội đồng doanh nghiệp Mỹ - Trung từ năm ngoái.")
    assert ("LOC", "Trung") in found


def test_a_shop_owner_who_speaks_is_a_person_a_paper_is_not() -> None:
    assert ("PER", "Daria Volkova") in spans("Chủ cửa hàng Daria Volkova nói rằng giá tăng.")
    assert ("ORG", "Hokuriku Shimpo") in spans("Tờ Hokuriku Shimpo cho biết như vậy.")


def test_a_film_named_by_its_takings_is_no_firm() -> None:
    text = "Doanh thu của Avengers: Endgame vượt 2 tỷ USD. Avengers: Endgame là phim ăn khách."
    assert not any(label == "ORG" for label, _ in spans(text))


def test_a_district_written_short_in_brackets_is_no_short_name() -> None:
    found = spans("Khách đến tiệm vàng Ngọc Hà (Q.Tân Bình) rất đông.")
    assert ("ORG", "Q") not in found
