"""An armed group or a movement named in English ("Nusra Front", "Polisario Front", "Green
Movement") is an organisation, no person. Made-up sentences (none is a sentence of a
benchmark set)."""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Các chiến binh của nhóm Sahel Front vẫn kiểm soát vùng này.", "Sahel Front"),
        ("Quân đội tấn công các tay súng của Jabal Brigade.", "Jabal Brigade"),
    ],
)
def test_an_armed_group_named_in_english(text: str, name: str) -> None:
    found = [(e.text, e.label) for e in analyze(text).entities]
    assert (name, "ORG") in found and (name, "PER") not in found
