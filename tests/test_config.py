"""Configuration and locations: defaults, overrides, and clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from vnreader import locations
from vnreader.config import DEFAULT_LABELS, ConfigError, load_config
from vnreader.textsafe import sanitize


def test_missing_config_gives_defaults(tmp_path: Path) -> None:
    config = load_config(tmp_path / "config.toml")
    assert config.labels == DEFAULT_LABELS
    assert len({label.key for label in config.labels}) == len(config.labels)


def test_labels_and_author_from_file(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text(
        'author = "Lan"\n[[labels]]\nname = "NGƯỜI"\nkey = "n"\n'
        '[[labels]]\nname = "SỐ LIỆU"\nkey = "s"\ndescription = "con số"\n',
        encoding="utf-8",
    )
    config = load_config(path)
    assert config.author == "Lan"
    assert [(lb.name, lb.key) for lb in config.labels] == [("NGƯỜI", "n"), ("SỐ LIỆU", "s")]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("labels = [", "cannot read"),
        ("labels = 3", "non-empty list"),
        ('[[labels]]\nkey = "x"', "needs a 'name'"),
        ('[[labels]]\nname = "A"\nkey = "xy"', "one-character"),
        ('[[labels]]\nname = "A"\nkey = "x"\n[[labels]]\nname = "B"\nkey = "x"', "two labels"),
        ("author = 3", "'author'"),
        ("reading_width = 5", "'reading_width'"),
        ('reading_width = "wide"', "'reading_width'"),
        ('[[labels]]\nname = " "\nkey = "x"', "needs a 'name'"),
        ('[[labels]]\nname = "A"\nkey = " "', "one-character"),
        ('[[labels]]\nname = "A"\nkey = "\\u001b"', "one-character"),
        ('[[labels]]\nname = "A"\nkey = "x"\n[[labels]]\nname = "A"\nkey = "y"', "twice"),
    ],
)
def test_bad_config_is_a_clear_error(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "config.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match=message) as info:
        load_config(path)
    assert str(path) in str(info.value)
    assert "\n" not in str(info.value)


def test_db_path_precedence(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("VNREADER_DB", raising=False)
    monkeypatch.setenv("VNREADER_DATA_DIR", str(tmp_path / "data"))
    assert locations.db_path() == tmp_path / "data" / "annotations.json"
    monkeypatch.setenv("VNREADER_DB", str(tmp_path / "env.json"))
    assert locations.db_path() == tmp_path / "env.json"
    assert locations.db_path(str(tmp_path / "cli.json")) == tmp_path / "cli.json"


def test_bundled_seeds_exist() -> None:
    seeds = locations.bundled_seeds()
    assert len(list(seeds.glob("*.txt"))) == 5


def test_sanitize_strips_controls_and_normalises() -> None:
    hostile = "a\x1b[31mred\x1b]52;c;ZXZpbA==\x07\x9b2J\u202eb\r\nc\td"
    clean = sanitize(hostile)
    assert "\x1b" not in clean and "\x9b" not in clean and "\x07" not in clean
    assert "\u202e" not in clean
    assert "[31m" not in clean and "52;c" not in clean
    assert clean.startswith("ared")
    assert clean.endswith("\nc\td")
    nfd = "Bu\u0300i Thanh So\u031bn"
    assert sanitize(nfd) == "Bùi Thanh Sơn"
    assert sanitize(sanitize(hostile)) == sanitize(hostile)


def test_reading_width(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    assert load_config(path).reading_width == 90
    path.write_text("reading_width = 0\n", encoding="utf-8")
    assert load_config(path).reading_width == 0
