"""A plural noun of bodies and "như" or "gồm" announce what every name of the list after
them is ("các siêu thị như …", "các tập đoàn lớn như …", "những bệnh viện chuyên khoa như
…"): a firm, a bank, a shop, a hospital, whatever the name looks like alone (a place's, a
person's). The list ends at anything but a comma or a joiner, and after the name that
follows "hay" or "và"; a name that goes on in lower case, a product, a person named in full
or with a form of address, and the players of a sports text are no names of it. "trường
hợp" is no school. Made-up sentences (none is a sentence of a benchmark set)."""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def entities(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label) for e in analyze(text).entities]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tại các siêu thị như Coop, Lotte, Sao Đà Nẵng, Varko... khách vẫn xếp hàng.",
            [("Coop", "ORG"), ("Lotte", "ORG"), ("Sao Đà Nẵng", "ORG"), ("Varko", "ORG")],
        ),
        (
            "Công ty muốn cạnh tranh với các tập đoàn lớn như Brook Warner, hay Nova Corp.",
            [("Brook Warner", "ORG"), ("Nova Corp", "ORG")],
        ),
        (
            "Bà nên sinh ở những bệnh viện chuyên khoa như Từ Dũ, Hùng Vương nếu ở phía Nam.",
            [("Từ Dũ", "ORG"), ("Hùng Vương", "ORG")],
        ),
        # venues are places (guideline rule 67)
        (
            "Nhiều khách sạn lớn như: Châu Thành, Huyền Sơn, Dragon Inn đều giảm giá phòng.",
            [("Châu Thành", "LOC"), ("Huyền Sơn", "LOC"), ("Dragon Inn", "LOC")],
        ),
    ],
)
def test_names_announced_by_bodies_are_bodies(text: str, expected: list[tuple[str, str]]) -> None:
    found = entities(text)
    for entity in expected:
        assert entity in found, (entity, found)


def test_the_list_ends_after_its_joiner() -> None:
    found = entities(
        "Theo các công ty bảo mật như Sophas hay Symantel, Zombo không tự nhân bản được."
    )
    assert ("Sophas", "ORG") in found and ("Symantel", "ORG") in found
    assert ("Zombo", "ORG") not in found


def test_a_name_that_goes_on_in_lower_case_is_no_name_of_the_list() -> None:
    found = entities("Giá tour của các hãng lữ hành như Vietravol, Du lịch Sông Hàn giảm mạnh.")
    assert ("Du", "ORG") not in found


def test_cases_are_no_schools() -> None:
    found = entities("Trong những trường hợp như Lê Minh, Jang Dong Gun, vệ sĩ phải thức.")
    assert ("Lê Minh", "ORG") not in found and ("Jang Dong Gun", "ORG") not in found


def test_a_person_named_in_full_ends_the_list() -> None:
    found = entities("Các trường giỏi như Phú Lâm, Nguyễn Công Trứ vẫn giữ điểm chuẩn cao.")
    assert ("Nguyễn Công Trứ", "ORG") not in found


def test_players_of_a_sports_text_stay_people() -> None:
    found = entities(
        "Đội tuyển Ý có nhiều hảo thủ từ các đội bóng nổi tiếng như Buffon, Zambrotta. "
        "Trận đấu với Pháp diễn ra tối nay, HLV cho biết các cầu thủ đã sẵn sàng."
    )
    assert ("Buffon", "PER") in found and ("Zambrotta", "PER") in found


def test_a_bank_already_named_keeps_its_name() -> None:
    found = entities("Giá vàng tại một số ngân hàng như VietinBank Gold là 33,65 triệu đồng.")
    assert ("VietinBank", "ORG") in found
    assert ("VietinBank Gold", "ORG") not in found


def test_national_teams_stay_their_countries() -> None:
    found = entities("Những đội bóng lớn như Italy, Đức, Pháp và Anh đều thất bại.")
    assert ("Italy", "LOC") in found and ("Đức", "LOC") in found
