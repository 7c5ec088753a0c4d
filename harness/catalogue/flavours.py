"""Flavours: a problem may be solved in another framework besides NumPy, e.g. as a PyTorch `nn.Module`.

Design. A flavour is declared in problem.toml and needs no code in `harness/` that names a problem:

    [flavours.torch]
    entry = { class = "MultiHeadAttention" }      # or { function = "softmax", takes = "dim" }; a class may
                                                  # take `takes` too: a parameter of its __init__
    driver = "torch_driver.py"                    # the package's small driver (harness.sandbox.driver)

beside `stub_torch.py` (what `shousi start ID --torch` copies). The grader reads the user's file, without running
it, to see which flavour it defines (`detect`): a file that defines a flavour's entry point is graded in that
flavour, otherwise in the default (NumPy) one. `takes` tells flavours apart when they share a function's name
(torch's `softmax(x, dim)` against NumPy's `softmax(x, axis)`). The reference stays the NumPy solution: the
driver turns each case's arrays into tensors, calls the user's code, and turns the answer back into arrays, so
the problem's own checker compares. Gradient cases (`Case.gradient`) also compare gradients, see
`harness.grading.gradients`.
"""

from __future__ import annotations

import ast
import importlib.util
from dataclasses import dataclass
from pathlib import Path

from harness.catalogue.problem import Problem
from harness.errors import ProblemError, UsageError

KEYS = ("entry", "driver", "gradient_tolerance", "names", "gradient_inputs", "gradient_outputs")
ENTRY_KEYS = ("class", "function", "takes")
INSTALL = {"torch": "pip install torch (or pip install 'shousi[torch]')"}  # what each flavour needs installed
LABEL = {"torch": "PyTorch"}


class FlavourError(UsageError):
    """`start --torch` cannot be done: the problem has no such flavour, or its framework is not installed."""


@dataclass(frozen=True)
class Flavour:
    """One declared flavour: its name (also the module it needs), entry point, driver and stub."""

    name: str
    entry: dict
    driver: Path
    stub: Path
    gradient_tolerance: dict | None = None  # dtype name -> [rtol, atol]; default: the checker's tolerance
    names: dict | None = None  # a case's input name -> the flavour's own (logits -> input), as messages say them
    gradient_inputs: tuple | None = None  # the inputs whose gradients are compared (default: every floating one)
    gradient_outputs: tuple | None = None  # the items of a tuple output back-propagated (default: all)

    def name_of(self, name: str) -> str:
        """What the flavour calls the case's input `name` (F.cross_entropy's `input` for the logits)."""
        return (self.names or {}).get(name, name)

    @property
    def label(self) -> str:
        return LABEL.get(self.name, self.name)

    def describe_entry(self) -> str:
        """The entry point in words, as messages name it: `class MultiHeadAttention`, `softmax(..., dim)`."""
        if "class" in self.entry:
            return f"class {self.entry['class']}"
        takes = self.entry.get("takes")
        return f"{self.entry['function']}(..., {takes}, ...)" if takes else self.entry["function"]


def flavours(problem: Problem) -> dict[str, Flavour]:
    """The problem's declared flavours by name, checked; a malformed table is the catalogue's fault."""
    found = {}
    for name, table in problem.flavours.items():
        where = f"{problem.id}: [flavours.{name}]"
        if not isinstance(table, dict) or set(table) - set(KEYS) or "entry" not in table or "driver" not in table:
            raise ProblemError(f"{where} takes entry and driver (and optionally gradient_tolerance, names, "
                               "gradient_inputs and gradient_outputs)")
        entry = table["entry"]
        if not isinstance(entry, dict) or set(entry) - set(ENTRY_KEYS) or len({"class", "function"} & set(entry)) != 1:
            raise ProblemError(f"{where} entry is {{ class = \"Name\" }} or "
                               f"{{ function = \"name\", takes = \"param\" }}")
        names = table.get("names")
        if names is not None and not (isinstance(names, dict) and all(isinstance(v, str) for v in names.values())):
            raise ProblemError(f"{where} names maps the cases' input names to the flavour's: {{ logits = \"input\" }}")
        inputs, outputs = table.get("gradient_inputs"), table.get("gradient_outputs")
        if inputs is not None and not (isinstance(inputs, list) and set(inputs) <= set(problem.params)):
            raise ProblemError(f"{where} gradient_inputs lists some of the entry's parameters: {problem.params}")
        if outputs is not None and not (isinstance(outputs, list) and all(type(i) is int and i >= 0 for i in outputs)):
            raise ProblemError(f"{where} gradient_outputs lists the indices of the output's items: [0]")
        found[name] = Flavour(name, dict(entry), problem.folder / table["driver"], problem.folder / f"stub_{name}.py",
                              table.get("gradient_tolerance"), names, None if inputs is None else tuple(inputs),
                              None if outputs is None else tuple(outputs))
    return found


