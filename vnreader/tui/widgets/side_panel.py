"""The reader's side panel content: tags, note, my spans (orphans marked), entities grouped
by key with mention counts, and figures with their normalised value and unit."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from textual.content import Content

from vnreader.analysis import Analysis
from vnreader.store import Annotation
from vnreader.tui.highlights import entity_style, figure_style
from vnreader.tui.numbers import format_figure_value

HEADING = "bold $text-primary"
MUTED = "$text-muted"
QUOTE_CHARS = 40


def _short(text: str, limit: int = QUOTE_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def side_panel_content(
    analysis: Analysis | None,
    tags: Sequence[str],
    note: str | None,
    spans: Sequence[Annotation],
    *,
    analysing: bool = False,
) -> Content:
    lines: list[Content] = [Content.styled("Tags", HEADING)]
    tag_parts = [(f"#{t}  ", "$text-accent") for t in tags]
    lines.append(Content.assemble(*tag_parts) if tags else Content.styled("none (t to tag)", MUTED))
    lines += [Content(""), Content.styled("Note", HEADING)]
    lines.append(Content(note) if note else Content.styled("none (w to write)", MUTED))
    lines += [Content(""), Content.styled(f"My spans ({len(spans)})", HEADING)]
    if not spans:
        lines.append(Content.styled("none (v to select, a to accept)", MUTED))
    for ann in spans:
        quote = ann.anchor.exact if ann.anchor else ""
        parts: list[tuple[str, str] | str] = [(ann.label or "note", "bold $text-error"), " "]
        parts.append(f"“{_short(quote)}”")
        if ann.orphan:
            parts.append(("  ⚠ orphan (text changed)", "bold $text-warning"))
        lines.append(Content.assemble(*parts))
        if ann.note:
            lines.append(Content.assemble(("  ✎ ", MUTED), (_short(ann.note, 60), MUTED)))
    lines.append(Content(""))
    if analysis is None:
        lines.append(Content.styled("analysing…" if analysing else "no analysis", MUTED))
        return Content("\n").join(lines)
    lines += [*_entities(analysis), Content(""), *_figures(analysis)]
    return Content("\n").join(lines)


def _entities(analysis: Analysis) -> list[Content]:
    counts: Counter[tuple[str, str]] = Counter()
    forms: dict[tuple[str, str], Counter[str]] = {}
    for e in analysis.entities:
        key = (e.label, e.key)
        counts[key] += 1
        forms.setdefault(key, Counter())[e.text] += 1
    lines = [Content.styled(f"Entities ({len(counts)})", HEADING)]
    order = sorted(counts, key=lambda k: (k[0], -counts[k], k[1]))
    for label, key in order:
        shown = forms[(label, key)].most_common(1)[0][0]
        lines.append(
            Content.assemble(
                (f"{label:<4}", entity_style(label)),
                " ",
                _short(shown),
                (f" ×{counts[(label, key)]}", MUTED),
            )
        )
    return lines


def _figures(analysis: Analysis) -> list[Content]:
    lines = [Content.styled(f"Figures ({len(analysis.figures)})", HEADING)]
    for f in analysis.figures:
        value = f.date if f.date else format_figure_value(f.value, f.unit)
        parts: list[tuple[str, str] | str] = [(_short(f.text, 30), figure_style(f.category))]
        if value:
            parts += [" → ", (value, "bold")]
        parts.append((f"  {f.category}", MUTED))
        if f.approx:
            parts.append((f" ({f.approx})", MUTED))
        lines.append(Content.assemble(*parts))
    return lines
