"""NER spans (doccano/spaCy JSON Lines) and the figures CSV, with analyze() real and faked."""

from __future__ import annotations

import csv
import io
import itertools
import json
from collections.abc import Callable
from dataclasses import replace
from typing import Any

import pytest
from export_support import export_text, make_articles, span

from vnreader.analysis import Analysis, Entity, Figure
from vnreader.corpus.model import Article
from vnreader.export import FORMATS, export, figures_csv, ner

ARTICLES = make_articles()
A, B = ARTICLES


def fake_analyze(
    entities: dict[str, list[tuple[str, str]]], figures: dict[str, list[Figure]]
) -> Callable[[str], Analysis]:
    """An analyze() that finds the given (text, label) entities / figures in known texts."""

    def analyze(text: str) -> Analysis:
        ents = []
        for needle, label in entities.get(text, []):
            start = text.index(needle)
            ents.append(Entity(start, start + len(needle), needle, label, needle.lower()))
        return Analysis(tuple(ents), tuple(figures.get(text, [])))

    return analyze


def lines(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines()]


def test_spans_are_doccano_lines_from_user_labels() -> None:
    anns = [
        span(A, "Hoa Kỳ", id="s1", label="LOC"),
        span(A, "Hoa Kỳ đạt 96,8 tỷ USD", id="s2", label="FIGURE"),  # overlapping: kept
        span(A, "Việt Nam", id="s3", label=None, note="chỉ có ghi chú"),
        replace(span(A, "Bộ Y tế", id="s4", label="ORG"), orphan=True),
    ]
    out = io.StringIO()
    summary = export("spans", ARTICLES, anns, out)
    (record,) = lines(out.getvalue())
    assert record["text"] == A.text and record["article_id"] == A.id
    s = A.text.index("Hoa Kỳ")
    assert record["label"] == [[s, s + 6, "LOC"], [s, s + len("Hoa Kỳ đạt 96,8 tỷ USD"), "FIGURE"]]
    assert (summary.articles, summary.annotations, summary.skipped) == (1, 2, 2)
    assert summary.messages == [
        "1 span without a label left out",
        "1 span whose quote is no longer in the article (orphans) left out",
    ]


def test_spans_per_paragraph_are_rebased() -> None:
    anns = [
        span(A, "Hoa Kỳ", id="s1", label="LOC", occurrence=2),
        span(A, "Bộ Y tế", id="s2", label="ORG"),
        span(A, "2023.\n\nBộ", id="s3", label="X"),  # crosses a paragraph break
    ]
    out = io.StringIO()
    summary = export("spans", ARTICLES, anns, out, per="paragraph")
    records = lines(out.getvalue())
    assert [r["paragraph"] for r in records] == [1, 3]
    for r in records:
        for start, end, label in r["label"]:
            assert r["text"][start:end] in ("Hoa Kỳ", "Bộ Y tế"), label
    assert records[1]["label"] == [
        [A.paragraphs[3].rindex("Hoa Kỳ"), A.paragraphs[3].rindex("Hoa Kỳ") + 6, "LOC"]
    ]
    assert summary.skipped == 1 and "crossing a paragraph break" in summary.messages[0]
    with pytest.raises(ValueError, match="per must be"):
        export("spans", ARTICLES, anns, io.StringIO(), per="sentence")


def test_suggestions_fill_in_where_the_user_did_not_label(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        ner,
        "analyze",
        fake_analyze(
            {
                A.text: [("Việt Nam", "LOC"), ("Hoa Kỳ đạt", "MISC"), ("Bộ Y tế", "ORG")],
                B.text: [("Quảng Ninh", "LOC")],
            },
            {},
        ),
    )
    anns = [span(A, "Hoa Kỳ", id="s1", label="GPE")]
    records = lines(export_text("spans", ARTICLES, anns, include_suggestions=True))
    by_id = {r["article_id"]: r["label"] for r in records}
    vn, hk, byt = (A.text.index(x) for x in ("Việt Nam", "Hoa Kỳ", "Bộ Y tế"))
    # "Hoa Kỳ đạt" overlaps the user's span: left out; the others are added
    assert by_id[A.id] == [[vn, vn + 8, "LOC"], [hk, hk + 6, "GPE"], [byt, byt + 7, "ORG"]]
    qn = B.text.index("Quảng Ninh")
    assert by_id[B.id] == [[qn, qn + 10, "LOC"]]  # an unannotated article gets suggestions
    assert export_text("spans", ARTICLES, anns).count("\n") == 1  # without: only A


