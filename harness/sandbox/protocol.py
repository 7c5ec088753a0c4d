"""The worker protocol in one place: the job a worker runs, the events it writes back, and the one consumer of them.

A worker writes one JSON object per line on a dedicated pipe. The parent trusts none of it: `Consumer` checks each
line (a known kind, exactly the keys that kind has, each of the right type, an answer that decodes and is not
deeper than the wire makes) and the order (one `start` and one `result` per case, in order, then `finished`).
Anything else becomes a `violation` event that ends the run with a message saying what was wrong, so nothing the
user's code writes on the pipe can crash the grader or report more results than there are cases.

A `result` line may be followed by raw bytes, its answer's arrays (harness.sandbox.wire's blobs): the line then
begins `{"blob":N,` and exactly N bytes follow it (BLOB_PREFIX: the parent's reader finds N without parsing the
line). The consumer checks that the line's `blob` is the number of bytes that came with it.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field, fields
from enum import StrEnum
from typing import Any, Callable

from harness.sandbox import wire

STARTUP_S = 10.0  # interpreter start-up, before the user's file is even read
BETWEEN_CASES_S = 10.0  # from one case's result to the next one's start (decoding its input)
GRACE_S = 1.0  # beyond a case's own budget, before the parent stops waiting and kills
# The limits are on CPU time. The worker's own CPU clock judges them, to the millisecond; the parent checks it
# with the worker's CPU time as the kernel counts it (/proc), which nothing the user's code does can forge. That
# start->result count also holds a garbage collection, decoding the input of a repeat, encoding the answer: a case
# passes the parent's check within 25% over its limit per call, plus 0.5 s (Job.allowed_cpu_s). The wall clock
# is only a backstop, `wall_factor` times longer, for code that sleeps or blocks (Job.allowed_s).
SLACK_FACTOR = 1.25
SLACK_S = 0.5
WALL_FACTOR = 5.0  # the wall-clock backstop on a quiet machine, as a multiple of the CPU limit
MAX_LINE_BYTES = wire.MAX_BYTES + (1 << 20)  # one event: the largest answer the wire sends, and the rest
FORK_HINT = " (two processes writing? did your code call os.fork()?)"
MAX_OFFSET = 1 << 62
MAX_TEXT = 100_000  # an error's message or traceback (the worker cuts them far shorter)
MAX_DEPTH = wire.MAX_DEPTH + 1  # how deep `wire.to_wire` nests an answer
BLOB_PREFIX = re.compile(rb'\{"blob":(\d{1,12})[,}]')  # a line followed by that many raw bytes


class Kind(StrEnum):
    """What an event reports; the values are what travels on the pipe."""

    LOADED = "loaded"
    COMPILE_ERROR = "compile_error"
    LOAD_TIMEOUT = "load_timeout"
    FORBIDDEN = "forbidden"
    START = "start"
    RESULT = "result"
    FINISHED = "finished"
    HARD_TIMEOUT = "hard_timeout"  # made by the parent, as are the next two
    DIED = "died"
    VIOLATION = "violation"


FINAL = frozenset({Kind.COMPILE_ERROR, Kind.LOAD_TIMEOUT, Kind.FORBIDDEN, Kind.FINISHED, Kind.HARD_TIMEOUT,
                   Kind.DIED, Kind.VIOLATION})


class Status(StrEnum):
    """How a case's call ended, in a `result` event."""

    OK = "ok"
    TIMEOUT = "timeout"
    ERROR = "error"


