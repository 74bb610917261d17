"""Typed, sanitised access to the fields of a parsed import file, with one-line errors.

Every string taken from an import file passes through :func:`vnreader.textsafe.sanitize`
here (control characters out, NFC in), so stored annotations never carry NFD text or escape
sequences whatever the file held.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, NoReturn

from vnreader.export.errors import ExportFormatError
from vnreader.export.values import stamp_of, whole_number
from vnreader.store.model import ENTITY_ACTIONS, progress_of
from vnreader.textsafe import sanitize


class RecordReader:
    """Reads fields of JSON objects from one file; errors name the file and the line."""

    def __init__(self, path: Path, line_of: Callable[[object], int]) -> None:
        self.path = path
        self.line_of = line_of

    def fail(self, obj: object, message: str) -> NoReturn:
        raise ExportFormatError(f"{self.path}: line {self.line_of(obj)}: {message}")

    def obj(self, value: object, parent: object, what: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            self.fail(parent, f"{what} must be an object")
        return value

    def items(self, obj: dict[str, Any], key: str) -> list[Any]:
        value = obj.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            self.fail(obj, f"'{key}' must be a list")
        return value

    def text(self, obj: dict[str, Any], key: str, *, required: bool = False) -> str | None:
        value = obj.get(key)
        if value is None:
            if required:
                self.fail(obj, f"missing '{key}'")
            return None
        if not isinstance(value, str):
            self.fail(obj, f"'{key}' must be a string")
        return sanitize(value)

    def required_text(self, obj: dict[str, Any], key: str) -> str:
        value = self.text(obj, key, required=True)
        assert value is not None
        if not value:
            self.fail(obj, f"'{key}' is empty")
        return value

    def offset(self, obj: dict[str, Any], key: str) -> int:
        """A non-negative integer (38.0 too: pandas writes integer columns with nulls so)."""
        value = whole_number(obj.get(key))
        if value is None or value < 0:
            self.fail(obj, f"'{key}' must be a non-negative integer")
        return value

    def flag(self, obj: dict[str, Any], key: str) -> bool:
        """true/false, or 1/0 (pandas), null meaning false."""
        value = obj.get(key, False)
        if value is None or isinstance(value, bool):
            return bool(value)
        if whole_number(value) in (0, 1):
            return bool(value)
        self.fail(obj, f"'{key}' must be true or false")

    def revisions(self, obj: dict[str, Any], key: str = "revisions") -> tuple[str, ...]:
        """The times of the versions a record replaced (empty when absent)."""
        value = obj.get(key)
        if value is None:
            return ()
        if not isinstance(value, list):
            self.fail(obj, f"'{key}' must be a list of ISO 8601 date-times")
        stamps = tuple(stamp_of(v) for v in value)
        if any(s is None for s in stamps):
            self.fail(obj, f"'{key}' must be a list of ISO 8601 date-times")
        return tuple(s for s in stamps if s is not None)

    def time(self, obj: dict[str, Any], key: str, fallback: str | None = None) -> str:
        """A timestamp field, normalised; *fallback* (or an error) when it is missing."""
        value = obj.get(key)
        if value is None:
            if fallback is None:
                self.fail(obj, f"missing '{key}'")
            return fallback
        if (stamp := stamp_of(value)) is None:
            self.fail(obj, f"'{key}' is not an ISO 8601 date-time: {str(value)[:40]!r}")
        return stamp


def check_entity_choice(obj: dict[str, Any], r: RecordReader, fields: dict[str, Any]) -> None:
    """An entity choice (``fields``: label, tag, note) names its action (merge or split), a
    subject and a target; errors name the line of *obj*."""
    if fields.get("label") not in ENTITY_ACTIONS:
        r.fail(obj, f"an entity choice's action must be one of {', '.join(ENTITY_ACTIONS)}")
    if not all(isinstance(fields.get(k), str) and fields[k] for k in ("tag", "note")):
        r.fail(obj, "an entity choice needs a subject and a target")


def check_review(obj: dict[str, Any], r: RecordReader) -> None:
    """A ``review`` record's label must be its progress, "decided/total"."""
    if progress_of(r.text(obj, "label")) is None:
        r.fail(obj, "a review record needs 'label' as decided/total (e.g. \"12/37\")")
