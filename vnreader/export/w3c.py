"""W3C Web Annotation export (``w3c``) and a liberal reader of other tools' annotations.

Written: an ``AnnotationCollection`` with one embedded ``AnnotationPage`` (its own ``id`` and
``partOf`` the collection, as §5.2 requires); each annotation is
self-contained (it repeats ``@context``) and passes the W3C test-suite MUST assertions::

    {"@context": "http://www.w3.org/ns/anno.jsonld", "id": "urn:uuid:…", "type": "Annotation",
     "motivation": "classifying", "created": …, "modified": …,
     "creator": {"type": "Person", "nickname": "lan"},
     "body": [{"type": "TextualBody", "purpose": "classifying", "value": "PER",
               "format": "text/plain"}, {… "purpose": "commenting", "language": "vi"}],
     "target": {"type": "SpecificResource", "source": URL or "urn:vnreader:article:<id>",
                "selector": [{"type": "TextQuoteSelector", "exact", "prefix", "suffix"},
                             {"type": "TextPositionSelector", "start", "end"}]},
     "vnreader": {"article_id", "kind", "content_hash", "orphan"}}

Tags are ``tagging`` bodies, notes ``commenting`` bodies, span labels ``classifying`` bodies.
``vnreader`` is an extra property (JSON-LD processors ignore it; the W3C schemas allow it)
that keeps what a lossless round trip needs. Without it (annotations from other tools) the
article comes from the target source (our urn, or a URL matched against the articles' URLs),
spans from the selectors, tags/labels/notes from the bodies' purposes.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TextIO
from urllib.parse import quote, urlsplit, urlunsplit

from vnreader import __version__
from vnreader.corpus.model import Article
from vnreader.export.jsonld import CONTEXT
from vnreader.export.reader import RecordReader
from vnreader.export.selection import ArticleGroup
from vnreader.export.values import (
    EPOCH,
    annotation_id_from_iri,
    annotation_iri,
    article_id_from_urn,
    article_urn,
    derived_id,
    is_uri,
    is_vietnamese,
)
from vnreader.store.model import ANCHORED, KINDS, Anchor, Annotation
from vnreader.textsafe import sanitize

EXTENSION = "vnreader"
TEXT_URN = "urn:vnreader:text:"
LABEL_PURPOSES = ("classifying", "identifying")
_URI_SAFE = ":/?#[]@!$&'()*+,;=%~"


# -- writing -----------------------------------------------------------------------------
def write(groups: list[ArticleGroup], out: TextIO, exported: str) -> int:
    items = [to_w3c(ann, g.article) for g in groups for ann in g.ordered()]
    collection_id = "urn:uuid:" + derived_id("export", exported)
    collection: dict[str, Any] = {
        "@context": CONTEXT,
        "id": collection_id,
        "type": "AnnotationCollection",
        "label": "vnreader annotations",
        "generated": exported,
        "generator": {"type": "Software", "name": f"vnreader {__version__}"},
        "total": len(items),
    }
    if items:
        # Web Annotation Data Model §5.2: a page MUST have an id and SHOULD describe its
        # collection with partOf (an object, as in the model's example and the test suite).
        collection["first"] = {
            "id": "urn:uuid:" + derived_id("export-page-0", exported),
            "type": "AnnotationPage",
            "partOf": {"id": collection_id, "label": collection["label"], "total": len(items)},
            "startIndex": 0,
            "items": items,
        }
    json.dump(collection, out, ensure_ascii=False, indent=2)
    out.write("\n")
    return len(items)


def source_iri(article_id: str, article: Article | None) -> str:
    """The target source: the article's URL when it has a usable one, else its urn."""
    if article is not None and article.url:
        url = quote(article.url.strip(), safe=_URI_SAFE)
        if is_uri(url) and url.lower().startswith(("http://", "https://")):
            return url
    return article_urn(article_id)


