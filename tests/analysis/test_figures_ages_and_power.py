"""An age in years with "tuổi" is one duration with "tuổi" in the span, like one in months
("cây 300 năm tuổi", rule 82; not "50 năm tuổi Đảng", years in the Party); "tuổi đời" is one
age ("35 tuổi đời", rule 90); horsepower "mã lực" is ``hp`` (rule 84)."""

from __future__ import annotations

from vnreader.analysis import analyze


def found(text: str) -> list[tuple[str, str | None, str]]:
    return [(f.text, f.unit, f.category) for f in analyze(text).figures]


def test_an_age_in_years_takes_tuoi() -> None:
    assert found("Cây đa 300 năm tuổi.") == [("300 năm tuổi", "year", "duration")]
    assert found("Ông có 40 năm tuổi Đảng.") == [("40 năm", "year", "duration")]


def test_tuoi_doi_and_horsepower() -> None:
    assert found("Anh mất ở 27 tuổi đời.") == [("27 tuổi đời", "age", "quantity")]
    assert found("Động cơ đạt 110 mã lực.") == [("110 mã lực", "hp", "quantity")]
