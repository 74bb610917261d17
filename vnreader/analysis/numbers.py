"""Vietnamese number grammar: digits with separators, scale words and number words.

Pure functions, no state. Vietnamese writes "." between thousands and "," before decimals
("1.234,5" = 1234.5). News copy also carries English-style numbers, so the rules are:

* ``1.000``, ``80.000``, ``1.234.567,5``: groups of exactly three digits after each "." are
  thousands (Vietnamese), an optional ",digits" tail is the decimal part.
* ``4,7``, ``1234,5``: a single "," is the decimal mark (Vietnamese).
* ``1,234,567`` (two or more ",ddd" groups) and ``1,234.5`` are English thousands.
* ``4.7``, ``4.75``, ``1.2345``: a "." followed by anything but exactly three digits is an
  English decimal point; news writes "4.7 tỷ USD" this way often enough to honour it.
* A single ``1.000`` is therefore always one thousand, never 1.0: in Vietnamese copy that is
  by far the common reading.

Dates such as "16.3.2023" are not numbers; :mod:`vnreader.analysis.dates` claims them first.
Values are computed with :class:`decimal.Decimal` so that "4,7 tỷ" is exactly 4.7e9 as a float
(no ``4.7 * 1e9`` rounding noise).
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

__all__ = [
    "SCALES",
    "WORD_NUMBERS",
    "normalize_number",
    "parse_amount",
    "parse_number",
    "scale_multiplier",
]

# Scale words (lower case). "vạn" is the old 10,000.
SCALES: dict[str, int] = {
    "trăm": 100,
    "nghìn": 1_000,
    "ngàn": 1_000,
    "vạn": 10_000,
    "triệu": 1_000_000,
    "tỷ": 1_000_000_000,
    "tỉ": 1_000_000_000,
}

# Number words that count only in front of a scale word ("hai triệu"), never alone.
WORD_NUMBERS: dict[str, Decimal] = {
    "một": Decimal(1),
    "hai": Decimal(2),
    "ba": Decimal(3),
    "bốn": Decimal(4),
    "năm": Decimal(5),
    "sáu": Decimal(6),
    "bảy": Decimal(7),
    "bẩy": Decimal(7),
    "tám": Decimal(8),
    "chín": Decimal(9),
    "mười": Decimal(10),
    "nửa": Decimal("0.5"),
}

# digits of a whole number read without Decimal: times a scale (a power of ten) it is exact
# as an int and as a Decimal (its significant digits fit in Decimal's 28), so both give
# the same float
_EXACT_DIGITS = 15
_VN_THOUSANDS = re.compile(r"(\d{1,3}(?:\.\d{3})+)(?:,(\d+))?")
_VN_DECIMAL = re.compile(r"(\d+),(\d+)")
_EN_THOUSANDS = re.compile(r"(\d{1,3}(?:,\d{3}){2,})(?:\.(\d+))?|(\d{1,3}(?:,\d{3})+)\.(\d+)")
_EN_DECIMAL = re.compile(r"(\d+)\.(\d+)")


def normalize_number(s: str) -> str | None:
    """Return *s* as a plain ``digits[.digits]`` string, or None if it is not a number."""
    if s.isdecimal():  # what ``\d+`` matches whole (decimal digits), without a regex
        return s
    m = _VN_THOUSANDS.fullmatch(s)
    if m:
        whole = m.group(1).replace(".", "")
        return f"{whole}.{m.group(2)}" if m.group(2) else whole
    m = _VN_DECIMAL.fullmatch(s)
    if m:
        return f"{m.group(1)}.{m.group(2)}"
    m = _EN_THOUSANDS.fullmatch(s)
    if m:
        if m.group(1):
            whole = m.group(1).replace(",", "")
            return f"{whole}.{m.group(2)}" if m.group(2) else whole
        return f"{m.group(3).replace(',', '')}.{m.group(4)}"
    m = _EN_DECIMAL.fullmatch(s)
    if m:
        return s
    return None


def parse_number(s: str) -> float | None:
    """Parse a number written with digits ("80.000", "4,7", "1.234,5") or return None."""
    plain = normalize_number(s)
    return None if plain is None else float(plain)


def scale_multiplier(scale: str | None) -> int:
    """Multiplier of a scale phrase: "tỷ" -> 1e9, "nghìn tỷ" -> 1e12, None -> 1.

    Raises ValueError for an unknown word.
    """
    if not scale:
        return 1
    mult = 1
    for word in scale.lower().split():
        try:
            mult *= SCALES[word]
        except KeyError:
            raise ValueError(f"unknown scale word: {word!r}") from None
    return mult


def parse_amount(number: str, scale: str | None = None) -> float:
    """Value of *number* (digits, or a number word such as "hai") times its *scale*.

    ``parse_amount("4,7", "tỷ") == 4.7e9``; ``parse_amount("1,2", "nghìn tỷ") == 1.2e12``.
    Raises ValueError when either part cannot be read.
    """
    plain = normalize_number(number)
    if plain is not None and plain.isdecimal() and len(plain) <= _EXACT_DIGITS:
        # a whole number: the same float as through Decimal (see _EXACT_DIGITS), faster
        return float(int(plain) * scale_multiplier(scale))
    base: Decimal
    if plain is not None:
        try:
            base = Decimal(plain)
        except InvalidOperation:  # pragma: no cover - normalize_number only yields digits
            raise ValueError(f"not a number: {number!r}") from None
    else:
        word = WORD_NUMBERS.get(number.lower())
        if word is None:
            raise ValueError(f"not a number: {number!r}")
        base = word
    return float(base * scale_multiplier(scale))
