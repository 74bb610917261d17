"""Fuzz the parsers and the importer with hypothesis; print how many inputs each survived.

    python benchmarks/fuzz.py [--examples 2000] [--seed 1]

Each target gets random (and hostile: escapes, C1, bidi marks, NUL, deep nesting, huge
numbers, broken UTF-8) input and must either work or fail with the project's one-line
error — never another exception, never a hang:

* ``sanitize``: no escape or control character survives, the result is stable;
* ``decode`` + ``clean_page`` (article files): text or :class:`CorpusError`;
* ``analyze``: entities and figures inside the text, in order;
* ``import``: a random JSON / JSON Lines / bytes file gives an import or
  :class:`ExportFormatError`;
* ``DB open``: random bytes as the DB or its journal give a store or :class:`StoreError`;
  a journal that is not applied whole is kept, never lost.

Exit status 1 when any target failed; the failing input is printed (hypothesis shrinks it).
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st

HOSTILE = [
    "\x1b]52;c;SGVsbG8=\x07",
    "\x1b]0;title\x07",
    "\x1b[2J",
    "\x9b31m",
    "\u202e",
    "\u200e",
    "\x00",
    "\r",
    "[red]x[/]",
    "4,7 tỷ USD",
    "Bùi Thanh Sơn",
    "năm 2021",
    "Ảnh: Minh Anh",
    "\n",
    " ",
]
TEXT = st.lists(st.one_of(st.sampled_from(HOSTILE), st.text(max_size=20)), max_size=40).map("".join)
JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | TEXT,
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(TEXT, inner, max_size=5),
    max_leaves=30,
)


def sanitize_target(text: str) -> None:
    from vnreader.textsafe import has_unsafe, sanitize

    once = sanitize(text)
    assert not has_unsafe(once), repr(once)
    assert sanitize(once) == once


def article_target(data: bytes) -> None:
    from vnreader.corpus import CorpusError
    from vnreader.corpus.cleaning import clean_page
    from vnreader.corpus.reading import decode
    from vnreader.textsafe import has_unsafe, sanitize

    path = Path("fuzz.txt")
    try:
        text = sanitize(decode(data, path))
    except CorpusError:
        return
    article = clean_page(text, path=path, article_id="fuzz")
    assert not has_unsafe(article.text)


def analyze_target(text: str) -> None:
    from vnreader.analysis import analyze
    from vnreader.textsafe import sanitize

    text = sanitize(text)
    result = analyze(text)
    for item in (*result.entities, *result.figures):
        assert 0 <= item.start < item.end <= len(text), item


def import_target(folder: Path, payload: bytes) -> None:
    from vnreader.export import ExportFormatError, import_file
    from vnreader.store import AnnotationStore, StoreError

    path = folder / "import.json"
    path.write_bytes(payload)
    db = folder / "db.json"
    try:
        with AnnotationStore(db, author="fuzz") as store:
            import_file(path, [], store)
    except (ExportFormatError, StoreError):
        pass
    finally:
        for leftover in folder.iterdir():
            leftover.unlink()


def db_target(folder: Path, main: bytes, journal: bytes | None) -> None:
    from vnreader.store import AnnotationStore, StoreError

    db = folder / "db.json"
    db.write_bytes(main)
    if journal is not None:
        db.with_name("db.json.journal").write_bytes(journal)
    try:
        for read_only in (True, False):
            with AnnotationStore(db, read_only=read_only):
                pass
    except StoreError:
        pass
    finally:
        for leftover in folder.iterdir():
            leftover.unlink()


def _json_bytes(value: Any, lines: bool) -> bytes:
    if lines and isinstance(value, list):
        return "\n".join(json.dumps(v, ensure_ascii=False) for v in value).encode()
    return json.dumps(value, ensure_ascii=False).encode()


def run_target(name: str, test: Callable[[], None], counts: dict[str, list[int]]) -> bool:
    t0 = time.perf_counter()
    try:
        test()
        ok = True
    except Exception as exc:  # reported, with hypothesis' minimal example
        print(f"{name}: FAILED: {type(exc).__name__}: {str(exc)[:400]}")
        ok = False
    runs, _ = counts[name]
    counts[name][1] = int((time.perf_counter() - t0) * 1000)
    print(f"{name:10} {runs:6} inputs  {'ok' if ok else 'FAILED'}  ({counts[name][1]} ms)")
    return ok


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    counts: dict[str, list[int]] = {}
    folder = Path(tempfile.mkdtemp(prefix="vnreader-fuzz-"))
    config = settings(
        max_examples=args.examples,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )

    def counted(name: str, body: Callable[[Any], None]) -> Callable[[Any], None]:
        counts[name] = [0, 0]

        def wrapper(value: Any) -> None:
            counts[name][0] += 1
            body(value)

        return wrapper

    deep = st.integers(1, 200_000).map(lambda n: ("[" * n + "]" * n).encode())
    raw = st.one_of(
        st.binary(max_size=2000),
        TEXT.map(lambda t: t.encode("utf-8", "surrogatepass")),
        deep,
    )
    targets: list[tuple[str, Callable[[], None]]] = [
        ("sanitize", seed(args.seed)(config(given(TEXT)(counted("sanitize", sanitize_target))))),
        ("article", seed(args.seed)(config(given(raw)(counted("article", article_target))))),
        ("analyze", seed(args.seed)(config(given(TEXT)(counted("analyze", analyze_target))))),
    ]
    imports = st.one_of(raw, st.tuples(JSON, st.booleans()).map(lambda v: _json_bytes(*v)))
    dbs = st.tuples(st.one_of(raw, JSON.map(lambda v: _json_bytes(v, False))), st.none() | raw)
    targets.append(
        (
            "import",
            seed(args.seed)(
                config(given(imports)(counted("import", lambda p: import_target(folder, p))))
            ),
        )
    )
    targets.append(
        (
            "DB open",
            seed(args.seed)(
                config(given(dbs)(counted("DB open", lambda v: db_target(folder, v[0], v[1]))))
            ),
        )
    )
    try:
        results = [run_target(name, test, counts) for name, test in targets]
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    total = sum(c[0] for c in counts.values())
    print(f"total      {total:6} inputs  {sum(not r for r in results)} targets failed")
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
