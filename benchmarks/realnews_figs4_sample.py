"""Draw the fourth figure-rich real-news development sample (``realnews_figs4``) from the corpora.

A fresh figures-only sample, drawn to measure whether the figure rules carry over to news they
were never tuned on: a new seed, four sections where figures are dense (economy, local, health,
sport), and three corpora: VNTC (2006-07; nld.com.vn, vnexpress.net, tuoitre.vn,
thanhnien.com.vn, taken in turn), dantri (2020-21) and the 2024 set (vnexpress.net and other
sites). In each randomly chosen article one random paragraph holding at least three numbers is
taken, cut to a window of whole sentences of at most 320 characters (as in
``realnews_sample_dev3.py``). Every paragraph whose text is already in a set of
``benchmarks/data`` (or contains one, or is contained in one) is left out.

    python benchmarks/realnews_figs4_sample.py [--corpora /work/corpora] > figs4_sample.jsonl
"""

from __future__ import annotations

import itertools
import json
import sys
from pathlib import Path

import realnews_sample as base
from realnews_figs_sample import _NUMBER
from realnews_sample_dev3 import draw_sections

SEED = 20261218
SECTIONS = ("economy", "local", "health", "sport")
PER_STRATUM = {"vntc": 8, "dantri": 4, "vnexpress": 3}
DATA = Path(__file__).parent / "data"


def known_texts() -> list[str]:
    """Texts of every other set in ``benchmarks/data`` (all parts, real news or not)."""
    out: list[str] = []
    for path in sorted(DATA.glob("*.jsonl")):
        if path.name == "realnews_figs4.jsonl":
            continue
        out += [json.loads(x)["text"] for x in path.read_text("utf-8").splitlines() if x.strip()]
    return out


def _by_site(paths: list[Path]) -> list[Path]:
    """*paths* taken from each VNTC site in turn, so that the big site does not fill the quota."""
    sites: dict[str, list[Path]] = {}
    for p in paths:
        sites.setdefault(p.name.split("_")[2].lstrip("-"), []).append(p)
    turns = itertools.zip_longest(*(sites[k] for k in sorted(sites)))
    return [p for turn in turns for p in turn if p is not None]


def draw(corpora: Path, seed: int = SEED) -> list[dict[str, object]]:
    known = known_texts()

    def keep(text: str, last: bool) -> bool:
        if len(_NUMBER.findall(text)) < 3 or not base._usable(text, False):
            return False
        return not any(text in k or (len(k) > 40 and k in text) for k in known)

    return draw_sections(
        corpora,
        seed,
        part="figs4",
        sections=SECTIONS,
        per_stratum=PER_STRATUM,
        body=lambda lines, first: [
            n for n in range(first, len(lines)) if len(_NUMBER.findall(lines[n])) >= 3
        ],
        keep=keep,
        vntc_order=_by_site,
    )


def main(argv: list[str] | None = None) -> int:
    return base.cli(draw, __doc__.split("\n\n")[0], SEED, argv)


if __name__ == "__main__":
    sys.exit(main())
