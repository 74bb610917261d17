"""Extraction benchmark: vnreader's entities and figures against the hand-annotated gold sets.

The sets of ``benchmarks/data/`` listed in ``SETS`` are scored: ``gold.jsonl`` (the seeds and
written passages the recogniser was built on), ``dev2.jsonl`` (a second development set),
``heldout.jsonl`` (a blind set written after the recogniser), ``realnews_dev.jsonl`` and
``realnews_dev3.jsonl`` to ``realnews_dev42.jsonl`` (real
paragraphs from news sites), ``realnews_test.jsonl`` (the blind real-news test part) and
``realnews_figs3.jsonl`` and ``realnews_figs4.jsonl`` (figure-rich real paragraphs, figures
only: their entities are not scored). The errors of the blind sets (``BLIND``) are never
listed, so they stay blind. A set awaiting its first score (``FRESH``: empty between two
fresh sets) is not scored by the default run: nothing runs the recogniser on it
until its first score is taken with ``--gold`` on the set itself, and then it joins ``SETS``
as a development set. Scores per entity label and micro-averaged (exact span and
label; and any overlap with the same label), per site and section (real news) or domain, figure
spans (exact; and with a leading "ngày" not counted) and the share of matched figures whose
value, unit and date are right; throughput on one core on the texts above and on 1,500 real
articles from ``/work/corpora`` (built by ``benchmarks/realnews_corpora.py``; skipped with a
message when absent), and load time; then underthesea's ``ner`` as a baseline (entities only)
when it is installed. It ends with the table of issue 9 (held-out against real test) filled from
the same run.

    python benchmarks/extraction.py            # the table
    python benchmarks/extraction.py --errors   # also every miss and false positive

underthesea is not a dependency of vnreader; install it in a separate environment:
``python3 -m venv .venv-bench && .venv-bench/bin/pip install -e '.[bench]'`` and run
this script with that interpreter.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import re
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

GOLD = Path(__file__).parent / "data" / "gold.jsonl"
CORPORA = Path("/work/corpora")
REAL_FOLDERS = ("dantri-unc", "vims-news")  # the corpora the real articles are drawn from
REAL_ARTICLES = 1500
BLIND = ("heldout.jsonl", "realnews_test.jsonl")
# labelled sets awaiting their first score: nothing runs the recogniser on them until it is
# taken (`--gold` on the set itself); then they move to SETS as development sets
FRESH: tuple[str, ...] = ()
LABELS = ("PER", "ORG", "LOC", "MISC")
THROUGHPUT_BYTES = 2_000_000
BASELINE_BYTES = 60_000  # underthesea is slow: time it on a prefix of the repeated texts
TARGETS = {
    "entities micro-F1": "≥ 0.90",
    "figures F1": "≥ 0.97",
    "figure values/units right": "≥ 98%",
    "throughput": "≥ 2 MB/s, ≥ 100× baseline",
    "import": "≤ 0.3 s",
}

Span = tuple[int, int, str]


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def load_gold(path: Path) -> list[dict[str, Any]]:
    rows = []
    for line in path.read_text("utf-8").splitlines():
        if line.strip():
            rows.append(json.loads(line))
    return rows


def score_entities(
    rows: list[dict[str, Any]], predicted: list[list[Span]]
) -> tuple[dict[str, Score], list[str]]:
    scores = {label: Score() for label in LABELS}
    errors: list[str] = []
    for row, pred in zip(rows, predicted, strict=True):
        gold = Counter(tuple(e) for e in row["entities"])
        got = Counter(pred)
        text = row["text"]
        for span in gold | got:
            label = span[2]
            score = scores.setdefault(label, Score())
            tp = min(gold[span], got[span])
            score.tp += tp
            score.fn += gold[span] - tp
            score.fp += got[span] - tp
            s, e = span[0], span[1]
            if gold[span] > tp:
                errors.append(f"MISS {row['id']} {label:4} {text[s:e]!r}  …{_context(text, s, e)}…")
            if got[span] > tp:
                errors.append(f"FP   {row['id']} {label:4} {text[s:e]!r}  …{_context(text, s, e)}…")
    return scores, errors


@dataclass
class Rates:
    """Precision and recall counted on different sides (any-overlap matching)."""

    precision: float
    recall: float

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def score_overlap(rows: list[dict[str, Any]], predicted: list[list[Span]]) -> Rates:
    """Entities matched by any overlap with the same label: recall counts gold spans that a
    prediction with their label overlaps, precision counts predictions that overlap a gold
    span with theirs."""
    found = gold_total = hit = pred_total = 0
    for row, pred in zip(rows, predicted, strict=True):
        gold = [tuple(e) for e in row["entities"]]
        gold_total += len(gold)
        pred_total += len(pred)
        found += sum(1 for g in gold if any(_overlap(g, p) for p in pred))
        hit += sum(1 for p in pred if any(_overlap(g, p) for g in gold))
    return Rates(hit / pred_total if pred_total else 0.0, found / gold_total if gold_total else 0.0)


def _overlap(a: tuple[Any, ...], b: tuple[Any, ...]) -> bool:
    return a[2] == b[2] and a[0] < b[1] and b[0] < a[1]


_DAY_WORD = re.compile(r"(?:ngày|Ngày)\s+")


def _without_day_word(text: str, start: int, end: int) -> tuple[int, int]:
    """A date span with a leading "ngày" left out ("ngày 26/1" and "26/1" then match)."""
    m = _DAY_WORD.match(text, start)
    return (m.end(), end) if m and m.end() < end else (start, end)


def score_figures_relaxed(rows: list[dict[str, Any]], predicted: list[list[Any]]) -> Score:
    """Figure spans where "ngày 26/1" and "26/1" count as the same date."""
    score = Score()
    for row, figures in zip(rows, predicted, strict=True):
        text = row["text"]
        gold = {_without_day_word(text, f["start"], f["end"]) for f in row["figures"]}
        got = {_without_day_word(text, f.start, f.end) for f in figures}
        score.tp += len(gold & got)
        score.fn += len(gold - got)
        score.fp += len(got - gold)
    return score


def _context(text: str, s: int, e: int, width: int = 40) -> str:
    return (text[max(0, s - width) : s] + "[" + text[s:e] + "]" + text[e : e + width]).replace(
        "\n", " "
    )


def micro(scores: dict[str, Score]) -> Score:
    total = Score()
    for s in scores.values():
        total.tp += s.tp
        total.fp += s.fp
        total.fn += s.fn
    return total


def score_figures(
    rows: list[dict[str, Any]], predicted: list[list[Any]]
) -> tuple[Score, int, int, list[str]]:
    score = Score()
    right = matched = 0
    errors: list[str] = []
    for row, figures in zip(rows, predicted, strict=True):
        text = row["text"]
        gold = {(f["start"], f["end"]): f for f in row["figures"]}
        got = {(f.start, f.end): f for f in figures}
        for span, g in gold.items():
            f = got.get(span)
            if f is None:
                score.fn += 1
                errors.append(f"MISS {row['id']} figure {text[span[0] : span[1]]!r}")
                continue
            score.tp += 1
            matched += 1
            if _figure_right(g, f):
                right += 1
            else:
                errors.append(
                    f"VALUE {row['id']} {text[span[0] : span[1]]!r}: gold "
                    f"{g['value']} {g['unit']} {g.get('date')}, got {f.value} {f.unit} {f.date}"
                )
        for span in got.keys() - gold.keys():
            score.fp += 1
            errors.append(f"FP   {row['id']} figure {text[span[0] : span[1]]!r}")
    return score, right, matched, errors


def _figure_right(gold: dict[str, Any], got: Any) -> bool:
    if (gold["category"] == "date" or gold.get("date")) and gold.get("date") != got.date:
        return False
    gv, fv = gold.get("value"), got.value
    if (gv is None) != (fv is None):
        return False
    if gv is not None and not math.isclose(gv, fv, rel_tol=1e-9):
        return False
    return bool(gold.get("unit") == got.unit)


def repeated(texts: list[str], min_bytes: int) -> list[str]:
    out: list[str] = []
    size = 0
    while size < min_bytes:
        for t in texts:
            out.append(t)
            size += len(t.encode("utf-8"))
            if size >= min_bytes:
                break
    return out


def throughput(
    run: Callable[[str], object], texts: Iterable[str], passes: int = 3
) -> tuple[float, float]:
    """Characters per second and MB (UTF-8) per second of *run* over *texts*.

    Timed in CPU time of this process (one core: the analysis is single-threaded), best of
    *passes*, so that other work on a shared machine does not distort the figure.
    """
    items = list(texts)
    chars = sum(len(t) for t in items)
    size = sum(len(t.encode("utf-8")) for t in items)
    best = math.inf
    for _ in range(passes):
        start = time.process_time()
        for t in items:
            run(t)
        best = min(best, time.process_time() - start)
    best = max(best, 1e-9)
    return chars / best, size / best / 1e6


def load_time(code_import: str, code_call: str) -> tuple[float, float] | str:
    """Seconds to import and to import + make the first call, in a fresh interpreter."""
    program = (
        "import time\n"
        "t0 = time.perf_counter()\n"
        f"{code_import}\n"
        "t1 = time.perf_counter()\n"
        f"{code_call}\n"
        "t2 = time.perf_counter()\n"
        "print(t1 - t0, t2 - t0)\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, timeout=600
    )
    if proc.returncode != 0:
        return proc.stderr.strip().splitlines()[-1] if proc.stderr.strip() else "failed"
    first, total = proc.stdout.split()
    return float(first), float(total)


def underthesea_spans(text: str, tagged: list[tuple[str, ...]]) -> list[Span]:
    """Map underthesea's BIO-tagged words back to character spans of *text*."""
    spans: list[Span] = []
    cursor = 0
    current: list[Any] | None = None
    for item in tagged:
        word, tag = item[0], item[-1]
        pos = text.find(word, cursor)
        if pos < 0:  # underthesea changed the word (spacing): skip it, close the span
            if current:
                spans.append(tuple(current))  # type: ignore[arg-type]
            current = None
            continue
        start, end = pos, pos + len(word)
        cursor = end
        if tag.startswith("B-") or (
            tag.startswith("I-") and (not current or current[2] != tag[2:])
        ):
            if current:
                spans.append(tuple(current))  # type: ignore[arg-type]
            current = [start, end, tag[2:]]
        elif tag.startswith("I-") and current:
            current[1] = end
        else:
            if current:
                spans.append(tuple(current))  # type: ignore[arg-type]
            current = None
    if current:
        spans.append(tuple(current))  # type: ignore[arg-type]
    return spans


