"""A real-terminal run: ``python -m vnreader`` in tmux, driven by send-keys, read with
capture-pane. Skipped when tmux is not installed (.ci/run installs it)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from vnreader.locations import bundled_seeds
from vnreader.store import AnnotationStore

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")


class Tmux:
    """One app in a tmux session on a server of its own: each start gets a new socket, so
    neither another test's server nor this one's shutting down after its last session can
    take a new session with it."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.starts = 0
        self.socket = name

    def cmd(self, *args: str) -> list[str]:
        return ["tmux", "-L", self.socket, *args]

    def new_session(self, *args: str) -> None:
        self.close()
        self.starts += 1
        self.socket = f"{self.name}-{self.starts}"
        subprocess.run(self.cmd("new-session", "-d", "-s", self.name, *args), check=True)

    def close(self) -> None:
        subprocess.run(self.cmd("kill-server"), capture_output=True)
        folder = Path(os.environ.get("TMUX_TMPDIR", "/tmp"), f"tmux-{os.getuid()}")
        (folder / self.socket).unlink(missing_ok=True)  # the socket file tmux leaves

    def keys(self, *keys: str, literal: bool = False) -> None:
        for key in keys:
            args = self.cmd("send-keys", "-t", self.name, *(["-l"] if literal else []), key)
            subprocess.run(args, check=True)
            time.sleep(0.2)  # Escape then a key too fast would read as alt+key

    def screen(self) -> str:
        result = subprocess.run(
            self.cmd("capture-pane", "-p", "-t", self.name), capture_output=True, text=True
        )
        return result.stdout

    def wait_for(self, text: str, timeout: float = 45.0) -> str:
        """Poll the screen until *text* shows (a bound on waiting, not a timing assertion)."""
        deadline = time.monotonic() + timeout
        while True:
            screen = self.screen()
            if text in screen:
                return screen
            if time.monotonic() > deadline:
                raise AssertionError(f"{text!r} never appeared; screen:\n{screen}")
            time.sleep(0.2)


@pytest.fixture
def tmux(tmp_path: Path):
    name = f"vnreader-test-{uuid.uuid4().hex[:8]}"
    session = Tmux(name)
    yield session
    session.close()


def _start(tmux: Tmux, tmp_path: Path, db: Path) -> None:
    command = f"{sys.executable} -m vnreader --db {db} {bundled_seeds()}; echo EXITED=$?; sleep 30"
    tmux.new_session(
        "-x", "100", "-y", "30",
         "-e", "COLUMNS=100", "-e", "LINES=30", "-e", "COLORTERM=truecolor",
         "-e", f"VNREADER_CONFIG_DIR={tmp_path / 'config'}",
         "-e", f"VNREADER_DATA_DIR={tmp_path / 'data'}", command,
    )  # fmt: skip


def test_real_terminal_tag_and_select(tmux: Tmux, tmp_path: Path) -> None:
    db = tmp_path / "annotations.json"
    _start(tmux, tmp_path, db)
    tmux.wait_for("5 of 5 articles")  # not "0 of 0 articles" while indexing
    tmux.keys("Enter")
    tmux.wait_for("highlights")
    tmux.keys("t")
    tmux.wait_for("Tag this article")
    tmux.keys("ngoại giao", literal=True)
    tmux.keys("Enter")
    tmux.wait_for("#ngoại giao")
    tmux.keys("v", "L", "P")
    tmux.wait_for("My spans (1)")
    tmux.keys("Escape")
    tmux.wait_for("of 5 articles")
    tmux.keys("C-q")
    tmux.wait_for("EXITED=0")
    # start again on the same DB: everything is still there
    _start(tmux, tmp_path, db)
    tmux.wait_for("5 of 5 articles")
    tmux.keys("Enter")
    screen = tmux.wait_for("#ngoại giao")
    assert "My spans (1)" in screen
    tmux.keys("C-q")
    tmux.wait_for("EXITED=0")
    with AnnotationStore(db) as store:
        [tagged] = [a for a in store if a.kind == "tag"]
        assert tagged.tag == "ngoại giao"
        [span] = [a for a in store if a.kind == "span"]
        assert span.label == "PER"
        assert span.article_id == tagged.article_id


