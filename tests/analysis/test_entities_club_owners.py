"""A club's owner called "bầu" before his given name is a person (guideline rule 60, like a
nickname: "bầu Hiển", and "bầu Đức", not Germany, unless elected "vào" or "làm" something),
and so is a madam called "má mì"; "bầu" is also to elect, whose object stays what it is, and
"Bầu" capitalised inside a sentence opens a village's name or is a word of a body's ("Ủy ban
Bầu cử …"). Made-up sentences (none is a sentence of a benchmark set)."""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def found(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label) for e in analyze(text).entities]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Sau trận thua, bầu Đức hứa sẽ thưởng cho các cầu thủ nếu đội bóng trụ hạng.", "Đức"),
        ("Bầu Đức vắng mặt trên khán đài trong trận derby của CLB.", "Đức"),
        ("Đội bóng được bầu Hiển thưởng nóng sau chiến thắng.", "Hiển"),
        ("Công ty của bầu Đức báo lỗ hơn 300 tỷ đồng trong quý.", "Đức"),
        ("Nhóm gái gọi do má mì Loan điều hành đã bị bắt.", "Loan"),
    ],
)
def test_an_owner_or_a_madam_is_a_person(text: str, person: str) -> None:
    assert (person, "PER") in found(text)


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("Đại hội đồng đã bầu Đức vào Hội đồng Nhân quyền.", ("Đức", "LOC")),
        ("Cử tri cả nước đi bầu Quốc hội khóa mới.", ("Quốc hội", "ORG")),
        ("Tạp chí này bầu Mông Cổ là điểm đến của năm.", ("Mông Cổ", "LOC")),
        ("Hội nghị sẽ bầu Ủy viên Bộ Chính trị vào chiều mai.", ("Bộ Chính trị", "ORG")),
    ],
)
def test_to_elect_keeps_its_object(text: str, entity: tuple[str, str]) -> None:
    assert entity in found(text)
    assert not any(label == "PER" for _, label in found(text))


def test_a_village_named_bau_is_no_owner() -> None:
    assert ("Sen", "PER") not in found("Nông dân xã Phước Hòa (Bầu Sen - Tây Ninh) thu hoạch lúa.")


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Kết quả do Cơ quan Quản lý Bầu cử chung Bolivia (OEB) công bố hôm qua.",
            "Cơ quan Quản lý Bầu cử chung Bolivia",
        ),
        (
            "Theo Cơ quan Giám sát Bầu cử chung Liberia (JESC), tỷ lệ cử tri đạt 70%.",
            "Cơ quan Giám sát Bầu cử chung Liberia",
        ),
    ],
)
def test_an_election_body_before_its_acronym_stays_whole(text: str, body: str) -> None:
    # a capitalised "Bầu" inside a body's name is the election, no owner's title that would
    # cut the full name before the bracket
    assert (body, "ORG") in found(text)
