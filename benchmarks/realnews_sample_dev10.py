"""Draw the tenth real-news development sample (``realnews_dev10``) at random (seeded).

Drawn like ``realnews_dev4`` to ``realnews_dev9`` (``realnews_sample_dev4.draw_part``: three
corpora, bylines about 15% of the time, windows of whole sentences of at most 320
characters), with a new seed, leaving out every article and paragraph of every set in
``benchmarks/data`` when it was drawn (``realnews_dev9`` and the test part included, compared
by source file and by text). Its sections are weighted like the news of the independent check
(diplomacy and politics, economy and business, health, local and world news; a little sport
and culture), with the quotas of set 8. It measures, fresh, how the recogniser tuned on sets
1-9 does on news nobody has tuned on.

    python benchmarks/realnews_sample_dev10.py [--corpora /work/corpora] > draft10.jsonl
"""

from __future__ import annotations

import sys
from pathlib import Path

import realnews_sample as base
import realnews_sample_dev4 as dev4
import realnews_sample_dev8 as dev8
import realnews_sample_dev9 as dev9

SEED = 20270404
QUOTA = dev8.QUOTA  # the sections of set 8, weighted like the independent check
OTHER_SITES = dev8.OTHER_SITES
KNOWN = (*dev9.KNOWN, "realnews_dev9.jsonl")


def draw(corpora: Path, seed: int = SEED) -> list[dict[str, object]]:
    return dev4.draw_part(corpora, seed, "dev10", QUOTA, OTHER_SITES, KNOWN)


def main(argv: list[str] | None = None) -> int:
    return base.cli(draw, __doc__.split("\n\n")[0], SEED, argv)


if __name__ == "__main__":
    sys.exit(main())
