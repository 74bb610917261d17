"""The one place where untrusted text enters: control characters out, NFC in.

Every string read from an article file, an import file or the user's input passes through
:func:`sanitize` before it is stored, analysed or shown, so that no raw escape sequence
(ESC/CSI, OSC 52, OSC 8, C1 ``\\x9b``) can ever reach the terminal and every offset refers
to NFC text.
"""

from __future__ import annotations

import os
import re
import unicodedata

# Whole terminal escape sequences (so no "[31m" or "]52;c;…" residue is left behind):
# CSI (ESC [ or C1 \x9b) … final byte; OSC / DCS / SOS / PM / APC (ESC ] P X ^ _ or their C1
# forms) … up to BEL or ST; any other two-byte ESC sequence.
_ESCAPES = re.compile(
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]"
    r"|(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c\n]*(?:\x07|\x1b\\|\x9c)?"
    r"|\x1b[ -~]?"
)
# C0 controls except \t and \n, DEL, C1 controls; also bidi overrides / isolates that can
# reorder what the user sees (Trojan-source style: embeddings, overrides, isolates and the
# invisible direction marks LRM, RLM, ALM) and zero-width no-break / BOM.
_CONTROL = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
    "\ufeff\ufff9-\ufffb]"
)
# Lone surrogates: bytes of a file name that are not UTF-8 (``surrogateescape``); they cannot
# be printed or saved.
_SURROGATE = re.compile("[\ud800-\udfff]")
_UNSAFE = re.compile(f"\r|{_ESCAPES.pattern}|{_CONTROL.pattern}|{_SURROGATE.pattern}")


def sanitize(text: str) -> str:
    """Return *text* in NFC with control characters removed (``\\n`` and ``\\t`` kept).

    ``\\r\\n`` and lone ``\\r`` become ``\\n``.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _ESCAPES.sub("", text)
    text = _CONTROL.sub("", text)
    text = _SURROGATE.sub("\ufffd", text)
    return unicodedata.normalize("NFC", text)


def has_unsafe(text: str) -> bool:
    """Whether :func:`sanitize` would remove or replace anything in *text* (NFC aside)."""
    return _UNSAFE.search(text) is not None


def sanitize_keeping_form(text: str) -> str:
    """*text* unchanged when it holds nothing unsafe, else :func:`sanitize`-d.

    For names that are keys (article ids from file names, which may be NFD on macOS): a
    clean name keeps its exact spelling so that what refers to it still matches.
    """
    return sanitize(text) if has_unsafe(text) else text


def sanitize_line(text: object) -> str:
    """*text* sanitised onto one line (line breaks and tabs become spaces): for messages."""
    return " ".join(sanitize(str(text)).replace("\t", " ").split("\n"))


def display_path(path: str | os.PathLike[str]) -> str:
    """A file or folder name fit to be shown: the same sanitising as text, on one line.

    File names are untrusted text (a name can carry OSC 52 or CSI sequences); every path
    shown in the app or printed by the CLI goes through here.
    """
    return sanitize_line(os.fspath(path))
