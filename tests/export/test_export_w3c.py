"""W3C Web Annotation export: the official test-suite schemas, selectors, other tools' files."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest
from export_support import export_text, make_articles, note, span, tag

from vnreader.corpus import load_corpus
from vnreader.corpus.model import Article
from vnreader.export import import_file
from vnreader.export.values import annotation_id_from_iri, annotation_iri
from vnreader.store import AnnotationStore
from vnreader.store.model import Annotation

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared" / "w3c-annotation"
VALIDATOR = SHARED / "validate_wa.py"
needs_validator = pytest.mark.skipif(
    not VALIDATOR.is_file(),
    reason=f"W3C validator not found at {VALIDATOR} (CI puts a copy of shared/ beside the clone)",
)


def seed_annotations(articles: list[Article]) -> list[Annotation]:
    """Every kind on every seed article: tags, a note, labelled spans, note-only, both."""
    anns: list[Annotation] = []
    for i, a in enumerate(articles):
        words = a.text.split()
        first, second = words[1], words[len(words) // 2]
        anns += [
            tag(a.id, "kinh-tế", id=f"00000000-0000-4000-8000-{i:06d}000001"),
            tag(a.id, "covid", id=f"00000000-0000-4000-8000-{i:06d}000002"),
            note(a.id, "Cần kiểm tra lại số liệu.", id=f"00000000-0000-4000-8000-{i:06d}000003"),
            span(a, first, id=f"00000000-0000-4000-8000-{i:06d}000004", label="PER"),
            span(a, second, id=f"00000000-0000-4000-8000-{i:06d}000005", label=None, note="xem"),
            span(
                a,
                f"{first} {words[2]}",
                id=f"00000000-0000-4000-8000-{i:06d}000006",
                label="CLAIM",
                note="Đoạn trích",
            ),
        ]
    return anns


@pytest.fixture(scope="module")
def seeds() -> list[Article]:
    return load_corpus(REPO / "seeds").articles


def run_validator(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(VALIDATOR), "--formats", *map(str, args)],
        capture_output=True,
        text=True,
        check=False,
    )


@needs_validator
def test_seed_export_passes_the_w3c_test_suite(seeds: list[Article], tmp_path: Path) -> None:
    anns = seed_annotations(seeds)
    out = tmp_path / "seeds.w3c.json"
    out.write_text(export_text("w3c", seeds, anns), encoding="utf-8")
    result = run_validator(out)
    assert result.returncode == 0, result.stdout[-3000:]
    assert f"{len(anns)}/{len(anns)} annotations pass" in result.stdout
    assert "formats enforced" in result.stdout


@pytest.fixture(scope="module")
def validate_wa() -> Callable[[list[str]], int]:
    """The validator's ``main(argv)``, loaded once (its imports take seconds per process)."""
    spec = importlib.util.spec_from_file_location("validate_wa", VALIDATOR)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    main: Callable[[list[str]], int] = module.main
    return main


@needs_validator
def test_selectors_match_each_seed_text(
    seeds: list[Article],
    tmp_path: Path,
    validate_wa: Callable[[list[str]], int],
    capsys: pytest.CaptureFixture[str],
) -> None:
    """One validator run per article, each with ``--text`` = that article's NFC text."""
    for article in seeds:
        anns = [a for a in seed_annotations(seeds) if a.article_id == article.id]
        out = tmp_path / f"{article.id}.w3c.json"
        out.write_text(export_text("w3c", seeds, anns), encoding="utf-8")
        text_file = tmp_path / f"{article.id}.txt"
        text_file.write_text(unicodedata.normalize("NFC", article.text), encoding="utf-8")
        status = validate_wa(["--formats", "--text", str(text_file), str(out)])
        stdout = capsys.readouterr().out
        assert status == 0, f"{article.id}: {stdout[-3000:]}"
        assert "6/6 annotations pass" in stdout


@needs_validator
def test_the_validator_catches_a_wrong_selector(
    seeds: list[Article],
    tmp_path: Path,
    validate_wa: Callable[[list[str]], int],
    capsys: pytest.CaptureFixture[str],
) -> None:
    article = seeds[0]
    anns = [a for a in seed_annotations(seeds) if a.article_id == article.id]
    data = json.loads(export_text("w3c", seeds, anns))
    selector = data["first"]["items"][-1]["target"]["selector"][1]
    selector["start"] += 1
    out = tmp_path / "bad.json"
    out.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    text_file = tmp_path / "a.txt"
    text_file.write_text(article.text, encoding="utf-8")
    assert validate_wa(["--formats", "--text", str(text_file), str(out)]) == 1
    assert "[text] text[" in capsys.readouterr().out


