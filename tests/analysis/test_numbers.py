"""Vietnamese number parsing: separators, decimals, scale words, number words."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vnreader.analysis.numbers import (
    SCALES,
    normalize_number,
    parse_amount,
    parse_number,
    scale_multiplier,
)


def vn_format(n: int, frac: str = "") -> str:
    """*n* the Vietnamese way: "." between thousands, "," before the decimals."""
    digits = f"{n:,}".replace(",", ".")
    return f"{digits},{frac}" if frac else digits


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("80.000", 80000.0),
        ("1.000", 1000.0),
        ("4,7", 4.7),
        ("1.234,5", 1234.5),
        ("1.234.567,89", 1234567.89),
        ("2024", 2024.0),
        ("0", 0.0),
        ("4.7", 4.7),  # English decimal point: not three digits after the dot
        ("4.75", 4.75),
        ("1,234,567", 1234567.0),  # English thousands: two or more ",ddd" groups
        ("1,234.5", 1234.5),
        ("1234,5", 1234.5),
    ],
)
def test_parse_number_examples(text: str, value: float) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize(
    "text", ["", "abc", "16.3.2023", "1..2", "1,2,3", ".5", "5.", "1.2.3", "12/9", "-", "1 000"]
)
def test_parse_number_rejects(text: str) -> None:
    assert parse_number(text) is None


@pytest.mark.parametrize(
    ("number", "scale", "value"),
    [
        ("4,7", "tỷ", 4_700_000_000.0),
        ("1,2", "nghìn tỷ", 1_200_000_000_000.0),
        ("600", "nghìn", 600_000.0),
        ("5", "triệu", 5_000_000.0),
        ("2,7", "tỉ", 2_700_000_000.0),
        ("3", "vạn", 30_000.0),
        ("5", "ngàn", 5_000.0),
        ("hai", "triệu", 2_000_000.0),
        ("Năm", "tỷ", 5_000_000_000.0),
        ("nửa", "triệu", 500_000.0),
        ("80.000", None, 80_000.0),
        ("0,1", "tỷ", 100_000_000.0),
    ],
)
def test_parse_amount_examples(number: str, scale: str | None, value: float) -> None:
    assert parse_amount(number, scale) == value


def test_parse_amount_rejects_unknown_parts() -> None:
    with pytest.raises(ValueError):
        parse_amount("4,7", "gazillion")
    with pytest.raises(ValueError):
        parse_amount("bốn mươi", "tỷ")
    with pytest.raises(ValueError):
        parse_amount("x1", None)


def test_scale_multiplier() -> None:
    assert scale_multiplier(None) == 1
    assert scale_multiplier("Nghìn Tỷ") == 10**12
    assert scale_multiplier("triệu") == 10**6


@settings(max_examples=200)
@given(st.integers(min_value=0, max_value=10**15))
def test_integers_round_trip(n: int) -> None:
    assert parse_number(vn_format(n)) == float(n)
    assert normalize_number(vn_format(n)) == str(n)


@settings(max_examples=200)
@given(
    st.integers(min_value=0, max_value=10**12),
    st.text(alphabet="0123456789", min_size=1, max_size=6),
)
def test_decimals_round_trip(n: int, frac: str) -> None:
    assert parse_number(vn_format(n, frac)) == float(f"{n}.{frac}")


@settings(max_examples=200)
@given(
    st.integers(min_value=0, max_value=10**6),
    st.text(alphabet="0123456789", max_size=3),
    st.sampled_from(sorted(SCALES)),
)
def test_scale_words_multiply_exactly(n: int, frac: str, scale: str) -> None:
    written = vn_format(n, frac)
    exact = Decimal(f"{n}.{frac}" if frac else str(n)) * SCALES[scale]
    assert parse_amount(written, scale) == float(exact)


@settings(max_examples=200)
@given(st.text(alphabet="0123456789.,/:- abđ", max_size=20))
def test_random_strings_never_crash(s: str) -> None:
    value = parse_number(s)
    assert value is None or value >= 0
    try:
        parse_amount(s, "tỷ")
    except ValueError:
        assert value is None
