"""Where an export may be written: never over the DB, a device, a FIFO or a folder.

One check for every writer of user-chosen files (``vnreader export -o`` and the app's export
dialog): :func:`check_output` raises :class:`OutputRefused` with a one-line message when

* the target is the annotations DB, its journal or its lock (an export would replace the
  user's annotations; followed through symlinks and hard links);
* the target exists and is not a regular file (``/dev/null``, a FIFO, a socket, a folder):
  replacing it by a regular file would destroy a device node or a pipe someone reads;
* the name cannot be a file here (too long, a symlink loop, a missing folder).
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from vnreader.store.journal import journal_path
from vnreader.store.locking import lock_path
from vnreader.textsafe import display_path


class OutputRefused(Exception):
    """The export target cannot or must not be replaced; the message says why."""


def check_output(target: Path, db: Path | None) -> None:
    """Raise :class:`OutputRefused` unless *target* may be replaced by a new regular file."""
    shown = display_path(target)
    try:
        info: os.stat_result | None = os.stat(target)
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise OutputRefused(f"{shown}: cannot write there ({_reason(exc)})") from None
    if info is not None and stat.S_ISDIR(info.st_mode):
        raise OutputRefused(f"{shown}: is a folder; give a file name")
    if info is not None and not stat.S_ISREG(info.st_mode):
        raise OutputRefused(f"{shown}: is not a regular file (a device, pipe or socket)")
    parent = target.parent
    try:
        if not parent.is_dir():
            raise OutputRefused(f"{display_path(parent)}: no such folder")
        name_max = os.pathconf(parent, "PC_NAME_MAX")
    except OSError as exc:
        raise OutputRefused(f"{shown}: cannot write there ({_reason(exc)})") from None
    # the temporary file beside it carries a few more characters
    if len(os.fsencode(target.name)) + 24 > name_max:
        raise OutputRefused(f"{shown}: file name too long (at most {name_max - 24} bytes)")
    if db is not None and info is not None and _is_db_file(target, info, db):
        raise OutputRefused(f"{shown}: is the annotations DB; choose another file")


def _is_db_file(target: Path, info: os.stat_result, db: Path) -> bool:
    real = Path(os.path.realpath(db))
    for own in {db, real, journal_path(real), lock_path(real)}:
        try:
            other = os.stat(own)
        except OSError:
            continue
        if (other.st_dev, other.st_ino) == (info.st_dev, info.st_ino):
            return True
    return Path(os.path.realpath(target)) == real


def _reason(exc: OSError) -> str:
    if exc.errno == errno.ELOOP:
        return "too many levels of symbolic links"
    if exc.errno == errno.ENAMETOOLONG:
        return "name too long"
    return exc.strerror or type(exc).__name__
