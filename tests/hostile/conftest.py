"""Fixtures of the hostile-input tests: the TUI fixtures (tmp config/data, fixed analysis)."""

from __future__ import annotations

from tests.tui.conftest import (  # noqa: F401 - fixtures and the async runner, shared
    db_path,
    isolated,
    make_app,
    pytest_pyfunc_call,
)
