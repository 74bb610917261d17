"""Finding a span again after its article's text changed (pure functions, no I/O).

A span's :class:`~vnreader.store.model.Anchor` keeps its offsets, its exact quote and up to
32 characters of context on each side (the W3C TextPositionSelector + TextQuoteSelector
pair). :func:`locate` tries, in order:

1. ``position`` — the same quote at the same offsets;
2. ``quote``    — the quote found exactly once;
3. ``context``  — the quote found several times: the one occurrence whose surroundings agree
   best with the stored prefix/suffix, if one is strictly better than all others;
4. ``fuzzy``    — the quote not found exactly (edited inside): the best approximate match if
   its score is at least ``threshold`` (rapidfuzz ``partial_ratio_alignment``), it is the
   only such match, and the quote *with its context* also matches at least ``threshold`` —
   so a look-alike sentence elsewhere in the article is never taken for it.

Anything else gives ``None``: the span becomes an orphan, kept where it was, never moved by
a guess.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from vnreader.store.model import Anchor

Method = Literal["position", "quote", "context", "fuzzy"]
FUZZY_THRESHOLD = 90.0
MIN_FUZZY_LEN = 8  # shorter quotes must be found exactly: one changed letter is another word


@dataclass(frozen=True, slots=True)
class Placement:
    """Where an anchor lands in a text, and how it was found."""

    start: int
    end: int
    method: Method
    score: float = 100.0


def occurrences(needle: str, text: str) -> list[int]:
    """Start offsets of every (possibly overlapping) occurrence of *needle* in *text*."""
    found: list[int] = []
    if not needle:
        return found
    pos = text.find(needle)
    while pos != -1:
        found.append(pos)
        pos = text.find(needle, pos + 1)
    return found


def context_agreement(anchor: Anchor, text: str, start: int, end: int) -> int:
    """How many characters of the stored prefix and suffix agree with the text around a spot."""
    prefix, before = anchor.prefix, text[max(0, start - len(anchor.prefix)) : start]
    left = 0
    while left < min(len(prefix), len(before)) and prefix[-1 - left] == before[-1 - left]:
        left += 1
    suffix, after = anchor.suffix, text[end : end + len(anchor.suffix)]
    right = 0
    while right < min(len(suffix), len(after)) and suffix[right] == after[right]:
        right += 1
    return left + right


def locate(anchor: Anchor, text: str, *, threshold: float = FUZZY_THRESHOLD) -> Placement | None:
    """Where *anchor*'s quote is in *text*, or None when it cannot be placed safely."""
    exact = anchor.exact
    if not exact:
        return None
    if text[anchor.start : anchor.end] == exact:
        return Placement(anchor.start, anchor.end, "position")
    starts = occurrences(exact, text)
    if len(starts) == 1:
        return Placement(starts[0], starts[0] + len(exact), "quote")
    if len(starts) > 1:
        scored = sorted(
            ((context_agreement(anchor, text, s, s + len(exact)), s) for s in starts),
            reverse=True,
        )
        (best, where), (second, _) = scored[0], scored[1]
        if best > second:
            return Placement(where, where + len(exact), "context")
        return None
    return _fuzzy(anchor, text, threshold)


def _fuzzy(anchor: Anchor, text: str, threshold: float) -> Placement | None:
    exact = anchor.exact
    if len(exact) < MIN_FUZZY_LEN or len(text) < len(exact):
        return None
    from rapidfuzz import fuzz  # imported here: only edited texts need it

    first = fuzz.partial_ratio_alignment(exact, text, score_cutoff=threshold)
    if first is None or first.score < threshold:
        return None
    start, end = first.dest_start, first.dest_end
    if end <= start:
        return None
    masked = text[:start] + "\0" * (end - start) + text[end:]
    second = fuzz.partial_ratio_alignment(exact, masked, score_cutoff=threshold)
    if second is not None and second.score >= threshold:
        return None  # two look-alikes: no guessing
    before = text[max(0, start - len(anchor.prefix)) : start]
    after = text[end : end + len(anchor.suffix)]
    with_context = fuzz.ratio(
        anchor.prefix + exact + anchor.suffix, before + text[start:end] + after
    )
    if with_context < threshold:
        return None
    return Placement(start, end, "fuzzy", float(first.score))
