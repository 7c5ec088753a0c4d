"""The import structure of harness/: no import cycle (a static graph of module-level imports, read with ast), every
module importable on its own in a fresh interpreter (pip-tools' test_circular_imports), and every
`from harness... import name`, even inside a function, naming something that exists."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

import harness

HARNESS = Path(harness.__file__).resolve().parent
OPTIONAL = ("torch", "matplotlib", "tokenizers", "scipy")  # a module may need these only where they are installed
NOT_IMPORTABLE = {"harness.__main__"}  # runs the command line when imported


def harness_modules(root: Path = HARNESS, package: str = "harness") -> dict[str, Path]:
    """Every module of the package at `root`, by dotted name (a package by its own name)."""
    found = {}
    for path in sorted(root.rglob("*.py")):
        parts = [package, *path.relative_to(root).with_suffix("").parts]
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


def ancestors(name: str) -> list[str]:
    parts = name.split(".")
    return [".".join(parts[:i]) for i in range(1, len(parts))]


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def import_statements(tree: ast.Module, module_level: bool = True) -> list[ast.Import | ast.ImportFrom]:
    """The import statements that run when the module is imported (or, with module_level=False, all of them).

    Module level means outside function bodies and `if TYPE_CHECKING:` blocks; class bodies do run at import.
    """
    found = []

    def visit(node: ast.AST) -> None:
        if module_level and isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            return
        if module_level and isinstance(node, ast.If) and _is_type_checking(node):
            for child in node.orelse:
                visit(child)
            return
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            found.append(node)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(tree)
    return found


def imported_base(node: ast.ImportFrom, importer: str, is_package: bool) -> str:
    """The module a `from ... import` statement imports from, relative imports resolved."""
    if not node.level:
        return node.module or ""
    package = importer if is_package else importer.rpartition(".")[0]
    for _ in range(node.level - 1):
        package = package.rpartition(".")[0]
    return f"{package}.{node.module}" if node.module else package


def module_imports(importer: str, path: Path, known: dict[str, Path]) -> set[str]:
    """The known modules that importing `importer` imports at once: each explicit target, and the packages above
    a target that are not already above the importer (Python runs a package's __init__ before its modules)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    is_package = path.name == "__init__.py"
    explicit: set[str] = set()
    for node in import_statements(tree):
        if isinstance(node, ast.Import):
            explicit.update(alias.name for alias in node.names)
            continue
        base = imported_base(node, importer, is_package)
        for alias in node.names:
            explicit.add(f"{base}.{alias.name}" if f"{base}.{alias.name}" in known else base)
    above_importer = set(ancestors(importer))
    implicit = {parent for target in explicit for parent in ancestors(target)} - above_importer
    return {name for name in explicit | implicit if name in known and name != importer}


def import_graph(known: dict[str, Path]) -> dict[str, set[str]]:
    return {name: module_imports(name, path, known) for name, path in known.items()}


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """One cycle (a list of modules, the first repeated at the end) for each strongly connected component."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    components: list[list[str]] = []

    def connect(node: str) -> None:  # Tarjan's algorithm; the graph is small enough for recursion
        index[node] = low[node] = len(index)
        stack.append(node)
        for target in sorted(graph.get(node, ())):
            if target not in index:
                connect(target)
                low[node] = min(low[node], low[target])
            elif target in stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                component.append(member)
                if member == node:
                    break
            if len(component) > 1 or node in graph.get(node, ()):
                components.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            connect(node)
    return [_cycle_through(component, graph) for component in components]


def _cycle_through(component: list[str], graph: dict[str, set[str]]) -> list[str]:
    """The shortest path from the component's first module back to itself (breadth first, inside the component)."""
    start, members = component[0], set(component)
    paths = {start: [start]}
    frontier = [start]
    while frontier:
        following = []
        for node in frontier:
            for target in sorted(graph[node] & members):
                if target == start:
                    return paths[node] + [start]
                if target not in paths:
                    paths[target] = paths[node] + [target]
                    following.append(target)
        frontier = following
    raise AssertionError(f"no cycle through {start}")


def top_level_names(tree: ast.Module) -> set[str] | None:
    """The names a module defines at import time, or None when they cannot be known statically."""
    names: set[str] = set()

    def visit(node: ast.AST) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                names.add(child.name)  # its body defines nothing at module level
            elif isinstance(child, (ast.Import, ast.ImportFrom)):
                names.update("*" if a.name == "*" else a.asname or a.name.split(".")[0] for a in child.names)
            elif isinstance(child, ast.Name) and isinstance(child.ctx, ast.Store):
                names.add(child.id)
            elif not isinstance(child, ast.Lambda):
                visit(child)

    visit(tree)
    return None if {"*", "__getattr__"} & names else names


# The tests of the tools themselves: each would fail if the cycle finder or the import reader were blind.

def _tree(tmp_path: Path, files: dict[str, str]) -> dict[str, Path]:
    for relative, text in files.items():
        (tmp_path / relative).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / relative).write_text(text)
    return harness_modules(tmp_path / "pkg", "pkg")


