"""Finding a quoted span again in an article's current text (W3C TextQuoteSelector style).

Used when an imported span was made on another version of the article (its content hash
differs) or came from a tool that gave only a quote. Every exact occurrence of the quote is a
candidate; the one whose surroundings agree longest with the recorded prefix and suffix wins,
then the one nearest the recorded position.
"""

from __future__ import annotations

MAX_CANDIDATES = 10_000


def locate(
    text: str, exact: str, prefix: str = "", suffix: str = "", hint: int | None = None
) -> tuple[int, int] | None:
    """Offsets ``(start, end)`` of *exact* in *text*, or None when it does not occur."""
    if not exact:
        return None
    best: tuple[int, int, int] | None = None  # (-context, distance, start)
    pos = text.find(exact)
    seen = 0
    while pos != -1 and seen < MAX_CANDIDATES:
        context = _common_suffix(text[max(0, pos - len(prefix)) : pos], prefix)
        end = pos + len(exact)
        context += _common_prefix(text[end : end + len(suffix)], suffix)
        distance = abs(pos - hint) if hint is not None else 0
        key = (-context, distance, pos)
        if best is None or key < best:
            best = key
        pos = text.find(exact, pos + 1)
        seen += 1
    if best is None:
        return None
    return best[2], best[2] + len(exact)


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _common_suffix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(reversed(a), reversed(b), strict=False):
        if x != y:
            break
        n += 1
    return n
