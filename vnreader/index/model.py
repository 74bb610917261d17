"""What the corpus index hands out: list rows, refresh progress and the refresh report."""

from __future__ import annotations

from dataclasses import dataclass, field

from vnreader.formatting import counted, format_number


@dataclass(frozen=True, slots=True)
class ArticleRow:
    """What the article list shows of one article (no body text).

    ``path`` is the file as found (untrusted: sanitise before showing it); ``length`` is the
    number of characters of the cleaned text.
    """

    id: str
    path: str
    title: str
    source: str | None
    published: str | None
    author: str | None
    section: str | None
    length: int


@dataclass(frozen=True, slots=True)
class IndexProgress:
    """How far a refresh is: files done of ``total``, files per second so far, and the rows
    indexed since the previous report (to stream into a list)."""

    done: int
    total: int
    rate: float
    new_rows: tuple[ArticleRow, ...] = ()


@dataclass
class RefreshReport:
    """What a refresh found. ``problems`` holds one sanitised line per unreadable file
    ("path: what is wrong"), those found earlier and still there included."""

    added: int = 0
    changed: int = 0
    removed: int = 0
    unchanged: int = 0
    problems: list[str] = field(default_factory=list)
    cancelled: bool = False

    def summary(self) -> str:
        """One line: "3 added, 1 changed, 0 removed, 34 996 unchanged, 2 problems"."""
        text = (
            f"{format_number(self.added)} added, {format_number(self.changed)} changed, "
            f"{format_number(self.removed)} removed, {format_number(self.unchanged)} "
            f"unchanged, {counted(len(self.problems), 'problems')}"
        )
        return text + (" (cancelled: run it again to finish)" if self.cancelled else "")
