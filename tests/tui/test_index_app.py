"""The app on a real corpus index: the list is usable while indexing, Escape stops it and
keeps what was done, a damaged index is rebuilt, search comes from the index."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

import vnreader.index.refresh
from tests.tui.conftest import SIZE
from tests.tui.helpers import list_screen, settle, shown_ids, type_text
from vnreader.config import Config
from vnreader.index import CorpusIndex, IndexProgress
from vnreader.store import AnnotationStore
from vnreader.tui.app import VnreaderApp

FILES = 40
WAIT = 10.0  # seconds: a bound on waiting for the worker, never a timing assertion


def write_corpus(folder: Path, n: int = FILES) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        who = {3: "Bộ trưởng Bùi Thanh Sơn", 5: "ông Sơn, bà Bùi và anh Thanh"}.get(
            i % 10, "ông Sơn"
        )
        title = f"Bài {i:03d}: tin về kinh tế" if i != 7 else "Bùi Thanh Sơn thăm Hà Nội"
        body = f"{who} nói về hợp tác {i} năm 2021.\n\nĐoạn thứ hai của bài số {i}."
        (folder / f"{i:03d}.txt").write_text(f"{title}\n{body}\n", encoding="utf-8")
    return folder


class GatedIndex:
    """A :class:`CorpusIndex` whose refresh stops after each progress report until the test
    lets it go on (so that the test acts while indexing, deterministically)."""

    def __init__(self, index: CorpusIndex) -> None:
        self.index = index
        self.messages = index.messages
        self.reported = threading.Event()
        self.go_on = threading.Event()

    def __getattr__(self, name: str) -> object:
        return getattr(self.index, name)

    def refresh(self, *, progress=None, cancel=None, processes=None):
        def hook(report: IndexProgress) -> None:
            if progress is not None:
                progress(report)
            if report.new_rows:
                self.reported.set()
                self.go_on.wait(WAIT)
                self.go_on.clear()

        return self.index.refresh(progress=hook, cancel=cancel, processes=1)


@pytest.fixture
def small_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(vnreader.index.refresh, "CHUNK_FILES", 5)
    monkeypatch.setattr(vnreader.index.refresh, "COMMIT_FILES", 5)


@pytest.fixture
def open_apps(db_path: Path) -> Iterator[list[object]]:
    opened: list[object] = []
    yield opened
    for thing in opened:
        with contextlib.suppress(Exception):
            thing.close()  # type: ignore[attr-defined]


def build(corpus: object, db_path: Path, opened: list[object]) -> VnreaderApp:
    store = AnnotationStore(db_path, author="tester")
    opened += [store, corpus]
    return VnreaderApp(corpus=corpus, store=store, config=Config(author="tester"))  # type: ignore[arg-type]


async def wait_until(pilot, condition, what: str) -> None:
    for _ in range(int(WAIT / 0.05)):
        if condition():
            return
        await pilot.pause(0.05)
    raise AssertionError(f"never happened: {what}")


def gated_app(
    tmp_path: Path, db_path: Path, opened: list[object]
) -> tuple[Path, GatedIndex, VnreaderApp]:
    root = write_corpus(tmp_path / "corpus")
    gated = GatedIndex(CorpusIndex.open(root))
    return root, gated, build(gated, db_path, opened)


async def first_batch(pilot, gated: GatedIndex) -> None:
    await wait_until(pilot, gated.reported.is_set, "a first batch indexed")


async def test_list_is_usable_while_indexing_and_escape_keeps_what_was_done(
    tmp_path: Path, db_path: Path, open_apps: list[object], small_batches: None
) -> None:
    root, gated, app = gated_app(tmp_path, db_path, open_apps)
    async with app.run_test(size=SIZE) as pilot:
        await first_batch(pilot, gated)
        await wait_until(pilot, lambda: len(shown_ids(pilot)) > 0, "rows in the list")
        screen = list_screen(pilot)
        assert app.indexing and len(app.rows) < FILES
        assert not screen.query_one("#indexing").has_class("hidden")  # the progress bar
        await pilot.pause()
        assert screen.query_one("#indexing").region.height == 1  # one line, above the keys
        assert screen.table.region.height >= SIZE[1] - 4
        assert "esc stops" in str(screen.query_one("#indexing-label").render())
        assert screen.query_one("#indexing-bar").region.width > 0  # made on first progress
        # keys work while indexing, and none lands in the hidden search box
        await pilot.press("j", "s")
        assert screen.table.cursor_row == 1 and screen.sort_by == "source"
        assert screen.search_box is None  # not even made: no key reached a search box
        await pilot.press("s", "s", "s", "s")  # back to title
        gated.reported.clear()
        gated.go_on.set()  # one more batch: the list fills
        await wait_until(pilot, lambda: gated.reported.is_set() and len(app.rows) >= 10, "more")
        # rows are applied at most twice a second while indexing
        await wait_until(pilot, lambda: len(shown_ids(pilot)) == len(app.rows), "rows shown")
        await pilot.press("escape")  # nothing to clear: stops the indexing
        assert app.cancel_indexing.is_set()
        gated.go_on.set()
        await wait_until(pilot, lambda: not app.indexing, "the refresh ended")
        await settle(pilot)
        kept = len(app.rows)
        assert 10 <= kept < FILES
        assert any("Indexing stopped" in n.message for n in app._notifications)
        await pilot.press("g", "enter")  # an article opens from the index
        await settle(pilot)
        assert app.screen.article.id == shown_ids_of(app)[0]  # type: ignore[attr-defined]
    # next start: the rows kept are there at once, and a refresh completes the index
    again = CorpusIndex.open(root)
    open_apps.append(again)
    assert len(again.rows()) == kept
    assert not again.refresh().cancelled
    assert len(again.rows()) == FILES


def shown_ids_of(app: VnreaderApp) -> list[str]:
    from vnreader.tui.screens.article_list import ArticleListScreen

    screen = app.screen_stack[0]  # the list is the first screen
    assert isinstance(screen, ArticleListScreen)
    return screen.visible_ids()


async def test_quitting_while_indexing_cancels_and_keeps_the_rows(
    tmp_path: Path, db_path: Path, open_apps: list[object], small_batches: None
) -> None:
    root, gated, app = gated_app(tmp_path, db_path, open_apps)
    async with app.run_test(size=SIZE) as pilot:
        await first_batch(pilot, gated)
        app.exit()
        assert app.cancel_indexing.is_set()
        gated.go_on.set()
    again = CorpusIndex.open(root)
    open_apps.append(again)
    assert 0 < len(again.rows()) < FILES


async def test_damaged_index_is_rebuilt_with_a_notification(
    tmp_path: Path, db_path: Path, open_apps: list[object]
) -> None:
    root = write_corpus(tmp_path / "corpus", 6)
    with CorpusIndex.open(root) as index:
        index.refresh(processes=1)
        path = index.index_path
    path.write_bytes(b"this is not an SQLite file" * 100)
    app = build(CorpusIndex.open(root), db_path, open_apps)
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: not app.indexing, "the rebuild")
        await settle(pilot)
        assert len(shown_ids(pilot)) == 6
        assert any("rebuilt" in n.message for n in app._notifications)


async def test_search_comes_from_the_index_best_first(
    tmp_path: Path, db_path: Path, open_apps: list[object]
) -> None:
    root = write_corpus(tmp_path / "corpus")
    with CorpusIndex.open(root) as index:
        index.refresh(processes=1)
    app = build(CorpusIndex.open(root), db_path, open_apps)
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: not app.indexing, "the refresh")
        await settle(pilot)
        await pilot.press("slash")
        await type_text(pilot, "bui thanh son")
        await pilot.press("enter")
        await settle(pilot)
        ids = shown_ids(pilot)
        # the name as a phrase: in the title of 007 (first), in the text of 003, 013, ...;
        # "ông Sơn, bà Bùi và anh Thanh" has the three syllables but not the name: last
        names = [Path(app.rows[i].path).name for i in ids]
        assert names[0] == "007.txt"
        assert set(names[1:5]) == {"003.txt", "013.txt", "023.txt", "033.txt"}
        assert set(names[5:]) == {"005.txt", "015.txt", "025.txt", "035.txt"}
        screen = list_screen(pilot)
        assert screen.sort_name == "relevance"
        await pilot.press("escape")
        await settle(pilot)
        assert len(shown_ids(pilot)) == FILES and screen.sort_name == "title"


APP_INDEXING = """
import asyncio, json, sys
from multiprocessing import resource_tracker
from pathlib import Path
from vnreader.index import CorpusIndex
from vnreader.store import AnnotationStore
from vnreader.tui.app import VnreaderApp

