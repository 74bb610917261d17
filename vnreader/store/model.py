"""The annotation model: what the user made (tags, notes, labelled spans), as plain data.

One record type covers the three kinds so that storage, undo, export and merge treat them
alike:

* ``tag``  — a tag on an article (``tag`` set);
* ``note`` — the user's note on a whole article (``note`` set; one per article);
* ``span`` — a span of the article text with a ``label`` and/or a ``note``; ``anchor`` says
  where (W3C TextPositionSelector + TextQuoteSelector). ``orphan`` is True when the span
  could not be placed in the article's current text; it is kept, never dropped.

Timestamps are ISO 8601 in UTC with milliseconds ("2026-11-25T12:00:00.123Z").
"""

from __future__ import annotations

import uuid
from dataclasses import asdict, dataclass, replace
from datetime import UTC, datetime
from typing import Any, Literal

Kind = Literal["tag", "note", "span"]
KINDS: tuple[Kind, ...] = ("tag", "note", "span")
CONTEXT_CHARS = 32


def now() -> str:
    """The current time as stored in annotations."""
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def new_id() -> str:
    """A fresh annotation id (a UUID4 string)."""
    return str(uuid.uuid4())


@dataclass(frozen=True, slots=True)
class Anchor:
    """Where a span is: code-point offsets into the NFC article text, plus the quote."""

    start: int
    end: int
    exact: str
    prefix: str
    suffix: str
    content_hash: str

    @classmethod
    def from_text(cls, text: str, start: int, end: int, content_hash: str) -> Anchor:
        if not 0 <= start < end <= len(text):
            raise ValueError(f"span {start}-{end} is outside the text (length {len(text)})")
        return cls(
            start=start,
            end=end,
            exact=text[start:end],
            prefix=text[max(0, start - CONTEXT_CHARS) : start],
            suffix=text[end : end + CONTEXT_CHARS],
            content_hash=content_hash,
        )


@dataclass(frozen=True, slots=True)
class Annotation:
    id: str
    article_id: str
    kind: Kind
    created: str
    modified: str
    author: str
    tag: str | None = None
    label: str | None = None
    note: str | None = None
    anchor: Anchor | None = None
    orphan: bool = False

    def edited(self, **changes: Any) -> Annotation:
        """A copy with *changes* applied and ``modified`` set to now."""
        return replace(self, modified=now(), **changes)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        if self.anchor is None:
            data["anchor"] = None
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Annotation:
        """Build from a stored dict; raises ``ValueError`` on a malformed record."""
        try:
            anchor_data = data.get("anchor")
            anchor = _anchor_from(anchor_data) if anchor_data else None
            kind = data["kind"]
            if kind not in KINDS:
                raise ValueError(f"unknown annotation kind {kind!r}")
            for name in ("tag", "label", "note"):
                if data.get(name) is not None and not isinstance(data[name], str):
                    raise ValueError(f"{name!r} must be a string")
            return cls(
                id=str(data["id"]),
                article_id=str(data["article_id"]),
                kind=kind,
                created=str(data["created"]),
                modified=str(data["modified"]),
                author=str(data.get("author") or ""),
                tag=data.get("tag"),
                label=data.get("label"),
                note=data.get("note"),
                anchor=anchor,
                orphan=bool(data.get("orphan", False)),
            )
        except (KeyError, TypeError, AttributeError) as exc:
            raise ValueError(f"malformed annotation record: {exc}") from exc


def _anchor_from(data: Any) -> Anchor:
    if not isinstance(data, dict):
        raise ValueError("anchor must be an object")
    anchor = Anchor(**data)
    if not (
        isinstance(anchor.start, int)
        and isinstance(anchor.end, int)
        and 0 <= anchor.start <= anchor.end
        and all(
            isinstance(v, str)
            for v in (anchor.exact, anchor.prefix, anchor.suffix, anchor.content_hash)
        )
    ):
        raise ValueError("anchor has bad offsets or texts")
    return anchor
