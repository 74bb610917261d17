"""The persistent index of one corpus: open it, refresh it from the files, read and search it.

:meth:`CorpusIndex.open` is instant (it reads nothing but the index file); :meth:`refresh`
re-reads only the files that appeared or whose size or time changed (and of those, only the
ones whose bytes hash differently are cleaned again), drops the files that went away, and
commits as it goes, so a cancelled refresh keeps what it did and the next one continues.
Every method may be called from any thread, also while a refresh runs in another one.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from vnreader import locations
from vnreader.corpus.errors import CorpusError
from vnreader.index.database import Database, transaction
from vnreader.index.layout import Layout
from vnreader.index.list_order import ListOrder, ListOrderCache, files_token
from vnreader.index.locking import refresh_lock
from vnreader.index.model import ArticleRow, RefreshReport
from vnreader.index.opening import open_index_file, remove_index_file

if TYPE_CHECKING:  # the rest is imported where used: opening the app needs none of it
    from concurrent.futures import Future, ThreadPoolExecutor

    from vnreader.analysis import Analysis
    from vnreader.corpus.model import Article
    from vnreader.index.fact_queries import FactQueries
    from vnreader.index.refresh import ProgressFn

_ROW_COLUMNS = "article_id, path, title, source, published, author, section, length"


class CorpusIndex:
    """The index of the corpus at *root* (a folder of ``*.txt`` files, or one file)."""

    def __init__(
        self, root: Path, db: Database, messages: list[str], *, follow_links: bool = False
    ) -> None:
        self.root = root
        self.messages = messages
        self._db = db
        self._layout = Layout.of(root, follow_links=follow_links)
        self._refreshing = threading.Lock()
        self._facts: FactQueries | None = None
        self._order = ListOrderCache()
        self._rows: tuple[str, list[ArticleRow]] | None = None  # the last read, its token
        self._helper: ThreadPoolExecutor | None = None  # a search's second thread
        self._helping = threading.Lock()

    @classmethod
    def open(
        cls, root: Path, *, index_dir: Path | None = None, follow_links: bool = False
    ) -> CorpusIndex:
        """The index of *root*, created if missing, rebuilt (with a message) if damaged or
        made by other cleaning or analysis code. Reads no article; never fails for the
        index's sake. With *follow_links*, a refresh follows links out of the corpus folder
        (see :func:`vnreader.corpus.find_files`)."""
        root = Path(root).expanduser()
        messages: list[str] = []
        folder = index_dir if index_dir is not None else locations.index_dir()
        db = open_index_file(root, folder, messages)
        return cls(root, db, messages, follow_links=follow_links)

    @property
    def index_path(self) -> Path:
        return self._db.path

    def refresh(
        self,
        *,
        progress: ProgressFn | None = None,
        cancel: threading.Event | None = None,
        processes: int | None = None,
        analyse: bool = False,
    ) -> RefreshReport:
        """Bring the index up to date with the files (see :mod:`vnreader.index.refresh`).

        *progress* is called from this thread after each batch; setting *cancel* stops
        early, keeping what was indexed. *processes* defaults to the cores available.
        With *analyse*, the files read are analysed too (otherwise on demand).
        Raises :class:`CorpusError` when *root* is missing or holds no article file, and
        (as :func:`vnreader.corpus.load_corpus` does) when no file at all is readable.
        """
        from vnreader.index.refresh import Options
        from vnreader.index.refresh import refresh as refresh_index

        options = Options(progress, cancel, processes, analyse)
        with self._refreshing, refresh_lock(self._db.path, cancel) as locked:
            if not locked:  # cancelled while another process was refreshing
                return RefreshReport(problems=self.problems(), cancelled=True)
            try:
                report, files = refresh_index(self._db, self._layout, options)
            except sqlite3.DatabaseError as exc:
                if isinstance(exc, sqlite3.OperationalError):
                    raise  # busy, locked, disk full: not damage
                self._rebuild(exc)
                report, files = refresh_index(self._db, self._layout, options)
        report.problems = [*report.problems, *self.problems()]
        if not report.cancelled and not len(self):
            first = report.problems[0] if report.problems else f"{self.root}: no articles"
            raise CorpusError(
                first if files == 1 else f"{self.root}: no readable articles ({first})"
            )
        return report

    def _rebuild(self, exc: sqlite3.DatabaseError) -> None:
        """Start afresh from an index found damaged while in use (noted in messages)."""
        path = self._db.path
        self._db.close()
        self._order.clear()
        self._rows = None
        remove_index_file(path)
        self.messages.append(f"index rebuilt: it was damaged ({exc})")
        self._db = open_index_file(self.root, path.parent, self.messages)

    # -- reading -------------------------------------------------------------------------

    def rows(self) -> list[ArticleRow]:
        """Every readable article indexed so far, in list order (the files' order).

        The rows read last are kept (200,000 take about a second to read): while no refresh
        changed the files since, a new list of the same rows is given at once.
        """
        conn = self._db.connect()
        token = files_token(conn)  # before the rows: a change in between reads them again
        kept = self._rows
        if kept is not None and token is not None and kept[0] == token:
            return list(kept[1])
        prefix = os.path.join(str(self._layout.base), "")
        single = str(self.root) if self._layout.single else None
        found = conn.execute(
            f"SELECT id, {_ROW_COLUMNS} FROM files WHERE problem IS NULL ORDER BY ord"
        ).fetchall()
        rows = [
            ArticleRow(
                aid,
                single or prefix + key.decode("utf-8", "surrogateescape"),
                title,
                source,
                published,
                author,
                section,
                length,
            )
            for _, aid, key, title, source, published, author, section, length in found
        ]
        self._order.keep(token, [row.id for row in rows], [r[0] for r in found])
        self._rows = None if token is None else (token, rows)
        return list(rows)

    def ids(self) -> list[str]:
        """The ids of :meth:`rows`, in the same order."""
        found = self._db.connect().execute(
            "SELECT article_id FROM files WHERE problem IS NULL ORDER BY ord"
        )
        return [aid for (aid,) in found]

    def problems(self) -> list[str]:
        """One line per file that is not a readable article, in list order."""
        found = self._db.connect().execute(
            "SELECT problem FROM files WHERE problem IS NOT NULL ORDER BY ord"
        )
        return [problem for (problem,) in found]

    def __contains__(self, article_id: object) -> bool:
        if not isinstance(article_id, str):
            return False
        found = self._db.connect().execute(
            "SELECT 1 FROM files WHERE article_id = ? AND problem IS NULL", (article_id,)
        )
        return found.fetchone() is not None

    def __len__(self) -> int:
        found = self._db.connect().execute("SELECT count(*) FROM files WHERE problem IS NULL")
        return int(found.fetchone()[0])

    def article(self, article_id: str, *, raw: bool = True) -> Article:
        """The cleaned article, as :func:`vnreader.corpus.read_article` gives it.

        ``raw`` (the file as read, for the raw view) is read from the file again; without
        *raw* it is left empty. Raises :class:`KeyError` for an id not in the index.
        """
        found = (
            self._db.connect()
            .execute(
                "SELECT path, title, source, published, author, section, body"
                " FROM files JOIN bodies USING (id) WHERE article_id = ? AND problem IS NULL",
                (article_id,),
            )
            .fetchone()
        )
        if found is None:
            raise KeyError(article_id)
        from vnreader.corpus.reading import read_text
        from vnreader.index.codec import decode_article

        key, title, source, published, author, section, body = found
        path = self._layout.path(bytes(key))
        text = ""
        if raw:
            try:
                text = read_text(path)
            except CorpusError:
                text = ""
        return decode_article(
            body,
            article_id=article_id,
            path=path,
            title=title,
            source=source,
            published=published,
            author=author,
            section=section,
            raw=text,
        )

    def articles(self, ids: list[str] | None = None) -> Iterator[Article]:
        """The articles (without ``raw``) of *ids*, or all in list order, one at a time."""
        for article_id in self.ids() if ids is None else ids:
            yield self.article(article_id, raw=False)

    def analysis(self, article_id: str) -> Analysis:
        """``analyze(article.text)``: stored, or computed now and stored for next time."""
        conn = self._db.connect()
        found = conn.execute(
            "SELECT id, hash, analysis FROM files JOIN bodies USING (id)"
            " WHERE article_id = ? AND problem IS NULL",
            (article_id,),
        ).fetchone()
        if found is None:
            raise KeyError(article_id)
        from vnreader.analysis import analyze
        from vnreader.index.analysing import store_analysis
        from vnreader.index.codec import decode_analysis, encode_analysis
        from vnreader.index.facts import fact_rows

        rowid, digest, blob = found
        text = self.article(article_id, raw=False).text
        if blob is not None:
            return decode_analysis(blob, text)
        result = analyze(text)
        # busy or read-only: it is a cache
        with contextlib.suppress(sqlite3.OperationalError), transaction(conn):
            blob = encode_analysis(result, text)
            store_analysis(conn, rowid, digest, blob, fact_rows(text, result))
        return result

    def analyse_all(
        self,
        *,
        progress: ProgressFn | None = None,
        cancel: threading.Event | None = None,
        processes: int | None = None,
        live: bool = False,
    ) -> int:
        """Store the analysis of every indexed article that has none (in worker processes);
        returns how many were analysed. Cancel and progress as for :meth:`refresh`. With
        *live*, the counts the views read follow each stored batch (see
        :func:`vnreader.index.analysing.analyse_missing`)."""
        from vnreader.index.analysing import analyse_missing

        with self._refreshing:
            conn = self._db.connect()
            return analyse_missing(
                conn, progress=progress, cancel=cancel, processes=processes, live=live
            )

    def search(self, query: str, *, limit: int | None = None) -> list[str]:
        """Article ids matching *query*, best first (see :mod:`vnreader.index.search`).

        An empty query (or one with no word in it) gives every id in list order.
        """
        from vnreader.index.search import search_ids

        conn = self._db.connect()
        found = search_ids(conn, query, limit, lambda: self._list_order(conn), self._beside)
        if found is None:
            ids = self.ids()
            return ids if limit is None else ids[:limit]
        return found

    def _list_order(self, conn: sqlite3.Connection) -> ListOrder:
        return self._order.get(conn)

    def _beside(self, match: str) -> Future[set[int]]:
        """The row ids matching *match*, looked up in the search's second thread."""
        from vnreader.index.search import rowids_matching

        with self._helping:
            if self._helper is None:
                from concurrent.futures import ThreadPoolExecutor

                self._helper = ThreadPoolExecutor(1, thread_name_prefix="vnreader-search")
            return self._helper.submit(lambda: rowids_matching(self._db.connect(), match))

    @contextlib.contextmanager
    def snapshot(self) -> Iterator[None]:
        """This thread's reads in the block see one state of the index, whatever a writer
        commits meanwhile (a count and the rows it counts agree); nothing may be written
        in it. A block inside another is part of it."""
        conn = self._db.connect()
        if conn.in_transaction:
            yield
            return
        conn.execute("BEGIN")
        try:
            yield
        finally:
            conn.execute("COMMIT")

    @property
    def facts(self) -> FactQueries:
        """Corpus-wide questions on the analysed articles' entities and figures (one, kept
        with its database: it remembers what it probed of the index in its last state)."""
        from vnreader.index.fact_queries import FactQueries

        if self._facts is None or self._facts.db is not self._db:
            self._facts = FactQueries(self._db)
        return self._facts

    def unanalysed(self) -> int:
        """How many indexed articles have no stored analysis yet (see :meth:`analyse_all`)."""
        found = self._db.connect().execute(
            "SELECT count(*) FROM files JOIN bodies USING (id)"
            " WHERE problem IS NULL AND analysis IS NULL"
        )
        return int(found.fetchone()[0])

    # -- closing -------------------------------------------------------------------------

    def close(self) -> None:
        with self._helping:
            helper, self._helper = self._helper, None
        if helper is not None:
            helper.shutdown(wait=True, cancel_futures=True)
        self._db.close()

    def __enter__(self) -> CorpusIndex:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