@dataclass
class Job:
    """What a worker must run: the file, how to call it, the cases' inputs (each one's wire data as JSON text,
    harness.sandbox.wire.Packed) and the limits."""

    file: str
    entry: dict
    kind: str
    params: list[str]
    inputs: list[bytes]
    limits_s: list[float]
    memory_bytes: int
    output_bytes: int
    load_limit_s: float = 10.0
    repeats: int = 1  # timed calls per case (compare); the first call's answer is reported
    trace_memory: bool = False  # instead, one call per case under tracemalloc, for its peak alone
    forbidden: list[str] = field(default_factory=list)  # dotted names the user's code may not call or import
    memory_ceiling_bytes: list[int | None] = field(default_factory=list)  # per case; set: report `peak_bytes`
    fresh_module: bool = False  # reload the user's file before each timed call (not timed)
    driver: str | None = None  # a problem package's driver module (the PyTorch flavour)
    adapter: str | None = None  # a package's adapter module: nodes in, plain values out (harness.leetcode)
    wall_factor: float = WALL_FACTOR  # the wall-clock backstop, a multiple of each CPU limit
    inputs_unchanged: bool = False  # report the inputs a call changed in place (`modified`)
    in_place: str | None = None  # answer with this input as the call left it, not with what the call returned
    acm: bool = False  # the file is a whole program: each case is its stdin, the answer what it prints (harness.acm)
    source: str | None = None  # base64 of the file's bytes as the grade read them: what runs (None: read `file`)
    # The inputs and the bytes of their arrays (wire `$raw` offsets into it) are written beside the job, not into its
    # JSON, which gives the inputs' sizes.
    inputs_blob: bytes = field(default=b"", repr=False)

    @property
    def calls(self) -> int:
        """Timed calls per case."""
        return 1 if self.trace_memory else self.repeats

    def ceiling(self, case: int) -> int | None:
        """The memory ceiling of `case`, if it has one."""
        return self.memory_ceiling_bytes[case] if case < len(self.memory_ceiling_bytes) else None

    def allowed_cpu_s(self, case: int) -> float:
        """The most CPU time, as the kernel counts it from start to result, of a case that stayed within its limit."""
        reload_s = self.load_limit_s if self.fresh_module else 0.0
        return self.calls * (self.limits_s[case] * SLACK_FACTOR + reload_s) + SLACK_S

    def allowed_s(self, case: int) -> float:
        """The longest start->result wall time, as the parent sees it, of a case that stayed within its limit."""
        return self.allowed_cpu_s(case) * self.wall_factor

    def budget_cpu_s(self, case: int) -> float:
        """How much CPU time after its start the parent lets a case use before it kills the worker."""
        return self.allowed_cpu_s(case) + GRACE_S

    def budget_s(self, case: int) -> float:
        """How long after its start the parent waits for a case's result before it kills the worker."""
        return self.allowed_s(case) + GRACE_S

    def total_s(self) -> float:
        """The whole run's bound on the parent's clock, whatever the worker writes."""
        load_s = self.load_limit_s * self.wall_factor
        return STARTUP_S + load_s + sum(map(self.budget_s, range(len(self.inputs)))) + GRACE_S

    def to_json(self, **extra: str) -> str:
        """The job as the worker reads it, with `extra` (where its inputs are) and its inputs' sizes."""
        data = {f.name: getattr(self, f.name) for f in fields(self) if f.name not in ("inputs", "inputs_blob")}
        return json.dumps({**data, "input_sizes": [len(text) for text in self.inputs], **extra})

    @classmethod
    def from_json(cls, text: str) -> tuple["Job", dict]:
        """The job and the extra entries (and the inputs' sizes), as `to_json` wrote them; its inputs are to be
        read from beside it (`split_inputs`)."""
        data = json.loads(text)
        names = {f.name for f in fields(cls)}
        job = cls(**{k: v for k, v in data.items() if k in names}, inputs=[])
        return job, {k: v for k, v in data.items() if k not in names}

    def split_inputs(self, joined: bytes, sizes: list[int]) -> None:
        """Take the inputs from `joined`, the texts `to_json`'s sizes count, one after another."""
        self.inputs, start = [], 0
        for size in sizes:
            self.inputs.append(joined[start:start + size])
            start += size


@dataclass
class Event:
    """One report from the worker, checked, or one the parent made up when the worker could not report."""

    kind: Kind
    case: int | None = None
    data: dict = field(default_factory=dict)
    value: Any = None  # an `ok` result's answer, decoded from its wire form (also data["answer"])


def _offset(value: Any) -> bool:
    return type(value) is int and 0 <= value <= MAX_OFFSET


def _seconds(value: Any) -> bool:
    return type(value) in (int, float) and math.isfinite(value) and value >= 0


def _text(value: Any) -> bool:
    return type(value) is str and len(value) <= MAX_TEXT


def _times(value: Any) -> bool:
    return type(value) is list and 0 < len(value) <= 1000 and all(map(_seconds, value))


def _error(value: Any) -> bool:
    return (type(value) is dict and set(value) == {"type", "types", "message", "traceback"}
            and all(_text(value[key]) for key in ("type", "message", "traceback"))
            and type(value["types"]) is list and len(value["types"]) <= 100 and all(map(_text, value["types"])))


def _anything(value: Any) -> bool:
    return True


