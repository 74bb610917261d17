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
from collections.abc import Callable
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


VNTC_SITES = {
    "NLD": "nld.com.vn",
    "VNE": "vnexpress.net",
    "TT": "tuoitre.vn",
    "TN": "thanhnien.com.vn",
    "VNN": "vietnamnet.vn",
    "SGGP": "sggp.org.vn",
}


def draw(corpora: Path, seed: int = SEED) -> list[dict[str, object]]:
    known = _known_texts()
    return draw_sections(
        corpora,
        seed,
        part="dev3",
        sections=SECTIONS,
        per_stratum=PER_STRATUM,
        body=lambda lines, first: list(range(first, len(lines))),
        keep=lambda text, last: text not in known and base._usable(text, last),
    )


def draw_sections(
    corpora: Path,
    seed: int,
    *,
    part: str,
    sections: tuple[str, ...],
    per_stratum: dict[str, int],
    body: Callable[[list[str], int], list[int]],
    keep: Callable[[str, bool], bool],
    vntc_order: Callable[[list[Path]], list[Path]] = list,
) -> list[dict[str, object]]:
    """Rows ``rn-<part>-nnn``: per section and corpus group, *per_stratum* random articles and in
    each a random line among *body* (its candidate line numbers) cut to a window of whole
    sentences, kept when clean and when *keep* (text, is-last-line) says so."""
    rng = random.Random(seed)
    base.MAX_CHARS = MAX_CHARS
    groups = base.strata(corpora)
    vntc = _vntc(corpora, rng) if (corpora / "vntc").is_dir() else {}
    rows: list[dict[str, object]] = []
    for section in sections:
        for group, quota in per_stratum.items():
            if group == "vntc":
                paths = vntc_order(vntc.get(section, []))
                pool = [(p, p.read_text("utf-8").splitlines(), "") for p in paths]
            else:
                pool = list(groups.get((group, section), []))
                rng.shuffle(pool)
            picked = 0
            for path, lines, site in pool:
                if picked == quota:
                    break
                candidates = body(lines, 3 if group != "vntc" else 2)
                if not candidates:
                    continue
                n = rng.choice(candidates)
                line = lines[n].strip()
                s, e = base._window(line, random.Random(f"{seed}:{path.name}:{n}"))
                text = line[s:e].strip()
                if (
                    not keep(text, n == candidates[-1])
                    or not base._clean(text)
                    or base._FOOTER.search(text)
                ):
                    continue
                if group == "vntc":
                    code = path.name.split("_")[2].lstrip("-")
                    site = VNTC_SITES.get(code, code.lower())
                picked += 1
                rows.append(
                    {
                        "site": site,
                        "section": section,
                        "source": f"{path.parent.name}/{path.name}:{n + 1}[{s}:{e}]",
                        "text": text,
                        "part": part,
                    }
                )
    for k, row in enumerate(rows, 1):
        row["id"] = f"rn-{part}-{k:03d}"
    return rows


def main(argv: list[str] | None = None) -> int:
    return base.cli(draw, __doc__.split("\n\n")[0], SEED, argv)


if __name__ == "__main__":
    sys.exit(main())
