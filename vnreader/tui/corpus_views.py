"""The app's corpus-wide views: one :class:`CorpusViews` per corpus index, kept on the app,
with the user's entity choices from the store; and the figures of a query as a lazy
sequence that reads pages from the index as the table draws them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, overload

from vnreader.corpusviews import CorpusViews, entity_choices
from vnreader.index import CorpusIndex
from vnreader.index.fact_queries import FigureFact, FigurePlan

if TYPE_CHECKING:
    from textual.app import App

PAGE = 200
NEEDS_INDEX = "The corpus-wide views need the corpus index (open a folder of articles)."


def corpus_views(app: App[None]) -> CorpusViews | None:
    """The views of the app's corpus index (None when the corpus is not an index)."""
    corpus = getattr(app, "corpus", None)
    if not isinstance(corpus, CorpusIndex):
        return None
    views: CorpusViews | None = getattr(app, "_corpus_views", None)
    if views is None or views.index is not corpus:
        views = CorpusViews(corpus, entity_choices(getattr(app, "store", ())))
        app._corpus_views = views  # type: ignore[attr-defined]
    return views


def reload_choices(app: App[None], views: CorpusViews) -> bool:
    """Take the store's entity choices again; True when they changed (groups rebuilt)."""
    choices = entity_choices(getattr(app, "store", ()))
    if choices == views.choices:
        return False
    views.set_choices(choices)
    return True


class FigurePages(Sequence[FigureFact]):
    """The figures of *plan*, read from the index a page at a time when first drawn
    (*pages*: those read already with the count, by number; see :func:`read_pages`)."""

    def __init__(
        self,
        views: CorpusViews,
        plan: FigurePlan,
        count: int,
        *,
        exact: bool = True,
        pages: dict[int, list[FigureFact]] | None = None,
    ) -> None:
        self.views = views
        self.plan = plan
        self.query = plan.query
        self.count = count
        self.exact = exact  # False: the first COUNT_CAP of more, the exact count to come
        self._pages: dict[int, list[FigureFact]] = dict(pages or {})

    def __len__(self) -> int:
        return self.count

    @overload
    def __getitem__(self, index: int) -> FigureFact: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[FigureFact]: ...
    def __getitem__(self, index: int | slice) -> FigureFact | Sequence[FigureFact]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(self.count))]
        if index < 0:
            index += self.count
        if not 0 <= index < self.count:
            raise IndexError(index)
        page = index // PAGE
        if page not in self._pages:
            found = self.views.figures(self.plan, limit=PAGE, offset=page * PAGE)
            self._pages[page] = found
        rows = self._pages[page]
        return rows[index - page * PAGE]


def read_pages(
    views: CorpusViews, plan: FigurePlan, count: int, rows: range
) -> dict[int, list[FigureFact]]:
    """The pages of the figures of *plan* holding *rows* (of *count*), by number: read
    off the UI with the count, so that the rows on screen are not read again when drawn."""
    last = min(rows.stop, count) - 1
    numbers = range(max(0, rows.start) // PAGE, max(0, last) // PAGE + 1)
    return {n: views.figures(plan, limit=PAGE, offset=n * PAGE) for n in numbers}
