"""What the person sees: user text exactly as it was (never rich markup), output that always encodes, strict JSON
on stdout under --json even when the command fails, and every line of rich inside harness/report."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from rich.console import Console

from harness import report
from harness.cli import main

from conftest import shousi

HARNESS = Path(__file__).resolve().parent.parent / "harness"

PRINTS_AND_CRASHES = '''
class Solution:
    def twoSum(self, nums, target):
        i = len(nums)
        print("dp[i] =", i, "[/usr/bin] [bold]not bold[/bold] :smile:")
        return nums[i]
'''
RETURNS_MARKUP = '''
class Solution:
    def twoSum(self, nums, target):
        return "[/s]"
'''
SYNTAX_ERROR = "class Solution:\n    def twoSum(self, nums, target):\n        return [/usr/bin]\n"
LONE_SURROGATES = '''
class Solution:
    def twoSum(self, nums, target):
        print("\\udc80 printed")
        raise ValueError("\\udc80 raised [/x]")
'''
RETURNS_SURROGATE = '''
class Solution:
    def twoSum(self, nums, target):
        return "\\udc80"
'''


def refuse_constant(token: str):
    raise ValueError(f"not strict JSON: {token}")


@pytest.fixture
def cli():
    runner = CliRunner()
    return lambda *args: runner.invoke(main, [str(a) for a in args], catch_exceptions=False)


def write(tmp_path: Path, name: str, source: str) -> Path:
    path = tmp_path / name
    path.write_text(source, encoding="utf-8")
    return path


def test_tracebacks_and_printed_output_are_shown_as_they_are(cli, tmp_path):
    result = cli("run", "two-sum", write(tmp_path, "crash.py", PRINTS_AND_CRASHES))
    assert result.exit_code == 1
    for text in ("return nums[i]", "dp[i] = 4", "[/usr/bin]", "[bold]not bold[/bold]", ":smile:"):
        assert text in result.stdout, text


def test_a_returned_string_that_looks_like_markup_is_shown_as_it_is(cli, tmp_path):
    result = cli("run", "two-sum", write(tmp_path, "markup.py", RETURNS_MARKUP))
    assert result.exit_code == 1 and "got '[/s]'" in result.stdout


def test_a_compile_error_quoting_markup_is_shown_as_it_is(cli, tmp_path):
    result = cli("run", "two-sum", write(tmp_path, "syntax.py", SYNTAX_ERROR))
    assert result.exit_code == 1 and "Compile Error" in result.stdout and "return [/usr/bin]" in result.stdout


def test_file_names_with_brackets_are_shown_as_they_are(cli, tmp_path, monkeypatch):
    monkeypatch.setenv("SHOUSI_WORKSPACE", str(tmp_path / "work[/s]space"))
    assert cli("start", "two-sum").exit_code == 0
    again = cli("start", "two-sum")
    assert again.exit_code == 0 and "work[/s]space" in again.stderr and "exists already" in again.stderr


def test_history_warnings_are_shown_as_they_are(cli, tmp_path, monkeypatch):
    (tmp_path / "file").write_text("")
    monkeypatch.setenv("SHOUSI_DATA", str(tmp_path / "file" / "[/s]"))
    result = cli("progress")
    assert result.exit_code == 0 and "history is unavailable" in result.stderr and "[/s]" in result.stderr


def test_watch_header_shows_paths_as_they_are():
    out = Console(record=True, width=200)
    report.messages.watch_header("two-sum", Path("/tmp/[/s]/two_sum.py"), "grade", out)
    text = out.export_text()
    assert "/tmp/[/s]/two_sum.py" in text and "g grade · r run the examples" in text


def test_lone_surrogates_in_output_print_as_escapes(tmp_path):
    """A real terminal's stdout encodes strictly as UTF-8: a lone surrogate in a traceback must not crash it."""
    completed = shousi("run", "two-sum", str(write(tmp_path, "surrogates.py", LONE_SURROGATES)))
    assert completed.returncode == 1 and "Traceback" not in completed.stderr, completed.stderr
    assert "\\udc80 raised [/x]" in completed.stdout


def test_json_is_strict_utf8_with_lone_surrogates_escaped(tmp_path):
    completed = shousi("run", "two-sum", str(write(tmp_path, "surrogate.py", RETURNS_SURROGATE)), "--json")
    assert completed.returncode == 1, completed.stderr
    data = json.loads(completed.stdout.encode("utf-8", "surrogateescape").decode("utf-8"),
                      parse_constant=refuse_constant)
    assert data["failure"]["got"] == "\udc80" and "\\udc80" in completed.stdout


@pytest.mark.parametrize("args", [
    ("grade", "no-such-problem", "--json"),
    ("run", "two-sum", "/no/such/file.py", "--json"),
    ("grade", "two-sum", "--json", "--no-such-option"),
    ("run", "two-sum", "--json", "--input", "nums = [1, 2"),
])
def test_a_usage_error_under_json_is_one_json_object(args):
    completed = shousi(*args)
    assert completed.returncode == 2
    assert completed.stdout.count("\n") == 1, completed.stdout
    data = json.loads(completed.stdout, parse_constant=refuse_constant)
    assert data["exit_code"] == 2 and data["error"]
    assert "Error:" in completed.stderr and "Traceback" not in completed.stderr


def test_strict_json_encodes_what_json_lacks():
    from harness.report.jsonout import dumps

    line = dumps({"x": [float("nan"), float("inf"), -float("inf")], "big": 10**5000, "s": "\udc80", "zh": "两数"})
    data = json.loads(line, parse_constant=refuse_constant)
    assert data["x"] == ["NaN", "Infinity", "-Infinity"] and data["s"] == "\udc80" and data["zh"] == "两数"
    assert data["big"].startswith("<int of about 5,001 digits")
    line.encode("utf-8")  # no lone surrogate left


STYLES = "bold|dim|italic|underline|yellow|red|green|cyan|magenta|blue|white"
MARKUP = re.compile(rf"\[/?({STYLES})\b[^\]\n]*\]|\[/\]")  # [bold], [dim red], [/yellow], [/]


@pytest.mark.parametrize("path", sorted(p for p in HARNESS.rglob("*.py") if "report" not in p.parts),
                         ids=lambda p: str(p.relative_to(HARNESS)))
def test_only_report_knows_rich(path):
    source = path.read_text(encoding="utf-8")
    assert not MARKUP.search(source), f"rich markup in {path.name}: move it into harness/report"
    assert not re.search(r"^\s*(from|import) rich\b", source, re.M), f"{path.name} imports rich"
