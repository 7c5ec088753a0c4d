"""The parent side of the sandbox: spawn a worker, bound it by the parent's own clocks, read its reports through
the one consumer (harness.sandbox.protocol), leave nothing behind.

The worker runs in a new session (its own process group) under the limits of `harness.sandbox.limits`. Every wait
has a deadline, and the whole run has one (`Job.total_s`) that nothing the worker writes can extend; when one
passes, or when the caller is done, the worker's group, its cgroup and every process carrying the run's token are
killed (harness.sandbox.cleanup). What the user printed is read with pread from a descriptor the parent opened
before the worker started, never more than asked: replacing, truncating or redirecting output.txt changes nothing.
"""

from __future__ import annotations

import json
import os
import queue
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path
from typing import Iterator, Sequence

from harness.sandbox import cleanup, limits
from harness.sandbox.protocol import (  # noqa: F401 (Job, Event, Kind, Status: the callers' names for them)
    BETWEEN_CASES_S, BLOB_PREFIX, FINAL, MAX_LINE_BYTES, STARTUP_S, WALL_FACTOR, Consumer, Event, Job, Kind, Status,
)

EXIT_DRAIN_S = 2.0  # after the worker exits, how long its last messages may take to arrive
COUNT_EVERY_S = 0.2  # root without a cgroup: how often the parent counts the worker's processes
QUEUED_LINES = 4  # lines read ahead of the consumer: with MAX_LINE_BYTES (a line, then its blob), bounds memory
PIPE_BYTES = 1 << 20  # the result pipe's buffer: Linux's default pipe-max-size for unprivileged processes
OVERSIZED = object()  # the reader's mark for a line longer than MAX_LINE_BYTES
ROOT = str(Path(__file__).resolve().parent.parent.parent)  # the folder that holds the harness package


def _environment(token: str) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith(("PYTHON", "SHOUSI_"))}
    env.update({
        cleanup.TOKEN_VARIABLE: token,
        "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1",
        # Each thread's malloc arena reserves 64 MiB of address space, which RLIMIT_AS counts: keep them few.
        "MALLOC_ARENA_MAX": "2",
    })
    return env


def _widen(fd: int) -> None:
    """Give the result pipe PIPE_BYTES of buffer where the system allows (Linux), so an answer of megabytes
    crosses in a few writes rather than in hundreds of 64 KiB turns of the two processes."""
    try:
        import fcntl
    except ImportError:
        return
    if hasattr(fcntl, "F_SETPIPE_SZ"):  # Linux only: the same number means something else elsewhere
        try:
            fcntl.fcntl(fd, fcntl.F_SETPIPE_SZ, PIPE_BYTES)
        except OSError:
            pass  # a lower pipe-max-size: the default buffer works, only slower


