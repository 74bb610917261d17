"""The JSON Lines export (``jsonl``): a header line, then one self-contained annotation a line.

Every line has the same keys, so the file loads straight into a data frame::

    {"format": "vnreader-annotations-jsonl", "version": 3, "exported": TIME, ...}
    {"id", "kind", "article_id", "article_title", "article_source", "article_url",
     "article_tags", "content_hash", "start", "end", "quote", "prefix", "suffix",
     "label", "note", "tag", "created", "modified", "author", "orphan", "deleted",
     "revisions"}

A deleted annotation is a line with ``deleted`` (its time) and no content, after the live
ones, so that the deletion travels. The reader accepts files with or without the header
line, and version 1 files (no ``deleted``/``revisions``).
"""

from __future__ import annotations

import json
from typing import Any, TextIO

from vnreader.export.reader import RecordReader, check_entity_choice, check_review
from vnreader.export.selection import ArticleGroup
from vnreader.export.values import file_header, whole_number
from vnreader.store.model import ANCHORED, KINDS, Anchor, Annotation

FORMAT = "vnreader-annotations-jsonl"
VERSION = 3  # 3: ``review`` records (how far an article's review went)


def write(
    groups: list[ArticleGroup], out: TextIO, exported: str, *, with_text: bool = False
) -> int:
    """Write the header and one line per annotation; ``with_text`` adds ``article_text``
    (the cleaned text the offsets index; null when the article is not in the corpus)."""
    header = file_header(FORMAT, VERSION, exported)
    out.write(json.dumps(header, ensure_ascii=False) + "\n")
    count = 0
    for group in groups:
        a = group.article
        tags = group.tag_names
        for ann in [*group.ordered(), *group.reviews, *group.entities, *group.deleted]:
            anchor = ann.anchor
            record = {
                "id": ann.id,
                "kind": ann.kind,
                "article_id": ann.article_id,
                "article_title": a.title if a else None,
                "article_source": a.source if a else None,
                "article_url": a.url if a else None,
                "article_tags": tags,
                "content_hash": anchor.content_hash if anchor else (a.content_hash if a else None),
                "start": anchor.start if anchor else None,
                "end": anchor.end if anchor else None,
                "quote": anchor.exact if anchor else None,
                "prefix": anchor.prefix if anchor else None,
                "suffix": anchor.suffix if anchor else None,
                "label": ann.label,
                "note": ann.note,
                "tag": ann.tag,
                "created": ann.created,
                "modified": ann.modified,
                "author": ann.author,
                "orphan": ann.orphan,
                "deleted": ann.deleted,
                "revisions": list(ann.revisions),
            }
            if with_text:
                record["article_text"] = a.text if a else None
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
    return count


def is_header(obj: object) -> bool:
    return isinstance(obj, dict) and obj.get("format") == FORMAT


def looks_like_record(obj: object) -> bool:
    return isinstance(obj, dict) and ("kind" in obj or "article_id" in obj)


def read(records: list[Any], r: RecordReader) -> list[Annotation]:
    """The annotations of parsed JSON Lines (header optional, first if present)."""
    result: list[Annotation] = []
    for i, item in enumerate(records):
        if i == 0 and is_header(item):
            version = whole_number(item.get("version"))  # 2.0 after a trip through pandas
            if version is not None and version > VERSION:
                r.fail(item, f"version {version} is newer than this vnreader reads ({VERSION})")
            continue
        rec = r.obj(item, item, "each line")
        result.append(_record(rec, r))
    return result


def _record(rec: dict[str, Any], r: RecordReader) -> Annotation:
    kind = rec.get("kind")
    if kind not in KINDS:
        r.fail(rec, f"'kind' must be one of {', '.join(KINDS)}")
    anchor = None
    deleted = r.time(rec, "deleted") if rec.get("deleted") is not None else None
    if kind in ANCHORED and deleted is None:
        start, end = r.offset(rec, "start"), r.offset(rec, "end")
        if end < start:
            r.fail(rec, f"span ends ({end}) before it starts ({start})")
        anchor = Anchor(
            start=start,
            end=end,
            exact=r.text(rec, "quote", required=True) or "",
            prefix=r.text(rec, "prefix") or "",
            suffix=r.text(rec, "suffix") or "",
            content_hash=r.text(rec, "content_hash") or "",
        )
    elif kind == "tag" and deleted is None and not r.text(rec, "tag"):
        r.fail(rec, "a tag annotation needs a non-empty 'tag'")
    elif kind == "entity" and deleted is None:
        check_entity_choice(rec, r, rec)
    elif kind == "review" and deleted is None:
        check_review(rec, r)
    created = r.time(rec, "created", r.time(rec, "modified") if "modified" in rec else None)
    return Annotation(
        id=r.required_text(rec, "id"),
        article_id=r.required_text(rec, "article_id"),
        kind=kind,
        created=created,
        modified=r.time(rec, "modified", created),
        author=r.text(rec, "author") or "",
        tag=r.text(rec, "tag"),
        label=r.text(rec, "label"),
        note=r.text(rec, "note"),
        anchor=anchor,
        orphan=r.flag(rec, "orphan"),
        deleted=deleted,
        revisions=r.revisions(rec),
    )
