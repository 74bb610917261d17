"""Merging someone else's annotations: the newest event per id wins, conflicts are named.

Every version of an annotation is an event (an edit, a deletion, an undo) with its
``modified`` time and the times of the versions it was made from (``revisions``). For one id,
an incoming version is:

* ``same``     — the version the DB has (same ``modified``): nothing to do;
* ``newer``    — made from the DB's version (its ``revisions`` hold the DB's time): taken;
* ``older``    — one the DB's version was made from: skipped;
* ``conflict`` — both were made apart from a common version (two people edited, or one edited
  and the other deleted): the newer ``modified`` wins and the merge names the conflict with
  both versions, so nobody's work disappears without a word.

Versions whose lineage is unknown (written before revisions existed: edited, no revisions)
fall back to "the newer wins" without a conflict.

Two people who add the same tag to an article each make their own tag annotation. Both sides
keep the one with the smaller id and turn the other into a tombstone with the same time, so
the two DBs agree and removing the tag later removes it everywhere.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from typing import Any, Literal

from vnreader.store.model import Annotation, after

Relation = Literal["same", "newer", "older", "conflict"]
Side = Literal["local", "incoming"]


def relation(current: Annotation, incoming: Annotation) -> Relation:
    """How *incoming* relates to *current* (two versions of one id)."""
    if incoming.modified == current.modified:
        # two different versions made in the same millisecond: a conflict all the same
        return "same" if same_content(incoming, current) else "conflict"
    if current.modified in incoming.revisions:
        return "newer"
    if incoming.modified in current.revisions:
        return "older"
    if _lineage_unknown(current) or _lineage_unknown(incoming):
        return "newer" if incoming.modified > current.modified else "older"
    return "conflict"


def incoming_wins(current: Annotation, incoming: Annotation) -> bool:
    """Whether *incoming* wins a conflict: the later ``modified``; at the same time, the same
    choice on both sides (the version whose record sorts last)."""
    if incoming.modified != current.modified:
        return incoming.modified > current.modified
    return _record(incoming) > _record(current)


def same_content(one: Annotation, other: Annotation) -> bool:
    """Whether two versions hold what a person made alike (placement and times aside:
    re-anchoring keeps ``modified``, undo makes the same content a new event)."""
    return _made(one) == _made(other)


def _made(ann: Annotation) -> tuple[object, ...]:
    return (ann.kind, ann.article_id, ann.is_deleted, ann.tag, ann.label, ann.note)


def _record(ann: Annotation) -> str:
    return json.dumps(ann.to_dict(), sort_keys=True, ensure_ascii=False)


def _lineage_unknown(ann: Annotation) -> bool:
    return not ann.revisions and ann.modified != ann.created


@dataclass(frozen=True)
class Conflict:
    """Two versions of one annotation made apart; ``kept`` says which one the DB now has."""

    local: Annotation
    incoming: Annotation
    kept: Side

    def describe(self) -> str:
        """One line naming the annotation, both versions and the one kept."""
        ann = self.local
        what = _what(self.local if not self.local.is_deleted else self.incoming)
        kept = "the file's" if self.kept == "incoming" else "yours"
        return (
            f"{ann.kind} {what} in {ann.article_id}: {_version(self.local)} here, "
            f"{_version(self.incoming)} in the file; kept the newer ({kept})"
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.local.id,
            "article_id": self.local.article_id,
            "kind": self.local.kind,
            "kept": self.kept,
            "local": self.local.to_dict(),
            "incoming": self.incoming.to_dict(),
        }


def _version(ann: Annotation) -> str:
    who = f" by {ann.author}" if ann.author else ""
    verb = "deleted" if ann.is_deleted else "edited"
    return f"{verb} {ann.modified}{who}"


def _what(ann: Annotation) -> str:
    text = ann.anchor.exact if ann.anchor is not None else ann.tag or ann.note or ann.label or ""
    text = " ".join(text.split())
    return f"“{text[:40]}{'…' if len(text) > 40 else ''}”" if text else ann.id


@dataclass
class MergeReport:
    added: int = 0
    updated: int = 0
    deleted: int = 0
    skipped: int = 0
    conflicts: list[Conflict] = field(default_factory=list)
    unplaced: list[str] = field(default_factory=list)


def duplicate_tags(one: Annotation, other: Annotation) -> tuple[Annotation, Annotation]:
    """Two live tag annotations of the same tag on one article: (the one kept, the tombstone
    of the other). Deterministic, so both DBs of a two-way exchange end the same."""
    keep, drop = (one, other) if one.id < other.id else (other, one)
    stamp = after(max(one.modified, other.modified))
    gone = replace(
        drop,
        tag=None,
        label=None,
        note=None,
        anchor=None,
        orphan=False,
        modified=stamp,
        deleted=stamp,
        revisions=drop.lineage(),
    )
    return keep, gone
