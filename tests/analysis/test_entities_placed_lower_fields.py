"""Bodies named by a capitalised head and a field in lower case that no list holds, up to the
place they serve (issue 9): "Hiệp hội máy móc thiết bị chế biến gỗ Đài Loan", "Liên đoàn
ngành công nghiệp chế biến gỗ châu Âu", "Hiệp hội diễn viên Mỹ"; not a meeting ("Hội nghị
cấp cao Đông Á"), nor a field that does not end at a place. Made-up sentences, none from a
benchmark set."""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def spans(text: str) -> set[tuple[str, str]]:
    return {(e.label, e.text) for e in analyze(text).entities}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Có sự tham gia của Hiệp hội máy móc thiết bị chế biến nhựa Hàn Quốc.",
            "Hiệp hội máy móc thiết bị chế biến nhựa Hàn Quốc",
        ),
        (
            "Đại diện Liên đoàn ngành công nghiệp dệt may châu Âu phát biểu.",
            "Liên đoàn ngành công nghiệp dệt may châu Âu",
        ),
        (
            "Cô được Hiệp hội đạo diễn điện ảnh Canada vinh danh.",
            "Hiệp hội đạo diễn điện ảnh Canada",
        ),
    ],
)
def test_a_lower_case_field_runs_up_to_the_place(text: str, body: str) -> None:
    assert ("ORG", body) in spans(text)


def test_a_meeting_is_no_body() -> None:
    found = spans("Ông sẽ dự Hội nghị cấp cao Nam Á vào tháng 11.")
    assert not any(label == "ORG" for label, _ in found)


def test_a_field_with_no_place_names_no_body() -> None:
    found = spans("Chiều nay, Hiệp hội máy móc thiết bị chế biến nhựa họp với các hội viên.")
    assert ("ORG", "Hiệp hội máy móc thiết bị chế biến nhựa") not in found
