"""The child side of the sandbox: load the user's file, run each case under its time limit, report results.

It runs in its own process group with the limits `harness.sandbox.limits` sets. It never sees expected answers
and never judges: it only reports what the user's code returned (or raised), how much CPU time the call took and, when
asked, its peak memory, one JSON line per event (harness.sandbox.protocol) on a dedicated pipe, so nothing the user
prints can pass for a result. Its clock is captured before the user's code loads, and a guardian process forked
before then ends everything if the grader dies.
"""

from __future__ import annotations

import base64
import gc
import importlib
import json
import os
import signal
import sys
import threading
import time
from pathlib import Path

import timeout_decorator

from harness import loader
from harness.sandbox import cleanup, driver, limits, usercode, wire
from harness.sandbox.protocol import Job, Kind, Status
from harness.sandbox.usercode import (  # noqa: F401 (also the names the driver and the tests import from here)
    MissingEntry, call_arguments, describe_error, find_entry, load_module, run_design,
)

# The CPU time of the calling thread, captured before the user's code loads (patching the time module changes
# nothing here). Not process_time: while ITIMER_PROF is armed the kernel counts the process's time in whole ticks.
CPU_CLOCK = time.thread_time
RECURSION_LIMIT = 300_000  # a DFS over LC200's 300x300 grid needs 9*10^4 frames; deeper is a runaway
THREAD_STACK_BYTES = 8 * 1024 * 1024  # the usual default; not the 512 MiB main stack


class CaseTimeout(BaseException):
    """Raised in the user's code when its time is up; a BaseException so `except Exception` lets it through."""


class WallTimeout(CaseTimeout):
    """The wall-clock backstop ran out first: the code sleeps or waits rather than computes."""


class NeverRaised(BaseException):
    """Stands for forbid.ForbiddenCall when the job forbids nothing."""


Forbidden: type[BaseException] = NeverRaised


class Channel:
    """The result pipe: one JSON object per line, each written whole, a result's then followed by its blob."""

    def __init__(self, fd: int):
        self._fd = fd

    def send(self, kind: Kind, blob: bytes | bytearray = b"", **fields) -> None:
        head = {"blob": len(blob)} if blob else {}  # first: protocol.BLOB_PREFIX
        self._write((json.dumps({**head, "event": kind, **fields}, separators=(",", ":")) + "\n").encode())
        self._write(memoryview(blob))

    def _write(self, data) -> None:
        while data:
            data = data[os.write(self._fd, data):]


def _expire(signum, frame):
    raise CaseTimeout()


def with_limit(seconds: float, wall_factor: float, thunk):
    """Call `thunk()` under `seconds` of CPU time (SIGPROF from ITIMER_PROF) and `seconds * wall_factor` of wall
    time (timeout-decorator's SIGALRM, for code that sleeps or blocks); either raises CaseTimeout.

    The limit is on CPU time, as Kattis judges, because a busy machine stretches wall time but hardly CPU time:
    a correct solution is not turned into a TLE by the neighbours.
    """
    previous = signal.signal(signal.SIGPROF, _expire)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        return timeout_decorator.timeout(seconds * wall_factor, timeout_exception=WallTimeout)(thunk)()
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)


def load_entry(job: Job):
    """Load the user's file (under the load limit) and return the factory of its entry point."""
    source = base64.b64decode(job.source) if job.source is not None else None  # the grade's snapshot of the file
    if job.acm:  # compiled only: it runs, reading its stdin, once per case
        from harness import acm

        if source is None:
            with open(job.file, "rb") as handle:
                source = handle.read()
        return acm.Program(job.file, source, job.output_bytes)
    module = with_limit(job.load_limit_s, job.wall_factor, lambda: usercode.load_module(job.file, source))
    if job.driver:  # a flavour (PyTorch): the package's driver makes each call (harness.sandbox.driver)
        return driver.factory(module, {"driver": job.driver, "entry": job.entry})
    return usercode.find_entry(module, job.entry, job.kind)