def fmt(x: float) -> str:
    return f"{x:.3f}"


def print_entity_table(title: str, scores: dict[str, Score]) -> None:
    print(f"\n{title}")
    print(f"  {'label':<6} {'P':>6} {'R':>6} {'F1':>6} {'gold':>5} {'pred':>5}")
    for label in (*LABELS, *sorted(set(scores) - set(LABELS))):
        s = scores.get(label, Score())
        print(
            f"  {label:<6} {fmt(s.precision):>6} {fmt(s.recall):>6} {fmt(s.f1):>6}"
            f" {s.tp + s.fn:>5} {s.tp + s.fp:>5}"
        )
    m = micro(scores)
    print(
        f"  {'micro':<6} {fmt(m.precision):>6} {fmt(m.recall):>6} {fmt(m.f1):>6}"
        f" {m.tp + m.fn:>5} {m.tp + m.fp:>5}   target {TARGETS['entities micro-F1']}"
    )


def site_group(site: str) -> str:
    return site if site in ("dantri.com.vn", "vnexpress.net") else "other sites"


def print_subsets(
    rows: list[dict[str, Any]], predicted: list[list[Span]], figures: list[list[Any]]
) -> None:
    """Entity micro-F1 and figure F1 per group of texts: per site and section for real news;
    otherwise the seeds (the recogniser was developed on them) apart, and per domain."""
    groups: dict[str, list[int]] = {}
    for k, row in enumerate(rows):
        if "site" in row:
            groups.setdefault(f"site {site_group(row['site'])}", []).append(k)
            groups.setdefault(f"  section {row['section']}", []).append(k)
            continue
        group = "seed texts" if str(row.get("id", "")).startswith("seed-") else "other texts"
        groups.setdefault(group, []).append(k)
        groups.setdefault(f"  {row.get('domain', '?')}", []).append(k)
    for name, idx in sorted(groups.items(), key=lambda kv: (kv[0].startswith(" "), kv[0])):
        part = [rows[k] for k in idx]
        scores, _ = score_entities(part, [predicted[k] for k in idx])
        m = micro(scores)
        fig, *_ = score_figures(part, [figures[k] for k in idx])
        print(
            f"  {name:<24} entities micro-F1 {fmt(m.f1)} ({m.tp + m.fn:>3} gold)"
            f"   figures F1 {fmt(fig.f1)} ({fig.tp + fig.fn:>3} gold)   {len(idx)} texts"
        )


