"""The JSON-LD contexts of the W3C export, shipped in the package so files expand offline.

* :data:`ANNO_CONTEXT` — ``http://www.w3.org/ns/anno.jsonld``, the Web Annotation context;
  a copy is in ``data/anno.jsonld`` (W3C, W3C Document License), served by
  :func:`document_loader` instead of the network.
* :data:`VNREADER_CONTEXT` — vnreader's own terms, inline in every file: ``orphan`` (on a
  target: its selectors no longer match the article's current text), ``vnreader`` (the
  extension object, kept whole as a JSON literal) and the ``urn:vnreader:vocab:`` namespace.
  Without these definitions a JSON-LD processor would drop both keys.

``document_loader`` has the shape PyLD expects (``jsonld.expand(doc, {"documentLoader":
document_loader})``) and refuses every other URL, so expansion never touches the network.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
VOCAB = "urn:vnreader:vocab:"
VNREADER_CONTEXT: dict[str, Any] = {
    "vn": VOCAB,
    "orphan": {"@id": "vn:orphan", "@type": "xsd:boolean"},
    "vnreader": {"@id": "vn:extension", "@type": "@json"},
}
CONTEXT: list[Any] = [ANNO_CONTEXT, VNREADER_CONTEXT]


class ContextUnavailable(Exception):
    """A context that is not shipped with vnreader (nothing is fetched)."""


@cache
def _anno() -> dict[str, Any]:
    text = resources.files("vnreader.export").joinpath("data/anno.jsonld").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def document_loader(url: str, options: object = None) -> dict[str, Any]:
    """The shipped context for *url* as a JSON-LD remote document; no other URL is loaded."""
    if url.rstrip("/") in (ANNO_CONTEXT, ANNO_CONTEXT.replace("http:", "https:")):
        return {"contextUrl": None, "documentUrl": url, "document": _anno()}
    raise ContextUnavailable(f"{url}: not a context vnreader ships (nothing is downloaded)")
