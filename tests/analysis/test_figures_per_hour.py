"""After a length, "/g" is "giờ" (an hour), as in "km/giờ"; elsewhere "g" stays grams. Speeds
are a length per "h" or per "s" (guideline rule 51: `km/h`, `m/s`, `nmi/h`)."""

from __future__ import annotations

from vnreader.analysis import analyze


def units(text: str) -> dict[str, str | None]:
    return {f.text: f.unit for f in analyze(text).figures}


def test_a_speed_written_km_g_is_per_hour() -> None:
    found = units("Xe khách chạy tới 95km/g trên đèo, rồi giảm còn 40 km/g.")
    assert found == {"95km/g": "km/h", "40 km/g": "km/h"}
    assert units("Tàu chạy 70 km/giờ.")["70 km/giờ"] == "km/h"  # the same unit written out


def test_a_range_of_speeds_shares_the_unit() -> None:
    assert set(units("Đoạn đường cho phép chạy 50-60km/g.").values()) == {"km/h"}


def test_rain_in_millimetres_per_hour() -> None:
    assert units("Mưa lớn tới 35 mm/g ở vùng núi.")["35 mm/g"] == "mm/h"


def test_grams_stay_grams_after_other_units() -> None:
    found = units("Vàng bán 7,1 triệu đồng/g; kem chứa 2 mg/g hoạt chất; gói 30g.")
    assert found == {"7,1 triệu đồng/g": "VND/g", "2 mg/g": "mg/g", "30g": "g"}


def test_speeds_by_their_symbols() -> None:
    found = units("Gió mạnh 18 m/s; tên lửa bay 3 km/giây; tàu chạy 12 hải lý mỗi giờ.")
    assert found == {"18 m/s": "m/s", "3 km/giây": "km/s", "12 hải lý": "nmi/h"}
    assert units("Dòng chảy 4 mm/giây.")["4 mm/giây"] == "mm/s"
    assert units("Tàu cá cách bờ 35 hải lý.")["35 hải lý"] == "nmi"  # a distance at sea
