"""The one consumer of the worker protocol: whatever a line says, it becomes a checked event or a violation with a
message, never an exception, never a result out of order, never a passing time the parent did not see."""

from __future__ import annotations

import json

import pytest

from harness.sandbox import wire
from harness.sandbox.protocol import MAX_DEPTH, SLACK_S, Consumer, Job, Kind, Status, too_deep

OK = {"status": "ok", "time_s": 0.01, "times_s": [0.01], "value": [0, 1], "output": 0}


def job(cases: int = 2, limit: float = 1.0, **extra) -> Job:
    return Job(file="/x.py", entry={"function": "f"}, kind="function", params=["a"],
               inputs=wire.pack([{"a": 1}] * cases).texts,
               limits_s=[limit] * cases, memory_bytes=1 << 30, output_bytes=1 << 20, **extra)


def line(**message) -> bytes:
    return json.dumps(message).encode() + b"\n"


def feed(consumer: Consumer, *lines: bytes, clock: list[float] | None = None, cpu: list[float] | None = None) -> list:
    """Feed lines one second apart (or at the given times, with the worker's CPU time so far); return the events."""
    times = clock or [float(i) for i in range(len(lines))]
    used = cpu or [None] * len(lines)
    return [consumer.accept(raw, at, spent) for raw, at, spent in zip(lines, times, used)]


def good_run(cases: int = 2) -> list[bytes]:
    lines = [line(event="loaded", output=0)]
    for index in range(cases):
        lines += [line(event="start", case=index, output=0), line(event="result", case=index, **OK)]
    return lines + [line(event="finished", output=0)]


def test_a_well_formed_run_becomes_typed_events_with_decoded_answers():
    events = feed(Consumer(job()), *good_run())
    assert [e.kind for e in events] == [Kind.LOADED, Kind.START, Kind.RESULT, Kind.START, Kind.RESULT, Kind.FINISHED]
    result = events[2]
    assert result.case == 0 and result.data["status"] is Status.OK and result.value == [0, 1]
    assert result.data["parent_time_s"] == 1.0


def test_a_result_s_arrays_come_as_raw_bytes_after_its_line():
    import numpy as np

    blob = bytearray()
    value = wire.to_wire({"y": np.arange(5.0)}, blobs=blob)
    raw = b'{"blob":%d,' % len(blob) + line(event="result", case=0, **{**OK, "value": value})[1:]
    result = _consumer(good_run()[:2]).accept(raw, 2.0, None, bytes(blob))
    assert result.kind is Kind.RESULT and np.array_equal(result.value["y"], np.arange(5.0))
    assert result.data["answer"] is result.value and "value" not in result.data and "blob" not in result.data


def _consumer(lines: list[bytes]) -> Consumer:
    consumer = Consumer(job())
    feed(consumer, *lines)
    return consumer


@pytest.mark.parametrize("announced, sent, kind", [(8, 0, "result"), (0, 8, "result"), (8, 8, "start")])
def test_a_blob_that_does_not_match_its_line_is_a_violation(announced, sent, kind):
    consumer = _consumer(good_run()[:2] if kind == "result" else good_run()[:1])
    fields = {"case": 0, **OK} if kind == "result" else {"case": 0, "output": 0}
    head = {"blob": announced} if announced else {}
    event = consumer.accept(line(**head, event=kind, **fields), 2.0, None, bytes(sent))
    assert event.kind is Kind.VIOLATION, event


def test_the_job_travels_whole_with_where_its_inputs_are():
    original = job(forbidden=["torch.softmax"], memory_ceiling_bytes=[None, 5], fresh_module=True, driver="/d.py")
    again, extra = Job.from_json(original.to_json(inputs_file="/tmp/inputs.bin"))
    sizes = extra.pop("input_sizes")
    assert again.inputs == [] and extra == {"inputs_file": "/tmp/inputs.bin"}, "the inputs travel beside the job"
    again.split_inputs(b"".join(original.inputs), sizes)
    assert again == original
    assert again.ceiling(1) == 5 and again.ceiling(0) is None and job().ceiling(1) is None


