"""Start-up builds and imports only what the list's first frame shows: a start on a corpus
already indexed runs, in a fresh process, as ``vnreader FOLDER`` does (headless), and what
the first frame has (its rows) and has not (modules, the search box) is checked."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import vnreader
from vnreader.index import CorpusIndex
from vnreader.locations import bundled_seeds

ROOT = Path(vnreader.__file__).resolve().parent.parent

# Not needed to show the list: cleaning (its regexes are compiled on import), articles and
# analysis (their dataclasses are made on import), the reader, the dialogs, exporting,
# indexing work, the store's anchoring and merging, the config parser without a config.
NOT_AT_START = (
    "vnreader.corpus.cleaning",
    "vnreader.corpus.junk",
    "vnreader.corpus.loader",
    "vnreader.corpus.model",
    "vnreader.analysis.model",
    "vnreader.store.anchoring",
    "vnreader.store.merging",
    "vnreader.analysis.entities",
    "vnreader.analysis.figures",
    "vnreader.index.refresh",
    "vnreader.export",
    "vnreader.tui.exporting",
    "vnreader.tui.screens.reader",
    "vnreader.tui.screens.dialogs",
    "vnreader.tui.screens.export_dialog",
    "textual.widgets._progress_bar",
    "textual.widgets._label",
    "multiprocessing",
    "tomllib",
    "secrets",
)

START = """
import gc, sys
from textual.app import App
from vnreader.cli import main
from vnreader.tui.app import VnreaderApp

drawn, take = VnreaderApp.list_drawn, VnreaderApp.take_first_rows

def take_first_rows(self):
    taken = take(self)
    print("rows at mount:", taken, len(self.rows))
    return taken

def list_drawn(self):
    screen = self.screen
    print("modules:", " ".join(sorted(sys.modules)))
    print("search box:", screen.search_box is not None)
    print("gc before:", gc.isenabled())
    drawn(self)
    print("gc after:", gc.isenabled())
    self.exit()

VnreaderApp.list_drawn = list_drawn
VnreaderApp.take_first_rows = take_first_rows
VnreaderApp.run = lambda self, **kw: App.run(self, headless=True, size=(100, 30))
sys.exit(main(sys.argv[1:]))
"""


def _start(tmp_path: Path) -> dict[str, str]:
    seeds = bundled_seeds()
    index_dir = tmp_path / "index"
    with CorpusIndex.open(seeds, index_dir=index_dir) as index:
        index.refresh(processes=1)
    env = dict(
        os.environ,
        VNREADER_DATA_DIR=str(tmp_path / "data"),
        VNREADER_CONFIG_DIR=str(tmp_path / "config"),
        VNREADER_INDEX_DIR=str(index_dir),
        # the code this process tested and indexed with (the start runs in tmp_path, where
        # an installed vnreader of another checkout would rebuild the index: another version)
        PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
    )
    out = subprocess.run(
        [sys.executable, "-c", START, str(seeds)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=True,
    )
    return dict(line.split(": ", 1) for line in out.stdout.splitlines() if ": " in line)


def test_the_first_frame_imports_nothing_it_does_not_show(tmp_path: Path) -> None:
    seen = _start(tmp_path)
    loaded = set(seen["modules"].split())
    assert "vnreader.tui.screens.article_list" in loaded  # the check ran at the first frame
    assert sorted(loaded & set(NOT_AT_START)) == []
    assert seen["search box"] == "False"  # made on the first "/"
    # read while Textual started: the first frame shows them (not empty, then a second one)
    assert seen["rows at mount"] == "True 5"
    # collections wait for the first frame (start-up allocates for good), then run again
    assert (seen["gc before"], seen["gc after"]) == ("False", "True")
