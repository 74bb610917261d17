"""People named alone and streets in brackets (issue 9): a given name after a comma that
closes an opening date or acronym is a person when what a person does follows ("Ngày
12-3-2004, Hường đã bị bắt", "Trước CQĐT, Nhàn khai rằng …"); a foreign name before "và cộng
sự" is a researcher ("Halvard và cộng sự đã phân tích"); a street in brackets after a person,
before its district, is a place ("anh Tâm (Lê Văn Sỹ, Q.3)"). Made-up sentences, none from a
benchmark set."""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def spans(text: str) -> set[tuple[str, str]]:
    return {(e.label, e.text) for e in analyze(text).entities}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ngày 12-3-2004, Hường đã bị bắt giữ sau nhiều tháng lẩn trốn.", "Hường"),
        ("Trước CQĐT, Nhàn khai rằng đã bán chiếc xe.", "Nhàn"),
        ("Năm 2005, Thắm đã sang Úc học.", "Thắm"),
    ],
)
def test_a_given_name_after_an_opening_phrase_is_a_person(text: str, name: str) -> None:
    assert ("PER", name) in spans(text)


def test_a_list_of_places_after_a_comma_stays_places() -> None:
    found = spans("Đoàn đã qua Hà Nội, Huế, Vinh và về lại TP.HCM.")
    assert not any(label == "PER" for label, _ in found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Halvard và cộng sự đã phân tích số liệu của nhiều nước.", "Halvard"),
        ("Nhóm của Brunsvik và các đồng nghiệp công bố kết quả.", "Brunsvik"),
    ],
)
def test_a_researcher_and_colleagues(text: str, name: str) -> None:
    assert ("PER", name) in spans(text)


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("Anh Tâm (Lê Văn Sỹ, Q.3, TP.HCM) là chủ của số điện thoại này.", "Lê Văn Sỹ"),
        ("Chị Hoa (Nguyễn Trãi, quận 5) cho biết giá đã tăng.", "Nguyễn Trãi"),
    ],
)
def test_a_street_in_brackets_after_a_person(text: str, street: str) -> None:
    assert ("LOC", street) in spans(text)


def test_a_full_name_in_brackets_with_an_age_stays_a_person() -> None:
    assert ("PER", "Nguyễn Văn Tư") in spans("Ông Tư (Nguyễn Văn Tư, 45 tuổi) kể lại.")


def test_a_law_firm_and_its_partners_is_no_researcher() -> None:
    assert ("PER", "Brossard") not in spans("Văn phòng luật Brossard và cộng sự đã khởi kiện.")


@pytest.mark.parametrize(
    "text",
    [
        "Diễn viên Dũng Nhi đến bàn dạy cho Thúy Nga.",
        "Sau đó, Thúy Nga đã tự tin vào những đoạn hát.",
    ],
)
def test_a_given_name_that_ends_with_a_country(text: str) -> None:
    found = spans(text)
    assert ("PER", "Thúy Nga") in found
    assert ("LOC", "Nga") not in found


def test_two_countries_stay_countries() -> None:
    found = spans("Tại Hà Nội, Nga và Mỹ đã họp.")
    assert {("LOC", "Nga"), ("LOC", "Mỹ")} <= found
