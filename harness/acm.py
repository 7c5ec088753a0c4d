"""ACM mode (ACM模式): a LeetCode problem solved as a whole program that reads the case from stdin and prints the
answer to stdout, as Chinese online assessments ask, instead of the function LeetCode calls.

The format is one rule for every LeetCode problem, so that nothing in a package has to describe it:

- stdin holds one line per parameter, in the signature's order, each value written as the examples write it
  (LeetCode's serialisation, which is JSON): two sum's `[2,7,11,15]` then `9`. A design problem's two lines are
  its operations and their arguments. A linked list or a tree is its list of values, as in the examples.
- stdout holds the answer, written as the examples write it. `print(json.dumps(answer))` always does; Python's own
  `print(answer)` is read too (`[0, 1]`, `True`, `None`), as are numbers separated by spaces or lines (`0 1`) for a
  list, and a string printed without quotes.

The answer read back is judged by the problem's own checker against the reference's (function mode) answer, so the
verdicts are the same as in function mode. The time counted is the whole program's, reading and printing included.

A file is a program when it carries the `# shousi: acm` line that `shousi start ID --acm` writes, when it defines
no entry point of the problem and reads stdin, or when its top-level code reads stdin (directly or through a
function of the file it calls), which no function-mode file can do; a `Solution` whose stdin is read only under
`if __name__ == "__main__":` is graded as a function. The worker runs it once per case as `__main__`
(`run_program`), with `sys.stdin` (and descriptor 0, for `open(0)`) holding the case and `sys.stdout` captured.
"""

from __future__ import annotations

import ast
import io
import json
import os
import re
import sys
import types

MARKER = "# shousi: acm"
_NOTHING = object()


def offered(problem) -> bool:
    """Whether the problem has an ACM mode: every LeetCode problem (it has a number)."""
    return problem.number is not None


def is_program(problem, source: bytes) -> bool:
    """Whether `source` is an ACM program for `problem` (never run: parsed only)."""
    if not offered(problem):
        return False
    text = source.decode("utf-8", "replace")
    if any(line.strip().lower().startswith(MARKER) for line in text.splitlines()[:20]):
        return True
    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError):
        return False
    from harness.catalogue.flavours import top_level_definitions

    names = top_level_definitions(tree)
    entry = problem.entry
    if entry.get("class") not in names and entry.get("function") not in names:
        return _reads(tree)
    readers = {name for name, node in names.items() if isinstance(node, ast.FunctionDef) and _reads(node)}
    for statement in tree.body:
        if isinstance(statement, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) or _main_guard(statement):
            continue
        calls = {node.func.id for node in ast.walk(statement)
                 if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)}
        if _reads(statement) or calls & readers:
            return True
    return False


def _main_guard(statement: ast.stmt) -> bool:
    """`if __name__ == "__main__":`, which function mode never enters."""
    test = getattr(statement, "test", None)
    return (isinstance(statement, ast.If) and isinstance(test, ast.Compare)
            and isinstance(test.left, ast.Name) and test.left.id == "__name__")


def _reads(tree: ast.AST) -> bool:
    return any(_reads_stdin(node) for node in ast.walk(tree))


def _reads_stdin(node: ast.AST) -> bool:
    if isinstance(node, ast.Attribute) and node.attr == "stdin":
        return True
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
        if node.func.id == "input":
            return True
        return node.func.id == "open" and bool(node.args) and getattr(node.args[0], "value", None) == 0
    return False


def lines_of(given: dict, params: list[str], kind: str) -> list[str]:
    """The case's stdin, one line per value."""
    values = [given["operations"], given["arguments"]] if kind == "design" else [given[name] for name in params
                                                                                  if name in given]
    return [as_json(value) for value in values]


def stdin_text(given: dict, params: list[str], kind: str) -> str:
    return "\n".join(lines_of(given, params, kind)) + "\n"


def as_json(value) -> str:
    """A value as one line of a program's stdin, or as the program should print its answer."""
    plain = value.tolist() if hasattr(value, "tolist") else value
    return json.dumps(plain, separators=(",", ":"), ensure_ascii=False)


def read_answer(printed: str):
    """The value a program printed (see the module's rules); harness.leetcode.Rejected when it printed nothing."""
    from harness.leetcode import Rejected

    if not printed:
        raise Rejected("your program printed nothing: print the answer to stdout", None)
    text = printed.strip()
    for parse in (json.loads, _python_printed, ast.literal_eval):
        try:
            return parse(text)
        except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError):
            pass
    tokens = text.split()
    if len(tokens) > 1:
        try:
            values = [json.loads(token) for token in tokens]
        except ValueError:
            values = None
        if values is not None and all(isinstance(value, (int, float)) for value in values):
            return values
    return text