def to_w3c(ann: Annotation, article: Article | None) -> dict[str, Any]:
    """One annotation as a W3C Web Annotation (self-contained, with ``@context``)."""
    bodies = [
        _body(value, purpose)
        for value, purpose in ((ann.tag, "tagging"), (ann.label, "classifying"))
        if value is not None
    ]
    if ann.note is not None:
        bodies.append(_body(ann.note, "commenting"))
    source = source_iri(ann.article_id, article)
    extension: dict[str, Any] = {"article_id": ann.article_id, "kind": ann.kind}
    if ann.revisions:
        extension["revisions"] = list(ann.revisions)
    target: str | dict[str, Any] = source
    if ann.anchor is not None:
        a = ann.anchor
        quote_selector = {
            "type": "TextQuoteSelector",
            "exact": a.exact,
            "prefix": a.prefix,
            "suffix": a.suffix,
        }
        rendition = rendition_iri(a.content_hash)
        target = {
            "type": "SpecificResource",
            # the offsets count in this text: the article's cleaned text/plain rendition,
            # named by its content hash; the article itself is the scope
            "source": source
            if rendition is None
            else {"id": rendition, "type": "Text", "format": "text/plain", "language": "vi"},
            "selector": [
                quote_selector,
                {"type": "TextPositionSelector", "start": a.start, "end": a.end},
            ],
        }
        if rendition is not None:
            target["scope"] = source
        if ann.orphan:
            target["orphan"] = True
        extension["content_hash"] = a.content_hash
        extension["orphan"] = ann.orphan
    data: dict[str, Any] = {
        "@context": CONTEXT,
        "id": annotation_iri(ann.id),
        "type": "Annotation",
        "motivation": _motivation(ann),
        "created": ann.created,
        "modified": ann.modified,
    }
    if ann.author:
        data["creator"] = {"type": "Person", "nickname": ann.author}
    if bodies:
        data["body"] = bodies
    data["target"] = target
    data[EXTENSION] = extension
    return data


def rendition_iri(content_hash: str) -> str | None:
    """The IRI naming the exact text a span's offsets count in (None without a hash)."""
    algorithm, _, digest = content_hash.partition(":")
    if algorithm != "sha256" or not digest or not all(c in "0123456789abcdef" for c in digest):
        return None
    return f"{TEXT_URN}{algorithm}:{digest}"


def hash_of_rendition(iri: str) -> str | None:
    return iri[len(TEXT_URN) :] if iri.startswith(TEXT_URN + "sha256:") else None


def _body(value: str, purpose: str) -> dict[str, Any]:
    body = {"type": "TextualBody", "purpose": purpose, "value": value, "format": "text/plain"}
    if is_vietnamese(value):
        body["language"] = "vi"
    return body


def _motivation(ann: Annotation) -> str:
    if ann.kind == "tag":
        return "tagging"
    if ann.kind == "note":
        return "commenting"
    if ann.kind == "rejection":
        return "assessing"
    if ann.label is not None:
        return "classifying"
    return "commenting" if ann.note is not None else "highlighting"


# -- reading -----------------------------------------------------------------------------
def has_type(obj: object, name: str) -> bool:
    if not isinstance(obj, dict):
        return False
    value = obj.get("type")
    return value == name or (isinstance(value, list) and name in value)


def looks_like_w3c(value: object) -> bool:
    if isinstance(value, list):
        return bool(value) and all(has_type(v, "Annotation") for v in value)
    return any(has_type(value, t) for t in ("Annotation", "AnnotationPage", "AnnotationCollection"))


class ArticleResolver:
    """Maps a target source (our urn, or a URL) to an article id."""

    def __init__(self, articles: list[Article]) -> None:
        self._by_url = {url_key(a.url): a.id for a in articles if a.url}

    def __call__(self, source: str) -> str | None:
        return article_id_from_urn(source) or self._by_url.get(url_key(source))


def url_key(url: str) -> str:
    """A URL compared loosely: scheme and host lower-cased, http = https, no trailing slash."""
    url = quote(url.strip(), safe=_URI_SAFE)
    parts = urlsplit(url)
    scheme = "https" if parts.scheme.lower() in ("http", "https") else parts.scheme.lower()
    path = parts.path.rstrip("/")
    return urlunsplit((scheme, parts.netloc.lower(), path, parts.query, ""))


