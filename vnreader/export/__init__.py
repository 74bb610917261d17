"""Exports other tools read (json, jsonl, W3C, NER spans, figures CSV) and import/merge.

The CLI and the TUI use exactly :data:`FORMATS`, :func:`export` and :func:`import_file`.
Formats are documented with examples in ``docs/formats.md``.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from typing import BinaryIO, TextIO

from vnreader.corpus.model import Article
from vnreader.export import docbin, figures_csv, jsonl, native, ner, w3c
from vnreader.export.errors import ExportFormatError
from vnreader.export.importer import import_file
from vnreader.export.results import ExportSummary, ImportReport
from vnreader.export.selection import ArticleGroup, ArticleSource, select, select_from
from vnreader.store.model import Annotation, now

__all__ = [
    "BINARY_FORMATS",
    "DEFAULT_NAMES",
    "FORMATS",
    "ArticleSource",
    "ExportFormatError",
    "ExportSummary",
    "ImportReport",
    "export",
    "export_docbin",
    "formats_for_path",
    "import_file",
]

FORMATS = ("json", "jsonl", "w3c", "spans", "csv")  # text: written by export()
BINARY_FORMATS = ("docbin",)  # written by export_docbin()
# A default file name per format: two formats never share one (jsonl and spans are both
# JSON Lines), so one export never silently replaces another.
DEFAULT_NAMES = {
    "json": "vnreader-annotations.json",
    "jsonl": "vnreader-annotations.jsonl",
    "w3c": "vnreader-annotations.w3c.jsonld",
    "spans": "vnreader-spans.jsonl",
    "csv": "vnreader-figures.csv",
    "docbin": "vnreader-train.spacy",
}
assert len(set(DEFAULT_NAMES.values())) == len(FORMATS + BINARY_FORMATS) == len(DEFAULT_NAMES)


# The file endings each format is written under (W3C JSON-LD is often plain .json).
EXTENSIONS = {
    "json": (".json",),
    "jsonl": (".jsonl",),
    "w3c": (".jsonld", ".json"),
    "spans": (".jsonl",),
    "csv": (".csv",),
    "docbin": (".spacy",),
}


def formats_for_path(path: str) -> list[str]:
    """The formats a file of this name can hold ([] when its ending names none)."""
    name = path.lower()
    return [fmt for fmt in (*FORMATS, *BINARY_FORMATS) if name.endswith(EXTENSIONS[fmt])]


def export_docbin(
    articles: Sequence[Article] | ArticleSource,
    annotations: Iterable[Annotation],
    out: BinaryIO,
    *,
    tags: Collection[str] | None = None,
    article_ids: Collection[str] | None = None,
    include_suggestions: bool = False,
) -> ExportSummary:
    """Write a spaCy ``.spacy`` file (``DocBin``) of the labelled spans to the binary *out*;
    raises :class:`~vnreader.export.docbin.SpacyMissing` without spaCy."""
    live = [a for a in annotations if not a.is_deleted]
    groups = _groups(articles, live, tags, article_ids, include_suggestions)
    return docbin.write(groups, out, include_suggestions=include_suggestions)


def export(
    fmt: str,
    articles: Sequence[Article] | ArticleSource,
    annotations: Iterable[Annotation],
    out: TextIO,
    *,
    tags: Collection[str] | None = None,
    article_ids: Collection[str] | None = None,
    include_suggestions: bool = False,
    exported_at: str | None = None,
    per: str = "article",
    spreadsheet: bool = True,
    with_text: bool = False,
    utf16_offsets: bool = False,
) -> ExportSummary:
    """Write *annotations* (and what the articles need) to *out* in format *fmt*.

    ``tags`` keeps the articles carrying any of those tags, ``article_ids`` only those
    articles. json/jsonl/w3c write every selected annotation, also those whose article is
    not in *articles*; json and jsonl also carry the tombstones of deleted ones (pass
    ``store.records()``) so that deletions travel.

    * ``include_suggestions``, ``per`` ("article" or "paragraph") and ``utf16_offsets``
      (offsets in UTF-16 code units, as doccano counts) apply to ``spans``;
    * ``spreadsheet`` to ``csv``: True (the default) for a file safe to open in a
      spreadsheet (BOM, formula-safe cells, text kept text), False for exact cells;
    * ``with_text`` to json and jsonl: each article's cleaned text (what every offset
      indexes) is written with it, so the file is self-contained;
    * ``exported_at`` fixes the export time (ISO 8601), for reproducible files.
    * *articles* may be an :class:`ArticleSource` (the corpus index): articles are then read
      one at a time, and only those the export covers, with their stored analysis.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r} (one of {', '.join(FORMATS)})")
    exported = exported_at or now()
    if fmt not in ("json", "jsonl"):  # only these carry deletions (tombstones)
        annotations = [a for a in annotations if not a.is_deleted]
    if fmt in ("spans", "csv"):
        analysed = fmt == "csv" or include_suggestions
        groups = _groups(articles, annotations, tags, article_ids, analysed)
        if fmt == "spans":
            return ner.write(
                groups, out, include_suggestions=include_suggestions, per=per, utf16=utf16_offsets
            )
        return figures_csv.write(groups, out, spreadsheet=spreadsheet)
    groups = list(_groups(articles, annotations, tags, article_ids, False))
    if fmt == "w3c":
        count = w3c.write(groups, out, exported)
    else:
        writer = native.write if fmt == "json" else jsonl.write
        count = writer(groups, out, exported, with_text=with_text)
    return ExportSummary(articles=len(groups), annotations=count)


def _groups(
    articles: Sequence[Article] | ArticleSource,
    annotations: Iterable[Annotation],
    tags: Collection[str] | None,
    article_ids: Collection[str] | None,
    analysed: bool,
) -> Iterable[ArticleGroup]:
    """The groups of an export; *analysed*: every selected article, with its analysis."""
    if isinstance(articles, Sequence):
        return select(
            articles, annotations, tags=tags, article_ids=article_ids, with_unannotated=analysed
        )
    return select_from(
        articles,
        annotations,
        tags=tags,
        article_ids=article_ids,
        with_unannotated=analysed,
        with_analysis=analysed,
    )
