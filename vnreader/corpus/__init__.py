"""Ingestion: reading article files and cleaning scraped pages into Articles (no UI).

The names below are imported on first use (PEP 562), so that importing a light part such as
:mod:`vnreader.corpus.errors` does not load the cleaning rules.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from vnreader.corpus.errors import CorpusError
    from vnreader.corpus.loader import CorpusLoad, find_files, load_corpus, read_article
    from vnreader.corpus.model import Article, RemovedLine
    from vnreader.corpus.sentences import sentence_spans, split_glued, split_sentences

_HOMES = {
    "Article": "model",
    "CorpusError": "errors",
    "CorpusLoad": "loader",
    "RemovedLine": "model",
    "find_files": "loader",
    "load_corpus": "loader",
    "read_article": "loader",
    "sentence_spans": "sentences",
    "split_glued": "sentences",
    "split_sentences": "sentences",
}

__all__ = [
    "Article",
    "CorpusError",
    "CorpusLoad",
    "RemovedLine",
    "find_files",
    "load_corpus",
    "read_article",
    "sentence_spans",
    "split_glued",
    "split_sentences",
]


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f"{__name__}.{home}"), name)
