"""The analysis compiled by mypyc (the wheel ``pip install .`` builds, ``hatch_build.py``) is
the one tested when ``VNREADER_EXPECT_COMPILED`` is set: ``.ci/run`` runs these tests again on
the unpacked wheel, and this test fails if the source tree was imported in its place."""

from __future__ import annotations

import importlib
import os
import pkgutil

import pytest

import vnreader.analysis
from vnreader.cli import main

INTERPRETED = {"vnreader.analysis.model"}  # left interpreted by hatch_build.py


@pytest.mark.skipif(
    not os.environ.get("VNREADER_EXPECT_COMPILED"), reason="the source tree is tested"
)
def test_every_analysis_module_is_compiled() -> None:
    names = [
        f"vnreader.analysis.{info.name}"
        for info in pkgutil.iter_modules(vnreader.analysis.__path__)
        if f"vnreader.analysis.{info.name}" not in INTERPRETED
    ]
    assert len(names) > 30
    interpreted = [
        name for name in names if (importlib.import_module(name).__file__ or "").endswith(".py")
    ]
    assert interpreted == []


def test_the_analysis_says_which_it_is(capsys: pytest.CaptureFixture[str]) -> None:
    expected = bool(os.environ.get("VNREADER_EXPECT_COMPILED"))
    assert vnreader.analysis.compiled() is expected
    with pytest.raises(SystemExit):
        main(["--version"])
    build = "compiled" if expected else "plain Python"
    assert capsys.readouterr().out.strip().endswith(f"(analysis: {build})")
