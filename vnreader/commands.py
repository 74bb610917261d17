"""What each ``vnreader`` command does: wiring corpus, store, analysis and export together.

Each ``run_*`` function returns the process exit status and reports every problem a user
can cause as one line on stderr (never a traceback).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from vnreader import locations
from vnreader.config import Config, ConfigError, load_config
from vnreader.corpus.errors import CorpusError
from vnreader.formatting import counted, figure_number, format_number, plain_number
from vnreader.index import CorpusIndex
from vnreader.indexing import ArticlesFromIndex, line, open_refreshed
from vnreader.store import AnnotationStore, StoreError, StoreLocked, StoreNotWritable
from vnreader.store.output_guard import OutputRefused, check_output
from vnreader.textsafe import display_path

__all__ = ["CommandError", "run_entities", "run_figures"]

if TYPE_CHECKING:
    from vnreader.export import ExportSummary
    from vnreader.store import Annotation, Conflict


class CommandError(Exception):
    """A one-line problem to report to the user; ``status`` is the exit code."""

    def __init__(self, message: str, status: int = 1) -> None:
        super().__init__(message)
        self.status = status


def run_entities(ns: argparse.Namespace) -> int:
    from vnreader import views_commands  # the corpus views: only these two commands

    return views_commands.run_entities(ns)


def run_figures(ns: argparse.Namespace) -> int:
    from vnreader import views_commands

    return views_commands.run_figures(ns)


_line = line  # *text* fit for the terminal: file names and import data are untrusted


def _fail(exc: Exception, status: int = 1) -> int:
    print(f"vnreader: {_line(exc)}", file=sys.stderr)
    return status


def _tell(store: AnnotationStore) -> None:
    """What opening the DB found and did (a damaged journal kept aside...), on stderr."""
    for notice in store.notices:
        print(f"vnreader: {_line(notice)}", file=sys.stderr)


def _config() -> Config:
    return load_config(locations.config_file())


def _open_index(path: str | None, follow_links: bool = False) -> CorpusIndex:
    """The corpus index of *path* (the bundled seeds without one), opened at once: the app
    shows the rows already indexed and brings the index up to date itself. What can be
    told without reading the corpus fails here: no such path, a folder without article
    files; a single file is indexed now (one file is quick), so that a bad one is an error."""
    root = Path(path).expanduser() if path else locations.bundled_seeds()
    if root.is_dir():
        index = CorpusIndex.open(root, follow_links=follow_links)
        if not len(index):
            # here only: the loader brings the cleaning rules (regexes compiled on import),
            # which a folder already indexed does not need before its list is shown
            from vnreader.corpus.loader import find_files

            try:
                find_files(root, follow_links=follow_links)
            except CorpusError:
                index.close()
                raise
        return index
    from vnreader.corpus.loader import find_files

    find_files(root)  # a missing path: one line
    index = CorpusIndex.open(root, follow_links=follow_links)
    try:
        index.refresh(processes=1)
    except BaseException:
        index.close()
        raise
    return index


def open_store(db: Path, read_only: bool, author: str) -> tuple[AnnotationStore, bool]:
    """The app's store: read-write unless asked, or when another vnreader holds it or its
    folder cannot be written (a read-only file system): then read-only, said on stderr."""
    try:
        return AnnotationStore(db, read_only=read_only, author=author), read_only
    except (StoreLocked, StoreNotWritable) as exc:
        reason = _line(exc).split(";")[0]
        print(f"vnreader: {reason}; opening it read-only", file=sys.stderr)
        return AnnotationStore(db, read_only=True, author=author), True


def run_app(ns: argparse.Namespace) -> int:
    try:
        config = _config()
        index = _open_index(ns.path, ns.follow_links)
    except (ConfigError, CorpusError) as exc:
        return _fail(exc)
    try:
        store, read_only = open_store(locations.db_path(ns.db), bool(ns.read_only), config.author)
    except StoreError as exc:
        index.close()
        return _fail(exc)
    _tell(store)
    status = 1
    try:
        from vnreader.tui.app import VnreaderApp

        app = VnreaderApp(corpus=index, store=store, config=config, read_only=read_only)
        app.run()
        status = int(app.return_code or 0)
    except StoreError as exc:  # a save failed (disk full...): every confirmed save is kept
        status = _fail(exc)
    finally:
        index.close()
        try:
            store.close()  # folds the journal; the lock is released even if this fails
        except StoreError as exc:
            status = _fail(exc)
    return status


@contextmanager
def _output(path: str | None, *, binary: bool = False) -> Iterator[Any]:
    """stdout, or a file written atomically (a failed export leaves no half file); a
    binary stream with *binary*."""
    if not path or path == "-":
        yield sys.stdout
        sys.stdout.flush()
        return
    target = Path(path).expanduser()
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    except OSError as exc:
        raise CommandError(f"{target}: cannot write ({exc.strerror or exc})") from None
    try:
        os.fchmod(fd, _file_mode(target))  # mkstemp makes it 0600: an export is shared
        opened = os.fdopen(fd, "wb") if binary else os.fdopen(fd, "w", encoding="utf-8", newline="")
        with opened as out:
            yield out
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, target)
    except BaseException as exc:
        Path(tmp).unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise CommandError(f"{target}: cannot write ({exc.strerror or exc})") from None
        raise


def _file_mode(target: Path) -> int:
    """The mode *target* has, or the one a new file gets (0666 less the umask)."""
    try:
        return os.stat(target).st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _refuse_output(output: str | None, db: Path) -> None:
    """``-o`` must not name the DB (or its journal or lock), a device, a FIFO or a folder."""
    if not output or output == "-":
        return
    try:
        check_output(Path(output).expanduser(), db)
    except OutputRefused as exc:
        raise CommandError(str(exc), 2) from None


def _root(path: str | None) -> Path:
    return Path(path).expanduser() if path else locations.bundled_seeds()


def run_export(ns: argparse.Namespace) -> int:
    # every article's figures (or entities): analysed in worker processes first, and stored
    whole_corpus = (ns.format == "csv" or ns.include_suggestions) and not (ns.article or ns.tag)
    try:
        index, _ = open_refreshed(
            _root(ns.path), analyse=whole_corpus, follow_links=ns.follow_links
        )
    except CorpusError as exc:
        return _fail(exc)
    except KeyboardInterrupt:
        return 130
    with index:
        return _export(ns, index)


def _export(ns: argparse.Namespace, index: CorpusIndex) -> int:
    from vnreader import export

    try:
        db = locations.db_path(ns.db)
        _refuse_output(ns.output, db)
        if ns.db and not db.exists():
            raise CommandError(f"--db {display_path(db)}: no such file", 2)
        with AnnotationStore(db, read_only=True) as store:
            _tell(store)
            annotated = [aid for aid in store.article_ids() if aid in index]
            # in memory only: offsets in today's texts, for the annotated articles alone
            store.reanchor_all(index.article(aid, raw=False) for aid in annotated)
            annotations = store.records()  # tombstones too: json/jsonl carry deletions
            tags = _resolve_tags(ns.tag, store.all_tags())
            # an article that left the corpus is still exported by its annotations' id
            known = set(store.article_ids())
        for article_id in ns.article or ():
            if article_id not in index and article_id not in known:
                raise CommandError(f"--article {article_id}: no such article in {index.root}", 2)
        if ns.format == "docbin":
            ns.tag = tags
            summary = _export_docbin(ns, ArticlesFromIndex(index), annotations)
        else:
            with _output(ns.output) as out:
                summary = export.export(
                    ns.format,
                    ArticlesFromIndex(index),
                    annotations,
                    out,
                    tags=tags,
                    article_ids=ns.article,
                    include_suggestions=ns.include_suggestions,
                    per=ns.per,
                    spreadsheet=ns.spreadsheet,
                    with_text=ns.with_text,
                    utf16_offsets=ns.utf16_offsets,
                )
    except BrokenPipeError:
        _silence_stdout()
        return 1
    except CommandError as exc:
        return _fail(exc, exc.status)
    except (CorpusError, StoreError, ConfigError, OSError) as exc:
        return _fail(exc)
    where = ns.output if ns.output and ns.output != "-" else "stdout"
    what = "figures" if ns.format == "csv" else "annotations"
    print(
        f"vnreader: exported {counted(summary.annotations, what)} of "
        f"{counted(summary.articles, 'articles')} as {ns.format} to {where}",
        file=sys.stderr,
    )
    for message in summary.messages:
        print(f"vnreader: {_line(message)}", file=sys.stderr)
    return 0


def _resolve_tags(wanted: list[str] | None, in_use: Iterable[str]) -> list[str] | None:
    """``--tag`` matched as the app matches tags: ignoring case and diacritics ("ngoai giao"
    is "Ngoại giao"); a tag no article has is an error, like an unknown ``--article``."""
    if not wanted:
        return wanted
    from vnreader.analysis.fold import fold

    in_use = set(in_use)
    resolved: list[str] = []
    for tag in wanted:
        same = sorted(t for t in in_use if fold(t).split() == fold(tag).split())
        if not same:
            known = ", ".join(sorted(in_use)[:10]) or "none"
            raise CommandError(
                f"--tag {_line(tag)}: no article has this tag (tags: {_line(known)})", 2
            )
        resolved += same
    return resolved


def _export_docbin(
    ns: argparse.Namespace, articles: ArticlesFromIndex, annotations: list[Annotation]
) -> ExportSummary:
    """The binary docbin export: to a file only (never to a terminal)."""
    from vnreader.export import export_docbin
    from vnreader.export.docbin import SpacyMissing

    if not ns.output or ns.output == "-":
        raise CommandError("-f docbin writes a binary .spacy file: give it with -o FILE", 2)
    try:
        with _output(ns.output, binary=True) as out:
            return export_docbin(
                articles,
                annotations,
                out,
                tags=ns.tag,
                article_ids=ns.article,
                include_suggestions=ns.include_suggestions,
            )
    except SpacyMissing as exc:
        raise CommandError(str(exc), 2) from None


def _silence_stdout() -> None:
    """After a closed pipe (``vnreader export | head``), exit quietly."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def run_import(ns: argparse.Namespace) -> int:
    from vnreader import export

    path = Path(ns.file).expanduser()
    if not path.is_file():
        return _fail(CommandError(f"{path}: no such file"), 2)
    if ns.read_only:
        return _fail(CommandError("import changes the DB: it cannot run with --read-only"), 2)
    db = locations.db_path(ns.db)
    try:
        _refuse_output(ns.conflicts, db)
        config = _config()
        index, _ = open_refreshed(_root(ns.path), follow_links=ns.follow_links)
        with index, AnnotationStore(db, author=config.author) as store:
            _tell(store)
            articles = list(index.articles())
            report = export.import_file(path, articles, store)
        if ns.conflicts:
            _write_conflicts(ns.conflicts, path, report.conflicts)
    except StoreLocked as exc:
        return _fail(StoreError(f"{str(exc).split(';')[0]}; close it before importing"))
    except CommandError as exc:
        return _fail(exc, exc.status)
    except (CorpusError, StoreError, ConfigError, export.ExportFormatError, OSError) as exc:
        return _fail(exc)
    try:
        added, updated, deleted, skipped, unplaced = map(
            format_number,
            (report.added, report.updated, report.deleted, report.skipped, len(report.unplaced)),
        )
        print(
            f"imported {_line(path)} ({report.format}): {added} added, {updated} updated, "
            f"{deleted} deleted, {skipped} unchanged, "
            f"{counted(len(report.conflicts), 'conflicts')}, {unplaced} could not be placed"
        )
        for conflict in report.conflicts:
            print(f"  conflict: {_line(conflict.describe())}")
        if report.conflicts:
            where = f"in {_line(ns.conflicts)}" if ns.conflicts else "with --conflicts FILE"
            print(f"  both versions of each conflict: {where}")
        for line in report.unplaced:
            print(f"  not placed: {_line(line)}")
        sys.stdout.flush()
    except BrokenPipeError:  # ``vnreader import x | head``: the import itself is saved
        _silence_stdout()
    return 0


