"""The corpus as the app uses it: list rows, one article or its analysis on demand, search and
refresh. :class:`vnreader.index.CorpusIndex` is the real one; :class:`ArticlesCorpus` serves
articles already in memory (a corpus built by a program, and the app's tests) the same way.

The app never holds every article's text: it holds rows and asks for an article when the
reader opens it (:class:`ArticleCache` keeps the last few).
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from vnreader.index import ArticleRow, IndexProgress, RefreshReport
from vnreader.tui.listing import fast_fold

if TYPE_CHECKING:  # the list's first frame needs no article nor analysis
    from vnreader.analysis import Analysis
    from vnreader.corpus import Article

ProgressFn = Callable[[IndexProgress], None]


class CorpusSource(Protocol):
    """What the app needs of a corpus (every method may be called from any thread)."""

    messages: list[str]

    def rows(self) -> list[ArticleRow]: ...
    def article(self, article_id: str, *, raw: bool = True) -> Article: ...
    def analysis(self, article_id: str) -> Analysis: ...
    def search(self, query: str, *, limit: int | None = None) -> list[str]: ...
    def refresh(
        self,
        *,
        progress: ProgressFn | None = None,
        cancel: threading.Event | None = None,
        processes: int | None = None,
    ) -> RefreshReport: ...
    def close(self) -> None: ...


def article_row(article: Article) -> ArticleRow:
    """The list row of an article."""
    return ArticleRow(
        id=article.id,
        path=str(article.path),
        title=article.title,
        source=article.source,
        published=article.published,
        author=article.author,
        section=article.section,
        length=len(article.text),
    )


_WORD = re.compile(r"\w+")
_QUOTED = re.compile(r'"([^"]*)"')


def _words(text: str) -> list[str]:
    return _WORD.findall(fast_fold(text))


class ArticlesCorpus:
    """A corpus of articles held in memory; searched like the index (whole syllables,
    diacritics and case ignored, phrases in quotes, the unquoted phrase ranked first)."""

    def __init__(self, articles: Iterable[Article], messages: Sequence[str] = ()) -> None:
        self._articles = {a.id: a for a in articles}
        self.messages = list(messages)

    def rows(self) -> list[ArticleRow]:
        return [article_row(a) for a in self._articles.values()]

    def __len__(self) -> int:
        return len(self._articles)

    def __contains__(self, article_id: object) -> bool:
        return article_id in self._articles

    def article(self, article_id: str, *, raw: bool = True) -> Article:
        return self._articles[article_id]

    def analysis(self, article_id: str) -> Analysis:
        from vnreader.analysis import analyze

        return analyze(self._articles[article_id].text)

    def search(self, query: str, *, limit: int | None = None) -> list[str]:
        phrases = [_words(p) for p in _QUOTED.findall(query)]
        words = _words(_QUOTED.sub(" ", query))
        if not words and not any(phrases):
            return []
        ranked: list[tuple[int, int, str]] = []
        for order, article in enumerate(self._articles.values()):
            title = " " + " ".join(_words(article.title)) + " "
            body = " " + " ".join(_words(article.text)) + " "
            tokens = set(title.split()) | set(body.split())
            if not all(w in tokens for w in words):
                continue
            if not all(_has(title, p) or _has(body, p) for p in phrases if p):
                continue
            rank = 3
            if len(words) > 1 and _has(title, words):
                rank = 0
            elif len(words) > 1 and _has(body, words):
                rank = 1
            elif all(w in title.split() for w in words):
                rank = 2
            ranked.append((rank, order, article.id))
        ids = [article_id for _, _, article_id in sorted(ranked)]
        return ids if limit is None else ids[:limit]

    def refresh(
        self,
        *,
        progress: ProgressFn | None = None,
        cancel: threading.Event | None = None,
        processes: int | None = None,
    ) -> RefreshReport:
        if progress is not None:
            n = len(self._articles)
            progress(IndexProgress(n, n, 0.0, tuple(self.rows())))
        return RefreshReport(unchanged=len(self._articles))

    def close(self) -> None:
        """Nothing to release."""


def _has(spaced: str, words: list[str]) -> bool:
    return " " + " ".join(words) + " " in spaced


class CorpusArticles:
    """A corpus as the exports read it (:class:`vnreader.export.ArticleSource`): the ids of
    the list, each article and its analysis loaded when the export needs it."""

    def __init__(self, corpus: CorpusSource, ids: list[str]) -> None:
        self._corpus = corpus
        self._ids = ids
        self._known = set(ids)

    def ids(self) -> list[str]:
        return self._ids

    def __contains__(self, article_id: object) -> bool:
        return article_id in self._known

    def load(self, article_id: str) -> Article:
        return self._corpus.article(article_id, raw=False)

    def analysis(self, article_id: str) -> Analysis:
        return self._corpus.analysis(article_id)


class ArticleCache:
    """The last few articles (and analyses) asked for; thread-safe."""

    def __init__(self, size: int = 16) -> None:
        self._size = size
        self._items: OrderedDict[tuple[str, str], object] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, kind: str, key: str) -> object | None:
        with self._lock:
            value = self._items.get((kind, key))
            if value is not None:
                self._items.move_to_end((kind, key))
            return value

    def put(self, kind: str, key: str, value: object) -> None:
        with self._lock:
            self._items[(kind, key)] = value
            self._items.move_to_end((kind, key))
            while len(self._items) > self._size:
                self._items.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._items.clear()


def corpus_root_of(source: object) -> Path | None:
    """The folder (or file) a corpus was read from, when it has one."""
    root = getattr(source, "root", None)
    return root if isinstance(root, Path) else None
