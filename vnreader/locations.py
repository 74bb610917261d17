"""Every path vnreader reads or writes, in one place; each can be overridden.

* ``VNREADER_DB``          — the annotations DB file (also ``--db``);
* ``VNREADER_DATA_DIR``    — folder of the default DB (default: the user's data dir);
* ``VNREADER_CONFIG_DIR``  — folder of ``config.toml`` and ``settings.json``;
* ``VNREADER_INDEX_DIR``   — folder of the corpus indexes (default: ``<data dir>/index``).
"""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_config_dir, user_data_dir

APP = "vnreader"
DB_FILE = "annotations.json"


def data_dir() -> Path:
    override = os.environ.get("VNREADER_DATA_DIR")
    return Path(override) if override else Path(user_data_dir(APP, appauthor=False))


def config_dir() -> Path:
    override = os.environ.get("VNREADER_CONFIG_DIR")
    return Path(override) if override else Path(user_config_dir(APP, appauthor=False))


def db_path(cli_value: str | os.PathLike[str] | None = None) -> Path:
    """The DB file: ``--db``, else ``$VNREADER_DB``, else ``<data dir>/annotations.json``."""
    if cli_value:
        return Path(cli_value).expanduser()
    override = os.environ.get("VNREADER_DB")
    if override:
        return Path(override).expanduser()
    return data_dir() / DB_FILE


def index_dir() -> Path:
    """Folder of the corpus indexes: one file per corpus folder (or file), never the DB."""
    override = os.environ.get("VNREADER_INDEX_DIR")
    return Path(override).expanduser() if override else data_dir() / "index"


def config_file() -> Path:
    """User-edited settings (labels, author), TOML."""
    return config_dir() / "config.toml"


def settings_file() -> Path:
    """Settings the app writes itself (theme), JSON."""
    return config_dir() / "settings.json"


def bundled_seeds() -> Path:
    """The bundled sample corpus: inside the installed package, or the checkout's seeds/."""
    here = Path(__file__).resolve().parent
    installed = here / "seeds"
    return installed if installed.is_dir() else here.parent / "seeds"
