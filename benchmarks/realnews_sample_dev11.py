"""Draw the eleventh real-news development sample (``realnews_dev11``) at random (seeded).

Drawn like ``realnews_dev4`` to ``realnews_dev10`` (``realnews_sample_dev4.draw_part``: three
corpora, bylines about 15% of the time, windows of whole sentences of at most 320
characters), with a new seed, leaving out every article and paragraph of every set in
``benchmarks/data`` when it was drawn (``realnews_dev10`` and the test part included, compared
by source file and by text). Its sections are weighted like the news of the independent check
(diplomacy and politics, economy and business, health, local and world news), as sets 8-10
were, with a little sport, culture and law (crime and courts, which sets 8-10 did not draw).
It measures, fresh, how the recogniser tuned on sets 1-10 does on news nobody has tuned on.

    python benchmarks/realnews_sample_dev11.py [--corpora /work/corpora] > draft11.jsonl
"""

from __future__ import annotations

import sys
from pathlib import Path

import realnews_sample as base
import realnews_sample_dev4 as dev4
import realnews_sample_dev8 as dev8
import realnews_sample_dev10 as dev10

SEED = 20270504
# the sections of set 8, a few paragraphs fewer in each, for six of law (110 in all)
QUOTA = {
    "politics": {"dantri": 4, "vnexpress": 3, "vntc": 11},
    "economy": {"dantri": 8, "vnexpress": 4, "vntc": 11},
    "local": {"dantri": 7, "vnexpress": 4, "vntc": 8},
    "health": {"dantri": 5, "vnexpress": 3, "vntc": 6},
    "world": {"dantri": 6, "vnexpress": 5, "vntc": 9},
    "sport": {"dantri": 2, "vnexpress": 1, "vntc": 2},
    "culture": {"dantri": 2, "vnexpress": 1, "vntc": 2},
    "law": {"dantri": 2, "vnexpress": 1, "vntc": 3},
}
OTHER_SITES = dev8.OTHER_SITES
KNOWN = (*dev10.KNOWN, "realnews_dev10.jsonl")


def draw(corpora: Path, seed: int = SEED) -> list[dict[str, object]]:
    return dev4.draw_part(corpora, seed, "dev11", QUOTA, OTHER_SITES, KNOWN)


def main(argv: list[str] | None = None) -> int:
    return base.cli(draw, __doc__.split("\n\n")[0], SEED, argv)


if __name__ == "__main__":
    sys.exit(main())
