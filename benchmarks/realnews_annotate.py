"""Turn hand-written real-news annotations (surface strings in reading order) into JSONL.

The annotations live in ``benchmarks/data/realnews_<part>.ann``: a block per paragraph,
``== <id>`` followed by one line per entity or figure, in the order they are read:

    == rn-dev-dantri-001
    ORG Vinamilk
    LOC Việt Nam
    money 40 tỷ đồng = 40000000000 VND ~gần
    date ngày 30/10 = --10-30
    year năm 2020 = 2020
    percent 16% = 16 percent

A ``section <name>`` line corrects a section guessed from keywords; a ``skip <surface>``
line steps over an occurrence that is not annotated (when a later one is). An entity line is
``LABEL surface``; a figure line is ``category surface = value unit
[~approx]`` (``= <date>`` for dates; ``= <date> [value]`` for years: "= 198X 1980").
Paragraph texts, sites, sections and sources come from the sample drawn by
``realnews_sample.py`` (``--sample``). Each surface is looked for from the end of the
previous one, so the lines must follow the text; the script stops at the first surface it
cannot find and checks that spans do not cut words or overlap, that approximation words
precede their figure, and lists for review every annotated surface left unannotated
elsewhere in the set (consistency) and every number outside a figure.

    python benchmarks/realnews_annotate.py --sample draft.jsonl --part dev

``--part figs3`` and ``--part figs4`` convert the figures-only sets drawn by
``realnews_figs_sample.py`` and ``realnews_figs4_sample.py`` (their blocks hold figure lines
only; entities are not annotated there).
"""

from __future__ import annotations

import argparse
import itertools
import json
import re
import sys
from pathlib import Path
from typing import Any

DATA = Path(__file__).parent / "data"
LABELS = ("PER", "ORG", "LOC", "MISC")
CATEGORIES = ("money", "quantity", "percent", "date", "year", "duration", "other")
DOMAIN = {"economy": "trade", "health": "health", "world": "diplomacy"}


def parse_blocks(text: str) -> dict[str, list[str]]:
    blocks: dict[str, list[str]] = {}
    current: list[str] | None = None
    for n, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("== "):
            rid = line[3:].strip()
            if rid in blocks:
                raise SystemExit(f"line {n}: {rid} annotated twice")
            current = blocks[rid] = []
        elif current is None:
            raise SystemExit(f"line {n}: annotation before any '== id'")
        else:
            current.append(line)
    return blocks


def _word_char(ch: str) -> bool:
    return ch.isalnum()


def find(text: str, surface: str, cursor: int) -> int:
    """The first whole-word occurrence of *surface* at or after *cursor*, or -1."""
    pos = text.find(surface, cursor)
    while pos >= 0:
        before = text[pos - 1] if pos else " "
        after = text[pos + len(surface)] if pos + len(surface) < len(text) else " "
        if not (_word_char(before) and _word_char(surface[0])) and not (
            _word_char(after) and _word_char(surface[-1])
        ):
            return pos
        pos = text.find(surface, pos + 1)
    return -1


def _figure(cat: str, rest: str, where: str) -> tuple[str, dict[str, Any]]:
    if " = " not in rest:
        raise SystemExit(f"{where}: figure without ' = ': {rest!r}")
    surface, spec = rest.rsplit(" = ", 1)
    approx = None
    if "~" in spec:
        spec, approx = spec.split("~", 1)
        approx = approx.strip()
    parts = spec.split()
    fig: dict[str, Any] = {"category": cat, "value": None, "unit": None, "approx": approx}
    fig["date"] = None
    if cat == "date":
        fig["date"] = parts[0]
    elif cat == "year":
        fig["date"] = parts[0]
        fig["value"] = float(parts[1]) if len(parts) > 1 else float(parts[0].replace("X", "0"))
    else:
        if len(parts) != 2:
            raise SystemExit(f"{where}: figure needs 'value unit': {rest!r}")
        fig["value"] = float(parts[0])
        fig["unit"] = parts[1]
    return surface.strip(), fig


def convert(
    sample: list[dict[str, Any]], blocks: dict[str, list[str]]
) -> tuple[list[dict[str, Any]], list[str]]:
    by_id = {r["id"]: r for r in sample}
    rows: list[dict[str, Any]] = []
    errors: list[str] = []
    for rid, lines in blocks.items():
        if rid not in by_id:
            raise SystemExit(f"{rid}: not in the sample")
        row = by_id[rid]
        text = row["text"]
        cursor = 0
        section = row["section"]
        ents: list[list[Any]] = []
        figs: list[dict[str, Any]] = []
        for line in lines:
            head, _, rest = line.partition(" ")
            where = f"{rid}: {line!r}"
            if head == "section":  # the annotator's reading of the article's section
                section = rest.strip()
                continue
            if head == "skip":  # an occurrence left unannotated before an annotated one
                pos = find(text, rest.strip(), cursor)
                if pos < 0:
                    raise SystemExit(f"{where}: not found after offset {cursor} in {text!r}")
                cursor = pos + len(rest.strip())
                continue
            if head in LABELS:
                surface, item = rest.strip(), None
            elif head in CATEGORIES:
                surface, item = _figure(head, rest, where)
            else:
                raise SystemExit(f"{where}: unknown label or category {head!r}")
            pos = find(text, surface, cursor)
            if pos < 0:
                raise SystemExit(f"{where}: not found after offset {cursor} in {text!r}")
            end = pos + len(surface)
            cursor = end
            if item is None:
                ents.append([pos, end, head])
            else:
                item = {"start": pos, "end": end, **item}
                approx = item["approx"]
                if approx and not re.search(re.escape(approx) + r"\s+$", text[:pos]):
                    errors.append(f"{where}: approx {approx!r} does not precede it")
                figs.append(item)
        for kind, spans in (
            ("entities", ents),
            ("figures", [[f["start"], f["end"]] for f in figs]),
        ):
            ordered = sorted((s, e) for s, e, *_ in spans)
            if any(b[0] < a[1] for a, b in itertools.pairwise(ordered)):
                errors.append(f"{rid}: overlapping {kind}")
        rows.append(
            {
                "id": rid,
                "domain": DOMAIN.get(section, "domestic"),
                "source": row["source"],
                "site": row["site"],
                "section": section,
                "text": text,
                "entities": ents,
                "figures": figs,
            }
        )
    return rows, errors