def _write_conflicts(output: str, imported: Path, conflicts: list[Conflict]) -> None:
    """The conflicts of an import, both versions each, as one JSON file."""
    from vnreader.store.model import now

    doc = {
        "format": "vnreader-conflicts",
        "version": 1,
        "imported": str(imported),
        "at": now(),
        "conflicts": [c.to_dict() for c in conflicts],
    }
    with _output(output) as out:
        json.dump(doc, out, ensure_ascii=False, indent=2)
        out.write("\n")


def run_index(ns: argparse.Namespace) -> int:
    """Build or refresh the index of a corpus; one summary line on stdout."""
    root = _root(ns.path)
    try:
        index, report = open_refreshed(root, follow_links=ns.follow_links)
    except CorpusError as exc:
        return _fail(exc)
    with index:
        where = index.index_path
    print(f"indexed {_line(root)}: {report.summary()} (index: {_line(where)})")
    return 130 if report.cancelled else 0


def run_analyze(ns: argparse.Namespace) -> int:
    try:
        if ns.file == "-":
            return _analyze_stdin(ns.format or "table")
        path = Path(ns.file).expanduser()
        if path.is_dir():
            return _analyze_folder(path, ns.format or "jsonl", ns.follow_links)
        from vnreader.corpus import read_article

        article = read_article(path)
    except BrokenPipeError:  # an OSError: before the clause that would print it
        _silence_stdout()
        return 1
    except CommandError as exc:
        return _fail(exc, exc.status)
    except (CorpusError, OSError) as exc:
        return _fail(exc)
    from vnreader import analyzing

    for note in article.notes:  # stray bytes replaced: the text is shown, and so is why
        print(f"vnreader: {_line(f'{path}: {note}')}", file=sys.stderr)
    data = analyzing.analysis_to_json(article.text)
    return _print_result(str(path), data, ns.format or "table")


