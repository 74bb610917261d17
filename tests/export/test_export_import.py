"""import_file: detection, merge rules, placement, and one-line errors for bad files."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from export_support import export_text, make_articles, nfd, note, span, tag

from vnreader.corpus.model import Article
from vnreader.export import ExportFormatError, import_file
from vnreader.store import AnnotationStore

ARTICLES = make_articles()
A = ARTICLES[0]


def write(tmp_path: Path, text: str, name: str = "in.txt") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def store(tmp_path: Path) -> Iterator[AnnotationStore]:
    with AnnotationStore(tmp_path / "db.json", author="me") as s:
        yield s


@pytest.mark.parametrize("fmt", ["json", "jsonl", "w3c"])
def test_format_is_detected_by_content(fmt: str, tmp_path: Path, store: AnnotationStore) -> None:
    path = write(tmp_path, export_text(fmt, ARTICLES, [tag(A.id, "x", id="t1")]), "export.dat")
    report = import_file(path, ARTICLES, store)
    assert (report.format, report.added) == (fmt, 1)
    assert store.get("t1") == tag(A.id, "x", id="t1")


def test_newer_wins_older_is_skipped_nothing_is_lost(
    tmp_path: Path, store: AnnotationStore
) -> None:
    mine = tag(A.id, "giữ", id="only-in-db")
    current = note(A.id, "bản hiện tại", id="n1", modified="2026-05-01T00:00:00.000Z")
    store.merge([mine, current])
    newer = replace(current, note="bản mới hơn", modified="2026-06-01T00:00:00.000Z")
    older = replace(current, note="bản cũ", modified="2026-04-01T00:00:00.000Z")

    report = import_file(write(tmp_path, export_text("json", ARTICLES, [older])), ARTICLES, store)
    assert (report.added, report.updated, report.skipped) == (0, 0, 1)
    assert store.get("n1") == current

    report = import_file(write(tmp_path, export_text("jsonl", ARTICLES, [newer])), ARTICLES, store)
    assert (report.added, report.updated, report.skipped) == (0, 1, 0)
    assert store.get("n1") == newer
    assert store.get("only-in-db") == mine and len(store) == 2


def test_timestamps_in_other_shapes_compare_correctly(
    tmp_path: Path, store: AnnotationStore
) -> None:
    store.merge([note(A.id, "cũ", id="n1", modified="2026-05-01T10:00:00.500Z")])
    record = json.loads(
        export_text("jsonl", ARTICLES, [note(A.id, "mới", id="n1")]).splitlines()[1]
    )
    record["modified"] = "2026-05-01T12:00:01+02:00"  # 10:00:01Z: newer, though it sorts lower
    report = import_file(write(tmp_path, json.dumps(record)), ARTICLES, store)
    assert report.updated == 1
    got = store.get("n1")
    assert got is not None and got.note == "mới" and got.modified == "2026-05-01T10:00:01.000Z"


def test_unknown_article_is_kept_and_reported(tmp_path: Path, store: AnnotationStore) -> None:
    anns = [tag("gone", "x", id="t1"), span(A, "Hoa Kỳ", id="s1")]
    report = import_file(write(tmp_path, export_text("w3c", ARTICLES, anns)), [], store)
    assert report.added == 2 and len(store) == 2
    assert len(report.unplaced) == 2
    assert all("not in corpus" in line for line in report.unplaced)
    assert any(line.startswith("article gone not in corpus (tag “x”") for line in report.unplaced)
    assert store.get("s1") == anns[1]  # kept exactly, not turned into an orphan


def edited(article: Article, *paragraphs: str) -> Article:
    return replace(article, paragraphs=paragraphs)


def test_span_on_an_edited_article_is_found_again(tmp_path: Path, store: AnnotationStore) -> None:
    old = span(A, "Hoa Kỳ", id="s1", occurrence=1, label="LOC", note="đây")
    new_a = edited(A, "Đoạn mở đầu mới: Hoa Kỳ.", *A.paragraphs)
    assert new_a.content_hash != A.content_hash
    path = write(tmp_path, export_text("json", ARTICLES, [old]))
    report = import_file(path, [new_a, ARTICLES[1]], store)
    assert report.unplaced == [] and report.added == 1
    got = store.get("s1")
    assert got is not None and got.anchor is not None and not got.orphan
    second = new_a.text.index("Hoa Kỳ", new_a.text.index("Hoa Kỳ", 30) + 1)
    assert (got.anchor.start, got.anchor.content_hash) == (second, new_a.content_hash)
    assert new_a.text[got.anchor.start : got.anchor.end] == "Hoa Kỳ"
    assert (got.label, got.note, got.modified) == ("LOC", "đây", old.modified)


def test_span_whose_quote_is_gone_becomes_an_orphan(tmp_path: Path, store: AnnotationStore) -> None:
    old = span(A, "Hoa Kỳ", id="s1")
    new_a = edited(A, "Bài đã được viết lại hoàn toàn.")
    report = import_file(write(tmp_path, export_text("w3c", ARTICLES, [old])), [new_a], store)
    assert report.added == 1
    assert len(report.unplaced) == 1 and "orphan" in report.unplaced[0]
    got = store.get("s1")
    assert got is not None and got.orphan and got.anchor == old.anchor


def test_text_is_normalised_and_cleaned_where_it_enters(
    tmp_path: Path, store: AnnotationStore
) -> None:
    hostile = nfd("Ghi chú") + "\x1b]52;c;aGk=\x07\x1b[31m đỏ\x9b"
    data = json.loads(export_text("json", ARTICLES, [note(A.id, "x", id="n1")]))
    data["articles"][0]["notes"][0]["text"] = hostile
    data["articles"][0]["tags"] = [nfd("Đà Nẵng")]
    import_file(write(tmp_path, json.dumps(data)), ARTICLES, store)
    got = store.get("n1")
    assert got is not None and got.note == "Ghi chú đỏ"  # whole escape sequences removed
    assert store.tags(A.id) == ["Đà Nẵng"]  # a bare tag gets a stable id of its own
    assert import_file(write(tmp_path, json.dumps(data)), ARTICLES, store).skipped == 2


def test_jsonl_without_header_and_w3c_as_json_lines(tmp_path: Path, store: AnnotationStore) -> None:
    lines = export_text("jsonl", ARTICLES, [tag(A.id, "a", id="t1")]).splitlines()
    assert import_file(write(tmp_path, lines[1] + "\n"), ARTICLES, store).format == "jsonl"
    items = json.loads(export_text("w3c", ARTICLES, [tag(A.id, "b", id="t2")]))["first"]["items"]
    text = "\n".join(json.dumps(i, ensure_ascii=False) for i in items) + "\n"
    report = import_file(write(tmp_path, text), ARTICLES, store)
    assert (report.format, report.added) == ("w3c", 1)
    page = {"type": "AnnotationPage", "items": items}
    assert import_file(write(tmp_path, json.dumps(page)), ARTICLES, store).skipped == 1
    assert import_file(write(tmp_path, json.dumps(items[0])), ARTICLES, store).skipped == 1


BROKEN = '{\n  "format": "vnreader-annotations",\n  "version": 1,\n  oops\n}'


def one_line_error(path: Path, store: AnnotationStore) -> str:
    with pytest.raises(ExportFormatError) as info:
        import_file(path, ARTICLES, store)
    message = str(info.value)
    assert "\n" not in message and message.startswith(f"{path}: ")
    return message[len(str(path)) + 2 :]


def test_malformed_files_give_one_line_errors(tmp_path: Path, store: AnnotationStore) -> None:
    good = export_text("json", ARTICLES, [span(A, "Hoa Kỳ", id="s1")])
    lines = good.splitlines()
    start_line = next(i for i, line in enumerate(lines, 1) if '"start"' in line)
    span_line = max(i for i, line in enumerate(lines[:start_line], 1) if line.strip() == "{")

    cases = {
        "": "empty file",
        BROKEN: "line 4: not valid JSON",
        good.replace(
            '"start": ', '"start": -'
        ): f"line {span_line}: 'start' must be a non-negative",
        good.replace('"version": 3', '"version": 9'): "line 1: version 9 is newer",
        good.replace('"modified": "2026', '"modified": "soon'): "is not an ISO 8601 date-time",
        '{"hello": "world"}': "line 1: not a vnreader export",
        '{"type": "Annotation", "body": "x"}': "line 1: an annotation needs a 'target'",
    }
    for text, expected in cases.items():
        assert expected in one_line_error(write(tmp_path, text), store), text[:80]
    jsonl = export_text("jsonl", ARTICLES, [tag(A.id, "a", id="t1"), tag(A.id, "b", id="t2")])
    broken = jsonl.splitlines()
    broken[2] = broken[2][:-5]
    assert one_line_error(write(tmp_path, "\n".join(broken)), store).startswith(
        "line 3: not valid JSON"
    )
    broken = jsonl.replace('"kind": "tag"', '"kind": "bookmark"', 2).splitlines()
    assert one_line_error(write(tmp_path, "\n".join(broken)), store).startswith(
        "line 2: 'kind' must be one of"
    )
    deep = "[" * 100_000 + "]" * 100_000
    assert "nested too deeply" in one_line_error(write(tmp_path, deep), store)
    assert "not valid JSON" in one_line_error(write(tmp_path, "{" * 100_000), store)
    binary = tmp_path / "photo.json"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\xff\xfe\xfa")
    assert "not UTF-8" in one_line_error(binary, store)
    assert len(store) == 0  # a bad file changes nothing


def test_a_bad_record_late_in_the_file_merges_nothing(
    tmp_path: Path, store: AnnotationStore
) -> None:
    text = export_text("jsonl", ARTICLES, [tag(A.id, "a", id="t1"), tag(A.id, "b", id="t2")])
    text = text.replace('"tag": "b"', '"tag": ""')
    with pytest.raises(ExportFormatError, match="line 3"):
        import_file(write(tmp_path, text), ARTICLES, store)
    assert len(store) == 0


@pytest.mark.parametrize("fmt", ["json", "jsonl", "w3c"])
def test_two_people_merge_their_work(fmt: str, tmp_path: Path) -> None:
    b = ARTICLES[1]
    with (
        AnnotationStore(tmp_path / "lan.json", author="lan") as lan,
        AnnotationStore(tmp_path / "minh.json", author="minh") as minh,
    ):
        lan.add_tag(A.id, "kinh-tế")
        lan.set_note(A.id, "Ghi chú của Lan")
        start = A.text.index("Hoa Kỳ")
        lan.add_span(A.id, A.text, A.content_hash, start, start + 6, label="LOC")
        minh.add_tag(A.id, "xuất khẩu")
        minh.add_span(A.id, A.text, A.content_hash, start, start + 10, note="trùng một phần")
        minh.add_tag(b.id, "bão")

        to_minh = write(tmp_path, export_text(fmt, ARTICLES, lan), "lan.out")
        to_lan = write(tmp_path, export_text(fmt, ARTICLES, minh), "minh.out")
        assert import_file(to_minh, ARTICLES, minh).added == 3
        assert import_file(to_lan, ARTICLES, lan).added == 3
        # Lan edits her note afterwards; Minh gets the edit, his copy of it is replaced
        note_id = lan.note(A.id).id  # type: ignore[union-attr]
        lan.set_note(A.id, "Ghi chú của Lan, sửa lại")
        report = import_file(
            write(tmp_path, export_text(fmt, ARTICLES, lan), "lan2.out"), ARTICLES, minh
        )
        assert (report.added, report.updated, report.skipped) == (0, 1, 5)

        assert sorted(lan, key=lambda x: x.id) == sorted(minh, key=lambda x: x.id)
        assert {x.author for x in minh} == {"lan", "minh"}
        assert minh.get(note_id).note == "Ghi chú của Lan, sửa lại"  # type: ignore[union-attr]
        assert len(minh.spans(A.id)) == 2 and minh.tags(A.id) == ["kinh-tế", "xuất khẩu"]


@pytest.mark.parametrize("fmt", ["json", "jsonl", "w3c"])
def test_a_rejection_travels_and_undoes(fmt: str, tmp_path: Path) -> None:
    with AnnotationStore(tmp_path / "a.json", author="lan") as here:
        start = A.text.index("Hoa Kỳ")
        rejected = here.reject(A.id, A.text, A.content_hash, start, start + 6, "ORG")
        assert here.reject(A.id, A.text, A.content_hash, start, start + 6, "ORG") == rejected
        text = export_text(fmt, ARTICLES, list(here))
    with AnnotationStore(tmp_path / "b.json", author="me") as there:
        report = import_file(write(tmp_path, text), ARTICLES, there)
        assert report.added == 1
        [got] = there.rejections(A.id)
        assert got == rejected
        assert there.spans(A.id) == []
        assert got.tag == "entity"
    with AnnotationStore(tmp_path / "a.json", author="lan") as here:  # reopened: still there
        assert here.rejections(A.id) == [rejected]
        here.undo()
        assert here.rejections(A.id) == []


@pytest.mark.parametrize("fmt", ["json", "jsonl", "w3c"])
def test_a_rejected_figure_travels_as_a_figure(fmt: str, tmp_path: Path) -> None:
    with AnnotationStore(tmp_path / "a.json", author="lan") as here:
        start = A.text.index("96,8 tỷ USD")
        rejected = here.reject(
            A.id, A.text, A.content_hash, start, start + 11, "money", suggestion="figure"
        )
        assert (rejected.tag, rejected.label) == ("figure", "money")
        text = export_text(fmt, ARTICLES, list(here))
    with AnnotationStore(tmp_path / "b.json", author="me") as there:
        import_file(write(tmp_path, text), ARTICLES, there)
        [got] = there.rejections(A.id)
        assert got == rejected
        assert (got.kind, got.tag, got.label) == ("rejection", "figure", "money")


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_review_progress_travels_and_the_newest_counts(fmt: str, tmp_path: Path) -> None:
    with AnnotationStore(tmp_path / "lan.json", author="lan") as lan:
        first = lan.record_review(A.id, 3, 10)
        text = export_text(fmt, ARTICLES, list(lan))
    with AnnotationStore(tmp_path / "minh.json", author="minh") as minh:
        report = import_file(write(tmp_path, text), ARTICLES, minh)
        assert report.added == 1
        assert minh.review_progress() == {A.id: (3, 10)}
        assert minh.record_review(A.id, 7, 10).id == first.id  # Minh goes on: a newer version
        back = export_text(fmt, ARTICLES, list(minh))
    with AnnotationStore(tmp_path / "lan.json", author="lan") as lan:
        report = import_file(write(tmp_path, back, "back.txt"), ARTICLES, lan)
        assert (report.updated, report.conflicts) == (1, [])
        assert lan.review_progress() == {A.id: (7, 10)}
        lan.delete(first.id)  # a deletion travels too (a tombstone)
        gone = export_text(fmt, ARTICLES, lan.records())
    with AnnotationStore(tmp_path / "minh.json", author="minh") as minh:
        import_file(write(tmp_path, gone, "gone.txt"), ARTICLES, minh)
        assert minh.review_progress() == {}


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_a_malformed_review_is_refused(fmt: str, tmp_path: Path, store: AnnotationStore) -> None:
    with AnnotationStore(tmp_path / "lan.json", author="lan") as lan:
        lan.record_review(A.id, 3, 10)
        text = export_text(fmt, ARTICLES, list(lan))
    bad = text.replace('"3/10"', '"lots"')
    assert bad != text
    with pytest.raises(ExportFormatError, match="decided/total"):
        import_file(write(tmp_path, bad), ARTICLES, store)
