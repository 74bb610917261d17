"""Import/merge: read a json, jsonl or w3c export, place its annotations, merge them.

The format is detected from the content, never from the file name. The whole file is read and
checked before anything is merged, so a malformed file changes nothing. Merging is by
annotation id through :meth:`AnnotationStore.merge` (the newest event wins, deletions
included; two versions made apart are a conflict, named in the report with both versions; the
same file imported twice changes nothing).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from vnreader.corpus.model import Article
from vnreader.export import jsonl, native, w3c
from vnreader.export.errors import ExportFormatError
from vnreader.export.jsonpos import loads
from vnreader.export.placement import place
from vnreader.export.reader import RecordReader
from vnreader.export.results import ImportReport
from vnreader.safefiles import describe_error
from vnreader.store.model import Annotation
from vnreader.store.repository import AnnotationStore

MAX_BYTES = 200 * 1024 * 1024


def import_file(path: Path, articles: Sequence[Article], store: AnnotationStore) -> ImportReport:
    """Merge the annotations of the export at *path* into *store*.

    Raises :class:`ExportFormatError` ("PATH: line N: what is wrong") for a file it cannot read.
    """
    fmt, annotations, unplaced = read_file(path, articles)
    by_id = {a.id: a for a in articles}
    placed: list[Annotation] = []
    for ann in annotations:
        if ann.is_deleted:  # a tombstone: nothing to place
            placed.append(ann)
            continue
        ann, reason = place(ann, by_id.get(ann.article_id))
        placed.append(ann)
        if reason:
            unplaced.append(reason)
    merged = store.merge(placed)
    merged.unplaced = [_one_line(line) for line in (*unplaced, *merged.unplaced)]
    return ImportReport(**vars(merged), format=fmt)


def _one_line(text: str) -> str:
    return " ".join(text.split("\n"))


def read_file(
    path: Path, articles: Sequence[Article] = ()
) -> tuple[str, list[Annotation], list[str]]:
    """Format, annotations (not yet placed) and reasons for records that cannot be kept."""
    text = _read_text(path)
    resolve = w3c.ArticleResolver(list(articles))
    if not text.strip():
        raise ExportFormatError(f"{path}: empty file")
    lines = text.splitlines()
    first = next(i for i, line in enumerate(lines) if line.strip())
    _refuse_one_way_formats(path, lines[first])
    try:
        doc = loads(text)
    except ValueError as whole_error:
        if _parses_alone(lines[first]):
            return _read_lines(path, lines, resolve)
        raise ExportFormatError(f"{path}: {describe_error(whole_error)}") from None
    r = RecordReader(path, doc.line)
    value = doc.value
    if isinstance(value, dict) and value.get("format") == native.FORMAT:
        return "json", native.read(value, r), []
    if jsonl.is_header(value) or jsonl.looks_like_record(value):
        return "jsonl", jsonl.read([value], r), []
    if isinstance(value, list) and value and all(jsonl.looks_like_record(v) for v in value):
        return "jsonl", jsonl.read(value, r), []
    if w3c.looks_like_w3c(value):
        anns, unplaced = w3c.read(value, r, resolve)
        return "w3c", anns, unplaced
    r.fail(value, _NOT_AN_EXPORT)


_NOT_AN_EXPORT = (
    "not a vnreader export (json, jsonl) nor W3C Web Annotations "
    "(an Annotation, a list of them, an AnnotationPage or an AnnotationCollection)"
)


def _read_text(path: Path) -> str:
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ExportFormatError(f"{path}: too large to import ({size // 1024 // 1024} MB)")
        data = path.read_bytes()
    except OSError as exc:
        raise ExportFormatError(f"{path}: cannot read ({exc.strerror or exc})") from None
    try:
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            return data.decode("utf-16")
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ExportFormatError(f"{path}: line {line}: not UTF-8 text") from None


def _refuse_one_way_formats(path: Path, first: str) -> None:
    """The csv and spans exports keep no annotation ids, times or authors: say so, rather
    than "not valid JSON" or a complaint about a record's 'kind'."""
    head = first.lstrip("\ufeff")
    if head.startswith("article_id,"):
        what = "a CSV of figures (export -f csv)"
    else:
        try:
            value = json.loads(head)
        except (ValueError, RecursionError):
            return
        if not (isinstance(value, dict) and "text" in value and "label" in value):
            return
        what = "NER training data (export -f spans)"
    raise ExportFormatError(
        f"{path}: {what} cannot be imported; import reads the json, jsonl and w3c exports"
    )


def _parses_alone(line: str) -> bool:
    try:
        return isinstance(json.loads(line), dict)
    except (ValueError, RecursionError):
        return False


def _read_lines(
    path: Path, lines: list[str], resolve: w3c.ArticleResolver
) -> tuple[str, list[Annotation], list[str]]:
    """JSON Lines: vnreader's jsonl, or W3C annotations one per line."""
    values: list[Any] = []
    line_of: dict[int, int] = {}
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except (ValueError, RecursionError) as exc:
            message = describe_error(exc)
            raise ExportFormatError(f"{path}: line {number}: not valid JSON ({message})") from None
        _index(value, number, line_of)
        values.append(value)
    r = RecordReader(path, lambda obj: line_of.get(id(obj), 1))
    if jsonl.is_header(values[0]) or jsonl.looks_like_record(values[0]):
        return "jsonl", jsonl.read(values, r), []
    if all(w3c.looks_like_w3c(v) for v in values):
        anns, unplaced = w3c.read(values, r, resolve)
        return "w3c", anns, unplaced
    bad = next(v for v in values if not w3c.looks_like_w3c(v))
    r.fail(bad, _NOT_AN_EXPORT)


def _index(value: Any, number: int, line_of: dict[int, int]) -> None:
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            line_of[id(item)] = number
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
