"""The paragraphs nobody may see the recogniser's results on, as keys that find them again.

The blind sets (``BLIND`` in ``extraction.py``) and the sets awaiting their first score
(``FRESH``) were drawn from the same news the benchmarks read (``/work/corpora``), and an
article may be published again elsewhere — in ``vietnews`` word-segmented and joined back,
with a space before punctuation and "Kim Jong - un". So a paragraph is compared by its letters
only (lower-case letters and digits): a stretch of 60 from its middle is looked for in an
article's letters; a paragraph shorter than 20 letters (a heading, a caption) would match
thousands of articles that way, so it must equal the letters of a whole line of the article.
The source files the paragraphs were taken from (``folder/name``) are given too.

Only keys are kept and nothing here prints them: the texts stay unread.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from extraction import BLIND, FRESH

DATA = Path(__file__).parent / "data"
STRETCH = 60  # letters from the middle of a paragraph looked for in an article
SHORT = 20  # a paragraph with fewer letters must be a whole line of the article


def letters(text: str) -> str:
    """*text* reduced to its lower-case letters and digits, for comparing texts whose spacing
    differs (vietnews is joined back from word-segmented text)."""
    return "".join(c for c in text.lower() if c.isalnum())


@dataclass(frozen=True, repr=False)
class Hidden:
    """The letter keys of the hidden paragraphs and the files they come from (shown as counts
    only, so that no failing test or traceback prints a key)."""

    stretches: tuple[str, ...]  # the middle letters of each paragraph of SHORT letters or more
    lines: frozenset[str]  # all the letters of each shorter paragraph
    sources: frozenset[str]  # the corpus files ("dantri-unc/x.txt") the paragraphs come from

    def __repr__(self) -> str:
        return (
            f"Hidden({len(self.stretches)} stretches, {len(self.lines)} short paragraphs,"
            f" {len(self.sources)} sources)"
        )

    def holds(self, text: str) -> bool:
        """Whether *text* (an article) holds one of the hidden paragraphs, however spaced."""
        whole = letters(text)
        if any(key in whole for key in self.stretches):
            return True
        return bool(self.lines) and any(letters(line) in self.lines for line in text.splitlines())


def keys_of(paragraphs: Iterable[str], sources: Iterable[str] = ()) -> Hidden:
    """The keys of *paragraphs*; *sources* as given in the sets (``file:line[start:end]``)."""
    stretches: list[str] = []
    lines: set[str] = set()
    for paragraph in paragraphs:
        key = letters(paragraph)
        if len(key) >= SHORT:
            middle = max(len(key) // 2 - STRETCH // 2, 0)
            stretches.append(key[middle : middle + STRETCH])
        elif key:
            lines.add(key)
    files = frozenset(s.split(":", 1)[0] for s in sources if "/" in s.split(":", 1)[0])
    return Hidden(tuple(dict.fromkeys(stretches)), frozenset(lines), files)


def load(data: Path | None = None, names: Iterable[str] | None = None) -> Hidden:
    """The keys of every paragraph of the sets *names* in *data* (by default the blind and the
    fresh sets in ``benchmarks/data``; a set not there is skipped)."""
    paragraphs: list[str] = []
    sources: list[str] = []
    for name in (*BLIND, *FRESH) if names is None else names:
        path = (DATA if data is None else data) / name
        if not path.exists():
            continue
        for line in path.read_text("utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                paragraphs.append(row["text"])
                sources.append(str(row.get("source", "")))
    return keys_of(paragraphs, sources)
