"""Mapping a pure function over chunks of work, in this process or in a pool of processes,
and gathering the results into batches to write.

Results come back as chunks finish (not in order); at most a few chunks per process are in
flight, so memory stays bounded whatever the corpus size. Setting *cancel* stops handing out
work: the chunks already running finish and are returned, the rest are dropped. The pool is
started with ``forkserver`` (``spawn`` where that is missing), never ``fork``, because the
caller may be a threaded app; workers ignore Ctrl+C, which the parent turns into a cancel.
:func:`batches` hands the results on by size or by time, as the writers of the index want
them (one transaction, one progress report each).
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")

POOL_MIN_ITEMS = 200  # below this, starting processes costs more than it saves
IN_FLIGHT_PER_PROCESS = 3
clock = time.perf_counter  # the batches' time (a test sets it)
_STDERR_SWAP = threading.Lock()


def default_processes() -> int:
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return max(1, min(cores, 8))


def map_chunks(
    func: Callable[[list[T]], R],
    chunks: Iterable[list[T]],
    *,
    items: int,
    processes: int | None = None,
    cancel: threading.Event | None = None,
) -> Iterator[R]:
    """``func(chunk)`` for each chunk, as they finish; stops early when *cancel* is set.

    *chunks* is read lazily (a generator keeps memory bounded); *items* is how many items
    they hold in all, which decides whether a pool is worth starting.
    """
    wanted = default_processes() if processes is None else max(1, processes)
    if wanted == 1 or items < POOL_MIN_ITEMS:
        for chunk in chunks:
            if cancel is not None and cancel.is_set():
                return
            yield func(chunk)
        return
    yield from _pool(func, chunks, wanted, cancel)


def batches(
    chunks: Iterable[Sequence[T]],
    *,
    size: int,
    seconds: float,
    first_seconds: float | None = None,
) -> Iterator[list[T]]:
    """The items of *chunks* gathered into batches: a batch is handed on once it holds
    *size* items, or when a chunk comes *seconds* after the caller was done with the last
    batch (*first_seconds* after the start, for the first one), so that a slow stream of
    results is still written (and reported) that often; what is left at the end follows."""
    pending: list[T] = []
    every = seconds if first_seconds is None else first_seconds
    last = clock()
    for chunk in chunks:
        pending.extend(chunk)
        if len(pending) >= size or clock() - last >= every:
            yield pending
            pending = []
            every = seconds
            last = clock()  # the caller wrote the batch meanwhile
    if pending:
        yield pending


def _pool(
    func: Callable[[list[T]], R],
    chunks: Iterable[list[T]],
    processes: int,
    cancel: threading.Event | None,
) -> Iterator[R]:
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
    _start_resource_tracker()
    executor = ProcessPoolExecutor(processes, mp_context=context, initializer=_ignore_sigint)
    pending: set[Future[R]] = set()
    todo = iter(chunks)
    try:
        while True:
            stop = cancel is not None and cancel.is_set()
            while not stop and len(pending) < processes * IN_FLIGHT_PER_PROCESS:
                chunk = next(todo, None)
                if chunk is None:
                    break
                pending.add(executor.submit(func, chunk))
            if not pending:
                return
            done, pending = wait(pending, timeout=0.1, return_when=FIRST_COMPLETED)
            for future in done:
                yield future.result()
            if stop:
                for future in pending:
                    future.cancel()
                for future in pending:
                    if not future.cancelled():
                        yield future.result()
                return
    finally:
        for future in pending:
            future.cancel()
        executor.shutdown(wait=True, cancel_futures=True)


def _start_resource_tracker() -> None:
    """Start multiprocessing's resource tracker (the pool needs it) with a real stderr.

    The tracker is handed ``sys.stderr.fileno()``. In an app that captures output (Textual
    does), ``sys.stderr`` is an object whose ``fileno()`` is -1, and starting the tracker
    fails ("bad value(s) in fds_to_keep"); the process's own stderr is given instead, for
    the moment the tracker takes to start. Started here, when processes are needed, not at
    launch: most opens of an indexed corpus need none.
    """
    from multiprocessing import resource_tracker

    try:
        usable = sys.stderr is not None and sys.stderr.fileno() >= 0
    except (AttributeError, OSError, ValueError):
        usable = False
    if usable or sys.__stderr__ is None:
        resource_tracker.ensure_running()
        return
    with _STDERR_SWAP:  # (what another thread writes to stderr meanwhile is not captured)
        captured, sys.stderr = sys.stderr, sys.__stderr__
        try:
            resource_tracker.ensure_running()
        finally:
            sys.stderr = captured


def _ignore_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
