"""JSON parsing that remembers on which line each object starts, for one-line error messages.

The standard decoder is used with its pure-Python scanner and a wrapped object parser that
records the offset of every ``{``; :meth:`ParsedJson.line` turns an object back into its line.
"""

from __future__ import annotations

import bisect
import json
import json.decoder
import json.scanner
from typing import Any


class ParsedJson:
    """A JSON value plus the line where each of its objects starts."""

    def __init__(self, value: Any, starts: dict[int, int], line_starts: list[int], base: int):
        self.value = value
        self._starts = starts
        self._line_starts = line_starts
        self._base = base

    def line(self, obj: object) -> int:
        """The 1-based line of *obj* (an object of this value); the first line if unknown."""
        pos = self._starts.get(id(obj))
        if pos is None:
            return self._base
        return self._base + bisect.bisect_right(self._line_starts, pos) - 1


# Not in typeshed, but public and stable in the standard library since Python 2.6.
_parse_object: Any = getattr(json.decoder, "JSONObject")  # noqa: B009
_py_make_scanner: Any = getattr(json.scanner, "py_make_scanner")  # noqa: B009


class _TrackingDecoder(json.JSONDecoder):
    def __init__(self) -> None:
        super().__init__(parse_constant=_reject_constant)
        self.starts: dict[int, int] = {}
        self.keep: list[object] = []  # ids are only unique while the objects live

        def parse_object(s_and_end: tuple[str, int], *args: Any) -> tuple[Any, int]:
            obj, end = _parse_object(s_and_end, *args)
            self.starts[id(obj)] = s_and_end[1] - 1
            self.keep.append(obj)
            return obj, end

        self.parse_object = parse_object
        self.scan_once = _py_make_scanner(self)


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


def loads(text: str, *, first_line: int = 1) -> ParsedJson:
    """Parse *text*; raises ``ValueError`` with "line N: what is wrong" on bad JSON."""
    decoder = _TrackingDecoder()
    try:
        value = decoder.decode(text)
    except json.JSONDecodeError as exc:
        raise ValueError(
            f"line {exc.lineno + first_line - 1}: not valid JSON ({exc.msg})"
        ) from None
    except RecursionError:
        raise ValueError(f"line {first_line}: JSON nested too deeply") from None
    except ValueError as exc:
        raise ValueError(f"line {first_line}: {exc}") from None
    line_starts = [0]
    line_starts.extend(i + 1 for i, ch in enumerate(text) if ch == "\n")
    return ParsedJson(value, decoder.starts, line_starts, first_line)
