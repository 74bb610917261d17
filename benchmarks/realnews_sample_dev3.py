"""Draw the third real-news development sample (``realnews_dev3``) at random (seeded).

A fresh sample, made to check that the recogniser's rules carry over to news they were not
tuned on: a new seed, every paragraph already in ``realnews_dev.jsonl`` or
``realnews_test.jsonl`` left out (compared by text), and the paragraphs spread over six
sections and three corpora: dantri (2020-21), the 2024 set (vnexpress.net and other sites)
and VNTC (2006-07, nld.com.vn, vnexpress.net, tuoitre.vn, thanhnien.com.vn …; see
``realnews_corpora.py``). One paragraph per randomly chosen article; long paragraphs are cut
to a window of whole sentences of at most 320 characters.

    python benchmarks/realnews_sample_dev3.py [--corpora /work/corpora] > draft3.jsonl
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

import realnews_sample as base

SEED = 20261217
SECTIONS = ("economy", "local", "world", "sport", "culture", "health")
PER_STRATUM = {"dantri": 4, "vnexpress": 3, "vntc": 4}
# VNTC file names carry the section: train_<code>_<site>_<n>.txt
VNTC = {
    "KD": "economy",
    "XH": "local",
    "TG": "world",
    "TT": "sport",
    "VH": "culture",
    "SK": "health",
}
MAX_CHARS = 320


def _known_texts() -> set[str]:
    data = Path(__file__).parent / "data"
    out: set[str] = set()
    for name in ("realnews_dev.jsonl", "realnews_test.jsonl"):
        for line in (data / name).read_text("utf-8").splitlines():
            if line.strip():
                out.add(json.loads(line)["text"])
    return out


def _vntc(corpora: Path, rng: random.Random) -> dict[str, list[Path]]:
    out: dict[str, list[Path]] = {}
    for path in sorted((corpora / "vntc").glob("*.txt")):
        parts = path.name.split("_")
        if len(parts) > 2 and parts[1] in VNTC:
            out.setdefault(VNTC[parts[1]], []).append(path)
    for paths in out.values():
        rng.shuffle(paths)
    return out


def draw(corpora: Path, seed: int = SEED) -> list[dict[str, object]]:
    rng = random.Random(seed)
    known = _known_texts()
    base.MAX_CHARS = MAX_CHARS
    groups = base.strata(corpora)
    vntc = _vntc(corpora, rng) if (corpora / "vntc").is_dir() else {}
    rows: list[dict[str, object]] = []
    for section in SECTIONS:
        for group, quota in PER_STRATUM.items():
            if group == "vntc":
                pool = [(p, p.read_text("utf-8").splitlines(), "") for p in vntc.get(section, [])]
            else:
                pool = list(groups.get((group, section), []))
                rng.shuffle(pool)
            picked = 0
            for path, lines, site in pool:
                if picked == quota:
                    break
                body = list(range(3 if group != "vntc" else 2, len(lines)))
                if not body:
                    continue
                n = rng.choice(body)
                line = lines[n].strip()
                s, e = base._window(line, random.Random(f"{seed}:{path.name}:{n}"))
                text = line[s:e].strip()
                if (
                    text in known
                    or not base._clean(text)
                    or base._FOOTER.search(text)
                    or not base._usable(text, n == body[-1])
                ):
                    continue
                if group == "vntc":
                    site = {
                        "NLD": "nld.com.vn",
                        "VNE": "vnexpress.net",
                        "TT": "tuoitre.vn",
                        "TN": "thanhnien.com.vn",
                        "VNN": "vietnamnet.vn",
                        "SGGP": "sggp.org.vn",
                    }
                    code = path.name.split("_")[2].lstrip("-")
                    site = site.get(code, code.lower())
                picked += 1
                rows.append(
                    {
                        "site": site,
                        "section": section,
                        "source": f"{path.parent.name}/{path.name}:{n + 1}[{s}:{e}]",
                        "text": text,
                        "part": "dev3",
                    }
                )
    for k, row in enumerate(rows, 1):
        row["id"] = f"rn-dev3-{k:03d}"
    return rows


def main(argv: list[str] | None = None) -> int:
    return base.cli(draw, __doc__.split("\n\n")[0], SEED, argv)


if __name__ == "__main__":
    sys.exit(main())
