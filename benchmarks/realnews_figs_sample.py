"""Draw a figure-rich real-news development sample (``realnews_figs3``) from the corpora.

Unlike ``realnews_sample.py`` (one paragraph per random article, figures or not), this picks
per section random articles and, in each, a random paragraph holding at least three numbers,
so that a small sample holds many figures. Paragraphs already in another real-news set are
left out (compared by text). Windows, cleaning and sections are those of
``realnews_sample.py``.

    python benchmarks/realnews_figs_sample.py [--corpora /work/corpora] > figs3_sample.jsonl
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from realnews_sample import _FOOTER, _clean, _usable, _window, cli, guess_section, strata

SEED = 20261204
DATA = Path(__file__).parent / "data"
QUOTA = {"economy": 20, "local": 18, "world": 14, "sport": 10, "health": 10, "culture": 8}
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def known_texts() -> set[str]:
    """Texts of the real-news dev and test parts (the sets there were when this one was drawn;
    the paragraph the later ``realnews_dev3.jsonl`` shares was left out while annotating)."""
    out: set[str] = set()
    for path in (DATA / "realnews_dev.jsonl", DATA / "realnews_test.jsonl"):
        out |= {json.loads(x)["text"] for x in path.read_text("utf-8").splitlines() if x.strip()}
    return out


def draw(corpora: Path, seed: int = SEED) -> list[dict[str, object]]:
    rng = random.Random(seed)
    known = known_texts()
    pools: dict[str, list[tuple[Path, list[str], str, str]]] = {}
    for (group, section), articles in sorted(strata(corpora).items()):
        for path, lines, site in articles:
            sec = guess_section(lines[1]) if group == "other" else section
            pools.setdefault(sec, []).append((path, lines, site, group))
    rows: list[dict[str, object]] = []
    for section in sorted(QUOTA):
        pool = pools.get(section, [])
        rng.shuffle(pool)
        picked = 0
        for path, lines, site, group in pool:
            if picked == QUOTA[section]:
                break
            body = [n for n in range(3, len(lines)) if len(_NUMBER.findall(lines[n])) >= 3]
            if not body:
                continue
            n = rng.choice(body)
            line = lines[n].strip()
            s, e = _window(line, random.Random(f"{seed}:{path.name}:{n}"))
            text = line[s:e].strip()
            if len(_NUMBER.findall(text)) < 3 or text in known or not _usable(text, False):
                continue
            if group != "dantri" and (_FOOTER.search(text) or not _clean(text)):
                continue
            picked += 1
            rows.append(
                {
                    "id": f"rn-figs3-{site.split('.')[0]}-{len(rows) + 1:03d}",
                    "part": "figs3",
                    "site": site,
                    "section": section,
                    "source": f"{path.parent.name}/{path.name}:{n + 1}[{s}:{e}]",
                    "text": text,
                }
            )
    return rows


def main(argv: list[str] | None = None) -> int:
    return cli(draw, __doc__.split("\n\n")[0], SEED, argv)


if __name__ == "__main__":
    sys.exit(main())
