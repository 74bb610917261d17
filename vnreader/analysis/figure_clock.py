"""Times of day: "15 giờ", "8 giờ 30", "15h30", "20h", "19:24", "6:49 AM" (GUIDELINE rule 48).

A time of day is a ``date`` figure whose date is the ISO 8601 time alone (``T15:00``); the
part of day after it ("sáng", "chiều") is not in the span but makes "8 giờ tối" ``T20:00``.
"giờ" is also a length of time ("làm việc 8 giờ", "sau 24 giờ"): :func:`clock_time` tells the
two apart from the words around the number and returns None for a length of time.
"""

from __future__ import annotations

import re

from vnreader.analysis.figure_context import BLANK, prev_word
from vnreader.analysis.figure_units import words

__all__ = [
    "HALF_AFTER",
    "clock_time",
    "colon_time",
    "g_hour",
    "glued_hour",
    "half_past",
    "range_start_time",
]

# After the hour: "giờ", maybe minutes ("8 giờ 30", "8 giờ 30 phút").
_GIO = re.compile(
    rf"{BLANK}+giờ(?:{BLANK}+(\d{{1,2}})(?!\d)({BLANK}+phút)?|{BLANK}+(rưỡi))?(?!\w)",
    re.IGNORECASE,
)  # "8 giờ 30", "2 giờ 30 phút", "12 giờ rưỡi" (half past)
# Glued: "15h30", "15h", "15g30" (not "5g": five grams); "23h10 phút" with its minutes' word.
_GLUED = re.compile(rf"(?:h(\d{{2}})(?!\w)(?:{BLANK}+phút(?!\w))?|h(?!\w)|g(\d{{2}})(?!\w))")
_COLON = re.compile(r"(\d{1,2}):(\d{2})(?::(\d{2}))?")
# "6:49 AM", "10:12 p.m." (an e-mail's header, an English source): in the span
_MERIDIEM = re.compile(rf"{BLANK}?(?:(A|P)M|(a|p)\.m\.)(?!\w)")
_PART_OF_DAY = re.compile(rf"{BLANK}+(sáng|trưa|chiều|tối|đêm|khuya|ngày|hôm)(?!\w)", re.IGNORECASE)
# Words before the number that make "N giờ" a time of day, or a length of time.
_AT = words("lúc vào từ")
_UNTIL = words("đến tới")
_LENGTH = words("trong mất sau suốt dài kéo hết tốn mỗi")
_RATIO = words("tỷ tỉ lệ số")
# waiting and delay before a range of hours: lengths of time ("trễ 2-3 giờ sáng nay")
_WAITING = words("trễ đợi chờ muộn chậm")


def _iso(hour: int, minute: int, second: int | None, part: str | None) -> str | None:
    afternoon = part in ("chiều", "tối") and hour < 12
    night = part in ("đêm", "khuya")
    if afternoon or (night and 6 <= hour < 12) or (part == "trưa" and hour < 3):
        hour += 12
    elif night and hour == 12:
        hour = 0  # "12 giờ 1 phút đêm": a minute past midnight
    if hour > 24 or minute > 59 or (hour == 24 and minute) or (second or 0) > 59:
        return None
    out = f"T{hour:02d}:{minute:02d}"
    return out if second is None else f"{out}:{second:02d}"


# "rưỡi" (and a half) right after a number or its unit
HALF_AFTER = re.compile(rf"{BLANK}+rưỡi(?!\w)")


def half_past(text: str, end: int, hour: float) -> tuple[int, str] | None:
    """(end of "rưỡi", ``Thh:30``) for a bare hour, then "rưỡi" and a part of the day ("dậy
    từ 5 rưỡi sáng", "6 rưỡi tối"): half past the hour, a time of day; else None."""
    half = HALF_AFTER.match(text, end)
    if half is None or not hour.is_integer() or not 0 < hour <= 12:
        return None
    part = _part(text, half.end())
    if part is None or part in ("ngày", "hôm"):
        return None
    iso = _iso(int(hour), 30, None, part)
    return None if iso is None else (half.end(), iso)


def _part(text: str, end: int) -> str | None:
    m = _PART_OF_DAY.match(text, end)
    return m.group(1).lower() if m else None