def test_spans_with_the_real_analyzer_are_well_formed() -> None:
    anns = [span(A, "Hoa Kỳ", id="s1", label="LOC")]
    for record in lines(export_text("spans", ARTICLES, anns, include_suggestions=True)):
        text = record["text"]
        assert isinstance(text, str)
        spans = sorted(record["label"])
        user = [text.index("Hoa Kỳ"), text.index("Hoa Kỳ") + 6, "LOC"] if "Hoa Kỳ" in text else []
        assert record["article_id"] != A.id or user in spans
        for start, end, label in spans:
            assert 0 <= start < end <= len(text) and isinstance(label, str) and label
        suggested = [s for s in spans if s != user]
        for before, after in itertools.pairwise(suggested):
            assert before[1] <= after[0], "suggestions must not overlap"


FIG = Figure(0, 0, "", 96.8e9, "USD", "money", "gần", None)


def test_csv_rows_with_context_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    s = A.text.index("96,8 tỷ USD")
    y = A.text.index("2023")
    figures = {
        A.text: [
            replace(
                FIG,
                start=y,
                end=y + 4,
                text="2023",
                value=2023.0,
                unit=None,
                category="year",
                approx=None,
                date="2023",
            ),
            replace(FIG, start=s, end=s + 11, text="96,8 tỷ USD"),
        ]
    }
    monkeypatch.setattr(figures_csv, "analyze", fake_analyze({}, figures))
    text = export_text("csv", ARTICLES, [], spreadsheet=False)
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == list(figures_csv.COLUMNS)
    first_sentence = A.paragraphs[0]
    assert rows[1] == [
        A.id,
        A.title,
        "96,8 tỷ USD",
        "96800000000",
        "USD",
        "money",
        "gần",
        "",
        str(s),
        str(s + 11),
        first_sentence,
    ]
    assert rows[2][2:4] == ["2023", "2023"] and rows[2][7] == "2023"
    assert len(rows) == 3


def test_csv_is_safe_for_spreadsheets_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    article = Article(
        id="x",
        path=A.path,
        title='=HYPERLINK("http://evil","bấm"), "tiêu đề"',
        paragraphs=('-5 độ, rất lạnh; "thật" vậy. Ngày 2/12 tăng 85%.\tHết.',),
    )
    text = article.text
    figures = {
        text: [
            Figure(0, 5, "-5 độ", -5.0, "degree", "quantity"),
            Figure(text.index("2/12"), text.index("2/12") + 4, "2/12", None, None, "date"),
            Figure(text.index("85%"), text.index("85%") + 3, "85%", 85.0, "percent", "percent"),
        ]
    }
    monkeypatch.setattr(figures_csv, "analyze", fake_analyze({}, figures))
    plain = export_text("csv", [article], [], spreadsheet=False)
    rows = list(csv.reader(io.StringIO(plain)))
    assert rows[1][1] == article.title and rows[1][2] == "-5 độ" and rows[1][3] == "-5"
    assert rows[1][10] == '-5 độ, rất lạnh; "thật" vậy.'
    sheet = export_text("csv", [article], [])  # the default
    assert sheet.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(sheet[1:])))
    assert rows[1][1].startswith("'=HYPERLINK") and rows[1][2] == "'-5 độ" and rows[1][3] == "-5"
    assert [r[2] for r in rows[2:]] == ["'2/12", "'85%"]  # stay text, not a date, not 0.85
    assert rows[3][3] == "85" and rows[2][8] == str(text.index("2/12"))  # numbers stay numbers
    assert figures_csv._defuse("\tcmd", 1) == "'\tcmd" and figures_csv._defuse("\rx", 1) == "'\rx"
    assert figures_csv._defuse("Hà Nội", 1) == "Hà Nội"


def test_csv_with_the_real_analyzer_has_consistent_rows() -> None:
    rows = list(csv.DictReader(io.StringIO(export_text("csv", ARTICLES, [], spreadsheet=False))))
    texts = {a.id: a.text for a in ARTICLES}
    for row in rows:
        start, end = int(row["start"]), int(row["end"])
        assert texts[row["article_id"]][start:end] == row["figure_text"]
        assert row["figure_text"] in row["context_sentence"]


