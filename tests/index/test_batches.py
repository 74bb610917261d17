"""The batches the index's writers store results in (a refresh's files, an analysis's
articles): handed on by size, or by time when the results come slowly."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from vnreader.index import workers
from vnreader.index.workers import batches


class Clock:
    """A clock that moves only when told."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    fake = Clock()
    monkeypatch.setattr(workers, "clock", fake)
    return fake


def test_a_batch_is_handed_on_once_it_holds_size_items_and_the_rest_at_the_end(
    clock: Clock,
) -> None:
    chunks = [[1, 2], [3], [4, 5, 6], [7]]
    assert list(batches(chunks, size=3, seconds=1.0)) == [[1, 2, 3], [4, 5, 6], [7]]
    assert list(batches([], size=3, seconds=1.0)) == []


def test_slow_results_are_handed_on_when_the_time_is_up_sooner_the_first_time(
    clock: Clock,
) -> None:
    def slow() -> Iterator[list[str]]:
        for item, at in (("a", 0.1), ("b", 0.25), ("c", 0.9), ("d", 1.3), ("e", 1.4)):
            clock.now = at
            yield [item]

    handed: list[tuple[float, list[str]]] = []
    for batch in batches(slow(), size=100, seconds=1.0, first_seconds=0.2):
        handed.append((clock.now, batch))
        clock.now += 0.05  # the caller writes the batch: the next one waits from its end
    # the first after 0.2 s, the next a second after the first was written (0.3 s), the
    # rest at the end
    assert handed == [(0.25, ["a", "b"]), (1.3, ["c", "d"]), (1.4, ["e"])]
