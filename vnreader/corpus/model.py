"""The Article model: one cleaned news article, immutable, with what cleaning removed."""

from __future__ import annotations

import hashlib
from array import array
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from itertools import accumulate
from pathlib import Path
from typing import overload

PARAGRAPH_SEPARATOR = "\n\n"
SHARED_TEXT_CHARS = 1_000_000  # from this length, the paragraphs are read from the text


class Paragraphs(Sequence[str]):
    """The paragraphs of a very large article as slices of its text, which then holds them
    once (as strings and joined they took twice the memory: ~200 MB at 50 MB). Compares
    equal to the tuple of the same paragraphs."""

    __slots__ = ("_ends", "_starts", "_text")

    def __init__(self, text: str, lengths: Sequence[int]) -> None:
        sep = len(PARAGRAPH_SEPARATOR)
        self._text = text
        self._starts = array("q", accumulate((n + sep for n in lengths[:-1]), initial=0))
        self._ends = array("q", (start + n for start, n in zip(self._starts, lengths, strict=True)))

    def __len__(self) -> int:
        return len(self._starts)

    @overload
    def __getitem__(self, i: int) -> str: ...
    @overload
    def __getitem__(self, i: slice) -> tuple[str, ...]: ...
    def __getitem__(self, i: int | slice) -> str | tuple[str, ...]:
        if isinstance(i, slice):
            return tuple(self[j] for j in range(*i.indices(len(self))))
        return self._text[self._starts[i] : self._ends[i]]

    def __iter__(self) -> Iterator[str]:
        text = self._text
        return (text[s:e] for s, e in zip(self._starts, self._ends, strict=True))

    def offsets(self) -> list[tuple[int, int]]:
        return list(zip(self._starts, self._ends, strict=True))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, (Paragraphs, tuple, list)) or len(other) != len(self):
            return False
        return all(a == b for a, b in zip(self, other, strict=True))

    def __hash__(self) -> int:
        return hash(tuple(self))

    def __repr__(self) -> str:
        return repr(tuple(self))

    def __reduce__(self) -> tuple[type[tuple[str, ...]], tuple[tuple[str, ...]]]:
        return tuple, (tuple(self),)  # pickled as the plain tuple it stands for


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
    paragraphs: Sequence[str]  # a tuple; a very large article's: :class:`Paragraphs`
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
        if len(text) >= SHARED_TEXT_CHARS and len(self.paragraphs) > 1:
            lengths = [len(p) for p in self.paragraphs]
            object.__setattr__(self, "paragraphs", Paragraphs(text, lengths))

    def paragraph_offsets(self) -> list[tuple[int, int]]:
        """Start/end offsets of each paragraph within :attr:`text`."""
        if isinstance(self.paragraphs, Paragraphs):
            return self.paragraphs.offsets()
        spans: list[tuple[int, int]] = []
        pos = 0
        for para in self.paragraphs:
            spans.append((pos, pos + len(para)))
            pos += len(para) + len(PARAGRAPH_SEPARATOR)
        return spans


def content_hash(text: str) -> str:
    """A short stable hash of an article's NFC text ("sha256:" + 32 hex digits)."""
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]
