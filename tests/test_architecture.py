"""The core is reachable without the UI, and every module says what it owns."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "vnreader"
CORE = [
    "vnreader.corpus",
    "vnreader.analysis",
    "vnreader.index",
    "vnreader.store",
    "vnreader.export",
    "vnreader.cli",
    "vnreader.commands",
    "vnreader.views_commands",
    "vnreader.indexing",
    "vnreader.formatting",
    "vnreader.config",
    "vnreader.locations",
]


def test_core_imports_without_textual() -> None:
    code = (
        "import sys\n"
        + "".join(f"import {m}\n" for m in CORE)
        + "from vnreader.analysis import analyze\n"
        + "analyze('Bộ trưởng Bùi Thanh Sơn đến Mát-xcơ-va ngày 27/9.')\n"
        + "bad = sorted(m for m in sys.modules if m == 'textual' or m.startswith('textual.'))\n"
        + "print(','.join(bad))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "", f"core imported Textual modules: {out.strip()}"


def test_only_tui_mentions_textual() -> None:
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if "tui" in path.relative_to(PACKAGE).parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            if any(n == "textual" or n.startswith("textual.") for n in names):
                offenders.append(str(path))
    assert offenders == []


def test_every_module_has_a_docstring() -> None:
    missing = [
        str(path.relative_to(PACKAGE.parent))
        for path in PACKAGE.rglob("*.py")
        if ast.get_docstring(ast.parse(path.read_text(encoding="utf-8"))) is None
        and path.stat().st_size > 0
    ]
    assert missing == []
