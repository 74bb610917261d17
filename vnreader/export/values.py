"""Small conversions shared by the formats: timestamps, identifiers as IRIs, language.

* Timestamps are written as stored (ISO 8601 UTC with milliseconds, ``Z``) and normalised to
  that shape on import, so that "newer wins" compares like with like. Import also takes
  epoch milliseconds, and whole-number floats for integers (a file edited in pandas).
* Article ids become ``urn:vnreader:article:<id>`` (percent-encoded: a valid ASCII URI).
* Annotation ids that are UUIDs become ``urn:uuid:<id>``; other ids pass through when they are
  already absolute ASCII URIs, and are wrapped as ``urn:vnreader:annotation:<id>`` otherwise.
"""

from __future__ import annotations

import math
import re
import unicodedata
import uuid
from datetime import UTC, datetime
from urllib.parse import quote, unquote

EPOCH = "1970-01-01T00:00:00.000Z"
ARTICLE_URN = "urn:vnreader:article:"
ANNOTATION_URN = "urn:vnreader:annotation:"
UUID_URN = "urn:uuid:"
# Namespace of the ids vnreader derives for imported records that have none of their own.
ID_NAMESPACE = uuid.UUID("6f1d2a52-1e0b-4a8e-9a5c-3b7c0d9e2f10")

_ASCII_URI = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*:[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]+")
_BAD_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")
_VIETNAMESE_LETTERS = frozenset(
    unicodedata.normalize("NFC", base + mark)
    for base in "aăâeêioôơuưyAĂÂEÊIOÔƠUƯY"
    for mark in ("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323")
) | frozenset("đĐ")


def normalize_time(value: str) -> str | None:
    """*value* as ``YYYY-MM-DDTHH:MM:SS.mmmZ`` in UTC, or None if it is not ISO 8601.

    A time without zone is taken as UTC; a date alone as its midnight.
    """
    try:
        parsed = datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    try:
        parsed = parsed.astimezone(UTC)
    except OverflowError:  # "0001-01-01T00:00+01:00" is before year 1 in UTC
        return None
    return parsed.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def stamp_of(value: object) -> str | None:
    """An ISO 8601 string or epoch milliseconds (what pandas' ``to_json`` writes for a date
    column) as a stored timestamp; None for anything else."""
    if isinstance(value, str):
        return normalize_time(value)
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    if not math.isfinite(value):
        return None
    try:
        moment = datetime.fromtimestamp(value / 1000, UTC)
    except (OverflowError, OSError, ValueError):
        return None
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def whole_number(value: object) -> int | None:
    """An int, or a float with no fraction (pandas turns integer columns with nulls into
    floats: 38 becomes 38.0); None for anything else (bools included)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        return int(value)
    return None


def article_urn(article_id: str) -> str:
    return ARTICLE_URN + quote(article_id, safe="")


def article_id_from_urn(iri: str) -> str | None:
    if iri.startswith(ARTICLE_URN):
        return unquote(iri[len(ARTICLE_URN) :])
    return None


def is_uri(value: str) -> bool:
    """True for an absolute URI in plain ASCII (what the W3C schemas' ``uri`` format wants)."""
    return bool(_ASCII_URI.fullmatch(value)) and not _BAD_PERCENT.search(value)


def annotation_iri(annotation_id: str) -> str:
    try:
        if str(uuid.UUID(annotation_id)) == annotation_id:
            return UUID_URN + annotation_id
    except ValueError:
        pass
    lowered = annotation_id.lower()
    if is_uri(annotation_id) and not lowered.startswith((UUID_URN, "urn:vnreader:")):
        return annotation_id
    return ANNOTATION_URN + quote(annotation_id, safe="")


def annotation_id_from_iri(iri: str) -> str:
    if iri.lower().startswith(UUID_URN):
        rest = iri[len(UUID_URN) :]
        try:
            return str(uuid.UUID(rest))
        except ValueError:
            return iri
    if iri.startswith(ANNOTATION_URN):
        return unquote(iri[len(ANNOTATION_URN) :])
    return iri


def derived_id(*parts: str) -> str:
    """A stable id for a record derived from an imported one (same input, same id)."""
    return str(uuid.uuid5(ID_NAMESPACE, "\x1f".join(parts)))


def is_vietnamese(text: str) -> bool:
    """A cheap guess that *text* is Vietnamese (for the W3C ``language`` of a body).

    True when it has a letter with a Vietnamese mark (ấ, ơ, ỹ, đ...) and no accented Latin
    letter Vietnamese does not use (ç, ñ, ü...). "PER" or "covid" are not; "Mỹ" is.
    """
    found = False
    for ch in text:
        if ch.isascii() or not ch.isalpha():
            continue
        if ch in _VIETNAMESE_LETTERS:
            found = True
        elif unicodedata.name(ch, "").startswith("LATIN"):
            return False
    return found


def file_header(fmt: str, version: int, exported: str) -> dict[str, object]:
    """The fields every vnreader export file starts with: format, version, time, generator."""
    from vnreader import __version__

    return {
        "format": fmt,
        "version": version,
        "exported": exported,
        "generator": f"vnreader {__version__}",
    }
