"""The grader answers, with the right verdict, in bounded time, whatever the user's code does; nothing survives.

Each submission below targets two-sum with a 1 s limit (times the machine's speed). A grade's wall time is bounded
by what the grader itself allows: a worker's start-up and one case up to its wall-clock backstop, twice (the retry
of a time limit exceeded), measured against the machine's speed around the grade: a busy machine makes everything
slower, and must not fail a test.
"""

from __future__ import annotations

import dataclasses
import os
import threading
import time
import uuid
from pathlib import Path

import pytest

from harness import catalogue
from harness import grading
from harness.catalogue.problem import Limits
from harness.grading import speed
from harness.sandbox import protocol as sandbox

pytestmark = pytest.mark.shared_cache  # grades that assert nothing about the grade cache

# Writes `data` to every descriptor above stderr: the result pipe is one of them.
FORGE = """
import os
def forge(data):
    for fd in map(int, os.listdir('/proc/self/fd')):
        if fd > 2:
            try:
                os.write(fd, data)
            except OSError:
                pass
"""

ANSWER = """
def two_sum(nums, target):
    seen = {}
    for i, x in enumerate(nums):
        if target - x in seen:
            return [seen[target - x], i]
        seen[x] = i
"""

HOSTILE = {
    "busy_loop": ("time_limit_exceeded", "def two_sum(nums, target):\n    while True:\n        pass\n"),
    "sleeps": ("time_limit_exceeded", "import time\ndef two_sum(nums, target):\n    time.sleep(100)\n"),
    "catches_exception": ("time_limit_exceeded", """
def two_sum(nums, target):
    while True:
        try:
            while True:
                pass
        except Exception:
            pass
"""),
    "catches_base_exception_in_a_loop": ("time_limit_exceeded", """
def two_sum(nums, target):
    while True:
        try:
            while True:
                pass
        except BaseException:
            pass
"""),
    "ignores_alarm_and_term": ("time_limit_exceeded", """
import signal
signal.signal(signal.SIGALRM, signal.SIG_IGN)
signal.signal(signal.SIGTERM, signal.SIG_IGN)
signal.signal(signal.SIGINT, signal.SIG_IGN)
def two_sum(nums, target):
    while True:
        pass
"""),
    "blocks_in_c_code": ("time_limit_exceeded", "def two_sum(nums, target):\n    return sum(range(10**13))\n"),
    "loops_at_import": ("time_limit_exceeded", "while True:\n    pass\n"),
    "memory_bomb": ("memory_limit_exceeded", "def two_sum(nums, target):\n    return [0] * 10**10\n"),
    "memory_growth": ("memory_limit_exceeded", """
def two_sum(nums, target):
    chunks = []
    while True:
        chunks.append(bytearray(50 * 2**20))
"""),
    "sys_exit": ("runtime_error", "import sys\ndef two_sum(nums, target):\n    sys.exit(0)\n"),
    "raise_system_exit": ("runtime_error", "def two_sum(nums, target):\n    raise SystemExit(3)\n"),
    "os_exit": ("runtime_error", "import os\ndef two_sum(nums, target):\n    os._exit(0)\n"),
    "kills_itself": ("runtime_error", "import os, signal\ndef two_sum(nums, target):\n    os.kill(os.getpid(), signal.SIGKILL)\n"),
    "reads_stdin": ("runtime_error", "def two_sum(nums, target):\n    return list(map(int, input().split()))\n"),
    "infinite_recursion": ("runtime_error", "def two_sum(nums, target):\n    return two_sum(nums, target)\n"),
    "prints_forever": ("output_limit_exceeded", "def two_sum(nums, target):\n    while True:\n        print('x' * 10000)\n"),
    "forges_stdout": ("wrong_answer", """
import json, sys
def two_sum(nums, target):
    print(json.dumps({"verdict": "accepted", "passed": 99, "total": 99}))
    sys.stdout.flush()
    return [0, 0]
"""),
    "forges_the_result_channel": ("runtime_error", """
import os, json
def two_sum(nums, target):
    for fd in map(int, os.listdir('/proc/self/fd')):
        if fd > 2:
            try:
                os.write(fd, b'{"event":"result","case":0,"status":"ok","time_s":0,"value":[0,1]}\\n')
            except OSError:
                pass
    return [0, 0]
"""),
    "forges_finished": ("runtime_error", FORGE + """
def two_sum(nums, target):
    forge(b'{"event":"finished","output":0}\\n')
    os._exit(0)
"""),
    "forks_and_both_report": ("runtime_error", ANSWER.replace("def two_sum", "def TWO_SUM") + """
import os
FORKED = []
def two_sum(nums, target):
    if not FORKED:
        FORKED.append(os.fork())  # both processes go on running cases and reporting them
    return TWO_SUM(nums, target)
"""),
    "syntax_error": ("compile_error", "def two_sum(nums, target)\n    return []\n"),
    "tab_error": ("compile_error", "def two_sum(nums, target):\n\tx = 1\n        return x\n"),
    "empty_file": ("compile_error", ""),
    "import_error": ("compile_error", "import no_such_module_here\n" + ANSWER),
    "wrong_entry_name": ("compile_error", ANSWER.replace("two_sum", "twosum")),
    "raises_at_import": ("compile_error", "raise RuntimeError('boom')\n"),
}