SETS = (
    ("gold.jsonl", "development set (the recogniser was built on it)"),
    ("dev2.jsonl", "development set 2"),
    ("heldout.jsonl", "BLIND held-out set (never used for tuning)"),
    ("realnews_dev.jsonl", "real-news development set"),
    ("realnews_dev3.jsonl", "real-news development set 3 (fresh sample)"),
    ("realnews_dev4.jsonl", "real-news development set 4 (fresh sample, nine sections)"),
    ("realnews_dev5.jsonl", "real-news development set 5 (fresh sample, nine sections)"),
    ("realnews_dev6.jsonl", "real-news development set 6 (fresh sample, rich in organisations)"),
    ("realnews_dev7.jsonl", "real-news development set 7 (fresh sample)"),
    ("realnews_dev8.jsonl", "real-news development set 8 (fresh sample, weighted like the check)"),
    ("realnews_dev9.jsonl", "real-news development set 9 (fresh sample, weighted like the check)"),
    ("realnews_dev10.jsonl", "real-news development set 10 (fresh sample, weighted as set 8)"),
    ("realnews_dev11.jsonl", "real-news development set 11 (fresh sample, weighted as set 8)"),
    ("realnews_dev12.jsonl", "real-news development set 12 (fresh sample, weighted as set 8)"),
    ("realnews_dev13.jsonl", "real-news development set 13 (labelled blind, weighted as set 11)"),
    ("realnews_dev14.jsonl", "real-news development set 14 (labelled blind, weighted as set 11)"),
    ("realnews_dev15.jsonl", "real-news development set 15 (labelled blind, weighted as set 11)"),
    ("realnews_dev16.jsonl", "real-news development set 16 (labelled blind, weighted as set 11)"),
    ("realnews_dev17.jsonl", "real-news development set 17 (labelled blind, weighted as set 11)"),
    ("realnews_dev18.jsonl", "real-news development set 18 (labelled blind, weighted as set 11)"),
    ("realnews_dev19.jsonl", "real-news development set 19 (labelled blind, weighted as set 11)"),
    ("realnews_dev20.jsonl", "real-news development set 20 (labelled blind, weighted as set 11)"),
    ("realnews_dev21.jsonl", "real-news development set 21 (labelled blind, weighted as set 11)"),
    ("realnews_dev22.jsonl", "real-news development set 22 (labelled blind, weighted as set 11)"),
    ("realnews_dev23.jsonl", "real-news development set 23 (labelled blind, weighted as set 11)"),
    ("realnews_dev24.jsonl", "real-news development set 24 (labelled blind, weighted as set 11)"),
    ("realnews_dev25.jsonl", "real-news development set 25 (labelled blind, weighted as set 11)"),
    ("realnews_dev26.jsonl", "real-news development set 26 (labelled blind, weighted as set 11)"),
    ("realnews_dev27.jsonl", "real-news development set 27 (labelled blind, weighted as set 11)"),
    ("realnews_dev28.jsonl", "real-news development set 28 (labelled blind, weighted as set 11)"),
    ("realnews_dev29.jsonl", "real-news development set 29 (labelled blind, weighted as set 11)"),
    ("realnews_dev30.jsonl", "real-news development set 30 (labelled blind, weighted as set 11)"),
    ("realnews_dev31.jsonl", "real-news development set 31 (labelled blind, weighted as set 11)"),
    ("realnews_dev32.jsonl", "real-news development set 32 (labelled blind, weighted as set 11)"),
    ("realnews_dev33.jsonl", "real-news development set 33 (labelled blind, weighted as set 11)"),
    ("realnews_dev34.jsonl", "real-news development set 34 (labelled blind, weighted as set 11)"),
    ("realnews_dev35.jsonl", "real-news development set 35 (labelled blind, weighted as set 11)"),
    ("realnews_dev36.jsonl", "real-news development set 36 (labelled blind, weighted as set 11)"),
    ("realnews_dev37.jsonl", "real-news development set 37 (labelled blind, weighted as set 11)"),
    ("realnews_dev38.jsonl", "real-news development set 38 (labelled blind, weighted as set 11)"),
    ("realnews_dev39.jsonl", "real-news development set 39 (labelled blind, weighted as set 11)"),
    ("realnews_dev40.jsonl", "real-news development set 40 (labelled blind, weighted as set 11)"),
    ("realnews_dev41.jsonl", "real-news development set 41 (labelled blind, weighted as set 11)"),
    ("realnews_dev42.jsonl", "real-news development set 42 (labelled blind, weighted as set 11)"),
    ("realnews_test.jsonl", "real-news TEST set (BLIND: never used for tuning)"),
    ("realnews_figs3.jsonl", "real-news figure set 3 (development; figures only)"),
    ("realnews_figs4.jsonl", "real-news figure set 4 (fresh development sample; figures only)"),
)
# sets whose entities are not annotated: only their figures are scored
FIGURES_ONLY = ("realnews_figs3.jsonl", "realnews_figs4.jsonl")


