"""The index version: a hash of the code that makes what the index stores.

Cleaning (``vnreader/corpus``), analysis (``vnreader/analysis``, its word lists included),
sanitising and the index's own record format all decide what a stored record holds, so the
version is a hash of their source files plus :data:`SCHEMA_VERSION`. Any edit to that code
gives a new version and the index is rebuilt; nobody has to remember to bump a number.
"""

from __future__ import annotations

import hashlib
import os
from functools import cache
from pathlib import Path

SCHEMA_VERSION = 6
_PACKAGE = Path(__file__).resolve().parent.parent
_SOURCES = (
    "corpus",
    "analysis",
    "textsafe.py",
    "index/records.py",
    "index/codec.py",
    "index/database.py",
    "index/facts.py",
    "index/fact_counts.py",
    "index/entity_groups.py",
    "index/surname_joins.py",
)


# bytecode and extension modules: what the sources are compiled to
_COMPILED = (".pyc", ".pyo", ".so", ".pyd")


@cache
def code_version() -> str:
    """``"<schema>-<hash>"`` of the files that decide the index content."""
    digest = hashlib.sha256()
    for path in _source_files():
        digest.update(path.relative_to(_PACKAGE).as_posix().encode("utf-8") + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return f"{SCHEMA_VERSION}-{digest.hexdigest()[:24]}"


def _source_files() -> list[Path]:
    """Every file of :data:`_SOURCES` but compiled ones: bytecode, and the analysis modules
    that ``pip install .`` compiles with mypyc beside their sources (``hatch_build.py``), so
    that a compiled and a plain install of the same code share their index. Listed with
    ``os.walk``: every start checks the version, and ``Path.rglob`` took longer than hashing
    the files."""
    files: list[Path] = []
    for name in _SOURCES:
        path = _PACKAGE / name
        if path.is_file():
            files.append(path)
            continue
        for folder, subfolders, names in os.walk(path):
            subfolders[:] = [d for d in subfolders if d != "__pycache__"]
            files.extend(Path(folder, n) for n in names if not n.endswith(_COMPILED))
    return sorted(files)