_PYTHON_PLAIN = re.compile(r"(?:[\s\d+\-.,()\[\]eE]|True|False|None)*")  # numbers, bools and None in lists or tuples
_WORDS = {"True": "true", "False": "false", "None": "null"}


def _python_printed(text: str):
    """Python's print of numbers, bools and None in lists and tuples, read as JSON: as ast.literal_eval reads it,
    but in time linear in the text (literal_eval takes seconds on megabytes of tuples)."""
    if not _PYTHON_PLAIN.fullmatch(text):
        raise ValueError("not plain Python output")
    text = re.sub(r"True|False|None", lambda match: _WORDS[match.group()], text)
    return json.loads(text.replace("(", "[").replace(")", "]"))


def as_expected(got, expected):
    """What a program printed, read as a list where a list is expected: `print(*answer)` prints an empty line for
    [] and a lone number for [x]."""
    if isinstance(expected, list):
        if got == "":
            return []
        if isinstance(got, (int, float)) and not isinstance(got, bool):
            return [got]
    return got


class ProgramExit(Exception):
    """A program's exit with a status other than 0: a runtime error, as a judge counts it."""

    __module__ = "builtins"  # its traceback's last line reads `ProgramExit: ...`, as the user's own errors do


class _Captured(io.RawIOBase):
    """The program's stdout, kept up to `cap` bytes; past it, written to the worker's own output, whose limit the
    grader enforces (output_limit_exceeded)."""

    def __init__(self, cap: int):
        self.kept, self.cap = bytearray(), cap

    def writable(self) -> bool:
        return True

    def write(self, data) -> int:
        data = bytes(data)
        room = self.cap - len(self.kept)
        self.kept += data[:max(0, room)]
        if len(data) > room:
            os.write(1, data[max(0, room):])
        return len(data)


class Program:
    """A user's ACM program, compiled once, run once per case."""

    def __init__(self, path: str, source: bytes, output_cap: int):
        from harness import loader

        self.path, self.output_cap = path, output_cap
        loader.remember_lines(path, source)  # tracebacks show the lines that ran, though the file be saved again
        self.code = compile(source, path, "exec", dont_inherit=True)
        import tempfile

        self._stdin = tempfile.TemporaryFile()  # descriptor 0 during a run, for open(0) and os.read(0)

    def run(self, text: str) -> str:
        """Run the program on `text` as stdin; return what it printed. Whatever it raises propagates, except a
        SystemExit of status 0 or None (`exit()` at the end of a program is no error)."""
        data = text.encode("utf-8")
        self._stdin.seek(0)
        self._stdin.truncate()
        self._stdin.write(data)
        self._stdin.flush()
        os.lseek(self._stdin.fileno(), 0, os.SEEK_SET)
        saved_fd = os.dup(0)
        os.dup2(self._stdin.fileno(), 0)
        captured = _Captured(self.output_cap)
        stdout = io.TextIOWrapper(io.BufferedWriter(captured), encoding="utf-8", errors="backslashreplace",
                                  newline="\n", write_through=True)
        module = types.ModuleType("__main__")
        module.__file__ = self.path
        saved = sys.stdin, sys.stdout, sys.modules.get("__main__", _NOTHING)
        sys.stdin = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8", newline=None)
        sys.stdout, sys.modules["__main__"] = stdout, module
        try:
            exec(self.code, module.__dict__)
        except SystemExit as exc:
            if exc.code not in (None, 0):
                raise ProgramExit(f"your program exited with status {exc.code!r} (a judge counts a status other "
                                  "than 0 as a runtime error)").with_traceback(exc.__traceback__) from None
        finally:
            try:
                stdout.flush()
            except Exception:
                pass
            sys.stdin, sys.stdout = saved[0], saved[1]
            if saved[2] is _NOTHING:
                sys.modules.pop("__main__", None)
            else:
                sys.modules["__main__"] = saved[2]
            os.dup2(saved_fd, 0)
            os.close(saved_fd)
        return captured.kept.decode("utf-8", "replace")


