"""Hostile strings shared by the tests of this family: what a file name or a DB may carry."""

from __future__ import annotations

OSC52 = "\x1b]52;c;SGVsbG8=\x07"  # writes the clipboard
OSC0 = "\x1b]0;pwned\x07"  # sets the window title
CSI = "\x1b[2J\x1b[31m"  # clears the screen, red
C1 = "\x9b2J\x9d0;t\x9c"  # the same with C1 controls
BIDI = "\u202e\u200e\u200f\u061c"
HOSTILE = OSC52 + OSC0 + CSI + C1 + BIDI


def assert_clean(text: str) -> None:
    """No escape, C1 control or invisible direction mark left in *text*."""
    bad = [c for c in text if (ord(c) < 32 and c not in "\n\t") or 0x7F <= ord(c) <= 0x9F]
    bad += [c for c in text if c in BIDI]
    assert not bad, repr(text)
