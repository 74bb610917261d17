"""Benchmark: start-up to an interactive list in a real terminal, against a minimal Textual
app measured the same way in the same run (issue 8: within 1.3x).

Each app runs as a user runs it (``python -m vnreader SEEDS``, and ``python -c`` for the
minimal app), in a fresh process on a pseudo-terminal of 120x35. The clock starts when the
process is started and stops when the terminal receives the frame that shows the list
("5 of 5 articles" in the status line, written in the same refresh as the rows) or, for the
minimal app, its one line of text; at that moment the CPU time of the process (all its
threads) is read from /proc. Then ctrl+q quits. Runs alternate between the two apps, so
that the load of a shared machine falls on both alike; best and median are printed.

    python benchmarks/startup.py               # 7 runs of each
    python benchmarks/startup.py --runs 15
"""

from __future__ import annotations

import argparse
import fcntl
import os
import pty
import select
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZE = (120, 35)  # columns, rows
BOUND = 60.0  # seconds: a bound on waiting, never a target
TARGET = 1.3

MINIMAL = """
from textual.app import App
from textual.widgets import Static

class Minimal(App):
    def compose(self):
        yield Static("minimal app ready")

Minimal().run()
"""
MINIMAL_TEXT = b"minimal app ready"


def _cpu_seconds(pid: int) -> float:
    """User + system CPU time of *pid* so far, all its threads."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def first_frame(command: list[str], text: bytes, env: dict[str, str]) -> tuple[float, float]:
    """Seconds from starting *command* on a terminal until *text* is written to it, and the
    CPU seconds the process had used then; the app is then quit with ctrl+q."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", SIZE[1], SIZE[0], 0, 0))
    started = time.perf_counter()
    process = subprocess.Popen(
        command, stdin=slave, stdout=slave, stderr=slave, env=env, start_new_session=True
    )
    os.close(slave)
    output = b""
    seen: tuple[float, float] | None = None
    try:
        while time.perf_counter() - started < BOUND:
            ready, _, _ = select.select([master], [], [], 0.2)
            if ready:
                try:
                    output += os.read(master, 1 << 16)
                except OSError:  # the app exited: the terminal is closed
                    break
                if seen is None and text in output:
                    seen = (time.perf_counter() - started, _cpu_seconds(process.pid))
                    os.write(master, b"\x11")  # ctrl+q
            if process.poll() is not None:
                break
    finally:
        if process.poll() is None:
            process.kill()
        process.wait()
        os.close(master)
    if seen is None:
        tail = output[-2000:].decode("utf-8", "replace")
        raise SystemExit(f"{command[-1]!r}: {text!r} never appeared; the terminal had:\n{tail}")
    return seen


def _env(data: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # as installed: compiled modules are kept
    env.update(
        PYTHONPATH=str(ROOT),
        TERM="xterm-256color",
        COLORTERM="truecolor",
        VNREADER_DATA_DIR=str(data / "data"),
        VNREADER_CONFIG_DIR=str(data / "config"),
    )
    return env


def measure(runs: int) -> list[str]:
    """The figures, one line each: best and median of *runs* starts of each app."""
    from vnreader.index import CorpusIndex
    from vnreader.locations import bundled_seeds

    seeds = bundled_seeds()
    with tempfile.TemporaryDirectory(prefix="vnreader-startup-") as tmp:
        env = _env(Path(tmp))
        with CorpusIndex.open(seeds, index_dir=Path(tmp) / "data" / "index") as index:
            index.refresh()  # indexed: a start reads the index (and checks the files)
            rows = len(index.rows())
        env["VNREADER_INDEX_DIR"] = str(Path(tmp) / "data" / "index")
        app_text = f"{rows} of {rows} articles".encode()
        minimal_cmd = [sys.executable, "-c", MINIMAL]
        app_cmd = [sys.executable, "-m", "vnreader", str(seeds)]
        first_frame(minimal_cmd, MINIMAL_TEXT, env)  # warm up: compiled modules, file cache
        first_frame(app_cmd, app_text, env)
        minimal, app = [], []
        for _ in range(runs):
            minimal.append(first_frame(minimal_cmd, MINIMAL_TEXT, env))
            app.append(first_frame(app_cmd, app_text, env))
    lines = []
    for i, what in ((0, "wall"), (1, "CPU")):
        m_best, a_best = min(r[i] for r in minimal), min(r[i] for r in app)
        m_med = statistics.median(r[i] for r in minimal)
        a_med = statistics.median(r[i] for r in app)
        lines += [
            _line(f"minimal Textual app, {what}: best / median", m_best, m_med, "s"),
            _line(f"vnreader on the seeds, {what}: best / median", a_best, a_med, "s"),
            _line(f"ratio, {what}: best / median", a_best / m_best, a_med / m_med, "x", "<= 1.3"),
        ]
    return lines


def _line(name: str, best: float, median: float, unit: str, target: str = "") -> str:
    shown = f"{best:.3f} / {median:.3f}"
    return f"  {name:<46} {shown:>15} {unit:<2} {('target ' + target) if target else ''}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    print(f"cores available: {len(os.sched_getaffinity(0))}; load {os.getloadavg()[0]:.1f}")
    print(f"\n== start-up to the first frame of the list, {SIZE[0]}x{SIZE[1]} terminal", flush=True)
    for line in measure(args.runs):
        print(line, flush=True)
    print(f"load at the end: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
