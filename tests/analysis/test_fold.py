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


def _find_by_definition(text: str, query: str) -> list[tuple[int, int]]:
    """find_folded as defined: fold character by character, offsets mapped back."""
    import re

    words = fold_slowly(query).split()
    if not words:
        return []
    folded, origin = "", []
    for i, ch in enumerate(text):
        folded += fold_slowly(ch)
        origin += [i] * len(fold_slowly(ch))
    pattern = re.compile(r"\s+".join(re.escape(w) for w in words))
    found: list[tuple[int, int]] = []
    for m in pattern.finditer(folded):  # a match starting inside the last one's characters
        start, end = origin[m.start()], origin[m.end() - 1] + 1  # ("ss" of one "ß") is the same
        if not found or start >= found[-1][1]:
            found.append((start, end))
    return found


@settings(max_examples=300)
@given(
    st.text(alphabet=VIETNAMESE + "ẞßABĐ \n\u0301", max_size=60),
    st.text(alphabet=VIETNAMESE + "ß ", min_size=1, max_size=4),
)
def test_find_folded_agrees_with_its_definition(text: str, query: str) -> None:
    """The fast path (one folded character per character: offsets unchanged) and the
    general one give what folding character by character gives, also a piece at a time."""
    from vnreader.analysis.fold import find_folded

    want = _find_by_definition(text, query)
    assert find_folded(text, query) == want
    if all(end - start <= 8 for start, end in want):  # a match may not run past a piece
        assert find_folded(text, query, chunk=8) == want


def test_find_folded_calls_between_after_each_piece() -> None:
    from vnreader.analysis.fold import find_folded

    calls: list[int] = []
    text = "Hà Nội và hà nội " * 10
    found = find_folded(text, "ha noi", chunk=20, between=lambda: calls.append(1))
    assert len(found) == 20 and len(calls) == -(-len(text) // 20)


def test_one_character_that_folds_to_two_is_found_once() -> None:
    from vnreader.analysis.fold import find_folded

    for chunk in (8, 1_000_000):
        assert find_folded("AAAAAAAAß", "s", chunk=chunk) == [(8, 9)]
        assert find_folded("Straße ß", "ss", chunk=chunk) == [(4, 5), (7, 8)]