def stub_to_start(problem: Problem, name: str) -> Path:
    """The stub `start --NAME` copies; a usage error when the problem lacks the flavour or its framework."""
    declared = flavours(problem)
    if name not in declared:
        offering = [p for p in _catalogue() if name in p.flavours]
        others = f"; these do: {', '.join(p.id for p in offering)}" if offering else ""
        raise FlavourError(f"{problem.id} has no {LABEL.get(name, name)} flavour{others}")
    if not available(name):
        raise FlavourError(f"the {LABEL.get(name, name)} flavour needs {name}, which is not installed: "
                           f"{INSTALL.get(name, 'pip install ' + name)}")
    return declared[name].stub


def available(module: str) -> bool:
    """Whether `module` can be imported here (without importing it: torch takes seconds)."""
    try:
        return importlib.util.find_spec(module) is not None
    except (ImportError, ValueError):  # ValueError: sys.modules holds None for it (blocked)
        return False


def detect(problem: Problem, file: Path, source: bytes | None = None) -> Flavour | None:
    """The flavour whose entry point `file` (or `source`, the bytes a grade read from it) defines at its top
    level, or None for the default flavour.

    The file is parsed, never run; a file that does not parse is the default flavour's (the worker then
    reports the syntax error).
    """
    declared = flavours(problem)
    if not declared:
        return None
    try:
        tree = ast.parse(Path(file).read_bytes() if source is None else source)
    except (SyntaxError, ValueError, OSError):
        return None
    names = top_level_definitions(tree)
    for flavour in declared.values():
        if _defines(flavour.entry, names):
            return flavour
    return None


def top_level_definitions(tree: ast.Module) -> dict[str, ast.AST]:
    """Every name the module binds at its top level (also inside if/try/with blocks), with its last binding."""
    names: dict[str, ast.AST] = {}
    pending = list(tree.body)
    while pending:
        node = pending.pop(0)
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names[node.name] = node
        elif isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names.update((t.id, node) for t in targets if isinstance(t, ast.Name))
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            names.update(((alias.asname or alias.name).split(".")[0], node) for alias in node.names)
        elif isinstance(node, (ast.If, ast.Try, ast.With)):
            pending[:0] = [*node.body, *getattr(node, "orelse", []), *getattr(node, "finalbody", []),
                           *(statement for handler in getattr(node, "handlers", []) for statement in handler.body)]
    return names


def _defines(entry: dict, names: dict[str, ast.AST]) -> bool:
    """Whether the file defines the entry; with `takes`, a function (or a class's __init__) with that parameter."""
    node = names.get(entry.get("class") or entry["function"])
    if node is None or not entry.get("takes"):
        return node is not None
    if isinstance(node, ast.ClassDef):  # torch's CachedSelfAttention(embed_dim, ...) against NumPy's (w_q, ...)
        node = next((item for item in node.body if isinstance(item, ast.FunctionDef) and item.name == "__init__"), None)
    if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
        return False
    arguments = node.args
    return entry["takes"] in [a.arg for a in arguments.posonlyargs + arguments.args + arguments.kwonlyargs]


def _catalogue() -> tuple[Problem, ...]:
    from harness import catalogue

    return catalogue.problems()
