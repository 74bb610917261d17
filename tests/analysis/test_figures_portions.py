""" "suất" counts scholarships (GUIDELINE rules 24, 25: "100 suất" of "suất học bổng") only when
it counts no portion of food, gift or show: "2 suất cơm", "300 suất quà" are items (rule 54)."""

from __future__ import annotations

from vnreader.analysis import analyze


def units(text: str) -> dict[str, str | None]:
    return {f.text: f.unit for f in analyze(text).figures}


def test_portions_are_items() -> None:
    assert units("Mỗi bệnh nhân nhận 3 suất cháo mỗi ngày.") == {"3 suất": "item/day"}
    assert units("Nhóm phát 150 suất ăn và 40 suất quà.") == {"150 suất": "item", "40 suất": "item"}


def test_scholarships_stay_scholarships() -> None:
    assert units("Quỹ trao 25 suất học bổng cho sinh viên.") == {"25 suất": "scholarship"}
    assert units("Năm nay có 12 suất dành cho học sinh giỏi.") == {"12 suất": "scholarship"}
