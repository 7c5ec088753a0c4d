"""Forbidden calls (harness.sandbox.forbid): every alias of a listed function, class or module is refused, the
rest of the library and the grader's own use of it keep working, and nothing is paid when nothing is listed.
Each check runs in a fresh interpreter, since install() changes the modules of the process it runs in."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
import textwrap

import pytest

from harness import catalogue
from harness import grading

from conftest import SUBMISSIONS, shousi

needs_torch = pytest.mark.skipif(importlib.util.find_spec("torch") is None, reason="torch is not installed")
SOFTMAX = ["torch.softmax", "torch.nn.functional.softmax", "torch.Tensor.softmax", "torch.nn.Softmax",
           "torch.special.softmax", "scipy.special.softmax"]
ATTENTION = ["torch.nn.functional.scaled_dot_product_attention", "torch.nn.MultiheadAttention",
             "torch.nn.functional.multi_head_attention_forward"]

# Runs `body` after install(NAMES); `attempt(label, thunk)` prints label and the refused name, or "ok".
PRELUDE = """
import json, sys
from harness.sandbox import forbid
def attempt(label, thunk):
    try:
        thunk()
        print(json.dumps([label, "ok"]))
    except forbid.ForbiddenCall as exc:
        print(json.dumps([label, exc.call]))
"""


def run(body: str, names: list[str], path: str | None = None) -> dict:
    """Run `body` in a fresh interpreter after install(names); return {label: refused name or "ok"}."""
    script = PRELUDE + (f"sys.path.insert(0, {path!r})\n" if path else "") + f"forbid.install({names!r})\n"
    script += textwrap.dedent(body)
    completed = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert completed.returncode == 0, completed.stderr
    return dict(json.loads(line) for line in completed.stdout.splitlines())


@pytest.fixture
def fakelib(tmp_path):
    """A small package standing in for a library: a function, a class, a submodule's function."""
    package = tmp_path / "fakelib"
    package.mkdir()
    (package / "__init__.py").write_text(
        "from fakelib import sub\n\ndef f():\n    return 1\n\nclass K:\n    def __init__(self, x=0):\n"
        "        self.x = x\n\ndef g():\n    return 2\n")
    (package / "sub.py").write_text("def h():\n    return 3\n")
    return str(tmp_path)


def test_a_listed_function_is_refused_under_every_alias(fakelib):
    found = run("""
        import fakelib
        from fakelib import f as alias
        attempt("attribute", lambda: fakelib.f())
        attempt("from-import", lambda: alias())
        attempt("submodule function", lambda: __import__("fakelib.sub").sub.h())
        attempt("unlisted", lambda: fakelib.g())
    """, ["fakelib.f", "fakelib.sub.h"], fakelib)
    assert found == {"attribute": "fakelib.f", "from-import": "fakelib.f", "submodule function": "fakelib.sub.h",
                     "unlisted": "ok"}


def test_a_listed_class_is_refused_when_instantiated_even_through_a_subclass(fakelib):
    found = run("""
        import fakelib
        K = fakelib.K
        class Mine(fakelib.K):
            pass
        attempt("class", lambda: K(1))
        attempt("subclass", lambda: Mine())
        attempt("isinstance still works", lambda: isinstance(1, fakelib.K))
    """, ["fakelib.K"], fakelib)
    assert found == {"class": "fakelib.K", "subclass": "fakelib.K", "isinstance still works": "ok"}


def test_a_module_imported_before_install_is_patched_at_once(fakelib):
    script = PRELUDE + f"sys.path.insert(0, {fakelib!r})\nimport fakelib\nforbid.install(['fakelib.f'])\n"
    script += "attempt('after', lambda: fakelib.f())\n"
    completed = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert json.loads(completed.stdout) == ["after", "fakelib.f"], completed.stderr


def test_a_listed_module_cannot_be_imported_installed_or_not_and_except_exception_does_not_hide_it():
    found = run("""
        def swallow():
            try:
                import tokenizers
            except (ImportError, Exception):
                pass
        attempt("tokenizers", lambda: __import__("tokenizers"))
        attempt("a submodule", lambda: __import__("tokenizers.models"))
        attempt("not installed", lambda: __import__("transformers"))
        attempt("caught as Exception", swallow)
        attempt("similar names", lambda: (__import__("tokenize"), __import__("token")))
    """, ["tokenizers", "transformers"])
    assert found == {"tokenizers": "tokenizers", "a submodule": "tokenizers", "not installed": "transformers",
                     "caught as Exception": "tokenizers", "similar names": "ok"}


def test_installing_nothing_changes_nothing_and_installing_imports_nothing():
    found = run("""
        attempt("meta_path", lambda: print(json.dumps(["hooks", len(sys.meta_path)])))
    """, [])
    baseline = subprocess.run([sys.executable, "-c", "import sys; print(len(sys.meta_path))"],
                              capture_output=True, text=True).stdout.strip()
    assert found["hooks"] == int(baseline)
    found = run("""
        attempt("no torch", lambda: print(json.dumps(["torch loaded", "torch" in sys.modules])))
    """, SOFTMAX + ATTENTION)
    assert found["torch loaded"] is False


