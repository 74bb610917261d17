"""Train the learned entity layer (``benchmarks/entity_layer.py``) and cross-validate it.

An averaged perceptron over the candidates of the rules (their spans, the capitalised runs
they leave and, with ``--merges``, neighbouring candidates joined) of the hand-labelled
real-news **development** sets in ``benchmarks/data``. The real-news test part and the blind
held-out set are never read (``load`` refuses them).

    python benchmarks/train_entities.py --cv [--merges]      # rules vs rules + layer
    python benchmarks/train_entities.py --write model.json   # train on every dev set

Cross-validation: leave one set out (train on the other dev sets, score the one left out) and
k-fold by article (folds of whole source files). Scores are exact span and label, as in
``benchmarks/extraction.py``; micro-F1 over PER, ORG and LOC, MISC beside it. Training is
deterministic (fixed epochs, a seeded shuffle, weights rounded), so ``--write`` gives the
same bytes from the same data and code. The layer loses to the rules in cross-validation and
is not shipped (``benchmarks/data/README.md`` has the numbers).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from entity_layer import (  # noqa: E402
    CLASSES,
    NONE,
    Model,
    candidates,
    entities,
    features,
    lower_words,
    rule_spans,
)

DATA = ROOT / "benchmarks" / "data"
# the development sets trained on; realnews_test and heldout are blind and never read here
# (a fresh set joins after its first score)
DEV_SETS = ("realnews_dev", *(f"realnews_dev{n}" for n in range(3, 43)))
BLIND = ("realnews_test", "heldout")
SCORED = ("PER", "ORG", "LOC")
EPOCHS = 8
SEED = 20271201
DIGITS = 3  # weights are rounded to this many decimals


@dataclass
class Item:
    """One paragraph: its text, gold spans and the rules' candidates with their features."""

    id: str
    group: str  # the source file: k-fold keeps an article's paragraphs together
    text: str
    gold: set[tuple[int, int, str]]
    cands: list[tuple[list[str], str]] = field(default_factory=list)  # features, gold class


def load(names: Sequence[str], data: Path = DATA, merges: bool = False) -> dict[str, list[Item]]:
    """The items of each set present in *data* (blind sets refused)."""
    sets: dict[str, list[Item]] = {}
    for name in names:
        if name in BLIND:
            raise SystemExit(f"{name} is blind: it is never trained or tuned on")
        path = data / f"{name}.jsonl"
        if not path.exists():
            continue
        rows = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
        sets[name] = [_item(row, merges) for row in rows]
    return sets


def _item(row: dict[str, Any], merges: bool) -> Item:
    text = row["text"]
    gold = {(s, e, label) for s, e, label in row["entities"]}
    by_span = {(s, e): label for s, e, label in gold}
    item = Item(row["id"], str(row.get("source", row["id"])).split(":")[0], text, gold)
    tokens, spans, leftovers = rule_spans(text)
    lower = lower_words(tokens)
    for c in candidates(tokens, spans, leftovers, merges):
        start, end = tokens.starts[c[0]], tokens.ends[c[1] - 1]
        label = by_span.get((start, end)) or by_span.get((start, end + 1), NONE)
        item.cands.append((features(tokens, lower, c), label))
    return item


def train(items: Sequence[Item], epochs: int = EPOCHS, seed: int = SEED) -> Model:
    """An averaged perceptron over the candidates of *items*, weights rounded."""
    examples = [c for item in items for c in item.cands]
    n = len(CLASSES)
    index = {c: k for k, c in enumerate(CLASSES)}
    weights: dict[str, list[float]] = defaultdict(lambda: [0.0] * n)
    totals: dict[str, list[float]] = defaultdict(lambda: [0.0] * n)
    stamps: dict[str, list[int]] = defaultdict(lambda: [0] * n)
    step = 0
    rng = random.Random(seed)
    order = list(range(len(examples)))
    for _ in range(epochs):
        rng.shuffle(order)
        for e in order:
            feats, gold = examples[e]
            step += 1
            scores = [0.0] * n
            for f in feats:
                w = weights.get(f)
                if w is not None:
                    for k in range(n):
                        scores[k] += w[k]
            guess = max(range(n), key=scores.__getitem__)
            truth = index[gold]
            if guess == truth:
                continue
            for f in feats:
                for k, delta in ((truth, 1.0), (guess, -1.0)):
                    totals[f][k] += (step - stamps[f][k]) * weights[f][k]
                    stamps[f][k] = step
                    weights[f][k] += delta
    averaged: dict[str, list[float]] = {}
    for f, w in weights.items():
        avg = [
            round((totals[f][k] + (step - stamps[f][k]) * w[k]) / step, DIGITS) for k in range(n)
        ]
        if any(avg):
            averaged[f] = [x if x else 0.0 for x in avg]  # no "-0.0"
    return Model(averaged)


