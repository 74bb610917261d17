"""Export options: --with-text, one default file name per format, the docs say what the CLI does."""

from __future__ import annotations

import json
from pathlib import Path

from export_support import export_text, make_articles, span, tag

from vnreader.export import BINARY_FORMATS, DEFAULT_NAMES, FORMATS, formats_for_path

ARTICLES = make_articles()
A = ARTICLES[0]
DOCS = Path(__file__).resolve().parents[2] / "docs" / "formats.md"


def test_with_text_makes_json_and_jsonl_self_contained() -> None:
    anns = [span(A, "Hoa Kỳ", id="s1"), tag("gone", "x", id="t1")]
    doc = json.loads(export_text("json", ARTICLES, anns, with_text=True))
    by_id = {a["id"]: a for a in doc["articles"]}
    text = by_id[A.id]["text"]
    s = by_id[A.id]["spans"][0]
    assert text == A.text and text[s["start"] : s["end"]] == s["quote"]
    assert by_id["gone"]["text"] is None
    lines = [
        json.loads(x) for x in export_text("jsonl", ARTICLES, anns, with_text=True).splitlines()
    ]
    rec = next(r for r in lines if r.get("id") == "s1")
    assert rec["article_text"][rec["start"] : rec["end"]] == "Hoa Kỳ"
    assert "text" not in json.loads(export_text("json", ARTICLES, anns))["articles"][0]


def test_every_format_has_its_own_default_file_name() -> None:
    assert sorted(DEFAULT_NAMES) == sorted(FORMATS + BINARY_FORMATS)
    assert len(set(DEFAULT_NAMES.values())) == len(DEFAULT_NAMES)  # jsonl and spans differ
    for fmt, name in DEFAULT_NAMES.items():
        assert fmt in formats_for_path(name)
    assert formats_for_path("notes.JSONL") == ["jsonl", "spans"]
    assert formats_for_path("figures.csv") == ["csv"] and formats_for_path("x.txt") == []
    assert formats_for_path("notes.json") == ["json", "w3c"]  # W3C is often plain .json


def test_the_format_docs_speak_of_the_cli_and_say_what_the_hash_is() -> None:
    docs = DOCS.read_text(encoding="utf-8")
    assert "Python API" not in docs
    assert "--per paragraph" in docs and "--with-text" in docs
    assert "truncated SHA-256" in docs
