"""``vnreader entities`` and ``vnreader figures``: the corpus-wide views as tables.

Both refresh and analyse the corpus's index (only what changed), then print the same
groups and figures the app shows, with the same filters, as a table, CSV or JSON; the
user's entity merges and splits (from the annotations DB) apply. ``figures --plot FILE``
writes the chart of the filtered figures (PNG or SVG, with the ``charts`` extra).
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TextIO

from vnreader import locations
from vnreader.corpus import CorpusError
from vnreader.corpusviews import CorpusViews, EntityGroup, entity_choices, figure_series
from vnreader.corpusviews.plotting import ChartError, write_chart
from vnreader.corpusviews.series import HOWS
from vnreader.formatting import counted, figure_number, format_number
from vnreader.index.fact_queries import FigureFact
from vnreader.indexing import line, open_refreshed
from vnreader.store import AnnotationStore, StoreError

FORMATS = ("table", "csv", "json")
LABELS = ("PER", "ORG", "LOC", "MISC")
FIGURE_SORTS = {"value": "value", "date": "when"}
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


class CommandError(Exception):
    """A one-line problem with the arguments (exit status 2)."""

    status = 2


def add_entities_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("path", nargs="?", help="folder of *.txt articles or one file (default: seeds)")
    p.add_argument("--format", "-f", choices=FORMATS, default="table")
    p.add_argument("--label", action="append", choices=LABELS, help="only this label (repeatable)")
    p.add_argument("--name", default="", help="only groups with an alias holding this text")
    p.add_argument("--sort", choices=("mentions", "articles", "name"), default="mentions")
    p.add_argument("--limit", type=int, help="print at most this many groups")
    p.add_argument(
        "--merge",
        nargs=2,
        action="append",
        metavar=("GROUP", "INTO"),
        help="merge a group into another (keys or names; saved in the DB, repeatable)",
    )
    p.add_argument(
        "--split",
        nargs=2,
        action="append",
        metavar=("KEY", "ALIAS"),
        help="split an alias off its group (saved in the DB, repeatable)",
    )


def add_figures_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("path", nargs="?", help="folder of *.txt articles or one file (default: seeds)")
    p.add_argument("--format", "-f", choices=FORMATS, default="table")
    p.add_argument("--category", help="money, quantity, percent, date, year, duration, other")
    p.add_argument("--unit", help="canonical unit: USD, VND, dose, person, percent, ...")
    p.add_argument("--text", default="", help="only figures whose sentence holds this text")
    p.add_argument("--entity", help="only figures whose sentence mentions this entity")
    p.add_argument("--tag", action="append", help="only articles with this tag (repeatable)")
    p.add_argument("--sort", choices=tuple(FIGURE_SORTS), help="default: corpus order")
    p.add_argument("--desc", action="store_true", help="sort from the largest or latest")
    p.add_argument("--limit", type=int, help="print at most this many figures")
    p.add_argument("--plot", metavar="FILE", help="write the chart of these figures (.png, .svg)")
    p.add_argument("--by", choices=("year", "month"), default="year", help="chart periods")
    p.add_argument("--how", choices=HOWS, default="sum", help="chart value per period")


@contextmanager
def _opened(ns: argparse.Namespace) -> Iterator[tuple[CorpusViews, AnnotationStore | None]]:
    """The views of the refreshed, analysed index of ``ns.path``, and the DB if it exists."""
    root = Path(ns.path).expanduser() if ns.path else locations.bundled_seeds()
    index, _ = open_refreshed(root, analyse=True, follow_links=ns.follow_links)
    store = None
    try:
        db = locations.db_path(ns.db)
        writes = bool(getattr(ns, "merge", None) or getattr(ns, "split", None))
        if writes or db.exists():
            store = AnnotationStore(db, read_only=not writes)
        choices = entity_choices(store.records()) if store is not None else None
        yield CorpusViews(index, choices), store
    finally:
        index.close()
        if store is not None:
            store.close()


def run_entities(ns: argparse.Namespace) -> int:
    try:
        with _opened(ns) as (views, store):
            if store is not None and (ns.merge or ns.split):
                _choose(ns, views, store)
            groups = views.entities(labels=ns.label, name=ns.name, sort=ns.sort)
            if ns.limit is not None:
                groups = groups[: max(0, ns.limit)]
            _print_entities(groups, ns.format, sys.stdout)
    except (CorpusError, StoreError, CommandError) as exc:
        return _fail(exc, getattr(exc, "status", 1))
    except BrokenPipeError:
        return 1
    return 0


def _choose(ns: argparse.Namespace, views: CorpusViews, store: AnnotationStore) -> None:
    """Save ``--merge A B`` / ``--split KEY ALIAS`` and use them at once."""
    for subject, target in ns.merge or ():
        first, second = _one_group(views, subject), _one_group(views, target)
        if first is None or second is None or first.key == second.key:
            raise CommandError(f"--merge {subject} {target}: two groups of the corpus, please")
        store.choose_entity("merge", first.key, second.key)
    for key, alias in ns.split or ():
        group = views.group_of(key, alias)
        if group is None or (key, alias) not in group.pairs:
            raise CommandError(f"--split {key} {alias}: no such alias of that key")
        store.choose_entity("split", key, alias)
    views.set_choices(entity_choices(store.records()))


def _one_group(views: CorpusViews, wanted: str) -> EntityGroup | None:
    found = views.find(wanted)
    return max(found, key=lambda g: g.mentions) if found else None


def run_figures(ns: argparse.Namespace) -> int:
    try:
        with _opened(ns) as (views, store):
            return _figures(ns, views, store)
    except (CorpusError, StoreError, ChartError) as exc:
        return _fail(exc)
    except BrokenPipeError:
        return 1


def _figures(ns: argparse.Namespace, views: CorpusViews, store: AnnotationStore | None) -> int:
    ids = None
    if ns.tag:
        wanted = set(ns.tag)
        ids = sorted({a.article_id for a in (store or ()) if a.kind == "tag" and a.tag in wanted})
    if ns.entity and not views.find(ns.entity):
        return _fail(f"--entity {ns.entity}: no such entity in the corpus", 2)
    query = views.figure_query(
        category=ns.category,
        unit=ns.unit,
        text=ns.text,
        entity=ns.entity,
        article_ids=ids,
        sort=("-" if ns.desc and ns.sort else "") + FIGURE_SORTS.get(ns.sort or "", ""),
    )
    figures = views.figures(query, limit=ns.limit)
    if not ns.plot:
        _print_figures(figures, ns.format, sys.stdout)
        return 0
    points = figure_series(figures, by=ns.by, how=ns.how)
    title = " · ".join(x for x in (ns.category, ns.unit, ns.entity, ns.text) if x)
    write_chart(points, Path(ns.plot).expanduser(), title=title or "figures", unit=ns.unit)
    shown = counted(len(points), "points")
    print(f"vnreader: chart of {shown} written to {line(ns.plot)}", file=sys.stderr)
    return 0


def _fail(exc: object, status: int = 1) -> int:
    print(f"vnreader: {line(exc)}", file=sys.stderr)
    return status


def figure_dict(f: FigureFact) -> dict[str, Any]:
    return {
        "text": f.text,
        "value": f.value,
        "unit": f.unit,
        "category": f.category,
        "approx": f.approx,
        "date": f.date,
        "when": f.when,
        "article": f.article_id,
        "title": f.title,
        "published": f.published,
        "start": f.start,
        "end": f.end,
        "context": f.context,
    }


def _print_entities(groups: Sequence[EntityGroup], fmt: str, out: TextIO) -> None:
    if fmt == "json":
        json.dump([g.to_dict() for g in groups], out, ensure_ascii=False, indent=2)
        out.write("\n")
        return
    header = ["key", "label", "name", "mentions", "articles", "aliases"]
    count = format_number if fmt == "table" else str  # for people, or for programs
    rows = [
        [
            g.key,
            g.label,
            g.name,
            count(g.mentions),
            count(g.articles),
            " | ".join(t for t, _ in g.aliases),
        ]
        for g in groups
    ]
    _print_rows(header, rows, fmt, out, numeric={3, 4})


def _print_figures(figures: list[FigureFact], fmt: str, out: TextIO) -> None:
    if fmt == "json":
        json.dump([figure_dict(f) for f in figures], out, ensure_ascii=False, indent=2)
        out.write("\n")
        return
    header = ["text", "value", "unit", "category", "when", "article", "start", "end", "context"]
    rows = [
        [
            f"{f.approx} {f.text}" if f.approx else f.text,
            figure_number(f.value, f.category, plain=fmt != "table"),
            f.unit or "",
            f.category,
            f.when or "",
            f.article_id,
            f.start,
            f.end,
            f.context,
        ]
        for f in figures
    ]
    _print_rows(header, rows, fmt, out, numeric={1, 6, 7})


def _print_rows(
    header: list[str], rows: list[list[Any]], fmt: str, out: TextIO, *, numeric: set[int]
) -> None:
    if fmt == "csv":
        writer = csv.writer(out)
        writer.writerow(header)
        for row in rows:
            writer.writerow([_cell(c) if i not in numeric else c for i, c in enumerate(row)])
        return
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    table = Table(*header, box=None, pad_edge=False)
    for i, column in enumerate(table.columns):
        column.overflow = "fold"
        if i in numeric:
            column.justify = "right"
    for row in rows:
        table.add_row(*(Text(line(c)) for c in row))
    Console(file=out, soft_wrap=False, width=None if out.isatty() else 200).print(table)


def _cell(value: object) -> str:
    """A text cell no spreadsheet runs as a formula."""
    text = str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text
