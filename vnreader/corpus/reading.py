"""Reading an article file as text: encodings, binary files, empty files, sanitising.

Accepted: UTF-8 (with or without BOM), UTF-16 with a BOM, UTF-16 without a BOM when every
other byte is NUL (ASCII-heavy text saved by Windows tools), and Windows-1258 (the legacy
Vietnamese code page) as a last resort. Windows-1258 decodes almost any byte string, so a
file read that way must *look like text*: almost no control bytes, enough spaces between
words and mostly letters, digits and punctuation. Random binary data fails these tests.
Anything else is "not a text file"; a file with no visible character is "empty".
"""

from __future__ import annotations

import stat
import unicodedata
from pathlib import Path

from vnreader.corpus.errors import CorpusError
from vnreader.textsafe import sanitize

MAX_BYTES = 20 * 1024 * 1024
_TEXT_CONTROLS = frozenset(b"\t\n\r\x0c")
_MAX_CONTROL_RATIO = 0.01  # ESC sequences in a text file are stripped, not fatal
_MIN_SPACE_RATIO = 0.03  # words are separated by spaces
_MIN_TEXTLIKE_RATIO = 0.95
_TEXTLIKE_CATEGORIES = frozenset(
    """Lu Ll Lt Lm Lo Mn Mc Me Nd Nl No Pc Pd Ps Pe Pi Pf Po Sm Sc Sk So Zs""".split()  # noqa: SIM905
)


def read_text(path: Path) -> str:
    """The file's text, NFC, control characters removed; raises :class:`CorpusError`."""
    data = _read_bytes(path)
    text = decode(data, path)
    text = sanitize(text)
    if not text.strip():
        raise CorpusError(f"{path}: empty file (no text)")
    return text


def _read_bytes(path: Path) -> bytes:
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise CorpusError(f"{path}: is a folder, not a file")
        if not stat.S_ISREG(info.st_mode):
            raise CorpusError(f"{path}: not a regular file")
        if info.st_size > MAX_BYTES:
            raise CorpusError(
                f"{path}: too large for an article ({info.st_size // 1024 // 1024} MB)"
            )
        return path.read_bytes()
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
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise CorpusError(f"{path}: not a text file (bad UTF-16)") from None
    if b"\x00" in data:
        utf16 = _utf16_without_bom(data)
        if utf16 is None:
            raise CorpusError(f"{path}: not a text file (binary data)")
        return utf16
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        try:
            text = data.decode("cp1258")
        except UnicodeDecodeError:
            raise CorpusError(f"{path}: not a text file (not UTF-8 at byte {exc.start})") from None
        if not looks_like_text(data, text, spaced=True):
            raise CorpusError(f"{path}: not a text file (not UTF-8 at byte {exc.start})") from None
        return text
    if not looks_like_text(data, text):
        raise CorpusError(f"{path}: not a text file (binary data)")
    return text


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text saved without a BOM: the high byte of (nearly) every character is NUL."""
    if len(data) % 2:
        return None
    for encoding, high in (("utf-16-le", data[1::2]), ("utf-16-be", data[0::2])):
        if high.count(0) < 0.9 * len(high):
            continue
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if looks_like_text(text.encode("utf-8"), text):
            return text
    return None


def looks_like_text(data: bytes, text: str, *, spaced: bool = False) -> bool:
    """Whether decoded *text* (from *data*) is prose rather than binary that happened to decode.

    *spaced* also requires spaces between words (for the Windows-1258 fallback, which decodes
    nearly any bytes; not for UTF-8, which may be a language written without spaces).
    """
    if not data:
        return True
    controls = sum(1 for b in data if (b < 0x20 and b not in _TEXT_CONTROLS) or b == 0x7F)
    if controls > _MAX_CONTROL_RATIO * len(data):
        return False
    sample = unicodedata.normalize("NFC", text[:20000])
    visible = [ch for ch in sample if ch not in "\n\r\t"]
    if not visible:
        return True
    textlike = sum(1 for ch in visible if unicodedata.category(ch) in _TEXTLIKE_CATEGORIES)
    if textlike < _MIN_TEXTLIKE_RATIO * len(visible):
        return False
    spaces_needed = spaced and len(visible) >= 40
    return not spaces_needed or sample.count(" ") >= _MIN_SPACE_RATIO * len(visible)
