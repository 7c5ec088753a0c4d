"""The grader's processes: a stop signal ends the worker and its folder, a dead grader's worker ends itself, and a
fork bomb is capped. Each grade runs as a real `shousi grade` subprocess; every wait is scaled by the machine's
speed, measured in the test."""

from __future__ import annotations

import json
import os
import resource
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from harness.grading import speed
from harness.sandbox import limits
from tests.test_sandbox import marker, surviving_workers  # noqa: F401 (marker: the autouse fixture)

# The user's code forks a busy child that leaves the process group, says where its worker runs, and spins with
# the alarm disarmed: only the grader can stop it.
SPINNER = """
import os, signal
def two_sum(nums, target):
    signal.setitimer(signal.ITIMER_REAL, 0)
    signal.setitimer(signal.ITIMER_PROF, 0)
    if os.fork() == 0:
        os.setsid()
        while True:
            pass
    with open({ready!r}, "w") as handle:
        handle.write(os.getcwd())
    while True:
        pass
"""
BOMB = """
import os, time
WORKER = os.getpid()
def two_sum(nums, target):
    for _ in range(10):  # at most 2**10 processes: the bomb's own bound, under the test's safety net
        try:
            os.fork()
        except OSError:
            break
    if os.getpid() != WORKER:
        time.sleep(60)
    time.sleep(2)  # the bomb has gone off by then
    return [0, 0]
"""
SAFETY_NET_TASKS = 300


def start_grade(tmp_path: Path, source: str, preexec=None, setup: str = "", every: bool = False) -> subprocess.Popen:
    """`shousi grade two-sum FILE` on `source`; with `every`, `shousi grade --all` on a workspace holding it as
    two-sum's file beside a correct valid-parentheses, graded at once (two jobs)."""
    path = tmp_path / "solution.py"
    path.write_text(source)
    args = ["grade", "two-sum", str(path), "--json"]
    if every:
        workspace = tmp_path / "workspace"
        workspace.mkdir()
        (workspace / "two-sum.py").write_text(source)
        reference = Path(__file__).resolve().parent.parent / "solutions" / "valid-parentheses.py"
        (workspace / "valid-parentheses.py").write_text(reference.read_text())
        setup += f"\nimport os; os.environ['SHOUSI_WORKSPACE'] = {str(workspace)!r}"
        args = ["grade", "--all", "--jobs", "2", "--json"]
    code = f"{setup}\nfrom harness.cli import main\nmain({args!r}, prog_name='shousi')"
    return subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            preexec_fn=preexec, cwd=Path(__file__).resolve().parent.parent)


def wait_for(check, seconds: float, what: str):
    deadline = time.monotonic() + seconds * speed.machine_speed()
    while time.monotonic() < deadline:
        if value := check():
            return value
        time.sleep(0.05)
    pytest.fail(f"{what} within {seconds} s (scaled by the machine's speed)")


def stop_signals_by_default() -> None:
    """Give the grader the stop signals' default dispositions, as a terminal does: a suite started in the
    background (`cmd &` in a script ignores SIGINT) or under nohup (SIGHUP) passes its ignored signals on, and the
    grader rightly keeps an ignored signal ignored."""
    for number in (signal.SIGINT, signal.SIGHUP, signal.SIGTERM):
        signal.signal(number, signal.SIG_DFL)


def start_spinner(tmp_path: Path, every: bool = False) -> tuple[subprocess.Popen, Path]:
    ready = tmp_path / "ready"
    # The grader's limits at their largest (x20): on a loaded machine the case must still be running when the
    # signal comes, not already judged a timeout while this test waited for its turn on a core.
    slow = "import harness.grading.speed as s; s.measure = lambda: s.Speed(s.MAX_SPEED_FACTOR, s.MAX_SPEED_FACTOR)"
    grader = start_grade(tmp_path, SPINNER.format(ready=str(ready)), setup=slow, preexec=stop_signals_by_default,
                         every=every)
    wait_for(lambda: ready.exists() and ready.read_text(), 60, "the worker did not start")
    time.sleep(0.2)  # let the forked child reach its loop
    return grader, Path(ready.read_text())


@pytest.mark.parametrize("every", [False, True], ids=["one problem", "grade --all in parallel"])
@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGINT, signal.SIGHUP])
def test_a_stop_signal_ends_the_worker_and_its_folder_and_exits_with_128_plus_the_signal(tmp_path, number, every):
    grader, folder = start_spinner(tmp_path, every)
    assert folder.exists() and len(surviving_workers()) >= 3  # the grader, the worker, its child (and guardian)
    grader.send_signal(number)
    assert grader.wait(timeout=30 * speed.machine_speed()) == 128 + number
    wait_for(lambda: surviving_workers() == [], 5, "a process survived")
    assert not folder.exists()


