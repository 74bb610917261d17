"""Only the head of a body that serves a district or ward makes "quận 3", "phường 5" after it
part of its name ("Công an quận 3", "UBND phường 5"); after another head the district stays a
place ("Trung tâm quận 3 kẹt xe"), and a date after "phường" is no ward's number ("HĐND
phường 2/9"). Made-up sentences."""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def found(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label) for e in analyze(text).entities]


@pytest.mark.parametrize(
    "text",
    [
        "Trung tâm quận 5 kẹt xe suốt buổi chiều.",
        "Nhiều trường quận 7 cho học sinh nghỉ học.",
        "Chợ quận 8 vắng khách từ sáng.",
    ],
)
def test_a_district_after_another_head_is_a_place(text: str) -> None:
    assert not any(label == "ORG" for _, label in found(text))


def test_a_date_after_the_ward_word_is_not_its_number() -> None:
    text = "Chủ tịch HĐND phường 30/4 đã tiếp xúc cử tri."
    assert ("HĐND phường 30", "ORG") not in found(text)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Công an phường 9 đã tạm giữ hai người.", "Công an phường 9"),
        ("Tòa án nhân dân quận 1 mở phiên xét xử.", "Tòa án nhân dân quận 1"),
        ("Bệnh viện quận 11 tiếp nhận ca bệnh.", "Bệnh viện quận 11"),
    ],
)
def test_a_body_serving_the_district_keeps_it(text: str, body: str) -> None:
    assert (body, "ORG") in found(text)
