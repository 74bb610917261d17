"""Errors of the annotation store, each with a one-line message for the user."""

from __future__ import annotations


class StoreError(Exception):
    """The DB cannot be used (not valid, wrong shape, newer version, unreadable)."""


class StoreLocked(StoreError):
    """Another vnreader process holds the DB; it can be opened read-only."""


class StoreNotWritable(StoreError):
    """The DB's folder cannot be written (a read-only file system); it can be opened
    read-only."""


class ReadOnlyStore(StoreError):
    """A change was attempted on a DB opened read-only."""


class UndoConflict(StoreError):
    """The change to undo/redo was overtaken (e.g. by an import); it was dropped, not applied."""
