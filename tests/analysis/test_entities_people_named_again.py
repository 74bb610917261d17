"""A person named once is the same person when the text names them again in two words or
more with nothing to tell who they are: the whole name ("… với Củng Lệ đều" after "Diễn viên
Củng Lệ") or its last words ("của De Vrient" after "Kevin De Vrient"). A frame that
names something else still wins ("bộ phim …"). Made-up names and sentences, none from a
benchmark set.
"""

from __future__ import annotations

from vnreader.analysis import analyze


def people(text: str) -> list[str]:
    return [e.text for e in analyze(text).entities if e.label == "PER"]


def test_a_whole_name_named_again_is_the_person() -> None:
    text = "Diễn viên Củng Lệ đóng vai chính. Những nghệ sĩ từng làm việc với Củng Lệ đều nể phục."
    assert people(text).count("Củng Lệ") == 2


def test_the_last_words_of_a_name_named_again_are_the_person() -> None:
    text = "Tiền vệ Kevin De Vrient ghi bàn. Quả treo bóng của De Vrient rất đẹp."
    assert "De Vrient" in people(text)


def test_a_foreign_name_named_again_after_a_clause_is_the_person() -> None:
    text = "Ông Valério Castrejón đến thăm. Sau đó, Valério Castrejón trở về nước."
    assert people(text).count("Valério Castrejón") == 2


def test_the_last_words_of_a_longer_foreign_name_are_not_cut_out() -> None:
    text = "Ông Seong Back Pyo nói. Seong Back Pyo cười."
    assert "Back Pyo" not in people(text)


def test_a_head_at_a_phrase_start_names_no_person() -> None:
    text = "Ông Ngoại Tiêu đến sớm. Theo chẩn đoán của khoa Ngoại Tiêu, bệnh nhân ổn."
    assert people(text) == ["Ngoại Tiêu"]
