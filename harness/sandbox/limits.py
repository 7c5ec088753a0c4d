"""The worker's limits, set in the child between fork and exec: memory, output size, core dumps, stack, a death
signal tied to the grader, and a cap on the number of processes and threads it and its descendants may have.

The process cap uses the first mechanism that works:
- a pids cgroup (v2, or v1's pids hierarchy) made for the worker under the grader's own, with `pids.max`; the
  kernel enforces it even for root, and lists every member, even those that left the process group;
- RLIMIT_NPROC, for a user other than root (the kernel ignores it for root): the user's current count plus the cap;
- for root without a writable cgroup, the parent counts the worker's process group and kills it past the cap.
"""

from __future__ import annotations

import os
import resource
import signal
import time
from pathlib import Path

MAX_TASKS = 64  # processes and threads: a solution needs a handful (torch's pools included)
STACK_BYTES = 512 * 1024 * 1024
PR_SET_PDEATHSIG = 1
STALE_CGROUP_S = 60.0  # an empty cgroup of ours older than this was left by a grader that died: removed
CGROUP_ROOT = Path("/sys/fs/cgroup")  # tests may point this elsewhere to disable cgroups
_libc = None


def pids_hierarchy() -> Path | None:
    """The folder of the grader's own cgroup in a hierarchy with the pids controller, if there is one."""
    own = {}  # controller ("" for v2) -> the grader's cgroup path
    try:
        with open("/proc/self/cgroup") as handle:
            for line in handle:
                _, controllers, path = line.rstrip("\n").split(":", 2)
                own.update((name, path) for name in controllers.split(","))
    except (OSError, ValueError):
        return None
    v1 = CGROUP_ROOT / "pids"
    if "pids" in own and (v1 / "cgroup.procs").exists():
        return v1 / own["pids"].lstrip("/")
    v2 = CGROUP_ROOT / own.get("", "/").lstrip("/")
    try:
        if "pids" not in (v2 / "cgroup.controllers").read_text().split():
            return None
        if "pids" not in (v2 / "cgroup.subtree_control").read_text().split():
            (v2 / "cgroup.subtree_control").write_text("+pids")
    except OSError:
        return None
    return v2


def _make_cgroup(token: str) -> Path | None:
    base = pids_hierarchy()
    if base is None:
        return None
    _remove_stale(base)
    group = base / f"shousi-{token}"
    try:
        group.mkdir()
        (group / "pids.max").write_text(str(MAX_TASKS))
    except OSError:
        remove_cgroup(group)
        return None
    return group


def _remove_stale(base: Path) -> None:
    try:
        for group in base.glob("shousi-*"):
            if time.time() - group.stat().st_mtime > STALE_CGROUP_S:
                remove_cgroup(group)
    except OSError:
        pass


def remove_cgroup(group: Path | None) -> None:
    """Remove a worker's cgroup once it is empty (a few tries: the last members may still be exiting)."""
    for _ in range(50):
        try:
            if group is not None and group.exists():
                group.rmdir()
            return
        except OSError:
            time.sleep(0.01)


def cgroup_members(group: Path | None) -> list[int]:
    """The pids in a worker's cgroup."""
    try:
        return [int(pid) for pid in (group / "cgroup.procs").read_text().split()] if group else []
    except (OSError, ValueError):
        return []


def _user_tasks(uid: int) -> int:
    """How many tasks (threads) this user has now: RLIMIT_NPROC counts them all."""
    count = 0
    for name in os.listdir("/proc"):
        try:
            with open(f"/proc/{name}/status") as handle:
                fields = dict(line.split(":", 1) for line in handle if ":" in line)
            if int(fields["Uid"].split()[0]) == uid:
                count += int(fields["Threads"])
        except (OSError, ValueError, KeyError):
            continue
    return count


TICKS_PER_S = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def cpu_seconds(pid: int) -> float | None:
    """The CPU time (user + system, every thread) the kernel has counted for process `pid`; None where /proc
    cannot tell (another OS, or the process is gone)."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as handle:
            fields = handle.read().rsplit(b")", 1)[1].split()  # the command name may hold spaces and ")"
        return (int(fields[11]) + int(fields[12])) / TICKS_PER_S  # utime and stime: fields 14 and 15
    except (OSError, IndexError, ValueError):
        return None


def group_size(pgid: int) -> int:
    """How many processes are in the process group `pgid` (the fallback count for root)."""
    count = 0
    for name in os.listdir("/proc"):
        try:
            with open(f"/proc/{name}/stat", "rb") as handle:
                after_name = handle.read().rsplit(b")", 1)[1].split()
            count += int(after_name[2]) == pgid
        except (OSError, IndexError, ValueError):
            continue
    return count


class ProcessCap:
    """The cap on a worker's processes: which mechanism, and its state."""

    def __init__(self, token: str):
        self.cgroup = _make_cgroup(token)
        root = os.geteuid() == 0
        self.nproc = None if root else _user_tasks(os.getuid()) + MAX_TASKS
        self.counted = self.cgroup is None and root  # the parent must count

    def join(self) -> None:
        """In the child: enter the cgroup, or (if that fails, or there is none) lower RLIMIT_NPROC."""
        if self.cgroup is not None:
            try:
                (self.cgroup / "cgroup.procs").write_text(str(os.getpid()))
                return
            except OSError:  # a cgroup it may make but not move into: the rlimit is what is left
                pass
        if self.nproc is not None:
            resource.setrlimit(resource.RLIMIT_NPROC, (self.nproc, self.nproc))

    def members(self) -> list[int]:
        """Every process in the worker's cgroup (none without one)."""
        return cgroup_members(self.cgroup)

    def remove(self) -> None:
        remove_cgroup(self.cgroup)


def _loaded_libc():
    global _libc
    if _libc is None:
        import ctypes

        _libc = ctypes.CDLL(None, use_errno=True)
    return _libc


def die_with_parent(parent: int, number: int) -> None:
    """Have the kernel send this process signal `number` when its parent dies (even by SIGKILL); exit at once if
    `parent` has died already."""
    _loaded_libc().prctl(PR_SET_PDEATHSIG, number)
    if os.getppid() != parent:  # it died before the line above
        os._exit(1)


def prepare(memory_bytes: int, output_bytes: int, cap: ProcessCap, parent: int):
    """The function the child runs between fork and exec (Popen's preexec_fn)."""
    _loaded_libc()  # loaded in the parent: the child only calls it

    def preexec() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))
        resource.setrlimit(resource.RLIMIT_FSIZE, (output_bytes, output_bytes))
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        hard = resource.getrlimit(resource.RLIMIT_STACK)[1]
        stack = STACK_BYTES if hard == resource.RLIM_INFINITY else min(STACK_BYTES, hard)
        resource.setrlimit(resource.RLIMIT_STACK, (stack, hard))
        cap.join()
        die_with_parent(parent, signal.SIGKILL)  # the grader gone (even by SIGKILL), the kernel kills the worker

    return preexec
