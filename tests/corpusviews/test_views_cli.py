"""``vnreader entities`` and ``vnreader figures`` as a user runs them."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest


def run(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "vnreader", *args]
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)


@pytest.fixture(scope="module")
def env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    tmp = tmp_path_factory.mktemp("cli")
    return dict(
        os.environ,
        VNREADER_DB=str(tmp / "db.json"),
        VNREADER_CONFIG_DIR=str(tmp / "config"),
        VNREADER_DATA_DIR=str(tmp / "data"),
        VNREADER_INDEX_DIR=str(tmp / "index"),
    )


def test_entities_json_has_groups_with_aliases(env: dict[str, str]) -> None:
    done = run(["entities", "--label", "PER", "--format", "json"], env)
    assert done.returncode == 0, done.stderr
    groups = json.loads(done.stdout)
    putin = next(g for g in groups if g["key"] == "PER:putin")
    assert {a["text"] for a in putin["aliases"]} == {"Putin", "V. Putin"}
    # 5: the caption and the pull-quote of seed 001 that repeated "V. Putin" left the body
    assert putin["mentions"] == 5 and putin["articles"] == 2
    assert all(g["label"] == "PER" for g in groups)


def test_entities_table_and_csv_filtered_by_name(env: dict[str, str]) -> None:
    table = run(["entities", "--name", "kosachev"], env)
    assert table.returncode == 0, table.stderr
    assert "K. Kosachev" in table.stdout and "Putin" not in table.stdout
    rows = list(
        csv.reader(io.StringIO(run(["entities", "-f", "csv", "--sort", "name"], env).stdout))
    )
    assert rows[0][:5] == ["key", "label", "name", "mentions", "articles"]
    names = [r[2] for r in rows[1:]]
    assert len(names) > 20


def test_figures_json_filtered_and_sorted(env: dict[str, str]) -> None:
    args = ["figures", "--unit", "USD", "--entity", "Nga", "--text", "kim ngạch"]
    done = run([*args, "--sort", "value", "--desc", "-f", "json"], env)
    assert done.returncode == 0, done.stderr
    figures = json.loads(done.stdout)
    assert [(f["text"], f["value"]) for f in figures] == [("6 tỷ USD", 6e9), ("4,7 tỷ USD", 4.7e9)]
    first = figures[0]
    assert first["category"] == "money" and first["unit"] == "USD" and first["approx"] == "trên"
    assert first["end"] - first["start"] == len(first["text"]) and first["article"]


def test_figures_unknown_entity_is_one_line(env: dict[str, str]) -> None:
    done = run(["figures", "--entity", "Nobody Atall"], env)
    assert done.returncode == 2
    assert done.stderr.strip().count("\n") == 0 and "no such entity" in done.stderr


def test_figures_plot_svg(env: dict[str, str], tmp_path: Path) -> None:
    pytest.importorskip("matplotlib")
    target = tmp_path / "trade.svg"
    done = run(["figures", "--unit", "USD", "--text", "kim ngạch", "--plot", str(target)], env)
    assert done.returncode == 0, done.stderr
    assert target.read_text(encoding="utf-8").lstrip().startswith("<?xml")


def test_figures_plot_needs_a_known_format(env: dict[str, str], tmp_path: Path) -> None:
    done = run(["figures", "--unit", "USD", "--plot", str(tmp_path / "x.gif")], env)
    assert done.returncode == 1 and ".png or .svg" in done.stderr


def test_merge_and_split_from_the_cli_persist(env: dict[str, str], tmp_path: Path) -> None:
    mine = dict(env, VNREADER_DB=str(tmp_path / "db.json"))
    done = run(["entities", "--merge", "Kosachev", "Putin", "--name", "kosachev"], mine)
    assert done.returncode == 0, done.stderr
    assert "PER:putin" in done.stdout
    done = run(["entities", "--split", "LOC:nga", "Liên bang Nga", "-f", "json"], mine)
    groups = {g["key"]: g for g in json.loads(done.stdout)}
    assert [a["text"] for a in groups["LOC:nga/lien bang nga"]["aliases"]] == ["Liên bang Nga"]
    again = {g["key"] for g in json.loads(run(["entities", "-f", "json"], mine).stdout)}
    assert "PER:konstantin kosachev" not in again and "LOC:nga/lien bang nga" in again
    bad = run(["entities", "--split", "LOC:nga", "Nowhere"], mine)
    assert bad.returncode == 2 and "no such alias" in bad.stderr


def test_figures_table_writes_numbers_as_the_app_and_csv_exactly(env: dict[str, str]) -> None:
    args = ["figures", "--unit", "USD", "--entity", "Nga", "--text", "kim ngạch", "--sort", "value"]
    table = run(args, env)
    assert table.returncode == 0, table.stderr
    assert "4\u2009700\u2009000\u2009000" in table.stdout  # thin spaces, as the app
    assert "4700000000" not in table.stdout and "4,700,000,000" not in table.stdout
    rows = list(csv.reader(io.StringIO(run([*args, "-f", "csv"], env).stdout)))
    assert [r[1] for r in rows[1:]] == ["4700000000", "6000000000"]  # for programs
