"""A one-word foreign name before what a player does with the ball or to another player is
a person: "Zarnetti lập công", "Oduvaro phạm lỗi", "Milotar đánh đầu", "Iskov kiến tạo"; a
team scores but heads no ball, so a club known as one stays a club ("Arsenal lập công").
The person is then named so wherever the text writes the word alone. Made-up sentences,
none from a benchmark set."""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def labelled(text: str) -> set[tuple[str, str]]:
    return {(e.text, e.label) for e in analyze(text).entities}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Phút 80, Zarnetti lập công nâng tỷ số lên 2-0.", "Zarnetti"),
        ("Tình huống Oduvaro phạm lỗi khiến anh nhận thẻ vàng.", "Oduvaro"),
        ("Sau quả phạt góc, Milotar đánh đầu chệch cột dọc.", "Milotar"),
        ("Iskov kiến tạo cho đồng đội mở tỷ số.", "Iskov"),
        ("Phút 28: Ferdinandez dứt điểm từ ngoài vòng cấm.", "Ferdinandez"),
    ],
)
def test_a_foreign_word_before_a_players_deed_is_a_person(text: str, name: str) -> None:
    assert (name, "PER") in labelled(text)


def test_the_player_is_named_again_alone() -> None:
    found = labelled("Milotar đánh đầu mở tỷ số. Niềm vui của Milotar kéo dài không lâu.")
    assert found == {("Milotar", "PER")}


def test_a_known_club_that_scores_stays_a_club() -> None:
    assert ("Arsenal", "ORG") in labelled("Sau đó Arsenal lập công ở phút 90.")