def _print_result(name: str, data: dict[str, Any], fmt: str) -> int:
    name = display_path(name)  # a file name may carry escape sequences
    try:
        if fmt == "json":
            json.dump({"source": name, **data}, sys.stdout, ensure_ascii=False, indent=2)
            print()
        elif fmt == "jsonl":
            print(json.dumps({"source": name, **data}, ensure_ascii=False))
        else:
            _print_table(name, data)
        sys.stdout.flush()
    except BrokenPipeError:
        _silence_stdout()
        return 1
    return 0


def _analyze_stdin(fmt: str) -> int:
    """Standard input in blocks, each printed when done (see :mod:`vnreader.analyzing`)."""
    from vnreader import analyzing

    if fmt == "json":
        analyzing.stream_json(sys.stdin, sys.stdout, "<stdin>")
        return 0
    for offset, text in analyzing.blocks(sys.stdin):
        data = analyzing.shifted(analyzing.analysis_to_json(text), offset)
        if fmt == "jsonl":
            data = {"start": offset, **data}
        status = _print_result("<stdin>", data, fmt)
        if status:
            return status
    return 0


def _analyze_folder(path: Path, fmt: str, follow_links: bool) -> int:
    if fmt != "jsonl":
        raise CommandError(f"{path}: a folder is analysed as JSON Lines (--format jsonl)", 2)
    from vnreader import analyzing

    index, report = open_refreshed(path, analyse=True, follow_links=follow_links)
    with index:
        if report.cancelled:
            print("vnreader: cancelled; run it again to finish", file=sys.stderr)
            return 130
        count = analyzing.write_folder(index, sys.stdout)
        sys.stdout.flush()
    print(f"vnreader: analysed {counted(count, 'articles')} of {_line(path)}", file=sys.stderr)
    return 0