def accuracy(
    path: Path, label: str, errors: bool
) -> tuple[list[dict[str, Any]], list[str], dict[str, float]]:
    """Print entity and figure scores of vnreader on one gold file; return rows, texts and
    the headline figures."""
    from vnreader.analysis import analyze

    rows = load_gold(path)
    texts = [r["text"] for r in rows]
    results = [analyze(t) for t in texts]
    print(f"\n=== {path.name}: {label} — {len(rows)} texts, {sum(map(len, texts))} characters")

    predicted = [[(e.start, e.end, e.label) for e in r.entities] for r in results]
    figures = [list(r.figures) for r in results]
    figures_only = path.name in FIGURES_ONLY
    if figures_only:  # no entity is annotated: predicting none scores every entity right
        predicted = [[] for _ in rows]
        print("  (figures only: entities are not annotated in this set and not scored)")
    ent_scores, ent_errors = score_entities(rows, predicted)
    overlap = score_overlap(rows, predicted)
    if not figures_only:
        print_entity_table("vnreader entities (exact span)", ent_scores)
        print(
            f"  any overlap, same label: P {fmt(overlap.precision)}  R {fmt(overlap.recall)}"
            f"  F1 {fmt(overlap.f1)}"
        )
    print_subsets(rows, predicted, figures)

    fig_score, right, matched, fig_errors = score_figures(rows, figures)
    relaxed = score_figures_relaxed(rows, figures)
    share = right / matched if matched else 0.0
    print("\nvnreader figures (exact span)")
    print(
        f"  P {fmt(fig_score.precision)}  R {fmt(fig_score.recall)}  F1 {fmt(fig_score.f1)}"
        f"   target {TARGETS['figures F1']}"
    )
    print(f"  F1 with 'ngày 26/1' = '26/1': {fmt(relaxed.f1)}")
    print(
        f"  value/unit/date right: {right}/{matched} = {share:.1%}"
        f"   target {TARGETS['figure values/units right']}"
    )
    summary = {
        "entities": micro(ent_scores).f1,
        "entities PLO": micro({k: ent_scores[k] for k in ("PER", "ORG", "LOC")}).f1,
        **{label: ent_scores[label].f1 for label in ("PER", "ORG", "LOC")},
        "overlap": overlap.f1,
        "figures": fig_score.f1,
        "figures relaxed": relaxed.f1,
        "values": share,
    }
    if errors:
        print("\nvnreader entity errors")
        for line in sorted(ent_errors, key=lambda s: (s.split()[2], s)):
            print("  " + line)
        print("\nvnreader figure errors")
        for line in fig_errors:
            print("  " + line)
    return rows, texts, summary


