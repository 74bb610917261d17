"""The short or foreign name of an organisation in brackets after it (GUIDELINE rules 4 and
34), and a unit written before its parent body (rules 32, 41a): kinds of ORG error that recur
across the real-news development sets, with made-up sentences (none is a sentence of a
benchmark set).
"""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def spans(text: str) -> set[tuple[str, str]]:
    return {(e.label, e.text) for e in analyze(text).entities}


CASES = [
    # a company's trade in lower case, joined by "và", goes on to its short name in brackets
    (
        "Cổ phiếu của Công ty Cơ khí và xây dựng (Cokico) tăng mạnh.",
        {("ORG", "Công ty Cơ khí và xây dựng"), ("ORG", "Cokico")},
    ),
    (
        "Tổng công ty Thép và vật liệu (Vnsteel) báo lãi.",
        {("ORG", "Tổng công ty Thép và vật liệu"), ("ORG", "Vnsteel")},
    ),
    # a foreign name in brackets after an organisation is that organisation, not a person
    (
        "Dự án do Quỹ Bảo tồn thiên nhiên (Wildlife Trust) tài trợ.",
        {("ORG", "Quỹ Bảo tồn thiên nhiên"), ("ORG", "Wildlife Trust")},
    ),
    (
        "Ông được Hiệp hội Y khoa Hoàng gia Anh (The Royal Society of Medicine) vinh danh.",
        {("ORG", "Hiệp hội Y khoa Hoàng gia Anh"), ("ORG", "The Royal Society of Medicine")},
    ),
    # a place in brackets stays a place; "và" outside a company's name still ends it
    (
        "Ông làm việc cho Công ty Gỗ Tân Phú (Singapore) nhiều năm.",
        {("ORG", "Công ty Gỗ Tân Phú"), ("LOC", "Singapore")},
    ),
    ("Bộ Y tế và người dân (Hà Nội) cùng góp sức.", {("ORG", "Bộ Y tế"), ("LOC", "Hà Nội")}),
    ("Sở Y tế và bệnh viện (BV) họp.", {("ORG", "Sở Y tế")}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_names_in_brackets(text: str, expected: set[tuple[str, str]]) -> None:
    assert spans(text) == expected


# --- a unit written before its parent body -------------------------------------------------

UNIT_CASES = [
    # a unit named in lower case, then its parent after a comma or a dash (rules 32, 41a)
    (
        "Anh là nhân viên Đội bảo vệ, Trung tâm Hội nghị Quốc gia từ năm ngoái.",
        {("ORG", "Đội bảo vệ, Trung tâm Hội nghị Quốc gia")},
    ),
    (
        "Hồ sơ đã chuyển cho Cơ quan an ninh điều tra - Bộ Quốc phòng xử lý.",
        {("ORG", "Cơ quan an ninh điều tra - Bộ Quốc phòng")},
    ),
    # a board written short right before its parent
    ("Theo UBKT Tỉnh ủy Quảng Ngãi, vụ việc đã rõ.", {("ORG", "UBKT Tỉnh ủy Quảng Ngãi")}),
    # a subject or a word that only starts like a unit is no unit
    (
        "Cử nhân Khoa học dữ liệu, Trường Đại học Bách khoa tuyển thêm.",
        {("ORG", "Trường Đại học Bách khoa")},
    ),
    ("Tổ chức, Bộ Y tế cho biết.", {("ORG", "Bộ Y tế")}),
]


@pytest.mark.parametrize(("text", "expected"), UNIT_CASES)
def test_a_unit_before_its_parent(text: str, expected: set[tuple[str, str]]) -> None:
    assert spans(text) == expected


# --- Vietnamese companies' trade names named alone -----------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # made like a company's trade name, the word is the company even when it acts
        ("Đến cuối năm, Sabaco đã lắp thêm 2 tuyến ống.", {("ORG", "Sabaco")}),
        ("Khách mua hàng ở Intimart ngày càng đông.", {("ORG", "Intimart")}),
        ("Cổ phiếu Vinafor tăng mạnh.", {("ORG", "Vinafor")}),
        # a person's surname that only starts alike stays a person
        ("Theo ông Petrovic, đội sẽ thắng.", {("PER", "Petrovic")}),
    ],
)
def test_company_trade_names(text: str, expected: set[tuple[str, str]]) -> None:
    assert spans(text) == expected


# --- an acronym in two dashed halves -------------------------------------------------------


