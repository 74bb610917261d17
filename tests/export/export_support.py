"""Shared test data for the export tests: articles, annotations, Vietnamese text, NFD."""

from __future__ import annotations

import io
import unicodedata
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

from vnreader.corpus.model import Article
from vnreader.export import export
from vnreader.store.model import Anchor, Annotation
from vnreader.textsafe import sanitize

STAMP = "2026-11-25T12:00:00.000Z"
BASES = "aăâeêioôơuưyAĂÂEÊIOÔƠUƯY"
TONES = ("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323")
# every Vietnamese vowel with every tone, upper and lower case, and đ/Đ (NFC)
VIETNAMESE_LETTERS = (
    "".join(unicodedata.normalize("NFC", b + t) for b in BASES for t in TONES) + "đĐ"
)


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def make_articles() -> list[Article]:
    letters = " ".join(
        VIETNAMESE_LETTERS[i : i + 12] for i in range(0, len(VIETNAMESE_LETTERS), 12)
    )
    return [
        Article(
            id="vn-001",
            path=Path("corpus/vn-001.txt"),
            title="Kim ngạch xuất khẩu đạt 96,8 tỷ USD",
            paragraphs=(
                "Kim ngạch xuất khẩu của Việt Nam sang Hoa Kỳ đạt 96,8 tỷ USD trong năm 2023.",
                "Bộ Y tế cho biết đã tiêm hơn 266 triệu liều vắc xin phòng COVID-19.",
                letters,
                "Ông Nguyễn Văn Ấn nói: “Hoa Kỳ là đối tác lớn”. Hoa Kỳ cũng nhập khẩu gạo.",
            ),
            source="vnexpress.net",
            url="https://vnexpress.net/kim-ngạch-xuất-khẩu-4711.html",
            published="2024-01-05",
            author="Thanh Hà",
        ),
        Article(
            id="vn 002/ắ",
            path=Path("corpus/vn 002.txt"),
            title="Bão số 3 đổ bộ",
            paragraphs=("Bão số 3 đổ bộ vào Quảng Ninh, gió giật cấp 12.", "Đêm nay trời mưa to."),
        ),
    ]


def span(
    article: Article,
    quote: str,
    *,
    id: str,
    label: str | None = "PER",
    note: str | None = None,
    occurrence: int = 0,
    author: str = "lan",
    created: str = STAMP,
    modified: str | None = None,
) -> Annotation:
    start = -1
    for _ in range(occurrence + 1):
        start = article.text.index(quote, start + 1)
    anchor = Anchor.from_text(article.text, start, start + len(quote), article.content_hash)
    return Annotation(
        id=id,
        article_id=article.id,
        kind="span",
        created=created,
        modified=modified or created,
        author=author,
        label=label,
        note=note,
        anchor=anchor,
    )


def tag(article_id: str, name: str, *, id: str, modified: str = STAMP) -> Annotation:
    return Annotation(id, article_id, "tag", STAMP, modified, "lan", tag=name)


def note(article_id: str, text: str, *, id: str, modified: str = STAMP) -> Annotation:
    return Annotation(id, article_id, "note", STAMP, modified, "lan", note=text)


def export_text(fmt: str, articles: list[Article], anns: Iterable[Annotation], **kw: object) -> str:
    out = io.StringIO()
    export(fmt, articles, list(anns), out, exported_at=STAMP, **kw)  # type: ignore[arg-type]
    return out.getvalue()


def sanitized(ann: Annotation) -> Annotation:
    """*ann* as it must come back from an import: every string through sanitize()."""

    def s(value: str | None) -> str | None:
        return None if value is None else sanitize(value)

    anchor = ann.anchor
    if anchor is not None:
        anchor = replace(
            anchor,
            exact=sanitize(anchor.exact),
            prefix=sanitize(anchor.prefix),
            suffix=sanitize(anchor.suffix),
        )
    return replace(
        ann,
        article_id=sanitize(ann.article_id),
        author=sanitize(ann.author),
        tag=s(ann.tag),
        label=s(ann.label),
        note=s(ann.note),
        anchor=anchor,
    )
