"""Undo/redo stacks that survive a restart: mirrored in the DB's ``_history`` table.

Each entry is one document ``{"stack": "undo"|"redo", "description", "before", "after"}``
(annotation dicts or null); doc ids grow, so their order is the order of the stacks. The
undo stack keeps the last :data:`MAX_UNDO` changes. Methods return the journal operations
that make a change of the stacks durable; the caller commits them together with the change
of the annotation itself, in one fsynced line.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from vnreader.store.journal import Op
from vnreader.store.model import Annotation
from vnreader.store.schema import HISTORY

MAX_UNDO = 200
Stack = Literal["undo", "redo"]


@dataclass(frozen=True, slots=True)
class Change:
    """One undoable change: the record before and after (None = absent)."""

    description: str
    before: Annotation | None
    after: Annotation | None

    def to_doc(self, stack: Stack) -> dict[str, Any]:
        return {
            "stack": stack,
            "description": self.description,
            "before": self.before.to_dict() if self.before else None,
            "after": self.after.to_dict() if self.after else None,
        }

    @classmethod
    def from_doc(cls, doc: dict[str, Any]) -> Change:
        """Raises ValueError on a malformed entry."""
        before, after = doc.get("before"), doc.get("after")
        for side in (before, after):
            if side is not None and not isinstance(side, dict):
                raise ValueError("history entry side is not an object")
        return cls(
            description=str(doc.get("description", "")),
            before=Annotation.from_dict(before) if before else None,
            after=Annotation.from_dict(after) if after else None,
        )

    @property
    def annotation_id(self) -> str:
        ann = self.after or self.before
        assert ann is not None
        return ann.id


Entries = list[tuple[str, Change]]
Snapshot = tuple[Entries, Entries, int]  # undo, redo, next doc id


class History:
    """The two stacks, each a list of (doc id, change), oldest first."""

    def __init__(self, docs: dict[str, dict[str, Any]]) -> None:
        self.undo: list[tuple[str, Change]] = []
        self.redo: list[tuple[str, Change]] = []
        for doc_id in sorted(docs, key=int):
            doc = docs[doc_id]
            change = Change.from_doc(doc)
            if change.before is None and change.after is None:
                raise ValueError("history entry changes nothing")
            (self.redo if doc.get("stack") == "redo" else self.undo).append((doc_id, change))
        self._next = max((int(k) for k in docs), default=0) + 1

    def snapshot(self) -> Snapshot:
        """The stacks as they are, for :meth:`restore` if the save of a step fails."""
        return list(self.undo), list(self.redo), self._next

    def restore(self, snapshot: Snapshot) -> None:
        """Go back to a :meth:`snapshot` (its change was never saved)."""
        self.undo, self.redo, self._next = list(snapshot[0]), list(snapshot[1]), snapshot[2]

    def _new_id(self) -> str:
        doc_id = str(self._next)
        self._next += 1
        return doc_id

    def record(self, change: Change) -> list[Op]:
        """A new user change: push it on the undo stack and forget the redo stack."""
        ops: list[Op] = [(HISTORY, doc_id, None) for doc_id, _ in self.redo]
        self.redo.clear()
        doc_id = self._new_id()
        self.undo.append((doc_id, change))
        ops.append((HISTORY, doc_id, change.to_doc("undo")))
        while len(self.undo) > MAX_UNDO:
            old_id, _ = self.undo.pop(0)
            ops.append((HISTORY, old_id, None))
        return ops

    def move(
        self, source: Stack, replacement: Change | None = None
    ) -> tuple[Change, list[Op]] | None:
        """Pop the top of *source* and push it (or *replacement*: the change with the versions
        the step actually wrote) on the other stack (undo <-> redo)."""
        target: Stack = "redo" if source == "undo" else "undo"
        stack, other = (self.undo, self.redo) if source == "undo" else (self.redo, self.undo)
        if not stack:
            return None
        old_id, change = stack.pop()
        change = replacement or change
        new_id = self._new_id()
        other.append((new_id, change))
        return change, [(HISTORY, old_id, None), (HISTORY, new_id, change.to_doc(target))]

    def drop(self, source: Stack) -> tuple[Change, list[Op]] | None:
        """Pop the top of *source* without moving it (it can no longer apply)."""
        stack = self.undo if source == "undo" else self.redo
        if not stack:
            return None
        old_id, change = stack.pop()
        return change, [(HISTORY, old_id, None)]

    def peek(self, source: Stack) -> Change | None:
        stack = self.undo if source == "undo" else self.redo
        return stack[-1][1] if stack else None
