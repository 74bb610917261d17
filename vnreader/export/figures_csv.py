"""The figures table (``csv``): every figure :func:`vnreader.analysis.analyze` finds.

Columns: article_id, title, figure_text, value, unit, category, approx, date, start, end,
context_sentence; the figures the user rejected are left out. UTF-8 with a header row,
RFC 4180 quoting (the csv module). Empty cells are "no value".

By default (``spreadsheet=True``) the file is safe to open in Excel or LibreOffice: it starts
with a BOM (so Excel reads UTF-8), text cells that begin with ``= + - @``, a tab or a carriage
return get a leading ``'`` so that article text can never run as a formula (CSV injection),
and text cells a spreadsheet would turn into a number or a date ("2/12", "85%", "1.000",
"07:30") get one too, so that they stay text. ``spreadsheet=False`` keeps every cell exact
(for programs, not spreadsheets).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from typing import TextIO

from vnreader.analysis import analyze
from vnreader.export.placement import placed_rejections
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
# Text a spreadsheet reads as a number, a percentage, a fraction, a date or a time.
_LOOKS_NUMERIC = re.compile(
    r"\s*[(]?[-+]?[$€£¥₫]?\s*(\d[\d.,  ]*(e[-+]?\d+)?|\.\d+)\s*[%‰]?[)]?\s*"
    r"|\s*\d{1,4}\s*[/.\-]\s*\d{1,4}(\s*[/.\-]\s*\d{1,4})?\s*"
    r"|\s*\d{1,2}:\d{2}(:\d{2})?(\s*[ap]\.?m\.?)?\s*",
    re.IGNORECASE,
)
VALUE, START, END, DATE = 3, 8, 9, 7  # columns that hold numbers and dates on purpose


def write(
    groups: Iterable[ArticleGroup], out: TextIO, *, spreadsheet: bool = True
) -> ExportSummary:
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
        found = group.analysis or analyze(text)
        rejected = placed_rejections(group.rejected_figures, article)
        figures = sorted(
            (f for f in found.figures if (f.start, f.end, f.category) not in rejected),
            key=lambda f: (f.start, f.end),
        )
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
                row = [_defuse(c, i) if isinstance(c, str) else c for i, c in enumerate(row)]
            writer.writerow(row)
        summary.annotations += len(figures)
        summary.articles += 1
    return summary


def _number(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if value.is_integer() and abs(value) < 1e16 else repr(value)


def _defuse(cell: str, column: int) -> str:
    """*cell* as a spreadsheet must show it: never a formula; text that looks like a number or
    a date kept as text (the value, offset and date columns are numbers and dates on purpose).
    """
    if column in (VALUE, START, END):
        return cell
    if cell.startswith(_FORMULA_START):
        return "'" + cell
    if column != DATE and _LOOKS_NUMERIC.fullmatch(cell):
        return "'" + cell
    return cell
