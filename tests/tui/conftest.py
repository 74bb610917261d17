"""Fixtures of the TUI tests: fixed articles, a fixed analysis, tmp config/data dirs."""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

import vnreader.analysis

# the index analyses with the real analyze: imported here, before a test fakes it (imported
# lazily by a test's first refresh, they kept the fake, and later tests' indexes used it)
import vnreader.index.analysing
import vnreader.index.records
from vnreader.analysis import Analysis, Entity, Figure
from vnreader.config import Config
from vnreader.corpus import Article, RemovedLine
from vnreader.index import CorpusIndex
from vnreader.store import AnnotationStore
from vnreader.tui.app import VnreaderApp

SIZE = (120, 40)


@pytest.hookimpl(tryfirst=True)
def pytest_pyfunc_call(pyfuncitem: pytest.Function) -> bool | None:
    """Run ``async def`` tests in a fresh event loop (no async plugin needed)."""
    if not inspect.iscoroutinefunction(pyfuncitem.obj):
        return None
    names = pyfuncitem._fixtureinfo.argnames
    asyncio.run(pyfuncitem.obj(**{n: pyfuncitem.funcargs[n] for n in names}))
    return True


ENTITIES = (
    ("Bùi Thanh Sơn", "PER"),
    ("Nguyễn Xuân Phúc", "PER"),
    ("Bộ Ngoại giao", "ORG"),
    ("Việt Nam", "LOC"),
    ("Liên bang Nga", "LOC"),
    ("Sputnik V", "MISC"),
)
FIGURES = (
    ("4,7 tỷ USD", 4_700_000_000.0, "USD", "money", None),
    ("20 triệu liều", 20_000_000.0, "dose", "quantity", None),
    ("năm 2021", 2021.0, None, "year", "2021"),
)


def fake_analyze(text: str) -> Analysis:
    """A fixed analysis: every occurrence of the phrases above (snapshots stay stable)."""
    entities = [
        Entity(m.start(), m.end(), m.group(), label, name.casefold())
        for name, label in ENTITIES
        for m in re.finditer(re.escape(name), text)
    ]
    figures = [
        Figure(m.start(), m.end(), m.group(), value, unit, category, None, date)
        for phrase, value, unit, category, date in FIGURES
        for m in re.finditer(re.escape(phrase), text)
    ]
    entities.sort(key=lambda e: e.start)
    figures.sort(key=lambda f: f.start)
    return Analysis(tuple(entities), tuple(figures))


def make_articles() -> list[Article]:
    return [
        Article(
            id="a1",
            path=Path("a1.txt"),
            title="Bộ trưởng Bùi Thanh Sơn thăm Liên bang Nga",
            paragraphs=(
                "Bộ trưởng Ngoại giao Bùi Thanh Sơn đã có chuyến thăm Liên bang Nga.",
                "Hai bên bàn về hợp tác trị giá 4,7 tỷ USD trong năm 2021.",
                "Việt Nam đề nghị Nga ưu tiên cung cấp 20 triệu liều vaccine Sputnik V.",
            ),
            source="baoquocte.vn",
            url="https://baoquocte.vn/a1",
            published="2021-07-22T19:24:11+07:00",
            author="Minh Anh",
            removed=(RemovedLine("widget", "Chia sẻ Facebook"),),
            raw="Bộ trưởng Bùi Thanh Sơn thăm Liên bang Nga\nChia sẻ Facebook\n...",
        ),
        Article(
            id="b2",
            path=Path("b2.txt"),
            title="Đà Nẵng đón khách quốc tế",
            paragraphs=("Thành phố Đà Nẵng đón đoàn khách đầu tiên.", "Du lịch phục hồi."),
            source="vnexpress.net",
            published="2022-03-01",
        ),
        Article(
            id="c3",
            path=Path("c3.txt"),
            title="Chủ tịch nước Nguyễn Xuân Phúc tiếp đại sứ",
            paragraphs=(
                "Chủ tịch nước Nguyễn Xuân Phúc tiếp Đại sứ; Bộ trưởng BÙI THANH SƠN cùng dự.",
            ),
            source="tuoitre.vn",
            published="2021-11-29",
        ),
    ]


@pytest.fixture(autouse=True)
def isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """No test touches the real user's files; analysis is the fixed fake."""
    monkeypatch.setenv("VNREADER_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("VNREADER_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setattr(vnreader.analysis, "analyze", fake_analyze)
    monkeypatch.chdir(tmp_path)
    yield tmp_path


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "annotations.json"


@pytest.fixture
def make_app(db_path: Path) -> Iterator[Callable[..., VnreaderApp]]:
    """Build an app on the tmp DB (stores are closed at the end of the test)."""
    stores: list[AnnotationStore] = []

    def build(
        articles: list[Article] | None = None,
        *,
        read_only: bool = False,
        config: Config | None = None,
    ) -> VnreaderApp:
        store = AnnotationStore(db_path, read_only=read_only, author="tester")
        stores.append(store)
        return VnreaderApp(
            articles=articles if articles is not None else make_articles(),
            store=store,
            config=config or Config(author="tester"),
            problems=[],
            read_only=read_only,
        )

    yield build
    for store in stores:
        with contextlib.suppress(Exception):
            store.close()


@pytest.fixture
def unanalysed_app(
    tmp_path: Path, db_path: Path
) -> Iterator[tuple[Callable[[], VnreaderApp], CorpusIndex, int]]:
    """The app on the seeds indexed, not analysed (how to build it, the index, how many
    articles wait): the corpus views analyse them when opened."""
    from tests.tui.test_corpus_views import unanalysed_seeds

    corpus, total = unanalysed_seeds(tmp_path)
    index = CorpusIndex.open(corpus, index_dir=tmp_path / "index")
    store = AnnotationStore(db_path, author="tester")
    try:
        yield (lambda: VnreaderApp(store=store, corpus=index, refresh=False)), index, total
    finally:
        store.close()
        index.close()
