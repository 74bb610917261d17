"""Settings the app writes itself (the theme), in settings.json; never fatal when broken."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from vnreader import locations


def load_settings(path: Path | None = None) -> dict[str, Any]:
    """The saved settings, or {} when the file is missing, unreadable or not a JSON object."""
    path = path or locations.settings_file()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def save_settings(settings: dict[str, Any], path: Path | None = None) -> bool:
    """Write *settings* atomically (temp file + rename); False when it could not be written."""
    path = path or locations.settings_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".settings-", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(settings, fh, ensure_ascii=False, indent=2)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError:
        return False
    return True


def update_setting(key: str, value: Any, path: Path | None = None) -> bool:
    """Change one setting, keeping the others."""
    settings = load_settings(path)
    settings[key] = value
    return save_settings(settings, path)
