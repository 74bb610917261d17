"""SIGKILL a process that is saving, many times: every confirmed save survives.

Half of the children also fold the journal every 1-3 saves, so kills land in the middle of
compactions (atomic replace) as well as in the middle of journal appends and opens.
"""

from __future__ import annotations

from pathlib import Path

import kill_driver


def test_no_confirmed_save_is_lost_when_killed(db: Path) -> None:
    stats = kill_driver.run(db, kills=60, seed=7)
    assert stats.failures == []
    assert stats.kills == 60
    assert stats.confirmed > 300  # the children really were saving when killed
