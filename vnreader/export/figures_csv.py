"""The figures table (``csv``): every figure :func:`vnreader.analysis.analyze` finds.

Columns: article_id, title, figure_text, value, unit, category, approx, date, start, end,
context_sentence. UTF-8 with a header row, RFC 4180 quoting (the csv module). Empty cells are
"no value". ``spreadsheet=True`` is for opening the file in Excel/LibreOffice: it starts with a
BOM (so Excel reads UTF-8) and prefixes text cells that begin with ``= + - @`` with ``'``, so
that article text can never run as a formula (CSV injection). The default keeps data exact.
"""

from __future__ import annotations

import csv
from typing import TextIO

from vnreader.analysis import analyze
from vnreader.export.results import ExportSummary
from vnreader.export.selection import ArticleGroup
from vnreader.export.sentences import Sentences

COLUMNS = (
    "article_id",
    "title",
    "figure_text",
    "value",
    "unit",
    "category",
    "approx",
    "date",
    "start",
    "end",
    "context_sentence",
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def write(groups: list[ArticleGroup], out: TextIO, *, spreadsheet: bool = False) -> ExportSummary:
    if spreadsheet:
        out.write("\ufeff")
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    summary = ExportSummary()
    for group in groups:
        article = group.article
        if article is None:
            continue
        text = article.text
        sentences = Sentences(text)
        figures = sorted(analyze(text).figures, key=lambda f: (f.start, f.end))
        for f in figures:
            row: list[str | int] = [
                article.id,
                article.title,
                f.text,
                _number(f.value),
                f.unit or "",
                f.category,
                f.approx or "",
                f.date or "",
                f.start,
                f.end,
                sentences.around(f.start, f.end),
            ]
            if spreadsheet:
                row = [
                    _defuse(c) if isinstance(c, str) and i != 3 else c for i, c in enumerate(row)
                ]
            writer.writerow(row)
        summary.annotations += len(figures)
        summary.articles += 1
    return summary


def _number(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if value.is_integer() and abs(value) < 1e16 else repr(value)


def _defuse(cell: str) -> str:
    return "'" + cell if cell.startswith(_FORMULA_START) else cell