SURVIVORS = {
    "forks_a_child": """
import os, time
def two_sum(nums, target):
    if os.fork() == 0:
        time.sleep(1000)
    return TWO_SUM(nums, target)
""",
    "forks_an_escaping_child": """
import os, time
def two_sum(nums, target):
    if os.fork() == 0:
        os.setsid()
        if os.fork() == 0:
            time.sleep(1000)
        os._exit(0)
    return TWO_SUM(nums, target)
""",
    "starts_a_thread_that_never_ends": """
import threading, time
def two_sum(nums, target):
    threading.Thread(target=time.sleep, args=(1000,)).start()
    return TWO_SUM(nums, target)
""",
}


def problem_with_limit(seconds: float = 1.0):
    problem = catalogue.resolve("two-sum")
    return dataclasses.replace(problem, limits=Limits(seconds, 512, 4))


@pytest.fixture(autouse=True)
def marker(monkeypatch) -> str:
    """A variable this test's workers inherit, so that other graders running on the machine are not counted."""
    value = uuid.uuid4().hex
    monkeypatch.setenv("SANDBOX_TEST_MARKER", value)
    return value


def surviving_workers() -> list[int]:
    """Pids of any process started by this test's grades (a worker, or anything it started) still alive."""
    needle = f"SANDBOX_TEST_MARKER={os.environ['SANDBOX_TEST_MARKER']}".encode()
    pids = []
    for entry in os.scandir("/proc"):
        if entry.name.isdigit() and int(entry.name) != os.getpid():
            try:
                with open(f"/proc/{entry.name}/environ", "rb") as handle:
                    if needle in handle.read():
                        pids.append(int(entry.name))
            except OSError:
                pass
    return pids


def grade_source(tmp_path: Path, name: str, source: str | bytes, limit: float = 1.0):
    """Grade `source` on two-sum under a `limit`-second limit: the result, and the grade's wall time in the
    calibration machine's seconds (divided by the slower of the machine's speeds just before and just after)."""
    path = tmp_path / f"{name}.py"
    path.write_bytes(source if isinstance(source, bytes) else source.encode())
    before = speed.measure_now().wall  # probed afresh: some tests replace the grader's own `measure`
    started = time.monotonic()
    result = grading.grade(problem_with_limit(limit), path)
    wall = time.monotonic() - started
    return result, wall / max(before, speed.measure_now().wall)


def grade_within(tmp_path: Path, name: str, source: str, seconds: float):
    """Grade in a thread and give up after `seconds`: a grader that hangs fails the test instead of the suite."""
    outcome: list = []
    thread = threading.Thread(target=lambda: outcome.append(grade_source(tmp_path, name, source)), daemon=True)
    thread.start()
    thread.join(seconds * speed.machine_speed())
    assert outcome, f"the grade did not end within {seconds} s (scaled by the machine's speed)"
    return outcome[0]


