"""NER tools as users load the files: doccano's UTF-16 offsets, spaCy's DocBin and alignment."""

from __future__ import annotations

import io
import json
from dataclasses import replace
from pathlib import Path

import pytest
from export_support import STAMP, export_text, make_articles, span

from vnreader.corpus.model import Article
from vnreader.export import export_docbin
from vnreader.store import Anchor, Annotation, AnnotationStore

ARTICLES = make_articles()
A = ARTICLES[0]
EMOJI = Article(
    id="emoji",
    path=Path("emoji.txt"),
    title="Tin vui",
    paragraphs=("Tin vui 🎉 từ Hoa Kỳ: xuất khẩu tăng 😀 mạnh ở Đà Nẵng.",),
)


def js_slice(text: str, start: int, end: int) -> str:
    """text.slice(start, end) as JavaScript (and doccano) computes it: UTF-16 code units."""
    return text.encode("utf-16-le")[2 * start : 2 * end].decode("utf-16-le")


def test_utf16_offsets_are_what_doccano_slices() -> None:
    anns = [span(EMOJI, "Hoa Kỳ", id="s1", label="LOC"), span(EMOJI, "Đà Nẵng", id="s2")]
    plain = json.loads(export_text("spans", [EMOJI], anns))
    assert [EMOJI.text[s:e] for s, e, _ in plain["label"]] == ["Hoa Kỳ", "Đà Nẵng"]
    assert js_slice(EMOJI.text, *plain["label"][0][:2]) != "Hoa Kỳ"  # off by one in doccano
    doccano = json.loads(export_text("spans", [EMOJI], anns, utf16_offsets=True))
    assert [js_slice(EMOJI.text, s, e) for s, e, _ in doccano["label"]] == ["Hoa Kỳ", "Đà Nẵng"]
    assert doccano["label"][1][0] == plain["label"][1][0] + 2  # two emoji before it


def test_a_saved_span_never_starts_or_ends_with_a_space(tmp_path: Path) -> None:
    text = A.text
    start = text.index("Hoa Kỳ")
    with AnnotationStore(tmp_path / "db.json") as store:
        ann = store.add_span(A.id, text, A.content_hash, start - 1, start + 7, label="LOC")
        assert ann.anchor is not None and ann.anchor.exact == "Hoa Kỳ"
        with pytest.raises(ValueError):
            store.add_span(A.id, text, A.content_hash, start - 1, start, label="LOC")


def test_old_spans_with_spaces_at_the_edges_are_trimmed_in_training_data() -> None:
    start = A.text.index("Hoa Kỳ") - 1
    anchor = Anchor.from_text(A.text, start, start + 8, A.content_hash)
    old = Annotation("s1", A.id, "span", STAMP, STAMP, "lan", label="LOC", anchor=anchor)
    line = json.loads(export_text("spans", ARTICLES, [old]))
    assert [A.text[s:e] for s, e, _ in line["label"]] == ["Hoa Kỳ"]


def test_docbin_is_a_real_spacy_file_with_every_span() -> None:
    spacy = pytest.importorskip("spacy")
    from spacy.tokens import DocBin

    anns = [
        span(A, "Hoa Kỳ", id="s1", label="LOC"),
        span(A, "Việt Nam sang Hoa Kỳ", id="s2", label="MISC"),  # overlaps s1
        span(A, "96,8 tỷ USD", id="s3", label="FIGURE"),
        replace(span(A, "Hoa", id="s4", label="X"), anchor=Anchor.from_text(A.text, 2, 5, "")),
    ]
    out = io.BytesIO()
    summary = export_docbin(ARTICLES, anns, out)
    docs = list(DocBin().from_bytes(out.getvalue()).get_docs(spacy.blank("xx").vocab))
    assert len(docs) == 1 and docs[0].text == A.text
    doc = docs[0]
    assert sorted((s.text, s.label_) for s in doc.spans["sc"]) == [
        ("96,8 tỷ USD", "FIGURE"),
        ("Hoa Kỳ", "LOC"),
        ("Việt Nam sang Hoa Kỳ", "MISC"),
    ]
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("Việt Nam sang Hoa Kỳ", "MISC"),
        ("96,8 tỷ USD", "FIGURE"),
    ]
    assert doc.user_data["article_id"] == A.id
    assert summary.annotations == 3 and summary.skipped == 1  # "m n" inside "Kim ngạch"
    assert "not on word boundaries" in summary.messages[0]


def test_docbin_keeps_rejected_suggestions_apart() -> None:
    spacy = pytest.importorskip("spacy")
    from spacy.tokens import DocBin

    no = replace(span(A, "Bộ Y tế", id="r1", label="ORG"), kind="rejection")
    figure = replace(span(A, "96,8 tỷ USD", id="r2", label="money"), kind="rejection", tag="figure")
    out = io.BytesIO()
    export_docbin(ARTICLES, [span(A, "Hoa Kỳ", id="s1", label="LOC"), no, figure], out)
    [doc] = DocBin().from_bytes(out.getvalue()).get_docs(spacy.blank("xx").vocab)
    assert [(s.text, s.label_) for s in doc.spans["sc"]] == [("Hoa Kỳ", "LOC")]
    # a rejected figure is no entity: not a negative NER example
    assert [(s.text, s.label_) for s in doc.spans["rejected"]] == [("Bộ Y tế", "ORG")]
    assert [e.text for e in doc.ents] == ["Hoa Kỳ"]
