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
    # a branch named by no known place: a street named after a person, a ward the scan took
    # for a body, or capitalised words it left alone
    (
        "Khách hàng rút tiền ở Agribank chi nhánh Trần Khánh Dư vào chiều qua.",
        {("ORG", "Agribank chi nhánh Trần Khánh Dư")},
    ),
    (
        "Ông từng làm phó giám đốc BIDV chi nhánh Kỳ Hòa trước khi nghỉ hưu.",
        {("ORG", "BIDV chi nhánh Kỳ Hòa")},
    ),
    (
        "Hợp đồng vay ký với Vietcombank chi nhánh Sở Dầu (Hải Phòng) đã hết hạn.",
        {("ORG", "Vietcombank chi nhánh Sở Dầu"), ("LOC", "Hải Phòng")},
    ),
    # a place whose first word is a compass word
    (
        "Cán bộ Agribank chi nhánh Nam Định đã bị kỷ luật.",
        {("ORG", "Agribank chi nhánh Nam Định")},
    ),
    # a branch whose last word is a surname, before a bracket and a person
    (
        "Bị cáo Hòa (nguyên giám đốc Sacombank chi nhánh Phú Giang); Nguyễn Văn Tư (thủ quỹ).",
        {("PER", "Hòa"), ("ORG", "Sacombank chi nhánh Phú Giang"), ("PER", "Nguyễn Văn Tư")},
    ),
    # after a spaced dash "chi nhánh" may be written in lower case
    (
        "Sổ tiết kiệm mở tại Ngân hàng TMCP Hàng Hải – chi nhánh Tân Định bị làm giả.",
        {("ORG", "Ngân hàng TMCP Hàng Hải – chi nhánh Tân Định")},
    ),
    # an abbreviated city cut by a line break is left as it was
    (
        "Đại diện Ngân hàng Nhà nước chi nhánh TP.\nHải Phòng phát biểu.",
        {("ORG", "Ngân hàng Nhà nước"), ("LOC", "Hải Phòng")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_branches(text: str, expected: set[tuple[str, str]]) -> None:
    assert spans(text) == expected


def test_a_persons_name_after_the_branch_stays_outside_it() -> None:
    found = spans("Giám đốc Agribank chi nhánh Tân Phú Trần Văn Hùng đã ký.")
    assert ("ORG", "Agribank chi nhánh Tân Phú") in found


def test_the_head_office_is_no_branch_name() -> None:
    found = spans("Khách gửi tiền tại Agribank chi nhánh Sở Giao dịch 2 từ năm ngoái.")
    assert not any(text.startswith("Agribank chi nhánh Sở") for _, text in found)


def test_a_body_running_into_lower_case_words_names_no_branch() -> None:
    # the scan takes "Sở Muối năm" for a body ("Sở" is a department's head): no branch's name
    found = spans("Bà vay vốn ở Agribank chi nhánh Sở Muối năm ngoái.")
    assert ("ORG", "Agribank") in found
    assert not any(text.startswith("Agribank chi") for _, text in found)


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
