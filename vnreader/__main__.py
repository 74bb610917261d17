"""Allow ``python -m vnreader``."""

from vnreader.cli import main

raise SystemExit(main())
