"""Speed of the analysis on the 1,500 real articles that ``benchmarks/extraction.py`` times.

CPU time of this process (``time.process_time``: the analysis runs on one core), best of
*N* passes after a first warm-up call, so that other work on a shared machine disturbs the
figure less; printed in MB/s of UTF-8 text next to issue 9's target. The articles come from
``/work/corpora`` (built by ``benchmarks/realnews_corpora.py``); without them the script says
so and exits 0. ``--profile`` runs one more pass under cProfile and prints the functions that
take the most time.

    python benchmarks/analysis_speed.py [--passes 5] [--profile] [--top 30]
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from extraction import CORPORA, REAL_ARTICLES, real_articles, throughput

TARGET_MBPS = 2.0  # issue 9: ≥ 2 MB/s of UTF-8 text per core on real articles


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--passes", type=int, default=5, help="best of this many (default 5)")
    parser.add_argument("--profile", action="store_true", help="print a cProfile of one pass")
    parser.add_argument("--top", type=int, default=30, help="functions listed by --profile")
    parser.add_argument(
        "--sort", default="tottime", help="cProfile sort key for --profile (default tottime)"
    )
    args = parser.parse_args(argv)

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
