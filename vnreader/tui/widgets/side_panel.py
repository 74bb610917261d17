"""The reader's side panel content: tags, note, my spans (orphans marked), entities grouped
by key with mention counts, and figures with their normalised value and unit."""

from __future__ import annotations

from collections.abc import Sequence

from textual.content import Content

from vnreader.index.entity_groups import shown_name
from vnreader.store import Annotation
from vnreader.tui.article_facts import FIRST_FIGURES, ArticleFacts
from vnreader.tui.highlights import entity_style, figure_style
from vnreader.tui.numbers import figure_value
from vnreader.tui.shorten import one_line

HEADING = "bold $text-primary"
MUTED = "$text-muted"
QUOTE_CHARS = 40
MAX_ITEMS = (
    FIRST_FIGURES  # entities, figures: a huge article lists its first ones and how many more
)


def _short(text: str, limit: int = QUOTE_CHARS) -> str:
    return one_line(text, limit)


def side_panel_content(
    analysis: ArticleFacts | None,
    tags: Sequence[str],
    note: str | None,
    spans: Sequence[Annotation],
    *,
    other_notes: Sequence[Annotation] = (),
    analysing: bool = False,
    dark: bool = True,
    width: int = 40,
    summary: PanelSummary | None = None,
) -> Content:
    """The panel's lines; one-line items (entities, figures, spans) are cut to *width* so
    that they never wrap into the next item. *summary*: the reader's own
    :class:`PanelSummary`, which keeps the entities and figures part between redraws."""
    width = max(16, width)
    lines: list[Content] = [Content.styled("Tags", HEADING)]
    tag_parts = [(f"#{t}  ", "$text-accent") for t in tags]
    lines.append(Content.assemble(*tag_parts) if tags else Content.styled("none (t to tag)", MUTED))
    lines += [Content(""), Content.styled("Note", HEADING)]
    lines.append(Content(note) if note else Content.styled("none (w to write)", MUTED))
    for other in other_notes:  # merged from someone else's export: shown, not editable here
        who = other.author or "someone"
        lines.append(Content.assemble((f"— {who}: ", MUTED), other.note or ""))
    lines += [Content(""), Content.styled(f"My spans ({len(spans)})", HEADING)]
    if not spans:
        lines.append(Content.styled("none (v to select, a to accept)", MUTED))
    for ann in spans:
        quote = ann.anchor.exact if ann.anchor else ""
        parts: list[tuple[str, str] | str] = [(ann.label or "note", "bold $text-error"), " "]
        parts.append(f"“{_short(quote, max(8, width - len(ann.label or 'note') - 3))}”")
        if ann.orphan:
            parts = [("⚠ orphan ", "bold $text-warning"), *parts]
        lines.append(Content.assemble(*parts))
        if ann.note:
            lines.append(Content.assemble(("  ✎ ", MUTED), (_short(ann.note, width - 4), MUTED)))
    lines.append(Content(""))
    if analysis is None:
        lines.append(Content.styled("analysing…" if analysing else "no analysis", MUTED))
        return Content("\n").join(lines)
    lines += (summary or PanelSummary()).lines(analysis, dark, width)
    return Content("\n").join(lines)


class PanelSummary:
    """The entities and figures part of the panel, made again only for another analysis,
    theme or width (counting the mentions of a very large article takes seconds). Owned by
    the reader that shows it, so that it goes (with the analysis it holds) when the reader
    closes."""

    def __init__(self) -> None:
        self._made: tuple[ArticleFacts, bool, int, list[Content]] | None = None

    def lines(self, analysis: ArticleFacts, dark: bool, width: int) -> list[Content]:
        made = self._made
        if made is not None and made[0] is analysis and made[1:3] == (dark, width):
            return made[3]
        lines = [*_entities(analysis, dark, width), Content(""), *_figures(analysis, dark, width)]
        self._made = (analysis, dark, width, lines)
        return lines


def _entities(analysis: ArticleFacts, dark: bool, width: int) -> list[Content]:
    counts, forms = analysis.entity_counts, analysis.entity_forms
    lines = [Content.styled(f"Entities ({len(counts)})", HEADING)]
    order = sorted(counts, key=lambda k: (k[0], -counts[k], k[1]))
    for label, key in order[:MAX_ITEMS]:
        # the name the corpus's Entities view shows too: "Hà Duy Lộc", not the "Lộc" of
        # most of the article's mentions
        shown = shown_name((key, text, n) for text, n in forms[(label, key)].items())
        count = f" ×{counts[(label, key)]}"
        lines.append(
            Content.assemble(
                (f"{label:<4}", entity_style(label, dark)),
                " ",
                _short(shown, width - 5 - len(count)),
                (count, MUTED),
            )
        )
    return [*lines, *_more(len(order))]


def _more(total: int) -> list[Content]:
    return [Content.styled(f"… and {total - MAX_ITEMS} more", MUTED)] if total > MAX_ITEMS else []


def _figures(analysis: ArticleFacts, dark: bool, width: int) -> list[Content]:
    """One line per figure: its text → its normalised value (≈, > for approximations), then
    the category when it fits."""
    lines = [Content.styled(f"Figures ({analysis.figure_count})", HEADING)]
    for f in analysis.figures[:MAX_ITEMS]:
        value = figure_value(f)
        arrow = f" → {value}" if value else ""
        room = max(8, width - len(arrow))
        style = figure_style(f.category, dark)
        parts: list[tuple[str, str] | str] = [(_short(f.text, room), style)]
        if value:
            parts += [" → ", (value, "bold")]
        used = min(len(_short(f.text, room)), room) + len(arrow)
        if used + 2 + len(f.category) <= width:
            parts.append((f"  {f.category}", MUTED))
        lines.append(Content.assemble(*parts))
    return [*lines, *_more(analysis.figure_count)]