def read(
    value: Any, r: RecordReader, resolve: Callable[[str], str | None]
) -> tuple[list[Annotation], list[str]]:
    """The annotations of a parsed W3C document, and reasons for those that cannot be kept."""
    generated = EPOCH
    unplaced: list[str] = []
    if isinstance(value, list):
        items = value
    elif has_type(value, "AnnotationCollection"):
        generated = r.time(value, "generated", EPOCH)
        first = value.get("first")
        if first is not None and not isinstance(first, dict):
            r.fail(value, "the collection's pages are not embedded ('first' is a link)")
        items = _page_items(first, r, unplaced)
    elif has_type(value, "AnnotationPage"):
        items = _page_items(value, r, unplaced)
    else:
        items = [value]
    result: list[Annotation] = []
    for item in items:
        obj = r.obj(item, value, "each annotation")
        anns = _read_one(obj, r, resolve, generated)
        if not anns:
            raw_id = obj.get("id")
            name = sanitize(raw_id) if isinstance(raw_id, str) else "(no id)"
            unplaced.append(f"annotation {name}: no tag, note or text span")
        result.extend(anns)
    return result, unplaced


def _page_items(page: object, r: RecordReader, unplaced: list[str]) -> list[Any]:
    """The items of an embedded page and of the embedded pages that follow it (``next``)."""
    items: list[Any] = []
    seen: set[int] = set()
    while isinstance(page, dict) and id(page) not in seen:
        seen.add(id(page))
        items.extend(r.items(page, "items"))
        page = page.get("next")
    if isinstance(page, str):
        unplaced.append(f"pages from {sanitize(page)} on are not in the file: not imported")
    return items


def _read_one(
    obj: dict[str, Any], r: RecordReader, resolve: Callable[[str], str | None], generated: str
) -> list[Annotation]:
    if "target" not in obj:
        r.fail(obj, "an annotation needs a 'target'")
    raw_id = obj.get("id")
    if raw_id is None:
        ann_id = derived_id("w3c", json.dumps(obj, sort_keys=True, ensure_ascii=False))
    else:
        ann_id = annotation_id_from_iri(r.required_text(obj, "id"))
    ext = obj.get(EXTENSION) if isinstance(obj.get(EXTENSION), dict) else None
    ext = ext or {}
    target = _target(obj, r, resolve)
    source, selectors = target.source, target.selectors
    article_id = r.text(ext, "article_id") or resolve(source) or source
    modified_raw = r.time(obj, "modified", generated) if "modified" in obj else None
    created = r.time(obj, "created", modified_raw or generated)
    base = Base(article_id, created, modified_raw or created, _creator(obj.get("creator")))
    bodies = _bodies(obj, r)
    kind = ext.get("kind") if ext.get("kind") in KINDS else None
    tags = [v for p, v in bodies if p == "tagging"]
    labels = [v for p, v in bodies if p in LABEL_PURPOSES]
    notes = [v for p, v in bodies if p not in ("tagging", *LABEL_PURPOSES)]
    note = "\n\n".join(notes) if notes else None
    if kind is not None:  # one of ours: every field where we put it
        anchor = _anchor(selectors, r, ext, target) if kind in ANCHORED else None
        if kind in ANCHORED and anchor is None:
            r.fail(obj, "a span annotation needs a TextQuoteSelector or TextPositionSelector")
        return [
            base.make(
                ann_id,
                kind,
                tag=tags[0] if tags else None,
                label=labels[0] if labels else None,
                note=note,
                anchor=anchor,
                orphan=r.flag(ext, "orphan") or target.orphan,
                revisions=r.revisions(ext),
            )
        ]
    anchor = _anchor(selectors, r, ext, target)
    if anchor is not None:
        label = labels[0] if labels else (tags[0] if tags else None)
        return [base.make(ann_id, "span", label=label, note=note, anchor=anchor)]
    made = [("tag", t) for t in dict.fromkeys(tags + labels)]
    if note is not None:
        made.append(("note", note))
    if len(made) == 1:
        kind, text = made[0]
        return [base.make(ann_id, kind, **{kind: text})]
    return [base.make(derived_id(ann_id, k, text), k, **{k: text}) for k, text in made]


