"""Item 2: text loaded from the DB (a shared or hand-edited file) and config is sanitised."""

from __future__ import annotations

import json
from pathlib import Path

from tests.hostile.hostile_data import HOSTILE, OSC0, OSC52, assert_clean
from vnreader.config import load_config
from vnreader.store import AnnotationStore


def _record(doc_id: str, kind: str, **fields: object) -> dict[str, object]:
    base: dict[str, object] = {
        "id": f"id-{doc_id}",
        "article_id": f"a{OSC0}1",
        "kind": kind,
        "created": "2026-01-01T00:00:00.000Z",
        "modified": "2026-01-01T00:00:00.000Z",
        "author": f"mallory{OSC52}",
        "tag": None,
        "label": None,
        "note": None,
        "anchor": None,
        "orphan": False,
    }
    base.update(fields)
    return base


def hostile_db(path: Path) -> None:
    anchor = {
        "start": 0,
        "end": 4,
        "exact": f"Tin{OSC52}",
        "prefix": "",
        "suffix": HOSTILE,
        "content_hash": "sha256:0",
    }
    span = _record("3", "span", label=f"PER{HOSTILE}", note=f"n{OSC0}", anchor=anchor)
    tag = _record("1", "tag", tag=f"thẻ{HOSTILE}")
    state = {
        "_meta": {"1": {"format": 1}},
        "annotations": {
            "1": tag,
            "2": _record("2", "note", note=f"ghi chú{HOSTILE}\ndòng hai"),
            "3": span,
        },
        "_history": {
            "1": {"stack": "undo", "description": f"tag {OSC52}", "before": None, "after": tag}
        },
    }
    path.write_text(json.dumps(state, ensure_ascii=False), encoding="utf-8")


def test_every_stored_text_is_sanitised_on_load(tmp_path: Path) -> None:
    db = tmp_path / "shared.json"
    hostile_db(db)
    for read_only in (True, False):
        with AnnotationStore(db, read_only=read_only) as store:
            anns = list(store)
            assert len(anns) == 3
            for ann in anns:
                for text in (ann.tag, ann.label, ann.note, ann.author, ann.article_id):
                    assert_clean(text or "")
                if ann.anchor is not None:
                    assert_clean(ann.anchor.exact + ann.anchor.prefix + ann.anchor.suffix)
            assert ann.article_id == "a1"
            assert "ghi chú\ndòng hai" in [a.note for a in anns]
            assert_clean(store.undo_description() or "")
            assert store.tags("a1") == ["thẻ"]


def test_author_from_config_is_sanitised(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    escaped = json.dumps(f"lan{HOSTILE}")  # a TOML basic string accepts JSON's escapes
    config.write_text(f"author = {escaped}\n", encoding="utf-8")
    assert load_config(config).author == "lan"
