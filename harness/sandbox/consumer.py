"""The one consumer of a worker's lines, for every caller (grading, the reference, compare): each line checked as
an event of its kind (harness.sandbox.protocol.describe), then against the order the protocol allows, and timed by
the parent's clocks; whatever breaks the protocol becomes a `violation` event that ends the run."""

from __future__ import annotations

import json

from harness.sandbox import wire
from harness.sandbox.protocol import FORK_HINT, MAX_LINE_BYTES, Event, Job, Kind, Status, describe


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
