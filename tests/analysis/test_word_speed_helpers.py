"""The helpers that make the analysis faster give what the slower code gave."""

from __future__ import annotations

import re

from vnreader.analysis.entity_context import _road_words_at, mentions_sport
from vnreader.analysis.entity_tokens import tokenize
from vnreader.analysis.word_cache import WordCache


def test_word_cache_computes_once_and_stays_bounded() -> None:
    calls: list[str] = []

    def upper(word: str) -> str:
        calls.append(word)
        return word.upper()

    cache = WordCache(upper, limit=2)
    assert [cache[w] for w in ("a", "b", "a")] == ["A", "B", "A"]
    assert calls == ["a", "b"]
    assert cache["c"] == "C"  # the limit was reached: emptied, then filled again
    assert len(cache) == 1


def test_transliterations_joined_in_chains_and_apart() -> None:
    text = "Mát-xcơ-va và Ô-xtrây-li-a, Covid-19, Hà Nội-Hải Phòng"
    tokens = tokenize(text)
    assert tokens.words == [
        "Mát-xcơ-va",
        "và",
        "Ô-xtrây-li-a",
        "Covid",
        "19",
        "Hà",
        "Nội",
        "Hải",
        "Phòng",
    ]
    assert [text[s:e] for s, e in zip(tokens.starts, tokens.ends, strict=True)] == tokens.words
    assert tokens.raw_gaps[0] == " " and tokens.raw_gaps[2] == ", "


_SPORT = re.compile(
    r"(?<!\w)(?:bóng đá|cầu thủ|HLV|CLB|đội bóng|V-League|trận đấu|chung kết)(?!\w)"
)


def test_sport_words_found_as_whole_words_only() -> None:
    for text in (
        "HLV Park",
        "trận đấu.",
        "xem bóng đá",
        "CLBs",
        "HLVx cầu thủy",
        "_HLV",
        "chung kết_",
        "lượt chung kết",
        "",
    ):
        assert mentions_sport(text) == (_SPORT.search(text) is not None), text


def test_sport_words_found_with_the_tokens_as_without() -> None:
    for text in (
        "HLV Park",
        "xem bóng đá_x",
        "HLV-trưởng nói",  # "HLV" joined into a transliteration's token, a whole word still
        "T&CLB và O'HLV",
        "ông V-League, V-league",
        "Bộ NN&amp;PTNT và &HLV",  # a run right after "&" is no token in a text with "&amp;"
        "CLB_x HLV_",
        "hậu vệ. tiền đạo; trọng-tài",
        "",
    ):
        tokens = tokenize(text)
        assert mentions_sport(text, tokens.words) == mentions_sport(text), text
        with_set = mentions_sport(text, tokens.vocabulary, tokens.joined)
        assert with_set == mentions_sport(text), text


def test_road_words_found_with_the_tokens_as_without() -> None:
    for text in (
        "đường Láng, phố Huế và đại lộ Thăng Long",
        "thành phố Hà Nội, ngã tư Sở",
        "đại lộ_x, ngã-tư Sở, phố-xá",  # "_" and a joined token: every word looked for
        "tuyếnđường, đạilộ, ngã  tư",
        "",
    ):
        with_tokens = sorted(_road_words_at(text, tokenize(text)))
        assert with_tokens == sorted(_road_words_at(text)), text


def test_tokens_say_whether_a_token_joins_runs() -> None:
    for text in ("Hà Nội, 5/4 - HLV Park", "T&T", "O'Neill", "Mát-xcơ-va", "a_b", "NN&amp;PTNT"):
        tokens = tokenize(text)
        assert tokens.vocabulary == frozenset(tokens.words)
        if not tokens.joined:  # no joined token: every token is one run of letters or digits
            assert all(w.isalnum() for w in tokens.words), text
    assert not tokenize("Hà Nội, 5/4 - HLV Park").joined
    assert tokenize("T&T").joined and tokenize("Mát-xcơ-va").joined


def _hits_by_definition(text: str, word: str) -> list[int]:
    out: list[int] = []
    for w in (word, word[0].upper() + word[1:]):
        out.extend(k for k in range(len(text)) if text.startswith(w, k))
    return out


def test_word_hits_as_defined() -> None:
    from vnreader.analysis.figure_words import _hits

    text = "Gấp đôi, cung cấp gấp ba; Tỷ lệ 2 tỷ, tỉ, GẤP, ấp gấpgấp tháng Tháng ttháng"
    for word in ("gấp", "tỷ", "tỉ", "tháng", "ấp", "1a"):
        assert list(_hits(text, word)) == _hits_by_definition(text, word), word


def test_credit_marks_as_defined() -> None:
    from vnreader.analysis.entity_credits import _CREDITS, _credit_marks

    def by_definition(text: str) -> list[int]:
        return sorted(
            at
            for word in _CREDITS
            for at in range(len(text))
            if text.startswith(word, at)
            and (at == 0 or not text[at - 1].isalnum())
            and (
                text[at + len(word) :].lstrip(" \t").startswith(":")
                # "(Ảnh Đỗ Linh)": a credit in brackets needs no colon
                or (
                    text[at - 1 : at] == "("
                    and word == "Ảnh"
                    and text[at + len(word) :].startswith(" ")
                )
            )
        )

    for text in (
        "Ảnh: Gia Hân",
        "x Video : a ; Clip\t: b, Đồ họa: c",
        "tảnh: no; (Ảnh :: TTXVN)",
        ": Ảnh",
        "Nguồn:",
        "Bài:Hà Anh",
        "Cây đổ (Ảnh Đỗ Linh), (ảnh: Hà), (Ảnh : An) và (ảnhX)",
        "",
    ):
        assert _credit_marks(text) == by_definition(text), text


def test_line_starts_as_defined() -> None:
    from vnreader.analysis.entity_tokens import line_starts

    for text in (
        "Hà Tĩnh: Quang Tuấn, Kelly\nDự bị: Văn Lâm\n\n\nGhi bàn: Kelly",
        "\n\nMở đầu bằng dòng trống\n",
        "một dòng",
        "a\n \nb\r\nc - \nd",
        "\n",
    ):
        tokens = tokenize(text)
        raw = tokens.raw_gaps
        assert line_starts(text, tokens) == [0, *(k + 1 for k, g in enumerate(raw) if "\n" in g)]


def test_marks_joined_as_the_joining_split() -> None:
    from vnreader.analysis.entity_tokens import _JOIN

    joining = re.compile(rf"\w+(?:{_JOIN}\w+)*")  # the split that tries the joins at every run
    for text in (
        "T&T, O'Neill và D’Alessandro, Eto'o, K'sor",
        "I'm Harper's don't we'll they've O'",
        "A&B&C Q&A' M&A s&x'd B'x&y XO'Neil I'x",
        "&a b& 'x x' l'a L'Oreal x'÷ 5'30",
    ):
        tokens = tokenize(text)
        assert tokens.words == joining.findall(text), text
        assert [text[s:e] for s, e in zip(tokens.starts, tokens.ends, strict=True)] == tokens.words


def test_quotes_found_as_the_regex_finds_them() -> None:
    from vnreader.analysis.entity_titles import _OPENING, _after_quotes

    quote = re.compile(f"[{_OPENING}]")
    for text in ("phim \"Mắt biếc\" và ca khúc “Hà Nội” «x» ‘y’ 'z'", '""', "", "không"):
        assert _after_quotes(text) == [m.end() for m in quote.finditer(text)], text
