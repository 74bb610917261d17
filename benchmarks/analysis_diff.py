"""Check that a change to the analysis leaves every result as it was.

Dumps the analysis (every entity and figure: offsets, text, label, key, value, unit, category,
approximation word, date) of the 1,500 real articles that ``benchmarks/extraction.py`` times
(from ``/work/corpora``, built by ``benchmarks/realnews_corpora.py``; left out with a message
when absent) and of every text in ``benchmarks/data/*.jsonl`` but the blind sets (the
held-out and real-news test parts: nobody reads their texts or results), one JSON line per
text; or compares the analysis of the code checked out now against such a dump and lists the
texts whose results differ.

    python benchmarks/analysis_diff.py --save /tmp/before.jsonl     # on the reference code
    python benchmarks/analysis_diff.py --against /tmp/before.jsonl  # on the changed code

Exits 1 when a result differs (or the texts are not the same ones), 0 when none does. An
article that holds a paragraph of a blind set (``BLIND`` in ``extraction.py``: the held-out
and real-news test parts) or of a set awaiting its first score (``FRESH``) is compared but its
differences are not listed, so that nobody reads the recogniser's results on those sets (the
paragraphs are compared by their letters only: ``hidden_sets.py``). ``real_articles`` already
leaves such articles out of its draw; the check stays for the dumps and sets it does not draw.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
import hidden_sets
from extraction import BLIND, CORPORA, FRESH, REAL_ARTICLES, real_articles
from hidden_sets import Hidden

DATA = Path(__file__).parent / "data"
SHOWN = 10  # differences listed in full


def texts() -> Iterator[tuple[str, str]]:
    """(name, text) of every text compared: the labelled sets' but the blind ones (whose texts
    and results nobody should read) and the fresh ones (not scored yet), then the real
    articles'."""
    for path in sorted(DATA.glob("*.jsonl")):
        if path.name in BLIND or path.name in FRESH:
            continue
        for i, line in enumerate(path.read_text("utf-8").splitlines()):
            if line.strip():
                yield f"{path.name}:{i + 1}", json.loads(line)["text"]
    articles = real_articles()
    if len(articles) < REAL_ARTICLES:
        print(f"real articles: only {len(articles)} in {CORPORA} — left out", file=sys.stderr)
        return
    for i, text in enumerate(articles):
        yield f"article {i}", text


def hidden_keys() -> Hidden:
    """The letter keys of the paragraphs of the blind sets and of the sets awaiting their
    first score (``hidden_sets.py``): the articles they were drawn from may be among the real
    articles compared, whose differences must then not be listed (the texts are only compared,
    never shown)."""
    return hidden_sets.load(DATA, (*BLIND, *FRESH))


def dump(name: str, text: str) -> dict[str, Any]:
    from vnreader.analysis import analyze

    found = analyze(text)
    return {
        "name": name,
        "size": len(text),
        "entities": [[e.start, e.end, e.text, e.label, e.key] for e in found.entities],
        "figures": [
            [f.start, f.end, f.text, f.value, f.unit, f.category, f.approx, f.date]
            for f in found.figures
        ],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--save", type=Path, help="write the analysis of every text here")
    group.add_argument("--against", type=Path, help="compare with a dump written by --save")
    args = parser.parse_args(argv)

    if args.save is not None:
        with args.save.open("w", encoding="utf-8") as out:
            n = 0
            for name, text in texts():
                out.write(json.dumps(dump(name, text), ensure_ascii=False) + "\n")
                n += 1
        print(f"{n} texts analysed, written to {args.save}")
        return 0

    if not args.against.exists():
        print(f"no dump at {args.against} (write one with --save)", file=sys.stderr)
        return 2
    saved = [json.loads(x) for x in args.against.read_text("utf-8").splitlines() if x.strip()]
    keys = hidden_keys()
    current: list[dict[str, Any]] = []
    hidden: set[str] = set()  # texts holding a fresh paragraph: compared, never listed
    for name, text in texts():
        current.append(dump(name, text))
        if keys.holds(text):
            hidden.add(name)
    if [(r["name"], r["size"]) for r in saved] != [(r["name"], r["size"]) for r in current]:
        print(f"the texts are not those of {args.against}: re-dump with the reference code")
        return 1
    differ = [(old, new) for old, new in zip(saved, current, strict=True) if old != new]
    for old, new in differ[:SHOWN]:
        if old["name"] in hidden:
            print(
                f"{old['name']}: differs (not listed: it holds a paragraph of a blind or fresh set)"
            )
            continue
        print(f"{old['name']}:")
        for kind in ("entities", "figures"):
            before = {json.dumps(x, ensure_ascii=False) for x in old[kind]}
            after = {json.dumps(x, ensure_ascii=False) for x in new[kind]}
            for x in sorted(before - after):
                print(f"  - {kind[:-1]} {x}")
            for x in sorted(after - before):
                print(f"  + {kind[:-1]} {x}")
    print(f"{len(current)} texts compared, {len(differ)} differ")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
