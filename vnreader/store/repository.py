"""AnnotationStore: the user's annotations, saved at once to the TinyDB file.

This is the API the UI, the CLI and the exports use. Every mutating call is durable when it
returns: the change goes to disk as one fsynced journal line through
:class:`~vnreader.store.storage.DurableStorage` (cost independent of the DB's size), and is
recorded for undo/redo in the DB itself, so undo works after a restart.

One process owns a DB read-write (an exclusive lock, :mod:`vnreader.store.locking`); others
get :class:`StoreLocked` and may open it ``read_only``, which never writes anything.
Lookups are served from in-memory indexes (by id, by article, tag counts).

A deletion keeps a tombstone (see :mod:`vnreader.store.model`): the queries never show it,
:meth:`AnnotationStore.records` gives it to the exports, and :meth:`merge` honours it.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import os
import threading
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, ParamSpec, Protocol, TypeVar

from vnreader.store.errors import ReadOnlyStore, StoreError, UndoConflict
from vnreader.store.fsutil import remove_temp_files
from vnreader.store.history import Change, History, Stack
from vnreader.store.journal import Op, journal_path
from vnreader.store.locking import DbLock
from vnreader.store.model import (
    ENTITY_ACTIONS,
    ENTITY_CHOICES,
    Anchor,
    Annotation,
    Kind,
    new_id,
    now,
    progress_of,
    trim_spaces,
)
from vnreader.store.opening import open_db
from vnreader.store.schema import ANNOTATIONS, HISTORY, State
from vnreader.store.storage import DurableStorage
from vnreader.textsafe import sanitize

if TYPE_CHECKING:  # anchoring and merging are imported when used: opening needs neither
    from vnreader.store.merging import MergeReport

TABLE = ANNOTATIONS
_TEXT_FIELDS = ("tag", "label", "note")

P = ParamSpec("P")
R = TypeVar("R")


def _locked(method: Callable[P, R]) -> Callable[P, R]:
    """Serialise calls on one store: the UI may save from worker threads."""

    @functools.wraps(method)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        with args[0]._mutex:  # type: ignore[attr-defined]
            return method(*args, **kwargs)

    return wrapper


@dataclass
class ReanchorReport:
    """What :meth:`AnnotationStore.reanchor` did with an article's spans."""

    current: int = 0  # already anchored to this text (nothing to do)
    kept: int = 0  # same quote at the same offsets
    moved: int = 0  # the exact quote found elsewhere (unique, or by its context)
    fuzzy: int = 0  # the quote edited, found above the fuzzy threshold
    orphaned: list[str] = field(default_factory=list)  # ids that could not be placed
    restored: list[str] = field(default_factory=list)  # former orphans placed again

    @property
    def changed(self) -> int:
        return self.kept + self.moved + self.fuzzy + len(self.orphaned)


class ArticleText(Protocol):
    """What re-anchoring needs of an article (``vnreader.corpus.Article`` has it)."""

    @property
    def id(self) -> str: ...
    @property
    def text(self) -> str: ...
    @property
    def content_hash(self) -> str: ...


