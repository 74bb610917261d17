"""``vnreader analyze``: the entities and figures of a file, a folder, or standard input.

* a FILE: one result (a table, or one JSON document), as the reader highlights it;
* a FOLDER: JSON Lines, one article per line in list order, from the corpus index (each
  analysis is stored there, so a second run only reads); memory holds one article;
* ``-``: standard input is read and analysed in blocks of whole paragraphs (cut at a blank
  line once a block passes :data:`BLOCK_CHARS`), and each block's result is printed as it
  is done, with offsets into the whole input. An input shorter than a block is analysed in
  one piece, as before; in a longer one a name is not linked across blocks.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import asdict
from typing import Any, TextIO

from vnreader.analysis import Analysis, analyze
from vnreader.index import CorpusIndex
from vnreader.textsafe import sanitize

BLOCK_CHARS = 64 * 1024
MAX_BLOCK_CHARS = 1024 * 1024  # a block without any blank line is cut at a line end


def analysis_to_json(text: str, result: Analysis | None = None) -> dict[str, Any]:
    """The JSON shape of ``vnreader analyze --format json`` for *text* (and its analysis)."""
    found = analyze(text) if result is None else result
    return {
        "length": len(text),
        "entities": [asdict(e) for e in found.entities],
        "figures": [asdict(f) for f in found.figures],
    }


def write_folder(index: CorpusIndex, out: TextIO) -> int:
    """One JSON line per article of *index*, in list order; returns how many."""
    count = 0
    for article_id in index.ids():
        article = index.article(article_id, raw=False)
        record = {
            "id": article.id,
            "source": str(article.path),
            "title": article.title,
            **analysis_to_json(article.text, index.analysis(article_id)),
        }
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        count += 1
    return count


def blocks(stream: Iterable[str]) -> Iterator[tuple[int, str]]:
    """(offset, text) blocks of whole paragraphs of the sanitised *stream*."""
    offset = 0
    parts: list[str] = []
    size = 0
    for raw in stream:
        line = sanitize(raw)
        parts.append(line)
        size += len(line)
        at_break = not line.strip()
        if (size >= BLOCK_CHARS and at_break) or size >= MAX_BLOCK_CHARS:
            block = "".join(parts)
            yield offset, block
            offset += len(block)
            parts, size = [], 0
    if parts:
        yield offset, "".join(parts)


def shifted(data: dict[str, Any], offset: int) -> dict[str, Any]:
    """*data* (see :func:`analysis_to_json`) with offsets moved by *offset*."""
    for item in (*data["entities"], *data["figures"]):
        item["start"] += offset
        item["end"] += offset
    return data


def stream_json(stream: Iterable[str], out: TextIO, name: str) -> None:
    """One JSON document for the whole *stream*, written as the blocks are analysed.

    Entities are written as they come; figures wait in a temporary file (on disk once
    large), so memory stays bounded. ``length`` comes last, once known.
    """
    import tempfile

    out.write('{"source": ' + json.dumps(name, ensure_ascii=False) + ', "entities": [')
    length = 0
    first_entity = True
    with tempfile.SpooledTemporaryFile(max_size=8 * 1024 * 1024, mode="w+") as figures:
        first_figure = True
        for offset, text in blocks(stream):
            data = shifted(analysis_to_json(text), offset)
            length = offset + data["length"]
            for entity in data["entities"]:
                out.write(("" if first_entity else ", ") + json.dumps(entity, ensure_ascii=False))
                first_entity = False
            for figure in data["figures"]:
                figures.write(
                    ("" if first_figure else ", ") + json.dumps(figure, ensure_ascii=False)
                )
                first_figure = False
            out.flush()
        out.write('], "figures": [')
        figures.seek(0)
        while chunk := figures.read(64 * 1024):
            out.write(chunk)
    out.write(f'], "length": {length}}}\n')