def wall_bound(limit: float) -> float:
    """What a grade of a `limit`-second case may take, in the calibration machine's seconds (grade_source's
    clock): two runs, since a time limit exceeded is graded once more when the machine has slowed
    (harness.grading.RETRY_IF_SLOWER), each a worker's start-up and one case up to its wall-clock backstop."""
    backstop = (limit * sandbox.SLACK_FACTOR + sandbox.SLACK_S) * sandbox.WALL_FACTOR + sandbox.GRACE_S
    return 2 * (sandbox.STARTUP_S + backstop)


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_submission_gets_its_verdict_in_bounded_time(tmp_path, name):
    verdict, source = HOSTILE[name]
    # Page faults are slow on some machines (~0.4 GB/s here): give gradual growth the time to reach the cap.
    limit = 8.0 if name == "memory_growth" else 1.0
    result, wall = grade_source(tmp_path, name, source, limit)
    assert result.verdict.value == verdict, result.message
    assert result.message
    assert len(result.cases) <= result.total
    assert wall < wall_bound(limit), f"the grade took {wall:.1f} s"
    assert surviving_workers() == []


@pytest.mark.parametrize("name", sorted(SURVIVORS))
def test_nothing_the_user_started_survives_the_grade(tmp_path, name):
    source = ANSWER.replace("def two_sum", "def TWO_SUM") + SURVIVORS[name]
    result, wall = grade_source(tmp_path, name, source)
    assert result.verdict.value == "accepted", result.message
    assert wall < wall_bound(1.0)
    assert surviving_workers() == []


def test_forged_stdout_is_shown_as_output_not_taken_as_a_result(tmp_path):
    result, _ = grade_source(tmp_path, "forger", HOSTILE["forges_stdout"][1])
    assert '"verdict": "accepted"' in result.failure.stdout


def test_runtime_error_shows_the_users_frames_with_their_line_numbers(tmp_path):
    source = "def helper(xs):\n    return xs[99]\n\ndef two_sum(nums, target):\n    return helper(nums)\n"
    result, _ = grade_source(tmp_path, "index_error", source)
    assert result.verdict.value == "runtime_error"
    trace = result.failure.traceback
    assert "line 5, in two_sum" in trace and "line 2, in helper" in trace and "IndexError" in trace
    assert "harness" not in trace


def test_compile_error_names_the_expected_entry_point(tmp_path):
    result, _ = grade_source(tmp_path, "nothing", "x = 1\n")
    assert result.verdict.value == "compile_error"
    assert "Solution.twoSum" in result.message and "two_sum" in result.message


def test_syntax_error_message_gives_the_line(tmp_path):
    result, _ = grade_source(tmp_path, "syntax", "class Solution:\n    def twoSum(self, nums, target)\n        pass\n")
    assert "line 2" in result.message and "SyntaxError" in result.message


@pytest.mark.parametrize("encoding", ["bom_crlf", "crlf", "cr_only_comment", "latin_comment_in_utf8"])
def test_odd_encodings_and_line_ends_are_accepted(tmp_path, encoding):
    text = "# 两数之和 — café\n" + ANSWER
    data = {
        "bom_crlf": b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode(),
        "crlf": text.replace("\n", "\r\n").encode(),
        "cr_only_comment": b"# comment\r" + ANSWER.encode(),
        "latin_comment_in_utf8": text.encode("utf-8"),
    }[encoding]
    result, _ = grade_source(tmp_path, encoding, data)
    assert result.verdict.value == "accepted", result.message


def test_paths_with_spaces_and_non_ascii_characters(tmp_path):
    folder = tmp_path / "my solutions 手撕"
    folder.mkdir()
    result, _ = grade_source(folder, "两数 之和", ANSWER)
    assert result.verdict.value == "accepted", result.message


def test_a_solution_that_mutates_its_input_is_judged_on_what_it_returns(tmp_path):
    source = ANSWER.replace("return [seen[target - x], i]", "answer = [seen[target - x], i]; nums[:] = [0] * len(nums); return answer")
    result, _ = grade_source(tmp_path, "mutator", source)
    assert result.verdict.value == "accepted", result.message


def test_time_limit_message_names_the_limit_and_the_case(tmp_path):
    result, wall = grade_source(tmp_path, "slow", HOSTILE["busy_loop"][1], limit=0.5)
    assert result.failure.name == "example 1"
    assert "limit" in result.message