# For each kind a worker may write: the keys it must have and the keys it may have (beside "event"), each with
# its test. `case` is checked against the order separately.
_index = lambda value: type(value) is int  # noqa: E731
FIELDS: dict[Kind, tuple[dict[str, Callable], dict[str, Callable]]] = {
    Kind.LOADED: ({"output": _offset}, {}),
    Kind.COMPILE_ERROR: ({"error": _error}, {}),
    Kind.LOAD_TIMEOUT: ({}, {}),
    Kind.FORBIDDEN: ({"call": _text}, {"case": _index, "output": _offset}),
    Kind.START: ({"case": _index, "output": _offset}, {}),
    Kind.RESULT: ({"case": _index, "status": lambda v: v in set(Status), "output": _offset},
                  {"blob": _offset, "time_s": _seconds, "times_s": _times, "value": _anything, "error": _error, "peak_bytes": _offset,
                   "clock": lambda v: v in ("cpu", "wall"),
                   "modified": lambda v: type(v) is list and len(v) <= 100 and all(map(_text, v)),
                   "rejected": _text}),
    Kind.FINISHED: ({"output": _offset}, {}),
}
NEEDS = {Status.OK: {"time_s", "times_s", "value"}, Status.TIMEOUT: set(), Status.ERROR: {"error"}}


def too_deep(data: Any, limit: int = MAX_DEPTH) -> bool:
    """Whether wire data nests containers deeper than `limit`, counted as `wire.from_wire` recurses (no recursion)."""
    stack = [(data, 0)]
    while stack:
        item, depth = stack.pop()
        if type(item) is list:
            children = item
        elif type(item) is dict:  # a tagged container is one level: {"$set": [...]}, {"$dict": [[k, v], ...]}
            children = []
            for key, value in item.items():
                if type(key) is str and key.startswith("$") and type(value) is list:
                    for child in value:
                        children.extend(child if key == "$dict" and type(child) is list else [child])
                else:
                    children.append(value)
        else:
            continue
        if depth >= limit:
            return True
        if type(item) is list and depth + 1 < limit and wire.is_grid(item):
            continue  # a grid: its rows hold nothing deeper
        if not wire.PLAIN.issuperset(map(type, children)):
            stack.extend((child, depth + 1) for child in children if type(child) in (list, dict))
    return False


def describe(message: Any) -> str | None:
    """What is wrong with one decoded line as an event of its kind (None: nothing); order is not checked here."""
    if type(message) is not dict:
        return f"a line is a JSON {type(message).__name__}, not an object"
    try:
        kind = Kind(message.get("event"))
        required, optional = FIELDS[kind]
    except (ValueError, KeyError, TypeError):
        return f"unknown event {str(message.get('event'))[:40]!r}"
    keys = set(message) - {"event"}
    if missing := set(required) - keys:
        return f"a {kind} event lacks {', '.join(sorted(missing))}"
    if extra := keys - set(required) - set(optional):
        return f"a {kind} event has unexpected keys {', '.join(sorted(map(str, extra)))[:80]}"
    for key in keys:
        if not {**required, **optional}[key](message[key]):
            return f"a {kind} event has a bad {key!r}: {json.dumps(message[key])[:40]}"
    if kind is Kind.RESULT:
        status = Status(message["status"])
        if missing := NEEDS[status] - keys:
            return f"a {status} result lacks {', '.join(sorted(missing))}"
        if status is Status.OK and too_deep(message["value"]):
            return f"an answer nested deeper than {MAX_DEPTH} levels"
    return None


