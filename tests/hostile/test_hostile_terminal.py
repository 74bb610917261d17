"""A real terminal (tmux) shows a corpus whose file names, and a DB whose tags and notes,
carry OSC 0/52, C1 and CSI sequences: the bytes the app writes hold no escape from the data.

Everything the app writes is captured with ``tmux pipe-pane``; the same session on a clean
corpus gives the escapes the app makes itself. Skipped without tmux (.ci/run installs it).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from tests.tui.test_terminal import Tmux

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")

OSC52 = "\x1b]52;c;SGVsbG8=\x07"
OSC0 = "\x1b]0;pwned\x07"
CSI = "\x1b[2J\x1b[31m"
NAMES = [  # bytes: a C1 CSI as one raw byte, and as UTF-8
    os.fsencode(f"tin-{OSC52}một.txt"),
    os.fsencode(f"tin-{OSC0}hai.txt"),
    os.fsencode(f"tin-{CSI}ba.txt"),
    b"tin-\x9b2Jb\xc3\xb3n.txt",
    os.fsencode("tin-\u009d0;pwned\u009cnăm.txt"),
]
BODY = "Tiêu đề bài {n}\n\nHà Nội đón khách quốc tế trong năm 2023, tăng 12% so với năm trước.\n"
OSC = re.compile(rb"\x1b\](\d+)")


def _corpus(root: Path, names: list[bytes]) -> None:
    root.mkdir()
    for n, name in enumerate(names):
        fd = os.open(os.fsencode(root) + b"/" + name, os.O_WRONLY | os.O_CREAT, 0o644)
        os.write(fd, BODY.format(n=n).encode("utf-8"))
        os.close(fd)


def _db(path: Path, article_ids: list[str]) -> None:
    docs = {}
    for i, aid in enumerate(article_ids):
        base = {
            "article_id": aid,
            "created": "2026-01-01T00:00:00.000Z",
            "modified": "2026-01-01T00:00:00.000Z",
            "author": f"mallory{OSC0}",
            "label": None,
            "anchor": None,
            "orphan": False,
        }
        docs[str(2 * i + 1)] = {**base, "id": f"t{i}", "kind": "tag", "tag": f"thẻ{OSC52}{CSI}",
                                "note": None}  # fmt: skip
        docs[str(2 * i + 2)] = {**base, "id": f"n{i}", "kind": "note", "tag": None,
                                "note": f"ghi chú {OSC0}\x9b2J{OSC52}"}  # fmt: skip
    state = {"_meta": {"1": {"format": 1}}, "annotations": docs, "_history": {}}
    path.write_text(json.dumps(state, ensure_ascii=False), encoding="utf-8")


def _session(tmp_path: Path, corpus: Path, db: Path, out: Path, *, tagged: bool = False) -> bytes:
    """Open the list, every article and its raw view; quit. The raw bytes written. With
    *tagged*, each article's side panel must show its tag (the DB's text is displayed)."""
    tmux = Tmux(f"vnreader-hostile-{uuid.uuid4().hex[:8]}")
    command = f"{sys.executable} -m vnreader --db {db} {corpus}; echo EXITED=$?; sleep 30"
    env = [
        "-e", f"VNREADER_CONFIG_DIR={tmp_path / 'config'}",
        "-e", f"VNREADER_DATA_DIR={tmp_path / 'data'}",
        "-e", "COLORTERM=truecolor",
        "-e", "COLUMNS=170", "-e", "LINES=40",  # the tmux server's environment may hold others
    ]  # fmt: skip
    tmux.new_session("-x", "170", "-y", "40", *env, command)
    try:
        subprocess.run(tmux.cmd("pipe-pane", "-o", "-t", tmux.name, f"cat >> {out}"), check=True)
        tmux.wait_for(f"{len(NAMES)} of {len(NAMES)} articles")  # not "0 of 0" while indexing
        for n in range(len(NAMES)):
            tmux.keys("Enter")
            tmux.wait_for("highlights")
            if tagged:
                if n == 0 and "Tags" not in tmux.screen():
                    tmux.keys("p")  # the side panel, where the tags and the note are
                tmux.wait_for("#thẻ")
            tmux.keys("r")
            tmux.wait_for("Raw file")
            tmux.keys("Escape")
            tmux.wait_for("highlights")
            tmux.keys("q")
            tmux.wait_for("articles")
            tmux.keys("j")
        tmux.keys("C-q")
        tmux.wait_for("EXITED=")
        time.sleep(0.5)  # let pipe-pane flush
    finally:
        tmux.close()
    return out.read_bytes()


def _escapes_from_data(raw: bytes) -> list[str]:
    text = raw.decode("utf-8", "replace")
    found = []
    if b"\x1b]52" in raw or b"SGVsbG8" in raw:
        found.append("OSC 52 (clipboard)")
    if b"pwned" in raw:
        found.append("OSC 0 (window title) from the data")
    if CSI.encode() in raw:
        found.append("CSI clear screen / colour from the data")
    if any("\x80" <= c <= "\x9f" for c in text):
        found.append("a C1 control")
    return found


def test_no_escape_from_names_or_db_reaches_the_terminal(tmp_path: Path) -> None:
    from vnreader.corpus.loader import article_id_for

    hostile = tmp_path / "hostile"
    _corpus(hostile, NAMES)
    db = tmp_path / "hostile.json"
    _db(db, [article_id_for(Path(os.fsdecode(n))) for n in NAMES])
    raw = _session(tmp_path, hostile, db, tmp_path / "hostile.out", tagged=True)
    assert b"EXITED=0" in raw
    assert _escapes_from_data(raw) == []

    clean = tmp_path / "clean"
    _corpus(clean, [f"tin-{n}.txt".encode() for n in range(len(NAMES))])
    clean_raw = _session(tmp_path, clean, tmp_path / "clean.json", tmp_path / "clean.out")
    made_by_app = set(OSC.findall(clean_raw))
    assert set(OSC.findall(raw)) <= made_by_app, "an OSC the app does not make"
