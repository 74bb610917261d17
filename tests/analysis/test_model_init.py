"""The entities' and figures' own ``__init__`` (``vnreader.analysis.model``) builds what the one
``dataclass`` writes would build."""

from __future__ import annotations

import dataclasses
import inspect

import pytest

from vnreader.analysis.model import Entity, Figure


def test_fields_defaults_and_keywords() -> None:
    e = Entity(1, 4, "Huế", "LOC", "LOC:hue")
    assert dataclasses.astuple(e) == (1, 4, "Huế", "LOC", "LOC:hue")
    assert e == Entity(start=1, end=4, text="Huế", label="LOC", key="LOC:hue")
    f = Figure(0, 5, "5 tỷ", 5e9, "VND", "money")
    assert (f.approx, f.date) == (None, None)
    assert dataclasses.replace(f, approx="gần").approx == "gần"
    assert hash(f) == hash(Figure(0, 5, "5 tỷ", 5e9, "VND", "money", None, None))


def test_still_frozen_and_same_signature() -> None:
    e = Entity(1, 4, "Huế", "LOC", "LOC:hue")
    with pytest.raises(dataclasses.FrozenInstanceError):
        e.label = "ORG"  # type: ignore[misc]
    for cls in (Entity, Figure):
        params = list(inspect.signature(cls).parameters.values())
        fields = dataclasses.fields(cls)
        assert [p.name for p in params] == [f.name for f in fields]
        assert [p.default for p in params] == [
            inspect.Parameter.empty if f.default is dataclasses.MISSING else f.default
            for f in fields
        ]
    with pytest.raises(TypeError):
        Entity(1, 4, "Huế", "LOC")  # type: ignore[call-arg]
