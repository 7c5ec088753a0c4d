"""`--lang zh` is Chinese everywhere a person reads (progress, next, history, diff, grade, mock), and `next --json` and
`history ID --json` are one English JSON object whatever the language.

The check for English: every ASCII word of three letters or more in the output must be one the harness did not
write: a problem id, a file name or path, a command in backticks, the user's own code (a traceback quotes it), a
unit, or a name of code such as NotImplementedError."""

from __future__ import annotations

import json
import re
import shutil

import pytest
from click.testing import CliRunner

from harness import catalogue
from harness.cli import main
from harness.report.messages_zh import in_chinese

from conftest import SUBMISSIONS

TWO_SUM = catalogue.resolve("two-sum")
ISLANDS = catalogue.resolve("number-of-islands")
WRONG = SUBMISSIONS / "two-sum" / "wrong_answer" / "pairs_with_itself.py"
ACCEPTED = SUBMISSIONS / "two-sum" / "accepted" / "hash_map_class.py"
COUNTS_NOTHING = "class Solution:\n    def numIslands(self, grid):\n        return 0\n"  # 'expected 1, got 0'
# Names of code, units and the statement's own data (its examples are LeetCode's `Input:` / `Output:` lines).
ALLOWED = {"shousi", "CPU", "KiB", "MiB", "NotImplementedError", "Solution", "PyTorch", "Input", "Output", "List",
           "int", "str", "grid", "nums", "target", "numIslands", "twoSum", "self", "line", "File", "raise"}
WORD = re.compile(r"[A-Za-z][A-Za-z_]{2,}")
QUOTED = re.compile(r"`[^`\n]*`")
PATH = re.compile(r"(?:/[^\s/（）：，│]+)+/?")
HASH = re.compile(r"\b[0-9a-f]{7}\b")  # a version's short hash


def cli(*args: str, input: str | None = None):
    return CliRunner().invoke(main, list(args), input=input, env={"COLUMNS": "120"}, catch_exceptions=False)


def english_words(output: str, *sources) -> set[str]:
    """The ASCII words in `output` that the harness wrote in English: not ids, paths, commands, code or units."""
    allowed = ALLOWED | set(main.commands) | {"force"}  # `next` prints the command to begin with, unquoted
    for problem in catalogue.problems():
        allowed.update(WORD.findall(problem.id))
    for source in sources:
        allowed.update(WORD.findall(source))
    text = HASH.sub(" ", PATH.sub(" ", QUOTED.sub(" ", output)))
    return {word for word in WORD.findall(text) if word not in allowed}


@pytest.fixture
def chinese():
    """The language chosen once, as a user does, with `show --lang zh`."""
    assert cli("show", "two-sum", "--lang", "zh").exit_code == 0


def graded_twice(workspace) -> None:
    """Two graded versions of two-sum, the stub's and a wrong answer's, then an accepted one."""
    assert cli("start", "two-sum").exit_code == 0
    assert cli("grade", "two-sum").exit_code == 1
    mine = catalogue.workspace_file(TWO_SUM)
    shutil.copyfile(WRONG, mine)
    assert cli("grade", "two-sum").exit_code == 1
    shutil.copyfile(ACCEPTED, mine)
    assert cli("grade", "two-sum").exit_code == 0


@pytest.mark.shared_cache
def test_grading_the_stub_and_a_wrong_file_is_all_chinese(chinese, workspace):
    assert cli("start", "two-sum").exit_code == 0
    stub = cli("grade", "two-sum")
    assert stub.exit_code == 1 and "执行出错" in stub.output and "时间限制 每个用例" in stub.output
    assert english_words(stub.output, TWO_SUM.stub_path.read_text()) == set()
    wrong = workspace / "islands.py"
    wrong.write_text(COUNTS_NOTHING)
    graded = cli("grade", "number-of-islands", str(wrong))
    assert graded.exit_code == 1 and "解答错误" in graded.output and "预期结果 1，输出 0" in graded.output
    assert english_words(graded.output, COUNTS_NOTHING) == set()


@pytest.mark.shared_cache
def test_progress_next_history_and_diff_are_all_chinese(chinese, workspace):
    graded_twice(workspace)
    shown = {
        "progress": cli("progress"), "next": cli("next"), "history": cli("history", "two-sum"),
        "diff": cli("diff", "two-sum"),
    }
    for name, result in shown.items():
        assert result.exit_code == 0, result.output
        code = "".join(path.read_text() for path in (WRONG, ACCEPTED)) if name == "diff" else ""
        assert english_words(result.output, code) == set(), name
    assert "学习进度" in shown["progress"].output and "已解答 1/" in shown["progress"].output
    assert "1 天后" in shown["progress"].output
    assert "下一题：" in shown["next"].output and "（简单，未开始）" in shown["next"].output
    assert "提交记录 · two-sum" in shown["history"].output and "解答错误" in shown["history"].output
    assert "two-sum v2（" in shown["diff"].output and "，提交 " in shown["diff"].output


