"""A quantity followed by "mỗi <unit>" takes it as a per-unit, which stays out of the span
(rule 54a), past a word or two of goods ("599 ml trà mỗi ngày" → ml/day); the first number of
a range takes it too. "và mỗi …" starts something else, and money keeps its own rule."""

from __future__ import annotations

from vnreader.analysis import analyze


def units(text: str) -> dict[str, str | None]:
    return {f.text: f.unit for f in analyze(text).figures}


def test_a_quantity_per_day_week_or_month() -> None:
    found = units("Bệnh viện tiếp nhận 300 bệnh nhân mỗi ngày và cấp 2GB dữ liệu mỗi tháng.")
    assert found == {"300 bệnh nhân": "person/day", "2GB": "GB/month"}


def test_goods_between_the_quantity_and_the_per_unit() -> None:
    found = units("Nên uống từ 150 đến 400 ml sữa tươi mỗi ngày, ăn 3 bữa cá mỗi tuần.")
    assert found == {"150": "ml/day", "400 ml": "ml/day", "3 bữa": "item/week"}


def test_no_per_unit_after_a_conjunction_or_for_ages() -> None:
    found = units("Bãi nhận 2 triệu tấn rác và mỗi ngày thêm 500 tấn; cụ 90 tuổi mỗi năm về quê.")
    assert found["2 triệu tấn"] == "tonne"
    assert found["90 tuổi"] == "age"


def test_lengths_written_out() -> None:
    found = units("Nước biển dâng 3,2 milimét mỗi năm; con cá dài 12 xentimét.")
    assert found == {"3,2 milimét": "mm/year", "12 xentimét": "cm"}
