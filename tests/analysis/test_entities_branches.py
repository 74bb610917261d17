"""A body written with its branch or its board is one organisation, and "NH" is a bank
(GUIDELINE rules 34, 36, 82), with made-up sentences (none is a sentence of a benchmark set)."""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def spans(text: str) -> set[tuple[str, str]]:
    return {(e.label, e.text) for e in analyze(text).entities}


CASES = [
    (
        "Bà Lê Thị Hoa, Phó giám đốc Ngân hàng Nhà nước chi nhánh Đà Nẵng, nói vậy.",
        {("PER", "Lê Thị Hoa"), ("ORG", "Ngân hàng Nhà nước chi nhánh Đà Nẵng")},
    ),
    (
        "Theo lãnh đạo NHNN chi nhánh Cần Thơ, dư nợ tăng 5%.",
        {("ORG", "NHNN chi nhánh Cần Thơ")},
    ),
    (
        "Khách vay của Agribank chi nhánh Bắc Hà Nội đã trả nợ.",
        {("ORG", "Agribank chi nhánh Bắc Hà Nội")},
    ),
    (
        "Vietcombank - Chi nhánh Huế vừa tăng vốn.",
        {("ORG", "Vietcombank - Chi nhánh Huế")},
    ),
    (
        "Ngân hàng Vietinbank chi nhánh Hải Phòng cho vay thêm.",
        {("ORG", "Ngân hàng Vietinbank chi nhánh Hải Phòng")},
    ),
    # no body right before "chi nhánh": the place stays a place
    ("Ông là giám đốc chi nhánh Hà Nội của hãng.", {("LOC", "Hà Nội")}),
    # a short name in brackets ends the body: the branch after it is left as it is
    (
        "Ngân hàng Á Châu (ACB) chi nhánh Sài Gòn khai trương.",
        {("ORG", "Ngân hàng Á Châu"), ("ORG", "ACB"), ("LOC", "Sài Gòn")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_branches(text: str, expected: set[tuple[str, str]]) -> None:
    assert spans(text) == expected


def test_a_branch_has_a_key_of_its_own() -> None:
    found = analyze("Ngân hàng Nhà nước chi nhánh Huế và Ngân hàng Nhà nước cùng họp.").entities
    assert [e.text for e in found] == ["Ngân hàng Nhà nước chi nhánh Huế", "Ngân hàng Nhà nước"]
    assert found[0].key != found[1].key


# --- the board that runs a body, and banks written short (rules 36, 82) -------------------

BOARD_CASES = [
    (
        "Ban giám đốc Công an tỉnh Lạng Sơn đã chỉ đạo điều tra.",
        {("ORG", "Ban giám đốc Công an tỉnh Lạng Sơn")},
    ),
    (
        "Chị được Ban Giám đốc Bệnh viện Thanh Nhàn khen thưởng.",
        {("ORG", "Ban Giám đốc Bệnh viện Thanh Nhàn")},
    ),
    (
        "Ban giám hiệu Trường THPT Lê Quý Đôn đã xin lỗi phụ huynh.",
        {("ORG", "Ban giám hiệu Trường THPT Lê Quý Đôn")},
    ),
    # no body after the board, or a body whose city is not said: nothing
    ("Ban giám đốc cho biết sẽ xem xét.", set()),
    ("Đó là việc Ban giám đốc Công an TP đã giao.", set()),
    # "NH" is "ngân hàng"
    ("Cổ phiếu NH Đông Á tăng mạnh.", {("ORG", "NH Đông Á")}),
    ("Theo NH Nhà nước, tỷ giá ổn định.", {("ORG", "NH Nhà nước")}),
    (
        "NH Kỹ thương chi nhánh Đà Nẵng vừa khai trương.",
        {("ORG", "NH Kỹ thương chi nhánh Đà Nẵng")},
    ),
    ("Các NH thương mại đều tăng lãi suất.", set()),
]


@pytest.mark.parametrize(("text", "expected"), BOARD_CASES)
def test_boards_and_banks_written_short(text: str, expected: set[tuple[str, str]]) -> None:
    assert spans(text) == expected