class Entry:
    """The user's entry point; with `fresh_module`, each call after the first comes from a fresh load of the file.
    `adapter` is the package's adapter module (harness.leetcode), or None."""

    def __init__(self, job: Job, make_callable):
        self.job, self.make_callable, self.used = job, make_callable, False
        self.adapter = loader.execute("shousi_adapter", job.adapter) if job.adapter else None

    def build(self, given: dict) -> tuple[dict, object]:
        """The call's inputs and the adapter's state: nodes built from the case's plain values (not timed)."""
        if self.job.acm:
            from harness import acm

            return {"stdin": acm.stdin_text(given, self.job.params, self.job.kind)}, None
        build = getattr(self.adapter, "build", None)
        return build(given) if build else (given, None)

    def thunk(self, built: dict):
        """The call of one case, ready to time: an ACM program's run on its stdin, or the entry point's call."""
        if self.job.acm:
            program = self.next()
            return lambda: program.run(built["stdin"])
        return usercode.make_thunk(self.next(), self.job.kind, self.job.params, bool(self.job.driver), built)

    def answer(self, returned, state, limit: float) -> tuple[object, str | None]:
        """The plain value to judge, and why the answer is wrong whatever was expected (harness.leetcode.Rejected),
        else None. Under the case's limit, as the user's objects are read (a `val` property could loop)."""
        read = _printed_answer if self.job.acm else getattr(self.adapter, "answer", None)
        if read is None:
            return returned, None
        from harness.leetcode import Rejected

        try:
            return with_limit(limit, self.job.wall_factor, lambda: read(returned, state)), None
        except Rejected as exc:  # what it shows is a description (`1 -> 2 -> ...`), printed as it is, unquoted
            return (None if exc.shown is None else wire.Opaque("answer", exc.shown)), str(exc)[:2000]

    def next(self):
        if self.used and self.job.fresh_module:
            self.make_callable = load_entry(self.job)
        self.used = True
        return self.make_callable


def _printed_answer(printed: str, state) -> object:
    """An ACM program's answer: what it printed, read back (harness.acm)."""
    from harness.acm import read_answer

    return read_answer(printed)


def timed(thunk, limit: float, wall_factor: float):
    """Call `thunk` under `limit` CPU seconds; return (value, CPU seconds taken by the call alone)."""
    started = CPU_CLOCK()
    value = with_limit(limit, wall_factor, thunk)
    return value, max(0.0, CPU_CLOCK() - started)  # a forked child starts its count again


def measured(thunk, limit: float, wall_factor: float):
    """Call `thunk` as `timed` does; also return how far it raised the resident memory above where it stood.

    The kernel's high-water mark is reset just before the call (Linux: /proc/self/clear_refs), so nothing earlier
    counts and nothing slows the call down; where that is unavailable, tracemalloc traces the call instead.
    """
    try:
        with open("/proc/self/clear_refs", "w") as handle:
            handle.write("5")
        before = _status_kb("VmRSS")
    except OSError:
        return _traced(thunk, limit, wall_factor)
    value, elapsed = timed(thunk, limit, wall_factor)
    return value, elapsed, max(0, _status_kb("VmHWM") - before) * 1024


def _status_kb(field: str) -> int:
    with open("/proc/self/status") as handle:
        for line in handle:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    raise OSError(f"no {field} in /proc/self/status")


def _traced(thunk, limit: float, wall_factor: float):
    import tracemalloc

    tracemalloc.start()
    try:
        value, elapsed = timed(thunk, limit, wall_factor)
        return value, elapsed, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def run_case(job: Job, index: int, given: dict, entry: Entry) -> dict:
    """Time case `index` (`job.calls` times, each on a fresh copy of its input); report the first call's answer."""
    limit, times, value, peak, modified = job.limits_s[index], [], None, None, []
    measure = job.trace_memory or job.ceiling(index) is not None
    rejected = None
    for call in range(job.calls):
        if call:
            given = fresh_input(job, index)
        built, state = entry.build(given)
        thunk = entry.thunk(built)
        if measure:
            answer, elapsed, used = measured(thunk, limit, job.wall_factor)
        else:
            (answer, elapsed), used = timed(thunk, limit, job.wall_factor), None
        if job.in_place:  # LeetCode ignores what an in-place solution returns and reads the object it changed
            answer = built[job.in_place]
        if call == 0:
            value, peak = answer, used
            if elapsed <= limit:
                value, rejected = entry.answer(answer, state, limit)
            if job.inputs_unchanged:
                modified = usercode.changed_inputs(given, wire.loads_own(job.inputs[index], job.inputs_blob))
        times.append(elapsed)
        if elapsed > limit:
            break
    blob = bytearray()  # the answer's arrays, sent raw after its line
    report = {"status": Status.TIMEOUT if max(times) > limit else Status.OK, "time_s": times[0], "times_s": times,
              "value": wire.to_wire(value, blobs=blob), "blob": blob, **({"modified": modified} if modified else {}),
              **({"rejected": rejected} if rejected else {})}
    return report if peak is None else {**report, "peak_bytes": peak}


def fresh_input(job: Job, index: int) -> dict:
    """A fresh copy of the case's input, after collecting the previous call's garbage (first, so that the
    collection does not walk the new copy)."""
    gc.collect()
    return wire.loads_own(job.inputs[index], job.inputs_blob)


def output_size() -> int:
    """Flush the user's output and return how many bytes it has written so far."""
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except Exception:
            pass
    try:
        return os.fstat(1).st_size
    except OSError:
        return 0


