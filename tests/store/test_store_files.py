"""Bad DB files: a clear one-line StoreError naming the file; the original is never touched."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from vnreader.store import AnnotationStore, StoreError
from vnreader.store.schema import FORMAT

GOOD_RECORD = {
    "id": "x1",
    "article_id": "a1",
    "kind": "tag",
    "created": "2026-01-01T00:00:00.000Z",
    "modified": "2026-01-01T00:00:00.000Z",
    "author": "",
    "tag": "t",
}
VALID = json.dumps({"_meta": {"1": {"format": 1}}, "annotations": {"1": GOOD_RECORD}})

BAD_FILES: dict[str, bytes] = {
    "truncated": VALID[: len(VALID) // 2].encode(),
    "garbage": b"\x00\x01\x02 not json at all",
    "not-utf8": b'{"annotations": {"1": {"tag": "\xff\xfe"}}}',
    "list": b"[1, 2, 3]",
    "string": b'"hello"',
    "table-not-object": b'{"annotations": [1, 2]}',
    "record-not-object": b'{"annotations": {"1": "x"}}',
    "bad-doc-id": b'{"annotations": {"abc": {}}}',
    # digits to str.isdigit() but not to int(): were a ValueError traceback on open
    "superscript-doc-id": json.dumps(
        {"_meta": {"1": {"format": 1}}, "annotations": {"\u00b2": GOOD_RECORD}}
    ).encode(),
    "arabic-indic-history-id": json.dumps(
        {"_meta": {"1": {"format": 1}}, "_history": {"\u0661\u00b2": {}}}
    ).encode(),
    "record-missing-fields": b'{"_meta": {"1": {"format": 1}}, "annotations": {"1": {"id": "x"}}}',
    "bad-kind": json.dumps(
        {"_meta": {"1": {"format": 1}}, "annotations": {"1": {**GOOD_RECORD, "kind": "bogus"}}}
    ).encode(),
    "bad-anchor": json.dumps(
        {
            "_meta": {"1": {"format": 1}},
            "annotations": {"1": {**GOOD_RECORD, "kind": "span", "anchor": {"start": "x"}}},
        }
    ).encode(),
    "bad-format": b'{"_meta": {"1": {"format": "one"}}}',
    "bad-history": b'{"_meta": {"1": {"format": 1}}, "_history": {"1": {"before": 3}}}',
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
@pytest.mark.parametrize("read_only", [False, True])
def test_bad_file_is_refused_and_kept(db: Path, name: str, read_only: bool) -> None:
    content = BAD_FILES[name]
    db.write_bytes(content)
    with pytest.raises(StoreError) as info:
        AnnotationStore(db, read_only=read_only)
    message = str(info.value)
    assert str(db) in message and "\n" not in message
    assert db.read_bytes() == content
    leftovers = {p.name for p in db.parent.iterdir()} - {db.name, db.name + ".lock"}
    assert leftovers == set()


def test_empty_file_is_a_new_db(db: Path) -> None:
    db.write_bytes(b"")
    with AnnotationStore(db) as store:
        assert len(store) == 0
        store.add_tag("a1", "x")
    assert json.loads(db.read_text(encoding="utf-8"))["_meta"]["1"]["format"] == FORMAT


def test_empty_file_read_only_stays_empty(db: Path) -> None:
    db.write_bytes(b"")
    with AnnotationStore(db, read_only=True) as store:
        assert len(store) == 0
    assert db.read_bytes() == b""


def test_valid_file_opens(db: Path) -> None:
    db.write_text(VALID, encoding="utf-8")
    with AnnotationStore(db) as store:
        assert store.tags("a1") == ["t"]


def test_unknown_tables_are_kept(db: Path) -> None:
    db.write_text(
        json.dumps({"_meta": {"1": {"format": 1}}, "extra": {"1": {"k": "giữ lại"}}}),
        encoding="utf-8",
    )
    with AnnotationStore(db) as store:
        store.add_tag("a1", "x")
    assert json.loads(db.read_text(encoding="utf-8"))["extra"] == {"1": {"k": "giữ lại"}}


def test_leftover_temporary_files_are_removed_on_open(db: Path) -> None:
    with AnnotationStore(db) as store:
        store.add_tag("a1", "x")
    leftover = db.with_name(f".{db.name}.tmp-123-abcd")
    leftover.write_text("{half", encoding="utf-8")
    unrelated = db.with_name("notes.txt")
    unrelated.write_text("keep", encoding="utf-8")
    with AnnotationStore(db) as store:
        assert store.tags("a1") == ["x"]
    assert not leftover.exists() and unrelated.exists()