def clock_time(text: str, s: int, e: int, hour: int, after_time: bool) -> tuple[int, str] | None:
    """(end, ``Thh:mm``) for "N giờ [M [phút]]" read as a time of day, else None.

    *after_time* is True when the figure before is a time of day ("từ 8 giờ đến 17 giờ").
    """
    m = _GIO.match(text, e)
    if m is None or hour > 24:
        return None
    pw = prev_word(text, s)
    before = pw[1].lower() if pw else ""
    part = _part(text, m.end())
    minute = int(m.group(1)) if m.group(1) else 30 if m.group(3) else 0
    if before in _LENGTH:
        return None
    # "8 giờ 30" is a time; "2 giờ 30 phút" and a bare "8 giờ" are lengths of time
    said_minutes = m.group(1) is not None and m.group(2) is None
    cued = part is not None or before in _AT or (before in _UNTIL and after_time)
    if not cued and not said_minutes:
        return None
    iso = _iso(hour, minute, None, part)
    return None if iso is None else (m.end(), iso)


def range_start_time(text: str, s: int, hour: int, second_end: int) -> str | None:
    """``Thh:00`` for the first number of a range of hours read as times of day ("thức đến 1
    - 2 giờ sáng", "từ 7 đến 9 giờ tối": the part of day after the second hour is both's),
    else None (a range of lengths: "mỗi ngày học 3 - 4 giờ"). *s* is where the first number
    starts, *second_end* where the second ends."""
    m = _GIO.match(text, second_end)
    if m is None or m.group(1) is not None or hour > 24:
        return None
    part = _part(text, m.end())
    pw = prev_word(text, s)
    if part is None or (pw is not None and pw[1].lower() in _LENGTH | _WAITING):
        return None
    return _iso(hour, 0, None, part)


def glued_hour(text: str, s: int, e: int, hour: int) -> tuple[int, str | None] | None:
    """(end, ``Thh:mm``) for "15h30", "20h"; (end, None) for a length ("48h", "trong 24h")."""
    m = _GLUED.match(text, e)
    if m is None:
        return None
    minutes = m.group(1) or m.group(2)
    pw = prev_word(text, s)
    before = pw[1].lower() if pw else ""
    if minutes is None and (hour >= 24 or before in _LENGTH):
        return m.end(), None
    iso = _iso(hour, int(minutes or 0), None, _part(text, m.end()))
    return None if iso is None else (m.end(), iso)


def g_hour(text: str, s: int, e: int, hour: int) -> tuple[int, str] | None:
    """(end, ``Thh:00``) for "10g sáng", "10g ngày 5/3": "g" for "giờ" before a part of the day
    (not "10g muối", ten grams)."""
    if text[e : e + 1] != "g" or (e + 1 < len(text) and text[e + 1].isalnum()):
        return None
    part = _part(text, e + 1)
    if part is None:
        return None
    iso = _iso(hour, 0, None, part)
    return None if iso is None else (e + 1, iso)


def colon_time(text: str, s: int, atom: str) -> tuple[int, str] | None:
    """(end, ``Thh:mm[:ss]``) for "19:24", "8:00:05", "6:49 AM" read as a time of day, else
    None ("tỷ lệ 1:10"); "AM" or "PM" after the time is part of it."""
    m = _COLON.fullmatch(atom)
    if m is None:
        return None
    pw = prev_word(text, s)
    if pw is not None and pw[1].lower() in _RATIO:
        return None
    hour, end = int(m.group(1)), s + len(atom)
    second = int(m.group(3)) if m.group(3) else None
    meridiem = _MERIDIEM.match(text, end)
    if meridiem is not None and 1 <= hour <= 12:
        afternoon = (meridiem.group(1) or meridiem.group(2)).lower() == "p"
        hour = hour % 12 + (12 if afternoon else 0)  # "12:05 AM" is T00:05
        iso = _iso(hour, int(m.group(2)), second, None)
        return None if iso is None else (meridiem.end(), iso)
    iso = _iso(hour, int(m.group(2)), second, _part(text, end))
    return None if iso is None else (end, iso)