def _start_at(tmux: Tmux, tmp_path: Path, db: Path, size: tuple[int, int]) -> dict[str, str]:
    env = {  # COLUMNS/LINES: the tmux server's global environment may hold others
        "COLUMNS": str(size[0]),
        "LINES": str(size[1]),
        "VNREADER_CONFIG_DIR": str(tmp_path / "config"),
        "VNREADER_DATA_DIR": str(tmp_path / "data"),
        "VNREADER_INDEX_DIR": str(tmp_path / "index"),
    }
    command = f"{sys.executable} -m vnreader --db {db}; echo EXITED=$?; sleep 30"
    tmux.new_session(
        "-x", str(size[0]), "-y", str(size[1]),
        "-e", "COLORTERM=truecolor", *(a for k, v in env.items() for a in ("-e", f"{k}={v}")),
        command,
    )  # fmt: skip
    return env


@pytest.mark.parametrize("size", [(80, 24), (120, 35)])
def test_the_readme_first_session(tmux: Tmux, tmp_path: Path, size: tuple[int, int]) -> None:
    """README, "A first session", step by step, as written."""
    db = tmp_path / "annotations.json"
    env = _start_at(tmux, tmp_path, db, size)
    # 1. / bui thanh son: the list keeps the articles that mention him; ⏎ ⏎ opens the first
    tmux.wait_for("of 5 articles")
    tmux.keys("/")
    tmux.keys("bui thanh son", literal=True)
    tmux.wait_for("3 of 5 articles")
    tmux.keys("Enter", "Enter")
    # 2. the search is marked; n goes to the next match; esc clears it; n steps highlights
    tmux.wait_for("match 1/")
    tmux.keys("n")
    tmux.wait_for("match 2/")
    tmux.keys("Escape")
    tmux.wait_for("entity: PER")  # the focus stays on "Bùi Thanh Sơn", now an entity
    tmux.keys("n")
    tmux.wait_for("a accept · X reject")
    tmux.keys("a")
    tmux.wait_for("span: ")
    # 3. v, l, L, o: an ORG span
    tmux.keys("v", "l", "L")
    tmux.wait_for("SELECT")
    tmux.keys("o")
    tmux.wait_for("span: ORG")
    # 4. t tags (tab completes), w writes a note, ctrl+s saves
    tmux.keys("t")
    tmux.wait_for("Tag this article")
    tmux.keys("ngoại giao", literal=True)
    tmux.keys("Enter")
    tmux.wait_for("saved")
    tmux.keys("w")
    tmux.wait_for("ctrl+s save")
    tmux.keys("Hỏi lại lịch giao vaccine", literal=True)
    tmux.keys("C-s")
    tmux.wait_for("note saved")
    # 5. q: the list shows the counts; ctrl+q; again: everything is there; u undoes
    tmux.keys("q")
    screen = tmux.wait_for("✎")
    row = next(line for line in screen.splitlines() if "✎" in line and "Title" not in line)
    assert row.split()[-3:] == ["1", "✎", "2"], row  # tags, note, spans
    tmux.keys("C-q")
    tmux.wait_for("EXITED=0")
    _start_at(tmux, tmp_path, db, size)
    tmux.wait_for("of 5 articles")
    tmux.wait_for("✎")
    tmux.keys("u")
    tmux.wait_for("undone: ")
    # 6. e exports (the dialog), or vnreader export -o work.json from the shell
    tmux.keys("e")
    tmux.wait_for("w3c")  # the export dialog's formats
    tmux.keys("Escape")
    tmux.keys("C-q")
    tmux.wait_for("EXITED=0")
    out = tmp_path / "work.json"
    result = subprocess.run(
        [sys.executable, "-m", "vnreader", "--db", str(db), "export", "-o", str(out)],
        env={**os.environ, **env}, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    [article] = json.loads(out.read_text(encoding="utf-8"))["articles"]
    assert article["tags"] == ["ngoại giao"] and len(article["spans"]) == 2
    assert article["notes"] == []  # the note was the last change: u undid it


def test_slash_and_a_query_typed_at_once_land_in_the_box(tmux: Tmux, tmp_path: Path) -> None:
    """ "/" and the query in one burst (as a fast typist or a paste): every letter reaches
    the search box, none goes to the list ("s" would change the sort)."""
    _start_at(tmux, tmp_path, tmp_path / "annotations.json", (100, 30))
    tmux.wait_for("of 5 articles")
    subprocess.run(tmux.cmd("send-keys", "-t", tmux.name, "-l", "/bui thanh son"), check=True)
    screen = tmux.wait_for("3 of 5 articles")
    assert "bui thanh son" in screen and "sort: relevance" in screen
    tmux.keys("Escape")
    tmux.wait_for("5 of 5 articles")
    tmux.keys("q")
    tmux.wait_for("EXITED=0")
