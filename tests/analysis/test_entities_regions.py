"""Parts of countries and regions: a direction before a country of the world is one place
("Bắc Iraq", "Đông Bắc Thái Lan"), Vietnam's regions keep "bộ" in lower case ("Tây Nam
bộ"), and the old names of continents ("Á châu") are places; "Hà thành" is not listed, since
"thành" is also a verb after a given name ("Hà thành người nổi tiếng"). After a lower-case
"miền", a direction and a country or a continent are one place with "miền" (guideline rules
101 and 102: "miền Tây Lào"). Made-up sentences (none is a sentence of a benchmark set)."""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def places(text: str) -> list[str]:
    return [e.text for e in analyze(text).entities if e.label == "LOC"]


def names(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label) for e in analyze(text).entities]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Giao tranh lại nổ ra ở Bắc Iraq hôm qua.", "Bắc Iraq"),
        ("Đông Ukraine chìm trong giao tranh suốt mùa hè.", "Đông Ukraine"),
        ("Lũ lớn tràn qua Đông Bắc Thái Lan tuần trước.", "Đông Bắc Thái Lan"),
        ("Một trận động đất làm rung chuyển Tây Bắc Trung Quốc.", "Tây Bắc Trung Quốc"),
        ("Nhiều nhà máy ở Nam Trung Quốc phải đóng cửa.", "Nam Trung Quốc"),
        ("Đàn chim bay từ Bắc Canada xuống phía nam.", "Bắc Canada"),
        ("Nắng nóng kéo dài ở Nam California.", "Nam California"),
        ("Tàu chở hàng gặp nạn ở Nam Đại Tây Dương.", "Nam Đại Tây Dương"),
        ("Nam Lào có nhiều thác nước đẹp.", "Nam Lào"),
    ],
)
def test_a_direction_before_a_country_is_one_place(text: str, place: str) -> None:
    assert places(text) == [place]


def test_the_part_of_a_country_keeps_its_own_key() -> None:
    (part,) = analyze("Giao tranh lại nổ ra ở Bắc Iraq hôm qua.").entities
    (whole,) = analyze("Giao tranh lại nổ ra ở Iraq hôm qua.").entities
    assert part.key != whole.key  # the north of a country is not the country


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relative direction: the country alone
        ("Quân đội tiến về phía Tây Ukraine.", ["Ukraine"]),
        # names that are known whole stay whole
        ("Hàng hóa đến từ Đông Nam Á và Bắc Mỹ.", ["Đông Nam Á", "Bắc Mỹ"]),
        ("Du khách Tây Ban Nha đến thăm.", ["Tây Ban Nha"]),
        ("Nhà máy ở huyện Đông Anh mở rộng.", ["Đông Anh"]),
    ],
)
def test_a_direction_that_names_no_part_stays_apart(text: str, expected: list[str]) -> None:
    assert places(text) == expected


def test_winter_is_no_direction() -> None:
    found = places("Thế vận hội mùa Đông Bắc Kinh thu hút nhiều du khách.")
    assert "Đông Bắc Kinh" not in found


def test_a_direction_inside_a_persons_name_stays_in_the_name() -> None:
    found = names("Ông Nguyễn Đông Đức phát biểu tại hội nghị.")
    assert found == [("Nguyễn Đông Đức", "PER")]


@pytest.mark.parametrize(
    ("text", "region", "key"),
    [
        ("Lúa ở Tây Nam bộ được mùa.", "Tây Nam bộ", "LOC:mien tay"),
        ("Mưa lớn kéo dài ở Nam Trung bộ.", "Nam Trung bộ", "LOC:nam trung bo"),
        ("Nông dân Nam bộ vào vụ mới.", "Nam bộ", "LOC:nam bo"),
        ("Các tỉnh Đông Nam bộ thu hút đầu tư.", "Đông Nam bộ", "LOC:dong nam bo"),
        ("Đội bóng miền Tây Nam bộ thua trận.", "miền Tây Nam bộ", "LOC:mien tay"),
        ("Cà phê Tây nguyên được giá.", "Tây nguyên", "LOC:tay nguyen"),
    ],
)
def test_a_region_of_vietnam_keeps_a_lower_case_bo(text: str, region: str, key: str) -> None:
    (found,) = analyze(text).entities
    assert (found.text, found.label, found.key) == (region, "LOC", key)


