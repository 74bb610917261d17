"""Item 1: escape sequences in file and folder names never reach the terminal."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Static

from tests.hostile.hostile_data import HOSTILE, OSC52, assert_clean
from tests.tui.conftest import SIZE
from tests.tui.helpers import open_article, settle
from vnreader import cli
from vnreader.corpus import Article
from vnreader.textsafe import display_path, sanitize


def test_display_path_removes_every_escape() -> None:
    shown = display_path(Path(f"/tmp/{HOSTILE}dir/{OSC52}name\n.txt"))
    assert_clean(shown)
    assert shown == "/tmp/dir/name .txt"


def test_direction_marks_are_removed() -> None:
    assert sanitize("a\u200eb\u200fc\u061cd") == "abcd"


def test_undecodable_bytes_in_a_name_are_shown_as_replacement() -> None:
    name = b"bad\xff\x1b]0;t\x07.txt".decode("utf-8", "surrogateescape")
    assert display_path(name) == "bad\ufffd.txt"


def test_analyze_prints_no_escape_from_the_file_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    file = tmp_path / f"{HOSTILE}bài.txt"
    file.write_text("Hà Nội có 8 triệu dân vào năm 2021. Kinh tế tăng trưởng.", encoding="utf-8")
    status = cli.main(["analyze", str(file)])
    out = capsys.readouterr()
    assert status == 0
    assert "bài" in out.out
    assert_clean(out.out)
    assert_clean(out.err)


def _nameless(tmp_path: Path) -> Article:
    return Article(
        id="x",
        path=tmp_path / f"{HOSTILE}folder" / f"{OSC52}tin.txt",
        title="Tin không nguồn",
        paragraphs=("Một đoạn văn.",),
        raw="Một đoạn văn.",
    )


async def test_reader_and_raw_view_show_sanitised_paths(make_app, tmp_path: Path) -> None:
    app = make_app([_nameless(tmp_path)])
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = await open_article(pilot, "x")
        meta = str(screen.query_one("#meta", Static).render())
        assert "tin.txt" in meta
        assert_clean(meta)
        await pilot.press("r")
        await settle(pilot)
        title = str(app.screen.query_one("#title", Static).render())
        assert "tin.txt" in title
        assert_clean(title)


async def test_notifications_are_sanitised(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.notify(f"saved {HOSTILE}x", title=OSC52, markup=False)
        await settle(pilot)
        [note] = [n for n in app._notifications if "saved" in n.message]
        assert_clean(note.message)
        assert_clean(note.title)