def real_articles(
    folder: Path = CORPORA, n: int = REAL_ARTICLES, seed: int = 1, hidden: Any = None
) -> list[str]:
    """The bodies (lines after URL, title and dateline) of *n* articles drawn at random from
    ``dantri-unc`` and ``vims-news``, leaving out every article that holds a paragraph of a
    blind set or of a set awaiting its first score (``BLIND``, ``FRESH``): by its source file or
    by its letters (``hidden_sets.py``; *hidden*, a ``hidden_sets.Hidden``, replaces those
    keys). The draw goes on down the shuffled list until it has *n*, so timing and comparing
    the articles never runs the recogniser on a hidden paragraph. When a fresh set is scored
    and joins ``SETS``, its articles may come back into the draw.

    Not ``vntc`` nor ``vietnews``: their files have no URL line, and they would outnumber the
    others.
    """
    if hidden is None:
        if str(Path(__file__).parent) not in sys.path:
            sys.path.insert(0, str(Path(__file__).parent))
        import hidden_sets  # here, not at the top: it imports BLIND and FRESH from this module

        hidden = hidden_sets.load()
    paths = sorted(p for sub in REAL_FOLDERS for p in (folder / sub).glob("*.txt"))
    random.Random(seed).shuffle(paths)
    out: list[str] = []
    for path in paths:
        if len(out) == n:
            break
        if f"{path.parent.name}/{path.name}" in hidden.sources:
            continue
        text = path.read_text("utf-8")
        if hidden.holds(text):
            continue
        out.append("\n".join(text.splitlines()[3:]))
    return out


