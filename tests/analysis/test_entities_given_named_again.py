"""A Vietnamese given name that a text gives a person doing something names that person
wherever the text writes it alone (issue 9): advice columns, court and crime news name a
person by the given name in every sentence, and most of those sentences say nothing a
person does right after it. Not after a word that makes it a place or a season, not as the
first word of a title or a dish opening a sentence. Made-up texts, none from a benchmark
set."""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def people(text: str) -> list[str]:
    return [e.text for e in analyze(text).entities if e.label == "PER"]


def test_the_given_name_of_a_person_doing_something_names_them_everywhere() -> None:
    text = (
        "Loan hãy nghĩ thật kỹ, vì nếu Loan đã hết tình cảm thì không ai trách được Loan. "
        "Con của Loan cần một mái nhà yên ấm."
    )
    assert people(text) == ["Loan"] * 4


def test_a_person_named_again_after_the_deed() -> None:
    text = "Sau đó, Khải đã bỏ trốn vào Nam. Công an đã bắt Khải ở bến xe, cùng tang vật."
    assert people(text) == ["Khải", "Khải"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # nothing a person does anywhere: no person
        ("Thoa là tên một loài hoa. Loài Thoa nở vào cuối năm.", []),
        # a season after its noun, a dish opening a sentence: only the person doing something
        ("Sau đó, Thu đã về quê. Vào mùa Thu năm ấy, lúa được mùa.", ["Thu"]),
        ("Sau đó, Yến đã mở quán ăn. Yến nhồi bồ câu là món bán chạy nhất.", ["Yến"]),
        # a word, a season, a film, a whale: no person after their nouns
        ("Sau đó, Nhân đã về quê. Ông bà ta coi trọng chữ Nhân.", ["Nhân"]),
        ("Sau đó, Xuân đã về quê. Mừng Đảng, mừng Xuân, cả làng vui.", ["Xuân"]),
        ("Sau đó, Hạnh đã đi học. Bộ phim Hạnh của đạo diễn trẻ rất hay.", ["Hạnh"]),
        ("Ngư dân thả xác cá Ông về biển. Khi Ông luỵ, cả làng lập miếu.", []),
        # a rite, the people beside the Party
        ("Sau đó, Giao đã về làng. Lễ tế Giao diễn ra vào mùa xuân.", ["Giao"]),
        ("Sau đó, Dân đã về làng. Quan hệ giữa Đảng với Dân rất gắn bó.", ["Dân"]),
        # signs of the zodiac in a list
        ("Sau đó, Thìn đã bỏ đi. Người tuổi Tuất, Thìn và Hợi nên cẩn thận.", ["Thìn"]),
    ],
)
def test_no_person_where_the_name_is_no_one(text: str, expected: list[str]) -> None:
    assert people(text) == expected


def test_a_season_named_as_a_person_is_named_again() -> None:
    text = "Sau đó, Xuân đã bỏ trốn. Công an bắt được Xuân ở bến xe, mẹ của Xuân khóc."
    assert people(text) == ["Xuân"] * 3
