"""Every name of the hand-made gazetteers stands for one entity: a name listed under two keys
splits one entity into two groups of the Entities view ("MU" and "M.U", "Maroc" and "Ma-rốc")."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest

import vnreader.analysis

DATA = Path(vnreader.analysis.__file__).parent / "data"
# a city that also names its province in short ("Vũng Tàu" for "Bà Rịa - Vũng Tàu"): the
# first key, the province's, is the one news means most
SHARED = {"Vũng Tàu"}


@pytest.mark.parametrize("name", ["locations.txt", "organisations.txt"])
def test_a_name_has_one_key(name: str) -> None:
    keys: dict[str, set[str]] = defaultdict(set)
    for line in (DATA / name).read_text("utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        key, *names = line.split("|")
        for alias in names:
            keys[alias.lstrip("?")].add(key)
    assert {alias: ks for alias, ks in keys.items() if len(ks) > 1 and alias not in SHARED} == {}
