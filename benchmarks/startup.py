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
from collections.abc import Callable
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


class Terminal:
    """*command* run as a user runs it, on a pseudo-terminal of :data:`SIZE`: keys are written
    to it and what it writes is kept in :attr:`output` (every byte, escape sequences too)."""

    def __init__(self, command: list[str], env: dict[str, str]) -> None:
        master, slave = pty.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", SIZE[1], SIZE[0], 0, 0))
        self.command = command
        self.started = time.perf_counter()
        self.process = subprocess.Popen(
            command, stdin=slave, stdout=slave, stderr=slave, env=env, start_new_session=True
        )
        os.close(slave)
        self.master = master
        self.output = bytearray()
        self.closed = False

    def read(self, timeout: float) -> bool:
        """Keep what the app writes within *timeout* seconds (at once if it wrote already);
        False once the terminal is closed (the app exited)."""
        if self.closed:
            return False
        ready, _, _ = select.select([self.master], [], [], timeout)
        if ready:
            try:
                self.output += os.read(self.master, 1 << 16)
            except OSError:  # the app exited: the terminal is closed
                self.closed = True
        if self.process.poll() is not None:
            self.closed = True
        return not self.closed

    def wait_for(
        self, found: Callable[[bytes], object], since: int = 0, bound: float = BOUND
    ) -> tuple[float, object] | None:
        """Read until ``found(output[since:])`` is true: when it was (perf_counter) and its
        value; None when the app exited or *bound* seconds passed first."""
        deadline = time.perf_counter() + bound
        while time.perf_counter() < deadline:
            value = found(bytes(self.output[since:]))
            if value:
                return time.perf_counter(), value
            if not self.read(0.2):
                break
        return None

    def pump(self, seconds: float) -> None:
        """Read (and keep) what the app writes for *seconds*, as a terminal does."""
        deadline = time.perf_counter() + seconds
        while (left := deadline - time.perf_counter()) > 0 and self.read(left):
            pass

    def write(self, keys: bytes) -> None:
        os.write(self.master, keys)

    def cpu(self) -> float:
        return _cpu_seconds(self.process.pid)

    def tail(self) -> str:
        return self.output[-2000:].decode("utf-8", "replace")

    def close(self) -> None:
        """Quit the app (ctrl+q), killed if it is still running after a few seconds."""
        try:
            if not self.closed:
                self.write(b"\x11")  # ctrl+q
                self.wait_for(lambda _: False, bound=5.0)
        finally:
            if self.process.poll() is None:
                self.process.kill()
            self.process.wait()
            os.close(self.master)


def first_frame(command: list[str], text: bytes, env: dict[str, str]) -> tuple[float, float]:
    """Seconds from starting *command* on a terminal until *text* is written to it, and the
    CPU seconds the process had used then; the app is then quit with ctrl+q."""
    terminal = Terminal(command, env)
    try:
        seen = terminal.wait_for(lambda out: text in out)
        if seen is None:
            raise SystemExit(
                f"{command[-1]!r}: {text!r} never appeared; the terminal had:\n" + terminal.tail()
            )
        return seen[0] - terminal.started, terminal.cpu()
    finally:
        terminal.close()


def terminal_env() -> dict[str, str]:
    """This environment as a terminal's: this checkout's vnreader, a colour terminal."""
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # as installed: compiled modules are kept
    env.update(PYTHONPATH=str(ROOT), TERM="xterm-256color", COLORTERM="truecolor")
    return env


def _env(data: Path) -> dict[str, str]:
    env = terminal_env()
    env.update(
        VNREADER_DATA_DIR=str(data / "data"),
        VNREADER_CONFIG_DIR=str(data / "config"),
    )
    return env


def measure(runs: int) -> list[str]:
    """The figures, one line each: best and median of *runs* starts of each app."""
    from vnreader.index import CorpusIndex
    from vnreader.locations import bundled_seeds
    from vnreader.tui.numbers import format_number

    seeds = bundled_seeds()
    with tempfile.TemporaryDirectory(prefix="vnreader-startup-") as tmp:
        env = _env(Path(tmp))
        with CorpusIndex.open(seeds, index_dir=Path(tmp) / "data" / "index") as index:
            index.refresh()  # indexed: a start reads the index (and checks the files)
            rows = len(index.rows())
        env["VNREADER_INDEX_DIR"] = str(Path(tmp) / "data" / "index")
        every = format_number(rows)  # as the status line writes it ("35 500")
        app_text = f"{every} of {every} articles".encode()
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