class Consumer:
    """Turns the worker's lines into events in the order the protocol allows, timing each case by the parent's
    clock: one consumer for every caller (grading, the reference, compare)."""

    def __init__(self, job: Job):
        self.job = job
        self.loaded = False
        self.answered = 0  # cases with a result; the next start must be for this one
        self.current: int | None = None  # the case started and not yet answered
        self.started_at = 0.0
        self.started_cpu: float | None = None
        self.last_at = 0.0  # when the last line arrived

    def accept(self, line: bytes, received: float, cpu: float | None = None, blob: bytes = b"") -> Event:
        """Check one line, and the `blob` of raw bytes that followed it, that arrived at `received`
        (time.monotonic), when the worker had used `cpu` seconds of CPU time (None: unknown), and return its event,
        or a violation."""
        self.last_at = received
        try:
            message = json.loads(line)
        except (ValueError, RecursionError) as exc:
            return self.violation(f"a line that is not JSON ({type(exc).__name__}: {str(exc)[:60]})")
        problem = describe(message) or self._out_of_order(message)
        if not problem and message.get("blob", 0) != len(blob):
            problem = f"a line announcing {message.get('blob', 0)} bytes came with {len(blob)}"
        if problem:
            return self.violation(problem)
        message.pop("blob", None)
        event = Event(Kind(message.pop("event")), message.pop("case", None), message)
        if event.kind is Kind.LOADED:
            self.loaded = True
        elif event.kind is Kind.START:
            self.current, self.started_at, self.started_cpu = event.case, received, cpu
        elif event.kind is Kind.RESULT:
            used = None if cpu is None or self.started_cpu is None else cpu - self.started_cpu
            return self._result(event, received - self.started_at, used, blob)
        return event

    def _out_of_order(self, message: dict) -> str | None:
        kind, case, total = Kind(message["event"]), message.get("case"), len(self.job.inputs)
        if kind in (Kind.LOADED, Kind.COMPILE_ERROR, Kind.LOAD_TIMEOUT) or not self.loaded:
            ok = not self.loaded and (kind is not Kind.FORBIDDEN or case is None) and kind not in (
                Kind.START, Kind.RESULT, Kind.FINISHED)
            return None if ok else f"a {kind} event {'after' if self.loaded else 'before'} the file was loaded"
        if case is not None and not 0 <= case < total:
            return f"case index {case} is out of range (there are {total} cases)"
        if kind is Kind.START and (self.current is not None or case != self.answered):
            if case < self.answered or case == self.current:
                return f"a second start for case {case + 1}{FORK_HINT}"
            running = f"case {self.current + 1} runs" if self.current is not None else f"case {self.answered + 1} is next"
            return f"a start for case {case + 1} while {running}"
        if kind is Kind.RESULT and case != self.current:
            if case < self.answered:
                return f"a second result for case {case + 1}{FORK_HINT}"
            return f"a result for case {case + 1}, which is not the one running"
        if kind is Kind.FORBIDDEN and case not in (None, self.current):
            return f"a forbidden call reported for case {case + 1}, which is not the one running"
        if kind is Kind.FINISHED and (self.current is not None or self.answered < total):
            return f"finished after {self.answered} of {total} cases"
        return None

    def _result(self, event: Event, elapsed: float, used: float | None, blob: bytes) -> Event:
        index, data, calls = event.case, event.data, self.job.calls
        self.current, self.answered = None, self.answered + 1
        data["status"], data["parent_time_s"] = Status(data["status"]), elapsed
        if used is not None:
            data["parent_cpu_s"] = used
        if data["status"] is not Status.OK:
            return event
        if len(data["times_s"]) > calls:
            return self.violation(f"{len(data['times_s'])} timed calls reported for case {index + 1}, {calls} asked")
        try:
            event.value = data["answer"] = wire.from_wire(data.pop("value"), blob)
        except Exception as exc:  # RecursionError, a malformed tag, a bad base64 string
            return self.violation(f"an answer that cannot be decoded ({type(exc).__name__}: {str(exc)[:60]})")
        over_cpu = used is not None and used > self.job.allowed_cpu_s(index)
        if max(data["times_s"]) > self.job.limits_s[index] or over_cpu:  # the worker's clock, or the kernel's
            data["status"], data["clock"] = Status.TIMEOUT, "cpu"
            data["time_s"] = max(data["times_s"] + [(used if over_cpu else 0.0) / calls])
        elif elapsed > self.job.allowed_s(index):  # the backstop: it slept or waited
            data["status"], data["clock"] = Status.TIMEOUT, "wall"
        return event

    def violation(self, problem: str) -> Event:
        """The event that ends a run whose channel broke the protocol."""
        return Event(Kind.VIOLATION, None, {"message": f"the result channel broke the protocol: {problem}; "
                                                       "the results cannot be trusted"})

    def oversized(self) -> Event:
        """The event for a line longer than MAX_LINE_BYTES."""
        return self.violation(f"a line of more than {MAX_LINE_BYTES >> 20} MiB (an answer that large?)")

    def hard_timeout(self) -> Event:
        """The event for a deadline passed: blamed on the loading, the running case, or the next one."""
        if not self.loaded:
            return Event(Kind.HARD_TIMEOUT)
        if self.current is not None or self.answered < len(self.job.inputs):
            return Event(Kind.HARD_TIMEOUT, self.current if self.current is not None else self.answered)
        return Event(Kind.VIOLATION, None, {"message": "the worker did not finish after its last case "
                                                       "(a thread of your code still running?)"})

    def died(self, returncode: int | None, message: str = "") -> Event:
        """The event for a worker that exited, or was killed, before it finished."""
        return Event(Kind.DIED, self.current, {"returncode": returncode, **({"message": message} if message else {})})
