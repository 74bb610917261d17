"""Build hook: compile vnreader's analysis (``vnreader/analysis``) with mypyc into the wheel.

The analysis is plain, fully typed Python; compiled to C by mypyc it runs about 1.4 times as
fast (``benchmarks/analysis_speed.py --wheel``). ``pip install .`` builds a wheel and so
compiles it (a few minutes, once); the ``.py`` sources ship beside the compiled modules.

* Editable installs (``pip install -e .``) are not compiled: an edit takes effect at once.
* ``VNREADER_PURE=1`` builds a pure-Python wheel, and needs neither mypy nor setuptools
  (the hook asks for them only when it compiles: :meth:`CompileAnalysis.dependencies`).
* When the compiler or mypyc is missing or fails, the build says so (``pip install -v`` shows
  it) and goes on pure Python; the program behaves the same either way, and ``vnreader
  --version`` says which analysis is installed. ``VNREADER_REQUIRE_COMPILED=1`` makes such a
  failure stop the build instead (``.ci/run`` sets it, and tests the compiled wheel too).

The compilation runs in a temporary copy of the package, so the source tree never holds
compiled modules that would shadow its ``.py`` files.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

# left interpreted: the package's lazy attributes (PEP 562 ``__getattr__``) and the model,
# whose frozen dataclasses get a hand-written ``__init__`` after their definition
INTERPRETED = frozenset({"__init__.py", "model.py"})
GROUP = "vnreader_analysis"  # the name of the shared library of the compiled modules
BUILD_REQUIRES = ["mypy==2.4.1", "setuptools>=70"]  # mypyc, and what runs the compiler

SETUP = """\
import sys
from setuptools import setup
from mypyc.build import mypycify

setup(
    name="vnreader-analysis",
    ext_modules=mypycify(sys.argv.pop(1).split(","), opt_level="3", group_name={group!r},
                         multi_file=True),
)
"""


class CompileAnalysis(BuildHookInterface):  # type: ignore[type-arg]
    """Compile ``vnreader/analysis`` with mypyc for a standard (not editable) wheel."""

    PLUGIN_NAME = "custom"

    def dependencies(self) -> list[str]:
        """mypy and setuptools, unless the wheel is to stay pure Python (hatchling asks
        before it knows whether the build is editable: an editable build gets them too)."""
        return [] if _pure() else list(BUILD_REQUIRES)

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel" or version != "standard":
            return
        if _pure():
            self.app.display_info("vnreader: VNREADER_PURE=1, the analysis stays pure Python")
            return
        self._work = Path(tempfile.mkdtemp(prefix="vnreader-mypyc-"))
        try:
            built = self._compile(self._work)
        except (OSError, subprocess.SubprocessError, RuntimeError) as exc:
            if os.environ.get("VNREADER_REQUIRE_COMPILED") == "1":
                raise
            last = str(exc).strip().splitlines()[-1:] or ["unknown error"]
            self.app.display_warning(
                f"vnreader: the analysis could not be compiled ({last[0][:200]}); "
                "it stays pure Python (same results, slower)"
            )
            return
        for path in built:
            build_data["force_include"][str(path)] = path.relative_to(self._work).as_posix()
        build_data["pure_python"] = False
        build_data["infer_tag"] = True
        self.app.display_info(f"vnreader: compiled {len(built) - 1} analysis modules with mypyc")

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        work = getattr(self, "_work", None)
        if work is not None:
            shutil.rmtree(work, ignore_errors=True)

    def _compile(self, work: Path) -> list[Path]:
        """Compile a copy of the analysis in *work*; return the extension modules built."""
        source = Path(self.root) / "vnreader"
        (work / "vnreader").mkdir()
        shutil.copy2(source / "__init__.py", work / "vnreader" / "__init__.py")
        shutil.copytree(
            source / "analysis",
            work / "vnreader" / "analysis",
            ignore=shutil.ignore_patterns("__pycache__", "*.so", "*.pyd", "*.c", "data"),
        )
        modules = sorted(
            f"vnreader/analysis/{path.name}"
            for path in (work / "vnreader" / "analysis").glob("*.py")
            if path.name not in INTERPRETED
        )
        (work / "setup.py").write_text(SETUP.format(group=GROUP), encoding="utf-8")
        jobs = str(_cores())
        command = [sys.executable, "setup.py", ",".join(modules), "build_ext", "--inplace"]
        result = subprocess.run(
            [*command, "--parallel", jobs],
            cwd=work,
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode:
            raise RuntimeError(result.stdout + result.stderr)
        suffix = sysconfig.get_config_var("EXT_SUFFIX") or ".so"
        built = sorted(
            p for p in work.rglob(f"*{suffix}") if "build" not in p.relative_to(work).parts
        )
        if len(built) != len(modules) + 1:  # each module, and the group's shared library
            raise RuntimeError(f"mypyc built {len(built)} modules for {len(modules)} sources")
        return built


def _pure() -> bool:
    """True when ``VNREADER_PURE=1`` asks for a pure-Python wheel."""
    return os.environ.get("VNREADER_PURE") == "1"


def _cores() -> int:
    """The cores this process may use (a container may allow fewer than the machine has)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1
