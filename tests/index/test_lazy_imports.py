"""Opening the app needs the index and the store only: the cleaning rules, the analysis and
the worker processes are imported when a refresh or an analysis needs them."""

from __future__ import annotations

import subprocess
import sys

HEAVY = (
    "vnreader.corpus.cleaning",
    "vnreader.corpus.junk",
    "vnreader.corpus.loader",
    "vnreader.analysis.entities",
    "vnreader.index.refresh",
    "vnreader.index.analysing",
    "vnreader.index.facts",
    "multiprocessing",
    "concurrent.futures",
)


def _imported_after(statement: str) -> set[str]:
    code = f"import sys\n{statement}\nprint('\\n'.join(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return set(out.stdout.split())


def test_opening_the_index_and_the_store_imports_no_cleaning_analysis_or_workers() -> None:
    loaded = _imported_after("import vnreader.index, vnreader.store, vnreader.corpus.errors")
    assert not loaded & set(HEAVY)


def test_the_corpus_package_still_gives_its_names() -> None:
    from vnreader import corpus

    assert corpus.load_corpus.__module__ == "vnreader.corpus.loader"
    assert corpus.CorpusError.__module__ == "vnreader.corpus.errors"


def test_the_commands_module_imports_no_corpus_views_nor_analysis() -> None:
    loaded = _imported_after("import vnreader.cli, vnreader.commands")
    assert not loaded & {*HEAVY, "vnreader.views_commands", "vnreader.analyzing"}