def test_selectors_find_their_text_in_the_article_as_shown() -> None:
    articles = make_articles()
    a = articles[0]
    anns = [span(a, "Hoa Kỳ", id="s1", occurrence=2), span(a, "ỹ", id="s2", label="X")]
    data = json.loads(export_text("w3c", articles, anns))
    for item in data["first"]["items"]:
        quote, position = item["target"]["selector"]
        assert quote["type"] == "TextQuoteSelector"
        assert position["type"] == "TextPositionSelector"
        assert a.text[position["start"] : position["end"]] == quote["exact"]
        context = quote["prefix"] + quote["exact"] + quote["suffix"]
        assert a.text.count(context) == 1
        assert a.text.index(context) + len(quote["prefix"]) == position["start"]
    # the third "Hoa Kỳ" is the one found, not the first
    (hoa_ky,) = (i for i in data["first"]["items"] if i["id"].endswith(":s1"))
    assert hoa_ky["target"]["selector"][1]["start"] == a.text.rindex("Hoa Kỳ")


def test_shape_of_one_annotation() -> None:
    articles = make_articles()
    a, b = articles
    anns = [
        span(a, "Hoa Kỳ", id="0b6f3c1e-8a55-4d7e-9a43-2f1d6c1f0a01", note="Mỹ"),
        tag(b.id, "bão", id="t"),
    ]
    data = json.loads(export_text("w3c", articles, anns))
    assert data["type"] == "AnnotationCollection" and data["total"] == 2
    spanned, tagged = data["first"]["items"]  # corpus order: article a, then b
    assert spanned["@context"][0] == "http://www.w3.org/ns/anno.jsonld"
    assert spanned["id"] == "urn:uuid:0b6f3c1e-8a55-4d7e-9a43-2f1d6c1f0a01"
    assert spanned["creator"] == {"type": "Person", "nickname": "lan"}
    assert spanned["target"]["source"] == {  # what the offsets count in
        "id": "urn:vnreader:text:" + a.content_hash,
        "type": "Text",
        "format": "text/plain",
        "language": "vi",
    }
    assert spanned["target"]["scope"] == (
        "https://vnexpress.net/kim-ng%E1%BA%A1ch-xu%E1%BA%A5t-kh%E1%BA%A9u-4711.html"
    )
    purposes = {b["purpose"]: b for b in spanned["body"]}
    assert purposes["classifying"]["value"] == "PER" and "language" not in purposes["classifying"]
    assert purposes["commenting"] == {
        "type": "TextualBody",
        "purpose": "commenting",
        "value": "Mỹ",
        "format": "text/plain",
        "language": "vi",
    }
    assert tagged["target"] == "urn:vnreader:article:vn%20002%2F%E1%BA%AF"
    assert tagged["body"][0]["purpose"] == "tagging" and tagged["motivation"] == "tagging"


def test_empty_export_is_an_empty_collection(tmp_path: Path) -> None:
    text = export_text("w3c", make_articles(), [])
    data = json.loads(text)
    assert data["total"] == 0 and "first" not in data
    path = tmp_path / "e.json"
    path.write_text(text, encoding="utf-8")
    with AnnotationStore(tmp_path / "db.json") as store:
        report = import_file(path, make_articles(), store)
    assert (report.format, report.added, len(store)) == ("w3c", 0, 0)


@pytest.mark.parametrize(
    "ann_id",
    ["0b6f3c1e-8a55-4d7e-9a43-2f1d6c1f0a01", "https://hypothes.is/a/x", "a b", "urn:uuid:x"],
)
def test_annotation_ids_are_uris_and_come_back(ann_id: str) -> None:
    iri = annotation_iri(ann_id)
    assert iri.isascii() and ":" in iri and " " not in iri
    assert annotation_id_from_iri(iri) == ann_id


def _other_tool_file(tmp_path: Path, items: object) -> Path:
    path = tmp_path / "other.jsonld"
    path.write_text(json.dumps(items, ensure_ascii=False), encoding="utf-8")
    return path


