"""The grade cache (harness.grading.cache, harness.grading.kept): a second grade, even in a new process, reuses the
cases and the reference's answers instead of running the reference again; any edit of the package or the reference
makes a new entry; a corrupt entry is ignored and rewritten; writers at once leave a valid entry. On a small
synthetic problem in a private catalogue (SHOUSI_ROOT) whose reference appends a line to a marker file each time it
is loaded."""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path
from types import SimpleNamespace

import pytest
from click.testing import CliRunner

from harness import catalogue, checkers, grading
from harness.catalogue.cases import MISSING, Case
from harness.cli import main
from harness.grading import cache, kept, speed
from harness.grading.classify import Raises
from harness.grading.verdict import Verdict
from harness.sandbox import wire

from conftest import shousi

CASES = """
from harness.catalogue.cases import Case


def hidden_cases(rng):
    yield Case({"n": 10}, 5, note="pinned")
    yield Case({"n": 3}, raises="ValueError", note="odd")
    yield Case({"n": rng.randrange(2, 1000, 2)}, note="seeded")
"""
REFERENCE = """
with open({marker!r}, "a") as marker:
    marker.write("loaded\\n")


def halve(n):
    if n % 2:
        raise ValueError(f"{{n}} is odd")
    return n // 2
"""
MINE = "def halve(n):\n    if n % 2:\n        raise ValueError('odd')\n    return n >> 1\n"


@pytest.fixture
def halve(tmp_path, monkeypatch):
    """The package alone in a private catalogue; `halve.runs()` counts the times the reference was loaded."""
    folder = tmp_path / "problems" / "halve"
    folder.mkdir(parents=True)
    (folder / "problem.toml").write_text('id = "halve"\ntitle = "Halve"\nparams = ["n"]\n[entry]\nfunction = "halve"\n')
    (folder / "statement.md").write_text("# Halve\n\n## Examples\n\n```\nInput: n = 2\nOutput: 1\n```\n")
    (folder / "cases.py").write_text(CASES)
    (tmp_path / "solutions").mkdir()
    marker = tmp_path / "marker.txt"
    (tmp_path / "solutions" / "halve.py").write_text(REFERENCE.format(marker=str(marker)))
    (tmp_path / "mine.py").write_text(MINE)
    monkeypatch.setenv("SHOUSI_ROOT", str(tmp_path))

    def runs() -> int:
        return len(marker.read_text().splitlines()) if marker.exists() else 0

    def grade(**options):
        """Grade mine.py as a new process would: nothing kept in memory from an earlier grade."""
        grading._prepared.clear()
        return grading.grade(catalogue.resolve("halve"), tmp_path / "mine.py", **options)

    return SimpleNamespace(mine=tmp_path / "mine.py", reference=tmp_path / "solutions" / "halve.py",
                           cases=folder / "cases.py", runs=runs, grade=grade)


def entries() -> list:
    return sorted(cache.directory().glob("prepared-*.json"))


def test_a_second_grade_in_a_new_process_does_not_run_the_reference(halve):
    first = shousi("grade", "halve", str(halve.mine), "--json")
    assert halve.runs() == 1 and len(entries()) == 1, first.stderr
    second = shousi("grade", "halve", str(halve.mine), "--json")
    assert halve.runs() == 1, "the reference ran again"
    graded = [json.loads(completed.stdout) for completed in (first, second)]
    assert [g["verdict"] for g in graded] == ["accepted", "accepted"] and graded[1]["total"] == 4
    assert [c["name"] for c in graded[0]["cases"]] == [c["name"] for c in graded[1]["cases"]]
    assert graded[1]["reference_time_ms"] is not None, "the reference's times come from the entry"


def test_the_cached_answers_still_judge_a_wrong_file(halve):
    assert halve.grade().verdict is Verdict.ACCEPTED and halve.runs() == 1
    halve.mine.write_text("def halve(n):\n    return n // 2\n")  # never raises on an odd n
    result = halve.grade()
    assert halve.runs() == 1
    assert result.verdict is Verdict.WRONG_ANSWER and "expected ValueError to be raised" in result.message
    halve.mine.write_text("def halve(n):\n    if n % 2:\n        raise ValueError\n    return n // 2 + (n == 10)\n")
    result = halve.grade()
    assert result.verdict is Verdict.WRONG_ANSWER and result.failure.name == "hidden 1"
    assert result.failure.expected == 5


def test_an_edited_package_or_reference_makes_a_new_entry(halve):
    halve.grade()
    os.utime(halve.cases, ns=(1, 1))  # a new modification time alone changes nothing: the key is the content
    assert halve.grade().verdict is Verdict.ACCEPTED and halve.runs() == 1
    halve.cases.write_text(CASES + '    yield Case({"n": 8}, note="added")\n')
    result = halve.grade()
    assert halve.runs() == 2 and result.total == 5
    halve.reference.write_text(halve.reference.read_text() + "\n# a comment\n")
    assert halve.grade().verdict is Verdict.ACCEPTED and halve.runs() == 3
    assert halve.grade(hidden=False).total == 1 and halve.runs() == 4, "the run set has an entry of its own"
    assert len(entries()) == 4


