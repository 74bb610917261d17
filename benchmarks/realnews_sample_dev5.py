"""Draw the fifth real-news development sample (``realnews_dev5``) at random (seeded).

Drawn like ``realnews_dev4`` (``realnews_sample_dev4.py``: nine sections, three corpora, bylines
about 15% of the time, windows of whole sentences of at most 320 characters), with a new seed
and about half its size, leaving out every article and paragraph of every set in
``benchmarks/data`` when it was drawn, ``realnews_dev4.jsonl`` and ``realnews_figs4.jsonl``
included. It measures, fresh, what the fixes made on development set 4 carry over to.

    python benchmarks/realnews_sample_dev5.py [--corpora /work/corpora] > draft5.jsonl
"""

from __future__ import annotations

import sys
from pathlib import Path

import realnews_sample as base
import realnews_sample_dev4 as dev4

SEED = 20270107
QUOTA = {
    "politics": {"dantri": 2, "vnexpress": 1, "vntc": 4},
    "economy": {"dantri": 2, "vnexpress": 1, "vntc": 3},
    "local": {"dantri": 2, "vnexpress": 2, "vntc": 3},
    "health": {"dantri": 2, "vnexpress": 1, "vntc": 3},
    "world": {"dantri": 2, "vnexpress": 2, "vntc": 3},
    "sport": {"dantri": 2, "vnexpress": 1, "vntc": 3},
    "culture": {"dantri": 2, "vnexpress": 1, "vntc": 3},
    "science": {"dantri": 3, "vntc": 3},
    "law": {"dantri": 2, "vnexpress": 1, "vntc": 4},
}
OTHER_SITES = 4
KNOWN = (*dev4.KNOWN, "realnews_dev4.jsonl", "realnews_figs4.jsonl")


def draw(corpora: Path, seed: int = SEED) -> list[dict[str, object]]:
    return dev4.draw_part(corpora, seed, "dev5", QUOTA, OTHER_SITES, KNOWN)


def main(argv: list[str] | None = None) -> int:
    return base.cli(draw, __doc__.split("\n\n")[0], SEED, argv)


if __name__ == "__main__":
    sys.exit(main())
