"""Item 10, the minor ones: a failed save does not poison undo; one stray byte does not
reject a UTF-8 article; a read-only DB folder opens read-only."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from vnreader.store import AnnotationStore, StoreError


def test_a_failed_save_leaves_undo_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = AnnotationStore(tmp_path / "db.json", author="lan")
    store.add_tag("a1", "một")
    storage = store._storage
    assert storage is not None
    real = storage.commit

    def full(ops):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(storage, "commit", full)
    with pytest.raises(StoreError, match="No space"):
        store.add_tag("a1", "hai")
    monkeypatch.setattr(storage, "commit", real)
    assert store.undo_description() == "tag “một”"
    assert store.undo() == "tag “một”"  # not "changed since (by an import)"
    assert store.tags("a1") == []
    store.close()


async def test_page_down_in_the_palette_on_a_tiny_terminal(make_app) -> None:
    from textual.command import CommandPalette

    from tests.tui.helpers import settle

    app = make_app()
    async with app.run_test(size=(80, 3)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p", "pagedown", "pagedown", "pageup")  # crashed the app
        await settle(pilot)
        assert app.is_running and not CommandPalette.is_open(app)


async def test_the_palette_closes_when_the_terminal_gets_tiny(make_app) -> None:
    from textual.command import CommandPalette

    from tests.tui.helpers import settle

    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await settle(pilot)
        assert CommandPalette.is_open(app)
        await pilot.resize_terminal(80, 3)
        await settle(pilot)
        await pilot.press("pagedown", "pagedown")
        await settle(pilot)
        assert app.is_running


def test_a_read_only_file_system_opens_the_db_read_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import os

    from vnreader.commands import open_store
    from vnreader.store import StoreNotWritable, locking

    db = tmp_path / "db.json"
    with AnnotationStore(db) as store:
        store.add_tag("a1", "một")
    real_open = os.open

    def read_only_fs(path, flags, *args):
        if str(path).endswith(".lock"):
            raise OSError(errno.EROFS, "Read-only file system", str(path))
        return real_open(path, flags, *args)

    monkeypatch.setattr(locking.os, "open", read_only_fs)
    with pytest.raises(StoreNotWritable):
        AnnotationStore(db)
    store, read_only = open_store(db, False, "lan")
    assert read_only and store.read_only and store.tags("a1") == ["một"]
    store.close()
    assert "(Read-only file system); opening it read-only" in capsys.readouterr().err


def test_one_stray_byte_or_nul_does_not_reject_a_utf8_article(tmp_path: Path) -> None:
    from vnreader.corpus import read_article

    body = "Tiêu đề bài báo\n\nHà Nội đón khách quốc tế trong năm 2023 với nhiều sự kiện lớn.\n"
    data = body.encode("utf-8")
    cut = data.index("khách".encode())
    for damaged in (data[:cut] + b"\xff" + data[cut:], data[:cut] + b"\x00" + data[cut:]):
        path = tmp_path / "bai.txt"
        path.write_bytes(damaged * 3)
        article = read_article(path)
        assert "Hà Nội đón" in article.text and "khách" in article.text
    path.write_bytes(bytes(range(256)) * 40)  # binary data is still refused
    with pytest.raises(Exception, match="not a text file"):
        read_article(path)


def _damaged(tmp_path: Path, stray: bytes, times: int = 1) -> Path:
    body = "Tiêu đề bài báo\n\nHà Nội đón khách quốc tế trong năm 2023 với nhiều sự kiện lớn.\n"
    data = body.encode("utf-8")
    cut = data.index("khách".encode())
    path = tmp_path / "bai.txt"
    path.write_bytes(data[:cut] + stray * times + data[cut:])
    return path


def test_replaced_and_dropped_bytes_are_reported_on_the_article(tmp_path: Path) -> None:
    from vnreader.corpus import read_article

    assert read_article(_damaged(tmp_path, b"\xff", 2)).notes == (
        "2 invalid UTF-8 bytes shown as \ufffd",
    )
    assert read_article(_damaged(tmp_path, b"\x00")).notes == ("1 NUL byte removed",)
    assert read_article(_damaged(tmp_path, b"")).notes == ()  # a clean file: nothing to say


def test_analyze_says_which_bytes_it_replaced_and_still_analyses(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from vnreader.cli import main

    path = _damaged(tmp_path, b"\xfe")
    assert main(["analyze", str(path), "--format", "json"]) == 0
    out, err = capsys.readouterr()
    assert err.strip() == f"vnreader: {path}: 1 invalid UTF-8 byte shown as \ufffd"
    assert '"length": 63' in out  # the text with its one replacement character, analysed


def test_the_repair_note_survives_the_corpus_index(tmp_path: Path) -> None:
    from vnreader.corpus import read_article
    from vnreader.index.codec import decode_article, encode_body

    article = read_article(_damaged(tmp_path, b"\xff"))
    back = decode_article(
        encode_body(article),
        article_id=article.id,
        path=article.path,
        title=article.title,
        source=None,
        published=None,
        author=None,
        section=None,
    )
    assert back.notes == article.notes and back.text == article.text


async def test_the_reader_shows_what_reading_the_file_repaired(make_app, tmp_path: Path) -> None:
    from textual.widgets import Static

    from tests.tui.conftest import SIZE
    from tests.tui.helpers import open_article, settle
    from vnreader.corpus import read_article

    article = read_article(_damaged(tmp_path, b"\xff", 2))
    app = make_app([article])
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = await open_article(pilot, article.id)
        meta = str(screen.query_one("#meta", Static).render())
        assert "no source, date or author in bai.txt" in meta
        assert "⚠ 2 invalid UTF-8 bytes shown as \ufffd" in meta