@pytest.mark.parametrize("damage", ["truncated", "garbage", "body changed", "empty", "a directory"])
def test_a_corrupt_entry_is_ignored_and_rewritten(halve, damage):
    halve.grade()
    [path] = entries()
    data = path.read_bytes()
    path.unlink()
    if damage == "a directory":
        path.mkdir()
    else:
        path.write_bytes({"truncated": data[: len(data) // 2], "garbage": b"\x00\xff not json", "empty": b"",
                          "body changed": data.replace(b'"note":"odd"', b'"note":"ODD"')}[damage])
    result = halve.grade()
    assert result.verdict is Verdict.ACCEPTED and halve.runs() == 2
    if damage != "a directory":  # rewritten, and used by the next grade
        assert halve.grade().verdict is Verdict.ACCEPTED and halve.runs() == 2


def test_graders_writing_at_once_leave_one_valid_entry(halve):
    codes = []
    graders = [threading.Thread(target=lambda: codes.append(shousi("grade", "halve", str(halve.mine)).returncode))
               for _ in range(2)]
    for grader in graders:
        grader.start()
    for grader in graders:
        grader.join()
    assert codes == [0, 0]
    assert len(entries()) == 1 and not list(cache.directory().glob(".tmp-*"))
    runs = halve.runs()
    assert halve.grade().verdict is Verdict.ACCEPTED and halve.runs() == runs


def prepared(problem) -> tuple:
    return grading.prepare(problem, True, None, checkers.load(problem.checker, problem.folder), None)


def test_readers_never_see_a_half_written_entry(halve):
    """Threads storing the same key while others load it: every load is the whole entry or nothing."""
    problem = catalogue.resolve("halve")
    key = cache.package_key(problem, True)
    ready = prepared(problem)
    loaded, done = [], threading.Event()

    def read():
        while not done.is_set():
            loaded.append(kept.load(key))

    readers = [threading.Thread(target=read) for _ in range(2)]
    for reader in readers:
        reader.start()
    writers = [threading.Thread(target=kept.store, args=(key, ready, speed.Speed(1.0, 1.0))) for _ in range(8)]
    for writer in writers:
        writer.start()
    for writer in writers:
        writer.join()
    done.set()
    for reader in readers:
        reader.join()
    assert all(entry is None or len(entry[0]) == len(ready[0]) for entry in loaded)
    assert kept.load(key) is not None and not list(cache.directory().glob(".tmp-*"))


def test_custom_cases_are_never_kept(halve):
    for _ in range(2):
        result = CliRunner().invoke(main, ["run", "halve", str(halve.mine), "--input", "n = 6"])
        assert result.exit_code == 0, result.output
    assert halve.runs() == 2 and entries() == []


def test_an_unusable_cache_folder_does_not_fail_a_grade(halve, tmp_path, monkeypatch):
    (tmp_path / "not-a-folder").write_text("")
    monkeypatch.setenv("SHOUSI_CACHE", str(tmp_path / "not-a-folder"))
    assert halve.grade().verdict is Verdict.ACCEPTED and halve.grade().verdict is Verdict.ACCEPTED


def test_cases_that_would_not_travel_exactly_are_not_kept(halve):
    cases, inputs, expected, times = prepared(catalogue.resolve("halve"))
    opaque = wire.Packed.of_items([wire.to_wire({"n": object()})] + inputs.items[1:], inputs.blob)  # travels as its repr
    kept.store("0" * 64, (cases, opaque, expected, times), speed.Speed(1.0, 1.0))
    assert kept.load("0" * 64) is None


def test_reference_times_are_reused_at_a_close_speed_and_scaled_otherwise():
    times = [0.010, 0.200]
    assert kept.rescaled(times, speed.Speed(2.0, 2.0), speed.Speed(2.4, 3.0)) == times
    assert kept.rescaled(times, speed.Speed(2.0, 2.0), speed.Speed(4.0, 4.0)) == pytest.approx([0.020, 0.400])
    assert kept.rescaled(times, speed.Speed(3.0, 3.0), speed.Speed(1.0, 1.0)) == pytest.approx([0.010 / 3, 0.200 / 3])


def test_the_entries_used_longest_ago_are_evicted_first():
    folder = cache.directory()
    folder.mkdir(parents=True)
    for age, name in enumerate(["newest", "middle", "oldest"]):
        (folder / f"prepared-{name}.json").write_bytes(b"x" * 1000)
        os.utime(folder / f"prepared-{name}.json", (1e9 - age, 1e9 - age))
    (folder / ".tmp-dead.json").write_bytes(b"x")
    os.utime(folder / ".tmp-dead.json", (1e9, 1e9))
    cache.evict(2500)
    assert sorted(p.name for p in folder.iterdir()) == ["prepared-middle.json", "prepared-newest.json"]


def test_the_cache_is_the_users_cache_folder_unless_overridden(monkeypatch, tmp_path):
    import platformdirs

    assert cache.directory() == tmp_path / "cache", "conftest points every test at a folder of its own"
    monkeypatch.delenv("SHOUSI_CACHE")
    assert cache.directory() == Path(platformdirs.user_cache_dir("shousi", appauthor=False))


def test_expected_gradients_are_kept_across_processes():
    """The PyTorch flavour's finite differences (harness.grading.gradients) are kept too, under their own key."""
    import numpy as np

    from harness.grading import gradients

    calls = []

    def double(x, axis=-1):
        calls.append(1)
        return x * 2

    problem, given = catalogue.resolve("softmax"), {"x": np.arange(3.0), "axis": -1}
    upstream = np.ones(3)
    for key in ("a" * 64, "a" * 64, "b" * 64):
        gradients._memo.clear()
        grads = gradients._expected_gradients(problem, double, given, upstream, {}, key)
        assert np.allclose(grads["x"], 2.0)
    assert len(calls) == 2 * 3 * 4, "one finite-difference pass per key (four calls per element)"


def test_kept_cases_read_back_exactly_as_they_were():
    """As exactly as the worker receives them: the wire format's values."""
    import numpy as np

    cases = [
        Case({"x": np.arange(6, dtype=np.float32).reshape(2, 3), "axis": np.int64(-1)}, note="arrays", name="hidden 1"),
        Case({"pairs": (1, 2), "seen": {3, 4}, "by_id": {7: "a"}, "big": 10**40, "nan": float("nan")}, name="hidden 2"),
        Case({"n": 3}, raises="ValueError", memory_ceiling_mb=1.5, name="hidden 3"),
        Case({"n": 4}, 2, name="example 1"),
    ]
    inputs = wire.pack([case.input for case in cases])
    expected = [np.ones(3, dtype=np.float64), [[1, 2], None], Raises("ValueError"), 2]
    kept.store("1" * 64, (cases, inputs, expected, [0.5, 0.25, 0.0, 0.001]), speed.Speed(1.0, 1.0))
    read_cases, read_inputs, read_expected, _ = kept.load("1" * 64)
    assert read_inputs.items == inputs.items and bytes(read_inputs.blob) == inputs.blob
    assert [c.name for c in read_cases] == [c.name for c in cases]
    first = read_cases[0].input
    assert first["x"].dtype == np.float32 and np.array_equal(first["x"], np.arange(6).reshape(2, 3))
    assert first["axis"] == -1, "a NumPy scalar reads back as the worker gets it, a Python int (the wire's rule)"
    second = read_cases[1].input
    assert second["pairs"] == (1, 2) and second["seen"] == {3, 4} and second["by_id"] == {7: "a"}
    assert second["big"] == 10**40 and second["nan"] != second["nan"]
    assert read_cases[2].raises == "ValueError" and read_cases[2].memory_ceiling_mb == 1.5
    assert read_cases[3].expected == 2 and read_cases[0].expected is MISSING, "only pinned answers are the case's"
    assert np.array_equal(read_expected[0], expected[0]) and read_expected[0].dtype == np.float64
    assert read_expected[1] == [[1, 2], None] and read_expected[2] == Raises("ValueError") and read_expected[-1] == 2
    assert len(list(read_expected)) == 4


def test_one_speed_probe_serves_a_grade_that_reads_the_cache(monkeypatch):
    """The cache's probe and the grade's, moments apart, are one (harness.grading.speed.FRESH_S)."""
    probes = []
    monkeypatch.setattr(speed, "probe_seconds", lambda: probes.append(1) or (0.01, 0.02))
    monkeypatch.setattr(speed, "_latest", None)
    assert speed.measure() == speed.measure() and len(probes) == 1
    monkeypatch.setattr(speed, "_latest", (speed._latest[0] - speed.FRESH_S, speed._latest[1]))
    speed.measure()
    assert len(probes) == 2, "an older measurement is not reused"


GIVEN_BEFORE_NUMPY = """
import sys
from harness import catalogue, grading
from harness.sandbox import parent

give, seen = parent.Worker.give, []
parent.Worker.give = lambda self, job: seen.append("numpy" in sys.modules) or give(self, job)
problem = catalogue.resolve("softmax")
result = grading.grade(problem, problem.reference)
print(result.verdict.value, seen)
"""


def test_a_warm_grade_gives_the_worker_its_job_before_the_grader_imports_numpy(tmp_path):
    """The kept cases and answers (arrays among them) are decoded as their results come in, not before the job is
    given: the grader's own NumPy import overlaps the worker's run."""
    import subprocess
    import sys

    env = {**os.environ, "SHOUSI_CACHE": str(tmp_path / "cache")}
    cold = subprocess.run([sys.executable, "-c", GIVEN_BEFORE_NUMPY], capture_output=True, text=True, env=env)
    warm = subprocess.run([sys.executable, "-c", GIVEN_BEFORE_NUMPY], capture_output=True, text=True, env=env)
    assert cold.stdout.split()[0] == "accepted" and "True" in cold.stdout, cold.stderr  # the reference needed it
    assert warm.stdout.strip() == "accepted [False]", warm.stdout + warm.stderr
