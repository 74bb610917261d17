"""What an export or an import did, for the CLI and the TUI to show in one line."""

from __future__ import annotations

from dataclasses import dataclass, field

from vnreader.store.merging import MergeReport


@dataclass
class ExportSummary:
    """What :func:`vnreader.export.export` wrote.

    ``annotations`` counts the records written: annotations for json/jsonl/w3c, labelled spans
    (suggestions included) for ``spans``, figure rows for ``csv``. ``skipped`` counts what was
    left out on purpose (spans without a label, orphans, spans crossing paragraphs) and
    ``messages`` says why, one short line per reason.
    """

    articles: int = 0
    annotations: int = 0
    skipped: int = 0
    messages: list[str] = field(default_factory=list)


@dataclass
class ImportReport(MergeReport):
    """What :func:`vnreader.export.import_file` merged into the store (see
    :class:`~vnreader.store.MergeReport`) and the file's ``format``.

    ``skipped`` counts annotations already in the DB in the same or a newer version;
    ``deleted`` those the file deleted; ``conflicts`` the annotations changed both here and
    in the file apart from each other (the newer kept; both versions in each
    :class:`~vnreader.store.Conflict`); ``unplaced`` has one line per annotation that was
    kept but could not be placed (article not in the corpus, quote not found: imported as an
    orphan) or could not be kept at all.
    """

    format: str = ""