def test_a_forged_finished_is_not_an_accepted_grade_with_nothing_passed(tmp_path):
    result, _ = grade_source(tmp_path, "finisher", HOSTILE["forges_finished"][1])
    assert result.verdict.value == "runtime_error" and result.cases == []
    assert "finished after 0 of" in result.message


def test_an_accidental_fork_never_reports_more_results_than_cases(tmp_path):
    result, _ = grade_source(tmp_path, "forker", HOSTILE["forks_and_both_report"][1])
    assert result.verdict.value == "runtime_error"
    assert len(result.cases) <= result.total and "os.fork()" in result.message
    assert surviving_workers() == []


CHANNEL_LINES = {  # each written on the result pipe by the user's code during the first case
    "a string time": b'{"event":"result","case":0,"status":"ok","time_s":"0","times_s":[0],"value":[0,1],'
                     b'"output":0}\n',
    "a string offset": b'{"event":"result","case":0,"status":"ok","time_s":0,"times_s":[0],"value":[0,1],'
                       b'"output":"0"}\n',
    "a list where the error belongs": b'{"event":"result","case":0,"status":"error","error":[],"output":0}\n',
    "an out-of-range index": b'{"event":"result","case":99,"status":"ok","time_s":0,"times_s":[0],'
                             b'"value":[0,1],"output":0}\n',
    "a 1,000-deep value": b'{"event":"result","case":0,"status":"ok","time_s":0,"times_s":[0],"output":0,"value":'
                          + b"[" * 1000 + b"]" * 1000 + b"}\n",
    "an unknown event": b'{"event":"verdict","verdict":"accepted"}\n',
    "a 40 MiB line": b'{"event":"result","case":0,"value":"' + b"x" * (40 << 20) + b'"}\n',
}


@pytest.mark.parametrize("name", sorted(CHANNEL_LINES))
def test_a_malformed_line_on_the_channel_is_a_rejected_submission_not_a_crash(tmp_path, name):
    source = FORGE + ANSWER.replace("def two_sum", "def TWO_SUM") + f"""
def two_sum(nums, target):
    forge({CHANNEL_LINES[name]!r})
    return TWO_SUM(nums, target)
"""
    result, wall = grade_source(tmp_path, "forger", source)
    assert result.verdict.value == "runtime_error", result.message
    assert "broke the protocol" in result.message
    assert wall < wall_bound(1.0)
    assert surviving_workers() == []


def test_forged_starts_cannot_extend_the_deadline(tmp_path):
    from tests.conftest import shousi

    path = tmp_path / "staller.py"
    path.write_text(FORGE + """
import signal, threading, time
def keep_forging():
    while True:
        time.sleep(0.5)
        forge(b'{"event":"start","case":0,"output":0}\\n')
threading.Thread(target=keep_forging, daemon=True).start()
def two_sum(nums, target):
    signal.setitimer(signal.ITIMER_REAL, 0)
    while True:
        pass
""")
    completed = shousi("grade", "two-sum", str(path), "--json", timeout=60 * speed.machine_speed())
    assert '"verdict": "runtime_error"' in completed.stdout, completed.stdout + completed.stderr
    assert "a second start" in completed.stdout or "before the file was loaded" in completed.stdout
    assert surviving_workers() == []


SPIN = """
import signal, sys, time
cpu = time.thread_time
def spin(seconds):
    end = cpu() + seconds
    while cpu() < end:
        pass
time.perf_counter = time.process_time = time.thread_time = lambda: 0.0
"""
EVERY_CLOCK = """
for module in list(sys.modules.values()):
    for name, value in list(getattr(module, "__dict__", {}).items()):
        if value is REAL:
            try:
                setattr(module, name, lambda: 0.0)
            except Exception:
                pass
"""


DISARM_BOTH = "signal.setitimer(signal.ITIMER_REAL, 0); signal.setitimer(signal.ITIMER_PROF, 0)"