def review(rows: list[dict[str, Any]]) -> list[str]:
    """Surfaces annotated somewhere but not elsewhere, and numbers outside every figure."""
    notes: list[str] = []
    labelled: dict[str, str] = {}
    for row in rows:
        for s, e, label in row["entities"]:
            labelled.setdefault(row["text"][s:e], label)
    for row in rows:
        text = row["text"]
        covered = {(s, e) for s, e, _ in row["entities"]}
        inside = [(s, e) for s, e, _ in row["entities"]]
        for surface, label in labelled.items():
            pos = find(text, surface, 0)
            while pos >= 0:
                end = pos + len(surface)
                if (pos, end) not in covered and not any(s <= pos and end <= e for s, e in inside):
                    notes.append(f"{row['id']}: {surface!r} ({label} elsewhere) not annotated")
                pos = find(text, surface, end)
        fig_spans = [(f["start"], f["end"]) for f in row["figures"]]
        for m in re.finditer(r"\d+(?:[.,]\d+)*", text):
            if not any(s <= m.start() < e for s, e in fig_spans + inside):
                around = text[max(0, m.start() - 25) : m.end() + 15]
                notes.append(f"{row['id']}: number {m.group()!r} outside figures: …{around}…")
    return notes


def stats(rows: list[dict[str, Any]]) -> str:
    """Markdown tables of paragraphs, entities per label and figures per site and section."""

    def group(site: str) -> str:
        return site if site in ("dantri.com.vn", "vnexpress.net") else "other sites"

    head = "| {} | paragraphs | PER | ORG | LOC | MISC | entities | figures |\n|---|" + "---:|" * 7
    out: list[str] = []
    for title, key in (("site", lambda r: group(r["site"])), ("section", lambda r: r["section"])):
        out.append(head.format(title))
        keys = [*sorted({key(r) for r in rows}), "**all**"]
        for k in keys:
            part = rows if k == "**all**" else [r for r in rows if key(r) == k]
            labels = [e[2] for r in part for e in r["entities"]]
            cells = [len(part), *(labels.count(lb) for lb in LABELS), len(labels)]
            cells.append(sum(len(r["figures"]) for r in part))
            out.append(f"| {k} | " + " | ".join(str(c) for c in cells) + " |")
        out.append("")
    cats = [f["category"] for r in rows for f in r["figures"]]
    out.append(
        "Figures by category: "
        + ", ".join(f"{c} {cats.count(c)}" for c in sorted(set(cats), key=lambda c: -cats.count(c)))
        + "."
    )
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sample", type=Path, required=True)
    parser.add_argument(
        "--part",
        choices=(
            "dev",
            "test",
            "dev3",
            "dev4",
            "dev5",
            "dev6",
            "dev7",
            "dev8",
            "dev9",
            "dev10",
            "dev11",
            "dev12",
            "dev13",
            "dev14",
            "dev15",
            "dev16",
            "dev17",
            "dev18",
            "dev19",
            "dev20",
            "dev21",
            "dev22",
            "dev23",
            "dev24",
            "dev25",
            "dev26",
            "dev27",
            "dev28",
            "dev29",
            "dev30",
            "dev31",
            "dev32",
            "dev33",
            "dev34",
            "dev35",
            "dev36",
            "dev37",
            "dev38",
            "dev39",
            "dev40",
            "dev41",
            "dev42",
            "figs3",
            "figs4",
        ),
        required=True,
    )
    parser.add_argument("--review", action="store_true", help="list the review notes")
    parser.add_argument("--stats", action="store_true", help="print the README tables")
    args = parser.parse_args(argv)
    sample = [json.loads(x) for x in args.sample.read_text("utf-8").splitlines() if x.strip()]
    blocks = parse_blocks((DATA / f"realnews_{args.part}.ann").read_text("utf-8"))
    rows, errors = convert(sample, blocks)
    for e in errors:
        print("ERROR", e)
    if args.review:
        for note in review(rows):
            print("REVIEW", note)
    order = {r["id"]: k for k, r in enumerate(sample)}
    rows.sort(key=lambda r: order[r["id"]])
    out = DATA / f"realnews_{args.part}.jsonl"
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    print(f"{len(rows)} paragraphs → {out}")
    if args.stats:
        print(stats(rows))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
