"""The parent side of the sandbox: spawn a worker, enforce hard limits, read its reports, leave nothing behind.

The worker runs in a new session (its own process group) with caps on address space, file size (the user's
output), core dumps and stack. Every wait has a deadline; when one passes, or when the caller is done, the
whole group is killed, and any process that escaped the group but carries this run's token is killed too.
"""

from __future__ import annotations

import json
import os
import queue
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

STACK_BYTES = 512 * 1024 * 1024
MAX_MESSAGE_BYTES = 512 * 1024 * 1024
GRACE_S = 1.0  # beyond a case's own limit, before the parent stops waiting and kills
EXIT_DRAIN_S = 2.0  # after the worker exits, how long its last messages may take to arrive
STARTUP_S = 10.0  # interpreter start-up, before the user's file is even read
TOKEN_VARIABLE = "SHOUSI_RUN_TOKEN"
ROOT = str(Path(__file__).resolve().parent.parent.parent)  # the folder that holds the harness package


@dataclass
class Job:
    """What a worker must run: the file, how to call it, the cases' inputs (wire data) and the limits."""

    file: str
    entry: dict
    kind: str
    params: list[str]
    inputs: list[Any]
    limits_s: list[float]
    memory_bytes: int
    output_bytes: int
    load_limit_s: float = 10.0
    repeats: int = 1  # timed calls per case (compare); the first call's answer is reported
    trace_memory: bool = False  # instead, one call per case under tracemalloc, for its peak alone


@dataclass
class Event:
    """One report from the worker, or one the parent made up when the worker could not report."""

    kind: str  # loaded, compile_error, load_timeout, start, result, finished, hard_timeout, died, corrupt
    case: int | None = None
    data: dict = field(default_factory=dict)


def _set_limits(job: Job) -> None:
    """Runs in the child between fork and exec."""
    resource.setrlimit(resource.RLIMIT_AS, (job.memory_bytes, job.memory_bytes))
    resource.setrlimit(resource.RLIMIT_FSIZE, (job.output_bytes, job.output_bytes))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    hard = resource.getrlimit(resource.RLIMIT_STACK)[1]
    stack = STACK_BYTES if hard == resource.RLIM_INFINITY else min(STACK_BYTES, hard)
    resource.setrlimit(resource.RLIMIT_STACK, (stack, hard))


def _environment(token: str) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith(("PYTHON", "SHOUSI_"))}
    env.update({
        TOKEN_VARIABLE: token,
        "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1",
        # Each thread's malloc arena reserves 64 MiB of address space, which RLIMIT_AS counts: keep them few.
        "MALLOC_ARENA_MAX": "2",
    })
    return env


