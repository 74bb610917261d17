"""Settings the app writes itself (the theme), in settings.json; never fatal when broken."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from vnreader import locations
from vnreader.safefiles import read_regular_text
from vnreader.store.fsutil import atomic_write

MAX_SETTINGS_BYTES = 1 << 20


def load_settings(path: Path | None = None) -> dict[str, Any]:
    """The saved settings, or {} when the file is missing, unreadable or not a JSON object."""
    path = path or locations.settings_file()
    try:
        data = json.loads(read_regular_text(path, MAX_SETTINGS_BYTES))
    except (OSError, UnicodeDecodeError, ValueError, RecursionError):
        return {}
    return data if isinstance(data, dict) else {}


def save_settings(settings: dict[str, Any], path: Path | None = None) -> bool:
    """Write *settings* atomically; False when it could not be written."""
    path = path or locations.settings_file()
    data = json.dumps(settings, ensure_ascii=False, indent=2).encode("utf-8")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(path, data)
    except OSError:
        return False
    return True


def update_setting(key: str, value: Any, path: Path | None = None) -> bool:
    """Change one setting, keeping the others."""
    settings = load_settings(path)
    settings[key] = value
    return save_settings(settings, path)
