"""Messages of the app: past-tense events posted by workers and by the store wrapper."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.message import Message

from vnreader.index import ArticleRow, RefreshReport

if TYPE_CHECKING:  # the reader's, imported with it
    from vnreader.tui.article_facts import ArticleFacts


class ArticleAnalysed(Message):
    """The analysis of one article (id + content hash) is ready, as the reader keeps it."""

    def __init__(
        self, article_id: str, content_hash: str, analysis: ArticleFacts, error: str = ""
    ) -> None:
        super().__init__()
        self.error = error
        self.article_id = article_id
        self.content_hash = content_hash
        self.analysis = analysis


class AnalysisProgressed(Message):
    """An analysis went on: *done* of *total* (characters of the large article
    *article_id*, or articles of the corpus when it is None). A newer one replaces one of
    the same analysis not yet handled."""

    def __init__(self, done: int, total: int, article_id: str | None = None) -> None:
        super().__init__()
        self.done = done
        self.total = total
        self.article_id = article_id

    @property
    def share(self) -> float:
        """How much is done, from 0 to 1."""
        return self.done / self.total if self.total else 1.0

    def can_replace(self, message: Message) -> bool:
        return isinstance(message, AnalysisProgressed) and message.article_id == self.article_id


class AnnotationsChanged(Message):
    """Annotations changed (None: possibly any article, e.g. after undo)."""

    def __init__(self, article_id: str | None) -> None:
        super().__init__()
        self.article_id = article_id


class SearchFinished(Message):
    """A search over the corpus finished: the ids that match, best first, for *query*
    (None: no search, every article)."""

    def __init__(self, query: str, ids: list[str] | None, error: str = "") -> None:
        super().__init__()
        self.query = query
        self.ids = ids
        self.error = error


class IndexProgressed(Message):
    """A refresh of the corpus index went on: *done* files of *total*, at *rate* files a
    second. A newer one replaces one not yet handled (the rows wait in the app's buffer)."""

    def __init__(self, done: int, total: int, rate: float) -> None:
        super().__init__()
        self.done = done
        self.total = total
        self.rate = rate

    def can_replace(self, message: Message) -> bool:
        return isinstance(message, IndexProgressed)


class CorpusRefreshed(Message):
    """A refresh of the corpus index ended (or failed with *error*); *rows* are every row
    of the index now."""

    def __init__(
        self, report: RefreshReport | None, rows: list[ArticleRow] | None, error: str = ""
    ) -> None:
        super().__init__()
        self.report = report
        self.rows = rows
        self.error = error


class RowsLoaded(Message):
    """The rows already in the corpus index were read (*error*: the index was unreadable)."""

    def __init__(self, rows: list[ArticleRow], error: str = "") -> None:
        super().__init__()
        self.rows = rows
        self.error = error


class RowsChanged(Message):
    """The app's rows changed (*added* new ones, or were replaced): the list updates."""

    def __init__(self, added: int) -> None:
        super().__init__()
        self.added = added


class SpansReanchored(Message):
    """Spans of the articles whose text changed were placed anew (or orphaned)."""

    def __init__(self, changed: int, error: str = "") -> None:
        super().__init__()
        self.changed = changed
        self.error = error


class ExportProgress(Message):
    """So many characters of an export were written; a newer one replaces an older one in
    the queue."""

    def __init__(self, written: int) -> None:
        super().__init__()
        self.written = written

    def can_replace(self, message: Message) -> bool:
        return isinstance(message, ExportProgress)


class ExportFinished(Message):
    """An export was written (or failed with *error*)."""

    def __init__(self, path: str, articles: int, annotations: int, error: str = "") -> None:
        super().__init__()
        self.path = path
        self.articles = articles
        self.annotations = annotations
        self.error = error


class WriterSaved(Message):
    """A read-only app found the writer's changes on disk and read them (at *when*, UTC);
    *error* when the DB could not be read again (what is shown stays)."""

    def __init__(self, when: str, error: str = "") -> None:
        super().__init__()
        self.when = when
        self.error = error
