"""Property tests: cleaning never crashes or yields empty paragraphs; sanitize is idempotent."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from vnreader.corpus.cleaning import REASONS, clean_page
from vnreader.corpus.model import Article
from vnreader.corpus.normalize import strip_markup
from vnreader.textsafe import sanitize

# Lines that look like the junk the cleaner knows, mixed with prose and noise.
JUNKY_LINES = [
    "• Zalo",
    "Nhỏ Bình thường Lớn",
    "Bình luận",
    "Bình luận (12)",
    "vtcnews.vn",
    "(VTC News) -",
    "https://zingnews.vn//a-b-post1.html",
    "Nguồn TG&VN: https://baoquocte.vn/x-1.html",
    "Thời sự quốc tếThứ Năm, 22/07/2021 19:24:11 +07:00Google News",
    "Tin/ảnh: Tuấn Anh",
    "Kông Anh",
    "Tin liên quan",
    "Xem thêm: Tiêu đề khác",
    "Một tóm tắt bị cắt ...",
    "Tiêu đề tin liên quan",
    "Ảnh: TTXVN",
    "Theo Reuters",
    "",
    "   ",
    "\u00a0",
    "Đoạn có\u2028ngắt dòng.",
    "Đại sứ Nga gặp Bộ trưởng Ngoại giao tại Hà Nội.",
    "Câu một.Câu hai dính liền.Câu ba (Ảnh: QT)",
    "TP.HCM tăng 4.7% ngày 16.3.2023.",
    "...",
    "…",
    "- 1",
    "(",
    ")",
    "<p>Đoạn&nbsp;có thẻ</p> &amp; &#8230; &#27;",
    ":",
]
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
line = st.one_of(st.sampled_from(JUNKY_LINES), st.text(max_size=80))
page = st.lists(line, max_size=25).map("\n".join)


def clean(text: str) -> Article:
    return clean_page(sanitize(text), path=Path("p.txt"), article_id="p")


@settings(max_examples=200, deadline=None)
@given(page)
def test_cleaning_never_crashes_and_keeps_paragraphs_clean(text: str) -> None:
    article = clean(text)
    assert article.title and article.title == article.title.strip()
    for para in article.paragraphs:
        assert para
        assert para == para.strip()
        assert not any(ch in para for ch in "\n\u2028\u2029")
        assert "\u00a0" not in para
        assert "  " not in para
        assert not CONTROL.search(para), "control character reached a paragraph"
    assert not CONTROL.search(article.title)
    assert all(r.reason in REASONS for r in article.removed)
    assert article.text == "\n\n".join(article.paragraphs)
    assert unicodedata.is_normalized("NFC", article.text)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=400))
def test_cleaning_arbitrary_text(text: str) -> None:
    article = clean(text)
    assert all(para and para == para.strip() for para in article.paragraphs)


@settings(max_examples=100, deadline=None)
@given(page)
def test_cleaning_is_deterministic(text: str) -> None:
    assert clean(text) == clean(text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_sanitize_idempotent(text: str) -> None:
    once = sanitize(text)
    assert sanitize(once) == once
    assert "\r" not in once and "\x1b" not in once and "\x9b" not in once


@settings(max_examples=100, deadline=None)
@given(page)
def test_no_non_space_character_invented(text: str) -> None:
    # every character of every paragraph and of the title comes from the page (or an entity)
    article = clean(text)
    source = set(sanitize(text)) | set(strip_markup(sanitize(text)))  # "&#8230;" → "…"
    for para in (*article.paragraphs, article.title):
        assert set(para) - {"…"} <= source | {" "} or para == "p"