@pytest.mark.parametrize("every", [False, True], ids=["one problem", "grade --all in parallel"])
def test_a_worker_whose_grader_was_killed_stops_by_itself(tmp_path, every):
    grader, folder = start_spinner(tmp_path, every)
    grader.kill()
    grader.wait()
    wait_for(lambda: surviving_workers() == [], 5, "a process survived its grader's SIGKILL")
    wait_for(lambda: not folder.exists(), 5, "the worker's folder was not removed")


def start_waiting_worker(tmp_path: Path) -> tuple[subprocess.Popen, list[Path]]:
    """A grade held after its worker started and before the worker got its job (the machine's probe never ends):
    the grader, and the folders of the workers waiting."""
    ready = tmp_path / "ready"
    hold = ("import harness.grading.speed as s, pathlib, time\n"
            f"s.measure = lambda: (pathlib.Path({str(ready)!r}).write_text('held'), time.sleep(600))")
    grader = start_grade(tmp_path, "def two_sum(nums, target):\n    return [0, 1]\n", setup=hold,
                         preexec=stop_signals_by_default)
    wait_for(ready.exists, 60, "the grade did not reach the probe")
    folders = []
    for pid in surviving_workers():
        try:
            cwd = Path(os.readlink(f"/proc/{pid}/cwd"))
        except OSError:
            continue
        if cwd.name.startswith("shousi-"):
            folders.append(cwd)
    assert folders, "no worker had started before its job"
    return grader, folders


@pytest.mark.parametrize("stop", ["SIGTERM", "SIGKILL"])
def test_a_worker_started_before_its_job_ends_with_its_grader(tmp_path, stop):
    grader, folders = start_waiting_worker(tmp_path)
    grader.send_signal(getattr(signal, stop))
    grader.wait(timeout=30 * speed.machine_speed())
    wait_for(lambda: surviving_workers() == [], 5, f"a worker waiting for its job survived its grader's {stop}")
    wait_for(lambda: not any(folder.exists() for folder in folders), 5, "a waiting worker's folder was left")


def safety_net():
    """A pids cgroup for the grading subprocess, so that the test's own fork bomb cannot take the machine down."""
    base = limits.pids_hierarchy()
    if base is None:
        pytest.skip("no writable pids cgroup here to bound the test's fork bomb")
    net = base / f"shousi-test-{uuid.uuid4().hex}"
    try:
        net.mkdir()
        (net / "pids.max").write_text(str(SAFETY_NET_TASKS))
    except OSError as exc:
        limits.remove_cgroup(net)
        pytest.skip(f"cannot make a pids cgroup: {exc}")
    return net


def grade_bomb(tmp_path: Path, setup: str = "") -> tuple[dict, int | None]:
    net = safety_net()
    try:
        grader = start_grade(tmp_path, BOMB, preexec=lambda: (net / "cgroup.procs").write_text(str(os.getpid())),
                             setup=setup)
        out, err = grader.communicate(timeout=120 * speed.machine_speed())
        peak = (net / "pids.peak").read_text() if (net / "pids.peak").exists() else None
        wait_for(lambda: surviving_workers() == [], 5, "a process of the fork bomb survived")
        wait_for(lambda: not limits.cgroup_members(net), 5, "the safety net still holds processes")
        return json.loads(out or b"{}") or {"stderr": err.decode()}, None if peak is None else int(peak)
    finally:
        for pid in limits.cgroup_members(net):
            os.kill(pid, signal.SIGKILL)
        limits.remove_cgroup(net)


def test_a_fork_bomb_is_capped_and_the_grader_still_answers(tmp_path):
    result, peak = grade_bomb(tmp_path)
    assert result.get("verdict") in ("wrong_answer", "runtime_error"), result
    if peak is not None:  # the grader, its reader threads and the worker's cap: far below the safety net
        assert peak <= limits.MAX_TASKS + 16, f"{peak} tasks at once"


def test_without_a_cgroup_root_s_fork_bomb_is_counted_and_killed(tmp_path):
    setup = "from pathlib import Path\nimport harness.sandbox.limits as l\nl.CGROUP_ROOT = Path('/nonexistent')"
    result, _ = grade_bomb(tmp_path, setup)
    if os.geteuid() == 0:
        assert result.get("verdict") == "runtime_error" and "processes" in result.get("message", ""), result
    else:
        assert result.get("verdict") in ("wrong_answer", "runtime_error"), result


def test_for_a_user_other_than_root_the_cap_is_rlimit_nproc(monkeypatch):
    monkeypatch.setattr(limits, "CGROUP_ROOT", Path("/nonexistent"))
    monkeypatch.setattr(os, "geteuid", lambda: 1000)
    cap = limits.ProcessCap("token")
    assert cap.cgroup is None and not cap.counted and cap.nproc >= limits.MAX_TASKS
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child lowers its own limit, as the worker's preexec does
        cap.join()
        os.write(write, str(resource.getrlimit(resource.RLIMIT_NPROC)).encode())
        os._exit(0)
    os.waitpid(pid, 0)
    assert os.read(read, 100).decode() == str((cap.nproc, cap.nproc))