class Worker:
    """A running worker; use as a context manager and iterate `events()`."""

    def __init__(self, job: Job):
        self.job = job
        self.token = uuid.uuid4().hex
        self.directory = Path(tempfile.mkdtemp(prefix="shousi-"))
        self.output_path = self.directory / "output.txt"
        self._messages: queue.Queue = queue.Queue()
        self.process: subprocess.Popen | None = None

    def __enter__(self) -> "Worker":
        read_fd, write_fd = os.pipe()
        job_path = self.directory / "job.json"
        cases = [{"input": given, "limit_s": limit} for given, limit in zip(self.job.inputs, self.job.limits_s)]
        job_path.write_text(json.dumps({
            "file": self.job.file, "entry": self.job.entry, "kind": self.job.kind, "params": self.job.params,
            "cases": cases, "load_limit_s": self.job.load_limit_s, "fd": write_fd,
            "repeats": self.job.repeats, "trace_memory": self.job.trace_memory,
        }), encoding="utf-8")
        bootstrap = f"import sys; sys.path.append({ROOT!r}); from harness.sandbox.worker import main; main()"
        with open(self.output_path, "wb") as output:
            self.process = subprocess.Popen(
                [sys.executable, "-I", "-c", bootstrap, str(job_path)],
                stdin=subprocess.DEVNULL, stdout=output, stderr=subprocess.STDOUT,
                pass_fds=(write_fd,), cwd=self.directory, env=_environment(self.token),
                start_new_session=True, preexec_fn=lambda: _set_limits(self.job),
            )
        os.close(write_fd)
        threading.Thread(target=self._read, args=(read_fd,), daemon=True).start()
        return self

    def __exit__(self, *exc_info) -> None:
        self.kill()
        shutil.rmtree(self.directory, ignore_errors=True)

    def _read(self, fd: int) -> None:
        with os.fdopen(fd, "rb") as pipe:
            while line := pipe.readline(MAX_MESSAGE_BYTES):
                self._messages.put(line)
        self._messages.put(None)

    def kill(self) -> None:
        """Kill the worker's process group and any straggler carrying this run's token; reap the worker."""
        if self.process is None:
            return
        try:
            os.killpg(self.process.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
        kill_stragglers(self.token)
        self.process.wait()

    def output(self, start: int = 0, end: int | None = None, limit: int = 4000) -> str:
        """Return what the user's code printed between two offsets, shortened to `limit` characters."""
        try:
            with open(self.output_path, "rb") as handle:
                handle.seek(start)
                data = handle.read(min(limit * 4, (end if end is not None else 1 << 62) - start))
        except OSError:
            return ""
        text = data.decode("utf-8", errors="replace")
        return text if len(text) <= limit else text[:limit] + f"\n... [{(end or 0) - start} bytes in all]"

    def output_exceeded(self) -> bool:
        """Whether the user's output reached the file-size cap."""
        try:
            return self.output_path.stat().st_size >= self.job.output_bytes
        except OSError:
            return False

    def events(self) -> Iterator[Event]:
        """Yield the worker's events in order, each awaited under a deadline the user's code cannot extend."""
        deadline = time.monotonic() + STARTUP_S + self.job.load_limit_s
        current: int | None = None
        while True:
            event = self._next(deadline, current)
            yield event
            if event.kind in ("finished", "compile_error", "load_timeout", "hard_timeout", "died", "corrupt"):
                return
            if event.kind == "start":
                current = event.case
                calls = 1 if self.job.trace_memory else self.job.repeats
                deadline = time.monotonic() + calls * self.job.limits_s[current] * 1.2 + GRACE_S
            elif event.kind == "result":
                current = None
                deadline = time.monotonic() + STARTUP_S

    def _next(self, deadline: float, current: int | None) -> Event:
        while True:
            exited = self.process.poll() is not None
            try:
                # Once the worker has exited, its last lines may still be on their way through the reader thread:
                # wait for them (end of file), but not forever, as a grandchild may hold the pipe open.
                line = self._messages.get(timeout=EXIT_DRAIN_S if exited else min(0.05, max(0.0, deadline - time.monotonic())))
            except queue.Empty:
                if exited:
                    return self._died(current)
                if time.monotonic() >= deadline:
                    return Event("hard_timeout", current)
                continue
            if line is None:
                return self._died(current)
            try:
                message = json.loads(line)
                return Event(str(message.pop("event")), message.pop("case", None), message)
            except (ValueError, KeyError, AttributeError, TypeError, RecursionError):
                return Event("corrupt", current, {"line": line[:200].decode("utf-8", errors="replace")})

    def _died(self, current: int | None) -> Event:
        try:
            returncode = self.process.wait(timeout=1.0)
        except subprocess.TimeoutExpired:
            returncode = None
        return Event("died", current, {"returncode": returncode})


def kill_stragglers(token: str, patience_s: float = 3.0) -> None:
    """Kill every process whose environment carries `token`, and wait until they are gone.

    This reaches children that left the worker's process group (setsid) and waits out the ones a group kill
    has already doomed: SIGKILL is asynchronous, and a dying process keeps its environment until it is reaped.
    """
    needle = f"{TOKEN_VARIABLE}={token}".encode()
    deadline = time.monotonic() + patience_s
    while time.monotonic() < deadline:
        found = [pid for pid in _pids() if _environ_has(pid, needle)]
        if not found:
            return
        for pid in found:
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:
                pass
        time.sleep(0.01)


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
