"""A Korean name whose given name's hyphen a corpus writes spaced is the whole name, keyed as
when written with its hyphen: "Kim Jong - un" is "Kim Jong-un" (was "Kim Jong", a person of
its own in the Entities view), "Moon Jae - in" is "Moon Jae-in", and the surname alone joins
it. A Vietnamese word after a spaced dash is an aside, no syllable of the name. Made-up
sentences (none is a sentence of a benchmark set)."""

from __future__ import annotations

from vnreader.analysis import analyze


def people(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.key) for e in analyze(text).entities if e.label == "PER"]


def test_a_spaced_hyphen_inside_a_korean_given_name() -> None:
    found = people("Ông Kim Dae - won gặp Tổng thống Lee Sung - ho tại Seoul.")
    assert [text for text, _ in found] == ["Kim Dae - won", "Lee Sung - ho"]


def test_the_spaced_name_keys_as_the_hyphenated_one_and_its_surname_joins_it() -> None:
    found = people("Thủ tướng Hwang Min - ahn phát biểu. Ông Hwang Min-ahn và ông Hwang nói thêm.")
    assert len({key for _, key in found}) == 1


def test_a_vietnamese_word_after_a_spaced_dash_is_no_syllable_of_the_name() -> None:
    found = people("Ông Park Min - người vừa nhậm chức - cho biết như vậy.")
    assert [text for text, _ in found] == ["Park Min"]
