"""Storage of what the user made: annotations in a durable TinyDB file (no UI here).

Anchoring and merging (:class:`Placement`, :func:`locate`, :class:`Conflict`,
:class:`MergeReport`) are imported on first use (PEP 562): opening the store needs neither.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

from vnreader.store.errors import (
    ReadOnlyStore,
    StoreError,
    StoreLocked,
    StoreNotWritable,
    UndoConflict,
)
from vnreader.store.model import Anchor, Annotation
from vnreader.store.repository import AnnotationStore, ReanchorReport
from vnreader.store.storage import DurableStorage

if TYPE_CHECKING:
    from vnreader.store.anchoring import Placement, locate
    from vnreader.store.merging import Conflict, MergeReport

_HOMES = {
    "Placement": "anchoring",
    "locate": "anchoring",
    "Conflict": "merging",
    "MergeReport": "merging",
}

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


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f"{__name__}.{home}"), name)
