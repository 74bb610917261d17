"""find_figures on the kinds of sentence real news is full of (issue 9, figures).

Every sentence is made up, of the same kind as those the recogniser got wrong on real
paragraphs from news sites: counted nouns of several syllables, names after numbers, month
and year with a dash, quarters, decades, signs, units and figures after a slash.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vnreader.analysis.figures import find_figures
from vnreader.analysis.model import Figure


def texts(text: str) -> list[str]:
    return [f.text for f in find_figures(text)]


def only(text: str, span: str) -> Figure:
    found = [f for f in find_figures(text) if f.text == span]
    assert found, f"no figure {span!r} in {texts(text)}"
    return found[0]


# --- a span never ends inside a word --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        ("Mỹ có 9 tiểu bang áp dụng luật mới.", "9 tiểu bang", "state"),
        ("Có 20 đơn vị tham gia diễn tập.", "20 đơn vị", "unit"),
        ("Hội nghị có 2 nhà lãnh đạo phát biểu.", "2 nhà lãnh đạo", "person"),
        ("Phố có 15 nhà hàng mở cửa.", "15 nhà hàng", "item"),
        ("Đêm nhạc có 3 ca sĩ trẻ.", "3 ca sĩ", "person"),
        ("Thành phố lắp 10 đồng hồ đo nước.", "10 đồng hồ đo", "item"),
        ("Hải quân nhận 2 tàu ngầm mới.", "2 tàu ngầm", "item"),
        ("Có 12 trung tâm y tế tuyến huyện.", "12 trung tâm", "item"),
        ("Tỉnh có 4 khu công nghiệp.", "4 khu công nghiệp", "item"),
        ("Nadal đã thắng 490 trận trên sân cứng.", "490 trận", "match"),
        ("Nơi đây có 19 phòng trọ.", "19 phòng", "room"),
    ],
)
def test_counted_nouns_of_several_syllables(text: str, span: str, unit: str) -> None:
    f = only(text, span)
    assert (f.category, f.unit) == ("quantity", unit)


def test_a_classifier_stays_alone_before_what_it_counts() -> None:
    # GUIDELINE rule 24: "2.300 hộ" (dân), "1.335 ca" (mắc); "xe" counts vehicles of any kind
    assert texts("có 2 xe tải và 1.335 ca mắc, 5 nhà bị sập") == ["2 xe", "1.335 ca", "5 nhà"]


# --- a capitalised word after a number is a name, not a counter ------------------------------


def test_capitalised_word_is_not_a_counter() -> None:
    text = "Tính đến cuối 2015 Vụ Tổ chức cán bộ đã trình đề án."
    assert [(f.text, f.category) for f in find_figures(text)] == [("2015", "year")]
    assert texts("Trong năm 2016 Đồng Nai thu hút vốn") == ["năm 2016"]


def test_capitalised_currency_names_still_count() -> None:
    assert only("khoảng 2 tỷ Nhân dân tệ", "2 tỷ Nhân dân tệ").unit == "CNY"


# --- units ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        ("Nhà máy điện mặt trời 160 MWp vừa hòa lưới.", "160 MWp", "MWp"),
        ("công suất 50MWp", "50MWp", "MWp"),
        ("Giá 8.000 USD/lọ thuốc.", "8.000 USD/lọ", "USD/vial"),
    ],
)
def test_units(text: str, span: str, unit: str) -> None:
    assert only(text, span).unit == unit


def test_week_and_bid_package_numbers_are_labels() -> None:
    assert texts("Trong tuần 22, gói thầu 5.10 xây xong 4 tuần trước") == ["4 tuần"]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Thí sinh được đăng ký 3 nguyện vọng.", "3 nguyện vọng"),
        ("Lực lượng cứu hộ tìm thấy 5 thi thể.", "5 thi thể"),
        ("Virus có 2 đột biến mới.", "2 đột biến"),
        ("Việt Nam có 54 dân tộc anh em.", "54 dân tộc"),
        ("Bệnh viện nhận 7 thiết bị y tế.", "7 thiết bị"),
        ("Sinh viên học 4 tín chỉ.", "4 tín chỉ"),
        ("Nhà mạng có 10 triệu thuê bao.", "10 triệu thuê bao"),
    ],
)
def test_a_bound_first_syllable_takes_the_next_one(text: str, span: str) -> None:
    assert span in texts(text)


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        ("Bà có 3 con trai.", "3 con trai", "person"),
        ("Nhóm bắt giữ 12 con tin.", "12 con tin", "person"),
        ("Ngân hàng có 6 khách hàng lớn.", "6 khách hàng", "person"),
        ("Đảo rộng 6 km vuông.", "6 km vuông", "km2"),
        ("Tàu chạy 21,5 hải lý mỗi giờ.", "21,5 hải lý", "nmi/h"),
    ],
)
def test_more_counted_nouns_and_units(text: str, span: str, unit: str) -> None:
    assert only(text, span).unit == unit


# --- signs and figures after a slash (GUIDELINE rules 52, 53) --------------------------------


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Lợi nhuận giảm mạnh (-10,1%) so với cùng kỳ.", "-10,1%", -10.1),
        ("Tăng trưởng đạt -2,1% trong quý.", "-2,1%", -2.1),
        ("Chỉ số tăng +5% so với tháng trước.", "+5%", 5.0),
        ("Nhiệt độ xuống −3 độ C.", "−3 độ C", -3.0),
    ],
)
def test_a_sign_glued_to_the_number_is_in_span_and_value(
    text: str, span: str, value: float
) -> None:
    assert only(text, span).value == value


def test_a_dash_between_numbers_is_a_range_not_a_sign() -> None:
    assert texts("giai đoạn 2016 -2020 tăng 3 -5%") == ["2016", "2020", "3", "5%"]
    assert texts("- 10 người bị thương") == ["10 người"]


def test_a_figure_right_after_a_slash() -> None:
    found = find_figures("Doanh thu đạt 4.221 tỉ đồng/3.050 tỉ đồng kế hoạch.")
    assert [(f.text, f.value, f.unit) for f in found] == [
        ("4.221 tỉ đồng", 4.221e12, "VND"),
        ("3.050 tỉ đồng", 3.05e12, "VND"),
    ]
    assert texts("theo Nghị định 15/2020/NĐ-CP") == []


# --- months, quarters and decades (GUIDELINE rules 44, 45) ------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "category", "date"),
    [
        ("Từ tháng 6-2017, giá điện tăng.", "tháng 6-2017", "date", "2017-06"),
        ("Đến tháng 12.2018, dự án xong.", "tháng 12.2018", "date", "2018-12"),
        ("Lợi nhuận quý 3/2016 tăng mạnh.", "quý 3/2016", "date", "2016-Q3"),
        ("Lợi nhuận quí 3/2016 tăng mạnh.", "quí 3/2016", "date", "2016-Q3"),
        ("Doanh thu quý III-2017 giảm.", "quý III-2017", "date", "2017-Q3"),
        ("Kết quả quý 2 năm 2016 khả quan.", "quý 2 năm 2016", "date", "2016-Q2"),
        ("Doanh thu quý 4 dự kiến tăng.", "quý 4", "date", "--Q4"),
        ("Từ những năm 80, nhà máy đã hoạt động.", "những năm 80", "year", "198X"),
        ("Âm nhạc thập niên 1990 trở lại.", "thập niên 1990", "year", "199X"),
        ("Phim thập niên 90 được chiếu lại.", "thập niên 90", "year", "199X"),
    ],
)
def test_months_quarters_and_decades(text: str, span: str, category: str, date: str) -> None:
    f = only(text, span)
    assert (f.category, f.date) == (category, date)


def test_a_decade_has_its_first_year_as_value() -> None:
    assert only("vào những năm 80", "những năm 80").value == 1980.0
    assert [f.text for f in find_figures("Lợi nhuận quí 3/2016")] == ["quí 3/2016"]


# --- times of day (GUIDELINE rule 48) --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "date"),
    [
        ("Khai mạc lúc 19h30 tối nay.", "19h30", "T19:30"),
        ("Kết thúc lúc 8:00 sáng.", "8:00", "T08:00"),
        ("Cuộc họp bắt đầu lúc 15 giờ.", "15 giờ", "T15:00"),
        ("Tàu đến ga 8 giờ 30 sáng mai.", "8 giờ 30", "T08:30"),
        ("Pháo hoa bắn từ 20h ngày 31/12.", "20h", "T20:00"),
        ("Vụ cháy xảy ra khoảng 9 giờ tối.", "9 giờ", "T21:00"),
        ("Cháy lúc 11 giờ đêm qua.", "11 giờ", "T23:00"),
        ("Cửa hàng mở cửa từ 8 giờ đến 17 giờ.", "17 giờ", "T17:00"),
        ("Buổi lễ lúc 15g30 chiều.", "15g30", "T15:30"),
    ],
)
def test_times_of_day(text: str, span: str, date: str) -> None:
    f = only(text, span)
    assert (f.category, f.date, f.value) == ("date", date, None)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Công nhân làm việc 8 giờ mỗi ngày.", "8 giờ"),
        ("Trong 24h qua, cả nước ghi nhận ca mắc mới.", "24h"),
        ("Cháy rừng kéo dài 48h.", "48h"),
        ("Sau 72 giờ, nạn nhân được cứu.", "72 giờ"),
    ],
)
def test_hours_as_a_length_of_time(text: str, span: str) -> None:
    f = only(text, span)
    assert (f.category, f.unit) == ("duration", "hour")


def test_ratios_and_grams_are_not_times() -> None:
    assert texts("tỷ lệ 1:10 và 5g đường") == ["5g"]


# --- ranks and lunar dates (GUIDELINE rules 46, 47) ------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Việt Nam xếp thứ 45 trên 190 nền kinh tế.", "thứ 45", 45.0),
        ("Đội tuyển đứng thứ 3 bảng xếp hạng.", "thứ 3", 3.0),
        ("Trường đại học tụt xuống hạng 45.", "hạng 45", 45.0),
        ("Công ty lọt top 10 doanh nghiệp lớn nhất.", "top 10", 10.0),
        ("Cô về vị trí thứ 2 chung cuộc.", "thứ 2", 2.0),
    ],
)
def test_ranks(text: str, span: str, value: float) -> None:
    f = only(text, span)
    assert (f.category, f.unit, f.value) == ("other", "rank", value)


def test_ordinals_that_are_not_ranks() -> None:
    assert texts("Đây là lần thứ 8, tại kỳ họp thứ 5 khóa XV") == []
    assert [f.date for f in find_figures("Thứ 2, 27/9")] == ["--09-27"]


@pytest.mark.parametrize(
    ("text", "span", "date"),
    [
        ("Chợ mở lại từ mùng 5 Tết.", "mùng 5 Tết", "L--01-05"),
        ("Sáng mồng 1 Tết, người dân đi lễ chùa.", "mồng 1 Tết", "L--01-01"),
        ("Lễ cúng ông Công ông Táo ngày 23 tháng Chạp.", "ngày 23 tháng Chạp", "L--12-23"),
        ("Tết Trung thu rơi vào ngày 15/8 âm lịch.", "ngày 15/8 âm lịch", "L--08-15"),
        ("Quốc khánh mùng 2/9 được nghỉ.", "mùng 2/9", "--09-02"),
        # the last days of the lunar year, named by their day and "Tết" alone
        ("Chợ hoa vẫn đông đến đêm 30 Tết.", "30 Tết", "L--12-30"),
        ("Siêu thị mở cửa đến hết ngày 29 tết.", "ngày 29 tết", "L--12-29"),
        ("Sáng mùng 3 tết, chợ mở lại.", "mùng 3 tết", "L--01-03"),
        ("Hàng về chợ trước 20 tết.", "20 tết", "L--12-20"),
        ("Sáng 1 tết, cả nhà đi chùa.", "1 tết", "L--01-01"),
    ],
)
def test_lunar_dates_and_mung(text: str, span: str, date: str) -> None:
    assert only(text, span).date == date


def test_new_years_counted_are_no_date() -> None:
    assert texts("Anh đã 3 Tết không về quê.") == []


def test_full_moon_of_the_first_month_has_no_digit() -> None:
    assert texts("Lễ hội diễn ra vào rằm tháng Giêng.") == []


# --- units of counted things (GUIDELINE rules 51, 54) ----------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        ("Quán bán 12 chú gà rán.", "12 chú", "item"),  # any other counted noun
        ("Sau 4 tập phát sóng, chương trình dừng.", "4 tập", "item"),
        ("Nhà máy nhận 100 tấn rau/ngày.", "100 tấn rau/ngày", "tonne/day"),
        ("Bạc giảm xuống 23 USD một ounce.", "23 USD", "USD/ounce"),
        ("Vàng chốt ở 1.918,20 USD mỗi ounce.", "1.918,20 USD", "USD/ounce"),
        ("Giá lẩu 400.000 đồng/nồi.", "400.000 đồng/nồi", "VND/pot"),
        ("Khảo sát 16 nhà phân tích Phố Wall.", "16 nhà phân tích", "person"),
        ("Hai ca mắc là 2 bà cháu.", "2 bà cháu", "person"),
        ("Ướt với 100 gr ớt.", "100 gr", "g"),
        ("Nhiệt độ lên 35 độ C.", "35 độ C", "degree"),
    ],
)
def test_counted_units(text: str, span: str, unit: str) -> None:
    assert only(text, span).unit == unit


def test_ranges_take_the_unit_of_the_second() -> None:
    found = find_figures("Cho 2-4 thìa canh, từ 200.000 đồng đến 400.000 đồng/nồi.")
    assert [(f.text, f.unit) for f in found] == [
        ("2", "item"),
        ("4 thìa", "item"),
        ("200.000 đồng", "VND/pot"),
        ("400.000 đồng/nồi", "VND/pot"),
    ]
    first, second = find_figures("chi 1.100 đến 2.000 USD mỗi chuyến đi")
    assert (first.text, first.unit, second.approx) == ("1.100", "USD/trip", None)


def test_part_of_a_count() -> None:
    found = find_figures("Đã hoàn thành 9/11 dự án thành phần.")
    assert [(f.text, f.value, f.unit) for f in found] == [
        ("9", 9.0, "project"),
        ("11 dự án", 11.0, "project"),
    ]


def test_prices_in_thousands_written_k() -> None:
    assert [(f.text, f.value, f.unit) for f in find_figures("trà chanh 25k, 30k")] == [
        ("25k", 25_000.0, "VND"),
        ("30k", 30_000.0, "VND"),
    ]


# --- numbers that are not figures in real news ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Liên quan đến bệnh nhân 2910, ca bệnh 2913 (BN 2913) ở Hưng Yên.",
        "Các em từ lớp 9 đến 12 được hướng nghiệp.",
        "Đội đã hoàn thành giai đoạn 1, 2 của dự án.",
        "Họ từng cầm hòa Real Madrid 0-0 cách đây không lâu.",
        "Mong dịch Covid -19 chấm dứt.",
        "không được làm ồn). 12. AGAIN",
    ],
)
def test_labels_ids_scores_and_numbering(text: str) -> None:
    assert texts(text) == []


def test_birth_years_and_rank_superlatives() -> None:
    assert only("Nguyễn Văn T. (SN 2005, trú tại xã)", "2005").category == "year"
    assert only("Brazil là nền kinh tế lớn thứ 9 thế giới.", "thứ 9").unit == "rank"
    assert only("trong vòng 6 mùa giải", "6 mùa giải").unit == "item"
    assert only("Hơn 10h ngày 30/4/1975, đoàn xe tiến vào", "10h").date == "T10:00"


# --- found while reading real articles ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "category", "unit"),
    [
        ("tài sản 42 tỷ đô la Hồng Kông", "42 tỷ đô la Hồng Kông", "money", "HKD"),
        ("học phí 140 nghìn đôla Hồng Kông", "140 nghìn đôla Hồng Kông", "money", "HKD"),
        ("khoản tài trợ 3,5 tỷ bảng", "3,5 tỷ bảng", "money", "GBP"),
        ("so với rổ 6 đồng tiền chủ chốt", "6 đồng tiền", "quantity", "item"),
        ("để thủng lưới 2 bàn", "2 bàn", "quantity", "goal"),
        ("tour 4 ngày 3 đêm", "3 đêm", "duration", "night"),
        ("Bảng xếp hạng 1000 thương hiệu", "1000 thương hiệu", "quantity", "item"),
    ],
)
def test_read_in_real_articles(text: str, span: str, category: str, unit: str | None) -> None:
    f = only(text, span)
    assert (f.category, f.unit) == (category, unit)


@pytest.mark.parametrize(
    "text",
    [
        "Cửa hàng: 6 Tân Kỳ Tân Quý; ĐT: 1800 2074",
        "Hotline 0912.345.678 hỗ trợ",
        "Đối tượng 2: thí sinh có chứng chỉ",
        "Phương án 1 giao cho các bộ",
        "các đội chia thành 8 bảng đấu",
    ],
)
def test_phones_addresses_and_labels(text: str) -> None:
    assert [f for f in find_figures(text) if f.category != "quantity" or f.unit != "item"] == []


def test_a_year_then_a_count_is_not_a_phone_number() -> None:
    assert texts("Năm 2020 100 người") == ["Năm 2020", "100 người"]


@pytest.mark.parametrize(
    ("text", "span", "category", "unit"),
    [
        ("Khi bước sang tuổi 15, cô bé thay đổi.", "tuổi 15", "quantity", "age"),
        ("Pin 5.000 mAh, sạc nhanh 18 W.", "18 W", "quantity", "W"),
        ("Phiên bản 256 GB có giá cao hơn.", "256 GB", "quantity", "GB"),
        ("Camera selfie 16 MP.", "16 MP", "quantity", "MP"),
        ("Chị Th. (1 trong 4 người đi trên xe) bị thương.", "1", "quantity", "person"),
        ("Có 6 CLB Anh rút lui.", "6 CLB", "quantity", "item"),
        ("Quy mô tăng gấp 3 so với trước.", "3", "other", "times"),
        ("Sư đoàn 5 có 24 sư đoàn bộ binh.", "24 sư đoàn", "quantity", "item"),
        ("Có 3 phụ huynh khiếu nại.", "3 phụ huynh", "quantity", "person"),
        ("Cơ sở dữ liệu có 341 ấn phẩm khác.", "341 ấn phẩm", "quantity", "item"),
        ("Ông đối mặt 91 cáo buộc hình sự.", "91 cáo buộc", "quantity", "item"),
        ("Tên tuổi hơn 2.000 nghệ sỹ lừng danh.", "2.000 nghệ sỹ", "quantity", "person"),
        ("Bát phở giá 40.000 đồng/tô.", "40.000 đồng/tô", "money", "VND/bowl"),
        ("Cổ phiếu giảm so với đỉnh 17,8 USD/cổ.", "17,8 USD/cổ", "money", "USD/share"),
        ("Máy cũ bán 1 triệu đồng/máy.", "1 triệu đồng/máy", "money", "VND/item"),
        ("Sáng 26/1 (23 tháng chạp âm lịch).", "23 tháng chạp âm lịch", "date", None),
        ("trong đó có 4 cựu cán bộ Cục Lãnh sự", "4 cựu cán bộ", "quantity", "person"),
        ("Hội đồng có 2 phó chủ tịch.", "2 phó chủ tịch", "quantity", "person"),
        ("Họ là 2 cựu chiến binh.", "2 cựu chiến binh", "quantity", "person"),
        ("Bị cáo trình bày 2 căn cứ xin giảm án.", "2 căn cứ", "quantity", "item"),
        ("Điều tra có 17 F1 tiếp xúc gần.", "17 F1", "quantity", "person"),
    ],
)
def test_more_read_in_real_articles(text: str, span: str, category: str, unit: str | None) -> None:
    test_read_in_real_articles(text, span, category, unit)


@pytest.mark.parametrize(
    "text",
    [
        "Điện thoại: (84-24) 35 12 18 06, liên hệ 1900 55 88 96 hoặc 0962686808.",
        "Gọi tổng đài 114 để báo cháy.",
        "Theo Nghị định 86, Nghị quyết 21 và Thông tư 02.",
        "Anh Sanh (trú thôn 8) đã về nhà.",
        "Ô tô con BKS 36A – 48.567 vượt ẩu.",
        "phòng, chống dịch Covid - 19.",
    ],
)
def test_phone_numbers_documents_places_and_plates(text: str) -> None:
    assert [f.text for f in find_figures(text) if f.unit != "person"] == []


def test_month_lists_share_the_month_word() -> None:
    found = find_figures("trong tháng 5 và 6, giá nhà tăng")
    assert [(f.text, f.date) for f in found] == [("tháng 5", "--05"), ("6", "--06")]


# --- properties of the new date and number forms -------------------------------------------------

_ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}


@settings(max_examples=150, deadline=None)
@given(st.integers(1, 12), st.integers(1000, 2199), st.sampled_from(["-", ".", "/"]))
def test_month_and_year_with_any_separator(month: int, year: int, sep: str) -> None:
    text = f"Từ tháng {month}{sep}{year}, giá tăng."
    (f,) = find_figures(text)
    assert (f.text, f.category, f.date) == (
        f"tháng {month}{sep}{year}",
        "date",
        f"{year}-{month:02d}",
    )


@settings(max_examples=100, deadline=None)
@given(st.integers(1, 4), st.integers(1000, 2199), st.booleans(), st.sampled_from(["quý", "quí"]))
def test_quarters(quarter: int, year: int, roman: bool, word: str) -> None:
    q = _ROMAN[quarter] if roman else str(quarter)
    (f,) = find_figures(f"Doanh thu {word} {q}/{year} tăng.")
    assert f.date == f"{year}-Q{quarter}"


@settings(max_examples=150, deadline=None)
@given(st.integers(0, 23), st.integers(0, 59), st.booleans())
def test_clock_times(hour: int, minute: int, glued: bool) -> None:
    written = f"{hour}h{minute:02d}" if glued else f"{hour} giờ {minute}"
    (f,) = find_figures(f"Cuộc họp bắt đầu lúc {written}.")
    assert (f.text, f.category, f.date) == (written, "date", f"T{hour:02d}:{minute:02d}")


@settings(max_examples=150, deadline=None)
@given(st.integers(0, 999), st.integers(0, 9), st.sampled_from(["-", "+"]))
def test_signed_percentages(whole: int, tenth: int, sign: str) -> None:
    (f,) = find_figures(f"Lợi nhuận thay đổi ({sign}{whole},{tenth}%) so với cùng kỳ.")
    value = float(f"{whole}.{tenth}")
    assert (f.text, f.value) == (f"{sign}{whole},{tenth}%", -value if sign == "-" else value)


@settings(max_examples=100, deadline=None)
@given(st.integers(1, 9999), st.integers(1, 9999))
def test_two_amounts_joined_by_a_slash(a: int, b: int) -> None:
    found = find_figures(f"Đạt {a} tỷ đồng/{b} tỷ đồng kế hoạch.")
    assert [(f.value, f.unit) for f in found] == [(a * 1e9, "VND"), (b * 1e9, "VND")]


def test_parts_of_a_whole_and_lists_that_lend_their_unit() -> None:
    found = find_figures("Giải ngân đạt 2.477/10.825 tỷ đồng, hai con trai 6 và 4 tuổi.")
    assert [(f.text, f.value, f.unit) for f in found] == [
        ("2.477", 2.477e12, "VND"),
        ("10.825 tỷ đồng", 10.825e12, "VND"),
        ("6", 6.0, "age"),
        ("4 tuổi", 4.0, "age"),
    ]
    assert [f.date for f in find_figures("Sáng 3/10 người dân đổ về")] == ["--10-03"]
    assert texts("3 linh vật và 600.000 quân") == ["3 linh vật", "600.000 quân"]


def test_ranks_by_their_scope() -> None:
    assert only("nước xuất khẩu gạo thứ 2 thế giới", "thứ 2").unit == "rank"
    assert only("xếp hạng thứ 45 toàn cầu", "thứ 45").unit == "rank"
    assert only("đứng hạng 3 thế giới", "hạng 3").unit == "rank"
    assert texts("giải đấu lần thứ 8 trên thế giới") == []
    assert [(f.text, f.value) for f in find_figures("Việt Nam xếp thứ 45/190 nền kinh tế")] == [
        ("thứ 45", 45.0)
    ]


@pytest.mark.parametrize("written", ["500 m2", "500 m 2", "500 m²"])
def test_square_metres_however_written(written: str) -> None:
    f = only(f"Căn nhà rộng {written}, nằm ở trung tâm.", written)
    assert (f.value, f.unit) == (500.0, "m2")


def test_road_and_unit_numbers_are_not_figures() -> None:
    text = (
        "Xe chạy trên quốc lộ 1A, QL1A, tỉnh lộ 8, đường số 5 qua thôn 3, quận 2, "
        "phường 12, khu phố 4, tổ dân phố 7, Quận 1, Q.1 và Quốc lộ 14."
    )
    assert texts(text) == []


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        ("Màn hình có tần số quét 120Hz.", "120Hz", "Hz"),
        ("Chip chạy ở 90 Hz.", "90 Hz", "Hz"),
        ("Ở nhiệt độ 22 0C, mẫu bền hơn.", "22 0C", "degree"),
        ("Phiên bản 12,9-inch ra mắt.", "12,9-inch", "inch"),
        ("doanh số bán ra 49 và 38 triệu máy", "49", "item"),
    ],
)
def test_device_measures_and_shared_scales(text: str, span: str, unit: str) -> None:
    assert only(text, span).unit == unit


@pytest.mark.parametrize(
    "text",
    [
        "Việt Nam thua Đức 1 - 2 và thắng Lào 3-0, hòa 1-1.",
        "Ông được bầu tại kỳ họp 11 của Quốc hội.",
        "Chốt trực từ cột mốc 308 đến nay.",
        "ĐT: (0236) 3849120 / Fax: (028) 38468523",
        "Thí sinh đăng ký nguyện vọng 1 vào trường.",
    ],
)
def test_scores_sessions_markers_and_codes(text: str) -> None:
    assert texts(text) == []


def test_a_change_takes_the_per_unit_of_the_level_it_reaches() -> None:
    found = find_figures("Giá vàng tăng gần 10 USD lên 2.013 USD một ounce.")
    assert [(f.text, f.unit) for f in found] == [
        ("10 USD", "USD/ounce"),
        ("2.013 USD", "USD/ounce"),
    ]


def test_lists_of_decades_and_ranges_that_look_like_years() -> None:
    found = find_figures("cảm hứng từ các thập niên 30, 50 và 70")
    assert [(f.text, f.date) for f in found] == [
        ("thập niên 30", "193X"),
        ("50", "195X"),
        ("70", "197X"),
    ]
    assert [f.category for f in find_figures("mỗi bài khoảng 800 - 1000 từ")] == [
        "quantity",
        "quantity",
    ]


def test_this_time_and_magnification() -> None:
    assert texts("chức vô địch ở Euro 2020 lần này") == []
    f = only("nội soi phóng đại 300 lần", "300 lần")
    assert (f.category, f.unit) == ("other", "times")


def test_number_one_in_the_world_is_a_rank() -> None:
    assert only("tay vợt số 1 thế giới", "số 1").unit == "rank"
    assert only("giữ vị trí số 1 nhiều tuần", "số 1").unit == "rank"
    assert texts("bão số 4 và tuyến số 5") == []
    assert only("Doanh thu tăng gấp hai lần.", "gấp hai lần").value == 2.0


def test_free_standing_first_syllables_are_not_bound() -> None:
    assert texts("Đội giành 3 giải vô địch, có 2 nam thanh niên") == ["3 giải", "2 nam"]
    assert only("Trường có 3 nữ sinh đoạt giải", "3 nữ sinh").unit == "person"
    assert "5 giấy chứng nhận" in texts("Sở đã trao 5 giấy chứng nhận")


# --- a verb after a number, names with a dash, identifiers (interplay with entities) ---------


@pytest.mark.parametrize(
    "text",
    [
        "Tiểu đoàn 3 phối hợp với công an xã truy bắt đối tượng.",
        "Đại đội 2 tham gia diễn tập phòng thủ.",
        "Trung đội 1 tiến hành tuần tra ban đêm.",
        "Khi dịch Covid- 19 chấm dứt, du lịch sẽ hồi phục.",
        "Khi đại dịch Covid -19 chấm dứt, du lịch sẽ hồi phục.",
        "Theo Kết luận 49 của Bộ Chính trị, thành phố phải làm nhanh hơn.",
        "Động cơ trên tàu 361 đã không được tắt.",
        "Tàu ngầm dự án 163 đã chìm xuống đáy biển.",
        "Tuyến chạy qua Vành đai 2,5 rồi về Hoàng Quốc Việt.",
        "Gọi đường dây nóng +91-7303-625-588 hoặc +84 24 3825 1234.",
    ],
)
def test_no_figure_in_unit_numbers_names_identifiers_and_phones(text: str) -> None:
    assert texts(text) == []


def test_a_verb_is_never_the_counted_noun() -> None:
    # "3 phối hợp" is not "3 phối"; a noun after the number still counts
    assert texts("Có 3 đơn vị phối hợp và 5 người tham gia.") == ["3 đơn vị", "5 người"]


def test_the_unit_number_and_the_name_keep_their_entities() -> None:
    from vnreader.analysis import analyze

    unit = analyze("Tiểu đoàn 3 phối hợp với công an xã.")
    assert not unit.figures and [e.text for e in unit.entities] == ["Tiểu đoàn 3"]
    disease = analyze("Khi dịch Covid- 19 chấm dứt, du lịch sẽ hồi phục.")
    assert not disease.figures and [e.text for e in disease.entities] == ["Covid- 19"]


# --- more counted units, per-units, sums of money without a currency -------------------------


@pytest.mark.parametrize(
    ("text", "span", "category", "unit"),
    [
        ("Cặp đôi có với nhau 2 đứa con.", "2 đứa", "quantity", "person"),
        ("Gần 30 chủ xe phản ánh lỗi hộp số.", "30 chủ xe", "quantity", "person"),
        ("Có 4 cá nhân phải nộp lại tiền.", "4 cá nhân", "quantity", "person"),
        ("Hơn 100 công an, bộ đội đã tìm kiếm.", "100 công an", "quantity", "person"),
        ("Sau 52 ngày đêm bao vây, quân ta thắng.", "52 ngày đêm", "duration", "day"),
        ("Ốc bán 1,8 triệu đồng/1kg tại quán.", "1,8 triệu đồng/1kg", "money", "VND/kg"),
        (
            "Người chơi nhận 65.000 đồng tiền lãi/ngày.",
            "65.000 đồng tiền lãi/ngày",
            "money",
            "VND/day",
        ),
        ("Sân thu 1 triệu mỗi hiệp.", "1 triệu", "money", "VND"),
        ("Chủ nhà lại báo giá thuê tăng hai triệu.", "hai triệu", "money", "VND"),
    ],
)
def test_people_per_units_and_sums_of_money(text: str, span: str, category: str, unit: str) -> None:
    f = only(text, span)
    assert (f.category, f.unit) == (category, unit)


def test_a_range_lends_its_per_unit_and_a_list_its_currency() -> None:
    assert [(f.text, f.unit) for f in find_figures("loại 18-19 con/1kg")] == [
        ("18", "animal/kg"),
        ("19 con/1kg", "animal/kg"),
    ]
    found = find_figures("Sân thu 1 triệu (ban ngày), 2 triệu (buổi tối).")
    assert [(f.text, f.unit) for f in found] == [("1 triệu", "VND"), ("2 triệu", "VND")]


def test_a_bare_amount_with_a_scale_word_and_no_money_word_has_no_currency() -> None:
    assert only("Dân số thành phố là 8 triệu.", "8 triệu").unit is None
    assert only("so với rổ 6 đồng tiền chủ chốt", "6 đồng tiền").unit == "item"


# --- dates after "phiên", seasons, generations -----------------------------------------------


def test_the_date_of_a_trading_session() -> None:
    assert only("tại thời điểm chốt phiên 19/4 là 4.625 tỷ đồng", "19/4").date == "--04-19"
    assert texts("đội bóng thắng ở vòng 1/8") == []  # a round of the cup is still a label


def test_a_year_after_a_season() -> None:
    assert only("Anh sẽ ra đi vào mùa Hè 2022.", "2022").category == "year"
    assert texts("Giải Xuân 2022 bắt đầu.") == []  # a capitalised name before is still a name


def test_a_generation_is_a_decade() -> None:
    f = only("người đẹp 9X vẫn chưa được chú ý", "9X")
    assert (f.category, f.value, f.date) == ("year", 1990.0, "199X")
    assert texts("mẫu iPhone 8X mới") == []


def test_a_comma_list_lends_its_unit_but_not_to_a_label() -> None:
    found = find_figures("những cháu rất nhỏ 8, 12 tuổi, 14-15 tuổi")
    assert [(f.text, f.unit) for f in found] == [
        ("8", "age"),
        ("12 tuổi", "age"),
        ("14", "age"),
        ("15 tuổi", "age"),
    ]
    assert texts("Bão số 5, 12 người chết.") == ["12 người"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Doanh nghiệp giữ được một tỷ lệ lao động cao.", []),
        ("Hai nhóm có 2 tỷ lệ khác nhau.", ["2 tỷ lệ"]),
        ("Hãng đã chi 2 triệu tệ để mua bản quyền.", ["2 triệu tệ"]),
        ("Bệnh nhân được đưa đến bệnh viện cơ sở 2 cấp cứu.", []),
        ("Công ty 194 thi công đoạn phía bắc.", []),
        ("Màn hình độ phân giải 1.080 x 2.400 pixel.", ["1.080", "2.400 pixel"]),
        ("Họ đăng ký nhãn hiệu của 218 thực thể.", ["218 thực thể"]),
    ],
)
def test_rates_yuan_branch_numbers_verbs_and_dimensions(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


def test_yuan_is_a_currency() -> None:
    assert only("Hãng đã chi 2 triệu tệ.", "2 triệu tệ").unit == "CNY"


@pytest.mark.parametrize(
    "text",
    [
        "Điện thoại: (08) 3910-5017. Fax: (08) 3910-5019.",
        "Liên hệ 024.66867405 hoặc (024) 3.784 8888.",
        "Hai ca BN2804-2806 từ Nhật Bản nhập cảnh.",
        "Các chiến sĩ mặt trận 579 qua sông.",
        "Ta giành lại cao điểm 845.",
        "Đi xe buýt 17 xuống điểm đỗ.",
        "Anh ở số nhà 30, khu Sở Than.",
        "Tôi chỉ mua gói 3 của ứng dụng.",
        "Khi đến km 48 cao tốc Cam Lộ - La Sơn.",
    ],
)
def test_phones_codes_and_numbers_that_name_a_place_or_a_package(text: str) -> None:
    assert texts(text) == []


def test_from_one_level_to_another_the_first_takes_the_unit() -> None:
    found = find_figures("Nga tăng quân số từ 1,1 triệu lên 1,5 triệu người.")
    assert [(f.text, f.unit, f.value) for f in found] == [
        ("1,1 triệu", "person", 1_100_000.0),
        ("1,5 triệu người", "person", 1_500_000.0),
    ]
    found = find_figures("Vốn tăng từ 5 lên 7 tỷ đồng; pin sạc từ 0 lên 50%.")
    assert [(f.text, f.unit, f.value) for f in found] == [
        ("5", "VND", 5e9),
        ("7 tỷ đồng", "VND", 7e9),
        ("0", "percent", 0.0),
        ("50%", "percent", 50.0),
    ]


def test_lists_of_ranks_and_ranges_of_multipliers() -> None:
    found = find_figures("Ba hãng lần lượt xếp ở vị trí thứ 3, thứ 4 và thứ 5.")
    assert [(f.text, f.unit) for f in found] == [
        ("thứ 3", "rank"),
        ("thứ 4", "rank"),
        ("thứ 5", "rank"),
    ]
    assert texts("lần thứ 3 và thứ 4, kỳ họp thứ 5, thứ 6") == []  # occurrences stay out
    for text in ("Doanh số tăng gấp 2 đến 3 lần.", "Giá cao gấp từ 2 đến 3 lần."):
        assert [(f.unit, f.category) for f in find_figures(text)] == [("times", "other")] * 2
    found = find_figures("Anh đi từ 2 đến 3 lần mỗi tuần.")
    assert [f.unit for f in found] == ["time/week", "time/week"]  # how often: a count


def test_types_and_seasons_of_a_show_are_labels() -> None:
    assert texts("Người bệnh tiểu đường type 2 dễ mắc bệnh tim.") == []
    assert texts("Anh thắng ở chương trình mùa 6 khi giành vé vàng.") == []
    assert texts("Đội vô địch mùa 2023-2024 sau 3 mùa chờ đợi.") == ["2023", "2024", "3 mùa"]


def test_day_and_month_with_a_dot_after_a_date_word() -> None:
    found = find_figures("Bảo đảm an toàn dịp nghỉ lễ 30.4, 1.5 và ngày 2.9 tới.")
    assert [(f.text, f.date) for f in found] == [
        ("30.4", "--04-30"),
        ("1.5", "--05-01"),
        ("ngày 2.9", "--09-02"),
    ]
    assert texts("giá 1.5 USD, tăng 2.5%") == ["1.5 USD", "2.5%"]  # English decimals stay
    assert [f.category for f in find_figures("từ 10.5 đến 15.5%")] == ["percent", "percent"]


# --- counted nouns found in unlabelled real news (silver check) -----------------------------


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        ("Ban tổ chức cho thuê 2 sân phụ giá mềm.", "2 sân phụ", "item"),
        ("Chợ có gần 100 gian hàng mở cửa.", "100 gian hàng", "item"),
        ("Tịch thu 14 điện thoại di động.", "14 điện thoại", "item"),
        ("Thí sinh thi tại 1.720 hội đồng thi.", "1.720 hội đồng", "item"),
        ("Đơn có 2.000 chữ ký của cư dân.", "2.000 chữ ký", "item"),
        ("Họ có 7 giao dịch thành công.", "7 giao dịch", "item"),
        ("Ông viện dẫn 3 lý do khác.", "3 lý do", "item"),
        ("Ăn 4 bữa ăn/ngày với sữa.", "4 bữa ăn/ngày", "item/day"),
        ("Theo dõi qua 4 tuần trăng liên tiếp.", "4 tuần trăng", "item"),
        ("HLV đem theo 5 tiền đạo và 3 hậu vệ.", "5 tiền đạo", "person"),
        ("Cảnh sát bắt 11 nghi phạm.", "11 nghi phạm", "person"),
        ("Bà cùng 8 đại diện doanh nghiệp bị xử.", "8 đại diện", "person"),
        ("Bổ sung 4 nhân vật lịch sử.", "4 nhân vật", "person"),
        ("Khoảng 200 SV ngoại quốc tập trung.", "200 SV", "person"),
        ("Đoàn có 30 VĐV nữ.", "30 VĐV", "person"),
        ("Khi HA tối đa trên 180mmHg.", "180mmHg", "mmHg"),
        ("Tỉnh có 497 xí nghiệp công nghiệp.", "497 xí nghiệp", "item"),
        ("Đảng xác định 4 nguy cơ lớn.", "4 nguy cơ", "item"),
        ("Đề nghị 8 biện pháp cấp bách.", "8 biện pháp", "item"),
        ("Đội mất người vì 3 chấn thương.", "3 chấn thương", "item"),
        ("Quyền anh có 3 võ sĩ vào chung kết.", "3 võ sĩ", "person"),
        ("Đội chủ nhà có 2 tình huống nguy hiểm.", "2 tình huống", "item"),
        ("Dự án giao cho 3 tổng công ty lớn.", "3 tổng công ty", "item"),
        ("Hãng có 1.500 tiếp viên.", "1.500 tiếp viên", "person"),
        ("Hai bên bắt 2 kẻ đánh bom.", "2 kẻ", "person"),
        ("Thành phố lắp thêm 800 trụ cứu hỏa.", "800 trụ cứu hỏa", "item"),
        ("Đây là một trong 10 bệnh lý ung thư phổ biến.", "10 bệnh lý", "item"),
        ("Tỉnh huy động 118.000 bao tải đất đá.", "118.000 bao tải", "item"),
        ("Phim có 3 thành phần quan trọng.", "3 thành phần", "item"),
        ("Có 50 tăng ni có học vị tiến sĩ.", "50 tăng ni", "person"),
    ],
)
def test_counted_nouns_seen_in_real_news(text: str, span: str, unit: str) -> None:
    f = only(text, span)
    assert (f.category, f.unit) == ("quantity", unit)


def test_a_household_is_counted_by_its_classifier() -> None:
    # GUIDELINE rule 24: "hộ" stands alone before what it counts, "gia đình" included
    assert texts("Lấy mẫu của 320 hộ gia đình ở thôn.") == ["320 hộ"]


# --- models, list numbers, ages in lists, months by name, days sharing a month --------------


@pytest.mark.parametrize(
    "text",
    [
        "Hãng quay cuồng với 737 MAX suốt năm.",
        "Khách chọn 320 GT thay cho bản cũ.",
        "Ông tuyên bố chiến tranh (31)(29/09/2004)",
        "Loạt bài: Những giờ khắc trước chiến tranh (30)\n",
    ],
)
def test_a_model_or_a_number_alone_in_brackets_is_no_count(text: str) -> None:
    assert [f.text for f in find_figures(text) if f.category != "date"] == []


def test_ages_in_lists_ranges_and_before_la_do_tuoi() -> None:
    found = find_figures("Ở tuổi 50, 60 và 70, phụ nữ độ tuổi từ 27 - 44 và độ tuổi từ 15 đến 40.")
    assert [(f.text, f.unit) for f in found] == [
        ("tuổi 50", "age"),
        ("60", "age"),
        ("70", "age"),
        ("27", "age"),
        ("44", "age"),
        ("15", "age"),
        ("40", "age"),
    ]
    assert only("dù 24 là độ tuổi khá trẻ", "24").unit == "age"
    assert [(f.text, f.unit) for f in find_figures("ông A 45 tuổi, 3 người")] == [
        ("45 tuổi", "age"),
        ("3 người", "person"),
    ]


def test_a_month_by_name_needs_a_year() -> None:
    # GUIDELINE rule 74: like "rằm tháng Giêng", a month by name alone has no digit
    assert texts("kể từ khi họ kiểm soát Bakhmut vào tháng Năm năm ngoái") == []
    assert only("vào tháng Chín năm 2021", "tháng Chín năm 2021").date == "2021-09"


def test_days_in_a_list_share_the_month_of_the_last() -> None:
    found = find_figures("Giải diễn ra trong ba ngày 23, 24 và 25/4, đón khách ngày 29 và 30-4.")
    assert [(f.text, f.date) for f in found] == [
        ("ngày 23", "--04-23"),
        ("24", "--04-24"),
        ("25/4", "--04-25"),
        ("ngày 29", "--04-29"),
        ("30-4", "--04-30"),
    ]


def test_a_day_and_month_with_a_dash_after_a_part_of_the_day() -> None:
    assert [(f.text, f.date) for f in find_figures("trận đấu chiều 27-11 càng căng")] == [
        ("27-11", "--11-27")
    ]
    assert texts("tối 5-6 người") == ["5", "6 người"]


# --- development set 4: lengths of several units, coefficients, zoom, degrees, ranges --------


@pytest.mark.parametrize(
    ("text", "span", "category", "unit", "value"),
    [
        ("về đích sau 3 giờ 23 phút 19 giây", "3 giờ 23 phút 19 giây", "duration", "second", 12199),
        ("chạy mất 2 giờ 30 phút", "2 giờ 30 phút", "duration", "minute", 150),
        ("lương nhân với hệ số 1,3", "hệ số 1,3", "other", "times", 1.3),
        ("ống kính zoom 4x", "4x", "other", "times", 4),
        ("nước chỉ 28 ⁰F (-2 ⁰C)", "-2 ⁰C", "quantity", "degree", -2),
        ("nước chỉ 28 ⁰F lúc đó", "28 ⁰F", "quantity", "degree", 28),
        ("cảm biến 1,2 megapixels", "1,2 megapixels", "quantity", "megapixel", 1.2),
        ("nhận 200 lượng vàng", "200 lượng", "quantity", "tael", 200),
        ("trong số 160 ủy viên trung ương", "160 ủy viên", "quantity", "person", 160),
        ("lập 2 hóa đơn giả", "2 hóa đơn", "quantity", "item", 2),
        ("đưa ra 3 giả thuyết", "3 giả thuyết", "quantity", "item", 3),
    ],
)
def test_dev4_kinds(text: str, span: str, category: str, unit: str, value: float) -> None:
    f = only(text, span)
    assert (f.category, f.unit, f.value) == (category, unit, value)


def test_a_day_range_after_tu_shares_the_month_and_numbers_of_parts_are_labels() -> None:
    assert [(f.text, f.date) for f in find_figures("nắng nóng từ 22 đến 24/6")] == [
        ("22", "--06-22"),
        ("24/6", "--06-24"),
    ]
    assert texts("(Xem tiếp bài 2: Cuộc tấn công)") == []
    assert texts("thế hệ 9x và độ phân giải 1280x960") == []
    assert texts("thí sinh đạt 15,0 (15,0)") == ["15,0", "15,0"]


@pytest.mark.parametrize(
    "text",
    [
        "Đội chơi với sơ đồ 3-4-3 nhờ hàng thủ chắc, rồi chuyển sang 4-4-2.",
        "Hai đội hòa 0-0 chiều 22/10 trên sân nhà.",
        "Mực nước ở mức báo động 2, 3 và trên báo động 1.",
        "Bệnh nhân tăng huyết áp độ 3.",
        "Đội bóng giải hạng 3 gây bất ngờ.",
    ],
)
def test_formations_scores_before_a_date_warning_levels_and_divisions(text: str) -> None:
    assert [f.text for f in find_figures(text) if f.category != "date"] == []


def test_a_seed_is_a_rank() -> None:
    f = only("Hạt giống số 3 Coria bước vào trận.", "số 3")
    assert (f.category, f.unit, f.value) == ("other", "rank", 3.0)


def test_a_year_ending_the_name_of_a_law_or_an_event_is_part_of_the_name() -> None:
    text = "Luật Hôn nhân và gia đình 2013 giải thích; Festival biển 2005 sẽ diễn ra."
    assert texts(text) == []
    assert texts("Triển lãm mở cửa từ 2005.") == ["2005"]


def test_a_day_and_month_after_today() -> None:
    assert [(f.text, f.date) for f in find_figures("Hôm nay, 14-4, đoàn đua tạm nghỉ.")] == [
        ("14-4", "--04-14")
    ]


def test_a_place_in_a_ranking_and_ranks_in_lists_and_ranges() -> None:
    found = find_figures("Đội leo lên vị trí 12 trong bảng xếp hạng, hai đội xếp thứ 13 và 14.")
    assert [(f.text, f.unit, f.value) for f in found] == [
        ("vị trí 12", "rank", 12.0),
        ("thứ 13", "rank", 13.0),
        ("14", "rank", 14.0),
    ]
    assert [f.text for f in find_figures("trường xếp hạng 801-1000 thế giới")] == [
        "hạng 801",
        "1000",
    ]
    assert texts("Nhà nằm tại vị trí 2 đường Thánh Gióng.") == []


def test_silver_kinds_lunar_dash_dates_degrees_people_and_scores() -> None:
    found = find_figures("Sáng nay (tức 29-12 âm lịch), trời âm 15-20 o C, đoàn có 42 nữ.")
    assert [(f.text, f.unit, f.date) for f in found] == [
        ("29-12 âm lịch", None, "L--12-29"),
        ("15", "degree", None),
        ("20 o C", "degree", None),
        ("42 nữ", "person", None),
    ]
    assert texts("Kết quả 2-1 nghiêng về Barcelona.") == []
    assert only("giá 500 yen", "500 yen").unit == "JPY"


def test_a_number_one_player_and_fractions_in_a_list() -> None:
    assert only("anh là tay vợt số 1 trong nhiều năm", "số 1").unit == "rank"
    assert texts("cầu thủ mang áo số 10") == []
    found = find_figures("dùng liều bằng 1/2 hay 1/3 liều của người lớn")
    assert [(f.text, f.category) for f in found] == [("1/2", "other"), ("1/3", "other")]


def test_words_that_are_no_counted_nouns() -> None:
    # a bound syllable alone, a pronoun, a conjunction after the number
    assert texts("không quá 55 đối với nữ") == ["55"]
    assert texts("còn khoảng 700 tỷ chúng tôi sẽ giải quyết") == ["700 tỷ"]
    assert texts("cả 3 cùng trú tại thôn") == ["3"]


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        ("Đoàn giành 12 HCV và 5 HCB.", "12 HCV", "medal"),
        ("Có 25 NĐT chấp nhận bỏ vốn.", "25 NĐT", "person"),
        ("Tại ngã tư, 2 CSGT phát hiện xe.", "2 CSGT", "person"),
        ("Trường tuyển 1.350 CT năm nay.", "1.350 CT", "item"),
        ("Mỗi lao động trả 600 RM/người.", "600 RM/người", "MYR/person"),
        ("Tệp chỉ nặng 735 KB.", "735 KB", "KB"),
    ],
)
def test_abbreviated_counted_nouns_are_not_model_letters(text: str, span: str, unit: str) -> None:
    assert only(text, span).unit == unit


def test_measures_after_a_word_ending_in_do_are_no_labels() -> None:
    assert texts("vận hành ở chế độ 15 khung hình/giây") == ["15 khung hình/giây"]
    assert texts("bệnh nhân sốc độ 3") == []


def test_bound_syllables_that_stand_alone_still_count() -> None:
    # "đối với" is a preposition; "chương", "tội", "hiệp" count chapters, charges, rounds
    assert texts("có 14 chương, bị xử 2 tội, đấu 4 hiệp") == ["14 chương", "2 tội", "4 hiệp"]
    assert only("khảo sát 328 bà mẹ", "328 bà mẹ").unit == "person"


def test_su_makes_a_noun_of_the_word_after_it_and_pronouns_are_no_counts() -> None:
    text = "có 3 sự thay đổi, 2 sự cố nghiêm trọng; hiệp 2 ông phải thay người"
    assert texts(text) == ["3 sự thay đổi", "2 sự cố"]


def test_a_rank_moved_from_and_a_rank_on_the_table() -> None:
    found = find_figures("Đội vươn từ thứ 8 lên đứng thứ 7, rồi đứng thứ 5 trên BXH.")
    assert [f.text for f in found] == ["thứ 8", "thứ 7", "thứ 5"]
    assert texts("làm từ thứ 2 đến thứ 6; thứ 7 lên đường") == []


def test_review_of_a_fresh_sample() -> None:
    # millionaires are people, not millions; "lại" is no counted noun
    assert texts("tăng từ 11 triệu phú lên 62") == ["11 triệu phú", "62"]
    assert texts("1,1 tỉ lại không được") == ["1,1 tỉ"]
    # holidays and day ranges written with a dash
    dates = find_figures("vào dịp lễ 30-4 hằng năm; trong ba ngày (17 đến 19-2)")
    assert [(f.text, f.date) for f in dates] == [
        ("30-4", "--04-30"),
        ("17", "--02-17"),
        ("19-2", "--02-19"),
    ]
    # "g" for "giờ" before a part of the day; grams otherwise
    found = find_figures("đúng 10g sáng nay mổ, cho 10g muối")
    assert [(f.text, f.category) for f in found] == [("10g", "date"), ("10g", "quantity")]


@pytest.mark.parametrize(
    ("text", "span", "date"),
    [
        ("Hội chợ diễn ra từ ngày 12 đến 15/10 tại Lào Cai.", "ngày 12", "--10-12"),
        ("Giải đấu kéo dài từ ngày 3 đến ngày 9/8 năm nay.", "ngày 3", "--08-03"),
        ("Triển lãm mở từ 4 đến ngày 6/5/2019.", "4", "2019-05-04"),
    ],
)
def test_the_first_day_of_a_range_takes_the_month_of_the_last(
    text: str, span: str, date: str
) -> None:
    assert only(text, span).date == date


def test_litres_after_a_slash() -> None:
    figure = only("Mẫu nước có 0,52mg/l chì, vượt ngưỡng cho phép.", "0,52mg/l")
    assert (figure.value, figure.unit) == (0.52, "mg/litre")
