"""JSON parsing that can say on which line an object starts, for one-line error messages.

The value is parsed with the fast C decoder. Only when a message needs a line (a bad record)
is the text parsed again with the pure-Python scanner and a wrapped object parser that records
where every ``{`` is; the two trees have the same shape, so objects are matched by walking them
side by side.
"""

from __future__ import annotations

import bisect
import json
import json.decoder
import json.scanner
import re
from typing import Any

# Not in typeshed, but public and stable in the standard library since Python 2.6.
_parse_object: Any = getattr(json.decoder, "JSONObject")  # noqa: B009
_py_make_scanner: Any = getattr(json.scanner, "py_make_scanner")  # noqa: B009


class ParsedJson:
    """A JSON value plus, on demand, the line where each of its objects starts."""

    def __init__(self, value: Any, text: str, first_line: int) -> None:
        self.value = value
        self._text = text
        self._base = first_line
        self._lines: dict[int, int] | None = None

    def line(self, obj: object) -> int:
        """The 1-based line of *obj* (an object of this value); the first line if unknown."""
        if self._lines is None:
            self._lines = self._index()
        return self._lines.get(id(obj), self._base)

    def _index(self) -> dict[int, int]:
        decoder = _TrackingDecoder()
        try:
            tracked = decoder.decode(self._text)
        except (ValueError, RecursionError):  # parsed once already; only a limit can differ
            return {}
        line_starts = [0] + [m.end() for m in re.finditer("\n", self._text)]
        lines: dict[int, int] = {}
        stack: list[tuple[Any, Any]] = [(self.value, tracked)]
        while stack:
            mine, theirs = stack.pop()
            if isinstance(mine, dict) and isinstance(theirs, dict):
                pos = decoder.starts.get(id(theirs))
                if pos is not None:
                    lines[id(mine)] = self._base + bisect.bisect_right(line_starts, pos) - 1
                stack.extend((v, theirs.get(k)) for k, v in mine.items())
            elif isinstance(mine, list) and isinstance(theirs, list):
                stack.extend(zip(mine, theirs, strict=False))
        return lines


class _TrackingDecoder(json.JSONDecoder):
    def __init__(self) -> None:
        super().__init__()
        self.starts: dict[int, int] = {}
        self.keep: list[object] = []  # ids are only unique while the objects live

        def parse_object(s_and_end: tuple[str, int], *args: Any) -> tuple[Any, int]:
            obj, end = _parse_object(s_and_end, *args)
            self.starts[id(obj)] = s_and_end[1] - 1
            self.keep.append(obj)
            return obj, end

        self.parse_object = parse_object
        self.scan_once = _py_make_scanner(self)


def loads(text: str, *, first_line: int = 1) -> ParsedJson:
    """Parse *text*; raises ``ValueError`` with "line N: what is wrong" on bad JSON.

    NaN and Infinity are let through: they are never a valid value of any field, so the
    record holding one is reported with its line when its fields are read.
    """
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValueError(
            f"line {exc.lineno + first_line - 1}: not valid JSON ({exc.msg})"
        ) from None
    except RecursionError:
        raise ValueError(f"line {first_line}: JSON nested too deeply") from None
    return ParsedJson(value, text, first_line)
