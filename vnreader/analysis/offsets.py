"""Map offsets in the NFC form of a string back to offsets in the string itself."""

from __future__ import annotations

import unicodedata


def nfc_with_map(text: str) -> tuple[str, list[int]]:
    """Return ``(nfc, back)`` where ``back[i]`` is the offset in *text* of ``nfc[i]``.

    ``back`` has ``len(nfc) + 1`` entries; the last is ``len(text)``, so an end offset maps
    too. Text that is already NFC maps to itself.
    """
    if unicodedata.is_normalized("NFC", text):
        return text, list(range(len(text) + 1))
    out: list[str] = []
    back: list[int] = []
    i = 0
    n = len(text)
    while i < n:
        j = i + 1
        # a starter and the combining marks that follow it normalise together
        while j < n and unicodedata.combining(text[j]):
            j += 1
        chunk = unicodedata.normalize("NFC", text[i:j])
        out.append(chunk)
        back.extend([i] * len(chunk))
        i = j
    back.append(n)
    return "".join(out), back
