"""The ``vnreader`` command: open the app, or run a non-interactive command.

    vnreader [PATH] [--db FILE] [--read-only] [--follow-links]
    vnreader export [--format F] [-o FILE] [--tag T] [--article ID] [PATH]
    vnreader import FILE [PATH] [--conflicts FILE]
    vnreader index [PATH]
    vnreader analyze FILE|FOLDER|- [--format table|json|jsonl]
    vnreader entities [PATH] [--label L] [--name TEXT] [--sort S] [--format table|csv|json]
    vnreader figures [PATH] [--category C] [--unit U] [--entity E] [--text T] [--tag T]
                     [--sort S] [--format table|csv|json] [--plot FILE.png|svg]

Every error a user can make ends in one line on stderr and a non-zero exit, never a
traceback.
"""

from __future__ import annotations

import argparse
import gc
import sys
from collections.abc import Sequence
from pathlib import Path

from vnreader import __version__, analysis, locations

COMMANDS = ("export", "import", "analyze", "index", "entities", "figures")
EXPORT_FORMATS = ("json", "jsonl", "w3c", "spans", "csv", "docbin")


def _common(parser: argparse.ArgumentParser) -> None:
    """The global options, accepted before or after the command (as git and cargo do)."""
    parser.add_argument(
        "--db",
        metavar="FILE",
        help=f"annotations DB (default: $VNREADER_DB or {locations.db_path()})",
    )
    parser.add_argument("--read-only", action="store_true", help="open the DB without changing it")
    parser.add_argument(
        "--follow-links",
        action="store_true",
        help="follow symbolic links that point outside the corpus folder (skipped by default: "
        "a link could show, and export, any file you can read)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="vnreader",
        description="Read and annotate Vietnamese news articles in the terminal.",
        epilog=(
            "commands: export, import, analyze, index, entities, figures "
            "(vnreader COMMAND --help). "
            f"Annotations are saved to {locations.db_path()} "
            "(override with --db or $VNREADER_DB)."
        ),
    )
    parser.add_argument(
        "path", nargs="?", help="folder of *.txt articles or one file (default: bundled seeds)"
    )
    _common(parser)
    parser.add_argument(
        "--version", action=_Version, nargs=0, help="show program's version number and exit"
    )
    return parser


class _Version(argparse.Action):
    """Print the version and which analysis is installed (compiled or plain Python): looked
    up only when asked, not at every start."""

    def __call__(self, parser: argparse.ArgumentParser, *_: object) -> None:
        build = "compiled" if analysis.compiled() else "plain Python"
        print(f"vnreader {__version__} (analysis: {build})")
        parser.exit()


def build_command_parser(command: str) -> argparse.ArgumentParser:
    if command == "export":
        p = argparse.ArgumentParser(prog="vnreader export", description="Export annotations.")
        p.add_argument("path", nargs="?", help="corpus the annotations belong to (default: seeds)")
        p.add_argument("--format", "-f", choices=EXPORT_FORMATS, default="json")
        p.add_argument("-o", "--output", metavar="FILE", help="write here (default: stdout)")
        p.add_argument("--tag", action="append", help="only articles with this tag (repeatable)")
        p.add_argument("--article", action="append", help="only this article id (repeatable)")
        p.add_argument(
            "--with-text",
            action="store_true",
            help="json/jsonl formats: add each article's cleaned text (what offsets index)",
        )
        p.add_argument(
            "--include-suggestions",
            action="store_true",
            help="spans and docbin formats: add the entities found by vnreader",
        )
        p.add_argument(
            "--utf16-offsets",
            action="store_true",
            help="spans format: count offsets in UTF-16 code units, as doccano does",
        )
        p.add_argument(
            "--per",
            choices=("article", "paragraph"),
            default="article",
            help="spans format: one line per article (default) or per paragraph",
        )
        p.add_argument(
            "--spreadsheet",
            action=argparse.BooleanOptionalAction,
            default=True,
            help="csv format: safe to open in a spreadsheet (the default: UTF-8 BOM, no cell "
            "runs as a formula, '2/12' and '85%%' stay text); --no-spreadsheet writes the "
            "cells exactly, for programs",
        )
        _common(p)
        return p
    if command == "import":
        p = argparse.ArgumentParser(
            prog="vnreader import", description="Merge an export (json, jsonl, w3c) into the DB."
        )
        p.add_argument("file", help="export file to import")
        p.add_argument("path", nargs="?", help="corpus the annotations belong to (default: seeds)")
        p.add_argument(
            "--conflicts",
            metavar="FILE",
            help="write every conflict (both versions of each annotation) to this JSON file",
        )
        _common(p)
        return p
    if command == "index":
        p = argparse.ArgumentParser(
            prog="vnreader index",
            description=(
                "Build or refresh the index of a corpus (only changed, new and removed files "
                "are read again). Ctrl+C stops and keeps what was indexed."
            ),
            epilog=(
                f"Indexes are kept in {locations.index_dir()} (override with $VNREADER_INDEX_DIR)."
            ),
        )
        p.add_argument(
            "path", nargs="?", help="folder of *.txt articles or one file (default: seeds)"
        )
        _common(p)
        return p
    if command in ("entities", "figures"):
        from vnreader import views_commands

        if command == "entities":
            p = argparse.ArgumentParser(
                prog="vnreader entities",
                description="Every entity of the corpus, its aliases grouped, with counts.",
            )
            views_commands.add_entities_arguments(p)
        else:
            p = argparse.ArgumentParser(
                prog="vnreader figures",
                description="Every figure of the corpus with its sentence; or its chart.",
            )
            views_commands.add_figures_arguments(p)
        _common(p)
        return p
    p = argparse.ArgumentParser(
        prog="vnreader analyze",
        description=(
            "Print the entities and figures of an article file, of every article of a folder "
            "(JSON Lines, through the index), or of standard input (-, printed block by block)."
        ),
    )
    p.add_argument("file", help="article file, folder, or - for standard input")
    p.add_argument(
        "--format",
        "-f",
        choices=("table", "json", "jsonl"),
        help="default: table on a terminal, plain tab-separated columns otherwise "
        "(jsonl for a folder)",
    )
    _common(p)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = _command_first(list(sys.argv[1:] if argv is None else argv))
    try:
        if args and args[0] in COMMANDS:
            command = args.pop(0)
            ns = build_command_parser(command).parse_args(args)
            from vnreader import commands

            return int(getattr(commands, f"run_{command}")(ns))
        ns = build_parser().parse_args(args)
        return _run_app(ns)
    except KeyboardInterrupt:
        return 130


_GLOBAL_FLAGS = ("--db", "--read-only", "--follow-links")


def _command_first(args: list[str]) -> list[str]:
    """``vnreader --db F --read-only export ...`` as ``vnreader export ... --db F --read-only``:
    the global options may come before the command (not a folder named "export")."""
    i = 0
    while i < len(args) and (args[i] in _GLOBAL_FLAGS or args[i].startswith("--db=")):
        i += 2 if args[i] == "--db" else 1
    if 0 < i < len(args) and args[i] in COMMANDS and not Path(args[i]).exists():
        return [*args[i:], *args[:i]]
    return args


def _run_app(ns: argparse.Namespace) -> int:
    """Open the app. Start-up allocates objects that live as long as the process (modules,
    classes, styles, the rows): garbage collections then free nothing and cost about a tenth
    of the start, so they wait until the list's first frame is drawn
    (:meth:`~vnreader.tui.app.VnreaderApp.list_drawn` turns them on again)."""
    gc.disable()
    try:
        from vnreader import commands

        return commands.run_app(ns)
    finally:
        gc.enable()
