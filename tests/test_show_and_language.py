"""Issue 14, "spoilers and widths" and "Chinese, done properly": `show` folds the interview section until the
problem is solved, the English statement is English, Chinese text wraps by CJK rules, `--lang zh` is Chinese
everywhere a person reads (力扣's verdict names; `--json` stays English), one glossary across the Chinese text, and
nothing is cut at 60 or 80 columns."""

from __future__ import annotations

import io
import json
import re
import tomllib

import pytest
from click.testing import CliRunner
from rich.cells import cell_len
from rich.console import Console

from harness import catalogue, report
from harness.cli import main
from harness.practice.history import Attempt, History, now
from harness.report.cjk import NO_BREAK_AFTER, NO_BREAK_BEFORE, join_soft_breaks, line_starts
from harness.report.words import VERDICTS_ZH, verdict

from conftest import SUBMISSIONS

ACCEPTED = SUBMISSIONS / "two-sum" / "accepted" / "hash_map_class.py"
WRONG = SUBMISSIONS / "two-sum" / "wrong_answer" / "pairs_with_itself.py"
PROBLEMS = catalogue.problems()
CJK = re.compile(r"[\u4e00-\u9fff]")
FENCE = re.compile(r"^```[^\n]*\n.*?^```", re.MULTILINE | re.DOTALL)
BOX = re.compile(r"[\s\u2500-\u259f]+")  # whitespace and box drawing: what wrapping may add or move


