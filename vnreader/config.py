"""User configuration: the label set (with one-key shortcuts) and the author name.

``config.toml`` in the config dir (see :mod:`vnreader.locations`)::

    author = "lan"
    reading_width = 90      # the reader's widest line in columns (0: the whole window)

    [[labels]]
    name = "PER"
    key = "p"
    description = "Person"
"""

from __future__ import annotations

import getpass
from dataclasses import dataclass
from pathlib import Path

from vnreader.safefiles import read_regular_text
from vnreader.textsafe import sanitize, sanitize_line


class ConfigError(Exception):
    """config.toml cannot be used; the message names the file and the problem."""


@dataclass(frozen=True, slots=True)
class Label:
    name: str
    key: str
    description: str = ""


# The one-key shortcuts of selection mode avoid every key that means something elsewhere
# (q back, p panel, m my spans, f filter...): a habit must never save a label. Capitals where
# the lowercase letter is taken, as vim does for its second-meaning commands.
DEFAULT_LABELS: tuple[Label, ...] = (
    Label("PER", "P", "Person"),
    Label("ORG", "o", "Organisation"),
    Label("LOC", "c", "Place (country, city, region)"),
    Label("MISC", "x", "Other name (product, event)"),
    Label("FIGURE", "F", "Figure worth keeping"),
    Label("CLAIM", "C", "Claim or statement"),
    Label("QUOTE", "Q", "Quotation"),
)


READING_WIDTH = 90  # columns; lines longer than ~90 characters are hard to follow
MAX_CONFIG_BYTES = 1 << 20


@dataclass(frozen=True, slots=True)
class Config:
    labels: tuple[Label, ...] = DEFAULT_LABELS
    author: str = ""
    reading_width: int = READING_WIDTH  # the reader's widest line; 0: the whole window


def default_author() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""


def load_config(path: Path) -> Config:
    """Read *path*; a missing file gives the defaults, a bad one raises ConfigError."""
    try:
        text = read_regular_text(path, MAX_CONFIG_BYTES)
    except FileNotFoundError:
        return Config(author=default_author())
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read config ({exc.strerror or exc})") from None
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: cannot read config (not UTF-8 at byte {exc.start})") from None
    import tomllib  # here: most users have no config file, and every start reads this

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: cannot read config ({exc})") from None
    except RecursionError:
        raise ConfigError(f"{path}: cannot read config (nested too deep)") from None
    author = data.get("author", default_author())
    if not isinstance(author, str):
        raise ConfigError(f"{path}: 'author' must be a string")
    width = data.get("reading_width", READING_WIDTH)
    if isinstance(width, bool) or not isinstance(width, int) or not (width == 0 or width >= 20):
        raise ConfigError(f"{path}: 'reading_width' must be a number of columns (≥ 20, or 0)")
    author = sanitize_line(author).strip()  # stored in every annotation and shown
    labels = DEFAULT_LABELS
    if "labels" in data:
        raw = data["labels"]
        if not isinstance(raw, list) or not raw:
            raise ConfigError(f"{path}: 'labels' must be a non-empty list of tables")
        parsed: list[Label] = []
        keys: set[str] = set()
        names: set[str] = set()
        for i, item in enumerate(raw, 1):
            name = item.get("name") if isinstance(item, dict) else None
            name = sanitize(name).strip() if isinstance(name, str) else ""
            if not name:  # an empty label is no label: its spans would export as unlabelled
                raise ConfigError(f"{path}: label {i} needs a 'name'")
            if name in names:
                raise ConfigError(f"{path}: label {name!r} is defined twice")
            names.add(name)
            key = item.get("key", "")
            if not isinstance(key, str) or len(key) != 1 or not key.isprintable() or key.isspace():
                raise ConfigError(f"{path}: label {name!r} needs a one-character 'key'")
            if key in keys:
                raise ConfigError(f"{path}: key {key!r} is used by two labels")
            keys.add(key)
            description = sanitize(str(item.get("description", "")))
            parsed.append(Label(name, key, description))
        labels = tuple(parsed)
    return Config(labels=labels, author=author, reading_width=width)
