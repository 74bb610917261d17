"""The corpus index from the command line: open and refresh it with a progress bar.

The bar (rich, on stderr, only on a terminal) shows files done, the rate and the time
left. Ctrl+C during a refresh does not kill the command: it cancels the refresh, which
keeps what was indexed (the next run continues from there); a second Ctrl+C interrupts.
"""

from __future__ import annotations

import signal
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING

from vnreader.formatting import format_number
from vnreader.index import CorpusIndex, IndexProgress, RefreshReport
from vnreader.textsafe import sanitize

if TYPE_CHECKING:  # every start of the app imports this module, and needs neither
    from vnreader.analysis import Analysis
    from vnreader.corpus.model import Article


def line(text: object) -> str:
    """*text* fit for the terminal in one line: file names and texts are untrusted."""
    return " ".join(sanitize(str(text)).split("\n"))


class ArticlesFromIndex:
    """The index as an :class:`vnreader.export.ArticleSource` (articles without ``raw``)."""

    def __init__(self, index: CorpusIndex) -> None:
        self.index = index

    def ids(self) -> list[str]:
        return self.index.ids()

    def __contains__(self, article_id: object) -> bool:
        return article_id in self.index

    def load(self, article_id: str) -> Article:
        return self.index.article(article_id, raw=False)

    def analysis(self, article_id: str) -> Analysis:
        return self.index.analysis(article_id)


@contextmanager
def cancel_on_interrupt() -> Iterator[threading.Event]:
    """An Event that the first Ctrl+C sets (the second one raises KeyboardInterrupt)."""
    cancel = threading.Event()

    def handler(signum: int, frame: FrameType | None) -> None:
        if cancel.is_set():
            raise KeyboardInterrupt
        cancel.set()

    if threading.current_thread() is not threading.main_thread():
        yield cancel
        return
    previous = signal.signal(signal.SIGINT, handler)
    try:
        yield cancel
    finally:
        signal.signal(signal.SIGINT, previous)


@contextmanager
def progress_bar(description: str) -> Iterator[Callable[[IndexProgress], None] | None]:
    """A progress callback drawing a rich bar on stderr, or None when stderr is no terminal."""
    if not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, Progress, TextColumn, TimeRemainingColumn

    columns = (
        TextColumn("{task.description}"),
        BarColumn(),
        # the numbers as the app's bar writes them: "5 504 of 35 500 files · 1 234/s"
        TextColumn("{task.fields[counts]} files · {task.fields[rate]}/s"),
        TimeRemainingColumn(),
    )
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task(description, total=None, counts="0", rate="0")

        def update(p: IndexProgress) -> None:
            counts = f"{format_number(p.done)} of {format_number(p.total)}"
            bar.update(
                task,
                completed=p.done,
                total=p.total or None,
                counts=counts if p.total else format_number(p.done),
                rate=format_number(round(p.rate)),
            )

        yield update


def open_refreshed(
    root: Path, *, analyse: bool = False, quiet: bool = False, follow_links: bool = False
) -> tuple[CorpusIndex, RefreshReport]:
    """The index of *root*, refreshed (with a bar), and what the refresh found.

    Notes about the index and unreadable files go to stderr unless *quiet*. Raises
    :class:`vnreader.corpus.CorpusError` as :meth:`CorpusIndex.refresh` does.
    *follow_links* as in :meth:`CorpusIndex.open`.
    """
    index = CorpusIndex.open(root, follow_links=follow_links)
    try:
        for message in index.messages:
            print(f"vnreader: {line(message)}", file=sys.stderr)
        with cancel_on_interrupt() as cancel:
            with progress_bar("indexing") as progress:
                report = index.refresh(progress=progress, cancel=cancel)
            if analyse and not report.cancelled:
                with progress_bar("analysing") as progress:
                    index.analyse_all(progress=progress, cancel=cancel)
                report.cancelled = cancel.is_set()
    except BaseException:
        index.close()
        raise
    if not quiet:
        for problem in report.problems:
            print(f"vnreader: skipped {line(problem)}", file=sys.stderr)
    return index, report