@dataclass
class Counts:
    tp: Counter[str] = field(default_factory=Counter)
    fp: Counter[str] = field(default_factory=Counter)
    fn: Counter[str] = field(default_factory=Counter)

    def add(self, gold: set[tuple[int, int, str]], got: set[tuple[int, int, str]]) -> None:
        for s in gold & got:
            self.tp[s[2]] += 1
        for s in got - gold:
            self.fp[s[2]] += 1
        for s in gold - got:
            self.fn[s[2]] += 1

    def f1(self, labels: Sequence[str] = SCORED) -> float:
        tp = sum(self.tp[x] for x in labels)
        fp = sum(self.fp[x] for x in labels)
        fn = sum(self.fn[x] for x in labels)
        return 2 * tp / (2 * tp + fp + fn) if tp else 0.0

    def row(self) -> str:
        cells = [f"{self.f1((x,)):.3f}" for x in (*SCORED, "MISC")]
        return f"{self.f1():.3f}  " + "  ".join(cells)


def score(items: Sequence[Item], model: Model | None, merges: bool = False) -> Counts:
    counts = Counts()
    for item in items:
        counts.add(item.gold, entities(item.text, model, merges))
    return counts


def _pool(total: Counts, part: Counts) -> None:
    for name in ("tp", "fp", "fn"):
        getattr(total, name).update(getattr(part, name))


def cross_validate(sets: dict[str, list[Item]], folds: int, merges: bool) -> None:
    """Print rules vs rules + layer: each set left out in turn, then k-fold by article."""
    header = f"{'held out':<16} {'':6} micro  PER    ORG    LOC    MISC"
    print("\nleave one set out (trained on the other dev sets); F1, exact span and label")
    print(header)
    all_rules, all_layer = Counts(), Counts()
    for name, items in sets.items():
        model = train([it for other, its in sets.items() if other != name for it in its])
        rules, layer = score(items, None), score(items, model, merges)
        _pool(all_rules, rules)
        _pool(all_layer, layer)
        print(f"{name:<16} rules  {rules.row()}")
        print(f"{'':<16} layer  {layer.row()}")
    print(f"{'all (pooled)':<16} rules  {all_rules.row()}")
    print(f"{'':<16} layer  {all_layer.row()}")

    everything = [it for its in sets.values() for it in its]
    groups = sorted({it.group for it in everything})
    random.Random(SEED).shuffle(groups)
    fold_of = {g: k % folds for k, g in enumerate(groups)}
    rules, layer = Counts(), Counts()
    for k in range(folds):
        held = [it for it in everything if fold_of[it.group] == k]
        model = train([it for it in everything if fold_of[it.group] != k])
        _pool(rules, score(held, None))
        _pool(layer, score(held, model, merges))
    print(f"\n{folds}-fold by article over all dev sets ({len(groups)} articles)")
    print(header)
    print(f"{'all (pooled)':<16} rules  {rules.row()}")
    print(f"{'':<16} layer  {layer.row()}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cv", action="store_true", help="cross-validate, rules vs layer")
    parser.add_argument("--folds", type=int, default=5, help="folds of the k-fold (default 5)")
    parser.add_argument("--merges", action="store_true", help="neighbouring runs as candidates")
    parser.add_argument("--data", type=Path, default=DATA, help="folder of the dev sets")
    parser.add_argument("--write", type=Path, help="train on every dev set, write the model here")
    args = parser.parse_args(argv)
    sets = load(DEV_SETS, args.data, args.merges)
    if not sets:
        print(f"no development sets in {args.data}", file=sys.stderr)
        return 2
    print("sets: " + ", ".join(f"{k} ({len(v)})" for k, v in sets.items()))
    if args.cv:
        cross_validate(sets, args.folds, args.merges)
    if args.write is not None:
        model = train([it for its in sets.values() for it in its])
        made = model.to_json()
        args.write.write_text(made, "utf-8")
        print(f"wrote {args.write} ({len(made.encode()):,} bytes, {len(model.weights)} features)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
