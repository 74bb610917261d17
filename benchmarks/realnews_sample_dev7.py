"""Draw the seventh real-news development sample (``realnews_dev7``) at random (seeded).

Drawn like ``realnews_dev4`` to ``realnews_dev6`` (``realnews_sample_dev4.draw_part``: three
corpora, bylines about 15% of the time, windows of whole sentences of at most 320
characters), with a new seed, over the nine sections in near-equal shares, leaving out every
article and paragraph of every set in ``benchmarks/data`` when it was drawn (the test part
and ``realnews_dev6`` included, compared by source file and by text). It measures, fresh,
how the recogniser tuned on sets 1-6 does on news it has never seen.

    python benchmarks/realnews_sample_dev7.py [--corpora /work/corpora] > draft7.jsonl
"""

from __future__ import annotations

import sys
from pathlib import Path

import realnews_sample as base
import realnews_sample_dev4 as dev4
import realnews_sample_dev6 as dev6

SEED = 20270204
QUOTA = {
    "politics": {"dantri": 3, "vnexpress": 2, "vntc": 8},
    "economy": {"dantri": 5, "vnexpress": 3, "vntc": 6},
    "local": {"dantri": 5, "vnexpress": 3, "vntc": 6},
    "health": {"dantri": 4, "vnexpress": 2, "vntc": 7},
    "world": {"dantri": 5, "vnexpress": 3, "vntc": 6},
    "sport": {"dantri": 4, "vnexpress": 2, "vntc": 7},
    "culture": {"dantri": 4, "vnexpress": 2, "vntc": 7},
    "science": {"dantri": 5, "vntc": 8},
    "law": {"dantri": 4, "vnexpress": 2, "vntc": 7},
}
OTHER_SITES = 0  # the small sites of the 2024 set had no fresh article left for set 6
KNOWN = (*dev6.KNOWN, "realnews_dev6.jsonl")


def draw(corpora: Path, seed: int = SEED) -> list[dict[str, object]]:
    return dev4.draw_part(corpora, seed, "dev7", QUOTA, OTHER_SITES, KNOWN)


def main(argv: list[str] | None = None) -> int:
    return base.cli(draw, __doc__.split("\n\n")[0], SEED, argv)


if __name__ == "__main__":
    sys.exit(main())
