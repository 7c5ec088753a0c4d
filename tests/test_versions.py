"""Your code's history: every graded version is kept by content (the bytes that were graded, not the file as it is
when the grade ends), shown and diffed by `history --show` and `diff`, and `start --force` backs up what it
replaces."""

from __future__ import annotations

import hashlib
import json
import sqlite3

import pytest
from click.testing import CliRunner

from harness import catalogue, grading
from harness.cli import main
from harness.practice import versions
from harness.practice.history import Attempt, History
from harness.practice.record import remember

from conftest import SUBMISSIONS

ACCEPTED = SUBMISSIONS / "two-sum" / "accepted" / "hash_map_class.py"
WRONG = SUBMISSIONS / "two-sum" / "wrong_answer" / "one_based.py"
RAISES = b"""class Solution:
    def twoSum(self, nums, target):
        return [0] * (1 // 0)  # line 3 of what was graded
"""


@pytest.fixture
def cli():
    runner = CliRunner()
    return lambda *args, **kw: runner.invoke(main, list(map(str, args)), catch_exceptions=False, **kw)


@pytest.fixture
def mine(workspace):
    """The user's two-sum file in the workspace, holding the wrong answer."""
    workspace.mkdir(parents=True, exist_ok=True)
    path = workspace / "two-sum.py"
    path.write_bytes(WRONG.read_bytes())
    return path


def save_during_grade(monkeypatch, path, content: bytes) -> None:
    """Save `content` into `path` once the grade has begun, before the user's worker starts (the speed probe runs
    between the reference and the user's file): what a slow grade and a quick editor do."""
    measure = grading.speed.measure

    def saving():
        path.write_bytes(content)
        return measure()

    monkeypatch.setattr(grading.speed, "measure", saving)