class AnnotationStore:
    """Annotations of one DB file, indexed in memory; changes are written through at once.

    ``AnnotationStore(path, read_only=False, author="", compact_bytes=None)``: *author* is
    stored in every new annotation; the journal is folded into the main file once it
    exceeds ``max(compact_bytes, half the main file)`` (default 1 MiB) and on close.
    Raises :class:`StoreLocked` (another process has it), :class:`StoreError` (bad file,
    newer format, unreadable). ``revision``/``last_saved`` change after every durable save.
    """

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        read_only: bool = False,
        author: str = "",
        compact_bytes: int | None = None,
    ) -> None:
        self.path = Path(path)
        self.read_only = read_only
        self.author = author
        self.revision = 0  # grows with every durable change (for "saved" indicators)
        self.last_saved: str | None = None  # time of the last durable change
        self.backup: Path | None = None  # where a migration kept the old file
        self._lock: DbLock | None = None
        self._storage: DurableStorage | None = None
        self._by_id: dict[str, Annotation] = {}  # live annotations
        self._tombs: dict[str, Annotation] = {}  # deleted ones (tombstones)
        self._doc: dict[str, str] = {}  # annotation id -> TinyDB doc id
        self._by_article: dict[str, dict[str, None]] = {}
        self._tag_counts: Counter[str] = Counter()
        self._next_doc = 1
        self._mutex = threading.RLock()
        try:
            if not read_only:
                try:
                    self.path.parent.mkdir(parents=True, exist_ok=True)
                except OSError as exc:
                    raise StoreError(f"{self.path}: cannot create its folder ({exc})") from None
            # Through a symlink (a DB kept in a synced folder): the lock, the journal and the
            # atomic replace work on the file it points to, so saving never replaces the link.
            real = Path(os.path.realpath(self.path))
            if not read_only:
                self._lock = DbLock(real)
                self._lock.acquire()
                remove_temp_files(real)
            self._disk = _signature(real)  # taken before reading: a later change shows
            self.loaded_at = now()  # when what is shown was read from disk
            with _gc_paused():  # building ~10^6 objects: no full collections meanwhile
                opened = open_db(real, read_only=read_only, check=self._load)
                self._storage, self.backup = opened.storage, opened.backup
                self._history = self._load(opened.state)
            if self._storage is not None and compact_bytes is not None:
                self._storage.compact_min_bytes = compact_bytes
            if self._storage is not None and self._lock is not None:
                self._storage.guard = self._lock.check  # a lost lock stops saving
            # what the open found and did (a damaged journal kept aside...), to tell the user
            self.notices: list[str] = list(opened.notices)
        except BaseException:
            self._release()
            raise

    @classmethod
    def open(
        cls, path: str | os.PathLike[str], *, read_only: bool = False, author: str = ""
    ) -> AnnotationStore:
        """Open (or create) the DB at *path*; see the class doc."""
        return cls(path, read_only=read_only, author=author)

    # -- lifecycle -----------------------------------------------------------------------
    @_locked
    def close(self) -> None:
        """Fold the journal into the main file and release the lock (idempotent)."""
        try:
            if self._storage is not None:
                try:
                    self._storage.close()
                except OSError as exc:
                    raise StoreError(f"{self.path}: could not finish saving ({exc})") from None
        finally:
            self._storage = None
            self._release()

    @_locked
    def refresh(self) -> bool:
        """Read-only: take in what the writer saved since this store was read.

        Costs two ``stat`` calls when nothing changed (the DB file and its journal), so a
        second window can call it every few seconds. Returns True when the annotations were
        read again (``revision`` and ``loaded_at`` change then); raises :class:`StoreError`
        when the file can no longer be read (what was shown stays).
        """
        if not self.read_only:
            return False
        real = Path(os.path.realpath(self.path))
        signature = _signature(real)
        if signature == self._disk:
            return False
        kept = (self._by_id, self._tombs, self._doc, self._by_article, self._tag_counts)
        self._by_id, self._tombs, self._doc, self._by_article, self._tag_counts = (
            {},
            {},
            {},
            {},
            Counter(),
        )
        next_doc = self._next_doc
        try:
            with _gc_paused():
                opened = open_db(real, read_only=True, check=self._load)
                history = self._load(opened.state)
        except BaseException:  # what was shown stays
            self._by_id, self._tombs, self._doc, self._by_article, self._tag_counts = kept
            self._next_doc = next_doc
            raise
        old, self._storage, self._history = self._storage, opened.storage, history
        if old is not None:
            with contextlib.suppress(OSError):
                old.close()
        self._disk = signature
        self.loaded_at = now()
        self.revision += 1
        return True

    @_locked
    def compact(self) -> None:
        """Fold the journal into the main file now (e.g. when the app is idle)."""
        storage = self._writable()
        try:
            storage.compact()
        except OSError as exc:
            raise StoreError(f"{self.path}: could not save ({exc})") from None

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
    @_locked
    def __iter__(self) -> Iterator[Annotation]:
        return iter(list(self._by_id.values()))

    def __len__(self) -> int:
        return len(self._by_id)

    def get(self, annotation_id: str) -> Annotation | None:
        """The live annotation with this id (None when absent or deleted)."""
        return self._by_id.get(annotation_id)

    def record(self, annotation_id: str) -> Annotation | None:
        """The annotation with this id, live or tombstone."""
        return self._by_id.get(annotation_id) or self._tombs.get(annotation_id)

    @_locked
    def records(self) -> list[Annotation]:
        """Every annotation, tombstones included (what json and jsonl exports carry)."""
        return [*self._by_id.values(), *self._tombs.values()]

    @_locked
    def tombstones(self) -> list[Annotation]:
        return list(self._tombs.values())

    @_locked
    def for_article(self, article_id: str) -> list[Annotation]:
        """All annotations of one article, spans in text order."""
        anns = [self._by_id[i] for i in self._by_article.get(article_id, ())]
        return sorted(anns, key=lambda a: (a.kind, a.anchor.start if a.anchor else 0, a.created))

    @_locked
    def article_ids(self) -> list[str]:
        """Every article that has at least one annotation."""
        return list(self._by_article)

    def tags(self, article_id: str) -> list[str]:
        return sorted(a.tag for a in self.for_article(article_id) if a.kind == "tag" and a.tag)

    @_locked
    def all_tags(self) -> Counter[str]:
        """Every tag in use, with the number of articles carrying it."""
        return +self._tag_counts

    @_locked
    def note(self, article_id: str) -> Annotation | None:
        """The article's note: this author's own, else the oldest (see :meth:`notes`)."""
        notes = self.notes(article_id)
        return notes[0] if notes else None

    @_locked
    def notes(self, article_id: str) -> list[Annotation]:
        """Every note on the article: one per person after merging others' exports. This
        author's note comes first, then the others by creation time."""
        notes = [
            self._by_id[i]
            for i in self._by_article.get(article_id, ())
            if self._by_id[i].kind == "note"
        ]
        return sorted(notes, key=lambda a: (a.author != self.author, a.created, a.id))

    def spans(self, article_id: str) -> list[Annotation]:
        return [a for a in self.for_article(article_id) if a.kind == "span"]

    def rejections(self, article_id: str) -> list[Annotation]:
        """The suggestions of the article the user rejected (kind ``rejection``)."""
        return [a for a in self.for_article(article_id) if a.kind == "rejection"]

    @_locked
    def orphans(self, article_id: str | None = None) -> list[Annotation]:
        """Spans that could not be placed in their article's current text (kept, never lost)."""
        pool = (
            (self._by_id[i] for i in self._by_article.get(article_id, ()))
            if article_id is not None
            else iter(self._by_id.values())
        )
        return sorted((a for a in pool if a.orphan), key=lambda a: (a.article_id, a.created))

    def undo_description(self) -> str | None:
        """What :meth:`undo` would undo, or None."""
        change = self._history.peek("undo")
        return change.description if change else None

    def redo_description(self) -> str | None:
        change = self._history.peek("redo")
        return change.description if change else None

    def pending_article(self, source: Stack) -> str | None:
        """The article that :meth:`undo` (``"undo"``) or :meth:`redo` would change, or None."""
        change = self._history.peek(source)
        ann = (change.after or change.before) if change else None
        return ann.article_id if ann else None

    # -- changes ---------------------------------------------------------------------------
    @_locked
    def add_tag(self, article_id: str, tag: str) -> Annotation | None:
        """Tag an article; returns None when it already has that tag."""
        tag = sanitize(tag).strip()
        if not tag or tag in self.tags(article_id):
            return None
        ann = self._new(article_id, "tag", tag=tag)
        self._apply(f"tag “{tag}”", None, ann)
        return ann

    @_locked
    def remove_tag(self, article_id: str, tag: str) -> bool:
        for a in self.for_article(article_id):
            if a.kind == "tag" and a.tag == tag:
                self._apply(f"remove tag “{tag}”", a, a.tombstone())
                return True
        return False

    @_locked
    def set_note(self, article_id: str, text: str) -> Annotation | None:
        """Write or edit this author's note on the article; an empty text deletes it.

        Someone else's note (merged from their export) is never changed here: when only
        theirs exists, this author's own note is created beside it."""
        text = sanitize(text)
        existing = next((n for n in self.notes(article_id) if n.author == self.author), None)
        if not text.strip():
            if existing is not None:
                self._apply("delete note", existing, existing.tombstone())
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

    @_locked
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
        if 0 <= start < end <= len(text):  # a span never starts or ends with a space
            trimmed = trim_spaces(text, start, end)
            if trimmed is None:
                raise ValueError("a span needs more than spaces")
            start, end = trimmed
        anchor = Anchor.from_text(text, start, end, content_hash)
        label = sanitize(label) if label is not None else None
        note = sanitize(note) if note is not None else None
        ann = self._new(article_id, "span", label=label, note=note, anchor=anchor)
        self._apply(f"label “{anchor.exact[:30]}”", None, ann)
        return ann

    @_locked
    def reject(
        self,
        article_id: str,
        text: str,
        content_hash: str,
        start: int,
        end: int,
        label: str,
        *,
        suggestion: str = "entity",
    ) -> Annotation:
        """Remember that the *suggestion* (``entity`` or ``figure``) *label* at *start*-*end*
        is wrong (undo brings it back); rejecting it again returns the rejection made."""
        anchor = Anchor.from_text(text, start, end, content_hash)
        label = sanitize(label)
        for old in self.rejections(article_id):
            if old.anchor is not None and (old.anchor.start, old.anchor.end, old.label) == (
                start,
                end,
                label,
            ):
                return old
        kind = "figure" if suggestion == "figure" else "entity"
        ann = self._new(article_id, "rejection", label=label, anchor=anchor, tag=kind)
        self._apply(f"reject {label} “{anchor.exact[:30]}”", None, ann)
        return ann

    def review_progress(self) -> dict[str, tuple[int, int]]:
        """(decided, total) of each reviewed article, from its newest ``review`` record."""
        newest: dict[str, Annotation] = {}
        for ann in self._by_id.values():
            if ann.kind == "review":
                old = newest.get(ann.article_id)
                if old is None or (ann.modified, ann.id) > (old.modified, old.id):
                    newest[ann.article_id] = ann
        found = {aid: progress_of(a.label) for aid, a in newest.items()}
        return {aid: pair for aid, pair in found.items() if pair is not None}

    @_locked
    def record_review(self, article_id: str, decided: int, total: int) -> Annotation:
        """Keep how far the review of *article_id* went: its ``review`` record, made or
        replaced by a new event (not recorded for undo: it follows the decisions)."""
        label = f"{max(0, decided)}/{max(0, total)}"
        mine = [a for a in self.for_article(article_id) if a.kind == "review"]
        old = max(mine, key=lambda a: (a.modified, a.id)) if mine else None
        if old is not None and old.label == label:
            return old
        new = old.edited(label=label) if old else self._new(article_id, "review", label=label)
        self._writable()
        self._save([(old, new)])
        return new

    def entity_choices(self) -> list[Annotation]:
        """The live entity merges and splits, oldest first (see :mod:`vnreader.store.model`)."""
        found = [a for a in self.for_article(ENTITY_CHOICES) if a.kind == "entity"]
        return sorted(found, key=lambda a: (a.created, a.id))

    @_locked
    def choose_entity(self, action: str, subject: str, target: str) -> Annotation:
        """Merge the group *subject* into the group *target* (``merge``), or split the alias
        *target* off the key *subject* (``split``); the same choice again is not repeated."""
        if action not in ENTITY_ACTIONS:
            raise ValueError(f"unknown entity choice {action!r}")
        subject, target = sanitize(subject), sanitize(target)
        for old in self.entity_choices():
            if (old.label, old.tag, old.note) == (action, subject, target):
                return old
        ann = self._new(ENTITY_CHOICES, "entity", label=action, tag=subject, note=target)
        what = f"merge “{subject}” into “{target}”" if action == "merge" else f"split “{target}”"
        self._apply(what, None, ann)
        return ann

    @_locked
    def update(self, annotation_id: str, **changes: Any) -> Annotation:
        old = self._by_id[annotation_id]
        for name in _TEXT_FIELDS:
            if isinstance(changes.get(name), str):
                changes[name] = sanitize(changes[name])
        new = old.edited(**changes)
        self._apply(f"edit {old.kind}", old, new)
        return new

    @_locked
    def delete(self, annotation_id: str) -> Annotation | None:
        old = self._by_id.get(annotation_id)
        if old is not None:
            self._apply(f"delete {old.kind}", old, old.tombstone())
        return old

    @_locked
    def undo(self) -> str | None:
        """Undo the last change; returns its description, or None when there is none.

        Raises :class:`UndoConflict` (and forgets that step) when the record was changed
        since by something that is not an undo step (an import): nothing is overwritten.
        """
        return self._step("undo")

    @_locked
    def redo(self) -> str | None:
        """Redo the last undone change (same rules as :meth:`undo`)."""
        return self._step("redo")

    @_locked
    def merge(self, incoming: Iterable[Annotation]) -> MergeReport:
        """Merge annotations by id: the newest event wins, deletions included (import).

        See :mod:`vnreader.store.merging`: a version made from ours replaces it, an older
        one is skipped, two versions made apart are a conflict (the newer wins; both are in
        ``report.conflicts``). A tombstone deletes the annotation here too. All changes are
        saved together, in one durable step; they are not undo steps.
        """
        from vnreader.store.merging import (
            Conflict,
            MergeReport,
            duplicate_tags,
            incoming_wins,
            relation,
        )

        self._writable()
        report = MergeReport()
        pending: dict[str, Annotation] = {}
        for ann in incoming:
            ann = _clean(ann)
            old = pending.get(ann.id) or self.record(ann.id)
            if old is None:
                twin = None if ann.is_deleted else self._same_tag(ann, pending)
                if twin is not None:
                    keep, gone = duplicate_tags(twin, ann)
                    pending[gone.id] = gone
                    if keep is ann:
                        pending[ann.id] = ann
                    report.skipped += 1
                    continue
                if ann.is_deleted:
                    report.skipped += 1  # deleted elsewhere, never seen here: kept as deleted
                else:
                    report.added += 1
                pending[ann.id] = ann
                continue
            verdict = relation(old, ann)
            if verdict == "conflict":
                newer = incoming_wins(old, ann)
                report.conflicts.append(Conflict(old, ann, "incoming" if newer else "local"))
                if not newer:
                    continue
            elif verdict != "newer":
                report.skipped += 1
                continue
            if ann.is_deleted and not old.is_deleted:
                report.deleted += 1
            elif ann.is_deleted:
                report.skipped += 1
            elif old.is_deleted:
                report.added += 1
            else:
                report.updated += 1
            pending[ann.id] = ann
        self._save([(self.record(a.id), a) for a in pending.values()])
        return report

    def _same_tag(self, ann: Annotation, pending: dict[str, Annotation]) -> Annotation | None:
        """A live tag annotation with *ann*'s tag on its article, under another id."""
        if ann.kind != "tag" or not ann.tag:
            return None
        for other in pending.values():
            if (
                other.kind == "tag"
                and not other.is_deleted
                and (other.article_id, other.tag) == (ann.article_id, ann.tag)
            ):
                return other
        for other in self.for_article(ann.article_id):
            if other.kind == "tag" and other.tag == ann.tag and other.id not in pending:
                return other
        return None

    def reanchor_all(self, articles: Iterable[ArticleText]) -> int:
        """:meth:`reanchor` every article; returns how many spans were placed anew or
        orphaned. Articles whose spans are anchored to their current text cost a lookup."""
        return sum(self.reanchor(a.id, a.text, a.content_hash).changed for a in articles)

    @_locked
    def reanchor(self, article_id: str, text: str, content_hash: str) -> ReanchorReport:
        """Place the article's spans in its current *text* (see :mod:`vnreader.store.anchoring`).

        Spans already anchored to *content_hash* are left alone. Spans that cannot be placed
        safely become orphans with their anchor unchanged. Saved in one durable step, not
        recorded for undo, ``modified`` unchanged. A read-only store applies them in memory only.
        """
        from vnreader.store.anchoring import locate

        report = ReanchorReport()
        changes: list[tuple[Annotation | None, Annotation | None]] = []
        for ann in [*self.spans(article_id), *self.rejections(article_id)]:
            anchor = ann.anchor
            if anchor is None:
                continue
            if anchor.content_hash == content_hash and not ann.orphan:
                report.current += 1
                continue
            placement = locate(anchor, text)
            if placement is None:
                report.orphaned.append(ann.id)
                if not ann.orphan:
                    changes.append((ann, replace(ann, orphan=True)))
                continue
            if placement.method == "position":
                report.kept += 1
            elif placement.method == "fuzzy":
                report.fuzzy += 1
            else:
                report.moved += 1
            if ann.orphan:
                report.restored.append(ann.id)
            new_anchor = Anchor.from_text(text, placement.start, placement.end, content_hash)
            changes.append((ann, replace(ann, anchor=new_anchor, orphan=False)))
        if changes and self.read_only:
            for before, after in changes:  # shown placed, never saved
                self._index(before, after)
        elif changes:
            self._save(changes)
        return report

    # -- internals: opening ------------------------------------------------------------------
    def _load(self, state: State) -> History:
        self._by_id.clear()
        self._tombs.clear()
        self._doc.clear()
        self._by_article.clear()
        self._tag_counts.clear()
        docs = state.get(ANNOTATIONS, {})
        for doc_id, doc in docs.items():
            try:
                ann = Annotation.from_dict(doc)
            except ValueError as exc:
                raise StoreError(
                    f"{self.path}: not a valid vnreader DB (record {doc_id}: {exc})"
                ) from None
            if ann.id in self._by_id or ann.id in self._tombs:
                raise StoreError(
                    f"{self.path}: not a valid vnreader DB (annotation {ann.id} twice)"
                )
            self._doc[ann.id] = doc_id
            self._index(None, ann)
        self._next_doc = max((int(k) for k in docs), default=0) + 1
        try:
            return History(state.get(HISTORY, {}))
        except ValueError as exc:
            raise StoreError(
                f"{self.path}: not a valid vnreader DB (undo history: {exc})"
            ) from None

    def _release(self) -> None:
        if self._storage is not None:
            with contextlib.suppress(OSError):
                self._storage.close()
            self._storage = None
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    # -- internals: changes ------------------------------------------------------------------
    def _new(self, article_id: str, kind: Kind, **fields: Any) -> Annotation:
        stamp = now()
        return Annotation(
            id=new_id(),
            article_id=article_id,
            kind=kind,
            created=stamp,
            modified=stamp,
            author=self.author,
            **fields,
        )

    def _writable(self) -> DurableStorage:
        if self.read_only:
            raise ReadOnlyStore(f"{self.path} is open read-only")
        if self._storage is None:
            raise StoreError(f"{self.path} is closed")
        return self._storage

    def _apply(self, description: str, before: Annotation | None, after: Annotation | None) -> None:
        self._writable()
        with self._history_kept():
            ops = self._history.record(Change(description, before, after))
            self._save([(before, after)], ops)

    @contextlib.contextmanager
    def _history_kept(self) -> Iterator[None]:
        """The undo/redo stacks as they were if the save fails: a change that was not saved
        is not undone later (which blamed "an import" for the mismatch)."""
        snapshot = self._history.snapshot()
        try:
            yield
        except UndoConflict:
            raise  # the step was dropped, and that was saved
        except BaseException:
            self._history.restore(snapshot)
            raise

    def _step(self, source: Stack) -> str | None:
        """Undo or redo the top change as a new event: the record gets a fresh ``modified``
        (an older time would lose to the other people's copies of the undone version)."""
        self._writable()
        change = self._history.peek(source)
        if change is None:
            return None
        expected, wanted = (
            (change.after, change.before) if source == "undo" else (change.before, change.after)
        )
        with self._history_kept():
            return self._step_saved(source, change, expected, wanted)

    def _step_saved(
        self, source: Stack, change: Change, expected: Annotation | None, wanted: Annotation | None
    ) -> str:
        current = self.record(change.annotation_id)
        if not _same_version(current, expected):
            dropped = self._history.drop(source)
            assert dropped is not None
            self._save([], dropped[1])
            raise UndoConflict(
                f"cannot {source} “{change.description}”: it was changed since (by an import)"
            )
        written: Annotation | None
        if wanted is None:  # undo of an addition, redo of a deletion made before tombstones
            written = (
                current.tombstone() if current is not None and not current.is_deleted else None
            )
        else:
            if current is not None and expected is not None:
                wanted = _keep_placement(wanted, expected, current)
            written = wanted.edited_from(current)
        if source == "undo":
            replacement = Change(change.description, written, change.after)
        else:
            replacement = Change(change.description, change.before, written)
        moved = self._history.move(source, replacement)
        assert moved is not None
        self._save([(current, written)] if written is not None else [], moved[1])
        return change.description

    def _save(
        self,
        changes: Sequence[tuple[Annotation | None, Annotation | None]],
        extra: Sequence[Op] = (),
    ) -> None:
        """Write *changes* (before, after) and *extra* ops durably, then update the indexes."""
        storage = self._writable()
        ops: list[Op] = []
        new_docs: dict[str, str] = {}
        for before, after in changes:
            if after is None:
                if before is not None and before.id in self._doc:
                    ops.append((ANNOTATIONS, self._doc[before.id], None))
                continue
            doc_id = self._doc.get(after.id) or new_docs.get(after.id)
            if doc_id is None:
                doc_id = new_docs[after.id] = str(self._next_doc)
                self._next_doc += 1
            ops.append((ANNOTATIONS, doc_id, after.to_dict()))
        ops.extend(extra)
        if not ops:
            return
        self._guard(lambda: storage.commit(ops))
        self._doc.update(new_docs)
        for before, after in changes:
            if after is not None:
                self._index(self.record(after.id), after)
            elif before is not None:
                self._doc.pop(before.id, None)
                self._index(self.record(before.id), None)
        self.revision += 1
        self.last_saved = now()

    def _index(self, old: Annotation | None, new: Annotation | None) -> None:
        """Move one annotation in the in-memory indexes from *old* to *new* (None = absent)."""
        if old is not None and old.is_deleted:
            self._tombs.pop(old.id, None)
        elif old is not None:
            self._by_id.pop(old.id, None)
            ids = self._by_article.get(old.article_id)
            if ids is not None:
                ids.pop(old.id, None)
                if not ids:
                    del self._by_article[old.article_id]
            if old.kind == "tag" and old.tag:
                self._tag_counts[old.tag] -= 1
        if new is not None and new.is_deleted:
            self._tombs[new.id] = new
        elif new is not None:
            self._by_id[new.id] = new
            self._by_article.setdefault(new.article_id, {})[new.id] = None
            if new.kind == "tag" and new.tag:
                self._tag_counts[new.tag] += 1

    def _guard(self, action: Any) -> None:
        try:
            action()
        except OSError as exc:
            raise StoreError(f"{self.path}: could not save ({exc.strerror or exc})") from None


