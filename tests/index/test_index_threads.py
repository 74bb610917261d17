"""The index is read from other threads while a refresh writes: rows, search, articles."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from vnreader.index import CorpusIndex, IndexProgress
from vnreader.index import refresh as refresh_module

from .conftest import article, write_corpus


def test_reading_while_a_refresh_runs(
    tmp_path: Path, open_index: Callable[[Path], CorpusIndex], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(refresh_module, "CHUNK_FILES", 2)
    monkeypatch.setattr(refresh_module, "COMMIT_FILES", 2)
    corpus = write_corpus(
        tmp_path / "c", {f"f{i:02}.txt": article(f"Bài {i}", "Tin Huế.") for i in range(10)}
    )
    index = open_index(corpus)
    halfway, go = threading.Event(), threading.Event()
    errors: list[BaseException] = []

    def progress(p: IndexProgress) -> None:
        if p.done >= 4 and not halfway.is_set():
            halfway.set()
            go.wait(10)

    def work() -> None:
        try:
            index.refresh(progress=progress, processes=1)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    worker = threading.Thread(target=work)
    worker.start()
    assert halfway.wait(10)
    rows = index.rows()  # this thread, while the refresh is paused mid-way
    assert 4 <= len(rows) < 10
    assert index.search("hue") == [r.id for r in rows]
    assert index.article(rows[0].id).title == "Bài 0"
    go.set()
    worker.join(10)
    assert not errors
    assert len(index.rows()) == 10 == len(index.search("bai"))
