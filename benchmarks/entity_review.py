"""Silver review of the entity recogniser on unlabelled real news.

Runs :func:`vnreader.analysis.analyze` over a random sample of articles from ``/work/corpora``
(built by ``benchmarks/realnews_corpora.py``: ``vntc``, ``dantri-unc``, ``vims-news``, and with
``--vietnews N`` also N articles of ``vietnews``, the news of 2016-2019) and lists what it finds
most often, so that systematic errors — wrong spans that recur across
thousands of articles — stand out from one-off ones:

- the most frequent surfaces per label, with one context each;
- the most frequent first and last words of multi-word ORG, LOC and PER spans (an
  organisation cut after a common word ends in that word; one running into the next
  sentence starts or ends oddly);
- the words right before and right after ORG spans (a name cut short is followed by a
  capitalised or name-like word; a place before "tỉnh"/"thành phố" left outside);
- capitalised words that are never part of an entity, by frequency (missed names, or
  headings that rightly are none).

    python benchmarks/entity_review.py                  # 3,000 articles, top 40 of each list
    python benchmarks/entity_review.py -n 5000 --top 80 --label ORG
    python benchmarks/entity_review.py --grep "Ảnh"     # every span whose text contains "Ảnh"
    python benchmarks/entity_review.py -n 3000 --vietnews 6000   # and 6,000 articles of 2016-2019

vietnews is kept only word-segmented and joined back, so its text has token artefacts ("F -22",
"Kim Jong - un", a space before some marks): a wrong span caused by those is not the
recogniser's error on published text.

Nothing here is a score: it is a list to read. An article that holds a paragraph of a blind
set or of a set awaiting its first score (``FRESH`` in ``extraction.py``) is left out of the
sample, so that no list shows what the recogniser makes of it: compared by letters only
(``hidden_sets.py``), so that a copy in vietnews, spaced otherwise, is found too. Without the
corpora it says how to build them and exits 0.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import hidden_sets
from hidden_sets import Hidden

CORPORA = Path("/work/corpora")
FOLDERS = ("vntc", "dantri-unc", "vims-news")
VIETNEWS = "vietnews"  # 150,704 articles of 2016-2019: the title on the first line, the body after
WORD = re.compile(r"\w+")


def _draw(
    folder: str, count: int, rng: random.Random, hidden: Hidden, header: int
) -> list[tuple[str, str]]:
    """*count* article bodies of *folder* in a random order, dropping the first *header* lines
    of each and every article that a paragraph of a blind or fresh set was taken from or that
    holds one (compared by letters: vietnews is spaced otherwise)."""
    paths = sorted((CORPORA / folder).glob("*.txt"))
    rng.shuffle(paths)
    out: list[tuple[str, str]] = []
    for path in paths:
        if len(out) == count:
            break
        text = path.read_text("utf-8", errors="replace")
        if f"{folder}/{path.name}" in hidden.sources or hidden.holds(text):
            continue
        out.append((f"{folder}/{path.name}", "\n".join(text.splitlines()[header:])))
    return out


def sample_articles(n: int, seed: int, vietnews: int = 0) -> list[tuple[str, str]]:
    """*n* article bodies (path name, text), drawn evenly from the three corpora, then
    *vietnews* from vietnews, none that holds a paragraph of a blind or fresh set."""
    hidden = hidden_sets.load()
    per = max(n // len(FOLDERS), 1) if n else 0
    out: list[tuple[str, str]] = []
    rng = random.Random(seed)
    for folder in FOLDERS:
        # vntc has no URL/title/dateline header; the others have three lines of it
        out += _draw(folder, per, rng, hidden, 0 if folder == "vntc" else 3)
    if vietnews:
        # the title is the first line, a sentence of its own: kept, like vntc's
        out += _draw(VIETNEWS, vietnews, rng, hidden, 0)
    return out


def context(text: str, start: int, end: int, width: int = 35) -> str:
    left = text[max(start - width, 0) : start].replace("\n", "⏎")
    right = text[end : end + width].replace("\n", "⏎")
    return f"…{left}[{text[start:end]}]{right}…"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", type=int, default=3000, help="articles to read (default 3000)")
    parser.add_argument(
        "--vietnews",
        type=int,
        default=0,
        metavar="N",
        help="also N vietnews articles",
    )
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--top", type=int, default=40, help="rows per list")
    parser.add_argument("--label", choices=("PER", "ORG", "LOC", "MISC"), help="only this label")
    parser.add_argument("--grep", help="list every span whose text matches this regex")
    args = parser.parse_args(argv)

    if not all((CORPORA / f).is_dir() for f in FOLDERS):
        print(f"corpora missing in {CORPORA}: run `python benchmarks/realnews_corpora.py` first")
        return 0
    if args.vietnews and not (CORPORA / VIETNEWS).is_dir():
        print(f"{CORPORA / VIETNEWS} missing: run `python benchmarks/realnews_corpora.py` first")
        return 0
    from vnreader.analysis import analyze

    articles = sample_articles(args.n, args.seed, args.vietnews)
    surfaces: dict[str, Counter[str]] = defaultdict(Counter)
    firsts: dict[str, Counter[str]] = defaultdict(Counter)
    lasts: dict[str, Counter[str]] = defaultdict(Counter)
    before: Counter[str] = Counter()
    after: Counter[str] = Counter()
    uncovered: Counter[str] = Counter()
    example: dict[tuple[str, str, str], str] = {}
    grep = re.compile(args.grep) if args.grep else None
    grepped: list[str] = []
    t0 = time.process_time()
    size = 0
    for name, text in articles:
        size += len(text.encode("utf-8"))
        found = analyze(text)
        covered = bytearray(len(text))
        for e in found.entities:
            covered[e.start : e.end] = b"\1" * (e.end - e.start)
            if args.label and e.label != args.label:
                continue
            words = e.text.split()
            surfaces[e.label][e.text] += 1
            example.setdefault(("s", e.label, e.text), context(text, e.start, e.end))
            if grep is not None and grep.search(e.text):
                grepped.append(f"{e.label:4} {name}: {context(text, e.start, e.end)}")
            if len(words) > 1:
                firsts[e.label][words[0]] += 1
                lasts[e.label][words[-1]] += 1
                example.setdefault(("f", e.label, words[0]), context(text, e.start, e.end))
                example.setdefault(("l", e.label, words[-1]), context(text, e.start, e.end))
            if e.label == "ORG":
                prev = text[max(e.start - 20, 0) : e.start].split()
                nxt = text[e.end : e.end + 20].split()
                if prev:
                    before[prev[-1]] += 1
                    example.setdefault(("b", "ORG", prev[-1]), context(text, e.start, e.end))
                if nxt:
                    after[nxt[0]] += 1
                    example.setdefault(("a", "ORG", nxt[0]), context(text, e.start, e.end))
        for m in WORD.finditer(text):
            if not m.group()[0].isupper():
                continue
            if not covered[m.start()] and m.start() > 0 and text[m.start() - 1] == " ":
                prev = text[: m.start()].rstrip()[-1:]
                if prev and prev not in '.!?:\n"“(-–':  # not a sentence or line start
                    uncovered[m.group()] += 1
                    example.setdefault(("u", "", m.group()), context(text, m.start(), m.end()))
    cpu = time.process_time() - t0
    print(
        f"{len(articles)} articles ({size / 1e6:.1f} MB) read in {cpu:.1f} s CPU "
        f"({size / 1e6 / cpu:.2f} MB/s), seed {args.seed}\n"
    )
    if grep is not None:
        for line in grepped[: args.top * 5]:
            print(line)
        return 0

    def show(title: str, counter: Counter[str], kind: str, label: str) -> None:
        print(f"== {title}")
        for word, count in counter.most_common(args.top):
            print(f"  {count:6}  {word:30}  {example.get((kind, label, word), '')}")
        print()

    for label in ("ORG", "LOC", "PER", "MISC"):
        if args.label and label != args.label:
            continue
        show(f"{label}: most frequent surfaces", surfaces[label], "s", label)
        if label != "MISC":
            show(f"{label}: first words of multi-word spans", firsts[label], "f", label)
            show(f"{label}: last words of multi-word spans", lasts[label], "l", label)
    if not args.label or args.label == "ORG":
        show("word right before an ORG span", before, "b", "ORG")
        show("word right after an ORG span", after, "a", "ORG")
    if not args.label:
        show("capitalised words inside a sentence, in no entity", uncovered, "u", "")
    return 0


if __name__ == "__main__":
    sys.exit(main())
