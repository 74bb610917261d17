"""A counted noun with no unit of its own takes a per-unit written after it, like a unit does
(GUIDELINE rule 51): "3.500 bản/tuần" → `item/week`, "400 chỗ ngồi/phòng" → `item/room`."""

from __future__ import annotations

from vnreader.analysis import analyze


def units(text: str) -> dict[str, str | None]:
    return {f.text: f.unit for f in analyze(text).figures}


def test_a_counted_noun_per_time() -> None:
    assert units("Xưởng in được 3.500 bản/tuần.") == {"3.500 bản/tuần": "item/week"}


def test_a_compound_noun_per_item() -> None:
    assert units("Rạp mới có 400 chỗ ngồi/phòng chiếu.") == {"400 chỗ ngồi/phòng": "item/room"}


def test_two_per_units() -> None:
    assert units("Mỗi khách mua tối đa 6 vé/người/tuần.") == {"6 vé/người/tuần": "item/person/week"}


def test_a_code_after_a_slash_is_no_per_unit() -> None:
    assert units("Theo văn bản 27/QĐ-UBND, có 12 xã.") == {"12 xã": "item"}


def test_a_per_noun_is_never_cut_inside() -> None:
    assert units("Lệ phí 40.000 đồng/tín chỉ.") == {"40.000 đồng/tín chỉ": "VND/item"}


def test_a_share_of_the_total_is_no_per_unit() -> None:
    assert units("Nhóm này chiếm 45%/tổng số ca.") == {"45%": "percent"}


def test_a_list_after_a_slash_is_no_per_unit() -> None:
    assert units("Kết quả: 2 trường/ Đồng Nai và 3 trường/ Phú Yên.") == {
        "2 trường": "school",
        "3 trường": "school",
    }


def test_rain_in_a_day_written_per_24_hours() -> None:
    assert units("Mưa phổ biến 30-60mm/24h, có nơi trên 90 mm/24 giờ.") == {
        "30": "mm/day",
        "60mm/24h": "mm/day",
        "90 mm/24 giờ": "mm/day",
    }


def test_new_cases_per_day() -> None:
    assert units("Nước này ghi nhận 4.500 ca mới/ngày.") == {"4.500 ca mới/ngày": "case/day"}