ENTITY_COLUMNS = ("start", "end", "label", "text", "key")
FIGURE_COLUMNS = ("start", "end", "category", "text", "value", "unit", "approx", "date")


def _print_table(name: str, data: dict[str, Any]) -> None:
    """Tables on a terminal; plain tab-separated columns into a pipe or a file, as ls and
    git do: a "# entities in NAME" line, a header row, one row per entity; a blank line; the
    same for figures."""
    if not sys.stdout.isatty():
        for kind, columns in (("entities", ENTITY_COLUMNS), ("figures", FIGURE_COLUMNS)):
            rows = data[kind]
            if kind == "figures":
                print()
            print(f"# {kind} in {name}")
            print("\t".join(columns))
            for row in rows:
                print("\t".join(" ".join(_plain(row[c]).split()) for c in columns))
        return
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    console = Console(highlight=False)
    entities = Table(title=Text(f"Entities in {name}"), title_justify="left")
    for column in ("start", "end", "label", "text", "key"):
        entities.add_column(column)
    for e in data["entities"]:
        entities.add_row(*(Text(str(e[c])) for c in ("start", "end", "label", "text", "key")))
    figures = Table(title=Text(f"Figures in {name}"), title_justify="left")
    columns = ("start", "end", "category", "text", "value", "unit", "approx", "date")
    for column in columns:
        figures.add_column(column, no_wrap=column in ("value", "unit", "date"))
    for f in data["figures"]:
        cells = [
            figure_number(f[c], f["category"]) if c == "value" else _plain(f[c]) for c in columns
        ]
        figures.add_row(*(Text(c) for c in cells))
    console.print(entities)
    console.print(figures)


def _plain(value: object) -> str:
    """A cell of the columns written into a pipe, for programs: "4700000000", "4.7"."""
    if value is None:
        return ""
    return plain_number(value) if isinstance(value, float) else str(value)