@needs_torch
def test_every_alias_of_torch_softmax_is_refused():
    found = run("""
        import torch
        import torch.nn.functional as F
        from torch.nn.functional import softmax
        x = torch.randn(2, 3)
        attempt("F.softmax", lambda: F.softmax(x, dim=-1))
        attempt("from-import", lambda: softmax(x, dim=-1))
        attempt("x.softmax", lambda: x.softmax(-1))
        attempt("parameter.softmax", lambda: torch.nn.Parameter(x).softmax(-1))
        attempt("torch.softmax", lambda: torch.softmax(x, -1))
        attempt("torch.special.softmax", lambda: torch.special.softmax(x, -1))
        attempt("nn.Softmax", lambda: torch.nn.Softmax(dim=-1)(x))
        attempt("softmin is softmax of -x", lambda: F.softmin(x, dim=-1))
        attempt("log_softmax", lambda: F.log_softmax(x, dim=-1))
    """, SOFTMAX)
    assert found.pop("log_softmax") == "ok"
    assert found == {"F.softmax": "torch.nn.functional.softmax", "from-import": "torch.nn.functional.softmax",
                     "x.softmax": "torch.Tensor.softmax", "parameter.softmax": "torch.Tensor.softmax",
                     "torch.softmax": "torch.softmax", "torch.special.softmax": "torch.special.softmax",
                     "nn.Softmax": "torch.nn.Softmax", "softmin is softmax of -x": "torch.Tensor.softmax"}


@needs_torch
def test_torch_attention_is_refused_and_the_rest_of_torch_works():
    found = run("""
        import torch
        from torch import nn
        import torch.nn.functional as F
        x = torch.randn(1, 4, 8)
        attempt("F.sdpa", lambda: F.scaled_dot_product_attention(x, x, x))
        attempt("nn.MultiheadAttention", lambda: nn.MultiheadAttention(8, 2))
        attempt("through a Transformer layer", lambda: nn.TransformerEncoderLayer(8, 2))
        attempt("mha forward", lambda: F.multi_head_attention_forward)
        attempt("F.multi_head_attention_forward", lambda: F.multi_head_attention_forward(
            x, x, x, 8, 2, None, None, None, None, False, 0.0, None, None))
        def grader_side():
            layer = nn.Linear(8, 8)
            with torch.no_grad():
                layer.weight.copy_(torch.eye(8))
            out = layer(x).softmax  # reading the attribute is not calling it
            assert torch.allclose(F.linear(x, torch.eye(8)), x) and torch.exp(x).shape == x.shape
            (layer(x) ** 2).sum().backward()
        attempt("nn.Linear, F.linear, autograd", grader_side)
    """, ATTENTION)
    assert found == {"F.sdpa": "torch.nn.functional.scaled_dot_product_attention",
                     "nn.MultiheadAttention": "torch.nn.MultiheadAttention",
                     "through a Transformer layer": "torch.nn.MultiheadAttention", "mha forward": "ok",
                     "F.multi_head_attention_forward": "torch.nn.functional.multi_head_attention_forward",
                     "nn.Linear, F.linear, autograd": "ok"}


def test_a_forbidden_import_is_the_forbidden_verdict_naming_it():
    path = SUBMISSIONS / "wordpiece-tokenizer" / "forbidden" / "hf_tokenizers.py"
    result = grading.grade(catalogue.resolve("wordpiece-tokenizer"), path)
    assert result.verdict.value == "forbidden"
    assert result.message == ("forbidden: your code imports tokenizers, which does what this problem asks you "
                              "to write")


@needs_torch
def test_a_forbidden_call_is_reported_by_the_cli_with_exit_code_1():
    path = SUBMISSIONS / "softmax" / "forbidden" / "tensor_method.py"
    completed = shousi("grade", "softmax", str(path), "--json")
    data = json.loads(completed.stdout)
    assert completed.returncode == 1 and data["verdict"] == "forbidden"
    assert "torch.Tensor.softmax" in data["message"]


def test_the_references_grade_accepted_under_their_own_forbidden_lists(self_check):
    graded = {entry["problem"]: entry for entry in self_check["problems"]}
    for problem in catalogue.problems():
        if problem.forbidden:  # the reference runs under the same list as the user's file
            assert graded[problem.id]["verdict"] == "accepted", graded[problem.id]["message"]
    listed = {problem.id for problem in catalogue.problems() if problem.forbidden}
    assert listed >= {"softmax", "scaled-dot-product-attention", "multi-head-attention", "wordpiece-tokenizer",
                      "bpe-tokenizer"}
