"""Grading many problems at once (`grade --all`), one grade per core.

Each grade runs in a child process of its own (a fork of the grader), exactly as a serial grade runs: its workers,
its stop signals (harness.sandbox.cleanup) and its speed probe are that child's. The results come back in the
order asked for. Nothing is left behind: the grader counts its children as live workers, so a stop signal
(SIGTERM, SIGHUP, Ctrl-C) terminates them, and their own handlers end their workers, before it exits with
128 + the signal; an error does the same; and a child whose grader died, even by SIGKILL, is sent SIGTERM by the
kernel.
"""

from __future__ import annotations

import os
import signal
from pathlib import Path
from typing import Iterator

from harness import grading
from harness.catalogue.problem import Problem
from harness.grading.verdict import GradeResult
from harness.sandbox import cleanup, limits

PATIENCE_S = 5.0  # for a terminated child to end its workers and exit, before it is killed


def cores() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def grade_many(items: list[tuple[Problem, Path]], jobs: int) -> Iterator[GradeResult]:
    """Grade each (problem, file) on its hidden tests, up to `jobs` at a time, each in a child process, and yield
    the results in `items`' order."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    children = _Children()
    cleanup.track(children)
    try:
        with ProcessPoolExecutor(min(jobs, len(items)), mp_context=multiprocessing.get_context("fork"),
                                 initializer=_child, initargs=(os.getpid(),)) as pool:
            futures = [pool.submit(grading.grade, problem, file) for problem, file in items]
            try:
                for future in futures:
                    yield future.result()
            except BaseException:  # an error in the grader, or the caller stopped reading
                pool.shutdown(wait=False, cancel_futures=True)
                children.destroy()
                raise
    finally:
        cleanup.untrack(children)


class _Children:
    """The pool's processes, as cleanup sees a worker: what a stop signal must end."""

    def destroy(self) -> None:
        import multiprocessing

        living = multiprocessing.active_children()
        for child in living:
            child.terminate()  # SIGTERM: the child's stop handler ends its workers and folders, then exits
        for child in living:
            child.join(PATIENCE_S)
            if child.is_alive():
                child.kill()


def _child(grader: int) -> None:
    """In each child: the grader's live workers and stop handlers are not this process's; Ctrl-C is the grader's
    to handle (it terminates the children); the grader's death, however it died, sends this child SIGTERM."""
    cleanup.forget()
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    limits.die_with_parent(grader, signal.SIGTERM)
