"""Draw the fourth real-news development sample (``realnews_dev4``) at random (seeded).

A fresh sample to measure what generalises: a new seed; no article that gave a paragraph to
any set in ``benchmarks/data`` (compared by source file) and no paragraph whose text is in one
(compared by text); nine sections (politics, economy, local, health, world, sport, culture,
science, law) over three corpora: dantri (2020-21), the 2024 set (vnexpress.net and a few
other sites) and VNTC (2004-06: vnexpress.net, nld.com.vn, tuoitre.vn, thanhnien.com.vn; see
``realnews_corpora.py``). One paragraph per randomly chosen article; the last line (byline or
credit) about 15% of the time; long paragraphs are cut to whole sentences of at most 320
characters. Where the 2024 set has too few fresh articles in a section, VNTC gives the rest.
The articles of ``realnews_figs4.jsonl``, drawn at the same time, are left out after the draw.

    python benchmarks/realnews_sample_dev4.py [--corpora /work/corpora] > draft4.jsonl
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

import realnews_sample as base

SEED = 20261231
MAX_CHARS = 320
BYLINE_SHARE = 0.15
# (section): paragraphs per corpus group
QUOTA = {
    "politics": {"dantri": 3, "vnexpress": 3, "vntc": 7},
    "economy": {"dantri": 5, "vnexpress": 4, "vntc": 5},
    "local": {"dantri": 4, "vnexpress": 7, "vntc": 5},
    "health": {"dantri": 5, "vnexpress": 3, "vntc": 5},
    "world": {"dantri": 5, "vnexpress": 6, "vntc": 5},
    "sport": {"dantri": 5, "vnexpress": 2, "vntc": 6},
    "culture": {"dantri": 5, "vnexpress": 3, "vntc": 5},
    "science": {"dantri": 6, "vntc": 7},
    "law": {"dantri": 3, "vnexpress": 2, "vntc": 8},
}
# the sets there were when it was drawn (a fixed list, so that the draw stays the same)
KNOWN = (
    "gold.jsonl",
    "heldout.jsonl",
    "dev2.jsonl",
    "realnews_dev.jsonl",
    "realnews_test.jsonl",
    "realnews_dev3.jsonl",
    "realnews_figs3.jsonl",
)
# sets drawn at the same time: their articles are left out after the draw (ids keep their gaps)
LATER = ("realnews_figs4.jsonl",)
OTHER_SITES = 8  # paragraphs from the small sites of the 2024 set, any section
DANTRI = {
    "business": "economy",
    "health": "health",
    "world": "world",
    "sport": "sport",
    "entertainment": "culture",
    "society": "local",
    "science": "science",
    "tech": "science",
}
# VNTC file names carry the section: <train|test>_<code>_<site>_<n>.txt
VNTC = {
    "XH": "local",
    "DS": "local",
    "KD": "economy",
    "SK": "health",
    "TG": "world",
    "TT": "sport",
    "VH": "culture",
    "KH": "science",
    "VT": "science",
    "PL": "law",
}
VNTC_SITES = {
    "NLD": "nld.com.vn",
    "VNE": "vnexpress.net",
    "TT": "tuoitre.vn",
    "TN": "thanhnien.com.vn",
}
_LAW = re.compile(
    r"(?<!\w)(?:khởi tố|bắt giữ|bị bắt|tạm giam|xét xử|phiên tòa|tòa án|vụ án|lừa đảo|truy nã|"
    r"cảnh sát|công an|tử hình|tù|trộm|cướp|ma túy|điều tra)(?!\w)",
    re.IGNORECASE,
)


def _section(title: str, section: str) -> str:
    """Society news about the state is politics, about crime and courts law."""
    if section != "local":
        return section
    if base._SECTION_RE["politics"].search(title):
        return "politics"
    return "law" if _LAW.search(title) else "local"


def _known(data: Path, names: tuple[str, ...] = KNOWN) -> tuple[set[str], set[str]]:
    """Texts of the annotated sets *names* and the source files of the real-news ones."""
    texts: set[str] = set()
    files: set[str] = set()
    for name in names:
        for line in (data / name).read_text("utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                texts.add(row["text"])
                if "/" in str(row.get("source", "")):
                    files.add(str(row["source"]).split(":")[0])
    return texts, files


def _pools(corpora: Path) -> dict[tuple[str, str], list[tuple[Path, list[str], str]]]:
    """Articles per (corpus group, section): (path, lines, site)."""
    out: dict[tuple[str, str], list[tuple[Path, list[str], str]]] = {}
    for path in sorted((corpora / "dantri-unc").glob("*.txt")):
        section = DANTRI.get(path.stem.split("_")[1])
        if section is None:
            continue
        lines = path.read_text("utf-8").splitlines()
        key = ("dantri", _section(lines[1], section))
        out.setdefault(key, []).append((path, lines, "dantri.com.vn"))
    for path in sorted((corpora / "vims-news").glob("*.txt")):
        lines = path.read_text("utf-8").splitlines()
        site = base.site_of(lines[0])
        group = "vnexpress" if site == "vnexpress.net" else "other"
        section = _section(lines[1], base.guess_section(lines[1]))
        out.setdefault((group, section if group == "vnexpress" else "any"), []).append(
            (path, lines, site)
        )
    for path in sorted((corpora / "vntc").glob("*.txt")):
        parts = path.stem.split("_")
        if len(parts) < 3 or parts[1] not in VNTC:
            continue
        lines = path.read_text("utf-8").splitlines()
        site = VNTC_SITES.get(parts[2].lstrip("-"), parts[2].lower())
        key = ("vntc", _section(lines[0], VNTC[parts[1]]))
        out.setdefault(key, []).append((path, lines, site))
    return out


def _pick(
    pool: list[tuple[Path, list[str], str]],
    quota: int,
    rng: random.Random,
    known: tuple[set[str], set[str]],
    seed: int,
) -> list[tuple[Path, int, int, int, str, str]]:
    texts, files = known
    picked: list[tuple[Path, int, int, int, str, str]] = []
    for path, lines, site in pool:
        if len(picked) == quota:
            break
        if f"{path.parent.name}/{path.name}" in files:
            continue
        first = 2 if path.parent.name == "vntc" else 3
        body = list(range(first, len(lines)))
        if not body:
            continue
        n = body[-1] if rng.random() < BYLINE_SHARE else rng.choice(body)
        line = lines[n].strip()
        s, e = base._window(line, random.Random(f"{seed}:{path.name}:{n}"))
        text = line[s:e].strip()
        if (
            text in texts
            or any(len(t) >= 40 and (t in text or text in t) for t in texts)
            or not base._clean(text)
            or base._FOOTER.search(text)
            or not base._usable(text, n == body[-1])
        ):
            continue
        picked.append((path, n, s, e, text, site))
    return picked


def draw_part(
    corpora: Path,
    seed: int,
    part: str,
    quota: dict[str, dict[str, int]],
    other_sites: int,
    known: tuple[str, ...],
    later: tuple[str, ...] = (),
) -> list[dict[str, object]]:
    """Rows ``rn-<part>-NNN`` drawn per *quota* (section → corpus group → paragraphs), leaving
    out the articles and texts of the sets *known* (before the draw) and *later* (after it)."""
    rng = random.Random(seed)
    data = Path(__file__).parent / "data"
    seen = _known(data, known)
    base.MAX_CHARS = MAX_CHARS
    pools = _pools(corpora)
    for pool in pools.values():
        rng.shuffle(pool)
    rows: list[dict[str, object]] = []
    plan = [((g, sec), q) for sec, groups in quota.items() for g, q in groups.items()]
    short: dict[str, int] = {}  # what a small pool could not give, taken from VNTC instead
    for (group, section), wanted in [*plan, (("other", "any"), other_sites)]:
        wanted += short.pop(section, 0) if group == "vntc" else 0
        got = _pick(pools.get((group, section), []), wanted, rng, seen, seed)
        if group not in ("vntc", "other"):
            short[section] = short.get(section, 0) + wanted - len(got)
        for path, n, s, e, text, site in got:
            if group == "other":
                title = path.read_text("utf-8").splitlines()[1]
                section = _section(title, base.guess_section(title))
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
    later_texts, later_files = _known(data, later)
    return [
        r
        for r in rows
        if r["text"] not in later_texts and str(r["source"]).split(":")[0] not in later_files
    ]


def draw(corpora: Path, seed: int = SEED) -> list[dict[str, object]]:
    return draw_part(corpora, seed, "dev4", QUOTA, OTHER_SITES, KNOWN, LATER)


def main(argv: list[str] | None = None) -> int:
    return base.cli(draw, __doc__.split("\n\n")[0], SEED, argv)


if __name__ == "__main__":
    sys.exit(main())
