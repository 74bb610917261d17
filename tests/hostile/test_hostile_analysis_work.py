"""Item 5: the analysis of one huge line does work proportional to its length. Measured by
what the scanners look at (never by the clock): before, every figure searched the text from
its start for a licence plate, and every "Ảnh:" walked to the end of its line."""

from __future__ import annotations

from typing import Any

import pytest

from vnreader.analysis import analyze as real_analyze
from vnreader.analysis import entity_credits, figures

UNIT = "“Tin” (Ảnh: Minh Anh) - giá 12.500 đồng/kg, xe 36A – 48.567 "


class _Spy:
    """Stands for a compiled pattern; records the size of each window searched."""

    def __init__(self, pattern: Any, windows: list[int]) -> None:
        self.pattern = pattern
        self.windows = windows

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> Any:
        end = len(text) if endpos is None else endpos
        self.windows.append(end - pos)
        return self.pattern.search(text, pos, end)


def test_figure_look_behind_windows_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    windows: list[int] = []
    monkeypatch.setattr(figures, "_PLATE_BEFORE", _Spy(figures._PLATE_BEFORE, windows))
    real_analyze(UNIT * 400)
    assert windows and max(windows) <= 64


@pytest.mark.skipif(
    not (entity_credits.__file__ or "").endswith(".py"),
    reason="entity_credits is compiled (the installed wheel): its functions cannot be replaced",
)
def test_credit_lines_are_walked_a_bounded_way(monkeypatch: pytest.MonkeyPatch) -> None:
    walked: list[int] = []
    original = entity_credits._line_end

    def spy(state: Any, k: int, *args: Any) -> int:
        end = original(state, k, *args)
        walked.append(end - k)
        return end

    monkeypatch.setattr(entity_credits, "_line_end", spy)
    text = UNIT * 400
    real_analyze(text)
    assert len(walked) >= 400
    assert sum(walked) <= 20 * len(walked) + len(text) // 2