DEEP = "[" * 1000 + "]" * 1000
BAD_LINES = {
    "not JSON": b"{nope\n",
    "invalid UTF-8": b'{"event":"loaded","output":0,"x":"\xff"}\n',
    "a list as the line": b"[1, 2]\n",
    "unknown kind": line(event="accepted"),
    "a parent-made kind": line(event="died", returncode=0),
    "no kind": line(output=0),
    "a string offset": line(event="start", case=0, output="0"),
    "a negative offset": line(event="start", case=0, output=-1),
    "a huge offset": line(event="start", case=0, output=10**30),
    "a string case index": line(event="start", case="0", output=0),
    "a bool case index": line(event="start", case=False, output=0),
    "an out-of-range index": line(event="start", case=99, output=0),
    "a negative index": line(event="start", case=-1, output=0),
    "an unexpected index": line(event="start", case=1, output=0),
    "a result before its start": line(event="result", case=0, **OK),
    "finished before every case": line(event="finished", output=0),
    "loaded twice": line(event="loaded", output=0),
    "compile error after loading": line(event="compile_error", error={"type": "x", "types": [], "message": "",
                                                                        "traceback": ""}),
}
IN_CASE = {  # written while case 0 runs
    "a string time": line(event="result", case=0, **{**OK, "time_s": "0"}),
    "a NaN time": b'{"event":"result","case":0,"status":"ok","time_s":NaN,"times_s":[0],"value":1,"output":0}\n',
    "a negative time": line(event="result", case=0, **{**OK, "times_s": [-1.0]}),
    "a list where the error object belongs": line(event="result", case=0, status="error", error=[], output=0),
    "an error without types": line(event="result", case=0, status="error", output=0,
                                   error={"type": "E", "message": "", "traceback": ""}),
    "an unknown status": line(event="result", case=0, **{**OK, "status": "accepted"}),
    "an ok result without a value": line(event="result", case=0, status="ok", time_s=0, times_s=[0], output=0),
    "an unexpected key": line(event="result", case=0, **OK, verdict="accepted"),
    "a 1,000-deep answer": b'{"event":"result","case":0,"status":"ok","time_s":0,"times_s":[0],"output":0,'
                           b'"value":' + DEEP.encode() + b"}\n",
    "a 300-deep dict answer": b'{"event":"result","case":0,"status":"ok","time_s":0,"times_s":[0],"output":0,'
                              b'"value":' + b'{"$dict":[[1,' * 300 + b"1" + b"]]}" * 300 + b"}\n",
    "an int past the digit limit": b'{"event":"result","case":0,"status":"ok","time_s":0,"times_s":[0],'
                                   b'"output":0,"value":' + b"9" * 5000 + b"}\n",
    "more timed calls than asked": line(event="result", case=0, **{**OK, "times_s": [0.1, 0.1]}),
    "a result for another case": line(event="result", case=1, **OK),
    "a second start": line(event="start", case=0, output=0),
    "finished mid-case": line(event="finished", output=0),
    "a forbidden call for another case": line(event="forbidden", case=1, call="torch.softmax"),
}


@pytest.mark.parametrize("name", sorted(BAD_LINES))
def test_a_bad_line_after_loading_is_a_violation_with_a_message(name):
    consumer = Consumer(job())
    assert feed(consumer, line(event="loaded", output=0))[0].kind is Kind.LOADED
    event = consumer.accept(BAD_LINES[name], 1.0)
    assert event.kind is Kind.VIOLATION, event
    assert "broke the protocol" in event.data["message"] and len(event.data["message"]) < 400


@pytest.mark.parametrize("name", sorted(IN_CASE))
def test_a_bad_line_during_a_case_is_a_violation_with_a_message(name):
    consumer = Consumer(job())
    feed(consumer, line(event="loaded", output=0), line(event="start", case=0, output=0))
    event = consumer.accept(IN_CASE[name], 2.0)
    assert event.kind is Kind.VIOLATION, event
    assert "broke the protocol" in event.data["message"]


@pytest.mark.parametrize("value", [{"$ndarray": "!!", "dtype": "<f8", "shape": [3]}, {"$set": [[1]]},
                                   {"$dict": [1, 2]}, {"$tuple": 5}])
def test_a_malformed_answer_decodes_to_something_no_answer_equals(value):
    consumer = Consumer(job())
    feed(consumer, line(event="loaded", output=0), line(event="start", case=0, output=0))
    event = consumer.accept(line(event="result", case=0, **{**OK, "value": value}), 2.0)
    assert event.kind is Kind.VIOLATION or isinstance(event.value, wire.Unsendable), event


def test_a_second_result_for_a_case_names_fork():
    consumer = Consumer(job())
    *_, event = feed(consumer, *good_run()[:3], line(event="result", case=0, **OK))
    assert event.kind is Kind.VIOLATION and "os.fork()" in event.data["message"]


def test_a_forged_finished_before_the_results_is_rejected():
    *_, event = feed(Consumer(job(21)), line(event="loaded", output=0), line(event="finished", output=0))
    assert event.kind is Kind.VIOLATION and "finished after 0 of 21 cases" in event.data["message"]