@pytest.mark.parametrize("disarm", [
    "signal.setitimer(signal.ITIMER_PROF, 0)", "signal.signal(signal.SIGPROF, signal.SIG_IGN)",
    DISARM_BOTH, "signal.alarm(0); signal.signal(signal.SIGPROF, signal.SIG_IGN)",
    "signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGPROF, signal.SIGALRM})",
])
def test_a_patched_clock_and_a_disarmed_alarm_do_not_pass_a_slow_case(tmp_path, monkeypatch, disarm):
    monkeypatch.setattr(speed, "measure", lambda: speed.Speed(1.0, 20.0))  # 1 s of CPU exactly; a far wall backstop
    source = ANSWER.replace("def two_sum", "def TWO_SUM") + SPIN + f"""
def two_sum(nums, target):
    {disarm}
    spin(1.6)  # past the 1 s limit, but before the parent would kill it
    return TWO_SUM(nums, target)
"""
    result, _ = grade_source(tmp_path, "cheat", source)
    assert result.verdict.value == "time_limit_exceeded", result.message
    assert result.failure.time_ms >= 1500
    assert surviving_workers() == []


def test_patching_every_clock_in_the_worker_still_does_not_pass_a_slow_case(tmp_path, monkeypatch):
    monkeypatch.setattr(speed, "measure", lambda: speed.Speed(1.0, 20.0))
    source = ANSWER.replace("def two_sum", "def TWO_SUM") + "import time\nREAL = time.thread_time\n" + SPIN + \
        EVERY_CLOCK + f"""
def two_sum(nums, target):
    {DISARM_BOTH}
    spin(2.0)  # past the parent's own bound of 1 s x 1.25 + 0.5 s of CPU time, as the kernel counts it
    return TWO_SUM(nums, target)
"""
    result, _ = grade_source(tmp_path, "cheat", source)
    assert result.verdict.value == "time_limit_exceeded", result.message
    assert surviving_workers() == []


def test_a_time_limit_exceeded_is_graded_again_when_the_machine_has_slowed_down(tmp_path, monkeypatch):
    # The probe before the grade says full speed, the one after it says 10x slower: the grade is redone under
    # limits 10x longer, and the case that took 1.5 s of CPU against 1 s is accepted.
    probes = iter([speed.Speed(1.0, 1.0), speed.Speed(10.0, 10.0)])
    monkeypatch.setattr(speed, "measure", lambda: next(probes))
    source = ANSWER.replace("def two_sum", "def TWO_SUM") + SPIN + """
def two_sum(nums, target):
    if len(nums) == 4:  # example 1 only
        spin(1.5)
    return TWO_SUM(nums, target)
"""
    result, _ = grade_source(tmp_path, "slowed", source)
    assert result.verdict.value == "accepted", result.message
    assert "10 s of CPU time" in result.limit


OUTPUT_SWAPS = {
    "a FIFO": 'os.unlink("output.txt"); os.mkfifo("output.txt")',
    "a symlink to /dev/zero": 'os.unlink("output.txt"); os.symlink("/dev/zero", "output.txt")',
    "a symlink to a large file": f'os.unlink("output.txt"); os.symlink({os.__file__!r}, "output.txt")',
}


@pytest.mark.parametrize("name", sorted(OUTPUT_SWAPS))
def test_replacing_the_output_file_neither_hangs_nor_misleads_the_grader(tmp_path, name):
    source = f"""
import os
def two_sum(nums, target):
    print("what I printed")
    {OUTPUT_SWAPS[name]}
    return [0, 0]
"""
    result, _ = grade_within(tmp_path, "swapper", source, 60)
    assert result.verdict.value == "wrong_answer", result.message
    assert result.failure.stdout.strip() == "what I printed"
    assert surviving_workers() == []


def test_truncating_the_output_below_what_was_read_shows_a_sane_excerpt(tmp_path):
    source = ANSWER.replace("def two_sum", "def TWO_SUM") + """
import os, sys
CALLS = []
def two_sum(nums, target):
    CALLS.append(1)
    if len(CALLS) == 1:
        print("x" * 5000)
        return TWO_SUM(nums, target)
    sys.stdout.flush()
    os.ftruncate(1, 0)
    os.lseek(1, 0, 0)
    print("after the cut")
    return [9, 9]
"""
    result, _ = grade_within(tmp_path, "truncator", source, 60)
    assert result.verdict.value == "wrong_answer" and result.failure.name == "example 2"
    assert len(result.failure.stdout) < 100 and "-" not in result.failure.stdout
    assert surviving_workers() == []
