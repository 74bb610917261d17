"""The persistent corpus index: cleaned articles, their analysis and full-text search in SQLite.

One index file per corpus (see :func:`vnreader.locations.index_dir`); opening it is instant
and a refresh re-reads only the files that changed. No UI here.
"""

from vnreader.index.corpus_index import CorpusIndex
from vnreader.index.model import ArticleRow, IndexProgress, RefreshReport
from vnreader.index.opening import index_file_name

__all__ = ["ArticleRow", "CorpusIndex", "IndexProgress", "RefreshReport", "index_file_name"]
