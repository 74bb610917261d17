"""Names of world news written in several ways: Saudi Arabia ("Arab Saudi", "Ả Rập Xê Út",
"Ả-rập Xê-út") is one place; a paper's online edition ("Tuổi Trẻ Online") is the paper;
the Kurds are a people, no person. Made-up sentences (none is a sentence of a benchmark
set)."""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def spans(text: str) -> set[tuple[str, str, str]]:
    return {(e.label, e.text, e.key) for e in analyze(text).entities}


@pytest.mark.parametrize("name", ["Arab Saudi", "Ả Rập Xê Út", "Ả-rập Xê-út", "Saudi Arabia"])
def test_saudi_arabia_is_one_place_however_written(name: str) -> None:
    text = f"Bộ trưởng Năng lượng {name} vừa thăm Moskva."
    assert ("LOC", name, "LOC:saudi arabia") in spans(text)


def test_a_papers_online_edition_is_the_paper() -> None:
    found = spans("Như Tuổi Trẻ Online đã thông tin, dự án bị chậm.")
    assert found == {("ORG", "Tuổi Trẻ Online", "ORG:tuoi tre")}
    assert ("ORG", "Tuổi Trẻ", "ORG:tuoi tre") in spans("Theo báo Tuổi Trẻ, dự án bị chậm.")


def test_the_kurds_are_no_person() -> None:
    found = spans("Các lực lượng người Kurd kiểm soát miền bắc Syria.")
    assert {label for label, _, _ in found} == {"LOC"}
    assert ("LOC", "Kurdistan", "LOC:kurdistan") in spans("Vùng Kurdistan tổ chức bầu cử.")


@pytest.mark.parametrize(
    "text",
    ["Las Vegas là thành phố của các sòng bạc.", "Vụ nổ súng ở Las Vegas làm 58 người chết."],
)
def test_las_vegas_is_a_place_even_without_a_cue(text: str) -> None:
    assert ("LOC", "Las Vegas", "LOC:las vegas") in spans(text)


def test_lebanon_written_in_one_word_is_the_country() -> None:
    # "Libăng" was an organisation mined from a few 2000s articles (93 mentions in VNTC)
    assert ("LOC", "Libăng", "LOC:lebanon") in spans("Israel rút quân khỏi miền nam Libăng.")
