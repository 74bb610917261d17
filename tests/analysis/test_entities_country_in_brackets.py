"""A country whose name is also a form of address or a common word ("Anh", "Ý", "Áo"),
alone in brackets after a name, is the country: "hãng Vinamilk (Anh)", "Đại học Padova (Ý)"
(issue 9). An open bracket counts as a sentence start, where "Anh" would otherwise be the
title "anh"; a name after the title in brackets stays a person. Made-up sentences, none from
a benchmark set.
"""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def entities(text: str) -> set[tuple[str, str]]:
    return {(e.text, e.label) for e in analyze(text).entities}


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Hãng hàng không Skyline Airways (Anh) vừa tăng giá vé.", "Anh"),
        ("Theo tờ Morning Post (Anh), cuộc bầu cử sẽ diễn ra sớm.", "Anh"),
        ("Cô từng học tại Đại học Padova (Ý) hai năm.", "Ý"),
        ("Tòa án khu vực Lienz (Áo) đã ra lệnh bắt giữ.", "Áo"),
        ("Nhóm (Anh) đi trước trong cuộc đua.", "Anh"),
    ],
)
def test_the_country_alone_in_brackets_is_a_place(text: str, country: str) -> None:
    assert (country, "LOC") in entities(text)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("(Anh Quang Huy) cho biết anh sẽ về quê.", "Quang Huy"),
        ("Chiều qua (anh Dũng) đã đến.", "Dũng"),
    ],
)
def test_a_title_and_a_name_in_brackets_stay_a_person(text: str, person: str) -> None:
    found = entities(text)
    assert (person, "PER") in found
    assert not any(label == "LOC" for _, label in found)


def test_a_bracket_after_a_colon_opens_speech_not_a_country() -> None:
    found = entities("Cô ấy hỏi: (Anh) đi đâu vậy?")
    assert ("Anh", "LOC") not in found
