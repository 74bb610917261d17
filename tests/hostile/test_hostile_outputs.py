"""Item 3 (and the export crashes of item 7): an export never replaces the DB, a device, a
FIFO or a folder, and a bad name is refused with a message, never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.tui.conftest import SIZE
from tests.tui.helpers import settle
from vnreader.store import AnnotationStore
from vnreader.store.output_guard import OutputRefused, check_output

ROOT = Path(__file__).resolve().parents[2]


def _db(tmp_path: Path) -> Path:
    db = tmp_path / "db.json"
    with AnnotationStore(db) as store:
        store.add_tag("a1", "giữ")
    return db


@pytest.mark.parametrize("which", ["db", "journal", "lock", "link", "hardlink"])
def test_the_db_and_its_files_are_refused(tmp_path: Path, which: str) -> None:
    db = _db(tmp_path)
    (tmp_path / "db.json.journal").write_bytes(b"")
    (tmp_path / "db.json.lock").write_bytes(b"")
    target = {
        "db": db,
        "journal": tmp_path / "db.json.journal",
        "lock": tmp_path / "db.json.lock",
        "link": tmp_path / "link.json",
        "hardlink": tmp_path / "hard.json",
    }[which]
    if which == "link":
        target.symlink_to(db)
    if which == "hardlink":
        os.link(db, target)
    with pytest.raises(OutputRefused, match="annotations DB"):
        check_output(target, db)


def test_special_files_and_folders_are_refused(tmp_path: Path) -> None:
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    with pytest.raises(OutputRefused, match="not a regular file"):
        check_output(Path("/dev/null"), None)
    with pytest.raises(OutputRefused, match="not a regular file"):
        check_output(fifo, None)
    with pytest.raises(OutputRefused, match="folder"):
        check_output(tmp_path, None)
    with pytest.raises(OutputRefused, match="too long"):
        check_output(tmp_path / ("x" * 300 + ".json"), None)
    loop = tmp_path / "loop.json"
    loop.symlink_to(loop)
    with pytest.raises(OutputRefused, match="symbolic links"):
        check_output(loop, None)
    check_output(tmp_path / "new.json", tmp_path / "db.json")  # a new file is fine


def _cli(args: list[str], tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, VNREADER_CONFIG_DIR=str(tmp_path / "c"))
    env["VNREADER_DATA_DIR"] = str(tmp_path / "d")
    return subprocess.run(
        [sys.executable, "-m", "vnreader", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        cwd=tmp_path,
    )


def test_cli_export_refuses_a_device_and_reports_a_symlink_loop_db(tmp_path: Path) -> None:
    db = _db(tmp_path)
    seeds = str(ROOT / "seeds")
    result = _cli(["export", "--db", str(db), "-o", "/dev/null", seeds], tmp_path)
    assert result.returncode == 2 and "not a regular file" in result.stderr
    assert "Traceback" not in result.stderr
    loop = tmp_path / "loop.json"
    loop.symlink_to(loop)
    result = _cli(["export", "--db", str(loop), "-o", str(tmp_path / "x.json"), seeds], tmp_path)
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr


def test_cli_export_of_a_missing_db_is_an_error(tmp_path: Path) -> None:
    missing = tmp_path / "typo.json"
    result = _cli(["export", "--db", str(missing), str(ROOT / "seeds")], tmp_path)
    assert result.returncode == 2
    assert "typo.json: no such file" in result.stderr
    assert not missing.exists()


async def test_app_export_never_replaces_the_open_db(make_app, db_path: Path) -> None:
    app = make_app()
    app.store.add_tag("a1", "giữ")
    before = db_path.read_bytes()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.run_export("json", str(db_path))
        await settle(pilot)
        app.run_export("json", "/dev/null")
        await settle(pilot)
        app.run_export("json", "y" * 300 + ".json")  # crashed the app (name too long)
        await settle(pilot)
        messages = [n.message for n in app._notifications]
        assert any("annotations DB" in m for m in messages), messages
        assert any("not a regular file" in m for m in messages), messages
        assert any("too long" in m for m in messages), messages
        assert app.is_running
    assert db_path.read_bytes() == before
    assert Path("/dev/null").is_char_device()
