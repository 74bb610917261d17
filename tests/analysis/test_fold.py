"""fold(): case and Vietnamese diacritics ignored; the fast table agrees with the definition."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from vnreader.analysis.fold import fold, fold_slowly

VIETNAMESE = (
    "aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
)


def test_vietnamese_folds_to_ascii() -> None:
    assert fold("Bùi Thanh Sơn ĐÀ NẴNG Đồng") == "bui thanh son da nang dong"
    assert fold("Mát-xcơ-va “Sputnik V” – 27/9…") == "mat-xco-va “sputnik v” – 27/9…"


@settings(max_examples=300)
@given(st.text(alphabet=st.sampled_from(VIETNAMESE + VIETNAMESE.upper() + " ,.-“”\u0301\u0323")))
def test_fast_fold_is_the_definition_on_vietnamese(text: str) -> None:
    assert fold(text) == fold_slowly(text)


@settings(max_examples=300)
@given(st.text())
def test_fast_fold_is_the_definition_on_any_text(text: str) -> None:
    assert fold(text) == fold_slowly(text)
