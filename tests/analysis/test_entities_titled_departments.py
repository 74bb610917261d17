"""A provincial department named by an acronym after its head's title ("giám đốc Sở GTVT
Hà Nội", "Phó Giám đốc Sở GD-ĐT tỉnh Nghệ An", "Giám đốc Sở KH-CN TP.HCM") is one
organisation with its place; performers after their trade ("tài tử", "danh hài", "người
mẫu", "danh thủ") are people; a picture credit after a title and a place names nobody; the
Permanent Court of Arbitration and the outlet "Người Đưa Tin" are known organisations.
Made-up sentences (none is a sentence of a benchmark set)."""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def found(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label) for e in analyze(text).entities]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ông Lê Văn Tâm, giám đốc Sở GTVT Hà Nội, cho biết tuyến đường sẽ thông xe.",
            [("Lê Văn Tâm", "PER"), ("Sở GTVT Hà Nội", "ORG")],
        ),
        (
            "Bà Hoa, phó giám đốc Sở GD-ĐT tỉnh Nghệ An, nói về kỳ thi.",
            [("Hoa", "PER"), ("Sở GD-ĐT tỉnh Nghệ An", "ORG")],
        ),
        (
            "Ông Bình, Giám đốc Sở KH-CN TP.HCM, ký quyết định.",
            [("Bình", "PER"), ("Sở KH-CN TP.HCM", "ORG")],
        ),
        ("Giám đốc Sở GTVT cho biết đã giao nhiệm vụ.", [("Sở GTVT", "ORG")]),
    ],
)
def test_a_department_named_by_an_acronym_after_a_title_is_whole(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text) == expected


def test_a_foreign_name_after_a_chamber_still_ends_it() -> None:
    text = "Chủ tịch Hạ viện Rwanda Donatille Mukabalisa phát biểu."
    assert found(text) == [("Hạ viện Rwanda", "ORG"), ("Donatille Mukabalisa", "PER")]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Cô từng hẹn hò với tài tử Tom Hardwick trong hai năm.", "Tom Hardwick"),
        ("Khán giả cười nghiêng ngả khi danh hài Thái Hòa bước ra.", "Thái Hòa"),
        ("Người mẫu Thùy Vi diện váy đỏ trên thảm đỏ.", "Thùy Vi"),
        ("Buổi giao lưu có mặt danh thủ Rivaldez của Brazil.", "Rivaldez"),
        ("Nghệ sĩ hài Tấn Bo đột ngột qua đời.", "Tấn Bo"),
        ("Nhà thiết kế Công Trí giới thiệu bộ sưu tập áo dài.", "Công Trí"),
        ("Đại đức Thích Minh Tuệ, trụ trì chùa Hòa An, phát biểu.", "Thích Minh Tuệ"),
        ("Thượng toạ Thích Đức Tâm chủ trì buổi lễ.", "Thích Đức Tâm"),
        ("Ni sư Thích Nữ Diệu Hạnh tặng quà.", "Thích Nữ Diệu Hạnh"),
        ("Đức Giám mục Nguyễn Năng gửi thư chúc mừng.", "Nguyễn Năng"),
    ],
)
def test_a_performer_after_the_trade_is_a_person(text: str, person: str) -> None:
    assert (person, "PER") in found(text)


def test_amateur_music_names_no_person() -> None:
    text = "Nghệ thuật đờn ca tài tử Nam Bộ được nhiều người yêu thích."
    assert found(text) == [("Nam Bộ", "LOC")]


def test_a_bishop_is_no_place() -> None:
    assert found("Đức Giám mục Nguyễn Năng gửi thư chúc mừng.") == [("Nguyễn Năng", "PER")]


def test_the_sports_court_is_not_the_arbitration_court() -> None:
    assert ("Tòa Trọng tài Thể thao", "ORG") in found("Tòa Trọng tài Thể thao bác đơn kháng cáo.")


def test_a_credit_after_a_title_and_a_place_names_nobody() -> None:
    text = "Bà Kim Sun Hee, cựu ca sĩ Hàn Quốc - Ảnh: REUTERS"
    assert found(text) == [("Kim Sun Hee", "PER"), ("Hàn Quốc", "LOC"), ("REUTERS", "ORG")]


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Sau phán quyết của Tòa Trọng tài, các nước đã lên tiếng.", "Tòa Trọng tài"),
        ("Phán quyết của Toà Trọng tài Thường trực được công bố.", "Toà Trọng tài Thường trực"),
        ("Trao đổi với PV Người Đưa Tin, ông chủ tiệm cho biết.", "Người Đưa Tin"),
    ],
)
def test_known_court_and_outlet(text: str, org: str) -> None:
    assert (org, "ORG") in found(text)


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Sở TN - MT tỉnh Đồng Nai đang thẩm định hồ sơ.", "Sở TN - MT tỉnh Đồng Nai"),
        ("Ông Hải, giám đốc Sở GD - ĐT Hà Nội, nói về kỳ thi.", "Sở GD - ĐT Hà Nội"),
        ("Bộ LĐ - TB&XH đang hướng dẫn các địa phương.", "Bộ LĐ - TB&XH"),
    ],
)
def test_a_field_written_short_with_a_spaced_dash_is_whole(text: str, org: str) -> None:
    assert (org, "ORG") in found(text)


def test_two_known_names_with_a_spaced_dash_stay_two() -> None:
    assert found("Quan hệ ASEAN - EU ngày càng tốt.") == [("ASEAN", "ORG"), ("EU", "ORG")]