# What `show` says about ACM mode, and the stub `start --acm` writes.
_SECTION = {
    "en": """## ACM mode

`shousi start {id} --acm` gives you a whole program to write instead of the function: it reads the case from
stdin and prints the answer to stdout, as online assessments ask ("ACM mode"). The time counted includes
reading and printing.

- **Input**: {count}, in this order: {names}; each value written as the examples write it (JSON).
- **Output**: the answer, written as the examples write it, e.g. with `print(json.dumps(answer))`. Python's
  `print(answer)` is read too, as are numbers separated by spaces for a list.

Example 1 as stdin, then stdout:
""",
    "zh": """## ACM 模式

`shousi start {id} --acm` 让你写一个完整的程序而不是函数：从标准输入读入用例，把答案打印到标准输出，和笔试的“ACM 模式”一样。
计时包括读入和打印的时间。

- **输入**：{count}，依次为 {names}；每个值的写法与示例相同（JSON）。
- **输出**：答案，写法与示例相同，例如 `print(json.dumps(answer))`。也可以直接 `print(answer)`；列表也可以写成以空格分隔的数。

示例 1 的标准输入和标准输出：
""",
}
_EXAMPLE = """
```text
{stdin}
```

```text
{stdout}
```
"""
_COUNT = {"en": ("1 line", "{n} lines, one per value"), "zh": ("1 行", "{n} 行，每行一个值")}


def _names(problem) -> list[str]:
    return ["operations", "arguments"] if problem.kind == "design" else list(problem.params)


def section(problem, language: str) -> str:
    """The statement's section on ACM mode, in `language`, with the first example as stdin and stdout."""
    language = language if language in _SECTION else "en"
    names = _names(problem)
    one, many = _COUNT[language]
    example = problem.examples[0] if problem.examples else None
    return (_SECTION[language] + _EXAMPLE).format(
        id=problem.id, count=one if len(names) == 1 else many.format(n=len(names)),
        names=", ".join(f"`{name}`" for name in names),
        stdin="\n".join(lines_of(example.input, list(problem.params), problem.kind)) if example else "",
        stdout=as_json(example.expected) if example else "")


def stub(problem) -> str:
    """The program `start --acm` writes: what to read, what to print, and a body that says it is not written."""
    names = _names(problem)
    example = problem.examples[0] if problem.examples else None
    shown_in = "\n".join(f"#     {line}" for line in lines_of(example.input, list(problem.params), problem.kind)) \
        if example else "#     (see `shousi show {problem.id}`)"
    shown_out = f"#     {as_json(example.expected)}" if example else ""
    return f'''{MARKER}: {problem.id} in ACM mode, a whole program (see `shousi show {problem.id}`, "ACM mode").
# stdin: {len(names)} line{"s" if len(names) > 1 else ""}, {", ".join(names)}, each as the examples write it (JSON), e.g.
{shown_in}
# stdout: the answer, as the examples write it, e.g.
{shown_out}
import json
import sys


def main() -> None:
    lines = sys.stdin.read().splitlines()
    raise NotImplementedError("read the case, print the answer; then `shousi run {problem.id}`")


main()
'''


# The reference as an ACM program (`shousi check`, tests/test_acm.py): each line read as JSON, the package's nodes
# built, the entry point called, the answer read back as function mode does, printed as JSON. Its acceptance shows
# that the format round-trips for the problem.
_REFERENCE = """{marker}: the reference of {id} as a program
import json
import sys

from harness import loader
from harness.sandbox import usercode

PARAMS, KIND, ENTRY, IN_PLACE, ADAPTER = {params!r}, {kind!r}, {entry!r}, {in_place!r}, {adapter!r}
lines = sys.stdin.read().splitlines()
module = usercode.load_module({reference!r})
if KIND == "design":
    answer = usercode.run_design(usercode.find_entry(module, ENTRY, KIND)(), json.loads(lines[0]),
                                 json.loads(lines[1]))
else:
    given = dict(zip(PARAMS, map(json.loads, lines)))
    adapter = loader.execute("acm_adapter", ADAPTER) if ADAPTER else None
    built, state = adapter.build(given) if adapter else (given, None)
    args, kwargs = usercode.call_arguments(list(PARAMS), built)
    answer = usercode.find_entry(module, ENTRY, KIND)()(*args, **kwargs)
    if IN_PLACE:
        answer = built[IN_PLACE]
    if hasattr(adapter, "answer"):
        answer = adapter.answer(answer, state)
print(json.dumps(answer))
"""


def reference_program(problem) -> str:
    return _REFERENCE.format(
        marker=MARKER, id=problem.id, params=tuple(problem.params), kind=problem.kind, entry=problem.entry,
        in_place=problem.in_place, reference=str(problem.reference),
        adapter=str(problem.adapter_path) if problem.adapter else "")
