"""In a sports text, a province of Vietnam in brackets right after an athlete, in a sentence
about competing, is the province's team (guideline rule 112): "tay đua Lê Văn Tâm (An
Giang)", "Vua phá lưới: Trần Hữu Lộc (TP HCM) với 8 bàn thắng". A person asked in the street
or a contestant of a song contest keeps the province as a place, as does a person outside
sport. Made-up sentences (none is a sentence of a benchmark set)."""

from __future__ import annotations

from vnreader.analysis import analyze


def entities(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label) for e in analyze(text).entities]


def test_a_riders_province_is_the_team() -> None:
    found = entities(
        "Chặng 5 của giải xe đạp toàn quốc kết thúc với chiến thắng của đội chủ nhà. Ở cuộc "
        "đua giành áo vàng, tay đua Lê Văn Tâm (An Giang) đã bám sát tốp đầu suốt chặng."
    )
    assert ("An Giang", "ORG") in found


def test_the_top_scorers_province_is_the_team() -> None:
    found = entities(
        "Giải bóng đá nữ khép lại. Vua phá lưới: Trần Hữu Lộc (TP HCM) với 8 bàn thắng. "
        "Thủ môn hay nhất: Đoàn Thị Hải Yến (Hà Nam)."
    )
    assert ("TP HCM", "ORG") in found and ("Hà Nam", "ORG") in found


def test_a_person_asked_in_a_text_about_sport_keeps_the_place() -> None:
    found = entities(
        "Trận chung kết bóng đá diễn ra tối qua. Chị Trần Ánh Nguyệt (TP HCM) cho biết năm "
        "nào gia đình chị cũng lên núi."
    )
    assert ("TP HCM", "LOC") in found


def test_outside_sport_the_province_is_a_place() -> None:
    found = entities("Ông Nguyễn Văn Thành (Hà Nội) cho biết sẽ khởi kiện công ty.")
    assert ("Hà Nội", "LOC") in found
