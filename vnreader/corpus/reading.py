"""Reading an article file as text: encodings, binary files, empty files, sanitising.

Accepted: UTF-8 (with or without BOM), UTF-16 with a BOM, UTF-16 without a BOM when most
high bytes are NUL (text saved by Windows tools), and Windows-1258 (the legacy
Vietnamese code page) as a last resort. Windows-1258 decodes almost any byte string, so a
file read that way (or as UTF-16) must *look like text*: almost no control characters,
spaces between words, and none of the characters prose never has (private use,
non-characters, replacement marks). Random binary data fails these tests.
Anything else is "not a text file"; a file with no visible character is "empty".
A few stray bytes in UTF-8 text (invalid bytes, NULs) do not reject the file: invalid bytes
become U+FFFD where they were, NULs are dropped, and :func:`repair_note` says so in one line.
"""

from __future__ import annotations

import errno
import re
from pathlib import Path

from vnreader.corpus.errors import CorpusError
from vnreader.safefiles import UnsafeFile, read_regular
from vnreader.textsafe import sanitize

MAX_BYTES = 20 * 1024 * 1024
_MAX_CONTROL_RATIO = 0.01  # ESC sequences in a text file are stripped, not fatal
_MIN_SPACE_RATIO = 0.03  # words are separated by spaces
_MAX_ODD_RATIO = 0.05
_SAMPLE_CHARS = 20000
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
# private use, specials, non-characters, replacement character, unassigned planes
_NOT_PROSE = re.compile(
    "[\ue000-\uf8ff\ufdd0-\ufdef\ufff0-\uffff\U000f0000-\U0010ffff\U00030000-\U000dffff]"
)


def read_text(path: Path) -> str:
    """The file's text, NFC, control characters removed; raises :class:`CorpusError`."""
    return text_from_bytes(read_bytes(path), path)


def text_from_bytes(data: bytes, path: Path) -> str:
    """:func:`read_text` of bytes already read from *path* (named in messages)."""
    return decoded_text(data, path)[0]


def decoded_text(data: bytes, path: Path) -> tuple[str, str | None]:
    """:func:`text_from_bytes` and the :func:`repair_note` of the decoding (or None)."""
    text, note = decode_repaired(data, path)
    text = sanitize(text)
    if not text.strip():
        raise CorpusError(f"{path}: empty file (no text)")
    return text, note


def read_bytes(path: Path) -> bytes:
    """The bytes of a regular file of at most :data:`MAX_BYTES`; raises :class:`CorpusError`."""
    try:
        return read_regular(path, MAX_BYTES)
    except UnsafeFile as exc:
        if exc.errno == errno.EFBIG:
            raise CorpusError(f"{path}: {exc.strerror} for an article") from None
        raise CorpusError(f"{path}: {exc.strerror}") from None
    except BlockingIOError:
        raise CorpusError(f"{path}: not a regular file (reading it would wait)") from None
    except FileNotFoundError:
        raise CorpusError(f"{path}: no such file") from None
    except PermissionError:
        raise CorpusError(f"{path}: permission denied") from None
    except IsADirectoryError:
        raise CorpusError(f"{path}: is a folder, not a file") from None
    except OSError as exc:
        raise CorpusError(f"{path}: cannot read ({exc.strerror or exc})") from None


def decode(data: bytes, path: Path) -> str:
    """*data* as text, or :class:`CorpusError` "not a text file"."""
    return decode_repaired(data, path)[0]


def repair_note(invalid: int, nuls: int) -> str | None:
    """One line saying what decoding changed in a text file, or None when nothing was."""
    parts = []
    if invalid:
        parts.append(f"{invalid} invalid UTF-8 byte{'s' if invalid > 1 else ''} shown as \ufffd")
    if nuls:
        parts.append(f"{nuls} NUL byte{'s' if nuls > 1 else ''} removed")
    return "; ".join(parts) if parts else None