def test_a_region_written_with_bo_groups_with_its_capitalised_form() -> None:
    (lower,) = analyze("Nông dân Nam bộ vào vụ mới.").entities
    (upper,) = analyze("Nông dân Nam Bộ vào vụ mới.").entities
    assert lower.key == upper.key


@pytest.mark.parametrize(
    ("text", "place", "key"),
    [
        ("Hàng hóa từ Á châu tràn sang.", "Á châu", "LOC:chau a"),
        ("Các nước Âu châu họp bàn.", "Âu châu", "LOC:chau au"),
    ],
)
def test_old_names_of_places_are_places(text: str, place: str, key: str) -> None:
    (found,) = analyze(text).entities
    assert (found.text, found.label, found.key) == (place, "LOC", key)


@pytest.mark.parametrize(
    "text",
    [
        "Chị Hà thành công với mô hình nuôi tôm.",
        "Chị Hà thành người nổi tiếng sau cuộc thi.",
        "Anh Nam bộ đội xuất ngũ về quê.",
        "Ông Bắc bộ trưởng nói vậy.",
        "Anh Tây nguyên quán ở Nghệ An nhưng sống ở Huế.",
    ],
)
def test_a_common_word_after_a_given_name_makes_no_region(text: str) -> None:
    assert not {"Hà thành", "Nam bộ", "Bắc bộ", "Tây nguyên"} & set(places(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ông từng du học ở Tiệp Khắc rồi sang Đông Đức.", ["Tiệp Khắc", "Đông Đức"]),
        ("Xe tăng này do Tây Đức chế tạo cho quân đội Nam Tư.", ["Tây Đức", "Nam Tư"]),
        (
            "Đại sứ các Tiểu vương quốc Ả Rập Thống nhất đến Hà Nội.",
            ["Tiểu vương quốc Ả Rập Thống nhất", "Hà Nội"],
        ),
    ],
)
def test_countries_of_the_past_and_long_names_are_places(text: str, expected: list[str]) -> None:
    assert places(text) == expected


def test_a_past_country_after_a_title_stays_out_of_the_name() -> None:
    assert names("Cựu tổng thống Nam Tư Dragan Petrovic ra hầu tòa.") == [
        ("Nam Tư", "LOC"),
        ("Dragan Petrovic", "PER"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a military base one goes to or is at is a place, named after "căn cứ"
        ("Hai chiến đấu cơ đáp xuống căn cứ Kadrena rồi về căn cứ Ostrov.", ["Kadrena", "Ostrov"]),
        ("Binh sĩ tập luyện tại căn cứ Fort Marlow, bang Texas.", ["Fort Marlow", "Texas"]),
        # ... while "căn cứ" as "on the grounds of" announces no place
        ("Xét mức độ vi phạm, căn cứ Quy định số 12 của Ban Bí thư.", []),
        ("Phần mềm sẽ căn cứ Styles mà bạn chọn.", []),
    ],
)
def test_a_military_base_is_a_place(text: str, expected: list[str]) -> None:
    assert places(text) == expected


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Lũ lớn đổ về các tỉnh miền Bắc Lào trong đêm.", "miền Bắc Lào"),
        ("Động đất mạnh làm rung chuyển miền Nam Peru.", "miền Nam Peru"),
        ("Nạn đói lan rộng khắp miền Đông châu Phi.", "miền Đông châu Phi"),
        ("Anh sinh ra ở một ngôi làng miền Tây Trung Quốc.", "miền Tây Trung Quốc"),
    ],
)
def test_a_region_after_mien_with_its_country_is_one_place(text: str, place: str) -> None:
    assert places(text) == [place]


def test_a_region_of_vietnam_alone_stays_whole() -> None:
    assert places("Mưa lớn kéo dài ở miền Trung suốt tuần.") == ["miền Trung"]
