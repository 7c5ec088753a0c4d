"""The child side of the sandbox: load the user's file, run each case under its time limit, report results.

It runs in its own process group with resource limits set by `harness.sandbox`. It never sees expected answers
and never judges: it only reports what the user's code returned (or raised) and how long the call took, one JSON
line per event on a dedicated pipe, so nothing the user prints can pass for a result.
"""

from __future__ import annotations

import gc
import json
import os
import sys
import threading
import time
import traceback
import types

import timeout_decorator

from harness.sandbox import prelude
from harness.sandbox import wire

RECURSION_LIMIT = 300_000  # a DFS over LC200's 300x300 grid needs 9*10^4 frames; deeper is a runaway
TRACEBACK_FRAMES = 20  # kept at each end of a long traceback
THREAD_STACK_BYTES = 8 * 1024 * 1024  # the usual default; not the 512 MiB main stack


class CaseTimeout(BaseException):
    """Raised in the user's code when its time is up; a BaseException so `except Exception` lets it through."""


class MissingEntry(Exception):
    """The file loaded but defines none of the problem's entry points."""


class Channel:
    """The result pipe: one JSON object per line."""

    def __init__(self, fd: int):
        self._file = os.fdopen(fd, "w", encoding="utf-8", buffering=1)

    def send(self, **event) -> None:
        self._file.write(json.dumps(event, separators=(",", ":")) + "\n")
        self._file.flush()


def user_traceback(exc: BaseException, path: str) -> str:
    """Format `exc` keeping only the frames of the user's file, with its own line numbers.

    A runaway recursion has a huge traceback: only its first and last frames are looked up and formatted.
    """
    frames = [(frame, line) for frame, line in traceback.walk_tb(exc.__traceback__)
              if frame.f_code.co_filename == path]
    omitted = max(0, len(frames) - 2 * TRACEBACK_FRAMES)
    if omitted:
        frames = frames[:TRACEBACK_FRAMES] + frames[-TRACEBACK_FRAMES:]
    lines = traceback.StackSummary.extract(iter(frames)).format()
    if omitted:
        lines.insert(TRACEBACK_FRAMES, f"  ... {omitted} more frames ...\n")
    lines += traceback.format_exception_only(type(exc), exc)
    return "".join(lines).rstrip()


def describe_error(exc: BaseException, path: str) -> dict:
    """Return the facts the parent needs to report `exc`."""
    return {"type": type(exc).__name__, "message": str(exc)[:2000], "traceback": user_traceback(exc, path)[-8000:]}


def with_limit(seconds: float, thunk):
    """Call `thunk()` under a SIGALRM time limit (timeout-decorator), raising CaseTimeout when it runs out."""
    return timeout_decorator.timeout(seconds, timeout_exception=CaseTimeout)(thunk)()


def load_module(path: str) -> types.ModuleType:
    """Execute the user's file as a module whose globals start with LeetCode's implicit imports."""
    with open(path, "rb") as handle:
        source = handle.read().decode("utf-8-sig")
    code = compile(source, path, "exec", dont_inherit=True)
    module = types.ModuleType("solution")
    module.__dict__.update(prelude.names())
    module.__file__ = path
    sys.modules["solution"] = module
    exec(code, module.__dict__)
    return module


def find_entry(module: types.ModuleType, entry: dict, kind: str):
    """Return a factory that makes a fresh callable per case, or raise MissingEntry naming what was expected."""
    cls = getattr(module, entry.get("class") or "", None)
    method = entry.get("method")
    if kind == "design" and isinstance(cls, type):
        return lambda: cls
    if isinstance(cls, type) and method and callable(getattr(cls, method, None)):
        return lambda: getattr(cls(), method)
    function = getattr(module, entry.get("function") or "", None)
    if callable(function):
        return lambda: function
    raise MissingEntry(f"no entry point: define {expected_entry(entry, kind)}")


def expected_entry(entry: dict, kind: str) -> str:
    """Word the entry points a file may define, as `compile_error` messages name them."""
    if kind == "design":
        return f"class {entry['class']}"
    names = []
    if entry.get("class") and entry.get("method"):
        names.append(f"{entry['class']}.{entry['method']}")
    if entry.get("function"):
        names.append(entry["function"])
    return " or ".join(names)


def call_arguments(params: list[str], given: dict) -> tuple[list, dict]:
    """Split a case's named inputs into leading positional arguments and keywords after the first gap."""
    args, kwargs = [], {}
    for name in params:
        if name not in given:
            continue
        if kwargs or len(args) < params.index(name):
            kwargs[name] = given[name]
        else:
            args.append(given[name])
    return args, kwargs


def run_design(cls, operations: list, arguments: list) -> list:
    """Replay LeetCode's operation list: construct, then call each method (or read each attribute); collect
    what each returns."""
    obj, outputs = None, []
    for index, (name, args) in enumerate(zip(operations, arguments)):
        try:
            if index == 0:
                obj = cls(*args)
                outputs.append(None)
                continue
            member = getattr(obj, name)
            # A plain attribute named with no arguments is read (BPE's `merges`); methods are called.
            outputs.append(member if not args and not callable(member) else member(*args))
        except Exception as exc:
            exc.add_note(f"during call {index}: {name}({', '.join(map(repr, args))})")
            raise
    return outputs


