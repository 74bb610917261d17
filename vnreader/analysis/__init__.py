"""Analysis of article text: entities and figures, with offsets into the text given.

The public API is :func:`analyze`; the UI, the CLI and the exports all use it, so their
results are identical.

Entities and figures never overlap. The entity recogniser skips figure spans, so a date
such as "ngày 27/9" is never part of an entity; the only overlaps left are names that carry
digits ("Covid-19", "Army Games-2021"), where a figure parser may see a number: a figure that
lies inside such a name is dropped (a number in a name is not a figure), and any other
overlap keeps the figure and drops the entity.

The model's classes are imported on first use (PEP 562), so that importing a light part
such as :mod:`vnreader.analysis.fold` (every start of the app folds the titles it sorts)
does not load them.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from importlib import import_module
from operator import attrgetter
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from vnreader.analysis.model import Analysis, Entity, Figure

__all__ = ["Analysis", "Entity", "Figure", "analyze", "compiled"]


def __getattr__(name: str) -> Any:
    if name in ("Analysis", "Entity", "Figure"):
        return getattr(import_module(f"{__name__}.model"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def compiled() -> bool:
    """True when the analysis installed is the one compiled by mypyc (``pip install .``,
    ``hatch_build.py``), False for plain Python; found without importing it."""
    from importlib.util import find_spec

    spec = find_spec(f"{__name__}.entities")
    origin = spec.origin if spec is not None else None
    return origin is not None and not origin.endswith(".py")


def analyze(text: str) -> Analysis:
    """Find the entities and figures in *text*.

    Offsets are ``str`` indices into exactly the string passed in, even when it is not NFC:
    the text is normalised internally and offsets are mapped back.
    """
    from vnreader.analysis import model
    from vnreader.analysis.entities import find_entities
    from vnreader.analysis.figures import find_figures
    from vnreader.analysis.offsets import nfc_with_map

    eth = "Ð" in text or "ð" in text
    if not eth and unicodedata.is_normalized("NFC", text):
        figures = find_figures(text)
        entities = find_entities(text, figures)
        return model.Analysis(*_resolve(entities, figures))
    # pages saved through the wrong code page write "Đ" as the Icelandic eth ("Ðảng",
    # "Ðoàn"): it is read as "Đ", letter for letter, and every span keeps the text as given
    nfc, back = nfc_with_map(text.translate(_ETH) if eth else text)
    figures = find_figures(nfc)
    entities = find_entities(nfc, figures)
    kept_entities, kept_figures = _resolve(entities, figures)
    return model.Analysis(
        tuple(_remap_entity(e, text, back) for e in kept_entities),
        tuple(_remap_figure(f, text, back) for f in kept_figures),
    )


# the Icelandic eth, upper and lower case, read as the Vietnamese "Đ", "đ"
_ETH = {0xD0: 0x110, 0xF0: 0x111}

# the sort key (start, end) of entities and figures, read in C (no lambda called per item)
_BY_OFFSETS = attrgetter("start", "end")


def _resolve(
    entities: Sequence[Entity], figures: Sequence[Figure]
) -> tuple[tuple[Entity, ...], tuple[Figure, ...]]:
    """Drop overlaps between entities and figures (see the module docstring)."""
    if not entities or not figures:
        return tuple(entities), tuple(figures)
    entities = sorted(entities, key=_BY_OFFSETS)
    figures = sorted(figures, key=_BY_OFFSETS)
    dropped_figures: set[int] = set()
    dropped_entities: set[int] = set()
    fi = 0
    for ei, e in enumerate(entities):  # both are sorted by start
        while fi < len(figures) and figures[fi].end <= e.start:
            fi += 1
        k = fi
        while k < len(figures) and figures[k].start < e.end:
            f = figures[k]
            if e.start <= f.start and f.end <= e.end and f.category != "date":
                dropped_figures.add(k)
            else:
                dropped_entities.add(ei)
            k += 1
    return (
        tuple(e for i, e in enumerate(entities) if i not in dropped_entities),
        tuple(f for i, f in enumerate(figures) if i not in dropped_figures),
    )


def _remap_entity(e: Entity, text: str, back: list[int]) -> Entity:
    start, end = back[e.start], back[e.end]
    from vnreader.analysis import model

    return model.Entity(start, end, text[start:end], e.label, e.key)


def _remap_figure(f: Figure, text: str, back: list[int]) -> Figure:
    start, end = back[f.start], back[f.end]
    from vnreader.analysis import model

    return model.Figure(start, end, text[start:end], f.value, f.unit, f.category, f.approx, f.date)
