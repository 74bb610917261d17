"""The native JSON export (``json``): one object per annotated article, lossless.

Shape (version 3)::

    {"format": "vnreader-annotations", "version": 3, "exported": TIME, "generator": ...,
     "articles": [{"id", "title", "source", "url", "published", "author", "path",
                   "content_hash", "in_corpus", "tags": [TAG...],
                   "tag_annotations": [{"id", "tag", "created", "modified", "author",
                                        "revisions"}],
                   "notes": [{"id", "text", "created", "modified", "author", "revisions"}],
                   "spans": [{"id", "start", "end", "quote", "prefix", "suffix",
                              "content_hash", "label", "note", "created", "modified",
                              "author", "orphan", "revisions"}],
                   "rejections": [{same fields as spans}],
                   "deleted": [{"id", "kind", "created", "modified", "deleted", "author",
                                "revisions"}],
                   "entity_choices": [{"id", "action", "subject", "target", "created",
                                       "modified", "author", "revisions"}],
                   "reviews": [{"id", "progress", "created", "modified", "author",
                                "revisions"}]}]}

``entity_choices`` (only on the article ``~entities``, which stands for the whole corpus)
holds the user's merges (``subject`` group joins the ``target`` group) and splits (the alias
``target`` leaves the key ``subject``).

``reviews`` (only when there are some) holds how far the review of the article's
suggestions went, ``progress`` being "decided/total" ("12/37"; the newest one counts).
``rejections`` (only when there are some) holds the suggestions the user rejected, placed as
spans are (their ``label`` is the suggestion's: an entity's label or a figure's category;
their ``tag`` says which was rejected, ``entity`` or ``figure``). ``deleted`` holds the
tombstones of deleted annotations (so a deletion travels); ``revisions`` the ``modified``
times of the versions each one replaced (so an import tells an update from a conflict).
Version 1 files (neither key) are read too.

Offsets are code points of the article's NFC text, end exclusive. ``notes`` is a list because
two people's notes on one article both survive a merge. The reader also accepts a single
``"note": {...}`` and bare ``"tags"`` without ``tag_annotations`` (hand-written files).
"""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any, TextIO

from vnreader.export.reader import RecordReader, check_entity_choice, check_review
from vnreader.export.selection import ArticleGroup
from vnreader.export.values import EPOCH, derived_id, file_header
from vnreader.store.model import KINDS, Anchor, Annotation

FORMAT = "vnreader-annotations"
EMPTY_ANCHOR = Anchor(0, 0, "", "", "", "")
VERSION = 3  # 3: ``reviews``


def write(
    groups: list[ArticleGroup], out: TextIO, exported: str, *, with_text: bool = False
) -> int:
    """Write the groups as one JSON document; returns the number of annotations written.
    ``with_text`` adds each article's cleaned ``text`` (null when not in the corpus)."""
    articles = []
    for group in groups:
        data = _article(group)
        if with_text:
            data["text"] = group.article.text if group.article else None
        articles.append(data)
    doc = {**file_header(FORMAT, VERSION, exported), "articles": articles}
    json.dump(doc, out, ensure_ascii=False, indent=2)
    out.write("\n")
    return sum(len(g.annotations) for g in groups)


def article_meta(group: ArticleGroup) -> dict[str, Any]:
    """What is known of the group's article (nulls when it is not in the corpus)."""
    a = group.article
    return {
        "id": group.article_id,
        "title": a.title if a else None,
        "source": a.source if a else None,
        "url": a.url if a else None,
        "published": a.published if a else None,
        "author": a.author if a else None,
        "path": a.path.as_posix() if a else None,
        "content_hash": a.content_hash if a else None,
        "in_corpus": a is not None,
    }


def _article(group: ArticleGroup) -> dict[str, Any]:
    data = article_meta(group)
    data["tags"] = group.tag_names
    data["tag_annotations"] = [
        {"id": t.id, "tag": t.tag, **_stamps(t), **_extras(t, "label", "note")} for t in group.tags
    ]
    data["notes"] = [
        {"id": n.id, "text": n.note or "", **_stamps(n), **_extras(n, "tag", "label")}
        for n in group.notes
    ]
    data["spans"] = [_span(s) for s in group.spans]
    if group.rejections:
        data["rejections"] = [_span(s) for s in group.rejections]
    if group.entities:
        data["entity_choices"] = [
            {"id": e.id, "action": e.label, "subject": e.tag, "target": e.note, **_stamps(e)}
            for e in group.entities
        ]
    if group.reviews:
        data["reviews"] = [{"id": v.id, "progress": v.label, **_stamps(v)} for v in group.reviews]
    data["deleted"] = [
        {"id": t.id, "kind": t.kind, **_stamps(t), "deleted": t.deleted} for t in group.deleted
    ]
    return data


def _stamps(a: Annotation) -> dict[str, Any]:
    return {
        "created": a.created,
        "modified": a.modified,
        "author": a.author,
        "revisions": list(a.revisions),
    }


def _extras(a: Annotation, *keys: str) -> dict[str, Any]:
    """Fields a record of this kind does not normally have, when set (kept for round trips)."""
    return {k: getattr(a, k) for k in keys if getattr(a, k) is not None}