def run_cases(channel: Channel, job: Job, entry: Entry) -> bool:
    """Run every case in order, reporting each start and each result; False when a forbidden call ended the run."""
    for index in range(len(job.inputs)):
        given = fresh_input(job, index)
        channel.send(Kind.START, case=index, output=output_size())
        try:
            report = run_case(job, index, given, entry)
        except CaseTimeout as exc:
            clock = "wall" if isinstance(exc, WallTimeout) else "cpu"
            report = {"status": Status.TIMEOUT, "time_s": job.limits_s[index], "clock": clock}
        except Forbidden as exc:
            channel.send(Kind.FORBIDDEN, case=index, call=str(getattr(exc, "call", exc)), output=output_size())
            return False
        except BaseException as exc:  # the user's code may raise anything, SystemExit included
            report = {"status": Status.ERROR, "error": describe_error(exc, job.file)}
        send_result(channel, job, index, report)
    return True


def send_result(channel: Channel, job: Job, index: int, report: dict) -> None:
    """Send a case's result; an answer JSON cannot carry (an int past its digit limit) is reported as an error."""
    report["output"] = output_size()
    try:
        channel.send(Kind.RESULT, case=index, **report)
    except (ValueError, TypeError, RecursionError, OverflowError) as exc:
        error = describe_error(exc, job.file)
        error["message"] = f"the answer could not be sent to the grader: {error['message']}"
        channel.send(Kind.RESULT, case=index, status=Status.ERROR, error=error, output=report["output"])


def prepare_process() -> None:
    """Deep recursion, UTF-8 output, ordinary thread stacks, and no stdin."""
    sys.setrecursionlimit(RECURSION_LIMIT)
    threading.stack_size(THREAD_STACK_BYTES)
    for stream in (sys.stdout, sys.stderr):
        stream.reconfigure(encoding="utf-8", errors="backslashreplace")


def load(channel: Channel, job: Job) -> Entry | None:
    """Install the forbidden calls, load the user's file and find its entry; report a failure and return None."""
    global Forbidden
    try:
        if job.forbidden:
            from harness.sandbox import forbid

            forbid.install(job.forbidden)
            Forbidden = forbid.ForbiddenCall
        return Entry(job, load_entry(job))
    except CaseTimeout:
        channel.send(Kind.LOAD_TIMEOUT)
    except Forbidden as exc:
        channel.send(Kind.FORBIDDEN, call=str(getattr(exc, "call", exc)), output=output_size())
    except MissingEntry as exc:
        channel.send(Kind.COMPILE_ERROR, error={**describe_error(exc, job.file), "traceback": ""})
    except BaseException as exc:  # a syntax error, or anything the file raises while loading
        channel.send(Kind.COMPILE_ERROR, error=describe_error(exc, job.file))
    return None


def preload(modules: list[str]) -> None:
    """Import what the coming job's code will (NumPy, PyTorch) while the grader is still preparing the job."""
    for name in modules:
        try:
            importlib.import_module(name)
        except Exception:  # noqa: BLE001 - not installed, or broken: the user's own import will say so
            pass


def wait_for_job() -> Path | None:
    """The job file's path, one line on stdin, which then reads as empty; None when the grader gave none."""
    line = sys.stdin.buffer.readline()
    devnull = os.open(os.devnull, os.O_RDONLY)
    os.dup2(devnull, 0)
    os.close(devnull)
    return Path(os.fsdecode(line.rstrip(b"\n"))) if line.endswith(b"\n") else None


def main() -> None:
    """Entry point: `python -c <bootstrap> DESCRIPTORS [MODULE ...]`: the descriptors it inherited (JSON: result
    pipe, lifeline, cgroup), the modules to import while waiting; then it runs the job whose path comes on stdin."""
    inherited = json.loads(sys.argv[1])
    if inherited.get("lifeline") is not None:  # first: a grader killed while the worker waits leaves nothing
        group = Path(inherited["cgroup"]) if inherited.get("cgroup") else None
        cleanup.guard(inherited["lifeline"], os.environ.get(cleanup.TOKEN_VARIABLE, ""), Path.cwd(),
                      lambda: limits.cgroup_members(group))
    preload(sys.argv[2:])
    path = wait_for_job()
    if path is None:  # the grader had no job for it after all (or went away: the guardian cleans up)
        os._exit(0)
    job, extra = Job.from_json(path.read_text(encoding="utf-8"))
    joined = Path(extra["inputs_file"]).read_bytes()  # before the user's code can touch the file
    sizes = extra["input_sizes"]
    job.split_inputs(joined, sizes)
    job.inputs_blob = memoryview(joined)[sum(sizes):]
    channel = Channel(inherited["fd"])
    prepare_process()
    entry = load(channel, job)
    if entry is not None:
        gc.collect()
        gc.freeze()  # the job's inputs and the loaded module stay put: per-case collections need not walk them
        channel.send(Kind.LOADED, output=output_size())
        if run_cases(channel, job, entry):
            channel.send(Kind.FINISHED, output=output_size())
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except Exception:
            pass
    os._exit(0)  # do not wait for threads the user's code may have left running


if __name__ == "__main__":
    main()
