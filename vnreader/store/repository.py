"""AnnotationStore: the user's annotations, saved at once to the TinyDB file.

This is the API the UI, the CLI and the exports use. Every mutating call is durable when it
returns (see :mod:`vnreader.store.storage`) and is recorded for undo/redo.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType

from tinydb import TinyDB

from vnreader.store.errors import ReadOnlyStore, StoreError
from vnreader.store.model import Anchor, Annotation, new_id, now

TABLE = "annotations"


@dataclass
class _Change:
    """One undoable change: the record before and after (None = absent)."""

    description: str
    before: Annotation | None
    after: Annotation | None


@dataclass
class MergeReport:
    added: int = 0
    updated: int = 0
    skipped: int = 0
    unplaced: list[str] = field(default_factory=list)


class AnnotationStore:
    """Annotations of one DB file, indexed in memory; changes are written through at once."""

    def __init__(self, path: Path, *, read_only: bool = False, author: str = "") -> None:
        self.path = Path(path)
        self.read_only = read_only
        self.author = author
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = TinyDB(self.path, ensure_ascii=False, encoding="utf-8")
            rows = self._db.table(TABLE).all()
        except (ValueError, OSError) as exc:
            raise StoreError(f"{self.path}: not a valid vnreader DB ({exc})") from exc
        self._by_id: dict[str, Annotation] = {}
        for row in rows:
            ann = Annotation.from_dict(dict(row))
            self._by_id[ann.id] = ann
        self._undo: list[_Change] = []
        self._redo: list[_Change] = []

    # -- lifecycle -----------------------------------------------------------------------
    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> AnnotationStore:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # -- queries ---------------------------------------------------------------------------
    def __iter__(self) -> Iterator[Annotation]:
        return iter(list(self._by_id.values()))

    def __len__(self) -> int:
        return len(self._by_id)

    def get(self, annotation_id: str) -> Annotation | None:
        return self._by_id.get(annotation_id)

    def for_article(self, article_id: str) -> list[Annotation]:
        """All annotations of one article, spans in text order."""
        anns = [a for a in self._by_id.values() if a.article_id == article_id]
        return sorted(anns, key=lambda a: (a.kind, a.anchor.start if a.anchor else 0, a.created))

    def tags(self, article_id: str) -> list[str]:
        return sorted(a.tag for a in self.for_article(article_id) if a.kind == "tag" and a.tag)

    def all_tags(self) -> Counter[str]:
        """Every tag in use, with the number of articles carrying it."""
        return Counter(a.tag for a in self._by_id.values() if a.kind == "tag" and a.tag)

    def note(self, article_id: str) -> Annotation | None:
        for a in self._by_id.values():
            if a.article_id == article_id and a.kind == "note":
                return a
        return None

    def spans(self, article_id: str) -> list[Annotation]:
        return [a for a in self.for_article(article_id) if a.kind == "span"]

    # -- changes ---------------------------------------------------------------------------
    def add_tag(self, article_id: str, tag: str) -> Annotation | None:
        """Tag an article; returns None when it already has that tag."""
        tag = tag.strip()
        if not tag or tag in self.tags(article_id):
            return None
        ann = self._new(article_id, "tag", tag=tag)
        self._apply(f"tag “{tag}”", None, ann)
        return ann

    def remove_tag(self, article_id: str, tag: str) -> bool:
        for a in self.for_article(article_id):
            if a.kind == "tag" and a.tag == tag:
                self._apply(f"remove tag “{tag}”", a, None)
                return True
        return False

    def set_note(self, article_id: str, text: str) -> Annotation | None:
        """Write or edit the article's note; an empty text deletes it."""
        existing = self.note(article_id)
        if not text.strip():
            if existing is not None:
                self._apply("delete note", existing, None)
            return None
        if existing is None:
            ann = self._new(article_id, "note", note=text)
            self._apply("add note", None, ann)
            return ann
        if existing.note == text:
            return existing
        edited = existing.edited(note=text)
        self._apply("edit note", existing, edited)
        return edited

    def add_span(
        self,
        article_id: str,
        text: str,
        content_hash: str,
        start: int,
        end: int,
        *,
        label: str | None = None,
        note: str | None = None,
    ) -> Annotation:
        anchor = Anchor.from_text(text, start, end, content_hash)
        ann = self._new(article_id, "span", label=label, note=note, anchor=anchor)
        self._apply(f"label “{anchor.exact[:30]}”", None, ann)
        return ann

    def update(self, annotation_id: str, **changes: object) -> Annotation:
        old = self._by_id[annotation_id]
        new = old.edited(**changes)
        self._apply(f"edit {old.kind}", old, new)
        return new

    def delete(self, annotation_id: str) -> Annotation | None:
        old = self._by_id.get(annotation_id)
        if old is not None:
            self._apply(f"delete {old.kind}", old, None)
        return old

    def undo(self) -> str | None:
        """Undo the last change; returns its description, or None when there is none."""
        if not self._undo:
            return None
        change = self._undo.pop()
        self._write(change.after, change.before)
        self._redo.append(change)
        return change.description

    def redo(self) -> str | None:
        if not self._redo:
            return None
        change = self._redo.pop()
        self._write(change.before, change.after)
        self._undo.append(change)
        return change.description

    def merge(self, incoming: Iterable[Annotation]) -> MergeReport:
        """Merge annotations by id, keeping the newer of two versions (import)."""
        report = MergeReport()
        for ann in incoming:
            old = self._by_id.get(ann.id)
            if old is None:
                self._write(None, ann)
                report.added += 1
            elif ann.modified > old.modified:
                self._write(old, ann)
                report.updated += 1
            else:
                report.skipped += 1
        return report

    # -- internals -------------------------------------------------------------------------
    def _new(self, article_id: str, kind: str, **fields: object) -> Annotation:
        stamp = now()
        return Annotation(
            id=new_id(),
            article_id=article_id,
            kind=kind,  # type: ignore[arg-type]
            created=stamp,
            modified=stamp,
            author=self.author,
            **fields,  # type: ignore[arg-type]
        )

    def _apply(self, description: str, before: Annotation | None, after: Annotation | None) -> None:
        self._write(before, after)
        self._undo.append(_Change(description, before, after))
        self._redo.clear()

    def _write(self, before: Annotation | None, after: Annotation | None) -> None:
        if self.read_only:
            raise ReadOnlyStore(f"{self.path} is open read-only")
        table = self._db.table(TABLE)
        from tinydb import Query

        q = Query()
        if after is None:
            assert before is not None
            table.remove(q.id == before.id)
            self._by_id.pop(before.id, None)
        else:
            table.upsert(after.to_dict(), q.id == after.id)
            self._by_id[after.id] = after
