"""A jsonl export edited in pandas imports back: floats for offsets and flags, epoch-ms dates."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from export_support import export_text, make_articles, note, span, tag

from vnreader.export import import_file
from vnreader.store import AnnotationStore

pd = pytest.importorskip("pandas")
ARTICLES = make_articles()
A = ARTICLES[0]


def annotations() -> list:  # type: ignore[type-arg]
    orphan = span(A, "Hoa Kỳ", id="s2", occurrence=1, modified="2026-11-26T08:00:00.250Z")
    return [
        tag(A.id, "kinh-tế", id="t1"),
        note(A.id, "Đối chiếu", id="n1", modified="2026-11-25T13:14:15.678Z"),
        span(A, "Hoa Kỳ", id="s1", label="LOC", note="nước"),
        orphan,
    ]


@pytest.mark.filterwarnings("ignore:.*'epoch' date format is deprecated")
@pytest.mark.parametrize("date_format", ["epoch", "iso"])
def test_a_jsonl_round_trip_through_pandas_imports_unchanged(
    tmp_path: Path, date_format: str
) -> None:
    text = export_text("jsonl", ARTICLES, annotations())
    frame = pd.read_json(io.StringIO(text), lines=True)
    assert frame["start"].dtype == "float64"  # what made the import refuse the whole file
    edited = tmp_path / "edited.jsonl"
    frame.to_json(edited, orient="records", lines=True, force_ascii=False, date_format=date_format)
    assert '"start":38.0' in edited.read_text(encoding="utf-8")

    with AnnotationStore(tmp_path / "db.json") as store:
        report = import_file(edited, ARTICLES, store)
        assert (report.added, report.unplaced) == (4, [])
        for original in annotations():
            assert store.get(original.id) == original
