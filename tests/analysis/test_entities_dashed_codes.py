"""A weapon's, a plane's or a device's code with its number after a dash is one named thing
(MISC, guideline rule 35), also where a corpus spaces the dash ("S -400", "Su -57") or the
number carries a variant's letters ("F-15C", "R-36M2"), one key however it is spaced. Not a
ticker's fall in a price list, a number plate, a flight's number, an edition and its year, a
range of numbered parts. Made-up sentences (none is a sentence of a benchmark set)."""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def found(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label) for e in analyze(text).entities]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Hệ thống tên lửa S -300 được triển khai.", "S -300"),
        ("Nga điều tiêm kích Su -35 tới căn cứ.", "Su -35"),
        ("Quân đội thử súng AK-19 mới.", "AK-19"),
        ("Phi đội có 12 chiếc F-16D đã nâng cấp.", "F-16D"),
        ("Tên lửa đạn đạo (SS -19) được cất giữ.", "SS -19"),
        # a variant's letters written apart
        ("Nga điều tiêm kích Su -35 S tới Syria.", "Su -35 S"),
        # the variant's letter is no unit of a figure ("74 M" read as metres)
        ("Quân đội thay phiên bản AK -84 M tiêu chuẩn.", "AK -84 M"),
    ],
)
def test_a_code_and_its_number_are_one_thing(text: str, code: str) -> None:
    assert (code, "MISC") in found(text)


def test_one_key_however_the_dash_is_spaced() -> None:
    keys = {e.text: e.key for e in analyze("Hệ thống S -300 và S-300 của Nga.").entities}
    assert keys["S -300"] == keys["S-300"]


@pytest.mark.parametrize(
    "text",
    [
        "Giá giảm mạnh nhất là VNX -500 đồng, sau đó là HHT -300 đồng.",
        "Cổ phiếu giảm: TMB -400, KLP -200.",
        "Xe khách 51B -012.34 bị cháy.",
        "Tìm kiếm chuyến bay QZ -8501 đang tiếp tục.",
        "Giải thưởng lần XII-2006 đã trao.",
        "Anh bị thoát vị đĩa đệm L4-5 nên phải nghỉ.",
        "Đội tuyển U -21 Việt Nam thắng.",
        "Hội nghị thượng đỉnh G -20 khai mạc.",
        "Máy bay mang số đăng ký VP -1234 hạ cánh.",
        "Người dân sống ở nhà B12-07 Trần Phú.",
        "Chuyên án bí số K -516 được phá.",
        "Lion Air xác nhận chuyến bay xấu số QZ -851 rơi.",
        "Nguồn phóng xạ Co -60 bị thất lạc.",
    ],
)
def test_what_is_no_code(text: str) -> None:
    assert not any(label == "MISC" and "-" in name for name, label in found(text))