def test_import_from_another_tool_matches_url_and_reads_bodies(tmp_path: Path) -> None:
    """Like shared/w3c-annotation/examples/valid.json: no vnreader fields, article by URL."""
    articles = make_articles()
    a = articles[0]
    start = a.text.index("Hoa Kỳ")
    items = [
        {
            "@context": "http://www.w3.org/ns/anno.jsonld",
            "id": "urn:uuid:0b6f3c1e-8a55-4d7e-9a43-2f1d6c1f0a01",
            "type": "Annotation",
            "created": "2024-05-01T15:30:00+07:00",
            "creator": "https://example.org/people/minh",
            "motivation": "tagging",
            "body": [{"type": "TextualBody", "value": "LOC", "purpose": "tagging"}],
            "target": {
                "source": "http://VNEXPRESS.net/kim-ngạch-xuất-khẩu-4711.html/",
                "selector": [
                    {"type": "TextQuoteSelector", "exact": "Hoa Kỳ", "prefix": "sang "},
                ],
            },
        },
        {
            "@context": "http://www.w3.org/ns/anno.jsonld",
            "id": "https://example.org/anno/2",
            "type": "Annotation",
            "motivation": "commenting",
            "bodyValue": nfd_text("Con số cả năm"),
            "target": {
                "source": a.url,
                "selector": {"type": "TextPositionSelector", "start": 0, "end": 9},
            },
        },
        {
            "@context": "http://www.w3.org/ns/anno.jsonld",
            "id": "urn:uuid:0b6f3c1e-8a55-4d7e-9a43-2f1d6c1f0a03",
            "type": "Annotation",
            "modified": "2024-05-02T00:00:00Z",
            "body": [
                {"type": "TextualBody", "value": "kinh-te", "purpose": "tagging"},
                {"type": "TextualBody", "value": "Ghi chú", "purpose": "commenting"},
            ],
            "target": "https://example.org/unknown-article",
        },
    ]
    path = _other_tool_file(tmp_path, items)
    with AnnotationStore(tmp_path / "db.json") as store:
        report = import_file(path, articles, store)
        again = import_file(path, articles, store)
        by_id = {x.id: x for x in store}
    assert report.format == "w3c" and report.added == 4 and again.skipped == 4
    assert again.added == again.updated == 0
    loc = by_id["0b6f3c1e-8a55-4d7e-9a43-2f1d6c1f0a01"]
    assert (loc.kind, loc.article_id, loc.label) == ("span", a.id, "LOC")
    assert loc.anchor is not None and (loc.anchor.start, loc.anchor.end) == (start, start + 6)
    assert loc.created == "2024-05-01T08:30:00.000Z" == loc.modified
    assert loc.author == "https://example.org/people/minh" and not loc.orphan
    comment = by_id["https://example.org/anno/2"]
    assert comment.note == "Con số cả năm" and comment.anchor is not None
    assert comment.anchor.exact == a.text[:9] and comment.created == "1970-01-01T00:00:00.000Z"
    split = [x for x in by_id.values() if x.article_id == "https://example.org/unknown-article"]
    assert sorted((x.kind, x.tag or x.note) for x in split) == [
        ("note", "Ghi chú"),
        ("tag", "kinh-te"),
    ]
    assert any("not in corpus" in line for line in report.unplaced)


def nfd_text(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def test_import_of_the_shared_examples(tmp_path: Path) -> None:
    valid = SHARED / "examples" / "valid.json"
    if not valid.is_file():
        pytest.skip(f"{valid} not found")
    text = (SHARED / "examples" / "article.txt").read_text(encoding="utf-8").strip()
    article = Article(
        id="example",
        path=Path("article.txt"),
        title="Kim ngạch",
        paragraphs=(text,),
        url="https://vnexpress.net/example-article-4711",
    )
    with AnnotationStore(tmp_path / "db.json") as store:
        report = import_file(valid, [article], store)
        orphan = import_file(SHARED / "examples" / "orphan.json", [article], store)
        anns = {a.id: a for a in store}
    assert report.unplaced == [] and report.added == 3
    hoa_ky = anns["0b6f3c1e-8a55-4d7e-9a43-2f1d6c1f0a01"]
    assert hoa_ky.anchor is not None and text[hoa_ky.anchor.start : hoa_ky.anchor.end] == "Hoa Kỳ"
    assert anns["0b6f3c1e-8a55-4d7e-9a43-2f1d6c1f0a03"].tag == "kinh-te"
    assert orphan.added == 1 and "orphan" in orphan.unplaced[0]
    (kept,) = (a for a in anns.values() if a.id.endswith("orphan-1"))
    assert kept.orphan and kept.anchor is not None and kept.anchor.exact == "97,1 tỷ USD"


def test_import_follows_embedded_pages_and_reports_linked_ones(tmp_path: Path) -> None:
    articles = make_articles()
    items = json.loads(
        export_text(
            "w3c", articles, [tag(articles[0].id, "a", id="t1"), tag(articles[0].id, "b", id="t2")]
        )
    )["first"]["items"]
    collection = {
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "id": "https://example.org/c",
        "type": "AnnotationCollection",
        "first": {
            "type": "AnnotationPage",
            "items": items[:1],
            "next": {
                "type": "AnnotationPage",
                "items": items[1:],
                "next": "https://example.org/p3",
            },
        },
    }
    path = _other_tool_file(tmp_path, collection)
    with AnnotationStore(tmp_path / "db.json") as store:
        report = import_file(path, articles, store)
    assert report.added == 2
    assert report.unplaced == [
        "pages from https://example.org/p3 on are not in the file: not imported"
    ]
