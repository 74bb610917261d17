"""Ingestion: reading article files and cleaning scraped pages into Articles (no UI)."""

from vnreader.corpus.errors import CorpusError
from vnreader.corpus.loader import CorpusLoad, find_files, load_corpus, read_article
from vnreader.corpus.model import Article, RemovedLine
from vnreader.corpus.sentences import sentence_spans, split_glued, split_sentences

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
