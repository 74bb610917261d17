"""The article list's columns: which are shown at a given width, how wide each is, and the
text of each cell (pure logic, no widgets).

The title takes the free width; the other columns have fixed widths, and the least needed
ones drop out on a narrow terminal (length first, then source), so that a title is never cut
to a few characters. Widths come from the terminal width alone, never from measuring cells.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from rich.cells import cell_len, set_cell_size

from vnreader.tui.listing import NO_COUNTS, Counts, Row, row_date
from vnreader.tui.numbers import format_number

GAP = 1  # blank cells between two columns
ELLIPSIS = "…"


@dataclass(frozen=True, slots=True)
class Column:
    key: str
    label: str
    width: int  # 0: takes the free width (the title)
    right: bool = False
    min_total: int = 0  # shown only when the list is at least this wide
    narrow_width: int = 0  # width below NARROW (0: the same)
    narrow_label: str = ""  # label below NARROW ("": the same)


NARROW = 100
COLUMNS: tuple[Column, ...] = (
    Column("title", "Title", 0),
    Column("source", "Source", 18, min_total=60, narrow_width=12),
    Column("date", "Date", 10, min_total=40),
    Column("length", "Length", 7, right=True, min_total=NARROW),
    Column("tags", "Tags", 5, right=True, narrow_width=4),
    Column("note", "Note", 5, narrow_width=1, narrow_label="✎"),
    Column("spans", "Spans", 6, right=True, narrow_width=5),
    Column("review", "Review", 7, right=True, min_total=NARROW),
)
MIN_TITLE = 12
# the columns a sort orders by (the status line names the sort too)
SORT_COLUMNS = {
    "title": ("title",),
    "source": ("source",),
    "date": ("date",),
    "length": ("length",),
    "annotations": ("tags", "note", "spans"),
}
# what a click on a column's header sorts by
COLUMN_SORTS = {c: key for key, cols in SORT_COLUMNS.items() for c in cols}


def layout(total: int) -> list[tuple[Column, int]]:
    """The columns shown in *total* cells and their widths; the title gets the rest."""
    shown = [c for c in COLUMNS if total >= c.min_total]
    if total < NARROW:
        shown = [replace(c, label=c.narrow_label or c.label) for c in shown]
    widths = [(c.narrow_width or c.width) if total < NARROW else c.width for c in shown]
    fixed = sum(widths) + GAP * (len(shown) - 1)
    title = max(MIN_TITLE, total - fixed)
    return [(c, title if c.width == 0 else w) for c, w in zip(shown, widths, strict=True)]


def fit(text: str, width: int, right: bool = False) -> str:
    """*text* in exactly *width* cells: cut with an ellipsis, or padded."""
    if width <= 0:
        return ""
    length = cell_len(text)
    if length > width:
        return set_cell_size(text, width - 1) + ELLIPSIS
    pad = " " * (width - length)
    return pad + text if right else text + pad


def cell_text(key: str, row: Row, counts: Counts | None) -> str:
    """What the cell of column *key* shows for *row* (plain text, never markup)."""
    c = counts or NO_COUNTS
    if key == "title":
        return " ".join(row.title.split()) or row.id
    if key == "source":
        return row.source or ""
    if key == "date":
        return row_date(row)
    if key == "length":
        return format_number(row.length)
    if key == "tags":
        return str(len(c.tags)) if c.tags else ""
    if key == "note":
        return "✎" if c.note else ""
    if key == "spans":
        return str(c.spans) if c.spans else ""
    if key == "review":
        return f"{c.review[0]}/{c.review[1]}" if c.review else ""
    raise ValueError(f"unknown column {key!r}")


def row_line(row: Row, counts: Counts | None, columns: list[tuple[Column, int]]) -> str:
    """The row as one line of text, the columns at their widths."""
    gap = " " * GAP
    return gap.join(fit(cell_text(c.key, row, counts), w, c.right) for c, w in columns)


def header_line(columns: list[tuple[Column, int]], sort: str, reverse: bool) -> str:
    """The column labels, an arrow on the column(s) the list is sorted by."""
    arrow = "↓" if reverse else "↑"
    sorted_by = SORT_COLUMNS.get(sort, ())
    labels = []
    for c, w in columns:
        label = c.label
        if c.key in sorted_by:
            label = label + arrow if cell_len(label) < w else label[: max(0, w - 1)] + arrow
        labels.append(fit(label, w, c.right))
    return (" " * GAP).join(labels)


def column_at(columns: list[tuple[Column, int]], x: int) -> str | None:
    """The key of the column at cell *x* of a line (None in a gap or past the end)."""
    pos = 0
    for c, w in columns:
        if pos <= x < pos + w:
            return c.key
        pos += w + GAP
    return None