@contextlib.contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector (opening a large DB allocates only acyclic data)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _signature(real: Path) -> tuple[tuple[int, int, int] | None, ...]:
    """What changes when a writer saves: identity, size and time of the DB and its journal."""
    found: list[tuple[int, int, int] | None] = []
    for path in (real, journal_path(real)):
        try:
            st = os.stat(path)
        except OSError:
            found.append(None)
            continue
        found.append((st.st_ino, st.st_size, st.st_mtime_ns))
    return tuple(found)


def _clean(ann: Annotation) -> Annotation:
    """*ann* with its user texts sanitised (imports are untrusted text)."""
    cleaned: dict[str, Any] = {
        name: sanitize(value)
        for name in _TEXT_FIELDS
        if isinstance(value := getattr(ann, name), str) and sanitize(value) != value
    }
    return replace(ann, **cleaned) if cleaned else ann


def _same_version(current: Annotation | None, expected: Annotation | None) -> bool:
    """Whether *current* is still what an undo/redo step expects: the same version, or the
    same content restored by an earlier step (steps are new events with new times)."""
    if expected is None:  # the change added it: gone (or deleted) now is what undo expects
        return current is None or current.is_deleted
    if current is None:
        return False
    if current.modified == expected.modified:
        return current.kind == expected.kind
    from vnreader.store.merging import same_content

    return same_content(current, expected)


def _keep_placement(wanted: Annotation, expected: Annotation, current: Annotation) -> Annotation:
    """Keep a re-anchoring done since the change when the change itself did not move the span."""
    if wanted.anchor == expected.anchor and current.anchor != expected.anchor:
        return replace(wanted, anchor=current.anchor, orphan=current.orphan)
    return wanted