@pytest.fixture
def cli(monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    runner = CliRunner()

    def invoke(*args, columns: int = 80):
        monkeypatch.setenv("COLUMNS", str(columns))
        return runner.invoke(main, list(map(str, args)), catch_exceptions=False)

    return invoke


def solved(problem_id: str) -> None:
    """Record an accepted grade of `problem_id` in the (test's own) history."""
    history = History.open()
    history.record(Attempt(now(), problem_id, "grade", "accepted", 3, 3, 1.0, 1.0, 1.0))
    history.close()


def render(problem, language: str, width: int) -> str:
    out = Console(file=io.StringIO(), width=width, no_color=True, highlight=False)
    report.statement(problem, language, out)
    return out.file.getvalue()


def render_prose(problem, width: int) -> list[str]:
    """The lines of the Chinese statement without its code blocks (which rich's Syntax wraps, not report.cjk)."""
    from harness.report.markdown import Document

    out = Console(file=io.StringIO(), width=width, no_color=True, highlight=False)
    out.print(Document(FENCE.sub("", problem.statement_in("zh"))))
    return [line.strip() for line in out.file.getvalue().split("\n") if line.strip()]


# 1. spoilers

def test_show_folds_what_interviewers_ask_until_solved(cli):
    folded = cli("show", "two-sum", "--lang", "en").output
    assert "What interviewers ask" in folded and "shousi show two-sum --spoilers" in folded
    assert "Why a hash map" not in folded and "Constraints" in folded and "01.AI" in folded
    assert "Why a hash map" in cli("show", "two-sum", "--spoilers").output
    solved("two-sum")
    assert "Why a hash map" in cli("show", "two-sum").output, "shown once solved"


def test_the_fold_keeps_the_sections_after_it_and_speaks_chinese(cli):
    english = cli("show", "softmax", "--lang", "en").output
    assert "Why subtract the max" not in english and "PyTorch flavour" in english
    chinese = cli("show", "softmax", "--lang", "zh").output
    assert "面试官会问：解出本题后显示" in chinese and "为什么要减去最大值" not in chinese and "PyTorch 版本" in chinese


@pytest.mark.parametrize("problem", PROBLEMS, ids=lambda p: p.id)
def test_every_statement_has_its_spoilers_in_the_section_that_folds(problem):
    for language, heading in (("en", "## What interviewers ask"), ("zh", "## 面试官会问")):
        assert heading in problem.statement_in(language)


# 2. the English statement is English

@pytest.mark.parametrize("problem", PROBLEMS, ids=lambda p: p.id)
def test_the_english_statement_has_no_chinese_paragraph(problem):
    for paragraph in FENCE.sub("", problem.statement).split("\n\n"):
        visible = BOX.sub("", paragraph)
        if visible and not paragraph.startswith("#"):
            assert len(CJK.findall(visible)) / len(visible) < 0.2, paragraph[:60]


def test_lang_zh_shows_the_chinese_statement_and_labels(cli):
    english = cli("show", "two-sum", "--lang", "en").output
    assert "给定" not in english and "asked in" in english and "easy" in english
    chinese = cli("show", "two-sum", "--lang", "zh").output
    assert "给定一个整数数组" in chinese and "面试来源" in chinese and "简单" in chinese and "开始：" in chinese


# 3. Chinese wrapping

@pytest.mark.parametrize("width", [40, 60, 80])
@pytest.mark.parametrize("problem", PROBLEMS, ids=lambda p: p.id)
def test_chinese_statements_wrap_by_cjk_rules_and_lose_nothing(problem, width):
    whole = BOX.sub("", render(problem, "zh", 1000))
    shown = render(problem, "zh", width)
    assert BOX.sub("", shown) == whole, "nothing cut or dropped"
    lines = render_prose(problem, width)
    for before, line in zip(lines, lines[1:]):
        if line[0] in NO_BREAK_BEFORE:  # only after a piece too wide for any line (a long identifier)
            assert cell_len(before) >= width - 6, (before, line)
        assert before[-1] not in NO_BREAK_AFTER, before


@pytest.mark.parametrize("width", [40, 60, 80])
def test_inline_code_and_terms_stay_whole(width):
    softmax = render(catalogue.resolve("softmax"), "zh", width)
    assert "atol = 1e-15" in softmax and "rtol = 1e-9" in softmax
    assert "O(n log n)" in render(catalogue.resolve("two-sum"), "zh", width)


def test_line_breaking_rules():
    text = "每个输入恰好只有一个答案，并且同一个元素不能使用两次（`O(n log n)` 除外）。"
    code = (text.index("`"), text.rindex("`") + 1)
    for width in range(14, 40):  # the code and the mark after it fit on a line
        for start in line_starts(text, width, keep=[code]):
            assert text[start] not in NO_BREAK_BEFORE and text[start - 1] not in NO_BREAK_AFTER
            assert not code[0] < start < code[1], "never inside the code"
    assert all(cell_len(text[a:b]) <= 8 for a, b in zip([0, *line_starts(text, 8)], [*line_starts(text, 8), None]))
    assert line_starts("one two three", 8) == [8]  # as rich: at spaces
    assert join_soft_breaks("有偏方差\n归一化，\n`x` 与 y\n```\n中\n文\n```") == "有偏方差归一化，\n`x` 与 y\n```\n中\n文\n```"


@pytest.mark.parametrize("width", [40, 60])
def test_hints_wrap_and_keep_the_command_whole(cli, width):
    result = cli("hint", "two-sum", "--lang", "zh", columns=width)
    assert result.exit_code == 0 and "提示 1/3" in result.output
    assert "`shousi hint two-sum`" in result.output
    assert max(len(line) for line in result.output.splitlines()) <= width


# 4. Chinese everywhere a person reads; --json stays English

def test_chinese_verdict_names_in_run_and_json_stays_english(cli):
    cli("show", "two-sum", "--lang", "zh")  # remembered
    accepted = cli("run", "two-sum", ACCEPTED).output
    assert "通过" in accepted and "Accepted" not in accepted and "示例 1" in accepted and "预期结果" in accepted
    wrong = cli("run", "two-sum", WRONG)
    assert wrong.exit_code == 1 and "解答错误" in wrong.output
    data = json.loads(cli("run", "two-sum", WRONG, "--json").stdout)
    assert data["verdict"] == "wrong_answer" and data["cases"][0]["name"] == "example 1"


def test_every_verdict_has_its_likou_name():
    from harness.grading.verdict import Verdict

    assert set(VERDICTS_ZH) == {v.value for v in Verdict}
    assert verdict(Verdict.FORBIDDEN, "zh") == "禁用的调用" and verdict("wrong_answer", "en") == "Wrong Answer"


def test_list_speaks_chinese_when_chosen(cli):
    result = cli("list", "--lang", "zh", columns=120)
    assert "难度" in result.output and "简单" in result.output and "未开始" in result.output


# 5. one glossary

def chinese_texts():
    for problem in PROBLEMS:
        yield f"{problem.id}/statement.zh.md", problem.statement_in("zh")
        hints = tomllib.loads((problem.folder / "problem.toml").read_text(encoding="utf-8")).get("hints_zh", [])
        yield f"{problem.id}/hints_zh", "\n".join(hints)


@pytest.mark.parametrize("name, text", list(chinese_texts()))
def test_the_chinese_text_keeps_one_glossary_and_clean_markup(name, text):
    prose = re.sub(r"`[^`\n]*`", "", FENCE.sub("", text))
    for wrong in ("经典错误", "经典 bug", "字典查找", "用字典", "个字典"):
        assert wrong not in prose, wrong
    assert not re.search(r"(?<![*\w])\*(?![*\s])[^*\n]+?(?<![*\s])\*(?![*\w])", prose), "no italics on Chinese"
    assert not re.search(r"\*\*[^*\n]+[：。？！]\*\* ", prose), "no space after a bold lead-in"
    for term, first in (("哈希表", "哈希表（dict）"), ("哈希集合", "哈希集合（set）"), ("掩码", "掩码（mask）")):
        if term in prose:
            assert prose.index(first) == prose.index(term), f"{first} on first use"
    assert "很小的负数" not in prose


def test_the_glossary_reaches_the_named_statements():
    assert "完全背包" in catalogue.resolve("coin-change-ii").statement_in("zh")
    island = catalogue.resolve("max-area-of-island")
    assert "第 6、7 行" not in island.statement_in("zh") and "从 0 开始" in island.statement_in("zh")
    assert "counted from 0" in island.statement
    attention = catalogue.resolve("scaled-dot-product-attention")
    assert "very negative" not in attention.statement and "`-1e9`" in attention.statement_in("zh")


# 6. widths

@pytest.mark.parametrize("columns", [60, 80])
def test_list_and_progress_never_cut_an_id(cli, columns):
    for command in ("list", "progress"):
        output = cli(command, columns=columns).output
        assert max(len(line) for line in output.splitlines()) <= columns
        for problem in PROBLEMS:
            assert re.search(rf"(^|\s){re.escape(problem.id)}(\s|$)", output, re.MULTILINE), (command, problem.id)


@pytest.mark.parametrize("columns", [60, 80])
def test_the_solution_wraps_rather_than_cuts(cli, monkeypatch, columns):
    out = Console(file=io.StringIO(), width=columns, force_terminal=True, no_color=True, highlight=False)
    monkeypatch.setattr(report, "console", out)  # a terminal, so the solution is boxed and numbered
    assert cli("solution", "softmax", "--yes", columns=columns).exit_code == 0
    shown = out.file.getvalue()
    for line in catalogue.resolve("softmax").reference.read_text(encoding="utf-8").splitlines():
        if line.split():
            assert line.split()[-1] in shown, line


def test_the_verdict_line_wraps_at_60_columns(cli):
    result = cli("run", "two-sum", WRONG, columns=60)
    assert "Wrong Answer" in result.output and "cases passed" in result.output
    assert max(len(line) for line in result.output.splitlines()) <= 60
