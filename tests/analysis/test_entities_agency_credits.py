"""A picture credit of one foreign word ("Ảnh: Shutterstock.", "(Ảnh: Alamy)") names a picture
agency or a site, an organisation (guideline rules 35 and 37). Made-up sentences, never test
items."""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def spans(text: str) -> set[tuple[str, str]]:
    return {(e.label, e.text) for e in analyze(text).entities}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nữ diễn viên dạo phố với chiếc túi mới. Ảnh: Shutterstock. Cô cho biết thích màu đỏ.",
            {("ORG", "Shutterstock")},
        ),
        ("Một góc bãi biển vào mùa hè (Ảnh: Alamy)", {("ORG", "Alamy")}),
        ("Khách du lịch xếp hàng trước bảo tàng. Ảnh: Pixabay", {("ORG", "Pixabay")}),
        # a site named by its domain is the site, whole (tests/analysis/test_entities_websites.py)
        (
            "Bãi biển vắng khách vào mùa mưa (Ảnh: Travelnest.com)",
            {("ORG", "Travelnest.com")},
        ),
        # a photographer's name stays a person; the network and an acronym are left as before
        ("Hoa đào nở sớm ở ngoại thành. Ảnh: Minh Anh", {("PER", "Minh Anh")}),
        ("Hình ảnh được chia sẻ rộng rãi. Ảnh: Internet", set()),
        ("Người dân chờ xe buýt. Ảnh: NVCC", set()),
    ],
)
def test_a_one_word_foreign_credit_is_an_agency(text: str, expected: set[tuple[str, str]]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize("credit", ["News", "Handout", "Screenshot"])
def test_a_plain_english_credit_names_no_agency(credit: str) -> None:
    text = f"Cảnh sát phong tỏa hiện trường. Ảnh: {credit}."
    assert not [e for e in analyze(text).entities if e.text == credit]
