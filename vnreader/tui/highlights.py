"""What the reader highlights: entities, figures and the user's spans, as styled marks.

Pure logic (no widgets): the marks of an article from its analysis's suggestions and its
span annotations, looked up by range for the blocks drawn and stepped through for n/N
(:class:`MarkSet`), and one paragraph rendered as a Textual
:class:`~textual.content.Content` (never markup: the article text is untrusted).
"""

from __future__ import annotations

import bisect
import functools
import heapq
from array import array
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import overload

from textual.content import Content

from vnreader.store import Annotation
from vnreader.tui.article_facts import KIND_RANK, Suggestions
from vnreader.tui.ranges import overlapping

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


@dataclass(frozen=True, slots=True)
class Mark:
    """One highlight: ``kind`` is entity, figure or span; ``label`` what it is."""

    start: int
    end: int
    kind: str
    label: str
    style: str
    ref: str = ""  # the annotation id of a user span


class Matches(Sequence[Mark]):
    """The matches of a search, held as two arrays (their starts and ends, in the order of
    :func:`mark_key`) and made into marks only when asked for: a search of a very large
    article finds hundreds of thousands."""

    def __init__(self, starts: array[int] | None = None, ends: array[int] | None = None) -> None:
        self.starts: array[int] = starts if starts is not None else array("q")
        self.ends: array[int] = ends if ends is not None else array("q")
        self.reach = max(map(int.__sub__, self.ends, self.starts), default=0)  # the longest
        self._made: dict[int, Mark] = {}  # the marks asked for (those drawn, n/N's)

    @classmethod
    def of(cls, spans: Iterable[tuple[int, int]]) -> Matches:
        """The matches of (start, end) pairs, in any order (put in the order of marks)."""
        ordered = sorted(spans, key=lambda span: (span[0], -span[1]))
        return cls(array("q", (s for s, _ in ordered)), array("q", (e for _, e in ordered)))

    def __len__(self) -> int:
        return len(self.starts)

    @overload
    def __getitem__(self, i: int) -> Mark: ...

    @overload
    def __getitem__(self, i: slice) -> list[Mark]: ...

    def __getitem__(self, i: int | slice) -> Mark | list[Mark]:
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        i = i + len(self) if i < 0 else i
        mark = self._made.get(i)
        if mark is None:  # made once: the same mark each time it is asked for
            mark = self._made[i] = Mark(self.starts[i], self.ends[i], "match", "match", MATCH_STYLE)
        return mark

    def __iter__(self) -> Iterator[Mark]:
        return (self[i] for i in range(len(self)))

    def __eq__(self, other: object) -> bool:
        """Equal to the same marks in a list too (as the list of marks it stands for)."""
        if isinstance(other, Matches):
            return self.starts == other.starts and self.ends == other.ends
        if isinstance(other, Sequence):
            return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]


@dataclass(frozen=True, slots=True)
class Layers:
    entities: bool = True
    figures: bool = True
    spans: bool = True


def mark_key(mark: Mark) -> tuple[int, int, int, str, str]:
    """The order of the highlights: by start, longer first, my span first on the same text,
    then by label (the same as :meth:`Suggestions.key`)."""
    return mark.start, -mark.end, KIND_RANK[mark.kind], mark.label, mark.ref


def span_mark(ann: Annotation, text_length: int) -> Mark | None:
    """The highlight of a span of the user (None for an orphan, or one outside the text)."""
    a = ann.anchor
    if ann.orphan or a is None or not 0 <= a.start < a.end <= text_length:
        return None
    return Mark(a.start, a.end, "span", ann.label or "note", SPAN_STYLE, ann.id)


