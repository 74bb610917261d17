"""Benchmark: SQLite FTS5 (what the corpus index uses) against tantivy, on the same texts.

Both engines get the same folded titles and bodies of a generated corpus (see
``scale_corpus.py``; the cleaned articles come from a corpus index kept in
``benchmarks/.cache``) and the same 20 queries (all words required, phrases in quotes):

* indexing time (the texts already cleaned and folded) and index size;
* per query: every hit ranked (what the article list needs), and the count with the first
  100 ranked (what a search page would need).

tantivy is not a dependency of vnreader: without it this prints how to get it and exits 0.

    pip install tantivy==0.27.0 && python benchmarks/engines.py [--articles 35000]
"""

from __future__ import annotations

import argparse
import math
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

from scale_corpus import CACHE, generate, queries_for

from vnreader.analysis.fold import fold
from vnreader.index import CorpusIndex
from vnreader.index.codec import decode_article
from vnreader.index.query import parse, syllables

Doc = tuple[int, str, str]


def documents(count: int) -> list[Doc]:
    folder = generate(count)
    with CorpusIndex.open(folder, index_dir=CACHE / f"engines-index-{count}") as index:
        index.refresh()
        conn = index._db.connect()
        rows = conn.execute("SELECT id, title, body FROM files JOIN bodies USING (id)")
        return [
            (rowid, fold(title), fold(_text(body, title))) for rowid, title, body in rows.fetchall()
        ]


def _text(body: bytes, title: str) -> str:
    article = decode_article(
        body,
        article_id="",
        path=Path(),
        title=title,
        source=None,
        published=None,
        author=None,
        section=None,
    )
    return article.text


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]


def sqlite_engine(docs: list[Doc], folder: Path, queries: list[str]) -> dict[str, float]:
    conn = sqlite3.connect(folder / "fts.sqlite", isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute(
        "CREATE VIRTUAL TABLE fts USING fts5(title, body, content='',"
        " tokenize='unicode61 remove_diacritics 0')"
    )
    started = time.perf_counter()
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO fts (rowid, title, body) VALUES (?, ?, ?)", docs)
    conn.execute("COMMIT")
    build = time.perf_counter() - started
    all_hits, top = [], []
    for text in queries:
        query = parse(text)
        if not query.match:
            continue
        started = time.perf_counter()
        conn.execute(
            "SELECT rowid FROM fts WHERE fts MATCH ? ORDER BY bm25(fts, 10.0, 1.0)",
            (query.match,),
        ).fetchall()
        all_hits.append(time.perf_counter() - started)
        started = time.perf_counter()
        conn.execute("SELECT count(*) FROM fts WHERE fts MATCH ?", (query.match,)).fetchone()
        conn.execute(
            "SELECT rowid FROM fts WHERE fts MATCH ? ORDER BY bm25(fts, 10.0, 1.0) LIMIT 100",
            (query.match,),
        ).fetchall()
        top.append(time.perf_counter() - started)
    conn.close()
    size = sum(f.stat().st_size for f in folder.glob("fts.sqlite*"))
    return {"build": build, "all": p95(all_hits), "top": p95(top), "mb": size / 1e6}


def tantivy_engine(docs: list[Doc], folder: Path, queries: list[str]) -> dict[str, float]:
    import tantivy

    builder = tantivy.SchemaBuilder()
    builder.add_integer_field("rowid", stored=True, indexed=True, fast=True)
    builder.add_text_field("title", stored=False)
    builder.add_text_field("body", stored=False)
    schema = builder.build()
    path = folder / "tantivy"
    path.mkdir()
    index = tantivy.Index(schema, path=str(path))
    started = time.perf_counter()
    writer = index.writer(heap_size=200_000_000, num_threads=2)
    for rowid, title, body in docs:
        writer.add_document(tantivy.Document(rowid=rowid, title=title, body=body))
    writer.commit()
    writer.wait_merging_threads()
    build = time.perf_counter() - started
    index.reload()
    searcher = index.searcher()
    all_hits, top = [], []
    for text in queries:
        terms = _tantivy_query(text)
        if not terms:
            continue
        query = index.parse_query(terms, ["title", "body"], field_boosts={"title": 10.0})
        started = time.perf_counter()
        count = searcher.search(query, 1).count
        result = searcher.search(query, max(1, count))
        [searcher.doc(address)["rowid"][0] for _, address in result.hits]
        all_hits.append(time.perf_counter() - started)
        started = time.perf_counter()
        result = searcher.search(query, 100)
        [searcher.doc(address)["rowid"][0] for _, address in result.hits]
        top.append(time.perf_counter() - started)
    size = sum(f.stat().st_size for f in path.rglob("*") if f.is_file())
    return {"build": build, "all": p95(all_hits), "top": p95(top), "mb": size / 1e6}


def _tantivy_query(text: str) -> str:
    """The same meaning as :func:`vnreader.index.query.parse`: every part required."""
    parts = []
    for i, part in enumerate(text.split('"')):
        words = syllables(part)
        if words and i % 2:
            parts.append('+"' + " ".join(words) + '"')
        else:
            parts.extend(f"+{w}" for w in words)
    return " ".join(parts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=35000)
    args = parser.parse_args()
    try:
        import tantivy  # noqa: F401
    except ImportError:
        print("tantivy is not installed: pip install tantivy==0.27.0 (not a vnreader dependency)")
        sys.exit(0)
    docs = documents(args.articles)
    queries = queries_for(generate(args.articles))
    chars = sum(len(t) + len(b) for _, t, b in docs)
    print(f"{len(docs):,} articles, {chars / 1e6:.0f} M folded characters, {len(queries)} queries")
    print(f"{'engine':<16} {'index s':>8} {'MB':>6} {'p95 all hits':>13} {'p95 count+100':>14}")
    for name, engine in (("sqlite fts5", sqlite_engine), ("tantivy", tantivy_engine)):
        folder = Path(tempfile.mkdtemp(prefix="vnreader-engines-"))
        try:
            r = engine(docs, folder, queries)
        finally:
            shutil.rmtree(folder, ignore_errors=True)
        print(
            f"{name:<16} {r['build']:>8.1f} {r['mb']:>6.0f} {r['all'] * 1000:>10.1f} ms"
            f" {r['top'] * 1000:>11.1f} ms"
        )


if __name__ == "__main__":
    main()
