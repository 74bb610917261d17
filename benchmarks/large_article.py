"""A very large article in the reader: time to its first screen, key latency while it is
analysed, memory, and how fast leaving it stops the analysis.

    python benchmarks/large_article.py [--mb 50] [--keys 20]

Two 50 MB articles (one of 500,000 short paragraphs, one single line), opened in the real
app (headless, 120×40) from the article list. Targets (issue 10): first screen ≤ 2 s, keys
answered while the analysis runs (printed: the slowest of --keys presses) and once it is
done (space, n, N: the slowest; waiting at most --analysis-wait for it), memory bounded
(the widgets mounted stay a window). Also printed: reading and cleaning a 19 MB file (the
size cap is 20 MB) and the analysis rate, for scale.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SENTENCE = (
    "Bộ trưởng Bùi Thanh Sơn tiếp Đại sứ Nhật Bản tại Hà Nội ngày 22/7, hai bên bàn hợp tác "
    "trị giá 4,7 tỷ USD trong năm 2021, tăng 12% so với năm trước."
)


def make_article(kind: str, megabytes: int):
    from vnreader.corpus import Article

    count = megabytes * 1024 * 1024 // len((SENTENCE + "\n").encode())
    if kind == "lines":
        paragraphs = tuple(f"{i}. {SENTENCE}" for i in range(count))
    else:
        paragraphs = (" ".join([SENTENCE] * count),)
    return Article(
        id=kind, path=Path(f"{kind}.txt"), title=f"50 MB ({kind})", paragraphs=paragraphs
    )


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


async def measure(article, keys: int, analysis_wait: float) -> dict[str, float]:
    from vnreader.config import Config
    from vnreader.store import AnnotationStore
    from vnreader.tui.app import VnreaderApp
    from vnreader.tui.screens.article_list import ArticleListScreen
    from vnreader.tui.screens.reader import ReaderScreen
    from vnreader.tui.widgets.body import Paragraph

    folder = Path(tempfile.mkdtemp(prefix="vnreader-large-"))
    os.environ["VNREADER_CONFIG_DIR"] = str(folder / "config")
    os.environ["VNREADER_DATA_DIR"] = str(folder / "data")
    store = AnnotationStore(folder / "db.json", author="bench")
    app = VnreaderApp(articles=[article], store=store, config=Config(author="bench"))
    out: dict[str, float] = {}
    async with app.run_test(size=(120, 40)) as pilot:
        while not isinstance(app.screen, ArticleListScreen) or app.workers:
            await pilot.pause(0.05)
        t0 = time.perf_counter()
        await pilot.press("enter")
        while not (
            isinstance(app.screen, ReaderScreen)
            and app.screen.query(Paragraph)
            and all(p.region.height for p in app.screen.query(Paragraph)[:1])
        ):
            await pilot.pause(0.01)
        await pilot.pause()
        out["first screen s"] = time.perf_counter() - t0
        screen = app.screen
        slowest = 0.0
        body = screen.body
        for i in range(keys):  # the time until the key has moved the text (or the window)
            before = (body.scroll_y, screen.window)
            t = time.perf_counter()
            app.simulate_key("space")
            while (body.scroll_y, screen.window) == before and time.perf_counter() - t < 30:
                await asyncio.sleep(0.002)
            slowest = max(slowest, time.perf_counter() - t)
            await asyncio.sleep(0.05)
            if os.environ.get("BENCH_DEBUG"):
                print(f"    key {i}: {time.perf_counter() - t:.2f} s", file=sys.stderr)
        out["slowest key s"] = slowest
        out["analysed %"] = 100 * (1.0 if screen.analysis is not None else screen.analysis_progress)
        t = time.perf_counter()  # then the keys once the analysis is done (its end is cheap)
        while screen.analysis is None and time.perf_counter() - t < analysis_wait:
            await asyncio.sleep(0.1)
        if screen.analysis is not None:
            out["analysis done after s"] = time.perf_counter() - t0
            out["highlights"] = len(screen.marks)
            await asyncio.sleep(0.05)
            slowest = 0.0
            for key in ("space", "space", "n", "n", "N", "space"):
                before = (body.scroll_y, screen.window, screen.focused_mark)
                t = time.perf_counter()
                app.simulate_key(key)
                while (body.scroll_y, screen.window, screen.focused_mark) == before and (
                    time.perf_counter() - t < 30
                ):
                    await asyncio.sleep(0.002)
                slowest = max(slowest, time.perf_counter() - t)
                await asyncio.sleep(0.05)
                if os.environ.get("BENCH_DEBUG"):
                    print(f"    {key}: {time.perf_counter() - t:.2f} s", file=sys.stderr)
            out["slowest key after analysis s"] = slowest
        out["widgets mounted"] = len(screen.query(Paragraph))
        out["blocks"] = len(screen.offsets)
        t = time.perf_counter()
        await pilot.press("q")
        await app.workers.wait_for_complete()
        out["stop analysis s"] = time.perf_counter() - t
        out["peak RSS MB"] = rss_mb()
    store.close()
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=int, default=50)
    parser.add_argument("--keys", type=int, default=20)
    parser.add_argument(
        "--analysis-wait", type=float, default=300, help="seconds to wait for the analysis"
    )
    args = parser.parse_args(argv)
    from vnreader.analysis import analyze
    from vnreader.corpus import read_article

    print(f"{'':32}{'measured':>12}  target")
    for kind in ("lines", "one-line"):
        t = time.perf_counter()
        article = make_article(kind, args.mb)
        built = time.perf_counter() - t
        print(f"{args.mb} MB article, {kind} ({len(article.paragraphs)} paragraphs, built in "
              f"{built:.1f} s)")  # fmt: skip
        for name, value in asyncio.run(measure(article, args.keys, args.analysis_wait)).items():
            target = {"first screen s": "≤ 2"}.get(name, "")
            if "key" in name:
                target = "responsive (< 0.5)"
            print(f"  {name:30}{value:12.2f}  {target}")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "big.txt"
        unit = (SENTENCE + " ").encode()
        path.write_bytes("Tiêu đề\n\n".encode() + unit * (19 * 1024 * 1024 // len(unit)))
        t = time.perf_counter()
        read_article(path)
        print(f"read and clean a 19 MB file      {time.perf_counter() - t:12.2f} s")
    text = (SENTENCE + " ") * 3000
    t = time.perf_counter()
    analyze(text)
    rate = len(text) / (time.perf_counter() - t) / 1e6
    print(f"analysis rate                    {rate:12.2f} M chars/s (in the background)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
