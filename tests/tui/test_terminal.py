"""A real-terminal run: ``python -m vnreader`` in tmux, driven by send-keys, read with
capture-pane. Skipped when tmux is not installed (.ci/run installs it)."""

from __future__ import annotations

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
    def __init__(self, name: str) -> None:
        self.name = name

    def keys(self, *keys: str, literal: bool = False) -> None:
        for key in keys:
            args = ["tmux", "send-keys", "-t", self.name, *(["-l"] if literal else []), key]
            subprocess.run(args, check=True)
            time.sleep(0.2)  # Escape then a key too fast would read as alt+key

    def screen(self) -> str:
        result = subprocess.run(
            ["tmux", "capture-pane", "-p", "-t", self.name], capture_output=True, text=True
        )
        return result.stdout

    def wait_for(self, text: str, timeout: float = 20.0) -> str:
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
    subprocess.run(["tmux", "kill-session", "-t", name], capture_output=True)


def _start(tmux: Tmux, tmp_path: Path, db: Path) -> None:
    command = f"{sys.executable} -m vnreader --db {db} {bundled_seeds()}; echo EXITED=$?; sleep 30"
    subprocess.run(
        ["tmux", "new-session", "-d", "-s", tmux.name, "-x", "100", "-y", "30",
         "-e", "COLORTERM=truecolor", "-e", f"VNREADER_CONFIG_DIR={tmp_path / 'config'}",
         "-e", f"VNREADER_DATA_DIR={tmp_path / 'data'}", command],
        check=True,
    )  # fmt: skip


def test_real_terminal_tag_and_select(tmux: Tmux, tmp_path: Path) -> None:
    db = tmp_path / "annotations.json"
    _start(tmux, tmp_path, db)
    tmux.wait_for("articles")
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
    subprocess.run(["tmux", "kill-session", "-t", tmux.name], capture_output=True)
    _start(tmux, tmp_path, db)
    tmux.wait_for("articles")
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
