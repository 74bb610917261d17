"""The Article model: one cleaned news article, immutable, with what cleaning removed."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

PARAGRAPH_SEPARATOR = "\n\n"


@dataclass(frozen=True, slots=True)
class RemovedLine:
    """A line that cleaning took out of the page, and why (for the raw view)."""

    # one of vnreader.corpus.cleaning.REASONS: "url", "source", "agency", "widget",
    # "dateline", "duplicate", "caption", "teaser", "credit"
    reason: str
    text: str


@dataclass(frozen=True, slots=True)
class Article:
    """A cleaned article.

    ``text`` is the paragraphs joined by a blank line; it is NFC and every annotation offset
    (Unicode code points, end exclusive) refers to it. ``content_hash`` identifies that text.
    """

    id: str
    path: Path
    title: str
    paragraphs: tuple[str, ...]
    source: str | None = None  # the site, e.g. "vtcnews.vn"
    url: str | None = None
    published: str | None = None  # ISO 8601: "2021-07-22T19:24:11+07:00" or "2021-07-22"
    author: str | None = None
    removed: tuple[RemovedLine, ...] = ()
    raw: str = ""  # the file as read (sanitised), for the raw view
    section: str | None = None  # the site's section, e.g. "Thời sự quốc tế", "Thế giới > Châu Á"
    # what reading the file had to repair, one line each ("2 bytes that are not UTF-8 shown as �")
    notes: tuple[str, ...] = ()
    text: str = field(init=False)
    content_hash: str = field(init=False)

    def __post_init__(self) -> None:
        text = PARAGRAPH_SEPARATOR.join(self.paragraphs)
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "content_hash", content_hash(text))

    def paragraph_offsets(self) -> list[tuple[int, int]]:
        """Start/end offsets of each paragraph within :attr:`text`."""
        spans: list[tuple[int, int]] = []
        pos = 0
        for para in self.paragraphs:
            spans.append((pos, pos + len(para)))
            pos += len(para) + len(PARAGRAPH_SEPARATOR)
        return spans


def content_hash(text: str) -> str:
    """A short stable hash of an article's NFC text ("sha256:" + 32 hex digits)."""
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]
