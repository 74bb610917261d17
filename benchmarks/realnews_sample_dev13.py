"""Draw the thirteenth real-news development sample (``realnews_dev13``) at random (seeded).

Drawn like ``realnews_dev4`` to ``realnews_dev12`` (``realnews_sample_dev4.draw_part``: three
corpora, bylines about 15% of the time, windows of whole sentences of at most 320
characters), with a new seed, leaving out every article and paragraph of every set in
``benchmarks/data`` when it was drawn (``realnews_dev12`` and the test part included, compared
by source file and by text). Its sections are weighted like those of sets 11 and 12 (the news
of the independent check: diplomacy and politics, economy and business, health, local and
world news, with a little sport, culture and law), with set 11's quotas. It adds news of the
same kind to tune on, labelled by hand before the recogniser was ever run on it.

A text drawn twice from two articles (a related-article link that two pages share) is kept
once: the second draw of a text of 40 characters or more is left out, its id left as a gap
(bylines, shorter, may repeat, as in the other sets). Seed 20270704 drew one such repeat, so
the set holds 109 paragraphs.

    python benchmarks/realnews_sample_dev13.py [--corpora /work/corpora] > draft13.jsonl
"""

from __future__ import annotations

import sys
from pathlib import Path

import realnews_sample as base
import realnews_sample_dev4 as dev4
import realnews_sample_dev12 as dev12

SEED = 20270704
QUOTA = dev12.QUOTA  # the sections of set 11, weighted like the independent check, with law
OTHER_SITES = dev12.OTHER_SITES
KNOWN = (*dev12.KNOWN, "realnews_dev12.jsonl")


REPEAT_CHARS = 40  # texts this long are never two paragraphs of the sets (bylines are shorter)


def draw(
    corpora: Path, seed: int = SEED, part: str = "dev13", known: tuple[str, ...] = KNOWN
) -> list[dict[str, object]]:
    """Rows ``rn-<part>-NNN`` drawn with *seed* and set 11's quotas, leaving out the sets
    *known*, a text of ``REPEAT_CHARS`` or more drawn twice kept once (later sets call this
    with their own seed, part and known sets)."""
    rows = dev4.draw_part(corpora, seed, part, QUOTA, OTHER_SITES, known)
    seen: set[object] = set()
    kept: list[dict[str, object]] = []
    for row in rows:
        text = row["text"]
        if text in seen:
            continue
        if len(str(text)) >= REPEAT_CHARS:
            seen.add(text)
        kept.append(row)
    return kept


def main(argv: list[str] | None = None) -> int:
    return base.cli(draw, __doc__.split("\n\n")[0], SEED, argv)


if __name__ == "__main__":
    sys.exit(main())