root = Path(sys.argv[1])
app = VnreaderApp(corpus=CorpusIndex.open(root), store=AnnotationStore(root.parent / "db.json"))

async def run():
    async with app.run_test() as pilot:
        for _ in range(400):
            await pilot.pause(0.05)
            if not app.indexing:
                break
    errors = [n.message for n in app._notifications if n.severity == "error"]
    tracker = resource_tracker._resource_tracker._pid is not None
    print(json.dumps([len(app.rows), errors, tracker]))

asyncio.run(run())
"""


def run_app_indexing(tmp_path: Path, files: int) -> list[object]:
    """The app indexing a corpus of *files* files in a fresh process (the resource tracker,
    once started, stays for the whole test session): rows, errors, tracker started."""
    import json
    import subprocess
    import sys

    root = write_corpus(tmp_path / "corpus", files)
    env = {
        "VNREADER_DATA_DIR": str(tmp_path / "data"),
        "VNREADER_CONFIG_DIR": str(tmp_path / "config"),
        "PATH": "/usr/bin:/bin",
    }
    out = subprocess.run(
        [sys.executable, "-c", APP_INDEXING, str(root)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert out.returncode == 0, out.stdout + out.stderr
    result: list[object] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def test_indexing_in_worker_processes_works_inside_the_app(tmp_path: Path) -> None:
    """Textual's stderr has no file descriptor: the processes' resource tracker is given
    the process's own (else: "bad value(s) in fds_to_keep")."""
    from vnreader.index.workers import POOL_MIN_ITEMS

    assert run_app_indexing(tmp_path, POOL_MIN_ITEMS + 10) == [POOL_MIN_ITEMS + 10, [], True]


