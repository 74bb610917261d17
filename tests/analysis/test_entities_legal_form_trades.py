"""A firm's trade written after its legal form ("TNHH", "CP", "MTV") keeps its lower-case
second syllable: "Công ty TNHH Gang thép Hưng Nghiệp", "Công ty CP Phân bón Bình Điền" (the
name was cut after the first syllable). Made-up sentences (none is a sentence of a benchmark
set)."""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def found(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label) for e in analyze(text).entities]


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("Công ty CP Phân bón Bình Điền vừa công bố lãi quý.", "Công ty CP Phân bón Bình Điền"),
        ("Công nhân Công ty TNHH Bánh kẹo Hải Hà được nghỉ Tết.", "Công ty TNHH Bánh kẹo Hải Hà"),
        (
            "Công ty TNHH MTV Đóng tàu Bạch Đằng đã bàn giao tàu.",
            "Công ty TNHH MTV Đóng tàu Bạch Đằng",
        ),
        ("Cổ phiếu của Công ty CP Tập đoàn Hòa Phát tăng mạnh.", "Công ty CP Tập đoàn Hòa Phát"),
    ],
)
def test_a_trade_after_the_legal_form_stays_whole(text: str, firm: str) -> None:
    assert (firm, "ORG") in found(text)


def test_a_verb_after_a_one_syllable_name_stays_out() -> None:
    assert ("Công ty TNHH Nam", "ORG") in found("Công ty TNHH Nam cho biết sẽ bồi thường.")


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        (
            "Hơn 100 công nhân Công ty cổ phần Dệt Hoàng Thịnh bị nợ lương.",
            "Công ty cổ phần Dệt Hoàng Thịnh",
        ),
        ("Ông là giám đốc Công ty TNHH Xây dựng Lê Hưng.", "Công ty TNHH Xây dựng Lê Hưng"),
    ],
)
def test_a_firm_named_like_a_person_after_its_trade_stays_whole(text: str, firm: str) -> None:
    assert found(text) == [(firm, "ORG")]


def test_a_full_name_after_the_firm_is_its_officer() -> None:
    text = "Tổng giám đốc Công ty CP Sữa Việt Nam Mai Thị Lan phát biểu."
    assert found(text) == [("Công ty CP Sữa Việt Nam", "ORG"), ("Mai Thị Lan", "PER")]


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        (
            "Tổng giám đốc Công ty TNHH khai thác đá Hòn Sơn bị khởi tố.",
            "Công ty TNHH khai thác đá Hòn Sơn",
        ),
        (
            "Vé do Công ty TNHH MTV Xổ số kiến thiết Long An phát hành.",
            "Công ty TNHH MTV Xổ số kiến thiết Long An",
        ),
        (
            "Ông là chủ tịch Công ty CP Cung ứng tàu biển Hải Phòng.",
            "Công ty CP Cung ứng tàu biển Hải Phòng",
        ),
    ],
)
def test_a_trade_in_lower_case_after_the_legal_form_stays_in_the_name(text: str, firm: str) -> None:
    assert found(text) == [(firm, "ORG")]


def test_a_second_firm_after_va_starts_its_own_name() -> None:
    text = "Hai đơn vị là Công ty TNHH Dịch vụ vận tải toàn cầu và công ty TNHH Minh Khang."
    assert ("Công ty TNHH Dịch vụ vận tải toàn cầu và công ty TNHH Minh Khang", "ORG") not in found(
        text
    )