def print_issue_table(summaries: dict[str, dict[str, float]], mbps: float | None) -> None:
    """The table of issue 9: the project's held-out set against the real-news test part."""
    held, real = summaries.get("heldout.jsonl"), summaries.get("realnews_test.jsonl")
    if held is None or real is None:
        print("\n(issue table needs heldout.jsonl and realnews_test.jsonl)")
        return

    def cell(s: dict[str, float], key: str, pct: bool = False) -> str:
        return f"{s[key]:.1%}" if pct else f"{s[key]:.3f}"

    def ents(s: dict[str, float]) -> str:
        per_label = ", ".join(f"{k} {s[k]:.3f}" for k in ("PER", "ORG", "LOC"))
        return f"{s['entities PLO']:.3f} ({per_label}); {s['entities']:.3f} with MISC"

    print("\n=== issue 9 table (this run)")
    print("| measure | project's own held-out | real-news test | target on real test |")
    print("|---|---|---|---|")
    print(
        f"| entities micro-F1, PER/ORG/LOC, exact span and label | {ents(held)} |"
        f" {ents(real)} | ≥ 0.92 (each of PER, ORG, LOC ≥ 0.88) |"
    )
    print(
        f"| entities, any overlap with the same label | {cell(held, 'overlap')} |"
        f" {cell(real, 'overlap')} | |"
    )
    print(
        f"| figures, exact span F1 | {cell(held, 'figures')}; {cell(held, 'figures relaxed')}"
        f" if 'ngày 26/1' = '26/1' | {cell(real, 'figures')};"
        f" {cell(real, 'figures relaxed')} if 'ngày 26/1' = '26/1' | ≥ 0.95 |"
    )
    print(
        f"| figure values right (matched spans) | {cell(held, 'values', True)} |"
        f" {cell(real, 'values', True)} | ≥ 99% |"
    )
    speed = f"{mbps:.2f} MB/s" if mbps is not None else "not measured (no corpora)"
    print(f"| speed on real articles, one core | | {speed} | ≥ 2 MB/s |")


