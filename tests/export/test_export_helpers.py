"""Small parts of the export package: sentences, values, line numbers in JSON."""

from __future__ import annotations

import json

import pytest
from export_support import VIETNAMESE_LETTERS
from hypothesis import given, settings
from hypothesis import strategies as st

from vnreader.export.jsonpos import loads
from vnreader.export.sentences import Sentences, sentence_bounds
from vnreader.export.values import (
    annotation_id_from_iri,
    annotation_iri,
    article_id_from_urn,
    article_urn,
    is_uri,
    is_vietnamese,
    normalize_time,
)
from vnreader.export.w3c import url_key

TEXT = (
    "Kim ngạch đạt 96,8 tỷ USD năm 2023. Ông A (TP. HCM) nói: “Tăng 1.000 tấn!” Hết…"
    " PGS. TS. Lê B cho biết.\n\nĐoạn hai?"
)


def test_sentences_do_not_split_numbers_or_abbreviations() -> None:
    assert [TEXT[s:e] for s, e in sentence_bounds(TEXT)] == [
        "Kim ngạch đạt 96,8 tỷ USD năm 2023.",
        "Ông A (TP. HCM) nói: “Tăng 1.000 tấn!”",
        "Hết…",
        "PGS. TS. Lê B cho biết.",
        "Đoạn hai?",
    ]
    sentences = Sentences(TEXT)
    i = TEXT.index("1.000")
    assert sentences.around(i, i + 5) == "Ông A (TP. HCM) nói: “Tăng 1.000 tấn!”"
    j = TEXT.index("2023")
    assert sentences.around(j, i) == TEXT[: TEXT.index("!”") + 2]  # a span over two sentences


def test_initials_do_not_end_a_sentence_in_the_figures_table() -> None:
    """One splitter for the project: the export's context is the corpus's sentence."""
    from vnreader.corpus import split_sentences

    text = (
        "Phó Chủ tịch K. Kosachev tiếp Bộ trưởng. Tổng thống V. Putin đồng ý cung cấp "
        "20 triệu liều vaccine."
    )
    i = text.index("20 triệu")
    assert Sentences(text).around(i, i + 8) == text[text.index("Tổng thống") :]
    assert [text[s:e] for s, e in sentence_bounds(text)] == split_sentences(text)


@settings(max_examples=150)
@given(st.text(alphabet=VIETNAMESE_LETTERS + " .!?…\n,0123456789", max_size=80), st.data())
def test_the_context_always_contains_the_span(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    around = Sentences(text).around(start, end)
    assert text[start:end] in around and around in text


@pytest.mark.parametrize(
    "text, expected",
    [
        ("PER", False),
        ("covid", False),
        ("Mỹ", True),
        ("kinh-tế", True),
        ("Đà", True),
        ("Müller và Hà", False),
        ("北京", False),
    ],
)
def test_is_vietnamese(text: str, expected: bool) -> None:
    assert is_vietnamese(text) is expected


def test_normalize_time() -> None:
    assert normalize_time("2024-05-01T15:30:00+07:00") == "2024-05-01T08:30:00.000Z"
    assert normalize_time("2024-05-01T08:30:00.123456Z") == "2024-05-01T08:30:00.123Z"
    assert normalize_time("2024-05-01") == "2024-05-01T00:00:00.000Z"
    assert normalize_time("yesterday") is None
    # out of range once moved to UTC: refused, not an OverflowError crashing the import
    assert normalize_time("0001-01-01T00:00:00+01:00") is None
    assert normalize_time("9999-12-31T23:59:59-01:00") is None


@settings(max_examples=150)
@given(st.text(min_size=1, max_size=30))
def test_ids_become_uris_and_come_back(value: str) -> None:
    assert is_uri(annotation_iri(value)) and annotation_id_from_iri(annotation_iri(value)) == value
    assert is_uri(article_urn(value)) and article_id_from_urn(article_urn(value)) == value


def test_urls_match_loosely() -> None:
    a = url_key("https://vnexpress.net/kim-ngạch-4711.html")
    assert url_key("http://VNEXPRESS.net/kim-ng%E1%BA%A1ch-4711.html/") == a
    assert url_key("https://vnexpress.net/kim-ngạch-4712.html") != a


def test_line_numbers_of_objects() -> None:
    text = '{"a": [\n  {"b": 1},\n\n  {"c": {"d": 2}}\n]}'
    parsed = loads(text)
    value = parsed.value
    assert value == json.loads(text)
    assert [parsed.line(value), parsed.line(value["a"][0]), parsed.line(value["a"][1])] == [1, 2, 4]
    assert parsed.line(value["a"][1]["c"]) == 4 and parsed.line(object()) == 1
    with pytest.raises(ValueError, match="line 2: not valid JSON"):
        loads('{"a":\n nope}')