def run_case(make_callable, job: dict, given: dict, limit: float):
    """Run one case under `limit` seconds and return (value, seconds taken by the call alone)."""
    if job["kind"] == "design":
        cls = make_callable()
        thunk = lambda: run_design(cls, given["operations"], given["arguments"])  # noqa: E731
    else:
        function = make_callable()
        args, kwargs = call_arguments(job["params"], given)
        thunk = lambda: function(*args, **kwargs)  # noqa: E731
    started = time.perf_counter()
    try:
        value = with_limit(limit, thunk)
    finally:
        elapsed = time.perf_counter() - started
    return value, elapsed


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


def run_cases(channel: Channel, job: dict, make_callable) -> None:
    """Run every case in order, reporting each start and each result. For `compare`, a case may be timed
    `repeats` times, or (trace_memory) run once for its peak memory alone."""
    path, repeats = job["file"], job.get("repeats", 1)
    for index, case in enumerate(job["cases"]):
        limit = case["limit_s"]
        channel.send(event="start", case=index, output=output_size())
        report = {"event": "result", "case": index}
        try:
            if job.get("trace_memory"):
                report.update(status="ok", peak_bytes=peak_memory(make_callable, job, case, limit))
                channel.send(**report)
                continue
            times, value = [], None
            for _ in range(repeats):
                value, elapsed = run_once(make_callable, job, case, limit)
                times.append(elapsed)
                if elapsed > limit:
                    break
            report.update(status="timeout" if max(times) > limit else "ok", time_s=times[0], times_s=times,
                          value=wire.to_wire(value))
        except CaseTimeout:
            report.update(status="timeout", time_s=limit)
        except BaseException as exc:  # the user's code may raise anything, SystemExit included
            report.update(status="error", error=describe_error(exc, path))
        report["output"] = output_size()
        channel.send(**report)


def run_once(make_callable, job: dict, case: dict, limit: float):
    """One timed call on a fresh copy of the case's input, after collecting the previous call's garbage."""
    given = wire.from_wire(case["input"])
    gc.collect()
    return run_case(make_callable, job, given, limit)


def peak_memory(make_callable, job: dict, case: dict, limit: float) -> int:
    """How far one more call raised the process's resident memory above where it stood before the call.

    The kernel's high-water mark is reset just before the call (Linux: /proc/self/clear_refs), so nothing earlier
    counts and nothing slows the call down; where that is unavailable, tracemalloc traces the call instead.
    """
    given = wire.from_wire(case["input"])
    gc.collect()
    try:
        with open("/proc/self/clear_refs", "w") as handle:
            handle.write("5")
        before = _status_kb("VmRSS")
    except OSError:
        return _traced_peak(make_callable, job, given, limit)
    run_case(make_callable, job, given, limit)
    return max(0, _status_kb("VmHWM") - before) * 1024


def _status_kb(field: str) -> int:
    with open("/proc/self/status") as handle:
        for line in handle:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    raise OSError(f"no {field} in /proc/self/status")


def _traced_peak(make_callable, job: dict, given: dict, limit: float) -> int:
    import tracemalloc

    tracemalloc.start()
    try:
        run_case(make_callable, job, given, limit)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def prepare_process() -> None:
    """Deep recursion, UTF-8 output, ordinary thread stacks, and no stdin."""
    sys.setrecursionlimit(RECURSION_LIMIT)
    threading.stack_size(THREAD_STACK_BYTES)
    for stream in (sys.stdout, sys.stderr):
        stream.reconfigure(encoding="utf-8", errors="backslashreplace")


def main() -> None:
    """Entry point: `python -m harness.sandbox.worker JOB_FILE`; the job names the result pipe's descriptor."""
    with open(sys.argv[1], encoding="utf-8") as handle:
        job = json.load(handle)
    channel = Channel(job["fd"])
    prepare_process()
    try:
        module = with_limit(job["load_limit_s"], lambda: load_module(job["file"]))
        make_callable = find_entry(module, job["entry"], job["kind"])
    except CaseTimeout:
        channel.send(event="load_timeout")
        return
    except MissingEntry as exc:
        channel.send(event="compile_error", error={"type": "MissingEntry", "message": str(exc), "traceback": ""})
        return
    except BaseException as exc:  # a syntax error, or anything the file raises while loading
        channel.send(event="compile_error", error=describe_error(exc, job["file"]))
        return
    gc.collect()
    gc.freeze()  # the job's inputs and the loaded module stay put: per-case collections need not walk them
    channel.send(event="loaded", output=output_size())
    run_cases(channel, job, make_callable)
    channel.send(event="finished", output=output_size())
    for stream in (sys.stdout, sys.stderr):
        stream.flush()
    os._exit(0)  # do not wait for threads the user's code may have left running


if __name__ == "__main__":
    main()
