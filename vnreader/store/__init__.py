"""Storage of what the user made: annotations in a durable TinyDB file (no UI here)."""

from vnreader.store.errors import ReadOnlyStore, StoreError, StoreLocked
from vnreader.store.model import Anchor, Annotation
from vnreader.store.repository import AnnotationStore, MergeReport

__all__ = [
    "Anchor",
    "Annotation",
    "AnnotationStore",
    "MergeReport",
    "ReadOnlyStore",
    "StoreError",
    "StoreLocked",
]
