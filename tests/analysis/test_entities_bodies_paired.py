"""Two bodies named after one head in lower case are two bodies ("hai công ty Minh Phát và
Hồng Lam"): the scan ends the first before "và" and the name after it is the second, an
organisation even where it reads as a person's or is left unlabelled. "và" still joins the
fields of one name ("ngân hàng Công thương và Phát triển …"), a person's full name or a title
after "và" stays what it is, and a head written with a capital may name one body with "và"
("Quỹ Robert và Anna …"). Made-up sentences (none is a sentence of a benchmark set)."""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def entities(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label) for e in analyze(text).entities]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tòa xem xét tư cách pháp nhân của hai công ty Minh Phát và Hồng Lam.",
            [("Minh Phát", "ORG"), ("Hồng Lam", "ORG")],
        ),
        (
            "Đến chiều qua, hai công ty KDX và TLQ vẫn chưa nộp báo cáo tài chính.",
            [("KDX", "ORG"), ("TLQ", "ORG")],
        ),
        (
            "Các nạn nhân được chuyển tới bệnh viện Hòa Hảo và Quang Minh. Đến sáng nay, hai "
            "người đã tỉnh lại.",
            [("Hòa Hảo", "ORG"), ("Quang Minh", "ORG")],
        ),
        (
            "Hợp đồng chuyển nhượng giữa công ty Tân Phong và QVC bị hủy.",
            [("Tân Phong", "ORG"), ("QVC", "ORG")],
        ),
    ],
)
def test_two_bodies_after_one_head_in_lower_case(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert entities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "và" joins two fields of one name
        (
            "Theo ngân hàng Công thương và Phát triển Nông thôn, lãi suất sẽ tăng.",
            ("Công thương và Phát triển Nông thôn", "ORG"),
        ),
        # a head written with a capital: one body whose name holds "và"
        (
            "Quỹ Robert và Anna Kessler vừa trao 50 suất học bổng.",
            ("Quỹ Robert và Anna Kessler", "ORG"),
        ),
        # a person's full name after "và" stays the person
        (
            "Ông Lâm, cán bộ công ty Tân Phong và Trần Văn Khải đều bị tạm giữ.",
            ("Trần Văn Khải", "PER"),
        ),
    ],
)
def test_one_name_or_a_person_stays(text: str, expected: tuple[str, str]) -> None:
    assert expected in entities(text)


def test_a_title_after_and_is_no_body() -> None:
    found = entities(
        "Ông nêu trách nhiệm của giám đốc công ty Bia Hạ Long và Phó tổng biên tập một tờ báo."
    )
    assert ("Bia Hạ Long", "ORG") in found
    assert not any(text.startswith("Phó") for text, _ in found)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # a person named in full elsewhere in the text stays the person
        (
            "Cầu thủ của đội CA HP và Toàn nói với Mạnh về chuyện cá độ. Sau đó Đỗ Đức Toàn bị "
            "bắt.",
            ("Toàn", "ORG"),
        ),
        # "chương trình", "quyết định" name no body
        ("Trường dạy chương trình IELTS và A - level cho học sinh.", ("A", "ORG")),
        ("Tôi sẽ quyết định MTV và Trio 666 hát bài này.", ("Trio", "ORG")),
    ],
)
def test_no_second_body_where_none_is_named(text: str, wrong: tuple[str, str]) -> None:
    assert wrong not in entities(text)
