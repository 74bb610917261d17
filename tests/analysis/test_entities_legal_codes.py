"""A legal text's code ("304/VPCP", "12/2006/QĐ-BBCVT") names no organisation, though its
letters are the issuer's initials; after a legal text's head it is MISC, the code alone after
a lower-case head, the head, "số" and the code after a capitalised one (issue 9;
``benchmarks/data/GUIDELINE.md`` rules 78 and 81). Made-up sentences, none from a benchmark
set.
"""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def spans(text: str) -> set[tuple[str, str]]:
    return {(e.label, e.text) for e in analyze(text).entities}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sở đã có công văn số 512/SYT-NVY gửi các bệnh viện.", {("MISC", "512/SYT-NVY")}),
        ("Theo nghị định 15/2020/NĐ-CP, mức phạt tăng.", {("MISC", "15/2020/NĐ-CP")}),
        (
            "Theo Quyết định số 2211/QĐ-TTg của Thủ tướng, dự án được duyệt.",
            {("MISC", "Quyết định số 2211/QĐ-TTg")},
        ),
        (
            "Tỉnh ban hành Công văn số 918/UBND-KGVX về phòng dịch.",
            {("MISC", "Công văn số 918/UBND-KGVX")},
        ),
        (
            "Điều 5 Luật Đầu tư số 61/2020/QH14 quy định rõ việc này.",
            {("MISC", "Luật Đầu tư số 61/2020/QH14")},
        ),
    ],
)
def test_a_legal_text_with_its_code_is_misc(text: str, expected: set[tuple[str, str]]) -> None:
    found = spans(text)
    assert expected <= found
    (code,) = (name for _, name in expected)
    assert not [name for label, name in found if label == "ORG" and name in code]


@pytest.mark.parametrize(
    ("text", "not_orgs"),
    [
        ("Văn bản hướng dẫn 88/BGDĐT-GDTH nêu rõ yêu cầu.", ["BGDĐT", "GDTH"]),
        ("Thực hiện Hướng dẫn 21-HD/BTGTW, các cấp ủy triển khai.", ["BTGTW"]),
        ("Trường thực hiện theo công văn 930/BGDĐT-GDTC.", ["BGDĐT", "GDTC"]),
        # the Prime Minister's initials end in a lower-case letter ("TTg"), a report's "TTr"
        ("Chế độ theo quyết định 71/TTg năm 1998 vẫn áp dụng.", ["TTg"]),
        ("Sở gửi tờ trình số 88/TTr-SXD lên tỉnh.", ["TTr", "SXD"]),
    ],
)
def test_a_codes_letters_are_no_organisation(text: str, not_orgs: list[str]) -> None:
    found = spans(text)
    for name in not_orgs:
        assert ("ORG", name) not in found


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # the number of a code may still end a name
        ("Theo Ban Chỉ đạo 389/TW, hàng lậu giảm.", ("ORG", "Ban Chỉ đạo 389")),
        ("Cửa hàng bán đồng hồ Apple Watch 7/SE giá rẻ.", ("MISC", "Apple Watch 7")),
    ],
)
def test_a_number_before_a_code_still_ends_a_name(text: str, kept: tuple[str, str]) -> None:
    assert kept in spans(text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Theo hướng dẫn số 15/HD-BYT, các bệnh viện phải báo cáo.", "15/HD-BYT"),
        ("Theo NĐ 38/2000/NĐ-CP, mức thu được giữ nguyên.", "38/2000/NĐ-CP"),
    ],
)
def test_more_heads_of_legal_texts(text: str, code: str) -> None:
    assert any(label == "MISC" and name.endswith(code) for label, name in spans(text))
