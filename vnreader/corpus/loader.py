"""Finding and reading article files: a folder (recursively, ``*.txt``) or one file.

One bad file in a folder is reported in :attr:`CorpusLoad.problems` and skipped; the rest
open.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from vnreader.corpus.cleaning import clean_page
from vnreader.corpus.errors import CorpusError
from vnreader.corpus.model import Article
from vnreader.corpus.reading import read_text


@dataclass
class CorpusLoad:
    root: Path
    articles: list[Article] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # one line each: "path: what is wrong"


def find_files(path: Path) -> list[Path]:
    """The article files under *path*; raises :class:`CorpusError` if there are none."""
    if not path.exists():
        raise CorpusError(f"{path}: no such file or folder")
    if path.is_file():
        return [path]
    files = sorted(p for p in path.rglob("*.txt") if p.is_file())
    if not files:
        raise CorpusError(f"{path}: no article files (*.txt) in this folder")
    return files


def read_article(path: Path, article_id: str | None = None) -> Article:
    """Read and clean one article file; raises :class:`CorpusError` with a clear message."""
    raw = read_text(path)
    return clean_page(raw, path=path, article_id=article_id or article_id_for(path))


def article_id_for(path: Path) -> str:
    """The stable id of an article file: its name without ``.txt``."""
    return path.stem


def load_corpus(path: Path) -> CorpusLoad:
    """Read every article under *path*. Raises only when nothing at all can be opened."""
    path = Path(path)
    files = find_files(path)
    load = CorpusLoad(root=path)
    seen: set[str] = set()
    for file in files:
        article_id = article_id_for(file)
        if article_id in seen:  # same name in two sub-folders: fall back to the relative path
            article_id = file.relative_to(path).with_suffix("").as_posix()
        try:
            article = read_article(file, article_id)
        except CorpusError as exc:
            load.problems.append(str(exc))
            continue
        seen.add(article_id)
        load.articles.append(article)
    if not load.articles:
        first = load.problems[0] if load.problems else f"{path}: no articles"
        raise CorpusError(first if len(files) == 1 else f"{path}: no readable articles ({first})")
    return load
