"""Analysis of article text: entities and figures, with offsets into the text given.

The public API is :func:`analyze`; the UI, the CLI and the exports all use it, so their
results are identical.
"""

from __future__ import annotations

from vnreader.analysis.model import Analysis, Entity, Figure
from vnreader.analysis.offsets import nfc_with_map

__all__ = ["Analysis", "Entity", "Figure", "analyze"]


def analyze(text: str) -> Analysis:
    """Find the entities and figures in *text*.

    Offsets are ``str`` indices into exactly the string passed in, even when it is not NFC:
    the text is normalised internally and offsets are mapped back.
    """
    from vnreader.analysis.entities import find_entities
    from vnreader.analysis.figures import find_figures

    nfc, back = nfc_with_map(text)
    figures = find_figures(nfc)
    entities = find_entities(nfc, figures)
    if nfc is text:
        return Analysis(tuple(entities), tuple(figures))
    return Analysis(
        tuple(_remap_entity(e, text, back) for e in entities),
        tuple(_remap_figure(f, text, back) for f in figures),
    )


def _remap_entity(e: Entity, text: str, back: list[int]) -> Entity:
    start, end = back[e.start], back[e.end]
    return Entity(start, end, text[start:end], e.label, e.key)


def _remap_figure(f: Figure, text: str, back: list[int]) -> Figure:
    start, end = back[f.start], back[f.end]
    return Figure(start, end, text[start:end], f.value, f.unit, f.category, f.approx, f.date)