def _span(s: Annotation) -> dict[str, Any]:
    anchor = s.anchor or EMPTY_ANCHOR  # a span without anchor is malformed: keep it anyway
    return {
        "id": s.id,
        "start": anchor.start,
        "end": anchor.end,
        "quote": anchor.exact,
        "prefix": anchor.prefix,
        "suffix": anchor.suffix,
        "content_hash": anchor.content_hash,
        "label": s.label,
        "note": s.note,
        **_stamps(s),
        "orphan": s.orphan,
        **_extras(s, "tag"),
    }


def read(doc: dict[str, Any], r: RecordReader) -> list[Annotation]:
    """The annotations of a parsed native document (format already checked)."""
    version = doc.get("version")
    if isinstance(version, bool) or not isinstance(version, int):
        r.fail(doc, "'version' must be an integer")
    if version > VERSION:
        r.fail(doc, f"version {version} is newer than this vnreader reads ({VERSION})")
    exported = r.time(doc, "exported", EPOCH)
    result: list[Annotation] = []
    for item in r.items(doc, "articles"):
        art = r.obj(item, doc, "each of 'articles'")
        result.extend(_read_article(art, r, exported))
    return result


def _read_article(art: dict[str, Any], r: RecordReader, exported: str) -> list[Annotation]:
    aid = r.required_text(art, "id")
    article_hash = r.text(art, "content_hash") or ""
    out: list[Annotation] = []
    tagged: set[str] = set()
    for item in r.items(art, "tag_annotations"):
        t = r.obj(item, art, "a tag annotation")
        tag = r.required_text(t, "tag")
        tagged.add(tag)
        out.append(_base(t, r, aid, "tag", exported, tag=tag))
    for item in r.items(art, "tags"):
        if not isinstance(item, str):
            r.fail(art, "'tags' must be a list of strings")
        tag = r.text({"tag": item}, "tag") or ""
        if tag and tag not in tagged:  # a bare tag: give it a stable id of its own
            tagged.add(tag)
            out.append(_plain(aid, "tag", exported, tag=tag))
    notes = r.items(art, "notes")
    if isinstance(art.get("note"), dict):
        notes = [*notes, art["note"]]
    for item in notes:
        n = r.obj(item, art, "a note")
        out.append(_base(n, r, aid, "note", exported, note=r.text(n, "text") or ""))
    for anchored, key in (("span", "spans"), ("rejection", "rejections")):
        out.extend(_read_spans(art, r, aid, anchored, key, exported, article_hash))
    for item in r.items(art, "entity_choices"):
        e = r.obj(item, art, "an entity choice")
        fields = {"label": e.get("action"), "tag": e.get("subject"), "note": e.get("target")}
        check_entity_choice(e, r, fields)
        fields = {k: r.text(fields, k) for k in fields}  # sanitised
        out.append(_base(e, r, aid, "entity", exported, **fields))
    for item in r.items(art, "reviews"):
        v = r.obj(item, art, "a review")
        fields = {"label": v.get("progress")}
        check_review(fields, r)
        out.append(_base(v, r, aid, "review", exported, label=r.text(fields, "label")))
    for item in r.items(art, "deleted"):
        t = r.obj(item, art, "a deleted annotation")
        kind = t.get("kind")
        if kind not in KINDS:
            r.fail(t, f"'kind' must be one of {', '.join(KINDS)}")
        gone = _base(t, r, aid, kind, exported)
        out.append(replace(gone, deleted=r.time(t, "deleted", gone.modified)))
    return out


def _read_spans(
    art: dict[str, Any],
    r: RecordReader,
    aid: str,
    kind: str,
    key: str,
    exported: str,
    article_hash: str,
) -> list[Annotation]:
    """The spans (or rejections) listed under *key*."""
    out: list[Annotation] = []
    for item in r.items(art, key):
        s = r.obj(item, art, "a span")
        start, end = r.offset(s, "start"), r.offset(s, "end")
        if end < start:
            r.fail(s, f"span ends ({end}) before it starts ({start})")
        anchor = Anchor(
            start=start,
            end=end,
            exact=r.text(s, "quote", required=True) or "",
            prefix=r.text(s, "prefix") or "",
            suffix=r.text(s, "suffix") or "",
            content_hash=r.text(s, "content_hash") or article_hash,
        )
        out.append(
            _base(
                s,
                r,
                aid,
                kind,
                exported,
                label=r.text(s, "label"),
                note=r.text(s, "note"),
                anchor=anchor,
                orphan=r.flag(s, "orphan"),
            )
        )
    return out


def _base(
    obj: dict[str, Any], r: RecordReader, aid: str, kind: str, exported: str, **fields: Any
) -> Annotation:
    created = r.time(obj, "created", r.time(obj, "modified", exported))
    for key in ("tag", "label", "note"):  # extras a tag/note record may carry
        if key not in fields and key in obj:
            fields[key] = r.text(obj, key)
    return Annotation(
        id=r.required_text(obj, "id"),
        article_id=aid,
        kind=kind,  # type: ignore[arg-type]
        created=created,
        modified=r.time(obj, "modified", created),
        author=r.text(obj, "author") or "",
        revisions=r.revisions(obj),
        **fields,
    )


def _plain(aid: str, kind: str, exported: str, **fields: Any) -> Annotation:
    return Annotation(
        id=derived_id(aid, kind, *(str(v) for v in fields.values())),
        article_id=aid,
        kind=kind,  # type: ignore[arg-type]
        created=exported,
        modified=exported,
        author="",
        **fields,
    )
