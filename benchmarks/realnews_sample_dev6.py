"""Draw the sixth real-news development sample (``realnews_dev6``) at random (seeded).

Drawn like ``realnews_dev4`` and ``realnews_dev5`` (``realnews_sample_dev4.py``: three
corpora, bylines about 15% of the time, windows of whole sentences of at most 320 characters),
with a new seed, leaving out every article and paragraph of every set in ``benchmarks/data``
when it was drawn (the test part included). It leans towards the sections where organisations
are common (economy and business, local news, world, law, sport) and keeps a few paragraphs
of the others, at random within each; it measures, fresh, where the recogniser stands on
organisations after the fixes made on sets 4 and 5.

    python benchmarks/realnews_sample_dev6.py [--corpora /work/corpora] > draft6.jsonl
"""

from __future__ import annotations

import sys
from pathlib import Path

import realnews_sample as base
import realnews_sample_dev5 as dev5

SEED = 20270121
QUOTA = {
    "economy": {"dantri": 8, "vnexpress": 4, "vntc": 13},
    "local": {"dantri": 7, "vnexpress": 4, "vntc": 12},
    "world": {"dantri": 6, "vnexpress": 4, "vntc": 9},
    "law": {"dantri": 6, "vnexpress": 2, "vntc": 11},
    "sport": {"dantri": 6, "vnexpress": 2, "vntc": 10},
    "politics": {"dantri": 2, "vnexpress": 1, "vntc": 3},
    "health": {"dantri": 2, "vntc": 2},
    "culture": {"dantri": 1, "vntc": 2},
    "science": {"dantri": 1, "vntc": 2},
}
OTHER_SITES = 4
KNOWN = (*dev5.KNOWN, "realnews_dev5.jsonl")


def draw(corpora: Path, seed: int = SEED) -> list[dict[str, object]]:
    return dev5.dev4.draw_part(corpora, seed, "dev6", QUOTA, OTHER_SITES, KNOWN)


def main(argv: list[str] | None = None) -> int:
    return base.cli(draw, __doc__.split("\n\n")[0], SEED, argv)


if __name__ == "__main__":
    sys.exit(main())