def test_filters_select_articles_for_every_format() -> None:
    from export_support import note, tag

    anns = [
        tag(A.id, "kinh-tế", id="t1"),
        tag(B.id, "thời tiết", id="t2"),
        note("not-in-corpus", "vẫn xuất", id="n1"),
        tag("not-in-corpus", "kinh-tế", id="t3"),
        span(A, "Hoa Kỳ", id="s1", label="LOC"),
    ]
    data = json.loads(export_text("json", ARTICLES, anns, tags=["kinh-tế"]))
    assert [a["id"] for a in data["articles"]] == [A.id, "not-in-corpus"]
    assert data["articles"][1]["in_corpus"] is False and data["articles"][1]["title"] is None
    assert data["articles"][1]["notes"][0]["text"] == "vẫn xuất"
    data = json.loads(export_text("json", ARTICLES, anns, article_ids=[B.id]))
    assert [a["id"] for a in data["articles"]] == [B.id]
    for fmt in ("jsonl", "w3c"):
        text = export_text(fmt, ARTICLES, anns)
        assert "vẫn xuất" in text and text.count("not-in-corpus") >= 2
    rows = export_text("csv", ARTICLES, anns, tags=["thời tiết"])
    assert A.id not in rows
    assert export_text("spans", ARTICLES, anns, tags=["thời tiết"]) == ""
    assert FORMATS == ("json", "jsonl", "w3c", "spans", "csv")
    with pytest.raises(ValueError, match="unknown export format"):
        export("xml", ARTICLES, anns, io.StringIO())


def test_rejected_suggestions_export_apart_from_accepted_ones(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(
        ner,
        "analyze",
        fake_analyze({A.text: [("Việt Nam", "LOC"), ("Bộ Y tế", "ORG")]}, {}),
    )
    no = replace(span(A, "Bộ Y tế", id="r1", label="ORG"), kind="rejection")
    anns = [span(A, "Hoa Kỳ", id="s1", label="LOC"), no]
    vn, hk, byt = (A.text.index(x) for x in ("Việt Nam", "Hoa Kỳ", "Bộ Y tế"))
    [record] = [
        r
        for r in lines(export_text("spans", ARTICLES, anns, include_suggestions=True))
        if r["article_id"] == A.id
    ]
    # the rejected suggestion is never a label, and is listed as rejected
    assert record["label"] == [[vn, vn + 8, "LOC"], [hk, hk + 6, "LOC"]]
    assert record["rejected"] == [[byt, byt + 7, "ORG"]]
    [plain] = lines(export_text("spans", ARTICLES, anns))
    assert plain["label"] == [[hk, hk + 6, "LOC"]] and plain["rejected"] == [[byt, byt + 7, "ORG"]]
    # per paragraph: the rejection is re-based on its paragraph's line, with no label there
    by_paragraph = lines(export_text("spans", ARTICLES, [no], per="paragraph"))
    assert [(r["paragraph"], r["label"], r["rejected"]) for r in by_paragraph] == [
        (1, [], [[0, 7, "ORG"]])
    ]
    # without rejections the lines are as before: no "rejected" key
    assert "rejected" not in lines(export_text("spans", ARTICLES, anns[:1]))[0]


def test_a_rejected_figure_is_no_ner_example_and_leaves_the_figures_csv(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    s = A.text.index("96,8 tỷ USD")
    money = replace(FIG, start=s, end=s + 11, text="96,8 tỷ USD")
    monkeypatch.setattr(ner, "analyze", fake_analyze({A.text: [("Bộ Y tế", "ORG")]}, {}))
    monkeypatch.setattr(figures_csv, "analyze", fake_analyze({}, {A.text: [money]}))
    entity_no = replace(span(A, "Bộ Y tế", id="r1", label="ORG"), kind="rejection", tag="entity")
    figure_no = replace(
        span(A, "96,8 tỷ USD", id="r2", label="money"), kind="rejection", tag="figure"
    )
    older = replace(figure_no, id="r3", tag=None)  # made before the kind was kept
    byt = A.text.index("Bộ Y tế")
    for no in (figure_no, older):
        [record] = lines(export_text("spans", ARTICLES, [entity_no, no]))
        assert record["rejected"] == [[byt, byt + 7, "ORG"]]  # no "money" label in NER data
        assert export_text("spans", ARTICLES, [no]) == ""
        rows = list(csv.reader(io.StringIO(export_text("csv", ARTICLES, [no], spreadsheet=False))))
        assert all(row[2] != "96,8 tỷ USD" for row in rows)
    rows = list(csv.reader(io.StringIO(export_text("csv", ARTICLES, [], spreadsheet=False))))
    assert any(row[2] == "96,8 tỷ USD" for row in rows)
