"""Leaving nothing behind: killing a worker's processes, ending the live workers when the grader is told to stop,
and the guardian that ends a worker whose grader died.

- `kill_stragglers` kills every process carrying a run's token in its environment: it reaches children that left
  the worker's process group (setsid).
- While a worker lives, SIGTERM, SIGHUP and SIGINT to the grader (an editor stopping it, `timeout`, a closed
  terminal, Ctrl-C) kill every live worker and remove its folder; the grader then exits with 128 + the signal.
- `guard` runs in a process the worker forks before the user's code loads. It waits on a pipe whose only write
  end the grader holds: when the grader is gone, however it died, it kills the worker's processes and folder.
"""

from __future__ import annotations

import os
import shutil
import signal
import threading
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator, Protocol

TOKEN_VARIABLE = "SHOUSI_RUN_TOKEN"
STOP_SIGNALS = (signal.SIGTERM, signal.SIGHUP, signal.SIGINT)


class Destroyable(Protocol):
    def destroy(self) -> None: ...


_live: set = set()
_saved: dict[int, object] = {}
_lock = threading.Lock()
_raise_on_interrupt = False  # set within `interruptible()`


def kill_stragglers(token: str, patience_s: float = 3.0, spare: int | None = None) -> None:
    """Kill every process whose environment carries `token` (but `spare`), and wait until they are gone.

    SIGKILL is asynchronous, and a dying process keeps its environment until it is reaped: the scan repeats.
    """
    needle = f"{TOKEN_VARIABLE}={token}".encode()
    deadline = time.monotonic() + patience_s
    while time.monotonic() < deadline:
        found = [pid for pid in _pids() if pid != spare and _environ_has(pid, needle)]
        if not found:
            return
        kill_all(found)
        time.sleep(0.01)


def kill_all(pids: list[int]) -> None:
    for pid in pids:
        try:
            os.kill(pid, signal.SIGKILL)
        except OSError:
            pass


def kill_group(pgid: int) -> None:
    try:
        os.killpg(pgid, signal.SIGKILL)
    except OSError:
        pass


def _pids() -> list[int]:
    try:
        return [int(name) for name in os.listdir("/proc") if name.isdigit()]
    except OSError:  # no /proc: the process group kill is all there is
        return []


def _environ_has(pid: int, needle: bytes) -> bool:
    try:
        with open(f"/proc/{pid}/environ", "rb") as handle:
            return needle in handle.read()
    except OSError:
        return False


def track(worker: Destroyable) -> None:
    """Count `worker` as live; the first live worker makes the stop signals end them all (main thread only)."""
    with _lock:
        if not _live and threading.current_thread() is threading.main_thread():
            for number in STOP_SIGNALS:
                previous = signal.getsignal(number)
                if previous not in (signal.SIG_IGN, None):  # nohup's SIGHUP stays ignored; None: set from C
                    _saved[number] = previous
                    signal.signal(number, _stop)
        _live.add(worker)


def untrack(worker: Destroyable) -> None:
    """Count `worker` as gone; with none left, the stop signals do what they did before."""
    with _lock:
        _live.discard(worker)
        if not _live and _saved and threading.current_thread() is threading.main_thread():
            _restore_signals()


def forget() -> None:
    """In a process forked from a grader (harness.grading.pool): none of the grader's live workers is this
    process's to end, and the stop signals do what they did before the grader took them."""
    with _lock:
        _restore_signals()
        _live.clear()


def _restore_signals() -> None:
    """The stop signals back to what they did before `track` took them (under _lock)."""
    for number, previous in _saved.items():
        signal.signal(number, previous)
    _saved.clear()


@contextmanager
def interruptible() -> Iterator[None]:
    """Within, SIGINT raises KeyboardInterrupt in the grader's code, whose exits then end the workers as on any
    error, instead of ending the process: for a host that lives on, as a Jupyter kernel does."""
    global _raise_on_interrupt
    previous, _raise_on_interrupt = _raise_on_interrupt, True
    try:
        yield
    finally:
        _raise_on_interrupt = previous


def _stop(number: int, frame) -> None:
    if number == signal.SIGINT and _raise_on_interrupt:
        raise KeyboardInterrupt
    for other in STOP_SIGNALS:
        signal.signal(other, signal.SIG_IGN)  # a second signal must not cut the cleanup short
    for worker in list(_live):
        worker.destroy()
    os._exit(128 + number)


def guard(lifeline: int, token: str, folder: Path, members: Callable[[], list[int]]) -> None:
    """Fork the guardian (see the module's docstring); `members` lists the worker's cgroup, if it has one."""
    if os.fork():
        os.close(lifeline)
        return
    try:
        for number in STOP_SIGNALS:
            signal.signal(number, signal.SIG_IGN)
        os.closerange(3, lifeline)  # the result pipe above all: the grader must see it close with the worker
        os.closerange(lifeline + 1, 1 << 16)
        while True:
            try:
                if not os.read(lifeline, 1):
                    break  # end of file: the grader has gone
            except InterruptedError:
                continue
        me = os.getpid()
        for _ in range(100):
            others = [pid for pid in members() if pid != me]
            kill_all(others)
            if not others:
                break
            time.sleep(0.01)
        kill_stragglers(token, spare=me)
        shutil.rmtree(folder, ignore_errors=True)
    finally:
        kill_group(os.getpgid(0))  # the worker's group, this process included
        os._exit(0)
