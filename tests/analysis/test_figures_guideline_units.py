"""Units the guideline names for gold by the mace, barrels, micrograms and cubic centimetres
(rules 56, 65, 84, 90): "đồng/chỉ" is ``VND/mace``, a barrel has no unit of its own
(``item``), "microgam" is ``µg`` and "cc" is ``cm3``."""

from __future__ import annotations

from vnreader.analysis import analyze


def units(text: str) -> dict[str, str | None]:
    return {f.text: f.unit for f in analyze(text).figures}


def test_gold_by_the_mace() -> None:
    found = units("Nhẫn trơn bán ra 5,2 triệu đồng/chỉ, tăng 30.000 đồng/chỉ so với hôm qua.")
    assert found == {"5,2 triệu đồng/chỉ": "VND/mace", "30.000 đồng/chỉ": "VND/mace"}


def test_a_barrel_is_an_item() -> None:
    found = units("Giá dầu thô lên 71,3 USD/thùng; kho còn 40 thùng nhớt.")
    assert found == {"71,3 USD/thùng": "USD/item", "40 thùng": "item"}


def test_micrograms_and_cubic_centimetres() -> None:
    found = units("Mỗi ngày cần 150 microgam i-ốt; chiếc xe máy 110 cc và lọ 20 mcg.")
    assert found == {"150 microgam": "µg", "110 cc": "cm3", "20 mcg": "µg"}


def test_families_are_households_and_flats_are_houses() -> None:
    # GUIDELINE rule 24's note ("tặng quà 20 gia đình") and "căn hộ" like "căn nhà" (rule 54)
    found = {
        f.text: f.unit for f in analyze("Đoàn tặng quà 35 gia đình và bàn giao 80 căn hộ.").figures
    }
    assert found == {"35 gia đình": "household", "80 căn hộ": "house"}


def test_counted_nouns_of_two_syllables_are_whole() -> None:
    found = {
        f.text: f.unit
        for f in analyze(
            "Đoàn thăm 120 trẻ nhỏ, kiểm tra 45 nhà thuốc và đón 12 hãng hàng không."
        ).figures
    }
    assert found == {
        "120 trẻ nhỏ": "person",
        "45 nhà thuốc": "item",
        "12 hãng hàng không": "company",
    }


def test_a_glued_square_metre_with_its_2_apart() -> None:
    found = [(f.text, f.value, f.unit) for f in analyze("Căn nhà rộng 87m 2 ở quận 3.").figures]
    assert found == [("87m 2", 87.0, "m2")]


def test_a_glued_hour_keeps_its_minutes_word() -> None:
    found = [(f.text, f.date) for f in analyze("Khoảng 21h15 phút, xe tới nơi.").figures]
    assert found == [("21h15 phút", "T21:15")]


def test_a_length_in_years_months_and_days_is_one_duration() -> None:
    # GUIDELINE rule 63 and its note: a year is 365 days, a month 30; in months when it ends so
    def durations(text: str) -> list[tuple[str, float | None, str | None]]:
        return [(f.text, f.value, f.unit) for f in analyze(text).figures]

    assert durations("Bị cáo lĩnh 3 năm 2 tháng 15 ngày tù.") == [
        ("3 năm 2 tháng 15 ngày", 1170.0, "day")
    ]
    assert durations("Tòa tuyên phạt 7 năm 6 tháng tù.") == [("7 năm 6 tháng", 90.0, "month")]
    assert [f.date for f in analyze("Ngày 6 tháng 2 năm 2020 họ đến.").figures] == ["2020-02-06"]