class WatchedIndex:
    """A :class:`CorpusIndex` that says when its rows were read and what the app had shown
    when its refresh started."""

    def __init__(self, index: CorpusIndex) -> None:
        self.index = index
        self.messages = index.messages
        self.rows_read = threading.Event()
        self.refresh_saw_frame: list[bool] = []
        self.app: VnreaderApp | None = None

    def __getattr__(self, name: str) -> object:
        return getattr(self.index, name)

    def rows(self):
        rows = self.index.rows()
        self.rows_read.set()
        return rows

    def refresh(self, **kwargs):
        assert self.app is not None
        self.refresh_saw_frame.append(self.app.list_shown.is_set())
        return self.index.refresh(**kwargs)


async def test_first_frame_shows_the_rows_read_before_the_list_was_mounted(
    tmp_path: Path, db_path: Path, open_apps: list[object], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Rows read while the list was being built are in its first frame (not one message
    later), and checking the files for changes waits for that frame."""
    from vnreader.tui.screens.article_list import ArticleListScreen

    root = write_corpus(tmp_path / "corpus", 6)
    with CorpusIndex.open(root) as index:
        index.refresh(processes=1)
    watched = WatchedIndex(CorpusIndex.open(root))
    app = build(watched, db_path, open_apps)
    watched.app = app
    at_mount: list[int] = []
    mount = ArticleListScreen.on_mount

    def on_mount(self: ArticleListScreen) -> None:
        watched.rows_read.wait(WAIT)
        mount(self)
        at_mount.append(len(self.shown))

    monkeypatch.setattr(ArticleListScreen, "on_mount", on_mount)
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: not app.indexing, "the refresh")
        await settle(pilot)
        assert at_mount == [6]
        assert watched.refresh_saw_frame == [True]
        assert len(shown_ids(pilot)) == 6
        assert not list_screen(pilot).query("#indexing-bar")  # nothing to index: no bar made


def test_no_worker_process_is_started_when_none_is_needed(tmp_path: Path) -> None:
    """Multiprocessing's resource tracker (a second Python process) starts only when the
    indexing uses processes, not at every launch."""
    assert run_app_indexing(tmp_path, 5) == [5, [], False]


async def test_the_reader_keeps_no_raw_copy_and_the_raw_view_reads_it(
    tmp_path: Path, db_path: Path, open_apps: list[object]
) -> None:
    """An article opened from the index holds its text once (no raw file text beside it:
    a very large article's would be tens of megabytes more); r reads the file for the view."""
    from tests.tui.helpers import open_article
    from vnreader.tui.screens.raw import RawScreen

    root = write_corpus(tmp_path / "corpus", 3)
    app = build(CorpusIndex.open(root), db_path, open_apps)
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: len(app.rows) == 3, "the rows")
        await settle(pilot)
        screen = await open_article(pilot, "001")
        assert screen.article.raw == ""
        await pilot.press("r")
        await settle(pilot)
        assert isinstance(app.screen, RawScreen)
        assert "Đoạn thứ hai của bài số 1." in app.screen.article.raw


async def test_a_second_open_with_nothing_changed_keeps_the_rows_and_their_sort(
    tmp_path: Path, db_path: Path, open_apps: list[object], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The refresh after the list is shown finds nothing changed: the rows shown stay and
    are not sorted again (at 200,000 rows, a re-read and a re-sort after every open)."""
    from vnreader.tui.listing import RowOrder

    root = write_corpus(tmp_path / "corpus")
    with CorpusIndex.open(root) as index:
        index.refresh(processes=1)
    sorts: list[int] = []
    real_sort = RowOrder.sort

    def counted(self, rows, key, reverse, counts):  # type: ignore[no-untyped-def]
        rows = list(rows)
        sorts.append(len(rows))
        return real_sort(self, rows, key, reverse, counts)

    monkeypatch.setattr(RowOrder, "sort", counted)
    app = build(CorpusIndex.open(root), db_path, open_apps)
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: app.loaded.is_set() and not app.indexing, "the refresh")
        await settle(pilot)
        assert len(shown_ids(pilot)) == FILES
        assert app.rows_version == 1 and [n for n in sorts if n] == [FILES]
