"""Drafts of notes left with Escape: kept in settings.json and given back the next time the
same note is opened (as mutt postpones a message), so that Escape never loses text.

A draft's key names what the note belongs to: ``note:<article>``, ``span:<annotation>``, or
``new-span:<article>:<start>:<end>`` for the note of a span not made yet.
"""

from __future__ import annotations

from vnreader.tui.settings import load_settings, update_setting

SETTING = "drafts"


def _all() -> dict[str, str]:
    drafts = load_settings().get(SETTING)
    if not isinstance(drafts, dict):
        return {}
    return {k: v for k, v in drafts.items() if isinstance(k, str) and isinstance(v, str)}


def get_draft(key: str) -> str | None:
    return _all().get(key)


def keep_draft(key: str, text: str) -> bool:
    """Keep *text* as the draft of *key*; False when it could not be written."""
    drafts = _all()
    drafts[key] = text
    return update_setting(SETTING, drafts)


def drop_draft(key: str) -> None:
    drafts = _all()
    if drafts.pop(key, None) is not None:
        update_setting(SETTING, drafts)
