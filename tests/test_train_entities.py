"""The learned entity layer measured by benchmarks/train_entities.py (not shipped: it loses to
the rules in cross-validation), on made-up sentences and a tiny made-up training set: the
rules-only path is ``analyze``, candidates and features are deterministic, training
reproduces the same weights byte for byte, and a layer trained on an error kind fixes it."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from vnreader.analysis import analyze

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
import entity_layer as layer
import train_entities as training

# a foreign name the rules leave unlabelled, and an event the rules cut in two (when the rules
# learn either, pick another example: these tests are about the layer, not the rules)
JAKE = "Cô bé chơi với Jake trong vườn."
# an event the rules cut in two (a place, then a person), which the layer learns to join
MASTERS = "Cô ấy thắng giải Paris Bercy Trophy năm ngoái."


def _row(n: int, text: str, spans: list[tuple[str, str]]) -> dict[str, object]:
    entities = []
    for surface, label in spans:
        start = text.index(surface)
        entities.append([start, start + len(surface), label])
    return {"id": f"x-{n}", "source": f"made-up/{n}.txt:1", "text": text, "entities": entities}


def _fixture(folder: Path) -> Path:
    rows = [
        _row(1, JAKE, [("Jake", "PER")]),
        _row(2, "Bà nói chuyện với Jake hôm qua.", [("Jake", "PER")]),
        _row(3, MASTERS, [("Paris Bercy Trophy", "MISC")]),
        _row(4, "Anh dự giải Paris Bercy Trophy lần đầu.", [("Paris Bercy Trophy", "MISC")]),
        _row(
            5,
            "Thủ tướng Phạm Minh Chính thăm Hà Nội.",
            [("Phạm Minh Chính", "PER"), ("Hà Nội", "LOC")],
        ),
    ]
    path = folder / "realnews_dev.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    return folder


def test_without_a_model_the_entities_are_the_rules_as_analyze_gives_them() -> None:
    for text in (JAKE, MASTERS, "Bộ trưởng Ngoại giao Nga Sergei Lavrov đến Hà Nội."):
        expected = {(e.start, e.end, e.label) for e in analyze(text).entities}
        assert layer.entities(text, None) == expected


def test_candidates_are_rule_spans_leftovers_and_with_merges_their_neighbours() -> None:
    tokens, spans, leftovers = layer.rule_spans(JAKE)
    assert [
        (tokens.words[i], label) for i, _, label, _ in layer.candidates(tokens, spans, leftovers)
    ] == [("Jake", "")]
    tokens, spans, leftovers = layer.rule_spans(MASTERS)
    merged = layer.candidates(tokens, spans, leftovers, merges=True)
    assert [(" ".join(tokens.words[i:j]), label) for i, j, label, _ in merged] == [
        ("Paris", "LOC"),
        ("Paris Bercy Trophy", "LOC+PER"),
        ("Bercy Trophy", "PER"),
    ]


def test_features_are_deterministic() -> None:
    tokens, spans, leftovers = layer.rule_spans(MASTERS)
    lower = layer.lower_words(tokens)
    cands = layer.candidates(tokens, spans, leftovers, merges=True)
    first = [layer.features(tokens, lower, c) for c in cands]
    again = [layer.features(tokens, layer.lower_words(tokens), c) for c in cands]
    assert first == again
    assert "r=merged" in first[1] and "parts=LOC+PER" in first[1]


def test_training_reproduces_the_same_weights(tmp_path: Path) -> None:
    data = _fixture(tmp_path)
    written = []
    for name in ("a.json", "b.json"):
        assert training.main(["--data", str(data), "--write", str(tmp_path / name)]) == 0
        written.append((tmp_path / name).read_bytes())
    assert written[0] == written[1]
    model = layer.Model.from_json(written[0].decode("utf-8"))
    assert model.to_json().encode("utf-8") == written[0]


def test_a_trained_layer_labels_a_left_out_name_and_joins_a_cut_event(tmp_path: Path) -> None:
    sets = training.load(training.DEV_SETS, _fixture(tmp_path), merges=True)
    model = training.train([it for items in sets.values() for it in items])
    assert (15, 19, "PER") in layer.entities(JAKE, model, merges=True)
    start = MASTERS.index("Paris")
    assert (start, start + len("Paris Bercy Trophy"), "MISC") in layer.entities(
        MASTERS, model, merges=True
    )


def test_blind_sets_are_refused() -> None:
    with pytest.raises(SystemExit, match="blind"):
        training.load(["realnews_test"])
