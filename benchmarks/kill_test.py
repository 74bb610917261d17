"""SIGKILL a saving vnreader process hundreds of times; report that no confirmed save is lost.

    python benchmarks/kill_test.py [--kills 500] [--sabotage-kills 300] [--seed 1] [--dir DIR]

Uses the driver of the test suite (``tests/store/kill_driver.py``): each round a child opens
the DB and streams adds / updates / deletes, half of the children folding the journal every
1-3 saves (so kills also land inside compactions); the parent kills it at a random moment
and checks that the main file is valid JSON and that the reopened store holds exactly the
confirmed saves. Then ``--sabotage-kills`` more rounds in which another process breaks
the files before the kill (one byte of the journal changed, the lock file removed, the DB
replaced by a copy of itself), in turn: the same check, 0 confirmed saves lost. Exit status
1 on any failure.
"""

from __future__ import annotations

import argparse
import importlib.util
import shutil
import sys
import tempfile
import time
from pathlib import Path
from types import ModuleType

DRIVER = Path(__file__).resolve().parent.parent / "tests" / "store" / "kill_driver.py"


def load_driver() -> ModuleType:
    spec = importlib.util.spec_from_file_location("kill_driver", DRIVER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["kill_driver"] = module
    spec.loader.exec_module(module)
    return module


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=500)
    parser.add_argument("--sabotage-kills", type=int, default=300)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--dir", type=Path, help="folder for the DB (default: a temp dir)")
    args = parser.parse_args(argv)
    driver = load_driver()
    if args.dir:
        args.dir.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="vnreader-kill-", dir=args.dir))
    t0 = time.perf_counter()
    try:
        stats = driver.run(folder / "annotations.json", args.kills, seed=args.seed)
        (folder / "sabotaged").mkdir()
        sabotaged = driver.run(
            folder / "sabotaged" / "annotations.json",
            args.sabotage_kills,
            seed=args.seed,
            sabotage=True,
        )
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    elapsed = time.perf_counter() - t0
    print(f"kills                          {stats.kills}")
    print(f"confirmed saves checked        {stats.confirmed}")
    print(f"in-flight save found applied   {stats.in_flight_applied}")
    print(f"killed with a pending journal  {stats.journals_pending}")
    print(f"killed inside an atomic replace (compaction) {stats.temp_files_left}")
    print(f"failures                       {len(stats.failures)}")
    for failure in stats.failures[:20]:
        print("  " + failure)
    print()
    print("while another process breaks the files (target: 0 failures)")
    for kind, rounds in sorted(sabotaged.sabotaged.items()):
        print(f"  kills with {kind:8}             {rounds}")
    print(f"  confirmed saves checked      {sabotaged.confirmed}")
    print(f"  children that stopped saving {sabotaged.stopped}")
    print(f"  journals kept aside          {sabotaged.kept_aside}")
    print(f"  failures                     {len(sabotaged.failures)}")
    for failure in sabotaged.failures[:20]:
        print("    " + failure)
    print(f"time                           {elapsed:.0f} s")
    return 1 if stats.failures or sabotaged.failures else 0


if __name__ == "__main__":
    sys.exit(main())
