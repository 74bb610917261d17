"""Turning a scraped page into a clean article (placeholder: first line is the title)."""

from __future__ import annotations

from pathlib import Path

from vnreader.corpus.model import Article


def clean_page(raw: str, *, path: Path, article_id: str) -> Article:
    lines = [line.strip() for line in raw.split("\n") if line.strip()]
    title = lines[0] if lines else path.stem
    return Article(id=article_id, path=path, title=title, paragraphs=tuple(lines[1:]), raw=raw)
