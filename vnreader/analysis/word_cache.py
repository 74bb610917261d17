"""A per-word memo for the analysis: words and gaps repeat, so each is worked out once.

``list(map(cache.__getitem__, words))`` runs the look-ups in C and computes only the words
not seen yet, which is several times faster than calling a function per word (even one
wrapped in ``functools.lru_cache``). The cache is emptied when it grows past its limit, so a
long run over many texts stays bounded in memory.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")


class WordCache(dict[str, T], Generic[T]):
    """``cache[word]`` is ``compute(word)``, computed on the first look-up only."""

    def __init__(self, compute: Callable[[str], T], limit: int = 1 << 17) -> None:
        super().__init__()
        self.compute = compute
        self.limit = limit

    def __missing__(self, word: str) -> T:
        if len(self) >= self.limit:
            self.clear()
        value = self[word] = self.compute(word)
        return value
