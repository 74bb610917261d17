"""Messages of the app: past-tense events posted by workers and by the store wrapper."""

from __future__ import annotations

from textual.message import Message

from vnreader.analysis import Analysis


class ArticleAnalysed(Message):
    """The analysis of one article (id + content hash) is ready."""

    def __init__(
        self, article_id: str, content_hash: str, analysis: Analysis, error: str = ""
    ) -> None:
        super().__init__()
        self.error = error
        self.article_id = article_id
        self.content_hash = content_hash
        self.analysis = analysis


class AnnotationsChanged(Message):
    """Annotations changed (None: possibly any article, e.g. after undo)."""

    def __init__(self, article_id: str | None) -> None:
        super().__init__()
        self.article_id = article_id


class SearchFinished(Message):
    """A search over the corpus finished: the ids that match, for *query*."""

    def __init__(self, query: str, ids: frozenset[str] | None) -> None:
        super().__init__()
        self.query = query
        self.ids = ids


class ExportFinished(Message):
    """An export was written (or failed with *error*)."""

    def __init__(self, path: str, articles: int, annotations: int, error: str = "") -> None:
        super().__init__()
        self.path = path
        self.articles = articles
        self.annotations = annotations
        self.error = error