class Worker:
    """A running worker; use as a context manager and iterate `events()`.

    `Worker(job)` starts a worker on `job`. A worker may also start before its job is ready, from the limits it
    will run under (`Worker(memory_bytes=..., output_bytes=..., preload=[...])`), and be given the job later
    (`give`): its interpreter starts, and imports the modules named (NumPy, say), while the grader reads the cases
    and probes the machine's speed. Nothing of the user's runs before the job comes.
    """

    def __init__(self, job: Job | None = None, *, memory_bytes: int = 0, output_bytes: int = 0,
                 preload: Sequence[str] = ()):
        self.job = job
        self.memory_bytes = job.memory_bytes if job else memory_bytes
        self.output_bytes = job.output_bytes if job else output_bytes
        self.preload = list(preload)
        self.token = uuid.uuid4().hex
        self.directory = Path(tempfile.mkdtemp(prefix="shousi-"))
        self.output_path = self.directory / "output.txt"
        self.process: subprocess.Popen | None = None
        self.cap: limits.ProcessCap | None = None
        self._lines: queue.Queue = queue.Queue(QUEUED_LINES)
        self._closed = threading.Event()
        self._output: int | None = None  # the parent's own descriptor of output.txt
        self._lifeline: int | None = None  # the write end the guardian waits on (harness.sandbox.cleanup.guard)
        self.spawned_at = time.monotonic()  # when the worker got its job: its deadlines count from then

    def __enter__(self) -> "Worker":
        cleanup.track(self)
        try:
            self._spawn()
            if self.job is not None:
                self._send_job()
        except BaseException:
            self.__exit__()
            raise
        return self

    def give(self, job: Job) -> None:
        """Hand a worker started without a job its job, which must keep the limits the worker was started under."""
        if self.job is not None or self.process is None:
            raise RuntimeError("give() is for a started worker that has no job yet")
        if (job.memory_bytes, job.output_bytes) != (self.memory_bytes, self.output_bytes):
            raise ValueError("the job's memory and output limits differ from the worker's")
        self.job = job
        self._send_job()

    def _spawn(self) -> None:
        self.cap = limits.ProcessCap(self.token)
        read_fd, write_fd = os.pipe()
        _widen(read_fd)
        life_read, self._lifeline = os.pipe()
        cgroup = str(self.cap.cgroup) if self.cap.cgroup else None
        descriptors = {"fd": write_fd, "lifeline": life_read, "cgroup": cgroup}  # on its command line
        output = os.open(self.output_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        self._output = os.open(self.output_path, os.O_RDONLY)
        bootstrap = f"import sys; sys.path.append({ROOT!r}); from harness.sandbox.worker import main; main()"
        try:
            self.process = subprocess.Popen(
                [sys.executable, "-I", "-c", bootstrap, json.dumps(descriptors), *self.preload],
                stdin=subprocess.PIPE, stdout=output, stderr=subprocess.STDOUT,
                pass_fds=(write_fd, life_read), cwd=self.directory, env=_environment(self.token),
                start_new_session=True,
                preexec_fn=limits.prepare(self.memory_bytes, self.output_bytes, self.cap, os.getpid()),
            )
        except BaseException:
            os.close(read_fd)
            raise
        finally:
            for fd in (output, write_fd, life_read):
                os.close(fd)
        threading.Thread(target=self._read, args=(read_fd,), daemon=True).start()

    def _send_job(self) -> None:
        """Write the job beside the worker and tell it where (on its stdin, which then closes); its clock starts."""
        job_path, inputs_path = self.directory / "job.json", self.directory / "inputs.bin"
        with open(inputs_path, "wb") as inputs:  # the cases' texts, then their arrays' bytes (Job.to_json's sizes)
            inputs.writelines(self.job.inputs)
            inputs.write(self.job.inputs_blob)
        job_path.write_text(self.job.to_json(inputs_file=str(inputs_path)), encoding="utf-8")
        try:
            self.process.stdin.write(f"{job_path}\n".encode())
            self.process.stdin.close()
        except OSError:  # it has died already: events() reports how
            pass
        self.spawned_at = time.monotonic()

    def __exit__(self, *exc_info) -> None:
        try:
            self.kill()
        finally:
            self._closed.set()
            self._close()
            shutil.rmtree(self.directory, ignore_errors=True)
            if self.cap is not None:
                self.cap.remove()
            cleanup.untrack(self)

    def _close(self) -> None:
        if self.process is not None and self.process.stdin is not None and not self.process.stdin.closed:
            try:
                self.process.stdin.close()
            except OSError:
                pass
        for fd in (self._output, self._lifeline):
            if fd is not None:
                os.close(fd)
        self._output = self._lifeline = None

    def _read(self, fd: int) -> None:
        """The reader thread: each line, the raw bytes it announces (protocol.BLOB_PREFIX) and the time it arrived,
        on a bounded queue; None at the end."""
        with os.fdopen(fd, "rb") as pipe:
            while not self._closed.is_set():
                line = pipe.readline(MAX_LINE_BYTES + 1)
                announced = BLOB_PREFIX.match(line)
                size = int(announced[1]) if announced else 0
                if len(line) > MAX_LINE_BYTES or size > MAX_LINE_BYTES:
                    self._put(OVERSIZED)
                    return
                if not line.endswith(b"\n"):  # the end, or a last line cut short by the worker's death
                    break
                blob = pipe.read(size) if size else b""
                if len(blob) < size:
                    break
                self._put(line, blob)
        self._put(None)

    def _put(self, line: object, blob: bytes = b"") -> None:
        item = (line, blob, time.monotonic(), limits.cpu_seconds(self.process.pid))
        while not self._closed.is_set():
            try:
                self._lines.put(item, timeout=0.1)
                return
            except queue.Full:
                continue

    def kill(self) -> None:
        """Kill the worker's processes (group, cgroup, token) and reap the worker."""
        if self.process is not None:
            self._kill_all()
            self.process.wait()

    def destroy(self) -> None:
        """Kill everything and remove the folder without waiting on locks: for the stop-signal handler."""
        self._kill_all()
        if self.process is not None:
            for _ in range(100):  # reap it, so that its cgroup can go
                try:
                    if os.waitpid(self.process.pid, os.WNOHANG)[0]:
                        break
                except ChildProcessError:
                    break
                time.sleep(0.01)
        if self._lifeline is not None:
            os.close(self._lifeline)
            self._lifeline = None
        shutil.rmtree(self.directory, ignore_errors=True)
        if self.cap is not None:
            self.cap.remove()

    def _kill_all(self) -> None:
        if self.process is not None:
            cleanup.kill_group(self.process.pid)
        for attempt in range(300):
            members = self.cap.members() if self.cap is not None else []
            if not members:
                break
            cleanup.kill_all(members)
            time.sleep(min(0.01, 0.0005 * 2 ** attempt))  # most are gone within a millisecond
        cleanup.kill_stragglers(self.token)

    def output(self, start: int = 0, end: int | None = None, limit: int = 4000) -> str:
        """Return what the user's code printed between two offsets, shortened to `limit` characters."""
        try:
            size = os.fstat(self._output).st_size
            end = size if end is None else max(0, min(end, size))
            start = max(0, min(start, end))
            data = os.pread(self._output, min(limit * 4, end - start), start)
        except (OSError, TypeError, ValueError, OverflowError):
            return ""
        text = data.decode("utf-8", errors="replace")
        return text if len(text) <= limit else text[:limit] + f"\n... [{end - start} bytes in all]"

    def output_exceeded(self) -> bool:
        """Whether the user's output reached the file-size cap."""
        try:
            return os.fstat(self._output).st_size >= self.job.output_bytes
        except (OSError, TypeError):
            return False

    def events(self) -> Iterator[Event]:
        """Yield the worker's events, checked and in order, each awaited under a deadline and all under the run's
        own bound, neither of which anything the worker writes can extend."""
        consumer = Consumer(self.job)
        end = self.spawned_at + self.job.total_s()
        stage = self.spawned_at + STARTUP_S + self.job.load_limit_s * self.job.wall_factor
        while True:
            event = self._next(consumer, min(stage, end))
            yield event
            if event.kind in FINAL:
                return
            after = self.job.budget_s(event.case) if event.kind is Kind.START else BETWEEN_CASES_S
            stage = consumer.last_at + after

    def _next(self, consumer: Consumer, deadline: float) -> Event:
        counted_at = time.monotonic()
        while True:
            exited = self.process.poll() is not None
            try:
                # Once the worker has exited, its last lines may still be on their way through the reader thread:
                # wait for them (end of file), but not forever, as a grandchild may hold the pipe open.
                wait = EXIT_DRAIN_S if exited else min(0.05, max(0.0, deadline - time.monotonic()))
                line, blob, received, cpu = self._lines.get(timeout=wait)
            except queue.Empty:
                if exited:
                    return consumer.died(self._returncode())
                if time.monotonic() >= deadline or self._over_cpu(consumer):
                    return consumer.hard_timeout()
                if self.cap.counted and time.monotonic() - counted_at >= COUNT_EVERY_S:
                    counted_at = time.monotonic()
                    if limits.group_size(self.process.pid) > limits.MAX_TASKS:
                        self._kill_all()
                        return consumer.died(None, f"your code started more than {limits.MAX_TASKS} processes")
                continue
            if received > deadline:
                return consumer.hard_timeout()
            if line is None:
                return consumer.died(self._returncode())
            return consumer.oversized() if line is OVERSIZED else consumer.accept(line, received, cpu, blob)

    def _over_cpu(self, consumer: Consumer) -> bool:
        """Whether the running case has used more CPU time than its budget: C code that never lets a signal
        handler run is killed at its CPU limit, not at the wall-clock backstop."""
        if consumer.current is None or consumer.started_cpu is None:
            return False
        used = limits.cpu_seconds(self.process.pid)
        return used is not None and used - consumer.started_cpu > self.job.budget_cpu_s(consumer.current)

    def _returncode(self) -> int | None:
        try:
            return self.process.wait(timeout=1.0)
        except subprocess.TimeoutExpired:
            return None
