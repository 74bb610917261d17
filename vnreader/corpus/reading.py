"""Reading an article file as text: encodings, binary files, sanitising."""

from __future__ import annotations

from pathlib import Path

from vnreader.corpus.errors import CorpusError
from vnreader.textsafe import sanitize

MAX_BYTES = 20 * 1024 * 1024


def read_text(path: Path) -> str:
    """The file's text, NFC, control characters removed.

    UTF-8 (with or without BOM) and UTF-16 with BOM are read; a file with NUL bytes or that
    decodes in none of these is "not a text file".
    """
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise CorpusError(f"{path}: too large for an article ({size // 1024 // 1024} MB)")
        data = path.read_bytes()
    except PermissionError:
        raise CorpusError(f"{path}: permission denied") from None
    except IsADirectoryError:
        raise CorpusError(f"{path}: is a folder, not a file") from None
    except OSError as exc:
        raise CorpusError(f"{path}: cannot read ({exc.strerror or exc})") from None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return sanitize(data.decode("utf-16"))
        except UnicodeDecodeError:
            raise CorpusError(f"{path}: not a text file (bad UTF-16)") from None
    if b"\x00" in data:
        raise CorpusError(f"{path}: not a text file (binary data)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        try:
            text = data.decode("cp1258")
        except UnicodeDecodeError:
            raise CorpusError(f"{path}: not a text file (not UTF-8 at byte {exc.start})") from None
    return sanitize(text)
