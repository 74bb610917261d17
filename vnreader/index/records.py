"""File → index record: the pure function indexing maps over the files of a corpus.

:func:`index_files` reads, hashes, cleans (and optionally analyses) files and returns
picklable :class:`FileRecord` values; it touches no database, so it runs the same in this
process, in a pool of processes, or on another machine (see ``docs/architecture.md``).
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from vnreader.analysis import analyze
from vnreader.analysis.fold import fold
from vnreader.corpus.errors import CorpusError
from vnreader.corpus.loader import article_from_bytes
from vnreader.corpus.reading import read_bytes
from vnreader.index.codec import encode_analysis, encode_body
from vnreader.index.facts import Facts, fact_rows
from vnreader.textsafe import sanitize


@dataclass(frozen=True, slots=True)
class FileTask:
    """One file to index: its position in the list, its path, id, and the stored hash."""

    order: int
    path: str
    article_id: str
    old_hash: str | None = None


@dataclass(frozen=True, slots=True)
class FileRecord:
    """What indexing one file gives. ``same`` means its bytes hash as before (only the size
    or time changed); ``problem`` is set (one line) when the file is not a readable article."""

    order: int
    size: int
    mtime_ns: int
    hash: str
    same: bool = False
    problem: str | None = None
    title: str = ""
    source: str | None = None
    published: str | None = None
    author: str | None = None
    section: str | None = None
    length: int = 0
    body: bytes = b""
    analysis: bytes | None = None
    facts: Facts | None = None
    folded_title: str = ""
    folded_body: str = ""

    def listed(self) -> tuple[str, str | None, str | None, str | None, str | None, int]:
        """What the article list shows: the fields of an ArticleRow after id and path."""
        return (self.title, self.source, self.published, self.author, self.section, self.length)


def file_hash(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def index_files(tasks: list[FileTask], analyse: bool = False) -> list[FileRecord]:
    """:func:`index_file` of each task (one call per chunk of files in a pool)."""
    return [index_file(task, analyse) for task in tasks]


def index_file(task: FileTask, analyse: bool = False) -> FileRecord:
    path = Path(task.path)
    try:
        info = os.stat(path)
        size, mtime_ns = info.st_size, info.st_mtime_ns
    except OSError:
        size, mtime_ns = -1, -1
    try:
        data = read_bytes(path)
    except CorpusError as exc:
        return FileRecord(task.order, size, mtime_ns, "", problem=_line(exc))
    digest = file_hash(data)
    if digest == task.old_hash:
        return FileRecord(task.order, size, mtime_ns, digest, same=True)
    try:
        article = article_from_bytes(data, path, task.article_id)
    except CorpusError as exc:
        return FileRecord(task.order, size, mtime_ns, digest, problem=_line(exc))
    text = article.text
    found = analyze(text) if analyse else None
    return FileRecord(
        task.order,
        size,
        mtime_ns,
        digest,
        title=article.title,
        source=article.source,
        published=article.published,
        author=article.author,
        section=article.section,
        length=len(text),
        body=encode_body(article),
        analysis=encode_analysis(found, text) if found is not None else None,
        facts=fact_rows(text, found) if found is not None else None,
        folded_title=fold(article.title),
        folded_body=fold(text),
    )


def _line(exc: Exception) -> str:
    return " ".join(sanitize(str(exc)).split("\n"))
