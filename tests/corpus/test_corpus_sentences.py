"""The sentence splitter: examples and properties (nothing lost, protected tokens whole)."""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vnreader.corpus.sentences import sentence_spans, split_glued, split_sentences


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Một câu. Hai câu! Ba câu? Bốn.", ["Một câu.", "Hai câu!", "Ba câu?", "Bốn."]),
        ("cho các nước ASEAN.Hội nghị trực tuyến", ["cho các nước ASEAN.", "Hội nghị trực tuyến"]),
        ("Ông K. Kosachev và V. Putin gặp nhau.", ["Ông K. Kosachev và V. Putin gặp nhau."]),
        ("Tại TP.HCM giá tăng 4.7 lần.", ["Tại TP.HCM giá tăng 4.7 lần."]),
        ("Ngày 16.3.2023 họp. Sau đó nghỉ.", ["Ngày 16.3.2023 họp.", "Sau đó nghỉ."]),
        ("The U.S. Army came. It left.", ["The U.S. Army came.", "It left."]),
        ("Xem tại https://a.vn/B.html. Sau đó.", ["Xem tại https://a.vn/B.html.", "Sau đó."]),
        ("Trang Chinhphu.VN đưa tin.", ["Trang Chinhphu.VN đưa tin."]),
        ("Ông nói: “Tốt lắm.” Sau đó đi.", ["Ông nói: “Tốt lắm.”", "Sau đó đi."]),
        ("trang bị…. Việt Nam tham dự.", ["trang bị….", "Việt Nam tham dự."]),
        ("năm 2021.Phát biểu tại hội nghị", ["năm 2021.", "Phát biểu tại hội nghị"]),
        ("TS. Nguyễn Văn A và Mr. Smith đến.", ["TS. Nguyễn Văn A và Mr. Smith đến."]),
        ("1. Tăng trưởng. Gồm: 2. Ổn định.", ["1. Tăng trưởng.", "Gồm: 2. Ổn định."]),
        ("vào tháng 10.Hai bên nhất trí", ["vào tháng 10.", "Hai bên nhất trí"]),
        ("khóa XV. Hội nghị", ["khóa XV.", "Hội nghị"]),
        ("", []),
        ("   ", []),
    ],
)
def test_split_sentences(text: str, want: list[str]) -> None:
    assert split_sentences(text) == want


def test_split_glued_only_cuts_where_no_space() -> None:
    text = "Câu một. Câu hai.Câu ba! Câu bốn?Câu năm"
    assert split_glued(text) == ["Câu một. Câu hai.", "Câu ba! Câu bốn?", "Câu năm"]


def test_spans_point_at_sentences() -> None:
    text = "  Một câu.  Hai câu!\nBa. "
    spans = sentence_spans(text)
    assert [text[a:b] for a, b in spans] == ["Một câu.", "Hai câu!", "Ba."]


WORDS = ["Hội", "nghị", "ASEAN", "nước", "Việt", "Nam", "đã", "ký", "Nga", "tăng", "Đại", "sứ"]
PROTECTED = [
    "TP.HCM",
    "U.S.",
    "4.7",
    "16.3.2023",
    "https://baoquocte.vn/a-b-166181.html",
    "https://vnexpress.net/Thoi-Su.Ha-Noi-1.html",
    "www.vtcnews.vn/x",
    "zingnews.vn",
    "K. Kosachev",
    "V. Putin",
    "Tp.HCM",
    "TS. Lan",
    "lan@baoquocte.vn",
]
word = st.sampled_from(WORDS)
sentence = st.lists(word, min_size=1, max_size=6).map(" ".join)
end = st.sampled_from([".", "!", "?", "...", "…", ".”"])
glue = st.sampled_from(["", " ", "  ", "\n", "\u00a0"])


@st.composite
def texts_with_protected(draw: st.DrawFn) -> tuple[str, list[str]]:
    parts: list[str] = []
    used: list[str] = []
    for _ in range(draw(st.integers(1, 5))):
        words = draw(st.lists(word, min_size=1, max_size=5))
        if draw(st.booleans()):
            token = draw(st.sampled_from(PROTECTED))
            used.append(token)
            words.insert(draw(st.integers(0, len(words))), token)
        parts.append(" ".join(words) + draw(end) + draw(glue))
    return "".join(parts), used


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300))
def test_no_character_lost(text: str) -> None:
    for split in (split_sentences, split_glued):
        pieces = split(text)
        assert all(p and p == p.strip() for p in pieces)
        assert "".join("".join(p.split()) for p in pieces) == "".join(text.split())


@settings(max_examples=150, deadline=None)
@given(texts_with_protected())
def test_protected_tokens_never_split(case: tuple[str, list[str]]) -> None:
    text, used = case
    for split in (split_sentences, split_glued):
        pieces = split(text)
        assert "".join("".join(p.split()) for p in pieces) == "".join(text.split())
        for token in used:
            assert any(token in p for p in pieces), (token, pieces)


@settings(max_examples=150, deadline=None)
@given(st.lists(sentence, min_size=1, max_size=6), st.sampled_from(["", " "]))
def test_sentences_found(sentences: list[str], sep: str) -> None:
    # every sentence starts with a capital and is not an abbreviation: each is found again
    capitalised = [s[0].upper() + s[1:] + "." for s in sentences]
    text = sep.join(capitalised)
    assert split_sentences(text) == capitalised
    assert split_glued(text) == (capitalised if sep == "" else [text])


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=200))
def test_spans_cover_nonspace(text: str) -> None:
    spans = sentence_spans(text)
    covered = "".join(text[a:b] for a, b in spans)
    assert "".join(covered.split()) == "".join(text.split())
    assert all(a < b for a, b in spans)
    assert all(b1 <= a2 for (_, b1), (a2, _) in pairwise(spans))
