"""Searching the index: whole folded syllables, all words, phrases, ranking, hostile input."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vnreader.index import CorpusIndex
from vnreader.index.query import parse

from .conftest import article, write_corpus

Opener = Callable[[Path], CorpusIndex]

FILES = {
    "a_title.txt": article("Tin Hà Nội hôm nay", "Thời tiết đẹp, trời nắng."),
    "b_glued.txt": article("Bài viết tiếng Anh", "Hanoi is the capital city of Vietnam."),
    "c_chao.txt": article("Lời chào", "Xin chào các bạn đọc thân mến."),
    "d_apart.txt": article("Tin vắn", "Nội dung tin vắn ở Hà Giang hôm nay."),
    "e_body.txt": article("Tin ngắn", "Chiều qua, Hà Nội mưa to."),
    "f_name.txt": article("Ngoại giao", "Bộ trưởng Bùi Thanh Sơn tiếp Đại sứ Nga."),
    "g_scattered.txt": article("Sơn Bùi và Thanh", "Một bài khác về nghệ thuật."),
    "h_dnang.txt": article("ĐÀ NẴNG đón khách", "Đường phố đông vui."),
}


@pytest.fixture
def index(tmp_path: Path, open_index: Opener) -> CorpusIndex:
    index = open_index(write_corpus(tmp_path / "c", FILES))
    index.refresh()
    return index


def test_whole_syllables_not_substrings(index: CorpusIndex) -> None:
    hits = index.search("ha noi")
    assert set(hits) == {"a_title", "d_apart", "e_body"}  # not "Hanoi", not "chào"
    assert index.search("hanoi") == ["b_glued"]
    assert index.search("chao") == ["c_chao"]
    assert index.search("ch") == []


def test_every_word_is_required(index: CorpusIndex) -> None:
    assert index.search("troi tin") == ["a_title"]
    assert index.search("van giang") == ["d_apart"]
    assert index.search("ha noi capital") == []


def test_case_and_diacritics_are_ignored_and_d_is_folded(index: CorpusIndex) -> None:
    assert index.search("đà nẵng") == index.search("DA NANG") == index.search("Da Nang")
    assert index.search('"da nang"') == ["h_dnang"]
    assert index.search("ĐƯỜNG") == ["h_dnang"]


def test_quotes_make_a_phrase(index: CorpusIndex) -> None:
    assert set(index.search('"ha noi"')) == {"a_title", "e_body"}
    assert index.search('"thanh son"') == ["f_name"]
    assert index.search('bo "thanh son"') == ["f_name"]
    assert index.search('"noi ha"') == []


def test_phrase_first_then_title_then_relevance(index: CorpusIndex) -> None:
    hits = index.search("ha noi")
    assert hits[:2] == ["a_title", "e_body"]  # the phrase; in the title first
    assert hits[2] == "d_apart"  # the words apart
    assert index.search("bui thanh son") == ["f_name", "g_scattered"]
    assert index.search("son bui") == ["g_scattered", "f_name"]  # the title holds the phrase


def test_empty_or_wordless_query_gives_all_in_list_order(index: CorpusIndex) -> None:
    ids = [row.id for row in index.rows()]
    assert index.search("") == ids
    assert index.search("  ") == ids
    assert index.search("()") == ids
    assert index.search("", limit=3) == ids[:3]
    assert index.search("ha noi", limit=1) == ["a_title"]


@pytest.mark.parametrize(
    "query",
    [
        '"',
        '"ha',
        'ha" noi',
        "ha AND",
        "OR noi",
        "NOT",
        "NEAR(ha noi)",
        "title:ha",
        "body : noi",
        "{title body}: ha",
        "ha*",
        "^ha",
        "-noi",
        "+",
        "(ha",
        "ha)",
        "'; DROP TABLE files; --",
        "\x00\x1b[31m",
        "ha\u200bnoi",
    ],
)
def test_hostile_queries_never_raise(index: CorpusIndex, query: str) -> None:
    assert isinstance(index.search(query), list)


def test_fts_operators_typed_are_words(index: CorpusIndex) -> None:
    assert set(index.search("ha AND noi")) == set()  # "and" is a word nobody wrote here
    assert index.search("title:chao") == []  # "title" must be a word in the text too
    assert index.search("chao*") == ["c_chao"]


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=30))
def test_any_text_parses_into_a_valid_query(text: str) -> None:
    query = parse(text)
    assert query.match.count('"') % 2 == 0
    if query.match:
        assert query.title is not None and query.title.startswith("title : (")


def test_many_hits_keep_phrase_and_title_first_then_list_order(
    index: CorpusIndex, monkeypatch: pytest.MonkeyPatch
) -> None:
    from vnreader.index import search

    monkeypatch.setattr(search, "RANKED_HITS", 1)
    assert index.search("ha noi") == ["a_title", "e_body", "d_apart"]
    assert index.search("son bui") == ["g_scattered", "f_name"]
    assert index.search("hom") == [
        "a_title",
        "b_glued",
        "c_chao",
        "d_apart",
        "e_body",
        "f_name",
        "g_scattered",
        "h_dnang",
    ]


def test_many_hits_follow_the_list_order_after_a_refresh(
    tmp_path: Path, open_index: Opener, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The list order kept for searches of many hits is read again when the files change,
    also when another process (here another index object) refreshed the index."""
    from vnreader.index import search

    monkeypatch.setattr(search, "RANKED_HITS", 1)
    corpus = write_corpus(tmp_path / "c", FILES)
    index = open_index(corpus)
    index.refresh()
    assert index.search("bao") == [row.id for row in index.rows()]
    (corpus / "c_chao.txt").unlink()
    write_corpus(corpus, {"0_first.txt": article("Tin đầu", "Hôm nay trời đẹp.")})
    other = open_index(corpus)
    other.refresh()
    ids = [row.id for row in other.rows()]
    assert ids[0] == "0_first" and "c_chao" not in ids
    assert index.search("bao") == ids
    assert index.search("bao", limit=2) == ids[:2]
    (corpus / "0_first.txt").unlink()
    index.refresh()
    assert index.search("bao") == other.search("bao") == ids[1:]


def test_many_hits_are_listed_by_row_id_without_a_join_or_sort_in_sqlite(
    index: CorpusIndex, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At 200,000 articles, joining 200,000 hits to their rows and sorting them was most of
    a search: SQLite now only lists the row ids of each group."""
    from vnreader.index import search

    monkeypatch.setattr(search, "RANKED_HITS", 1)
    index.rows()
    statements: list[str] = []
    conn = index._db.connect()
    conn.set_trace_callback(statements.append)
    try:
        assert index.search("ha noi") == ["a_title", "e_body", "d_apart"]
    finally:
        conn.set_trace_callback(None)
    fts = [s for s in statements if "fts" in s and not s.startswith("--")]  # not FTS5 own
    assert len(fts) >= 2  # the hits, the title (the phrase in a second thread)
    assert not [s for s in fts if "JOIN" in s or "ORDER BY" in s]


def test_the_phrase_is_looked_up_in_a_second_thread_that_close_stops(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    from vnreader.index import search

    monkeypatch.setattr(search, "RANKED_HITS", 1)
    index = CorpusIndex.open(write_corpus(tmp_path / "c", FILES), index_dir=tmp_path / "i")
    index.refresh()

    def helpers() -> list[threading.Thread]:
        return [t for t in threading.enumerate() if t.name.startswith("vnreader-search")]

    assert index.search("ha noi") == ["a_title", "e_body", "d_apart"]
    assert index.search("son bui") == ["g_scattered", "f_name"]
    assert len(helpers()) == 1
    index.close()
    assert helpers() == []
