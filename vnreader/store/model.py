"""The annotation model: what the user made (tags, notes, labelled spans), as plain data.

One record type covers the four kinds so that storage, undo, export and merge treat them
alike:

* ``tag``  — a tag on an article (``tag`` set);
* ``note`` — the user's note on a whole article (``note`` set; one per article);
* ``span`` — a span of the article text with a ``label`` and/or a ``note``; ``anchor`` says
  where (W3C TextPositionSelector + TextQuoteSelector). ``orphan`` is True when the span
  could not be placed in the article's current text; it is kept, never dropped;
* ``entity`` — a choice about the corpus's entity groups, under the article id
  :data:`ENTITY_CHOICES` (it belongs to no article): ``label`` is ``merge`` (the group
  ``tag`` joins the group ``note``) or ``split`` (the alias ``note`` leaves the group of key
  ``tag``). Deleting it undoes the choice;
* ``rejection`` — a suggestion (an entity or figure the analysis found) the user rejected:
  its ``label`` (an entity's label, a figure's category), ``anchor`` (re-anchored like a
  span) and, in ``tag``, what was suggested: ``entity`` or ``figure`` (older records have
  none: a figure's category tells). Deleting it undoes the rejection;
* ``review`` — how far the user's review of an article's suggestions went, as ``label``
  ``"decided/total"`` ("12/37"): one per article, replaced at each review decision (a new
  event, so the newest wins when two people's DBs merge), never undone.

Every change is an *event* with its own ``modified`` time: an edit, a deletion, an undo or a
redo. A deleted annotation stays as a **tombstone**: its id, article, kind, author and times
with ``deleted`` set (the time of the deletion) and its content dropped, so that a deletion
travels in exports and an import never brings the annotation back. ``revisions`` lists the
``modified`` times of the versions this one replaced, oldest first (at most
:data:`MAX_REVISIONS`): merging tells from it whether one version was made from the other or
both were made apart (a conflict).

Timestamps are ISO 8601 in UTC with milliseconds ("2026-11-25T12:00:00.123Z").
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import Any, Literal

Kind = Literal["tag", "note", "span", "entity", "rejection", "review"]
KINDS: tuple[Kind, ...] = ("tag", "note", "span", "entity", "rejection", "review")
ANCHORED: tuple[Kind, ...] = ("span", "rejection")  # the kinds placed in the text
ENTITY_CHOICES = "~entities"  # the article id of the corpus-wide entity choices
ENTITY_ACTIONS = ("merge", "split")
CONTEXT_CHARS = 32
MAX_REVISIONS = 100


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
    deleted: str | None = None
    revisions: tuple[str, ...] = ()

    @property
    def is_deleted(self) -> bool:
        return self.deleted is not None

    def edited(self, **changes: Any) -> Annotation:
        """A new event: a copy with *changes* applied, ``modified`` set to now and the
        version it replaces added to ``revisions``."""
        stamp = now()
        if stamp <= self.modified:  # a clock behind an imported time: still the newest event
            stamp = after(self.modified)
        return replace(self, modified=stamp, revisions=self.lineage(), **changes)

    def lineage(self) -> tuple[str, ...]:
        """``revisions`` of a version made from this one."""
        return (*self.revisions, self.modified)[-MAX_REVISIONS:]

    def tombstone(self) -> Annotation:
        """The deletion of this annotation: a new event that keeps only who and when."""
        gone = self.edited(tag=None, label=None, note=None, anchor=None, orphan=False)
        return replace(gone, deleted=gone.modified)

    def edited_from(self, current: Annotation | None) -> Annotation:
        """This version's content as a new event made from *current* (undo and redo are
        events too: they never bring back an older ``modified`` time)."""
        base = current or self
        stamp = now()
        if stamp <= base.modified:
            stamp = after(base.modified)
        deleted = stamp if self.deleted is not None else None
        return replace(self, modified=stamp, deleted=deleted, revisions=base.lineage())

    def to_dict(self) -> dict[str, Any]:
        a = self.anchor
        return {
            "id": self.id,
            "article_id": self.article_id,
            "kind": self.kind,
            "created": self.created,
            "modified": self.modified,
            "author": self.author,
            "tag": self.tag,
            "label": self.label,
            "note": self.note,
            "anchor": None
            if a is None
            else {
                "start": a.start,
                "end": a.end,
                "exact": a.exact,
                "prefix": a.prefix,
                "suffix": a.suffix,
                "content_hash": a.content_hash,
            },
            "orphan": self.orphan,
            "deleted": self.deleted,
            "revisions": list(self.revisions),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Annotation:
        """Build from a stored dict; raises ``ValueError`` on a malformed record.

        Runs for every record when a DB opens, so it checks types without detours.
        """
        try:
            get = data.get
            kind = data["kind"]
            if kind not in KINDS:
                raise ValueError(f"unknown annotation kind {kind!r}")
            tag, label, note = get("tag"), get("label"), get("note")
            if not (_opt_str(tag) and _opt_str(label) and _opt_str(note)):
                raise ValueError("tag, label and note must be strings")
            anchor_data = get("anchor")
            deleted = get("deleted")
            if not _opt_str(deleted):
                raise ValueError("deleted must be a time or null")
            revisions = get("revisions") or []
            if type(revisions) is not list or not all(type(r) is str for r in revisions):
                raise ValueError("revisions must be a list of times")
            return cls(
                str(data["id"]),
                str(data["article_id"]),
                kind,
                str(data["created"]),
                str(data["modified"]),
                str(get("author") or ""),
                tag,
                label,
                note,
                _anchor_from(anchor_data) if anchor_data else None,
                bool(get("orphan", False)),
                deleted,
                tuple(revisions),
            )
        except (KeyError, TypeError, AttributeError) as exc:
            raise ValueError(f"malformed annotation record: {exc}") from exc


def progress_of(label: str | None) -> tuple[int, int] | None:
    """(decided, total) of a ``review`` record's label "12/37"; None when malformed."""
    decided, sep, total = (label or "").partition("/")
    if not (sep and decided.isascii() and decided.isdigit() and total.isascii()):
        return None
    if not total.isdigit() or len(decided) > 9 or len(total) > 9:
        return None
    return int(decided), int(total)


def trim_spaces(text: str, start: int, end: int) -> tuple[int, int] | None:
    """*start*-*end* of *text* without the spaces at its edges (None when only spaces):
    a selection can take a space at either end, and spaCy refuses such spans."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def after(stamp: str) -> str:
    """One millisecond after *stamp* (a stored time), in the stored shape."""
    try:
        moment = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return now()
    later = moment + timedelta(milliseconds=1)
    return later.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _opt_str(value: object) -> bool:
    return value is None or type(value) is str


def _anchor_from(data: Any) -> Anchor:
    if type(data) is not dict:
        raise ValueError("anchor must be an object")
    start, end = data["start"], data["end"]
    exact, prefix = data["exact"], data["prefix"]
    suffix, content_hash = data["suffix"], data["content_hash"]
    if not (
        type(start) is int
        and type(end) is int
        and 0 <= start <= end
        and type(exact) is str
        and type(prefix) is str
        and type(suffix) is str
        and type(content_hash) is str
    ):
        raise ValueError("anchor has bad offsets or texts")
    return Anchor(start, end, exact, prefix, suffix, content_hash)
