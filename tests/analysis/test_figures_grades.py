"""A star rating and a car's seat class are grades, not counts (GUIDELINE rules 67, 83):
"khách sạn 5 sao", "xếp hạng 4 sao", "ôtô 7 chỗ" are no figures, while seats counted or
bounded ("sức chứa 30.000 chỗ", "xe dưới 5 chỗ", "từ 6 đến 15 chỗ") stay quantities."""

from __future__ import annotations

from vnreader.analysis import analyze


def texts(text: str) -> list[str]:
    return [f.text for f in analyze(text).figures]


def test_star_ratings_are_grades() -> None:
    assert texts("Đoàn nghỉ ở khách sạn 4 sao, tour sau ở khách sạn 2-3 sao.") == []
    assert texts("Khu nghỉ dưỡng được xếp hạng 5 sao, phòng từ 3 sao trở lên.") == []


def test_stars_that_are_counted_or_a_conjunction() -> None:
    assert texts("Điền các số từ 1 đến 9 sao cho mỗi hàng đủ 9 số.")[0] == "1"
    assert texts("Đêm nay có 20 sao băng mỗi giờ.")[0].startswith("20 sao")


def test_a_cars_seats_right_after_the_vehicle_are_its_class() -> None:
    assert texts("Anh lái ôtô 7 chỗ, còn chị đi xe khách 45 chỗ ngồi.") == []


def test_seats_counted_or_bounded_stay_quantities() -> None:
    found = texts("Sân có sức chứa 30.000 chỗ; thuế xe dưới 5 chỗ và xe từ 6 đến 15 chỗ.")
    assert found == ["30.000 chỗ", "5 chỗ", "6", "15 chỗ"]
