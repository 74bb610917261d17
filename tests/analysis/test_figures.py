"""find_figures: spans, values, units and dates per the annotation guideline."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vnreader.analysis.figures import find_figures
from vnreader.analysis.model import Figure

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def seed(prefix: str) -> str:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8")


def only(text: str, span: str) -> Figure:
    """The one figure whose text is *span* (first if the text repeats it)."""
    found = [f for f in find_figures(text) if f.text == span]
    assert found, f"no figure {span!r} in {[f.text for f in find_figures(text)]}"
    return found[0]


def texts(text: str) -> list[str]:
    return [f.text for f in find_figures(text)]


def check(f: Figure, category: str, value: float | None, unit: str | None = None) -> None:
    assert (f.category, f.value, f.unit) == (category, value, unit)


# --- seeds ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("span", "category", "value", "unit", "approx"),
    [
        ("4,7 tỷ USD", "money", 4.7e9, "USD", None),
        ("5 tỷ USD", "money", 5e9, "USD", "gần"),
        ("6 tỷ USD", "money", 6e9, "USD", "trên"),
        ("2,7 tỷ USD", "money", 2.7e9, "USD", None),
        ("16%", "percent", 16.0, "percent", "hơn"),
        ("85%", "percent", 85.0, "percent", "khoảng"),
        ("5 triệu liều/tháng", "quantity", 5e6, "dose/month", None),
        ("600 nghìn lượt", "quantity", 600_000.0, "visit", "hơn"),
        ("80.000 người", "quantity", 80_000.0, "person", "khoảng"),
        ("1.000 suất", "quantity", 1000.0, "scholarship", None),
        ("100 suất", "quantity", 100.0, "scholarship", None),
        ("gấp đôi", "other", 2.0, "times", None),
        ("20 lần", "other", 20.0, "times", "gần"),
        ("9 tháng", "duration", 9.0, "month", None),
        ("5 năm", "duration", 5.0, "year", None),
        ("71 năm", "duration", 71.0, "year", None),
        ("4 thập kỷ", "duration", 4.0, "decade", None),
    ],
)
def test_seed_001_amounts(
    span: str, category: str, value: float, unit: str, approx: str | None
) -> None:
    f = only(seed("001"), span)
    check(f, category, value, unit)
    assert f.approx == approx


@pytest.mark.parametrize(
    ("span", "category", "date"),
    [
        ("tháng 5/2019", "date", "2019-05"),
        ("ngày 29/11", "date", "--11-29"),
        ("2/12", "date", "--12-02"),
        ("28/9", "date", "--09-28"),  # "chiều" stays out of the span
        ("năm 2020", "year", "2020"),
        ("năm 2001", "year", "2001"),
        ("tháng 9", "date", "--09"),
        ("những năm 1990", "year", "199X"),
    ],
)
def test_seed_001_dates(span: str, category: str, date: str) -> None:
    f = only(seed("001"), span)
    assert (f.category, f.date) == (category, date)


def test_seed_001_range_of_dates_is_two_figures() -> None:
    text = "Chuyến thăm (từ ngày 29/11-2/12), Đại sứ"
    assert [(f.text, f.date) for f in find_figures(text)] == [
        ("ngày 29/11", "--11-29"),
        ("2/12", "--12-02"),
    ]


def test_seed_001_year_value() -> None:
    check(only(seed("001"), "năm 2020"), "year", 2020.0)


def test_seed_000() -> None:
    text = seed("000")
    check(only(text, "50.000 khẩu trang"), "quantity", 50_000.0, "mask")
    assert only(text, "ngày 27/9").date == "--09-27"
    check(only(text, "5 lần"), "quantity", 5.0, "time")  # "đã thăm 5 lần": a count
    assert "đầu năm 2020" not in texts(text)
    assert only(text, "năm 2020").approx is None


def test_seed_002() -> None:
    text = seed("002")
    assert only(text, "ngày 4/8").date == "--08-04"
    assert only(text, "ngày 4/08").date == "--08-04"
    years = [f.text for f in find_figures(text) if f.category == "year"]
    assert years.count("2021") == 2 and "2025" in years and "2024" in years
    assert "54" not in texts(text)  # "lần thứ 54"
    assert "4" not in texts(text)  # "lần thứ 4"
    check(only(text, "3 thập kỷ"), "duration", 3.0, "decade")


def test_seed_003_datetime() -> None:
    f = only(seed("003"), "Thứ Năm, 22/07/2021 19:24:11 +07:00")
    assert (f.category, f.date) == ("date", "2021-07-22T19:24:11+07:00")


def test_seed_004() -> None:
    text = seed("004")
    check(only(text, "1.000 liều"), "quantity", 1000.0, "dose")
    assert only(text, "ngày 8/7").date == "--07-08"


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_seed_offsets_exact_sorted_and_disjoint(prefix: str) -> None:
    text = seed(prefix)
    figures = find_figures(text)
    assert figures
    for f in figures:
        assert text[f.start : f.end] == f.text
    for a, b in itertools.pairwise(figures):
        assert a.end <= b.start


# --- names, labels and other non-figures --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "dịch Covid-19 và COVID-19",
        "Hội thao quân sự quốc tế Army Games-2021 với nhiều hoạt động",
        "vaccine Sputnik V, Sputnik-V",
        "Nhóm G20, tiêm kích Su-30MK2, virus SARS-CoV-2, mạng 5G, Expo 2020 Dubai",
        "Tại SEA Games 32, điện thoại iPhone 15, bão số 4, kỳ họp thứ 5, phần 2",
        "thắng Indonesia 3-0 ở phút 90+2, gió cấp 12-13, giai đoạn 1",
        "Đại hội Đảng lần thứ XIII, Quốc hội khóa XV, lần thứ 54",
        "hai nước, ba bên, một số",
        "Hàng triệu người, hàng vạn người, vài triệu đồng",
        "Theo Nghị định 15/2020/NĐ-CP và Quyết định số 123/QĐ-TTg, Điều 5 quy định",
        "Xem https://baoquocte.vn/tin-166181.html và www.abc.vn/2021/09/27/123",
    ],
)
def test_not_figures(text: str) -> None:
    assert find_figures(text) == []


def test_caption_counter_and_list_numbers_are_not_figures() -> None:
    assert find_figures("Nga sẵn sàng chuyển giao vaccine cho Việt Nam - 1\nTiếp") == []
    assert find_figures("1. Mở đầu\n2) Tiếp theo") == []


# --- money, units, per-units ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "value", "unit"),
    [
        ("Kim ngạch 1,2 nghìn tỷ đồng.", "1,2 nghìn tỷ đồng", 1.2e12, "VND"),
        ("Khoản vay $5 triệu được ký.", "$5 triệu", 5e6, "USD"),
        ("Dự án 300 triệu euro.", "300 triệu euro", 3e8, "EUR"),
        ("tương đương 2 tỷ NDT", "2 tỷ NDT", 2e9, "CNY"),
        ("khoảng 2 tỷ Nhân dân tệ", "2 tỷ Nhân dân tệ", 2e9, "CNY"),
        ("thu về 10 tỷ rúp", "10 tỷ rúp", 1e10, "RUB"),
        ("và 50 tỷ yên", "50 tỷ yên", 5e10, "JPY"),
        ("tổng 300.000 tỷ VNĐ", "300.000 tỷ VNĐ", 3e14, "VND"),
        ("chi 20 triệu đô la Mỹ", "20 triệu đô la Mỹ", 2e7, "USD"),
        ("giá 12.000 đồng/kg", "12.000 đồng/kg", 12_000.0, "VND/kg"),
        ("lương 4.420.000 đồng/tháng", "4.420.000 đồng/tháng", 4_420_000.0, "VND/month"),
        ("giá 12.000đ mỗi kg", "12.000đ", 12_000.0, "VND/kg"),  # "mỗi kg": a per-unit
        ("giá dầu 80 USD/thùng", "80 USD/thùng", 80.0, "USD/item"),
        ("ngân sách 50 tỉ đồng", "50 tỉ đồng", 5e10, "VND"),
        ("vé vào cổng 150.000đồng, trẻ em miễn phí", "150.000đồng", 150_000.0, "VND"),
        ("phí dịch vụ 25euro cho mỗi lần", "25euro", 25.0, "EUR"),
    ],
)
def test_money(text: str, span: str, value: float, unit: str) -> None:
    check(only(text, span), "money", value, unit)


@pytest.mark.parametrize(
    ("text", "span", "value", "unit"),
    [
        ("xuất khẩu 35 triệu tấn lúa mì", "35 triệu tấn", 3.5e7, "tonne"),
        ("1.234,5 ha đất", "1.234,5 ha", 1234.5, "ha"),
        ("làm 100km đường", "100km", 100.0, "km"),
        ("5 ngàn người", "5 ngàn người", 5000.0, "person"),
        ("7 vạn tấn", "7 vạn tấn", 70_000.0, "tonne"),
        ("có 120 dự án và 4.000 doanh nghiệp", "120 dự án", 120.0, "project"),
        ("có 120 dự án và 4.000 doanh nghiệp", "4.000 doanh nghiệp", 4000.0, "company"),
        ("1,5 triệu thùng/ngày", "1,5 triệu thùng/ngày", 1.5e6, "item/day"),
        ("100 nhà khoa học", "100 nhà khoa học", 100.0, "person"),
        ("35 ngư dân", "35 ngư dân", 35.0, "person"),
        ("1,02 triệu thí sinh", "1,02 triệu thí sinh", 1.02e6, "person"),
        ("gần 28.000 trường hợp vi phạm", "28.000 trường hợp", 28_000.0, "case"),
        ("12 chú mèo", "12 chú", 12.0, "item"),  # any other counted noun (rule 54)
        ("đạt 600 nghìn", "600 nghìn", 600_000.0, None),
    ],
)
def test_quantities(text: str, span: str, value: float, unit: str | None) -> None:
    check(only(text, span), "quantity", value, unit)


def test_number_words_need_a_scale_word() -> None:
    f = only("Hai nước có hơn hai triệu người lao động.", "hai triệu người")
    check(f, "quantity", 2e6, "person")
    assert f.approx == "hơn"
    assert texts("hai nước, ba bên") == []


def test_number_word_with_scale_takes_a_counted_noun_and_context() -> None:
    check(only("đón ba triệu thí sinh", "ba triệu thí sinh"), "quantity", 3e6, "person")
    check(only("tăng hai trăm nghìn", "hai trăm nghìn"), "quantity", 2e5, None)


def test_odd_case_units_do_not_crash() -> None:
    for text in ["5 lİt", "5 Kg", "5 ĐỒNG", "3 LẦN", "5 liều/İt", "GẤP ĐÔI", "6%/năm"]:
        for f in find_figures(text):
            assert text[f.start : f.end] == f.text
    check(only("lãi suất 6%/năm", "6%/năm"), "percent", 6.0, "percent/year")


def test_approximation_words() -> None:
    assert only("Ước tính 20.000 người", "20.000 người").approx == "ước tính"
    assert only("xấp xỉ 3,5 triệu USD", "3,5 triệu USD").approx == "xấp xỉ"
    assert only("dưới 5 tuổi", "5 tuổi").approx == "dưới"
    assert only("lên tới 1.500 ca", "1.500 ca").approx == "tới"
    assert only("ước khoảng 1.100 tỷ đồng", "1.100 tỷ đồng").approx == "khoảng"
    assert only("ước đạt 25,1 tỷ USD", "25,1 tỷ USD").approx is None
    assert only("từ năm 2022", "năm 2022").approx is None
    # "đến" closing a range is not an approximation
    assert only("từ 3 đến 5 tỷ USD", "5 tỷ USD").approx is None


# --- percentages and ranges ------------------------------------------------------------------


def test_percent_range_is_two_figures() -> None:
    figures = find_figures("tăng 3-5% so với năm ngoái")
    assert [(f.text, f.value, f.unit, f.category) for f in figures] == [
        ("3", 3.0, "percent", "percent"),
        ("5%", 5.0, "percent", "percent"),
    ]


def test_money_range_borrows_scale_and_unit() -> None:
    first, second = find_figures("đầu tư 3 - 5 tỷ USD")
    assert (first.text, first.value, first.unit) == ("3", 3e9, "USD")
    assert (second.text, second.value) == ("5 tỷ USD", 5e9)


def test_percent_words_and_english_decimals() -> None:
    check(only("có 85 phần trăm cử tri", "85 phần trăm"), "percent", 85.0, "percent")
    check(only("tăng trưởng 4.7% năm", "4.7%"), "percent", 4.7, "percent")
    check(only("tăng trưởng 6,8%", "6,8%"), "percent", 6.8, "percent")


def test_range_of_unknown_counted_nouns() -> None:
    assert texts("sau 1-2 trận đấu") == ["1", "2 trận đấu"]  # never cut inside a word


def test_year_ranges() -> None:
    assert [(f.text, f.category) for f in find_figures("giai đoạn 2016 - 2020 và 2021-2025")] == [
        ("2016", "year"),
        ("2020", "year"),
        ("2021", "year"),
        ("2025", "year"),
    ]


# --- dates --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "date"),
    [
        ("ký ngày 16.3.2023 tại Hà Nội", "ngày 16.3.2023", "2023-03-16"),
        ("Ngày 27 tháng 9 năm 2021, họp", "Ngày 27 tháng 9 năm 2021", "2021-09-27"),
        ("họp Thứ Hai, 27/9/2021 và", "Thứ Hai, 27/9/2021", "2021-09-27"),
        ("vào Chủ nhật 3/10", "Chủ nhật 3/10", "--10-03"),
        ("sáng ngày 27/9, Bộ trưởng", "ngày 27/9", "--09-27"),
        ("Tháng Chín năm 2021 và", "Tháng Chín năm 2021", "2021-09"),
        ("trong quý 3/2021", "quý 3/2021", "2021-Q3"),
        ("và quý IV/2021", "quý IV/2021", "2021-Q4"),
        ("đăng 22/07/2021 19:24 thì", "22/07/2021 19:24", "2021-07-22T19:24"),
        ("Quốc khánh 2/9.", "2/9", "--09-02"),
        ("tháng 5 năm 2019", "tháng 5 năm 2019", "2019-05"),
    ],
)
def test_dates(text: str, span: str, date: str) -> None:
    f = only(text, span)
    assert (f.category, f.date, f.value, f.unit) == ("date", date, None, None)


def test_day_range_takes_the_month_of_the_second_day() -> None:
    assert [(f.text, f.date) for f in find_figures("Từ 22-24/11/2021, hội nghị")] == [
        ("22", "2021-11-22"),
        ("24/11/2021", "2021-11-24"),
    ]
    assert [(f.text, f.date) for f in find_figures("Ngày 1-2/12 họp")] == [
        ("Ngày 1", "--12-01"),
        ("2/12", "--12-02"),
    ]


def test_dash_and_list_dates() -> None:
    assert [(f.text, f.date) for f in find_figures("ngày 30-4-1975 và ngày 30-4")] == [
        ("ngày 30-4-1975", "1975-04-30"),
        ("ngày 30-4", "--04-30"),
    ]
    assert [(f.text, f.date) for f in find_figures("Họp ngày 3 và 4/10.")] == [
        ("ngày 3", "--10-03"),
        ("4/10", "--10-04"),
    ]


def test_times_of_day_are_not_durations() -> None:
    # GUIDELINE rule 48: a time of day is a date figure of its own, before the date
    found = find_figures("Lúc 10 giờ sáng 27/9 và 8 giờ ngày 28/9, sau 24 giờ.")
    assert [(f.text, f.category, f.date) for f in found] == [
        ("10 giờ", "date", "T10:00"),
        ("27/9", "date", "--09-27"),
        ("8 giờ", "date", "T08:00"),
        ("ngày 28/9", "date", "--09-28"),
        ("24 giờ", "duration", None),
    ]


def test_fractions_are_not_dates() -> None:
    f = only("chiếm 1/3 dân số", "1/3")
    assert (f.category, f.value, f.date) == ("other", 1 / 3, None)  # a ratio (rule 90)
    assert only("từ ngày 30/10 đến 2/11", "2/11").date == "--11-02"
    assert texts("vòng 1/8 và số 15/2020") == []


def test_ranges_of_multipliers_and_durations() -> None:
    first, second = find_figures("tăng 2-3 lần")
    assert (first.unit, second.unit, second.category) == ("times", "times", "other")
    first, second = find_figures("trong 3-5 năm tới")
    assert (first.text, first.category, first.unit) == ("3", "duration", "year")


def test_chained_per_units_prefix_currency_and_month_ranges() -> None:
    f = only("trợ cấp 200.000 đồng/người/tháng", "200.000 đồng/người/tháng")
    check(f, "money", 200_000.0, "VND/person/month")
    check(only("khoản US$ 5 triệu", "US$ 5 triệu"), "money", 5e6, "USD")
    check(only("chi 5 triệu đô", "5 triệu đô"), "money", 5e6, "USD")
    check(only("có 3 đô thị loại I", "3 đô thị"), "quantity", 3.0, "item")
    assert [(f.text, f.date) for f in find_figures("trong tháng 9-10/2021")] == [
        ("tháng 9", "2021-09"),
        ("10/2021", "2021-10"),
    ]
    check(only("tăng +5% so với", "+5%"), "percent", 5.0, "percent")  # GUIDELINE rule 52


def test_more_units() -> None:
    check(only("tốc độ 120 km/h", "120 km/h"), "quantity", 120.0, "km/h")
    check(only("nhiệt độ 35oC", "35oC"), "quantity", 35.0, "degree")  # rule 54
    check(only("giảm 0,5 điểm phần trăm", "0,5 điểm phần trăm"), "percent", 0.5, "percentage point")


def test_duration_before_date_words() -> None:
    # "9 tháng năm nay" is a duration; "27 tháng 9" is a date
    assert only("Trong 9 tháng năm nay", "9 tháng").category == "duration"
    assert only("ngày 27 tháng 9", "ngày 27 tháng 9").category == "date"


def test_multiplier_and_count() -> None:
    check(only("tăng gấp 3 lần", "3 lần"), "other", 3.0, "times")
    check(only("tăng gấp ba lần", "gấp ba lần"), "other", 3.0, "times")
    check(only("Putin đã thăm 5 lần", "5 lần"), "quantity", 5.0, "time")
    check(only("cao 2 lần so với", "2 lần"), "other", 2.0, "times")


def test_non_nfc_free_text_and_empty() -> None:
    assert find_figures("") == []
    assert find_figures("Không có con số nào ở đây.") == []


# --- properties -----------------------------------------------------------------------------

_PIECES = [
    " ", "\n", ", ", ".", "-", "/", "%", "năm ", "tháng ", "ngày ", "Thứ Năm, ", "gần ",
    "hơn ", "khoảng ", "tỷ ", "triệu ", "nghìn ", "USD", "đồng", "người", "liều/tháng",
    "lần", "thứ ", "Covid-", "G", "https://x.vn/", "gấp đôi", "hai ", "19:24", "+07:00",
    "1", "2", "9", "12", "27/9", "2021", "80.000", "4,7", "16.3.2023", "2021-2025", "3-5",
    "29/11-2/12", "1.000", "4.7",
]  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30))
def test_offsets_exact_and_disjoint_on_random_text(pieces: list[str]) -> None:
    text = "".join(pieces)
    figures = find_figures(text)
    last = 0
    for f in figures:
        assert text[f.start : f.end] == f.text
        assert f.start >= last and f.end > f.start
        assert f.category in {"money", "quantity", "percent", "date", "year", "duration", "other"}
        last = f.end


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=60))
def test_never_crashes_on_arbitrary_text(text: str) -> None:
    for f in find_figures(text):
        assert text[f.start : f.end] == f.text


def test_a_range_after_a_label_word_is_two_figures() -> None:
    # "mức" is a label word ("mức 3" alone is not a figure), but a range after it borrows the
    # unit of its second number (guideline rule 22)
    text = "Giá gạo ở mức 410-415 USD/tấn, lạm phát quanh mức 2,5-3%."
    assert texts(text) == ["410", "415 USD/tấn", "2,5", "3%"]
    assert only(text, "410").unit == "USD/tonne"
    assert only(text, "2,5").unit == "percent"


@pytest.mark.parametrize(
    ("text", "span"),
    [("Tòa xét xử 86 bị cáo.", "86 bị cáo"), ("Liên danh có 2.000 kỹ sư.", "2.000 kỹ sư")],
)
def test_two_syllable_people_nouns(text: str, span: str) -> None:
    assert only(text, span).unit == "person"


@pytest.mark.parametrize(
    ("text", "span", "value", "unit"),
    [
        ("bé trai 7 tháng tuổi nhập viện", "7 tháng tuổi", 7.0, "month"),
        ("đàn gà 3 tuần tuổi bị bệnh", "3 tuần tuổi", 3.0, "week"),
        ("bê con 15 ngày tuổi.", "15 ngày tuổi", 15.0, "day"),
    ],
)
def test_ages_in_days_weeks_and_months_are_durations_with_tuoi(
    text: str, span: str, value: float, unit: str
) -> None:
    check(only(text, span), "duration", value, unit)


def test_tuoi_starting_another_word_stays_out_of_a_duration() -> None:
    # "tuổi thọ" (life expectancy), "tuổi trẻ" (youth): a word of their own, no age
    assert only("sau 6 tháng tuổi thọ pin giảm", "6 tháng").unit == "month"
    assert only("trong 2 năm tuổi trẻ ấy", "2 năm").unit == "year"
    assert only("qua 3 tuần tuổi nghề còn non", "3 tuần").unit == "week"


def years(text: str) -> list[tuple[str, float | None]]:
    return [(f.text, f.value) for f in find_figures(text) if f.category == "year"]


def test_seasons_and_school_years_with_a_slash_or_two_digits_are_two_years() -> None:
    assert years("vô địch mùa giải 2011/2012 và") == [("2011", 2011.0), ("2012", 2012.0)]
    assert years("học sinh niên khóa 2018/2019") == [("2018", 2018.0), ("2019", 2019.0)]
    assert years("ở mùa 2007-08, đội bóng") == [("2007", 2007.0), ("08", 2008.0)]
    assert years("trong mùa bóng 1999-00 họ") == [("1999", 1999.0), ("00", 2000.0)]
    # years that do not follow each other are no season
    assert years("theo số liệu 2011/2015 của") == []
    assert years("từ năm 2005-12 tháng") == [("năm 2005", 2005.0)]


def test_numbers_that_open_the_items_of_a_list_are_not_figures() -> None:
    text = "Gói vay gồm: (1) giảm lãi suất; (2) giãn nợ; (3) miễn phí dịch vụ."
    assert find_figures(text) == []
    assert find_figures("Các bước:\n(1) Đăng ký tài khoản") == []
    # a figure in brackets is still one
    assert [f.text for f in find_figures("ông Nam (65 tuổi) cho biết")] == ["65 tuổi"]


def test_shirt_numbers_in_a_line_up_are_not_figures() -> None:
    text = "Đội hình: 1-Tomas Varga; 4-Lukas Berger, 15-Marco Rossi, 9-Jan Novak."
    assert find_figures(text) == []
    # a count before a dash and a word that is no name stays a count
    assert [f.text for f in find_figures("có 5-Các em học sinh")] == ["5"]
