"""The seeds indexed and analysed once per module, and small corpora written for a test."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from vnreader.corpusviews import CorpusViews
from vnreader.index import CorpusIndex

SEEDS = Path(__file__).resolve().parent.parent.parent / "seeds"


@pytest.fixture(scope="module")
def seeds_index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CorpusIndex]:
    index = CorpusIndex.open(SEEDS, index_dir=tmp_path_factory.mktemp("index"))
    index.refresh(analyse=True, processes=1)
    yield index
    index.close()


@pytest.fixture
def views(seeds_index: CorpusIndex) -> CorpusViews:
    return CorpusViews(seeds_index)


@contextmanager
def views_of(folder: Path, texts: dict[str, str]) -> Iterator[CorpusViews]:
    """The views of a small corpus written in *folder*: an article ``NAME.txt`` for each
    NAME and text of *texts*, indexed and analysed."""
    corpus = folder / "corpus"
    corpus.mkdir()
    for name, text in texts.items():
        (corpus / f"{name}.txt").write_text("Tiêu đề\n\n" + text + "\n", "utf-8")
    with CorpusIndex.open(corpus, index_dir=folder / "index") as index:
        index.refresh(analyse=True, processes=1)
        yield CorpusViews(index)
