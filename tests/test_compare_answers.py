"""`compare` checks answers before it claims a speed: a wrong answer or a crash at some size is reported as such
(exit code 1, no time for that size or larger), a ratio near zero never crashes it, and a cache kept across calls
(`@cache` on the entry point, a module-level dict) cannot make it report a speed the code does not have."""

from __future__ import annotations

import json
import textwrap

from click.testing import CliRunner

from harness.cli import main
from harness.compare import Comparison, Side, _summarise

from conftest import SUBMISSIONS

SIZES = [4, 5, 6, 7, 8]  # generate-parentheses' ladder
BACKTRACK = """
def generate_parenthesis(n):
    found = []
    def extend(prefix, opened, closed):
        if len(prefix) == 2 * n:
            found.append(prefix)
            return
        if opened < n:
            extend(prefix + "(", opened + 1, closed)
        if closed < opened:
            extend(prefix + ")", opened, closed + 1)
    extend("", 0, 0)
    return found
"""


def compare(tmp_path, source: str, *options: str):
    """`shousi compare generate-parentheses FILE --json` on `source`: (exit code, the JSON object)."""
    path = tmp_path / "mine.py"
    path.write_text(textwrap.dedent(source))
    result = CliRunner().invoke(main, ["compare", "generate-parentheses", str(path), "--json", *options],
                                catch_exceptions=False)
    return result.exit_code, json.loads(result.stdout)


def test_a_wrong_answer_claims_no_speed_and_exits_1(tmp_path):
    code, data = compare(tmp_path, "def generate_parenthesis(n):\n    return []\n", "--budget", "2")
    assert code == 1 and data["verdict"] == "wrong_answer"
    assert data["user_ms"] == [None] * len(SIZES) and data["ratio"] is None
    assert data["problems"][0].startswith("n = 4: wrong_answer:")
    assert data["summary"].startswith("Wrong Answer on the size ladder")


def test_a_crash_at_some_size_is_reported_and_larger_sizes_are_not_timed(tmp_path):
    source = BACKTRACK.replace("    found = []\n", "    found = []\n    if n >= 6:\n        raise IndexError(n)\n")
    code, data = compare(tmp_path, source, "--budget", "3")
    assert code == 1 and data["verdict"] == "runtime_error"
    assert data["problems"] == ["n = 6: runtime_error: IndexError: 6; no time is claimed from this size on"]
    assert [t is not None for t in data["user_ms"]] == [True, True, False, False, False]


def test_a_ratio_that_rounds_to_zero_is_kept_and_worded():
    result = Comparison("p", "f.py", [1, 2], Side([None, None]), Side([None, None]))
    _summarise(result, 2, [[1.0, 1.0], [2.0, 2.0]], [[1e-7, 1e-7], [1e-7, 1e-7]])
    assert 0 < result.ratio < 1e-6 and result.ratio_range[0] > 0
    assert "faster" in result.summary
    result.ratio = 0.0
    assert "too fast to measure" in result.summary


def test_a_cache_kept_across_calls_does_not_make_compare_faster(tmp_path):
    # Each new n costs 10 ms of CPU, remembered in a module-level dict: a second call, or a larger n after a
    # smaller one in the same process, would skip most of it. Every timed call must run on a freshly loaded file.
    source = "import time\n\nMEMO = {}\n" + BACKTRACK.replace("    found = []\n", (
        "    for k in range(1, n + 1):\n"
        "        if k not in MEMO:\n"
        "            end = time.thread_time() + 0.01\n"
        "            while time.thread_time() < end:\n"
        "                pass\n"
        "            MEMO[k] = True\n"
        "    found = []\n"))
    code, data = compare(tmp_path, source, "--budget", "3")
    assert code == 0, data["problems"]
    for n, ms in zip(SIZES, data["user_ms"]):
        assert ms >= n * 10 * 0.95, f"n = {n}: {ms} ms, less than the {n * 10} ms a fresh call takes"


def test_a_forbidden_import_is_reported_by_compare_and_exits_1():
    path = SUBMISSIONS / "wordpiece-tokenizer" / "forbidden" / "hf_tokenizers.py"
    result = CliRunner().invoke(main, ["compare", "wordpiece-tokenizer", str(path), "--json", "--budget", "2"],
                                catch_exceptions=False)
    data = json.loads(result.stdout)
    assert result.exit_code == 1 and data["verdict"] == "forbidden"
    assert data["problems"][0].endswith(": forbidden: your code imports tokenizers, which does what this problem "
                                        "asks you to write; no time is claimed from this size on")
