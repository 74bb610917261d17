"""Finding and reading article files: a folder (recursively, ``*.txt``) or one file.

One bad file in a folder is reported in :attr:`CorpusLoad.problems` and skipped; the rest
open. Hidden files and folders (".git", ".cache") are not searched; ``.TXT`` counts as
``.txt``. Article ids are file names without the extension (stable across runs and moves
of the folder); two files with the same name in different sub-folders fall back to the
path relative to the corpus folder.
"""

from __future__ import annotations

import os
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
    if not path.is_dir():
        return [path]  # a file (or something read_text will refuse with a clear message)
    files: list[Path] = []
    for folder, subfolders, names in os.walk(path):
        subfolders[:] = [d for d in subfolders if not d.startswith(".")]
        base = Path(folder)
        files.extend(
            base / name
            for name in names
            if name.lower().endswith(".txt") and not name.startswith(".")
        )
    files.sort()
    if not files:
        raise CorpusError(f"{path}: no article files (*.txt) in this folder")
    return files


def read_article(path: Path, article_id: str | None = None) -> Article:
    """Read and clean one article file; raises :class:`CorpusError` with a clear message."""
    raw = read_text(path)
    article = clean_page(raw, path=path, article_id=article_id or article_id_for(path))
    if not article.paragraphs and article.title == path.stem and path.stem not in raw:
        raise CorpusError(f"{path}: no article text (only page furniture such as share buttons)")
    return article


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
