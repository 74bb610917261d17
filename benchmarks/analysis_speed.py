"""Speed of the analysis on the 1,500 real articles that ``benchmarks/extraction.py`` times.

CPU time of this process (``time.process_time``: the analysis runs on one core), best of
*N* passes after a first warm-up call, so that other work on a shared machine disturbs the
figure less; printed in MB/s of UTF-8 text next to issue 9's target. The articles come from
``/work/corpora`` (built by ``benchmarks/realnews_corpora.py``); without them the script says
so and exits 0. ``--profile`` runs one more pass under cProfile and prints the functions that
take the most time. ``--baseline TREE`` times the analysis of another source tree too (a
checkout or a ``git archive`` of main: the directory holding its ``vnreader``), each pass in a
fresh interpreter, the two trees alternating, so that both see the same load.

    python benchmarks/analysis_speed.py [--passes 5] [--profile] [--top 30]
    git archive main vnreader | tar -x -C /tmp/base
    python benchmarks/analysis_speed.py --baseline /tmp/base
    python benchmarks/analysis_speed.py --wheel

``--wheel`` builds this tree's wheel, as ``pip install .`` does (the analysis compiled by
mypyc, ``hatch_build.py``; a few minutes), unpacks it in a temporary directory and times it
against this tree's pure-Python source, alternating in the same way: the speed users get.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from extraction import CORPORA, REAL_ARTICLES, real_articles, throughput

TARGET_MBPS = 2.0  # issue 9: ≥ 2 MB/s of UTF-8 text per core on real articles
ROOT = Path(__file__).resolve().parent.parent


def one_pass() -> float:
    """CPU seconds of one pass over the articles, after a warm-up pass (as the best of
    several passes in one process, its caches are filled)."""
    from vnreader.analysis import analyze

    articles = real_articles()
    for text in articles:
        analyze(text)
    start = time.process_time()
    for text in articles:
        analyze(text)
    return time.process_time() - start


def pass_in(tree: Path) -> float:
    """:func:`one_pass` in a fresh interpreter that imports ``vnreader`` from *tree* (``-S``:
    no site packages, so no installed copy of vnreader; the analysis needs none)."""
    env = {**os.environ, "PYTHONPATH": str(tree)}
    out = subprocess.run(
        [sys.executable, "-S", __file__, "--one-pass"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return float(out.stdout.split()[-1])


def compare(trees: dict[str, Path], passes: int, size: int) -> None:
    """Best of *passes* of each of the two *trees* (name → tree), alternating, each pass in a
    fresh process; then the first's time as a share of the second's."""
    best = dict.fromkeys(trees, float("inf"))
    for _ in range(passes):
        for name, tree in trees.items():
            best[name] = min(best[name], pass_in(tree))
    width = max(map(len, trees))
    for name, seconds in best.items():
        print(f"  {name:{width}s}: {seconds:.3f} s CPU, {size / seconds / 1e6:.2f} MB/s")
    first, second = trees
    print(f"  {first} takes {best[first] / best[second]:.1%} of the {second}'s time")


def built_wheel(into: Path) -> Path:
    """Build this tree's wheel in *into* (``pip wheel``: the analysis compiled, as ``pip
    install .`` does) and unpack it; return the unpacked tree."""
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(into), str(ROOT)],
        check=True,
    )
    tree = into / "tree"
    with zipfile.ZipFile(next(into.glob("vnreader-*.whl"))) as wheel:
        wheel.extractall(tree)
    return tree


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--passes", type=int, default=5, help="best of this many (default 5)")
    parser.add_argument("--profile", action="store_true", help="print a cProfile of one pass")
    parser.add_argument("--top", type=int, default=30, help="functions listed by --profile")
    parser.add_argument(
        "--sort", default="tottime", help="cProfile sort key for --profile (default tottime)"
    )
    parser.add_argument("--baseline", type=Path, help="also time the vnreader in this tree")
    parser.add_argument(
        "--wheel", action="store_true", help="time this tree's compiled wheel against its source"
    )
    parser.add_argument("--one-pass", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one_pass:
        print(one_pass())
        return 0

    articles = real_articles()
    if len(articles) < REAL_ARTICLES:
        print(
            f"only {len(articles)} real articles in {CORPORA}; run benchmarks/realnews_corpora.py"
            " (it says how to get the corpora) — skipped"
        )
        return 0
    from vnreader.analysis import analyze

    analyze(articles[0])  # loads the gazetteer and compiles the patterns
    size = sum(len(t.encode("utf-8")) for t in articles)
    cps, mbps = throughput(analyze, articles, passes=args.passes)
    print(
        f"{len(articles):,} real articles ({size / 1e6:.2f} MB UTF-8): {cps:,.0f} chars/s,"
        f" {mbps:.2f} MB/s (CPU time, one core, best of {args.passes})   target"
        f" ≥ {TARGET_MBPS:g} MB/s"
    )
    if args.baseline is not None:
        if not (args.baseline / "vnreader" / "analysis").is_dir():
            print(f"no vnreader/analysis in {args.baseline}", file=sys.stderr)
            return 2
        print(f"alternating with {args.baseline}, best of {args.passes}, a process per pass:")
        compare({"this tree": ROOT, "baseline": args.baseline}, args.passes, size)
    if args.wheel:
        with tempfile.TemporaryDirectory(prefix="vnreader-wheel-") as tmp:
            print("building this tree's wheel (the analysis compiled by mypyc) …", flush=True)
            tree = built_wheel(Path(tmp))
            compiled = sorted(tree.glob("vnreader/analysis/*.so")) + sorted(
                tree.glob("vnreader/analysis/*.pyd")
            )
            print(
                f"{len(compiled)} compiled analysis modules; alternating with this tree's"
                f" source, best of {args.passes}, a process per pass:"
            )
            compare({"wheel": tree, "source": ROOT}, args.passes, size)
    if args.profile:
        profile = cProfile.Profile()
        profile.enable()
        for text in articles:
            analyze(text)
        profile.disable()
        out = io.StringIO()
        pstats.Stats(profile, stream=out).sort_stats(args.sort).print_stats(args.top)
        print(out.getvalue())
    return 0


if __name__ == "__main__":
    sys.exit(main())