class MarkSet:
    """Every highlight shown: the analysis's suggestions (compact, made into marks only when
    asked for: the blocks drawn, the next one for n/N) less the hidden layers and the
    suggestions the user rejected, and the marks of a list (the user's spans, the search's
    matches). Never a list of every mark: a very large article has millions."""

    def __init__(
        self,
        suggestions: Suggestions | None = None,
        marks: Sequence[Mark] = (),
        *,
        layers: Layers = Layers(),
        rejected: Iterable[Annotation] = (),
        dark: bool = True,
    ) -> None:
        self.suggestions = suggestions if suggestions is not None else Suggestions()
        self.source = marks  # as given (the reader tells whether its list changed)
        self.marks: Sequence[Mark] = (
            marks if isinstance(marks, Matches) else sorted(marks, key=mark_key)
        )  # a search's matches are in order already (and never all made into marks)
        self.index = MarkIndex(self.marks)
        self.dark = dark
        kinds = {"entity"} if layers.entities else set()
        kinds |= {"figure"} if layers.figures else set()
        table = self.suggestions.kinds
        self.codes = frozenset(c for c, (kind, _) in enumerate(table) if kind in kinds)
        self.rejected = {
            (a.anchor.start, a.anchor.end, a.label)
            for a in rejected
            if a.anchor is not None and not a.orphan
        }
        codes = self.suggestions.codes
        gone = sum(
            1
            for start, end, label in self.rejected
            for i in self.suggestions.at_place(start, end)
            if codes[i] in self.codes and table[codes[i]][1] == label
        )
        shown = sum(n for c, n in enumerate(self.suggestions.per_code) if c in self.codes)
        self._count = shown - gone + len(self.marks)

    def _shows(self, i: int) -> bool:
        s = self.suggestions
        code = s.codes[i]
        if code not in self.codes:
            return False
        return not self.rejected or (s.starts[i], s.ends[i], s.kinds[code][1]) not in self.rejected

    def _mark(self, i: int) -> Mark:
        start, end, kind, label = self.suggestions.get(i)
        style = (
            entity_style(label, self.dark) if kind == "entity" else figure_style(label, self.dark)
        )
        return Mark(start, end, kind, label, style)

    def __len__(self) -> int:
        return self._count

    def __iter__(self) -> Iterator[Mark]:
        """Every mark in order (the whole article: for small ones and tests)."""
        shown = (self._mark(i) for i in range(len(self.suggestions)) if self._shows(i))
        return heapq.merge(shown, self.marks, key=mark_key)

    def __contains__(self, mark: object) -> bool:
        return isinstance(mark, Mark) and mark in self.overlapping(mark.start, mark.end)

    def overlapping(self, start: int, end: int) -> list[Mark]:
        """The marks overlapping [start, end), in order (an empty range: the marks over its
        place and the empty marks at it)."""
        found = [self._mark(i) for i in self.suggestions.overlapping(start, end) if self._shows(i)]
        if not self.marks:
            return found
        return sorted([*found, *self.index.overlapping(start, end)], key=mark_key)

    def neighbour(self, key: tuple[object, ...], step: int) -> Mark | None:
        """The first mark after *key* in the order of :func:`mark_key` (*step* > 0), or the
        last one before it (*step* < 0); *key* may be a prefix, e.g. ``(offset,)``."""
        s = self.suggestions
        best: Mark | None = None
        if step > 0:
            i = bisect.bisect_left(s.starts, key[0])  # type: ignore[call-overload]
            while i < len(s) and not (s.key(i) > key and self._shows(i)):
                i += 1
            best = self._mark(i) if i < len(s) else None
            j = bisect.bisect_right(self.marks, key, key=mark_key)
            other = self.marks[j] if j < len(self.marks) else None
            pick = min
        else:
            i = bisect.bisect_right(s.starts, key[0]) - 1  # type: ignore[call-overload]
            while i >= 0 and not (s.key(i) < key and self._shows(i)):
                i -= 1
            best = self._mark(i) if i >= 0 else None
            j = bisect.bisect_left(self.marks, key, key=mark_key) - 1
            other = self.marks[j] if j >= 0 else None
            pick = max
        if best is None or other is None:
            return best or other
        return pick(best, other, key=mark_key)

    def position(self, mark: Mark) -> int:
        """Where *mark* is among the marks of the list (-1: not one of them)."""
        i = bisect.bisect_left(self.marks, mark_key(mark), key=mark_key)
        return i if i < len(self.marks) and self.marks[i] == mark else -1

    def first(self) -> Mark | None:
        return self.neighbour((-1,), 1)

    def last(self) -> Mark | None:
        return self.neighbour((float("inf"),), -1)


class MarkIndex:
    """Marks sorted by start, looked up by range: the marks of one block are found by
    bisection, never by splitting every mark of a very large article into every block."""

    def __init__(self, marks: Sequence[Mark]) -> None:
        self.marks = marks
        if isinstance(marks, Matches):  # held compactly: looked up as they are
            self.starts: Sequence[int] = marks.starts
            self.ends: Sequence[int] = marks.ends
            self.reach = marks.reach
            return
        self.starts = [m.start for m in marks]
        self.ends = [m.end for m in marks]
        self.reach = max((m.end - m.start for m in marks), default=0)  # the longest mark

    def overlapping(self, start: int, end: int) -> list[Mark]:
        """The marks overlapping [start, end), in order (an empty range: the marks over its
        place and the empty marks at it)."""
        return [self.marks[i] for i in overlapping(self.starts, self.ends, self.reach, start, end)]


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
