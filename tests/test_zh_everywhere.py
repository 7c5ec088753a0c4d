"""`--lang zh` is Chinese everywhere a person reads (progress, next, history, diff, grade, mock, mock --history,
compare, and the checkers' messages), and `next --json`, `history ID --json`, `grade --json` and `compare --json` are
one English JSON object whatever the language.

The check for English: every ASCII word of three letters or more in the output must be one the harness did not
write: a problem id, a file name or path, a command in backticks, the user's own code (a traceback quotes it), a
unit, or a name of code such as NotImplementedError."""

from __future__ import annotations

import json
import random
import re
import shutil
from types import SimpleNamespace

import pytest
from click.testing import CliRunner
from rich.cells import cell_len

from harness import catalogue
from harness.cli import main
from harness.grading.verdict import Verdict
from harness.practice import mock as interview
from harness.practice.history import Attempt, History, now
from harness.report.messages_zh import in_chinese, nested, template_of

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
    allowed = ALLOWED | set(main.list_commands(None)) | {"force"}  # `next` prints the command to begin with, unquoted
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
    its placeholders) must still be in the harness's source. (The checkers' templates are held to messages the
    checkers actually write, below.)"""
    from pathlib import Path

    from harness.report.checkers_zh import TEMPLATES as CHECKERS
    from harness.report.messages_zh import TEMPLATES

    root = Path(catalogue.__file__).resolve().parent.parent
    source = "".join(path.read_text(encoding="utf-8") for part in ("grading", "sandbox", "checkers", "catalogue",
                                                                   "compare") for path in (root / part).rglob("*.py"))
    source += (root / "report" / "messages.py").read_text(encoding="utf-8") + "".join((root / name).read_text(encoding="utf-8") for name in ("acm.py", "leetcode.py"))
    source += "".join(path.read_text(encoding="utf-8") for path in (root.parent / "problems").glob("*/adapter.py"))
    source = re.sub(r"([\"'])\s*\n\s*f?\1", "", source)  # implicit concatenation across lines, joined
    for english, _ in TEMPLATES[:len(TEMPLATES) - len(CHECKERS)]:
        piece = max((piece.strip(" :;,()") for piece in re.split(r"\{\w+(?::\w+)?\}", english)), key=len)
        assert all(part in source for part in piece.split(": ")), f"no message of the harness's says {piece!r} any more ({english!r})"


# ---- compare ---------------------------------------------------------------------------------------------------------

FILLS_1024_SLOTS = SUBMISSIONS / "two-sum" / "wrong_answer" / "table_of_1024_slots.py"  # wrong from n = 1,250 on
ONE_BASED = SUBMISSIONS / "two-sum" / "wrong_answer" / "one_based.py"  # wrong at the first size
GROWTH_WORDS = "O(n log n) O(n² log n)"  # the classes' own notation


def compare(*args: str, columns: int = 120):
    """`compare two-sum` at the smallest budget (the output's words are asked about, never its figures)."""
    return CliRunner().invoke(main, ["compare", "two-sum", *args, "--budget", "1"], env={"COLUMNS": str(columns)},
                              catch_exceptions=False)


def test_compare_is_all_chinese_and_fits_80_columns(chinese):
    shown = compare(str(ACCEPTED), columns=80)
    assert shown.exit_code == 0, shown.output
    for phrase in ("对比  two-sum  ·  ", "n = nums 的长度", "你的代码  参考解答", "内存峰值（你的代码）",
                   "你的代码  增长 O(", "参考解答  增长 O(n)（指数 ", "用时与 n（双对数坐标）：  r 参考解答   ● 你的代码"):
        assert phrase in shown.output, phrase
    assert english_words(shown.output, GROWTH_WORDS) == set()
    assert all(cell_len(line) <= 80 for line in shown.output.splitlines()), shown.output  # a CJK character is 2


def test_a_compare_that_fails_says_why_in_chinese_and_its_json_stays_english(chinese, tmp_path):
    at_once = compare(str(ONE_BASED))
    assert at_once.exit_code == 1 and at_once.output.count("\n") == 1, at_once.output
    assert "在逐级增大的输入规模上解答错误（n = 625 时：[624, 625] 中有下标越界（len(nums) = 625））" in at_once.output
    later = compare(str(FILLS_1024_SLOTS), "--plot", str(tmp_path / "chart.svg"))
    assert later.exit_code == 1 and "! n = 1,250：解答错误：" in later.output and "；从这个规模起不计用时" in later.output
    assert english_words(later.output, GROWTH_WORDS) == set()
    chart = (tmp_path / "chart.svg").read_text(encoding="utf-8")
    assert "n：nums 的长度（对数坐标）" in chart and ">你的代码</text>" in chart
    data = json.loads(compare(str(FILLS_1024_SLOTS), "--json").stdout)
    assert data["n"] == "the length of nums" and data["summary"].startswith("Wrong Answer on the size ladder; ")
    (note,) = data["problems"]
    assert note.startswith("n = 1,250: wrong_answer: ") and note.endswith("; no time is claimed from this size on")
    assert not re.search(r"[\u3000-\u9fff\uff00-\uffef]", json.dumps(data, ensure_ascii=False))


def test_the_chinese_sentence_has_the_english_ones_pieces():
    from harness.compare.summary import ENGLISH
    from harness.report.comparing_zh import SENTENCE

    placeholders = lambda text: sorted(re.findall(r"\{(\w+)\}", text))  # noqa: E731
    assert SENTENCE.keys() == ENGLISH.keys()
    assert all(placeholders(SENTENCE[key]) == placeholders(ENGLISH[key]) for key in ENGLISH), "same placeholders"


def test_every_package_says_what_n_counts_in_chinese_too():
    for problem in catalogue.problems():
        if problem.compare:
            assert re.search(r"[\u4e00-\u9fff]", problem.compare.get("n_zh", "")), problem.id


# ---- mock --history --------------------------------------------------------------------------------------------------

def mock_history(columns: int):
    return CliRunner().invoke(main, ["mock", "--history"], env={"COLUMNS": str(columns)}, catch_exceptions=False)


def test_mock_history_is_all_chinese(chinese):
    empty = mock_history(120)
    assert "还没有模拟面试记录：`shousi mock` 开始一场。" in empty.output and english_words(empty.output) == set()
    history = History.open()
    finished = history.start_mock(45, ["two-sum", "softmax"])
    history.record(Attempt(now(), "two-sum", "mock", "wrong_answer", 1, 3, 1.0, 1.0, 1.0, mock=finished))
    outcomes = [interview.Outcome(TWO_SUM, SimpleNamespace(verdict=Verdict.WRONG_ANSWER)),
                interview.Outcome(catalogue.resolve("softmax"), None)]
    history.finish_mock(finished, interview.Scorecard(outcomes, 1805, 45).summary)
    history.finish_mock(history.start_mock(30, ["two-sum"]), interview.abandoned_summary(65, 30))
    history.start_mock(0.5, ["softmax"])  # never finished
    history.close()
    wide = mock_history(200)
    for phrase in ("模拟面试记录", "时间", "分钟", "题目", "总结", "two-sum  解答错误 1/3", "softmax  未作答", "未完成",
                   "不录用：解出 0/2 道（1 道未作答），用时 30 分 5 秒（共 45 分钟）", "用时 1 分 5 秒后放弃（共 30 分钟）"):
        assert phrase in wide.output, phrase
    for shown in (wide, mock_history(80)):
        assert shown.exit_code == 0 and english_words(shown.output) == set(), shown.output
        assert "…" not in shown.output  # a Chinese line as wide as its cell is not cut short
    assert mock_history(80).output.count("\n") > wide.output.count("\n")  # the summaries wrap, Chinese-style


@pytest.mark.parametrize("solved, skipped, used_s, signal", [(2, 0, 600, "Strong hire"), (2, 0, 2700, "Hire"),
                                                              (1, 1, 1805, "Lean hire"), (0, 2, 59, "No hire")])
def test_a_kept_summary_reads_back_as_the_scorecard_wrote_it(solved, skipped, used_s, signal):
    verdicts = [Verdict.ACCEPTED] * solved + [Verdict.WRONG_ANSWER] * (2 - solved - skipped)
    outcomes = [interview.Outcome(TWO_SUM, SimpleNamespace(verdict=v)) for v in verdicts]
    card = interview.Scorecard(outcomes + [interview.Outcome(TWO_SUM, None)] * skipped, used_s, 45)
    assert card.signal == signal
    assert interview.read_summary(card.summary) == interview.KeptSummary(signal, solved, 2, skipped, used_s, 45)
    assert interview.read_summary(interview.abandoned_summary(61.5, 0.5)) == interview.KeptSummary("", 0, 0, 0, 61, 0.5)
    assert interview.read_summary("something else") is None


# ---- the checkers' messages ------------------------------------------------------------------------------------------

# The names of code and notation that the checkers' messages quote, in Chinese as in English.
CODE = ("nums len dtype float32 float64 rtol atol NaN nan inf numpy ndarray getRandom insert forward sum output "
        "autograd detach torch no_grad item NumPy ValueError KeyError int str list float True False lora_A lora_B "
        "set_lora sqrt kaiming fan Kolmogorov Smirnov LoRA CDF")


def _design(values: list, draws: list) -> tuple[dict, list]:
    """A RandomizedSet's operations, `values` inserted then `draws` drawn, and the outputs (the draws as answered)."""
    operations = ["RandomizedSet"] + ["insert"] * len(values) + ["getRandom"] * len(draws)
    arguments = [[]] + [[v] for v in values] + [[] for _ in draws]
    return {"operations": operations, "arguments": arguments}, [None] + [True] * len(values) + list(draws)


def checker_messages() -> list[str]:
    """A message of every kind the checkers write, from wrong answers given to the checkers themselves."""
    import numpy as np

    from harness import checkers, loader
    from harness.catalogue.cases import Case
    from harness.checkers import distribution, exact, floats, operations, unordered
    from harness.grading import classify, gradients

    two_sum = checkers.load(TWO_SUM.checker, TWO_SUM.folder)
    nums = {"nums": [3, 2, 4], "target": 6}
    messages = [two_sum(nums, [1, 2], got).message for got in ([1], [0.5, 1], [0, 7], [0, 0], [0, 1])]
    problem = catalogue.resolve("convert-sorted-array-to-binary-search-tree")
    to_bst = checkers.load(problem.checker, problem.folder)
    nums = {"nums": [1, 2, 3]}
    messages += [to_bst(nums, [2, 1, 3], got).message
                 for got in ([], [2, 1], [2, 1, 4, None, None, 3], [2, 1, 3, None, None, 3], [1, 2, 3], [1, None, 2, None, 3],
                             [2.0, 1, 3])]
    palindrome = catalogue.resolve("longest-palindromic-substring")
    longest = checkers.load(palindrome.checker, palindrome.folder)
    messages += [longest({"s": "abacdfgdcaba"}, "aba", got).message for got in (3, "abd", "abacd", "a")]
    def wrong(module, expected, got, given=None, **options) -> str:
        return module.check(given or {}, expected, got, options).message

    messages += [wrong(exact, *pair) for pair in [
        ([1, 2], [1]), ([[1]], [[2]]), (1, "1"), (set(range(300)), set(range(299)) | {1000}), ({1: "a"}, {1.0: "a"}),
        ({"a": 1}, {"b": 1}), ({"a": 1}, {"a": 2}), ({"a": 1}, {"a": 1, "b": 2}), (np.zeros(2), np.zeros(3)),
        (np.zeros(2), np.zeros(2, dtype=np.float32)), (np.eye(2), np.zeros((2, 2)))]]
    messages += [wrong(unordered, *pair) for pair in [
        ([1], 5), ([1], []), ([1, 2], [1]), ([1, 2], [1, 3]), ([1, 2], [1, 2, 2]), ([1], [1, 1])]]
    x = np.ones(3, dtype=np.float32)
    messages += [wrong(floats, *pair) for pair in [
        (1.0, "x"), (np.ones(2), [1.0, 1.0]), (np.ones(2), np.ones(3)), (np.ones(2), np.ones(2) + 1),
        (np.ones(2), np.array([np.nan, 1.0])), (np.array([np.inf, 1.0]), np.ones(2))]]
    messages += [wrong(floats, x, np.ones(3), {"x": x}, dtype_of="x"),
                 wrong(floats, x, x + 1, {"x": x}, dtype_of="x", relative_to_max=["float32"]),
                 wrong(floats, (np.ones(2), 1.0), [np.ones(2)], items=True),
                 wrong(floats, (np.ones(2), 1.0), (np.ones(2), 2.0), items=True)]
    calls = {"operations": ["KVCache", "forward", "forward"], "arguments": [[], [1], [2]]}
    messages += [wrong(operations, [None, 1], [None]), wrong(operations, [None, 1, 2], [None, 1, 3], calls),
                 wrong(operations, [None, 1, [np.ones(2)]], [None, 1, [np.zeros(2)]], calls)]
    problem = catalogue.resolve("insert-delete-getrandom-o1")
    randomized = checkers.load(problem.checker, problem.folder)
    rng = random.Random(7)
    twice = [(a, a if k % 25 == 0 else rng.randrange(1000)) for k in range(10_000) for a in [rng.randrange(1000)]]
    for values, draws in (([1, 2], [3]), ([1, 2], [1] * 1000), ([1, 2], [1, 2] * 500),  # not a member; one value;
                          (range(1000), [rng.randrange(500) for _ in range(1000)]),  # pairs; half the positions;
                          (range(1000), [v for pair in twice for v in pair])):  # a value repeated too often
        given, expected = _design(list(values), draws)
        messages.append(randomized(given, expected, expected).message)
    given, expected = _design([1], [1])
    messages += [randomized(given, expected, got).message for got in (expected[:1], [None, False, 1])]
    messages.append(distribution.uniformity_complaint([1] * 100, [1, 2]))
    answer = gradients.GradientAnswer(output=np.ones(2), grad={"x": np.ones(2)})
    judge = gradients.gradient_checker(lambda given, expected, got: checkers.ACCEPT, floats.OPTIONS)
    messages += [judge({}, answer, got).message for got in ([1], {"output": 1, "grad": {}},
                                                            {"output": 1, "grad": {"x": np.zeros(2)}})]
    error = {"status": "error", "error": {"type": "KeyError", "message": "'x'", "types": ["KeyError"]}}
    for case in (Case({}, raises="ValueError"), Case({}, raises="ValueError", note="E % num_heads != 0")):
        messages += [classify.must_raise(case, {"status": "ok"}, 3, TWO_SUM)[1],
                     classify.must_raise(case, error, None, TWO_SUM)[1]]
    lora = loader.load("shousi_checker_lora_linear", catalogue.resolve("lora-linear").folder / "checker.py")
    weight, uniform = np.zeros((3, 16)), np.random.default_rng(0).uniform(-0.25, 0.25, (2, 16))
    messages += [lora.initial_b_complaint("x", weight, 2), lora.initial_b_complaint(np.ones((3, 2)), weight, 2),
                 lora.initial_a_complaint("x", weight, 2, None), lora.initial_a_complaint(uniform, weight, 2, -uniform),
                 lora.initial_a_complaint(np.full((2, 16), np.nan), weight, 2, None),
                 lora.initial_a_complaint(np.zeros((2, 16)), weight, 2, None),
                 lora.initial_a_complaint(uniform * 4, weight, 2, None),
                 lora.initial_a_complaint(np.random.default_rng(1).uniform(-1, 1, (8, 256)) / 256, np.zeros((3, 256)),
                                          8, None)]  # the bound 1/in
    assert all(messages), messages
    return messages


def _templates_and_values(message: str) -> tuple[set[str], list[str]]:
    """The templates `message` matched, nested ones too, and the values that filled their other placeholders."""
    english, _, values = template_of(message)
    templates, filled = {english}, []
    for name, value in values.items():
        if nested(name):
            more, deeper = _templates_and_values(value)
            templates, filled = templates | more, filled + deeper
        else:
            filled.append(value)
    return templates, filled


def test_every_message_a_checker_writes_is_chinese():
    for message in checker_messages():
        assert template_of(message) is not None, f"no template matches {message!r}"
        _, values = _templates_and_values(message)
        assert english_words(in_chinese(message), CODE, *values) == set(), (message, in_chinese(message))


def test_the_length_of_a_long_value_is_said_in_chinese():
    from harness.checkers import exact

    message = exact.difference(list(range(20)), list(range(21)))
    assert "(length 21)" in message
    translated = in_chinese(message)
    assert "（长度 20）" in translated and "（长度 21）" in translated and "length" not in translated


@pytest.mark.parametrize("lang, shown, hidden", [("zh", "最大：n = 10^4，随机", "max: n = 10^4"),
                                                 ("en", "max: n = 10^4, random", "最大")])
def test_a_failing_case_s_note_is_in_the_reader_s_language(lang, shown, hidden):
    from rich.console import Console

    from harness.grading.verdict import CaseResult
    from harness.report.grading import _case

    out = Console(record=True, width=100)
    case = CaseResult(name="hidden 3", verdict=Verdict.RUNTIME_ERROR, note="max: n = 10^4, random",
                      note_zh="最大：n = 10^4，随机", message="expected ValueError to be raised (max: n = 10^4, random)")
    _case(case, out, lang)
    text = out.export_text()
    assert text.count(shown) == 2 and hidden not in text  # the case's row and the message that names it


@pytest.mark.shared_cache
def test_a_hidden_case_s_note_is_chinese_under_grade_and_english_in_its_json(chinese):
    wrong = SUBMISSIONS / "two-sum" / "wrong_answer" / "table_of_1024_slots.py"
    graded = cli("grade", "two-sum", str(wrong))
    assert graded.exit_code == 1 and "n = 10^4，随机值，数对在最末尾" in graded.output
    data = json.loads(cli("grade", "two-sum", str(wrong), "--json").output)
    assert data["failure"]["note"] == "n = 10^4, random values, the pair at the very end"


def test_every_checker_template_matches_a_message_a_checker_writes():
    from harness.report.checkers_zh import TEMPLATES

    used = set().union(*(_templates_and_values(message)[0] for message in checker_messages()))
    assert [english for english, _ in TEMPLATES if english not in used] == []


@pytest.mark.shared_cache
def test_a_checkers_message_is_chinese_under_grade_and_english_in_its_json(chinese):
    graded = cli("grade", "two-sum", str(WRONG))
    assert graded.exit_code == 1 and "[0, 0] 把元素 nums[0] = 3 用了两次；预期结果 [1, 2]" in graded.output
    assert english_words(graded.output, WRONG.read_text()) == set()
    data = json.loads(cli("grade", "two-sum", str(WRONG), "--json").output)
    assert data["failure"]["message"] == "[0, 0] uses the element nums[0] = 3 twice; expected [1, 2]"


# ---- the answers harness.leetcode and the adapters reject: every one of their messages reads in Chinese --------------

# What each formatted part of a `Rejected(f"...")` message can be, by its source text; anything else stands for a
# number or a value (7).
FILLS = {
    "what": ("the list you returned", "the node you returned"),
    "where": ("is", "has, after 1 node,", "has, after 3 nodes,"),
    "a_type(returned)": ("a list", "an int"),
    "a_type(node)": ("a list",),
    "type(node).__name__": ("list",),
    "name": ("next", "random"),
}


def fills(expression: str) -> tuple[str, ...]:
    if expression.startswith("'s' * "):  # a plural's s
        return "", "s"
    return FILLS.get(expression, ("7",))


def rejected_messages():
    """(where, message) for every way each `Rejected(f"...")` of harness.leetcode and the adapters can read."""
    import ast
    import itertools
    from pathlib import Path

    root = Path(catalogue.__file__).resolve().parent.parent
    for path in [root / "leetcode.py", *sorted((root.parent / "problems").glob("*/adapter.py"))]:
        source = path.read_text(encoding="utf-8")
        for call in ast.walk(ast.parse(source)):
            if not (isinstance(call, ast.Call) and getattr(call.func, "id", None) == "Rejected" and call.args
                    and isinstance(call.args[0], ast.JoinedStr)):
                continue
            parts = [(part.value,) if isinstance(part, ast.Constant) else fills(ast.unparse(part.value))
                     for part in call.args[0].values]
            for filled in itertools.product(*parts):
                yield f"{path.parent.name}/{path.name}:{call.lineno}", "".join(filled)


def test_every_answer_an_adapter_rejects_reads_in_chinese():
    messages = list(rejected_messages())
    assert len(messages) > 30
    # intersection-of-two-linked-lists names the list that changed
    messages += [("intersection", message.replace("the list was modified", "listB was modified"))
                 for where, message in messages if where.startswith("harness/leetcode.py")
                 and message.startswith("the list was modified")]
    untranslated = [(where, message) for where, message in messages if template_of(message) is None]
    assert not untranslated
    for _, message in messages:
        assert not english_words(in_chinese(message)) - {"val", "next", "random", "ListNode", "Node", "TreeNode",
                                                         "None", "True", "False", "listA", "listB"}, in_chinese(message)
