"""W3C positions name the text they count in; orphans survive JSON-LD; files expand offline."""

from __future__ import annotations

import importlib.util
import json
from dataclasses import replace
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from export_support import export_text, make_articles, span, tag

from vnreader.corpus.model import Article
from vnreader.export import import_file
from vnreader.export.jsonld import ANNO_CONTEXT, ContextUnavailable, document_loader
from vnreader.store import AnnotationStore

REPO = Path(__file__).resolve().parents[2]
VALIDATOR = REPO.parent / "shared" / "w3c-annotation" / "validate_wa.py"
ARTICLES = make_articles()
A = ARTICLES[0]
# The article as it was when two of the spans were made; one of them is gone from it since.
OLD = Article(
    id=A.id,
    path=A.path,
    title=A.title,
    paragraphs=("Thủ tướng Phạm Minh Chính tiếp Đại sứ Hoa Kỳ.", *A.paragraphs),
    url=A.url,
)


def annotations() -> list[Any]:
    moved = span(OLD, "Hoa Kỳ", id="00000000-0000-4000-8000-000000000002", occurrence=1)
    orphan = replace(
        span(OLD, "Phạm Minh Chính", id="00000000-0000-4000-8000-000000000003"), orphan=True
    )
    return [
        span(A, "96,8 tỷ USD", id="00000000-0000-4000-8000-000000000001", label="FIGURE"),
        moved,
        orphan,
        tag(A.id, "kinh-tế", id="00000000-0000-4000-8000-000000000004"),
    ]


def w3c_export() -> dict[str, Any]:
    """Export after re-placing (as the CLI does): the moved span now counts in today's text."""
    anns = annotations()
    from vnreader.export.placement import place

    placed = [a if a.orphan or a.kind != "span" else place(a, A)[0] for a in anns]
    return json.loads(export_text("w3c", ARTICLES, placed))  # type: ignore[no-any-return]


def load_validator() -> ModuleType:
    if not VALIDATOR.is_file():
        pytest.skip(f"W3C validator not found at {VALIDATOR}")
    spec = importlib.util.spec_from_file_location("validate_wa", VALIDATOR)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_positions_are_checked_against_the_text_their_target_names(tmp_path: Path) -> None:
    validator = load_validator()
    data = w3c_export()
    out = tmp_path / "export.jsonld"
    out.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert validator.main(["--formats", str(out)]) == 0  # every MUST, collection and page too
    texts = {A.content_hash: A.text, OLD.content_hash: OLD.text}
    checked = 0
    page = data["first"]["items"]
    article = next(i["target"] for i in page if isinstance(i["target"], str))  # the tag's
    for item in page:
        target = item["target"]
        if isinstance(target, str):
            continue
        named = target["source"]["id"]
        assert named.startswith("urn:vnreader:text:sha256:")
        assert target["source"]["format"] == "text/plain"
        assert target["scope"] == article
        text = texts[named.removeprefix("urn:vnreader:text:")]
        assert validator.check_against_text(item, text) == []
        checked += 1
    assert checked == 3
    orphan = next(i for i in data["first"]["items"] if i["id"].endswith("0003"))
    assert orphan["target"]["orphan"] is True
    assert orphan["target"]["source"]["id"].endswith(OLD.content_hash.split(":")[1])


def test_the_export_expands_offline_and_keeps_the_orphan_mark() -> None:
    jsonld = pytest.importorskip("pyld.jsonld")
    data = w3c_export()
    expanded = jsonld.expand(data, {"documentLoader": document_loader})
    text = json.dumps(expanded)
    assert "http://www.w3.org/ns/oa#hasSource" in text and "urn:vnreader:text:sha256:" in text
    items = expanded[0]["http://www.w3.org/ns/activitystreams#first"][0][
        "http://www.w3.org/ns/activitystreams#items"
    ][0]["@list"]
    by_id = {i["@id"]: i for i in items}
    orphan = by_id["urn:uuid:00000000-0000-4000-8000-000000000003"]
    target = orphan["http://www.w3.org/ns/oa#hasTarget"][0]
    assert target["urn:vnreader:vocab:orphan"][0]["@value"] is True
    ext = orphan["urn:vnreader:vocab:extension"][0]
    assert ext["@type"] == "@json" and ext["@value"]["orphan"] is True
    assert target["http://www.w3.org/ns/oa#hasScope"][0]["@id"].startswith("https://vnexpress")
    with pytest.raises(ContextUnavailable):
        document_loader("https://example.org/other.jsonld")
    assert document_loader(ANNO_CONTEXT)["document"]["@context"]["oa"].endswith("/oa#")


def test_another_tool_reads_the_article_from_the_scope(tmp_path: Path) -> None:
    data = w3c_export()
    for item in data["first"]["items"]:
        item.pop("vnreader")  # what a tool that keeps only W3C terms sends back
    path = tmp_path / "back.jsonld"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with AnnotationStore(tmp_path / "db.json") as store:
        report = import_file(path, ARTICLES, store)
        spans = {s.id: s for s in store.spans(A.id)}
    assert report.added == 4
    assert spans["00000000-0000-4000-8000-000000000001"].anchor.content_hash == A.content_hash  # type: ignore[union-attr]
    assert spans["00000000-0000-4000-8000-000000000003"].orphan