def keys(text: str) -> dict[str, str]:
    return {e.text: e.key for e in analyze(text).entities}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # in brackets after its body: one acronym, the body's short name
        (
            "Sở Văn hóa - Thông tin (VH-TT) vừa gửi văn bản. Sở VH-TT lưu ý thêm.",
            {("ORG", "Sở Văn hóa - Thông tin"), ("ORG", "VH-TT"), ("ORG", "Sở VH-TT")},
        ),
        # a Vietnamese name after the dash goes on even if it starts a known name ("Công")
        (
            "Sở Khoa học - Công nghệ vừa gửi văn bản.",
            {("ORG", "Sở Khoa học - Công nghệ")},
        ),
        # a half that is a known name alone ("QH", Quốc hội) does not split it
        (
            "Sở Quy hoạch - Kiến trúc (QH-KT) vừa có văn bản. Sở QH-KT lưu ý thêm.",
            {("ORG", "Sở Quy hoạch - Kiến trúc"), ("ORG", "QH-KT"), ("ORG", "Sở QH-KT")},
        ),
        # two known names joined by a dash stay two; a document's code is no organisation
        ("Hợp tác ASEAN-EU được đẩy mạnh.", {("ORG", "ASEAN"), ("ORG", "EU")}),
        ("Theo Nghị định 15/2020/NĐ-CP, mức phạt tăng.", {("MISC", "Nghị định 15/2020/NĐ-CP")}),
    ],
)
def test_dashed_acronyms(text: str, expected: set[tuple[str, str]]) -> None:
    assert spans(text) == expected


def test_dashed_acronym_in_brackets_shares_its_bodys_key() -> None:
    found = keys("Sở Quy hoạch - Kiến trúc (QH-KT) vừa có văn bản gửi quận 3.")
    assert found["Sở Quy hoạch - Kiến trúc"] == found["QH-KT"] != "ORG:quoc hoi"


# --- a head's own short form in brackets inside the name (rule 82) -------------------------

SHORT_FORM_CASES = [
    (
        "Cháu bé được đưa tới Bệnh viện (BV) Nhi Đồng 2 cấp cứu.",
        {("ORG", "Bệnh viện (BV) Nhi Đồng 2")},
    ),
    (
        "Chị học năm cuối ở Trường Đại học (ĐH) Bách khoa Đà Nẵng.",
        {("ORG", "Trường Đại học (ĐH) Bách khoa Đà Nẵng")},
    ),
    (
        "Sáng qua, Bệnh viện (BV) Nguyễn Trãi tiếp nhận ba ca.",
        {("ORG", "Bệnh viện (BV) Nguyễn Trãi")},
    ),
    (
        "Hồ sơ gửi Viện kiểm sát (VKS) Quảng Ngãi hôm qua.",
        {("ORG", "Viện kiểm sát (VKS) Quảng Ngãi")},
    ),
    # the letters are not the head's: the name before the brackets is whole
    (
        "Ban Chấp hành (BCH) Hội Nông dân đã họp.",
        {("ORG", "Ban Chấp hành"), ("ORG", "BCH"), ("ORG", "Hội Nông dân")},
    ),
    # no name after the brackets: a bare head is no entity
    ("Bệnh viện (BV) cho biết sẽ xem xét.", set()),
]


@pytest.mark.parametrize(("text", "expected"), SHORT_FORM_CASES)
def test_a_heads_short_form_inside_the_name(text: str, expected: set[tuple[str, str]]) -> None:
    assert spans(text) == expected


def test_the_short_form_in_brackets_is_not_in_the_key() -> None:
    found = analyze("Bé ở Bệnh viện (BV) Thanh Nhàn. Bệnh viện Thanh Nhàn nói vậy.").entities
    assert len(found) == 2
    assert found[0].key == found[1].key


def test_a_source_in_brackets_after_a_body_is_no_acronym_of_it() -> None:
    # "(Theo Tuổi Trẻ)" after a body's name in brackets: the source line, not the body's short name
    text = "Hai cán bộ (nguyên cán bộ Công ty Sao Mai). (Theo Tuổi Trẻ) đã bị bắt."
    assert ("ORG", "Theo") not in spans(text)
    assert ("ORG", "EC") in spans("Ủy ban châu Âu (EC) đã đồng ý.")
    # a legal form's dot before the bracket is no sentence's end
    assert ("ORG", "Devi") in spans("Cổ phần của Devi Sea Foods Ltd. (Devi) là 3,56%.")
