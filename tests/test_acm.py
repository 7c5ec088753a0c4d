"""ACM mode (harness.acm): every LeetCode problem can be solved as a whole program reading stdin and printing the
answer. The reference of each, wrapped as such a program, is accepted (so the format round-trips for every
problem, linked lists and design problems included); programs that exit, read descriptor 0, print nothing or
print megabytes get the right verdict; `start --acm` and `show` through the CLI."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from harness import acm, catalogue
from harness.cli import main
from harness.grading import grade
from harness.grading.verdict import Verdict

from conftest import SUBMISSIONS

LEETCODE = [problem.id for problem in catalogue.problems() if acm.offered(problem)]


def reference_programs() -> list:
    """Every LeetCode problem; `slow` where a known ACM program (accepted/acm_*.py) already reads every case's text
    and prints every answer (graded in the main run, or in the slow one when it is the slowest accepted)."""
    return [pytest.param(problem_id, marks=[pytest.mark.slow] if any((SUBMISSIONS / problem_id / "accepted")
                                                                     .glob("acm_*.py")) else [])
            for problem_id in LEETCODE]


@pytest.mark.shared_cache  # the cases and the reference's answers, prepared once for the run
@pytest.mark.parametrize("problem_id", reference_programs())
def test_the_reference_as_a_program_is_accepted(problem_id, tmp_path):
    problem = catalogue.resolve(problem_id)
    path = tmp_path / f"{problem_id}.py"
    path.write_text(acm.reference_program(problem), encoding="utf-8")
    result = grade(problem, path)
    assert result.mode == "acm"
    assert result.verdict is Verdict.ACCEPTED, result.message


def test_only_leetcode_problems_have_it():
    assert "two-sum" in LEETCODE and "softmax" not in LEETCODE and "reverse-linked-list" in LEETCODE


@pytest.mark.parametrize("printed, value", [
    ("[0,1]\n", [0, 1]), ("[0, 1]\n", [0, 1]), ("0 1\n", [0, 1]), ("0\n1\n", [0, 1]), ("True\n", True),
    ("true\n", True), ("None\n", None), ("null\n", None), ("'abc'\n", "abc"), ('"abc"\n', "abc"), ("abc\n", "abc"),
    ("\n", ""), ("a b\n", "a b"), ("[[1, 2], [3]]\n", [[1, 2], [3]]), ("-7\n", -7), ("2.5\n", 2.5),
    ("[null,true,false]\n", [None, True, False]), ("[(1, -2, 3), (0, 0, 0)]\n", [[1, -2, 3], [0, 0, 0]]),
    ("[None, True, 2.5e3]\n", [None, True, 2500.0]),
])
def test_what_a_program_prints_is_read_back(printed, value):
    assert acm.read_answer(printed) == value


def test_printing_nothing_says_so():
    from harness.leetcode import Rejected

    with pytest.raises(Rejected, match="printed nothing"):
        acm.read_answer("")


def test_stdin_holds_one_json_line_per_value():
    problem = catalogue.resolve("two-sum")
    assert acm.stdin_text({"nums": [2, 7], "target": 9}, list(problem.params), problem.kind) == "[2,7]\n9\n"
    design = acm.stdin_text({"operations": ["A", "b"], "arguments": [[], [1]]}, [], "design")
    assert design == '["A","b"]\n[[],[1]]\n'


PROGRAMS = {  # two sum as programs of every style, and the verdict each must get
    "input_and_print_pair": ("nums = eval(input())\ntarget = int(input())\nseen = {}\n"
                             "for i, x in enumerate(nums):\n    if target - x in seen:\n"
                             "        print(seen[target - x], i)\n        exit()\n    seen[x] = i\n", "accepted"),
    "open_fd_0": ("import json\na, b = open(0).read().split()\nnums, target = json.loads(a), int(b)\nseen = {}\n"
                  "for i, x in enumerate(nums):\n    if target - x in seen:\n"
                  "        print(json.dumps([seen[target - x], i]))\n        raise SystemExit(0)\n    seen[x] = i\n",
                  "accepted"),
    "stdin_buffer_and_main_guard": (
        "import sys, json\n\ndef main():\n    nums, target = map(json.loads, sys.stdin.buffer.read().split())\n"
        "    seen = {}\n    for i, x in enumerate(nums):\n        if target - x in seen:\n"
        "            sys.stdout.write(f'[{seen[target - x]},{i}]\\n')\n            return\n        seen[x] = i\n\n"
        "if __name__ == '__main__':\n    main()\n", "accepted"),
    "prints_nothing": ("import sys\nsys.stdin.read()\n", "wrong_answer"),
    "first_two_indices": ("input()\ninput()\nprint('[0, 1]')\n", "wrong_answer"),
    "exits_with_status_3": ("import sys\ninput()\nsys.exit(3)\n", "runtime_error"),
    "reads_past_the_end": ("input()\ninput()\ninput()\n", "runtime_error"),
    "prints_forever": ("input()\nwhile True:\n    print('x' * 10000)\n", "output_limit_exceeded"),
    "syntax_error": ("# shousi: acm\nprint(\n", "compile_error"),
}


@pytest.mark.shared_cache
@pytest.mark.parametrize("name", sorted(PROGRAMS))
def test_programs_get_their_verdicts(name, tmp_path):
    source, verdict = PROGRAMS[name]
    path = tmp_path / f"{name}.py"
    path.write_text(source, encoding="utf-8")
    result = grade(catalogue.resolve("two-sum"), path)
    assert result.verdict.value == verdict, result.message
    assert name == "syntax_error" or result.mode == "acm"
    if name == "exits_with_status_3":
        assert "exited with status 3" in result.message
    if name == "prints_nothing":
        assert "printed nothing" in result.message


def test_a_solution_class_with_a_main_block_is_graded_as_a_function_unless_marked(tmp_path):
    problem = catalogue.resolve("two-sum")
    body = ("class Solution:\n    def twoSum(self, nums, target):\n        seen = {}\n"
            "        for i, x in enumerate(nums):\n            if target - x in seen:\n"
            "                return [seen[target - x], i]\n            seen[x] = i\n\n"
            "if __name__ == '__main__':\n    import json\n    print(json.dumps(Solution().twoSum(json.loads(input()), "
            "int(input()))))\n")
    plain, marked = tmp_path / "plain.py", tmp_path / "marked.py"
    plain.write_text(body, encoding="utf-8")
    marked.write_text(acm.MARKER + "\n" + body, encoding="utf-8")
    assert grade(problem, plain).mode == "function"
    result = grade(problem, marked)
    assert result.mode == "acm" and result.verdict is Verdict.ACCEPTED, result.message


def test_start_acm_writes_a_program_the_grader_rejects_clearly(workspace):
    runner = CliRunner()
    started = runner.invoke(main, ["start", "two-sum", "--acm"])
    assert started.exit_code == 0, started.output
    path = workspace / "two-sum.py"
    text = path.read_text(encoding="utf-8")
    assert text.startswith(acm.MARKER) and "[2,7,11,15]" in text and "NotImplementedError" in text
    ran = runner.invoke(main, ["run", "two-sum", "--json"])
    data = json.loads(ran.output)
    assert data["verdict"] == "runtime_error" and data["mode"] == "acm" and "NotImplementedError" in data["message"]


@pytest.mark.parametrize("args, says", [
    (["start", "softmax", "--acm"], "no ACM mode"), (["start", "two-sum", "--acm", "--torch"], "choose one"),
])
def test_start_acm_usage_errors(args, says):
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2 and says in result.output


def test_show_documents_the_format_in_both_languages():
    runner = CliRunner()
    english = runner.invoke(main, ["show", "two-sum", "--lang", "en"], env={"COLUMNS": "100"}).output
    assert "ACM mode" in english and "shousi start two-sum --acm" in english and "[2,7,11,15]" in english
    chinese = runner.invoke(main, ["show", "reverse-linked-list", "--lang", "zh"], env={"COLUMNS": "100"}).output
    assert "ACM 模式" in chinese and "[1,2,3,4,5]" in chinese
    assert "ACM mode" not in runner.invoke(main, ["show", "softmax", "--lang", "en"]).output


def test_a_design_class_replayed_at_top_level_is_a_program(tmp_path):
    problem = catalogue.resolve("insert-delete-getrandom-o1")
    source = ("class RandomizedSet:\n    pass\n\n\ndef main():\n    ops = input()\n\n\nmain()\n").encode()
    guarded = ("class RandomizedSet:\n    pass\n\n\ndef main():\n    ops = input()\n\n\n"
               "if __name__ == '__main__':\n    main()\n").encode()
    assert acm.is_program(problem, source) and not acm.is_program(problem, guarded)
    assert acm.is_program(problem, b"import sys\nops = sys.stdin.readline()\n")
    assert not acm.is_program(problem, b"class RandomizedSet:\n    def insert(self, val):\n        return True\n")


def test_a_short_list_printed_with_spaces_reads_as_a_list():
    assert acm.as_expected("", [1]) == [] and acm.as_expected(7, [1, 2]) == [7] and acm.as_expected(7, 7) == 7
    assert acm.as_expected(True, [True]) is True and acm.as_expected("", "") == ""


def test_print_star_of_a_reversed_list_is_accepted(tmp_path):
    path = tmp_path / "star.py"
    path.write_text("import json\nvalues = json.loads(input())\nprint(*values[::-1])\n", encoding="utf-8")
    result = grade(catalogue.resolve("reverse-linked-list"), path)
    assert result.mode == "acm" and result.verdict is Verdict.ACCEPTED, result.message