def analysis_build() -> str:
    """Which analysis this process runs: compiled by mypyc (an installed wheel) or the source."""
    import vnreader.analysis

    if vnreader.analysis.compiled():
        return f"compiled by mypyc ({Path(vnreader.analysis.__file__ or '').parent})"
    return (
        "pure-Python source (pip install . compiles it with mypyc: see analysis_speed.py --wheel)"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--gold", type=Path, help="score on this file only (default: every set in data/)"
    )
    parser.add_argument("--errors", action="store_true", help="list misses and false positives")
    parser.add_argument("--no-baseline", action="store_true", help="skip underthesea")
    args = parser.parse_args(argv)

    from vnreader.analysis import analyze

    if args.gold is not None:
        if not args.gold.exists():
            print(f"no gold set at {args.gold} (see benchmarks/data/GUIDELINE.md)", file=sys.stderr)
            return 2
        sets = [(args.gold, "")]
    else:
        sets = [
            (GOLD.parent / name, label) for name, label in SETS if (GOLD.parent / name).exists()
        ]
        if not sets:
            print(f"no gold sets in {GOLD.parent}", file=sys.stderr)
            return 2
    # the blind sets' errors are never listed: looking at them would turn them into dev sets
    scored = [
        (path, *accuracy(path, label, args.errors and path.name not in BLIND))
        for path, label in sets
    ]
    texts = [t for _, _, ts, _ in scored for t in ts]
    summaries = {path.name: summary for path, _, _, summary in scored}

    big = repeated(texts, THROUGHPUT_BYTES)
    cps, mbps = throughput(analyze, big)
    print("\n=== speed on all the texts above (one core, CPU time, best of 3 passes, after load)")
    print(f"  the analysis measured: {analysis_build()}")
    print(f"  {cps:,.0f} chars/s, {mbps:.2f} MB/s   target {TARGETS['throughput']}")
    articles = real_articles()
    real_mbps = None
    if len(articles) < REAL_ARTICLES:
        print(
            f"  real articles: only {len(articles)} in {CORPORA}; run"
            " benchmarks/realnews_corpora.py (it says how to get the corpora) — skipped"
        )
    else:
        size = sum(len(t.encode("utf-8")) for t in articles)
        cps, real_mbps = throughput(analyze, articles)
        print(
            f"  {len(articles):,} real articles ({size / 1e6:.1f} MB): {cps:,.0f} chars/s,"
            f" {real_mbps:.2f} MB/s   target ≥ 2 MB/s"
        )
    loaded = load_time(
        "import vnreader.analysis", "vnreader.analysis.analyze('Bộ trưởng Lê Văn A.')"
    )
    if isinstance(loaded, str):
        print(f"  load: failed: {loaded}")
    else:
        print(
            f"  import vnreader.analysis {loaded[0]:.3f} s, + first analyze {loaded[1]:.3f} s"
            f"   target import {TARGETS['import']}"
        )

    if not args.no_baseline:
        for i, (path, set_rows, set_texts, _) in enumerate(scored):
            if path.name in FIGURES_ONLY:
                continue
            print(f"\n=== baseline on {path.name}")
            base_errors = baseline(set_rows, set_texts, big, mbps, speed=i == 0)
            if args.errors and base_errors:
                print(f"  baseline: {len(base_errors)} entity errors (not listed)")
    print_issue_table(summaries, real_mbps)
    return 0


def baseline(
    rows: list[dict[str, Any]], texts: list[str], big: list[str], mbps: float, speed: bool = True
) -> list[str]:
    print("\nbaseline: underthesea ner")
    try:
        import underthesea  # type: ignore[import-not-found, import-untyped, unused-ignore]

        ner = underthesea.ner
        ner("Hà Nội")
    except Exception as exc:  # any failure (not installed, model missing) is reported
        print(f"  baseline unavailable: {type(exc).__name__}: {exc}")
        print("  (install it in a separate venv: pip install -e '.[bench]')")
        return []
    predicted = []
    for t in texts:
        spans = underthesea_spans(t, ner(t))
        predicted.append([(s, e, label) for s, e, label in spans if label in LABELS])
    scores, errors = score_entities(rows, predicted)
    print_entity_table(f"underthesea {underthesea.__version__} entities (exact span)", scores)
    overlap = score_overlap(rows, predicted)
    print(f"  any overlap, same label: F1 {fmt(overlap.f1)}")
    if not speed:
        return errors
    subset = repeated(texts, BASELINE_BYTES)
    size = sum(len(t.encode("utf-8")) for t in subset)
    cps, base_mbps = throughput(ner, subset, passes=1)
    print(
        f"  speed on a {size / 1e3:.0f} kB subset (one pass): "
        f"{cps:,.0f} chars/s, {base_mbps:.4f} MB/s"
    )
    print(f"  vnreader is {mbps / base_mbps:,.0f}× faster   target ≥ 100×")
    loaded = load_time("from underthesea import ner", "ner('Bộ trưởng Lê Văn A.')")
    if isinstance(loaded, str):
        print(f"  load: failed: {loaded}")
    else:
        print(f"  import {loaded[0]:.3f} s, + first ner {loaded[1]:.3f} s")
    return errors


if __name__ == "__main__":
    sys.exit(main())
