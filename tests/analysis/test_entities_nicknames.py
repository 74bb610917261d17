"""People written with a nickname in quotes (GUIDELINE rule 60), a kind of PER error seen on
more than one real-news development set (crime news); made-up sentences, none from a set.
"""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def spans(text: str) -> set[tuple[str, str]]:
    return {(e.label, e.text) for e in analyze(text).entities}


CASES = [
    # the nickname belongs to the person's span, with its quotes
    ("Khi bị bắt, Lan “Cận” còn giữ nhiều tiền.", {("PER", "Lan “Cận”")}),
    # a given name nothing else labelled is a person when a nickname follows it
    (
        'Các bị can gồm Phạm Văn Tú, Hải "Lùn", Tùng "Béo".',
        {("PER", "Phạm Văn Tú"), ("PER", 'Hải "Lùn"'), ("PER", 'Tùng "Béo"')},
    ),
    ("Công an bắt Dũng “Sẹo” cùng đồng bọn.", {("PER", "Dũng “Sẹo”")}),
    # a capitalised word opening a sentence, or a word said after a verb, is no nickname
    ('Hàng "Khủng" về chợ.', set()),
    ('Ông Nam nói "Không" với đề nghị.', {("PER", "Nam")}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_nicknames(text: str, expected: set[tuple[str, str]]) -> None:
    assert spans(text) == expected
