"""A firm that real news names (``mined_names.tsv``, ``known_orgs.tsv``) after "chủ tịch" or a
company officer's title is the firm, not a person ("chủ tịch Valencia", "giám đốc Knight
Frank"); a person after the title stays a person. Made-up sentences, never test items."""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def spans(text: str) -> set[tuple[str, str]]:
    return {(e.label, e.text) for e in analyze(text).entities}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chủ tịch Valencia cho biết đội bóng không bán cầu thủ.", {("ORG", "Valencia")}),
        (
            "Ông Hòa, giám đốc Knight Frank tại Việt Nam, nhận định giá nhà sẽ tăng.",
            {("PER", "Hòa"), ("ORG", "Knight Frank"), ("LOC", "Việt Nam")},
        ),
        ("Chủ tịch Putin có cuộc gặp với các doanh nhân.", {("PER", "Putin")}),
    ],
)
def test_a_known_firm_after_a_chairman(text: str, expected: set[tuple[str, str]]) -> None:
    assert spans(text) == expected
