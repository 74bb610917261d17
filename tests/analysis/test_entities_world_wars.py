"""The world wars are MISC whole, however the news writes them (GUIDELINE rule 57: a war's
fixed name is MISC; "Thế chiến II" alone was written 517 times in a sample of the corpora and
never found), one key each; their number is no figure. Made-up sentences (none is a sentence
of a benchmark set)."""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


@pytest.mark.parametrize(
    ("text", "name", "key"),
    [
        ("Thành phố bị tàn phá trong Thế chiến II.", "Thế chiến II", "MISC:world war ii"),
        ("Ông sinh ra sau thế chiến thứ hai ở Lyon.", "thế chiến thứ hai", "MISC:world war ii"),
        (
            "Nhà ga được xây trước Chiến tranh Thế giới thứ hai.",
            "Chiến tranh Thế giới thứ hai",
            "MISC:world war ii",
        ),
        ("Con tàu chìm năm đầu Thế chiến I.", "Thế chiến I", "MISC:world war i"),
        (
            "Cây cầu có từ thời chiến tranh thế giới lần thứ nhất.",
            "chiến tranh thế giới lần thứ nhất",
            "MISC:world war i",
        ),
        ("Nhiều người lo ngại nguy cơ Thế chiến III.", "Thế chiến III", "MISC:world war iii"),
    ],
)
def test_a_world_war_is_one_misc(text: str, name: str, key: str) -> None:
    found = analyze(text)
    assert (name, "MISC", key) in [(e.text, e.label, e.key) for e in found.entities]
    assert not [f for f in found.figures if f.start >= text.index(name)]


def test_a_war_s_number_written_in_digits_is_no_figure() -> None:
    found = analyze("Hầm trú ẩn có từ Thế chiến 2 và còn nguyên vẹn.")
    assert [(e.text, e.label) for e in found.entities] == [("Thế chiến 2", "MISC")]
    assert found.figures == ()
