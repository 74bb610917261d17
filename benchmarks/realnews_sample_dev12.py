"""Draw the twelfth real-news development sample (``realnews_dev12``) at random (seeded).

Drawn like ``realnews_dev4`` to ``realnews_dev11`` (``realnews_sample_dev4.draw_part``: three
corpora, bylines about 15% of the time, windows of whole sentences of at most 320
characters), with a new seed, leaving out every article and paragraph of every set in
``benchmarks/data`` when it was drawn (``realnews_dev11`` and the test part included, compared
by source file and by text). Its sections are weighted like those of set 11 (the news of the
independent check: diplomacy and politics, economy and business, health, local and world
news, with a little sport, culture and law), with set 11's quotas. It measures, fresh, how the
recogniser tuned on sets 1-11 does on news nobody has tuned on.

    python benchmarks/realnews_sample_dev12.py [--corpora /work/corpora] > draft12.jsonl
"""

from __future__ import annotations

import sys
from pathlib import Path

import realnews_sample as base
import realnews_sample_dev4 as dev4
import realnews_sample_dev11 as dev11

SEED = 20270604
QUOTA = dev11.QUOTA  # the sections of set 11, weighted like the independent check, with law
OTHER_SITES = dev11.OTHER_SITES
KNOWN = (*dev11.KNOWN, "realnews_dev11.jsonl")


def draw(corpora: Path, seed: int = SEED) -> list[dict[str, object]]:
    return dev4.draw_part(corpora, seed, "dev12", QUOTA, OTHER_SITES, KNOWN)


def main(argv: list[str] | None = None) -> int:
    return base.cli(draw, __doc__.split("\n\n")[0], SEED, argv)


if __name__ == "__main__":
    sys.exit(main())
