"""Where a corpus's files are and how the index names them (paths relative to the corpus).

A corpus is a folder, or one file (then its folder is the base and the file the only
member). The index stores each path relative to the base as bytes (file names need not be
UTF-8), so moving nothing but the index keeps it valid.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Layout:
    root: Path
    base: Path
    single: bool
    follow_links: bool = False  # links out of the corpus folder are followed (--follow-links)

    @classmethod
    def of(cls, root: Path, *, follow_links: bool = False) -> Layout:
        single = not root.is_dir()
        return cls(root, root.parent if single else root, single, follow_links)

    def key(self, file: Path | str) -> bytes:
        """The stored name of *file*: its path under the base, as bytes."""
        text, prefix = str(file), str(self.base) + os.sep
        if os.sep == "/" and text.startswith(prefix):  # the common case, without pathlib
            return os.fsencode(text[len(prefix) :])
        try:
            relative = Path(file).relative_to(self.base)
        except ValueError:
            relative = Path(file)
        return os.fsencode(relative.as_posix())

    def path(self, key: bytes) -> Path:
        """The file a stored name stands for (the root itself for a one-file corpus)."""
        if self.single and os.fsdecode(key) == self.root.name:
            return self.root
        return self.base / os.fsdecode(key)
