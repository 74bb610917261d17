"""Draw the forty-second real-news development sample (``realnews_dev42``) at random (seeded).

Drawn exactly like ``realnews_dev13`` to ``realnews_dev41`` (dev13's ``draw``: three
corpora, bylines about 15% of the time, windows of whole sentences of at most 320
characters, sections weighted like sets 11 to 13 with set 11's quotas, a text of 40
characters or more drawn twice kept once), with a new seed, leaving out every article and
paragraph of every set in ``benchmarks/data`` when it was drawn (``realnews_dev41`` and the
test part included, compared by source file and by text). It is the session's honest
measure: labelled by hand before the recogniser was ever
run on it, and kept in ``FRESH`` until its first score.

    python benchmarks/realnews_sample_dev42.py [--corpora /work/corpora] > draft42.jsonl
"""

from __future__ import annotations

import sys
from pathlib import Path

import realnews_sample as base
import realnews_sample_dev13 as dev13
import realnews_sample_dev41 as dev41

SEED = 20271229
KNOWN = (*dev41.KNOWN, "realnews_dev41.jsonl")


def draw(corpora: Path, seed: int = SEED) -> list[dict[str, object]]:
    return dev13.draw(corpora, seed, "dev42", KNOWN)


def main(argv: list[str] | None = None) -> int:
    return base.cli(draw, __doc__.split("\n\n")[0], SEED, argv)


if __name__ == "__main__":
    sys.exit(main())
