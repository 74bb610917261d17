"""Ingestion of every bundled seed page: metadata, paragraph counts and no junk left."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from vnreader.corpus import Article, load_corpus, read_article
from vnreader.locations import bundled_seeds

SEEDS = bundled_seeds()


def seed(prefix: str) -> Article:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return read_article(path)


@pytest.fixture(scope="module")
def articles() -> dict[str, Article]:
    load = load_corpus(SEEDS)
    assert load.problems == []
    return {a.id[:3]: a for a in load.articles}


EXPECTED = {
    "000": dict(
        title="Đề nghị Nga ưu tiên cung cấp vaccine và chuyển giao công nghệ sản xuất cho Việt Nam",
        source=None,
        url=None,
        published=None,
        author=None,
        paragraphs=14,
    ),
    "001": dict(
        title="Tình đoàn kết, gắn bó chiến lược Việt Nam-Nga trong thế giới đầy biến động",
        source="baoquocte.vn",
        url="https://baoquocte.vn/tinh-doan-ket-gan-bo-chien-luoc-viet-nam-nga-trong-the-gioi-day-bien-dong-166181.html",
        published=None,
        author=None,
        paragraphs=64,  # 76 lines - title - "Nguồn" line - 4 captions x2 - 2 pull-quotes
    ),
    "002": dict(
        title="Nga sẵn sàng chuyển giao công nghệ vaccine Covid-19 cho ASEAN",
        source="zingnews.vn",
        url="https://zingnews.vn/nga-san-sang-chuyen-giao-cong-nghe-vaccine-covid-19-cho-asean-post1247265.html",
        published=None,
        author=None,
        paragraphs=19,  # one glued line with 19 "end.Start" joins, one a caption
    ),
    "003": dict(
        title="Nga sẵn sàng chuyển giao công nghệ sản xuất vaccine COVID-19 cho Việt Nam",
        source="vtcnews.vn",
        url=None,
        published="2021-07-22T19:24:11+07:00",
        author="Kông Anh",
        paragraphs=7,
    ),
    "004": dict(
        title="Đại sứ Liên bang Nga nỗ lực thúc đẩy quan hệ hợp tác với Việt Nam",
        source=None,
        url=None,
        published=None,
        author="Tuấn Anh",
        paragraphs=11,
    ),
}


@pytest.mark.parametrize("key", sorted(EXPECTED))
def test_seed_metadata(articles: dict[str, Article], key: str) -> None:
    article = articles[key]
    want = EXPECTED[key]
    got = dict(
        title=article.title,
        source=article.source,
        url=article.url,
        published=article.published,
        author=article.author,
        paragraphs=len(article.paragraphs),
    )
    assert got == want


JUNK = [
    re.compile(r"https?://|www\."),
    re.compile(r"^(?:[\w-]+\.)+(?:vn|com|net)$"),
    re.compile(r"^Bình luận$"),
    re.compile(r"Zalo"),
    re.compile(r"Nhỏ Bình thường Lớn"),
    re.compile(r"Google News|\d{2}:\d{2}:\d{2} \+07:00"),
    re.compile(r"^\(VTC News\)"),
    re.compile(r"^(?:Tin|Bài)/ảnh:"),
    re.compile(r"\((?:Ảnh|Nguồn):[^)]*\)$"),
    re.compile(r" (?:\.\.\.|…)$"),  # a cut-off teaser summary
    re.compile(r" - \d+$"),
    re.compile(r"^Kông Anh$"),
]


@pytest.mark.parametrize("key", sorted(EXPECTED))
def test_no_junk_left(articles: dict[str, Article], key: str) -> None:
    article = articles[key]
    for para in article.paragraphs:
        assert para, "empty paragraph"
        assert para == para.strip()
        assert "\xa0" not in para and "  " not in para
        for pattern in JUNK:
            assert not pattern.search(para), (pattern.pattern, para)
        assert para != article.title, "title repeated as a caption"
    for first, second in zip(article.paragraphs, article.paragraphs[1:], strict=False):
        assert first != second, "duplicate consecutive paragraph"


def test_title_is_not_a_paragraph(articles: dict[str, Article]) -> None:
    for article in articles.values():
        assert article.title not in article.paragraphs


def test_003_removed_lines_keep_reasons(articles: dict[str, Article]) -> None:
    removed = [(r.reason, r.text) for r in articles["003"].removed]
    assert removed == [
        ("widget", "• Zalo"),
        ("dateline", "Thời sự quốc tếThứ Năm, 22/07/2021 19:24:11 +07:00Google News"),
        ("agency", "(VTC News) -"),
        (
            "caption",
            "Nga sẵn sàng chuyển giao công nghệ sản xuất vaccine COVID-19 cho Việt Nam - 1",
        ),
        ("caption", "Bộ trưởng Ngoại giao Bùi Thanh Sơn và Đại sứ Gennady Bezdetko."),
        ("credit", "Kông Anh"),
        ("widget", "Bình luận"),
        ("source", "vtcnews.vn"),
    ]


def test_sections(articles: dict[str, Article]) -> None:
    assert articles["003"].section == "Thời sự quốc tế"  # from its dateline
    assert all(articles[k].section is None for k in ("000", "001", "002", "004"))


def test_003_nbsp_normalised(articles: dict[str, Article]) -> None:
    assert "\xa0" in articles["003"].raw
    para = articles["003"].paragraphs[1]
    assert para.endswith("Gennady Bezdetko đến chào xã giao.")


def test_004_teasers_and_caption_removed(articles: dict[str, Article]) -> None:
    article = articles["004"]
    teasers = [r.text for r in article.removed if r.reason == "teaser"]
    assert len(teasers) == 6
    assert all("Nga xem xét" not in p and "Quan hệ Việt-Nga" not in p for p in article.paragraphs)
    # the lead image's caption (under its alt text, the title again) leaves the body
    caption = (
        "Thứ trưởng Ngoại giao Tô Anh Dũng tiếp Đại sứ Liên bang Nga tại Việt Nam chào xã giao."
    )
    assert caption not in article.paragraphs
    assert ("caption", caption) in [(r.reason, r.text) for r in article.removed]
    assert article.paragraphs[-1].startswith("Hai bên cũng trao đổi các vấn đề song phương")


def test_001_captions_and_pull_quotes_leave_the_body(articles: dict[str, Article]) -> None:
    article = articles["001"]
    assert not any("Sputnik-V của Nga vào tháng 9" in p for p in article.paragraphs)
    reasons = [r.reason for r in article.removed]
    assert reasons.count("duplicate") == 4 and reasons.count("caption") == 4
    # two pull-quotes, each said again in a later paragraph: now said once
    assert reasons.count("pull-quote") == 2
    assert article.text.count("Quan hệ giữa Nga và Việt Nam có tính chất đặc biệt") == 1
    assert article.text.count("Việc Chủ tịch nước Nguyễn Xuân Phúc thăm chính thức") == 1
    assert article.paragraphs[-1] == "Xin cảm ơn Đại sứ!"


def test_002_glued_sentences_split(articles: dict[str, Article]) -> None:
    article = articles["002"]
    text = article.text
    assert "ASEAN.Hội" not in text
    assert not re.search(r"[a-zà-ỹ)][.!?][A-ZĐÀ-Ỹ]", text)
    assert article.paragraphs[0].endswith("cho các nước ASEAN.")
    assert article.paragraphs[1].startswith("Hội nghị trực tuyến Bộ trưởng Ngoại giao ASEAN - Nga")
    # a sentence boundary with a space inside a paragraph is not a paragraph break
    assert "toàn diện. ASEAN đề nghị" in text
    # nothing but the glue point between paragraphs changed: same characters
    body_raw = article.raw.split("\n")[2]
    caption = "Hình ảnh Hội nghị trực tuyến Bộ trưởng Ngoại giao ASEAN - Nga. Ảnh: Bộ Ngoại giao."
    assert "".join(article.paragraphs).replace(" ", "") == body_raw.replace(caption, "").replace(
        " ", ""
    )
    assert ("caption", caption) in [(r.reason, r.text) for r in article.removed]


def test_initials_not_split(articles: dict[str, Article]) -> None:
    assert any("Phó Chủ tịch K. Kosachev chúc mừng" in p for p in articles["000"].paragraphs)
    assert any("Tổng thống Liên bang Nga V. Putin đã" in p for p in articles["001"].paragraphs)


def test_raw_is_sanitised_original(articles: dict[str, Article]) -> None:
    for article in articles.values():
        original = Path(article.path).read_text(encoding="utf-8")
        assert article.raw == original.replace("\r\n", "\n")


def test_ids_are_file_stems_and_hashes_differ(articles: dict[str, Article]) -> None:
    ids = [a.id for a in articles.values()]
    assert ids == sorted(p.stem for p in SEEDS.glob("*.txt"))
    assert len({a.content_hash for a in articles.values()}) == len(ids)


def test_read_article_matches_load(articles: dict[str, Article]) -> None:
    assert seed("003") == articles["003"]
