"""An acronym no list knows, right after a common noun that makes it a kind of thing, is no
organisation (issue 9): an activity, an index, a report, a certificate, a scan, a technique,
a technique ("công tác PCTT", "chỉ số GII", "chứng chỉ MCP", "chụp MSCT", "kỹ thuật ECMO");
but a body after an office ending in such a noun ("Giám đốc kỹ thuật GĐT", "Phòng kỹ thuật
PTSC"), one the text spells out in brackets, and one the gazetteer knows keep their label.
Made-up sentences, none from a benchmark set."""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def orgs(text: str) -> set[str]:
    return {e.text for e in analyze(text).entities if e.label == "ORG"}


@pytest.mark.parametrize(
    "text",
    [
        "Thời gian qua, công tác PCTX đã được quan tâm.",
        "Việt Nam cần cải thiện thứ hạng trong chỉ số GIX.",
        "Bộ sẽ thẩm định theo tiêu chuẩn ĐTX của ngành.",
        "Cô bé đạt chứng chỉ MCX khi mới 9 tuổi.",
        "Bác sĩ cho chụp MSCX ngực ngay.",
        "Bệnh viện áp dụng kỹ thuật ECMX cho ca bệnh nặng.",
    ],
)
def test_an_acronym_after_a_thing_word_is_no_body(text: str) -> None:
    assert orgs(text) == set()


def test_a_body_after_an_office_keeps_its_label() -> None:
    assert "GĐX" in orgs("Sau trận, Giám đốc kỹ thuật GĐX, ông Calisto cho biết.")


def test_a_body_after_a_department_or_spelled_out_keeps_its_label() -> None:
    assert "PTSX" in orgs("Ông là trưởng phòng kỹ thuật PTSX từ năm 2010.")
    text = "Viện Khoa học liên ngành (ICISX) vừa khánh thành. Tỉnh đã xây dựng ICISX từ 2011."
    assert "ICISX" in orgs(text)


def test_a_known_body_keeps_its_label() -> None:
    assert "WHO" in orgs("Theo báo cáo WHO công bố hôm qua, số ca tăng.")
