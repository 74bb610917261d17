"""vnreader in a real terminal: tmux runs it, send-keys types, capture-pane reads the screen.

Skipped when tmux is not installed (``.ci/run`` installs it).
"""

from __future__ import annotations

import json
import os
import shlex
import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")


class Terminal:
    def __init__(self, session: str) -> None:
        self.session = session

    def keys(self, *keys: str, literal: bool = False) -> None:
        for key in keys:
            args = ["tmux", "send-keys", "-t", self.session]
            args += ["-l", key] if literal else [key]
            subprocess.run(args, check=True)
            # Escape on its own, then a pause, or the next key becomes alt+key
            time.sleep(0.25 if key == "Escape" else 0.08)

    def screen(self) -> str:
        return subprocess.run(
            ["tmux", "capture-pane", "-p", "-t", self.session],
            capture_output=True,
            text=True,
            check=True,
        ).stdout

    def wait_for(self, text: str, timeout: float = 20.0) -> str:
        deadline = time.monotonic() + timeout
        screen = ""
        while time.monotonic() < deadline:
            screen = self.screen()
            if text in screen:
                return screen
            time.sleep(0.1)
        raise AssertionError(f"{text!r} did not appear; screen was:\n{screen}")

    def alive(self) -> bool:
        return (
            subprocess.run(
                ["tmux", "has-session", "-t", self.session], capture_output=True
            ).returncode
            == 0
        )


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return {
        "VNREADER_DB": str(tmp_path / "db.json"),
        "VNREADER_CONFIG_DIR": str(tmp_path / "config"),
        "VNREADER_DATA_DIR": str(tmp_path / "data"),
    }


@pytest.fixture
def start(env: dict[str, str]) -> Iterator[object]:
    sessions: list[str] = []

    def _start(*args: str) -> Terminal:
        session = f"vnreader-test-{uuid.uuid4().hex[:8]}"
        sessions.append(session)
        exports = " ".join(f"{k}={shlex.quote(v)}" for k, v in env.items())
        command = f"{exports} {shlex.quote(sys.executable)} -m vnreader " + " ".join(
            shlex.quote(a) for a in args
        )
        subprocess.run(
            ["tmux", "new-session", "-d", "-s", session, "-x", "110", "-y", "32",
             "-e", "COLORTERM=truecolor", "-e", "TERM=xterm-256color",
             f"cd {shlex.quote(str(ROOT))} && {command}; sleep 30"],
            check=True,
        )
        return Terminal(session)

    yield _start
    for session in sessions:
        subprocess.run(["tmux", "kill-session", "-t", session], capture_output=True)