def test_the_cycle_finder_sees_two_modules_importing_each_other(tmp_path):
    known = _tree(tmp_path, {
        "pkg/__init__.py": "",
        "pkg/cli.py": "from pkg.cli_practice import hint\n",  # the shape the old cli.py and cli_practice.py had
        "pkg/cli_practice.py": "import os\nfrom pkg import cli\n",
        "pkg/fine.py": "import pkg.typed\n\ndef later():\n    from pkg import fine\n",
        "pkg/typed.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from pkg import fine\n",
    })
    graph = import_graph(known)
    assert graph["pkg.cli"] == {"pkg.cli_practice"} and graph["pkg.cli_practice"] == {"pkg.cli"}
    assert graph["pkg.fine"] == {"pkg.typed"} and graph["pkg.typed"] == set(), "functions and TYPE_CHECKING skipped"
    assert cycles(graph) == [["pkg.cli", "pkg.cli_practice", "pkg.cli"]]


def test_the_cycle_finder_sees_a_package_whose_module_imports_it_back(tmp_path):
    known = _tree(tmp_path, {
        "pkg/__init__.py": "",
        "pkg/report/__init__.py": "console = 1\nfrom pkg.report.table import draw\n",
        "pkg/report/table.py": "from . import console\ndef draw():\n    pass\n",
        "pkg/report/sibling.py": "from pkg.report.table import draw\n",
    })
    graph = import_graph(known)
    assert graph["pkg.report.sibling"] == {"pkg.report.table"}, "the package being imported is not an edge"
    assert cycles(graph) == [["pkg.report", "pkg.report.table", "pkg.report"]]


def test_an_import_through_a_package_runs_its_init(tmp_path):
    known = _tree(tmp_path, {
        "pkg/__init__.py": "",
        "pkg/grading/__init__.py": "from pkg import practice\n",
        "pkg/grading/speed.py": "",
        "pkg/practice.py": "from pkg.grading import speed\n",
    })
    assert cycles(import_graph(known)) == [["pkg.grading", "pkg.practice", "pkg.grading"]]


# The harness itself.

def test_harness_has_no_import_cycle():
    found = cycles(import_graph(harness_modules()))
    assert not found, "import cycles in harness/:\n" + "\n".join(" -> ".join(cycle) for cycle in found)


def test_every_import_of_a_harness_name_names_something_that_exists():
    known = harness_modules()
    missing = []
    for importer, path in known.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in import_statements(tree, module_level=False):
            if isinstance(node, ast.Import):
                missing += [f"{importer}: import {a.name}" for a in node.names
                            if a.name.startswith("harness.") and a.name not in known]
                continue
            base = imported_base(node, importer, path.name == "__init__.py")
            if base != "harness" and not base.startswith("harness."):
                continue
            if base not in known:
                missing.append(f"{importer}: from {base} import ... (no module {base})")
                continue
            defined = top_level_names(ast.parse(known[base].read_text(encoding="utf-8")))
            for alias in node.names:
                if f"{base}.{alias.name}" not in known and defined is not None and alias.name not in defined:
                    missing.append(f"{importer} (line {node.lineno}): from {base} import {alias.name}")
    assert not missing, "imports of names that do not exist:\n" + "\n".join(missing)


IMPORT_ALONE = """
import importlib, sys
try:
    importlib.import_module(sys.argv[1])
except ModuleNotFoundError as exc:
    if (exc.name or "").split(".")[0] in sys.argv[2:]:
        sys.exit(3)
    raise
"""


@pytest.mark.parametrize("name", sorted(set(harness_modules()) - NOT_IMPORTABLE))
def test_module_imports_alone_in_a_fresh_interpreter(name):
    completed = subprocess.run([sys.executable, "-c", IMPORT_ALONE, name, *OPTIONAL], capture_output=True,
                               text=True, timeout=120)
    if completed.returncode == 3:
        pytest.skip(f"{name} needs an optional dependency that is not installed")
    assert completed.returncode == 0, f"import {name} failed:\n{completed.stderr}"