def test_events_before_loading_are_only_the_loading_ones():
    for raw in (line(event="start", case=0, output=0), line(event="finished", output=0)):
        assert Consumer(job()).accept(raw, 0.0).kind is Kind.VIOLATION
    for raw in (line(event="load_timeout"), line(event="forbidden", call="tokenizers"),
                line(event="compile_error", error={"type": "E", "types": ["E"], "message": "m", "traceback": ""})):
        assert Consumer(job()).accept(raw, 0.0).kind is not Kind.VIOLATION


RUN = (line(event="loaded", output=0), line(event="start", case=0, output=0))


def test_a_time_the_worker_reports_within_its_limit_fails_when_the_kernel_counted_more():
    # The worker says 0.01 s; the kernel counted 3 s of its CPU time from start to result, over 1 s * 1.25 + 0.5 s.
    events = feed(Consumer(job()), *RUN, line(event="result", case=0, **OK), clock=[0.0, 1.0, 4.0], cpu=[0.1, 0.2, 3.2])
    data = events[-1].data
    assert data["status"] is Status.TIMEOUT and data["clock"] == "cpu" and data["time_s"] == pytest.approx(3.0)


def test_a_call_past_the_wall_clock_backstop_times_out_whatever_the_cpu_says():
    backstop = Job.allowed_s(job(), 0)  # 5 x (1 s * 1.25 + 0.5 s)
    events = feed(Consumer(job()), *RUN, line(event="result", case=0, **OK), clock=[0.0, 1.0, 1.1 + backstop],
                  cpu=[0.1, 0.2, 0.3])
    assert events[-1].data["status"] is Status.TIMEOUT and events[-1].data["clock"] == "wall"


def test_the_parents_slack_never_fails_a_call_within_its_limit():
    busy = 1.0 + 1.0 * 1.25 + SLACK_S - 1e-6  # a call of the full limit, plus the slack for pipe and encoding
    slept = 1.0 + Job.allowed_s(job(), 0) - 1e-6  # on a machine so busy the call took 5 times its CPU time
    result = line(event="result", case=0, **{**OK, "time_s": 1.0, "times_s": [1.0]})
    events = feed(Consumer(job(limit=1.0)), *RUN, result, clock=[0.0, 1.0, slept], cpu=[0.0, 0.0, busy - 1.0])
    assert events[-1].data["status"] is Status.OK and events[-1].data["parent_cpu_s"] == pytest.approx(busy - 1.0)


def test_a_time_over_the_limit_on_the_workers_clock_is_a_timeout_whatever_the_status_says():
    consumer = Consumer(job())
    events = feed(consumer, *good_run()[:2], line(event="result", case=0, **{**OK, "times_s": [1.5]}))
    assert events[-1].data["status"] is Status.TIMEOUT


def test_a_stalled_worker_is_blamed_on_the_right_stage():
    consumer = Consumer(job())
    assert consumer.hard_timeout().kind is Kind.HARD_TIMEOUT and consumer.hard_timeout().case is None
    feed(consumer, *good_run()[:3])
    assert consumer.hard_timeout().case == 1  # between cases: the next one
    feed(consumer, *good_run()[3:5])
    assert consumer.hard_timeout().kind is Kind.VIOLATION  # every case answered, no finished


def test_the_bound_on_the_whole_run_covers_every_case_and_nothing_extends_it():
    many = job(cases=21, limit=2.0, repeats=3)
    assert many.total_s() > 21 * 3 * 2.0 + many.load_limit_s
    assert many.total_s() == job(cases=21, limit=2.0, repeats=3).total_s()


def test_depth_is_counted_as_the_wire_nests_values():
    legit = wire.to_wire([[[[{(1,): {2}}]]]])
    assert not too_deep(legit)
    nested: list = []
    for _ in range(1000):
        nested = [nested]
    assert not too_deep(wire.to_wire(nested))  # the wire cuts a runaway nesting short
    deep = json.loads("[" * (MAX_DEPTH + 2) + "]" * (MAX_DEPTH + 2))
    assert too_deep(deep) and too_deep({"$dict": [[1, deep]]}) and not too_deep(list(range(10**5)))
    frozensets = frozenset()
    for _ in range(150):  # each tagged container is one level, as the wire counts them
        frozensets = frozenset([frozensets])
    assert not too_deep(wire.to_wire(frozensets))
    assert too_deep([[1], [2]], limit=1) and not too_deep([[1], [2]], limit=2)  # a grid's rows count as a level
    assert too_deep([[1], [[2]]], limit=2) and not too_deep([[1], [[2]]], limit=3)


def test_a_parent_made_event_says_what_happened():
    consumer = Consumer(job())
    assert consumer.oversized().kind is Kind.VIOLATION and "MiB" in consumer.oversized().data["message"]
    died = consumer.died(None, "your code started more than 64 processes")
    assert died.kind is Kind.DIED and "64 processes" in died.data["message"]