@dataclass(frozen=True)
class Base:
    """What every annotation made from one W3C annotation shares."""

    article_id: str
    created: str
    modified: str
    author: str

    def make(self, ann_id: str, kind: str, **fields: Any) -> Annotation:
        return Annotation(
            id=ann_id,
            article_id=self.article_id,
            kind=kind,  # type: ignore[arg-type]
            created=self.created,
            modified=self.modified,
            author=self.author,
            **fields,
        )


@dataclass(frozen=True)
class Target:
    """What an annotation's target says: the article (source or scope), the selectors, the
    content hash of the text they count in (a vnreader rendition), the orphan mark."""

    source: str
    selectors: list[dict[str, Any]]
    content_hash: str | None = None
    orphan: bool = False


def _iri(value: object) -> str | None:
    if isinstance(value, dict):
        value = value.get("id")
    return sanitize(value) if isinstance(value, str) else None


def _target(obj: dict[str, Any], r: RecordReader, resolve: Callable[[str], str | None]) -> Target:
    """The first target that names an article (by its source, else its scope)."""
    targets = obj["target"] if isinstance(obj["target"], list) else [obj["target"]]
    found: list[Target] = []
    for t in targets:
        if isinstance(t, str):
            found.append(Target(sanitize(t), []))
            continue
        if not isinstance(t, dict):
            continue
        src = _iri(t.get("source", t.get("id")))
        if src is None:
            continue
        sel = t.get("selector")
        sels = sel if isinstance(sel, list) else [sel] if sel is not None else []
        sels = [s for s in sels if isinstance(s, dict)]
        rendition = hash_of_rendition(src)
        scope = _iri(t.get("scope"))
        article = scope if rendition is not None and scope is not None else src
        found.append(Target(article, sels, rendition, t.get("orphan") is True))
    if not found:
        r.fail(obj, "the target has no source")
    return next((t for t in found if resolve(t.source) is not None), found[0])


def _creator(value: object) -> str:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        for key in ("nickname", "name", "id"):
            if isinstance(value.get(key), str):
                return sanitize(value[key])
        return ""
    return sanitize(value) if isinstance(value, str) else ""


def _bodies(obj: dict[str, Any], r: RecordReader) -> list[tuple[str, str]]:
    """(purpose, text) of every textual body; the motivation stands in for a missing purpose."""
    motivation = obj.get("motivation")
    if isinstance(motivation, list):
        motivation = motivation[0] if motivation else None
    default = motivation if isinstance(motivation, str) else "commenting"
    raw = obj.get("body")
    bodies = raw if isinstance(raw, list) else [raw] if raw is not None else []
    out: list[tuple[str, str]] = []
    if isinstance(obj.get("bodyValue"), str):
        out.append((default, sanitize(obj["bodyValue"])))
    for body in bodies:
        if not isinstance(body, dict) or not isinstance(body.get("value"), str):
            continue  # an IRI or a resource: nothing vnreader can show
        purpose = body.get("purpose", default)
        if isinstance(purpose, list):
            purpose = purpose[0] if purpose else default
        out.append((purpose if isinstance(purpose, str) else default, sanitize(body["value"])))
    return out


def _anchor(
    selectors: list[dict[str, Any]], r: RecordReader, ext: dict[str, Any], target: Target
) -> Anchor | None:
    quote_sel = next((s for s in selectors if has_type(s, "TextQuoteSelector")), None)
    pos_sel = next((s for s in selectors if has_type(s, "TextPositionSelector")), None)
    if quote_sel is None and pos_sel is None:
        return None
    start = end = 0
    if pos_sel is not None:
        start, end = r.offset(pos_sel, "start"), r.offset(pos_sel, "end")
        if end < start:
            r.fail(pos_sel, f"TextPositionSelector ends ({end}) before it starts ({start})")
    exact = prefix = suffix = ""
    if quote_sel is not None:
        exact = r.text(quote_sel, "exact", required=True) or ""
        prefix = r.text(quote_sel, "prefix") or ""
        suffix = r.text(quote_sel, "suffix") or ""
        if pos_sel is None:
            end = len(exact)
    content_hash = r.text(ext, "content_hash") or target.content_hash or ""
    return Anchor(start, end, exact, prefix, suffix, content_hash)
