"""Small corpora written into tmp_path, and an index of them in its own tmp folder."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from vnreader.index import CorpusIndex

SEEDS = Path(__file__).resolve().parent.parent.parent / "seeds"
FILLER = (
    "Theo báo cáo được công bố hôm qua, các cơ quan chức năng đã triển khai nhiều biện pháp "
    "nhằm bảo đảm an toàn cho người dân trong thời gian tới."
)


def article(title: str, *paragraphs: str) -> str:
    """The text of an article file: a title line, then paragraphs."""
    body = [*paragraphs, FILLER] if paragraphs else [FILLER]
    return title + "\n\n" + "\n\n".join(body) + "\n"


def write_corpus(folder: Path, files: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return folder


@pytest.fixture
def index_dir(tmp_path: Path) -> Path:
    return tmp_path / "index"


@pytest.fixture
def open_index(index_dir: Path) -> Iterator[Callable[[Path], CorpusIndex]]:
    opened: list[CorpusIndex] = []

    def opener(root: Path) -> CorpusIndex:
        index = CorpusIndex.open(root, index_dir=index_dir)
        opened.append(index)
        return index

    yield opener
    for index in opened:
        index.close()
