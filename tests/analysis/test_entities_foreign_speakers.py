"""A one-word foreign name that speaks after the phrase or the word opening its clause is a
person (issue 9): "Khi đó, Kusuma cho biết", "Nhưng Khaliq cho biết"; a firm named so before
stays a firm. Made-up sentences, none from a benchmark set.
"""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def labelled(text: str) -> set[tuple[str, str]]:
    return {(e.text, e.label) for e in analyze(text).entities}


CASES = [
    ("Khi đó, Wiranto cho biết sẽ ra khơi ngay.", {("Wiranto", "PER")}),
    ("Nhưng Farouq cho biết không thể chờ thêm.", {("Farouq", "PER")}),
    ("Ông đã hỏi, nhưng Delacroix khẳng định chưa nhận được thư.", {("Delacroix", "PER")}),
    # a firm named before speaks as the firm
    (
        "Công ty Zolvaro vừa ra mắt sản phẩm. Trong khi đó, Zolvaro cho biết sẽ mở rộng.",
        {("Công ty Zolvaro", "ORG"), ("Zolvaro", "ORG")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_foreign_word_that_speaks_opening_a_clause(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert labelled(text) == expected
