"""What the reader highlights: entities, figures and the user's spans, as styled marks.

Pure logic (no widgets): builds the list of marks of an article from its analysis and its
span annotations, looks up the marks of a paragraph by range, and renders one paragraph as a Textual
:class:`~textual.content.Content` (never markup: the article text is untrusted).
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from textual.content import Content

from vnreader.analysis import Analysis
from vnreader.store import Annotation

# Six kinds, six hues about 60° apart, that a user tells apart at a glance in every theme:
# PER orange, date yellow, LOC green, figure cyan, ORG blue, MISC magenta. Theme variables
# cannot promise that (textual-dark: accent = warning, primary ~ secondary), so these are
# fixed colours, one set for dark themes and one for light ones, measured in every built-in
# theme by tests/tui/test_themes.py (distinct hues, contrast). Entities are chips (the text
# over a tinted background); figures are bold coloured text and dates italic, without a
# chip; my spans are underlined and followed by a ⟨LABEL⟩ marker, so that shapes still tell
# the kinds apart on a monochrome terminal.
ENTITY_CHIPS = {  # label: ((dark text, dark chip), (light text, light chip))
    "PER": (("#ffc2b8", "#75241a"), ("#1a1a1a", "#ffcfc7")),
    "ORG": (("#bcc8ff", "#20317c"), ("#1a1a1a", "#cfd5ff")),
    "LOC": (("#b4efb7", "#1e5c27"), ("#1a1a1a", "#c6ebc8")),
    "MISC": (("#f3c0fb", "#5e2370"), ("#1a1a1a", "#f0cdf7")),
}
ENTITY_COLOURS = tuple(ENTITY_CHIPS)
FIGURE_COLOURS = ("#4fe3d4", "#00705f")  # cyan: dark themes, light themes
DATE_COLOURS = ("#eadc4e", "#6e6200")  # yellow
DATE_CATEGORIES = frozenset({"date", "year", "duration"})
SPAN_STYLE = "underline bold $text-error"
SPAN_TAG_STYLE = "italic $text-muted"
FOCUS_STYLE = "reverse bold"
SELECTION_STYLE = "bold $text on $accent"
MATCH_STYLE = "bold $text on $warning-muted"  # a search match (less and vim: reverse video)


@functools.cache  # one string per style, shared by the millions of marks of a large article
def entity_style(label: str, dark: bool = True) -> str:
    text, chip = ENTITY_CHIPS.get(label, ENTITY_CHIPS["MISC"])[0 if dark else 1]
    return f"{text} on {chip}"


@functools.cache
def figure_style(category: str, dark: bool = True) -> str:
    if category in DATE_CATEGORIES:
        return f"italic {DATE_COLOURS[0 if dark else 1]}"
    return f"bold {FIGURE_COLOURS[0 if dark else 1]}"


def legend(dark: bool = True) -> tuple[tuple[str, str], ...]:
    """(name, style) of each kind of highlight, in the order of the legend line."""
    return (
        *((label, entity_style(label, dark)) for label in ENTITY_COLOURS),
        ("figure", figure_style("money", dark)),
        ("date", figure_style("date", dark)),
        ("my span", SPAN_STYLE),
    )


KIND_ORDER = {
    "span": 0,
    "entity": 1,
    "figure": 2,
    "match": 3,
}  # my span first when ranges are equal


@dataclass(frozen=True, slots=True)
class Mark:
    """One highlight: ``kind`` is entity, figure or span; ``label`` what it is."""

    start: int
    end: int
    kind: str
    label: str
    style: str
    ref: str = ""  # the annotation id of a user span


@dataclass(frozen=True, slots=True)
class Layers:
    entities: bool = True
    figures: bool = True
    spans: bool = True


def _order(mark: Mark) -> tuple[int, int, int]:
    return mark.start, -mark.end, KIND_ORDER[mark.kind]


def analysis_marks(analysis: Analysis, *, dark: bool = True) -> list[Mark]:
    """The marks of every entity and figure of *analysis*, sorted (see :func:`build_marks`);
    the costly part for a very large article, done once per analysis (off the UI thread)."""
    marks = [
        *(Mark(e.start, e.end, "entity", e.label, entity_style(e.label, dark))
          for e in analysis.entities),
        *(Mark(f.start, f.end, "figure", f.category, figure_style(f.category, dark))
          for f in analysis.figures),
    ]  # fmt: skip
    marks.sort(key=_order)
    return marks


def build_marks(
    analysis: Analysis | None,
    spans: Iterable[Annotation],
    layers: Layers,
    text_length: int,
    *,
    dark: bool = True,
    rejected: Iterable[Annotation] = (),
    suggested: list[Mark] | None = None,
) -> list[Mark]:
    """Every visible mark, sorted by start (then longer first, then my spans first); the
    suggestions the user *rejected* are left out. *suggested*: :func:`analysis_marks` of
    *analysis*, when already computed (never modified)."""
    if analysis is None:
        marks: list[Mark] = []
    else:
        marks = suggested if suggested is not None else analysis_marks(analysis, dark=dark)
        if not (layers.entities and layers.figures):
            kinds = {"entity"} if layers.entities else {"figure"} if layers.figures else set()
            marks = [m for m in marks if m.kind in kinds]
    gone = {
        (a.anchor.start, a.anchor.end, a.label)
        for a in rejected
        if a.anchor is not None and not a.orphan
    }
    if gone:
        marks = [m for m in marks if (m.start, m.end, m.label) not in gone]
    mine = []
    if layers.spans:
        for ann in spans:
            a = ann.anchor
            if ann.orphan or a is None or not 0 <= a.start < a.end <= text_length:
                continue
            mine.append(Mark(a.start, a.end, "span", ann.label or "note", SPAN_STYLE, ann.id))
    marks = list(marks)  # a copy: *suggested* stays as it is
    for mark in mine:
        bisect.insort(marks, mark, key=_order)
    return marks


class MarkIndex:
    """Marks sorted by start, looked up by range: the marks of one block are found by
    bisection, never by splitting every mark of a very large article into every block."""

    def __init__(self, marks: Sequence[Mark]) -> None:
        self.marks = marks
        self.starts = [m.start for m in marks]
        self.reach = max((m.end - m.start for m in marks), default=0)  # the longest mark

    def overlapping(self, start: int, end: int) -> list[Mark]:
        """The marks overlapping [start, end), in order (an empty range: the marks over its
        place and the empty marks at it)."""
        lo = bisect.bisect_left(self.starts, start - self.reach)
        hi = bisect.bisect_left(self.starts, end) if end > start else self.first_at(start + 1)
        return [
            m
            for m in self.marks[lo:hi]
            if start < m.end and (end > m.start or start == end == m.start)
        ]

    def first_at(self, offset: int) -> int:
        """The index of the first mark starting at or after *offset*."""
        return bisect.bisect_left(self.starts, offset)


def paragraph_index(offsets: Sequence[tuple[int, int]], offset: int) -> int:
    starts = [s for s, _ in offsets]
    return max(0, bisect.bisect_right(starts, offset) - 1)


def render_paragraph(
    text: str,
    base: int,
    marks: Sequence[Mark],
    *,
    focus: Mark | None = None,
    selection: tuple[int, int] | None = None,
) -> Content:
    """One paragraph (*text* starts at article offset *base*) with its marks styled.

    User spans get their label appended in a muted tag after them (display only).
    """
    length = len(text)

    def local(start: int, end: int) -> tuple[int, int]:
        return max(0, start - base), min(length, end - base)

    content = Content(text)
    for mark in sorted(marks, key=lambda m: m.kind == "span"):  # my spans drawn on top
        s, e = local(mark.start, mark.end)
        if e > s:
            content = content.stylize(mark.style, s, e)
    if focus is not None:
        s, e = local(focus.start, focus.end)
        if e > s:
            content = content.stylize(FOCUS_STYLE, s, e)
    if selection is not None:
        s, e = local(*selection)
        if e > s:
            content = content.stylize(SELECTION_STYLE, s, e)
    tags = span_markers(marks, base, length)
    if not tags:
        return content
    pieces: list[Content] = []
    pos = 0
    for at, marker in tags:
        pieces.append(content[pos:at])
        pieces.append(Content.styled(marker, SPAN_TAG_STYLE))
        pos = at
    pieces.append(content[pos:])
    return Content("").join(pieces)


def span_markers(marks: Sequence[Mark], base: int, length: int) -> list[tuple[int, str]]:
    """The ``⟨LABEL⟩`` shown after each user span ending in this paragraph: (local offset
    it is drawn before, its text), in order (display only: never part of the text)."""
    return sorted(
        (mark.end - base, f"⟨{mark.label}⟩")
        for mark in marks
        if mark.kind == "span" and mark.start < mark.end and 0 < mark.end - base <= length
    )