def decode_repaired(data: bytes, path: Path) -> tuple[str, str | None]:
    """:func:`decode`, and its :func:`repair_note`: how many stray bytes were replaced or
    dropped to read the file as text (None when none were)."""
    nuls = 0
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise CorpusError(f"{path}: not a text file (bad UTF-16)") from None
        if not looks_like_text(text, legacy=True):
            raise CorpusError(f"{path}: not a text file (binary data after a UTF-16 mark)")
        return text, None
    if b"\x00" in data:
        utf16 = _utf16_without_bom(data)
        if utf16 is not None:
            return utf16, None
        without = data.replace(b"\x00", b"")
        if data.count(0) > _stray_limit(data) or without.isascii():
            raise CorpusError(f"{path}: not a text file (binary data)")
        nuls = len(data) - len(without)
        data = without  # a few stray NULs in a (non-ASCII, so not binary-looking) text: dropped
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        mended = _mostly_utf8(data)
        if mended is not None:  # a few stray bytes, each shown as U+FFFD where it was
            invalid = mended.count("\ufffd") - data.count("\ufffd".encode())
            return mended, repair_note(invalid, nuls)
        try:
            text = data.decode("cp1258")
        except UnicodeDecodeError:
            raise CorpusError(f"{path}: not a text file (not UTF-8 at byte {exc.start})") from None
        if not looks_like_text(text, legacy=True):
            raise CorpusError(f"{path}: not a text file (not UTF-8 at byte {exc.start})") from None
        return text, repair_note(0, nuls)
    if not looks_like_text(text):
        raise CorpusError(f"{path}: not a text file (binary data)")
    return text, repair_note(0, nuls)


def _stray_limit(data: bytes) -> int:
    """How many stray bytes (invalid UTF-8, NUL) a text file may hold and still be text."""
    return max(3, len(data) // 10_000)


def _mostly_utf8(data: bytes) -> str | None:
    """*data* decoded as UTF-8 with its few invalid bytes replaced by U+FFFD, when the rest is
    UTF-8 that is not plain ASCII (else None: another encoding, or binary)."""
    text = data.decode("utf-8-sig", "replace")
    replaced = text.count("\ufffd") - data.count("\ufffd".encode())
    if replaced > _stray_limit(data) or text.isascii():
        return None
    if not any(ord(c) > 127 and c != "\ufffd" for c in text[:_SAMPLE_CHARS]):
        return None
    return text if looks_like_text(text.replace("\ufffd", "")) else None


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text saved without a BOM: the high byte of most characters is NUL."""
    if len(data) % 2:
        return None
    for encoding, high in (("utf-16-le", data[1::2]), ("utf-16-be", data[0::2])):
        if high.count(0) < 0.5 * len(high):
            continue
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if "\x00" not in text and looks_like_text(text, legacy=True):
            return text
    return None


def looks_like_text(text: str, *, legacy: bool = False) -> bool:
    """Whether decoded *text* is prose rather than binary data that happened to decode.

    Always: hardly any characters that prose never has (private-use, replacement character,
    non-characters, unassigned). Control characters alone do not make binary: a hostile file
    full of escape sequences is still text, and :func:`sanitize` removes them. With *legacy*
    (a decoding that accepts almost any bytes: Windows-1258, UTF-16 without a BOM) also:
    almost no control characters, and spaces between words.
    """
    sample = text[:_SAMPLE_CHARS]
    if not legacy and not _NOT_PROSE.search(sample):
        return True  # the common case, in one scan
    controls = len(_CONTROL.findall(sample))
    visible = len(sample) - controls - sum(sample.count(ch) for ch in "\t\n\r\x0c")
    if visible <= 0:
        return True
    if len(_NOT_PROSE.findall(sample)) > _MAX_ODD_RATIO * visible:
        return False
    if not legacy:
        return True
    if controls > _MAX_CONTROL_RATIO * len(sample):
        return False
    return visible < 40 or sample.count(" ") >= _MIN_SPACE_RATIO * visible