def test_nothing_to_show_yet_is_chinese_too(chinese):
    for args in (("history", "two-sum"), ("progress",), ("next", "--tag", "ml")):
        result = cli(*args)
        assert result.exit_code == 0 and english_words(result.output) == set(), args


def test_a_mock_interview_is_all_chinese(chinese):
    done = cli("mock", "two-sum", "--minutes", "30", input="r\ng\nx\nq\n")
    assert done.exit_code == 1, done.output
    for phrase in ("模拟面试 · 1 道题 · 30 分钟", "按键：r 运行示例", "你的文件仍是代码模板", "已交卷", "评分表",
                   "未作答", "不录用：解出 0/1 道（1 道未作答）"):
        assert phrase in done.output, phrase
    assert english_words(done.output, TWO_SUM.statement_in("zh")) == set()  # the statement is the package's


def test_the_graders_messages_are_translated_but_what_the_user_wrote_is_not():
    assert in_chinese("cannot load your file: SyntaxError: invalid syntax") == "无法加载你的文件：SyntaxError: invalid syntax"
    assert in_chinese("forbidden: your code calls torch.softmax, which does what this problem asks you to write") == (
        "禁用的调用：你的代码调用了 torch.softmax，它做的正是本题要你亲手写的事")
    assert in_chinese("NotImplementedError: write it here") == "NotImplementedError: write it here"
    assert in_chinese("something else entirely") == "something else entirely"


# --json

NEXT_KEYS = {"next", "queue", "counts", "later"}
ITEM_KEYS = {"problem", "difficulty", "kind", "reason", "command", "started", "graded", "last_verdict", "review",
             "due"}
ATTEMPT_KEYS = {"at", "kind", "verdict", "passed", "total", "time_ms", "reference_time_ms", "ratio", "version",
                "hash", "mock"}


def json_of(*args: str) -> dict:
    result = cli(*args)
    assert result.exit_code == 0 and result.output.count("\n") == 1, result.output
    return json.loads(result.output)


@pytest.mark.shared_cache
def test_next_and_history_json_are_english_whatever_the_language(workspace):
    graded_twice(workspace)
    english = json_of("next", "--json", "--count", "3"), json_of("history", "two-sum", "--json")
    assert cli("show", "two-sum", "--lang", "zh").exit_code == 0
    assert (json_of("next", "--json", "--count", "3"), json_of("history", "two-sum", "--json")) == english
    plan, history = english
    assert set(plan) == NEXT_KEYS and plan["next"] == plan["queue"][0] and len(plan["queue"]) == 3
    assert all(set(item) == ITEM_KEYS for item in plan["queue"] + plan["later"])
    assert plan["next"]["kind"] == "new" and plan["next"]["reason"] == "new"
    assert plan["next"]["command"] == f"shousi start {plan['next']['problem']}"
    (solved,) = plan["later"]
    assert solved["problem"] == "two-sum" and solved["review"]["passed"] == 0 and solved["review"]["of"] == 4
    assert re.fullmatch(r"\d{4}-\d\d-\d\d", solved["due"])
    assert history["problem"] == "two-sum" and history["versions"] == 3
    attempts = history["attempts"]
    assert all(set(a) == ATTEMPT_KEYS for a in attempts)
    assert [(a["kind"], a["verdict"], a["version"]) for a in attempts] == [
        ("grade", "runtime_error", 1), ("grade", "wrong_answer", 2), ("grade", "accepted", 3)]
    assert all(len(a["hash"]) == 64 and a["at"].endswith("+00:00") for a in attempts)
    assert attempts[1]["passed"] < attempts[1]["total"] == attempts[2]["passed"]


def test_history_json_with_nothing_recorded_and_with_show():
    assert json_of("history", "two-sum", "--json") == {"problem": "two-sum", "attempts": [], "versions": 0}
    both = CliRunner().invoke(main, ["history", "two-sum", "--json", "--show", "1"])
    assert both.exit_code == 2 and "--json" in both.output


def test_every_message_template_is_one_the_grader_still_writes():
    """A reworded grader message would silently lose its Chinese: each template's longest fixed piece (between
    its placeholders) must still be in the harness's source."""
    from pathlib import Path

    from harness.report.messages_zh import TEMPLATES

    root = Path(catalogue.__file__).resolve().parent.parent
    source = "".join(path.read_text(encoding="utf-8") for part in ("grading", "sandbox", "checkers", "catalogue")
                     for path in (root / part).rglob("*.py"))
    source += (root / "report" / "messages.py").read_text(encoding="utf-8")
    source = re.sub(r"([\"'])\s*\n\s*f?\1", "", source)  # implicit concatenation across lines, joined
    for english, _ in TEMPLATES:
        piece = max((piece.strip(" :;,()") for piece in re.split(r"\{\w+\}", english)), key=len)
        assert all(part in source for part in piece.split(": ")), f"no message of the harness's says {piece!r} any more ({english!r})"
