"""How an article's body and its analysis are stored in the index: compact, compressed JSON.

The body record holds what cleaning made that is not a list column (url, paragraphs,
removed lines); the analysis record holds offsets and values only, the matched text being
the article text between the offsets (stored only where it differs).
"""

from __future__ import annotations

import json
import zlib
from pathlib import Path
from typing import Any

from vnreader.analysis.model import Analysis, Entity, Figure
from vnreader.corpus.model import Article, RemovedLine


def encode_body(article: Article) -> bytes:
    data: dict[str, Any] = {
        "url": article.url,
        "p": list(article.paragraphs),
        "r": [[r.reason, r.text] for r in article.removed],
    }
    if article.notes:
        data["n"] = list(article.notes)
    return _pack(data)


def decode_article(
    blob: bytes,
    *,
    article_id: str,
    path: Path,
    title: str,
    source: str | None,
    published: str | None,
    author: str | None,
    section: str | None,
    raw: str = "",
) -> Article:
    data = _unpack(blob)
    return Article(
        id=article_id,
        path=path,
        title=title,
        paragraphs=tuple(data["p"]),
        source=source,
        url=data["url"],
        published=published,
        author=author,
        removed=tuple(RemovedLine(reason, text) for reason, text in data["r"]),
        raw=raw,
        section=section,
        notes=tuple(data.get("n", ())),
    )


def encode_analysis(analysis: Analysis, text: str) -> bytes:
    def own(start: int, end: int, found: str) -> str | None:
        return None if text[start:end] == found else found

    data = {
        "e": [
            [e.start, e.end, e.label, e.key, own(e.start, e.end, e.text)] for e in analysis.entities
        ],
        "f": [
            [
                f.start,
                f.end,
                f.value,
                f.unit,
                f.category,
                f.approx,
                f.date,
                own(f.start, f.end, f.text),
            ]
            for f in analysis.figures
        ],
    }
    return _pack(data)


def decode_analysis(blob: bytes, text: str) -> Analysis:
    data = _unpack(blob)
    entities = tuple(
        Entity(s, e, text[s:e] if own is None else own, label, key)
        for s, e, label, key, own in data["e"]
    )
    figures = tuple(
        Figure(s, e, text[s:e] if own is None else own, value, unit, category, approx, date)
        for s, e, value, unit, category, approx, date, own in data["f"]
    )
    return Analysis(entities, figures)


def _pack(data: dict[str, Any]) -> bytes:
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return zlib.compress(text.encode("utf-8"), 6)


def _unpack(blob: bytes) -> dict[str, Any]:
    data = json.loads(zlib.decompress(blob).decode("utf-8"))
    if not isinstance(data, dict):
        raise ValueError("not an index record")
    return data
