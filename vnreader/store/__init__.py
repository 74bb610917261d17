"""Storage of what the user made: annotations in a durable TinyDB file (no UI here)."""

from vnreader.store.anchoring import Placement, locate
from vnreader.store.errors import (
    ReadOnlyStore,
    StoreError,
    StoreLocked,
    StoreNotWritable,
    UndoConflict,
)
from vnreader.store.merging import Conflict, MergeReport
from vnreader.store.model import Anchor, Annotation
from vnreader.store.repository import AnnotationStore, ReanchorReport
from vnreader.store.storage import DurableStorage

__all__ = [
    "Anchor",
    "Annotation",
    "AnnotationStore",
    "Conflict",
    "DurableStorage",
    "MergeReport",
    "Placement",
    "ReadOnlyStore",
    "ReanchorReport",
    "StoreError",
    "StoreLocked",
    "StoreNotWritable",
    "UndoConflict",
    "locate",
]
