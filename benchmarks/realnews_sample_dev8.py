"""Draw the eighth real-news development sample (``realnews_dev8``) at random (seeded).

Drawn like ``realnews_dev4`` to ``realnews_dev7`` (``realnews_sample_dev4.draw_part``: three
corpora, bylines about 15% of the time, windows of whole sentences of at most 320
characters), with a new seed, leaving out every article and paragraph of every set in
``benchmarks/data`` when it was drawn (``realnews_dev7`` and the test part included, compared
by source file and by text). Its sections are weighted like the news of the independent check
(diplomacy and politics, economy and business, health, local and world news; a little sport
and culture). It measures, fresh, how the recogniser tuned on sets 1-7 does on news it has
never seen.

    python benchmarks/realnews_sample_dev8.py [--corpora /work/corpora] > draft8.jsonl
"""

from __future__ import annotations

import sys
from pathlib import Path

import realnews_sample as base
import realnews_sample_dev4 as dev4
import realnews_sample_dev7 as dev7

SEED = 20270218
QUOTA = {
    "politics": {"dantri": 4, "vnexpress": 3, "vntc": 11},
    "economy": {"dantri": 8, "vnexpress": 5, "vntc": 11},
    "local": {"dantri": 7, "vnexpress": 4, "vntc": 9},
    "health": {"dantri": 5, "vnexpress": 3, "vntc": 6},
    "world": {"dantri": 7, "vnexpress": 5, "vntc": 10},
    "sport": {"dantri": 2, "vnexpress": 1, "vntc": 3},
    "culture": {"dantri": 2, "vnexpress": 1, "vntc": 3},
}
OTHER_SITES = 0  # the small sites of the 2024 set had no fresh article left for set 6
KNOWN = (*dev7.KNOWN, "realnews_dev7.jsonl")


def draw(corpora: Path, seed: int = SEED) -> list[dict[str, object]]:
    return dev4.draw_part(corpora, seed, "dev8", QUOTA, OTHER_SITES, KNOWN)


def main(argv: list[str] | None = None) -> int:
    return base.cli(draw, __doc__.split("\n\n")[0], SEED, argv)


if __name__ == "__main__":
    sys.exit(main())
