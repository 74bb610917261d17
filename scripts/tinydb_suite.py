"""Run TinyDB's own test suite with vnreader's DurableStorage in place of JSONStorage.

    python scripts/tinydb_suite.py [--cache DIR] [pytest args...]

Downloads the tinydb sdist of the installed version (it ships the tests) with pip into a
cache folder (once), unpacks it into a directory of its own for this run (so two runs on one
machine never remove each other's files), removes the sdist's own ``tinydb`` package so the
installed one is tested, adds a ``conftest.py`` that substitutes
:class:`vnreader.store.storage.DurableStorage` for ``JSONStorage`` everywhere TinyDB exposes
it (and as ``TinyDB.default_storage_class``), plus a check that the substitution took, and
runs pytest there. One test asserts the storage's class name in ``repr(table)``
(``tinydb.storages.JSONStorage``); it is marked as an expected failure (strict), every other
test must pass. Needs the network the first time (PyPI). Exit status: pytest's.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tarfile
import tempfile
from importlib.metadata import version
from pathlib import Path

CONFTEST = '''\
"""Written by vnreader's scripts/tinydb_suite.py: test DurableStorage as JSONStorage."""
import tinydb
import tinydb.database
import tinydb.storages

from vnreader.store.storage import DurableStorage

tinydb.JSONStorage = DurableStorage
tinydb.storages.JSONStorage = DurableStorage
tinydb.database.JSONStorage = DurableStorage
tinydb.database.TinyDB.default_storage_class = DurableStorage

# Tests that check the storage's class name rather than its behaviour.
NAME_CHECKS = {
    "tests/test_tables.py::test_table_repr[json]":
        "the repr must name tinydb.storages.JSONStorage; ours names DurableStorage",
}


def pytest_collection_modifyitems(config, items):
    import pytest

    for item in items:
        reason = NAME_CHECKS.get(item.nodeid)
        if reason:
            item.add_marker(pytest.mark.xfail(reason=reason, strict=True))
'''

CHECK = '''\
"""Written by vnreader's scripts/tinydb_suite.py: the substitution really happened."""
from tinydb import JSONStorage, TinyDB

from vnreader.store.storage import DurableStorage


def test_vnreader_storage_is_used(tmp_path):
    assert JSONStorage is DurableStorage
    db = TinyDB(tmp_path / "x.json")
    assert isinstance(db.storage, DurableStorage)
    db.insert({"name": "Bùi Thanh Sơn"})
    db.close()
    assert "Bùi Thanh Sơn" in (tmp_path / "x.json").read_text(encoding="utf-8")
'''


def download(cache: Path) -> Path:
    """The sdist of the installed tinydb, downloaded into ``cache`` once."""
    ver = version("tinydb")
    cache.mkdir(parents=True, exist_ok=True)
    sdist = cache / f"tinydb-{ver}.tar.gz"
    if not sdist.exists():
        # download beside the cache and move in at once: a run started meanwhile never sees
        # half a file
        with tempfile.TemporaryDirectory(dir=cache) as part:
            subprocess.run(
                [sys.executable, "-m", "pip", "download", "--no-binary", ":all:", "--no-deps",
                 "--quiet", f"tinydb=={ver}", "-d", part],
                check=True,
            )  # fmt: skip
            (Path(part) / sdist.name).replace(sdist)
    return sdist


def prepare(sdist: Path, work: Path) -> Path:
    """The sdist unpacked into ``work`` with the substitution in place."""
    with tarfile.open(sdist) as tar:
        tar.extractall(work, filter="data")
    root = work / sdist.name.removesuffix(".tar.gz")
    shutil.rmtree(root / "tinydb")  # test the installed tinydb, the one vnreader uses
    (root / "conftest.py").write_text(CONFTEST, encoding="utf-8")
    (root / "tests" / "test_vnreader_substitution.py").write_text(CHECK, encoding="utf-8")
    return root


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--cache",
        type=Path,
        default=Path(tempfile.gettempdir()) / "vnreader-tinydb-suite",
        help="where the sdist is downloaded and unpacked",
    )
    args, pytest_args = parser.parse_known_args(argv)
    sdist = download(args.cache)
    with tempfile.TemporaryDirectory(prefix="vnreader-tinydb-run-") as work:
        root = prepare(sdist, Path(work))
        command = [
            sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-o", "addopts=",
            "--rootdir", str(root), "-q", "-rfEx", *pytest_args, "tests",
        ]  # fmt: skip
        return subprocess.run(command, cwd=root).returncode


if __name__ == "__main__":
    sys.exit(main())
