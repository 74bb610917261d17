"""benchmarks/analysis_diff.py, the blind sets (``BLIND``) and the sets awaiting their first
score (``FRESH`` in benchmarks/extraction.py): their texts are left out, and a real article
that holds one of their paragraphs is compared but its differences are never listed (made-up
texts and dumps; the recogniser is not run)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from benchmark_scripts import load

diff = load("analysis_diff")


def _result(name: str, text: str, label: str) -> dict[str, Any]:
    entities = [[0, 4, text[:4], label, None]]
    return {"name": name, "size": len(text), "entities": entities, "figures": []}


def test_a_fresh_set_is_left_out_and_its_articles_are_not_listed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    fresh = {"id": "rn-x-001", "text": "Ông Văn Ba đến Huế hôm qua."}
    (data / "fresh_set.jsonl").write_text(json.dumps(fresh, ensure_ascii=False) + "\n", "utf-8")
    (data / "known_set.jsonl").write_text(json.dumps({"text": "Bà Tư ở Vinh."}) + "\n", "utf-8")
    monkeypatch.setattr(diff, "DATA", data)
    monkeypatch.setattr(diff, "FRESH", ("fresh_set.jsonl",))
    articles = ["Tin sáng.\nÔng Văn Ba đến Huế hôm qua.\nHết.", "Chị Năm ở Đà Lạt."]
    monkeypatch.setattr(diff, "real_articles", lambda: articles)
    monkeypatch.setattr(diff, "REAL_ARTICLES", 2)

    listed = list(diff.texts())
    assert [name for name, _ in listed] == ["known_set.jsonl:1", "article 0", "article 1"]
    assert diff.hidden_keys().holds(articles[0]) and not diff.hidden_keys().holds(articles[1])

    saved = tmp_path / "before.jsonl"
    saved.write_text("".join(json.dumps(_result(n, t, "PER")) + "\n" for n, t in listed), "utf-8")
    monkeypatch.setattr(diff, "dump", lambda name, text: _result(name, text, "LOC"))
    assert diff.main(["--against", str(saved)]) == 1
    out = capsys.readouterr().out
    assert "article 0: differs (not listed" in out
    assert "Văn Ba" not in out and "Tin s" not in out  # nothing of the fresh article is shown
    assert "article 1:\n  - " in out and "Chị " in out  # the others are listed in full
    assert "3 texts compared, 3 differ" in out


def test_an_article_holding_a_blind_paragraph_is_compared_but_never_listed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    blind = {"id": "rn-test-001", "text": "Bà Sáu bán hàng ở Cà Mau."}
    (data / "blind_set.jsonl").write_text(json.dumps(blind, ensure_ascii=False) + "\n", "utf-8")
    monkeypatch.setattr(diff, "DATA", data)
    monkeypatch.setattr(diff, "BLIND", ("blind_set.jsonl",))
    monkeypatch.setattr(diff, "FRESH", ())
    articles = ["Tin chiều.\nBà Sáu bán hàng ở Cà Mau.", "Anh Bảy ở Rạch Giá."]
    monkeypatch.setattr(diff, "real_articles", lambda: articles)
    monkeypatch.setattr(diff, "REAL_ARTICLES", 2)

    listed = list(diff.texts())
    assert [name for name, _ in listed] == ["article 0", "article 1"]  # the set is left out
    saved = tmp_path / "before.jsonl"
    saved.write_text("".join(json.dumps(_result(n, t, "PER")) + "\n" for n, t in listed), "utf-8")
    monkeypatch.setattr(diff, "dump", lambda name, text: _result(name, text, "LOC"))
    assert diff.main(["--against", str(saved)]) == 1
    out = capsys.readouterr().out
    assert "article 0: differs (not listed" in out
    assert "Sáu" not in out and "Tin c" not in out
    assert "article 1:\n  - " in out and "Anh " in out