def sha(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


def test_the_bytes_graded_are_the_ones_read_at_the_start_and_kept(cli, mine, monkeypatch):
    save_during_grade(monkeypatch, mine, ACCEPTED.read_bytes())
    graded = cli("run", "two-sum", "--json")
    assert json.loads(graded.stdout)["verdict"] == "wrong_answer"  # the file as it was when the grade began
    assert mine.read_bytes() == ACCEPTED.read_bytes()
    (attempt,) = History.open().attempts("two-sum")
    assert attempt.file_hash == sha(WRONG.read_bytes())
    assert cli("history", "two-sum", "--show", "1").stdout_bytes == WRONG.read_bytes()


def test_tracebacks_show_the_real_path_its_line_numbers_and_the_graded_lines(mine, monkeypatch):
    mine.write_bytes(RAISES)
    save_during_grade(monkeypatch, mine, b"\n\n\n\n" + ACCEPTED.read_bytes())
    result = grading.grade(catalogue.resolve("two-sum"), mine, hidden=False)
    assert result.verdict.value == "runtime_error" and result.source == RAISES
    trace = result.failure.traceback
    assert f'File "{mine.resolve()}", line 3, in twoSum' in trace
    assert "return [0] * (1 // 0)  # line 3 of what was graded" in trace


def test_a_syntax_error_names_the_real_path_and_line(cli, mine):
    mine.write_text("class Solution:\n    def twoSum(self, nums, target)\n        return []\n")
    data = json.loads(cli("run", "two-sum", "--json").stdout)
    assert data["verdict"] == "compile_error"
    assert f'File "{mine.resolve()}", line 2' in data["message"] and "SyntaxError" in data["message"]


def test_what_is_remembered_is_the_snapshot_even_if_the_file_changes_before_it_is_recorded(mine):
    """watch's path: grade(), then remember(mode, [result]), with a save in between."""
    result = grading.grade(catalogue.resolve("two-sum"), mine, hidden=False)
    mine.write_bytes(ACCEPTED.read_bytes())
    remember("run", [result])
    history = History.open()
    (attempt,) = history.attempts("two-sum")
    assert attempt.file_hash == sha(WRONG.read_bytes())
    assert history.kept("two-sum") == {attempt.file_hash: WRONG.read_bytes()}


def test_history_numbers_the_versions_and_shows_any_of_them(cli, mine):
    cli("run", "two-sum")
    mine.write_bytes(ACCEPTED.read_bytes())
    cli("run", "two-sum")
    cli("run", "two-sum")  # the same code again: still v2
    table = cli("history", "two-sum").output
    assert table.count("v1 ") == 1 and table.count("v2 ") == 2
    assert "--show N" in table and "shousi diff two-sum" in table
    assert cli("history", "two-sum", "--show", "v1").stdout_bytes == WRONG.read_bytes()
    assert cli("history", "two-sum", "--show", sha(ACCEPTED.read_bytes())[:6]).stdout_bytes == ACCEPTED.read_bytes()
    missing = cli("history", "two-sum", "--show", "7")
    assert missing.exit_code == 2 and "no version '7'" in missing.output and "Traceback" not in missing.output


def test_diff_shows_what_changed_between_the_last_two_graded(cli, mine):
    assert cli("diff", "two-sum").exit_code == 2  # nothing graded yet
    cli("run", "two-sum")
    only_one = cli("diff", "two-sum")
    assert only_one.exit_code == 2 and "only one graded version" in only_one.output
    mine.write_bytes(ACCEPTED.read_bytes())
    cli("run", "two-sum")
    shown = cli("diff", "two-sum")
    assert shown.exit_code == 0
    lines = shown.stdout.splitlines()
    assert lines[0].startswith("--- two-sum v1 (") and lines[1].startswith("+++ two-sum v2 (")
    assert "-        for i, x in enumerate(nums, 1):" in lines and "+        for i, x in enumerate(nums):" in lines
    assert "\x1b[" not in shown.stdout  # plain when piped
    backwards = cli("diff", "two-sum", "2", "1").stdout.splitlines()
    assert "+        for i, x in enumerate(nums, 1):" in backwards
    same = cli("diff", "two-sum", "2")  # A alone: against the latest
    assert same.exit_code == 0 and same.stdout == "" and "no difference" in same.stderr


def test_diff_with_the_reference_waits_until_the_problem_is_solved(cli, mine):
    cli("grade", "two-sum")
    refused = cli("diff", "two-sum", "--reference")
    assert refused.exit_code == 2 and "not solved two-sum yet" in refused.output
    assert "index_of" not in refused.output  # the reference's code stays hidden
    mine.write_bytes(ACCEPTED.read_bytes())
    cli("grade", "two-sum")
    shown = cli("diff", "two-sum", "--reference")
    assert shown.exit_code == 0 and "+++ reference solution" in shown.stdout and "index_of" in shown.stdout
    assert cli("diff", "two-sum", "1", "2", "--reference").exit_code == 2


def test_the_versions_table_is_added_to_an_existing_database(cli, mine, tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    old = sqlite3.connect(folder / "history.sqlite3")  # the schema before versions were kept
    old.executescript("""
        CREATE TABLE attempts (id INTEGER PRIMARY KEY, at TEXT NOT NULL, problem TEXT NOT NULL, command TEXT NOT NULL,
            file_hash TEXT, verdict TEXT, passed INTEGER, total INTEGER, time_ms REAL, reference_ms REAL, ratio REAL,
            mock INTEGER);
        INSERT INTO attempts (at, problem, command, file_hash, verdict, passed, total)
            VALUES ('2024-05-01T10:00:00+00:00', 'two-sum', 'grade', '0123456789abcdef', 'wrong_answer', 1, 27);
    """)
    old.close()
    assert cli("run", "two-sum").exit_code == 1
    table = cli("history", "two-sum").output
    assert "0123456" in table and "v1 " + sha(WRONG.read_bytes())[:7] in table
    assert cli("history", "two-sum", "--show", "0123456").exit_code == 2  # an old attempt: its code was never kept


def test_start_force_keeps_a_backup_of_the_file_it_replaces(cli, workspace):
    path = workspace / "two-sum.py"
    cli("start", "two-sum")
    path.write_bytes(ACCEPTED.read_bytes())
    started = cli("start", "two-sum", "--force")
    (backup,) = workspace.glob("two-sum.py.bak-*")
    assert backup.read_bytes() == ACCEPTED.read_bytes() and str(backup) in started.stderr
    assert path.read_bytes() == catalogue.resolve("two-sum").stub_path.read_bytes()
    cli("start", "two-sum", "--force")  # the stub over the stub: nothing to keep
    assert len(list(workspace.glob("two-sum.py.bak-*"))) == 1


def test_versions_are_named_by_number_or_hash_prefix():
    def attempt(digest: str, command: str = "grade") -> Attempt:
        return Attempt("2024-05-01T10:00:00+00:00", "p", command, "accepted", 1, 1, 1.0, 1.0, 1.0, digest)

    kept = {"aaaa1111": b"one", "aaaa2222": b"two", "bbbb3333": b"three"}
    graded = [attempt("bbbb3333", "compare")] + [attempt(h) for h in ("aaaa1111", "old", "aaaa2222", "aaaa1111",
                                                                      "bbbb3333")]
    found = versions.numbered(graded, kept)  # a compare's hash is of the file as it ended, not what ran: no version
    assert [(v.number, v.content, len(v.attempts)) for v in found] == [(1, b"one", 2), (2, b"two", 1), (3, b"three", 1)]
    assert versions.find(found, "2", "p").content == b"two" and versions.find(found, "v3", "p").content == b"three"
    assert versions.find(found, "bbbb", "p").number == 3
    with pytest.raises(versions.UsageError, match="several"):
        versions.find(found, "aaaa", "p")
    with pytest.raises(versions.UsageError, match="no version"):
        versions.find(found, "aa", "p")  # too short to be a hash
