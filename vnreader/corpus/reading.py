"""Reading an article file as text: encodings, binary files, empty files, sanitising.

Accepted: UTF-8 (with or without BOM), UTF-16 with a BOM, UTF-16 without a BOM when most
high bytes are NUL (text saved by Windows tools), and Windows-1258 (the legacy
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
        if not looks_like_text(text, legacy=True):
            raise CorpusError(f"{path}: not a text file (not UTF-8 at byte {exc.start})") from None
        return text
    if not looks_like_text(text):
        raise CorpusError(f"{path}: not a text file (binary data)")
    return text


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

    Always: nearly all visible characters are letters, marks, digits, punctuation, symbols
    or spaces (control characters aside: a hostile file full of escape sequences is still
    text, and :func:`sanitize` removes them). With *legacy* (a decoding that accepts almost
    any bytes: Windows-1258, UTF-16 without BOM) also: almost no control characters, and
    spaces between words.
    """
    sample = text[:20000]
    if legacy:
        controls = sum(1 for ch in sample if _is_control(ch))
        if controls > _MAX_CONTROL_RATIO * len(sample):
            return False
    visible = [
        ch for ch in unicodedata.normalize("NFC", sample) if unicodedata.category(ch) != "Cc"
    ]
    if not visible:
        return True
    textlike = sum(1 for ch in visible if unicodedata.category(ch) in _TEXTLIKE_CATEGORIES)
    if textlike < _MIN_TEXTLIKE_RATIO * len(visible):
        return False
    spaces_needed = legacy and len(visible) >= 40
    return not spaces_needed or sample.count(" ") >= _MIN_SPACE_RATIO * len(visible)


def _is_control(ch: str) -> bool:
    return unicodedata.category(ch) == "Cc" and ch not in "\t\n\r\x0c"
