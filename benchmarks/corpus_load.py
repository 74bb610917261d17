"""Benchmark: how fast a corpus of scraped pages loads (read + sanitise + clean).

Generates N article files in a temporary folder by varying the bundled seeds (digits
permuted, body paragraphs shuffled, page furniture added or dropped, some files glued into
one line, some saved as UTF-16 or Windows-1258), then times :func:`load_corpus` and
checks how many variants clean to the same paragraphs as their seed.

    python benchmarks/corpus_load.py [--files 2000] [--repeat 3] [--seed 0]
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
import unicodedata
from pathlib import Path

from vnreader.corpus import Article, load_corpus, read_article
from vnreader.locations import bundled_seeds

TOP_JUNK = ["• Zalo", "Nhỏ Bình thường Lớn", "Chia sẻ Facebook Zalo", "Thế giới > Châu Á"]
BOTTOM_JUNK = ["Bình luận", "vtcnews.vn", "Tin/ảnh: Minh Anh", "Theo TTXVN", "Lan Hương"]
TONES = "\u0300\u0301\u0303\u0309\u0323"


def cp1258(text: str) -> bytes:
    out = []
    for ch in text:
        parts = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in TONES))
        out.append(base + "".join(c for c in parts if c in TONES))
    return "".join(out).encode("cp1258", errors="replace")


def variant(text: str, title: str, rng: random.Random) -> bytes:
    digits = list("0123456789")
    rng.shuffle(digits)  # one digit mapping per file, so repeated lines stay repeated
    table = str.maketrans("0123456789", "".join(digits))
    lines = [  # new figures in the paragraphs; datelines and short lines keep theirs
        line.translate(table) if len(line.split()) >= 12 else line
        for line in text.split("\n")
        if line.strip()
    ]
    title = title.translate(table) if len(title.split()) >= 12 else title
    cut = next((i + 1 for i, line in enumerate(lines) if line.strip() == title), 1)
    head, body = lines[:cut], lines[cut:]  # the title and what is above it stay in place
    if rng.random() < 0.5:  # shuffle the plain paragraphs; furniture, captions, teasers stay
        slots = [
            i
            for i, line in enumerate(body)
            if len(line.split()) >= 12
            and line.endswith(".")
            and not line.endswith("...")
            and line not in body[max(0, i - 1) : i]
            and line not in body[i + 1 : i + 2]
        ]
        moved = [body[i] for i in slots]
        rng.shuffle(moved)
        for i, line in zip(slots, moved, strict=True):
            body[i] = line
    if rng.random() < 0.5:
        head = [rng.choice(TOP_JUNK), *head]
    if rng.random() < 0.5:
        body.append(rng.choice(BOTTOM_JUNK))
    sep = rng.choice(["\n", "\n\n", "\r\n"])
    glued = rng.random() < 0.1  # paragraph breaks lost: one long line
    out = sep.join([*head, "".join(body)] if glued else head + body)
    roll = rng.random()
    if roll < 0.05:
        return out.encode("utf-16")
    if roll < 0.10:
        return cp1258(out)
    return out.encode("utf-8")


def generate(folder: Path, count: int, seed: int) -> int:
    rng = random.Random(seed)
    paths = sorted(bundled_seeds().glob("*.txt"))
    seeds = [(p.read_text(encoding="utf-8"), read_article(p).title) for p in paths]
    total = 0
    for i in range(count):
        text, title = seeds[i % len(seeds)]
        data = variant(text, title, rng)
        sub = folder / f"{i // 500:03d}"
        sub.mkdir(exist_ok=True)
        (sub / f"article_{i:06d}.txt").write_bytes(data)
        total += len(data)
    return total


def _key(text: str) -> str:
    return "".join(ch for ch in text if not ch.isdigit())  # digits were permuted


def agreement(articles: list[Article]) -> float:
    """Share of variants whose cleaned paragraphs (as a set) equal their seed's."""
    seeds = {_key(a.title): a for a in (read_article(p) for p in bundled_seeds().glob("*.txt"))}
    same = 0
    for article in articles:
        seed = seeds.get(_key(article.title))
        if seed and {_key(p) for p in seed.paragraphs} == {_key(p) for p in article.paragraphs}:
            same += 1
    return same / max(1, len(articles))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="vnreader-bench-") as tmp:
        folder = Path(tmp)
        size = generate(folder, args.files, args.seed)
        times, cpu = [], []
        for _ in range(args.repeat):
            start, start_cpu = time.perf_counter(), time.process_time()
            load = load_corpus(folder)
            times.append(time.perf_counter() - start)
            cpu.append(time.process_time() - start_cpu)
        best, median = min(times), statistics.median(times)
        paragraphs = sum(len(a.paragraphs) for a in load.articles)
        removed = sum(len(a.removed) for a in load.articles)
        print(f"files: {args.files}  size: {size / 1e6:.1f} MB  runs: {args.repeat}")
        print(f"articles: {len(load.articles)}  problems: {len(load.problems)}")
        print(f"paragraphs: {paragraphs}  removed lines: {removed}")
        print(f"wall best: {best:.2f} s  median: {median:.2f} s  CPU best: {min(cpu):.2f} s")
        print(f"throughput (best): {args.files / best:,.0f} files/s  {size / 1e6 / best:.1f} MB/s")
        same = agreement(load.articles)
        print(f"same paragraphs as the seed they vary: {same:.1%} (glued pages lose some)")
        for problem in load.problems[:5]:
            print("problem:", problem)


if __name__ == "__main__":
    main()
