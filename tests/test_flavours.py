"""The PyTorch flavour: `start --torch`, telling the flavours apart, running a module through a package's driver,
and gradient cases (expected gradients by finite differences of the NumPy reference)."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import textwrap
from types import SimpleNamespace

import numpy as np
import pytest
from click.testing import CliRunner

from harness import catalogue, grading
from harness.catalogue import flavours
from harness.checkers import ACCEPT, reject
from harness.cli import main
from harness.errors import ProblemError
from harness.grading import gradients
from harness.grading.verdict import Verdict
from harness.sandbox import wire

from conftest import SUBMISSIONS

pytestmark = pytest.mark.shared_cache  # grades that assert nothing about the grade cache

HAS_TORCH = importlib.util.find_spec("torch") is not None
needs_torch = pytest.mark.skipif(not HAS_TORCH, reason="torch is not installed (pip install -e '.[torch]')")
MHA = "multi-head-attention"
TORCH_MHA = SUBMISSIONS / MHA / "accepted" / "torch_flavour_module.py"
BLOCK_TORCH = "import sys; sys.modules['torch'] = None; from harness.cli import main; main()"


def write(tmp_path, source: str, name: str = "mine.py"):
    path = tmp_path / name
    path.write_text(textwrap.dedent(source), encoding="utf-8")
    return path


# Telling the flavours apart, without running the file.

@pytest.mark.parametrize("problem_id, source, flavour", [
    (MHA, "class MultiHeadAttention:\n    pass\n", "torch"),
    (MHA, "def multi_head_attention(query, key, value, num_heads, *weights, mask=None):\n    pass\n", None),
    (MHA, "try:\n    import torch\nexcept ImportError:\n    pass\nelse:\n    class MultiHeadAttention:\n        pass\n",
     "torch"),
    ("softmax", "def softmax(x, dim=-1):\n    pass\n", "torch"),
    ("softmax", "def softmax(x, axis=-1):\n    pass\n", None),
    ("softmax", "softmax = lambda x, dim=-1: x\n", None),  # not a def: the default flavour
    ("scaled-dot-product-attention", "def scaled_dot_product_attention(query, key, value, attn_mask=None):\n    pass\n",
     "torch"),
    ("scaled-dot-product-attention", "def scaled_dot_product_attention(q, k, v, mask=None):\n    pass\n", None),
    ("softmax", "def softmax(x, dim=-1:\n", None),  # a syntax error: the worker reports it
    ("two-sum", "class MultiHeadAttention:\n    pass\n", None),  # no flavours at all
])
def test_the_grader_sees_which_flavour_a_file_defines(tmp_path, problem_id, source, flavour):
    found = flavours.detect(catalogue.resolve(problem_id), write(tmp_path, source))
    assert (found and found.name) == flavour



@pytest.mark.parametrize("source, defined", [
    ("class CachedSelfAttention(nn.Module):\n    def __init__(self, embed_dim, num_heads):\n        pass\n", True),
    ("class CachedSelfAttention:\n    def __init__(self, w_q, w_k, w_v, w_o, num_heads):\n        pass\n", False),
    ("class CachedSelfAttention:\n    pass\n", False),  # no __init__: not the flavour that takes embed_dim
])
def test_a_class_entry_with_takes_is_told_apart_by_its_init(source, defined):
    names = flavours.top_level_definitions(__import__("ast").parse(source))
    assert flavours._defines({"class": "CachedSelfAttention", "takes": "embed_dim"}, names) is defined

def test_a_job_runs_through_the_driver_only_for_the_flavours_file(tmp_path):
    problem = catalogue.resolve(MHA)
    torch_job = grading.make_job(problem, write(tmp_path, "class MultiHeadAttention:\n    pass\n"), wire.pack([]), [])
    numpy_job = grading.make_job(problem, problem.reference, wire.pack([]), [])
    assert torch_job.driver == str(problem.folder / "torch_driver.py")
    assert torch_job.entry == {"class": "MultiHeadAttention"}
    assert numpy_job.driver is None and numpy_job.entry == problem.entry


@pytest.mark.parametrize("table", [
    {"entry": {"class": "M"}},  # no driver
    {"entry": {"class": "M", "function": "f"}, "driver": "d.py"},  # both
    {"entry": {"klass": "M"}, "driver": "d.py"},
    {"entry": {"class": "M"}, "driver": "d.py", "stub": "x.py"},
])
def test_a_malformed_flavour_table_is_the_catalogues_fault(tmp_path, table):
    problem = SimpleNamespace(id="p", folder=tmp_path, flavours={"torch": table})
    with pytest.raises(ProblemError, match=r"\[flavours.torch\]"):
        flavours.flavours(problem)


def test_every_declared_flavour_has_its_stub_and_driver():
    declared = [f for p in catalogue.problems() for f in flavours.flavours(p).values()]
    assert len(declared) >= 3
    for flavour in declared:
        assert flavour.stub.is_file() and flavour.driver.is_file(), flavour
        assert "NotImplementedError" in flavour.stub.read_text(encoding="utf-8")


@needs_torch
@pytest.mark.parametrize("problem_id", ["softmax", "scaled-dot-product-attention", MHA])
def test_a_torch_stub_as_started_is_rejected_clearly(problem_id):
    problem = catalogue.resolve(problem_id)
    result = grading.grade(problem, flavours.flavours(problem)["torch"].stub, hidden=False)
    assert result.verdict is Verdict.RUNTIME_ERROR
    assert f"write your solution to {problem_id} here" in result.message


# `shousi start ID --torch`.

@needs_torch
def test_start_torch_copies_the_torch_stub_and_never_overwrites(workspace):
    runner = CliRunner()
    started = runner.invoke(main, ["start", MHA, "--torch"])
    assert started.exit_code == 0, started.output
    target = catalogue.workspace_file(catalogue.resolve(MHA))
    assert "class MultiHeadAttention(nn.Module)" in target.read_text(encoding="utf-8")
    target.write_text("# my work\n")
    again = runner.invoke(main, ["start", MHA, "--torch"])
    assert again.exit_code == 0 and target.read_text() == "# my work\n" and "--force" in again.output
    forced = runner.invoke(main, ["start", MHA, "--torch", "--force"])
    assert forced.exit_code == 0 and "class MultiHeadAttention" in target.read_text()


def test_start_torch_on_a_problem_without_the_flavour_is_a_usage_error():
    result = CliRunner().invoke(main, ["start", "two-sum", "--torch"])
    assert result.exit_code == 2 and "two-sum has no PyTorch flavour" in result.output
    assert "multi-head-attention" in result.output and "Traceback" not in result.output


def test_start_torch_without_torch_says_how_to_install_it(monkeypatch, workspace):
    monkeypatch.setattr(flavours, "available", lambda module: False)
    result = CliRunner().invoke(main, ["start", "softmax", "--torch"])
    assert result.exit_code == 2 and "pip install torch" in result.output
    assert not catalogue.workspace_file(catalogue.resolve("softmax")).exists()


def test_without_torch_only_the_torch_flavour_is_refused(tmp_path, workspace):
    """A real interpreter in which `import torch` fails: `--torch` exits 2 in one line, the rest works."""
    run = lambda *args: subprocess.run([sys.executable, "-c", BLOCK_TORCH, *args],  # noqa: E731
                                       capture_output=True, text=True, timeout=300)
    refused = run("start", "softmax", "--torch")
    assert refused.returncode == 2, refused.stderr
    assert "pip install torch" in refused.stderr and "Traceback" not in refused.stderr
    assert run("start", "softmax").returncode == 0
    graded = run("grade", "softmax", str(SUBMISSIONS / "softmax" / "accepted" / "max_subtracted.py"))
    assert graded.returncode == 0, graded.stdout + graded.stderr


def test_the_flavour_machinery_does_not_import_torch():
    code = ("import sys; import harness.catalogue.flavours, harness.grading.gradients, harness.sandbox.driver; "
            "assert 'torch' not in sys.modules")
    assert subprocess.run([sys.executable, "-c", code], timeout=60).returncode == 0


# Grading the PyTorch flavour.

@needs_torch
def test_a_detached_graph_fails_the_gradient_case_naming_what_got_no_gradient():
    detached = SUBMISSIONS / MHA / "wrong_answer" / "torch_flavour_detached_projection.py"
    result = grading.grade(catalogue.resolve(MHA), detached)
    assert result.verdict is Verdict.WRONG_ANSWER
    assert "gradients" in result.failure.note
    assert "no gradient reached query, q_proj.weight, q_proj.bias" in result.failure.message
    assert ".detach()" in result.failure.message
    assert all(case.verdict is Verdict.ACCEPTED for case in result.cases[:-1])  # every output case passed


@needs_torch
def test_a_wrong_gradient_is_named_with_the_floats_rule(tmp_path):
    """Forward right, backward wrong: a custom autograd function whose backward drops a factor of 2."""
    source = TORCH_MHA.read_text(encoding="utf-8").replace(
        "weights = torch.exp(scores - top)", "weights = Exp.apply(scores - top)") + textwrap.dedent("""

        class Exp(torch.autograd.Function):
            @staticmethod
            def forward(ctx, x):
                y = torch.exp(x)
                ctx.save_for_backward(y)
                return y

            @staticmethod
            def backward(ctx, grad):
                (y,) = ctx.saved_tensors
                return grad * y * 0.5
        """)
    result = grading.grade(catalogue.resolve(MHA), write(tmp_path, source))
    assert result.verdict is Verdict.WRONG_ANSWER, result.message
    assert "the gradient of sum(output * R) with respect to query is wrong: values differ" in result.failure.message


@needs_torch
def test_a_module_without_the_asked_submodules_is_told_which(tmp_path):
    source = TORCH_MHA.read_text(encoding="utf-8").replace("self.q_proj", "self.query_projection")
    result = grading.grade(catalogue.resolve(MHA), write(tmp_path, source))
    assert result.verdict is Verdict.RUNTIME_ERROR
    assert "has no parameter q_proj.weight" in result.message and "query_projection.weight" in result.message


@needs_torch
def test_the_module_runs_in_the_cases_dtype(tmp_path):
    """A module that keeps float32 parameters is caught on the float64 cases (the grader moves it, it must not
    move itself back)."""
    source = TORCH_MHA.read_text(encoding="utf-8").replace(
        "        return self.out_proj(heads)", "        return self.out_proj(heads).float()")
    result = grading.grade(catalogue.resolve(MHA), write(tmp_path, source))
    assert result.verdict is Verdict.WRONG_ANSWER and "dtype: expected float64" in result.message


SOFTMAX = """
import torch

def softmax(x, dim=-1):
    e = torch.exp(x - x.amax(dim=dim, keepdim=True))
    return e / e.sum(dim=dim, keepdim=True)
"""
ATTENTION = """
import math
import torch

def scaled_dot_product_attention(query, key, value, attn_mask=None):
    scores = query @ key.transpose(-2, -1) / math.sqrt(query.shape[-1])
    if attn_mask is not None:
        scores = scores.masked_fill(~attn_mask, float("-inf"))
    top = scores.amax(-1, keepdim=True)
    weights = torch.exp(scores - torch.where(torch.isinf(top), torch.zeros_like(top), top))
    total = weights.sum(-1, keepdim=True)
    return weights / torch.where(total == 0, torch.ones_like(total), total) @ value
"""


@needs_torch
@pytest.mark.parametrize("problem_id, source, mistake, verdict", [
    ("softmax", SOFTMAX, None, Verdict.ACCEPTED),
    ("softmax", SOFTMAX, ("dim=dim", "dim=-1"), Verdict.WRONG_ANSWER),  # ignores `dim`
    ("softmax", SOFTMAX, ("return e / ", "return e.double() / "), Verdict.WRONG_ANSWER),  # float32 promoted
    ("softmax", SOFTMAX, ("e = torch.exp", "e = torch.softmax(x, dim) * 0 + torch.exp"), Verdict.FORBIDDEN),
    ("scaled-dot-product-attention", ATTENTION, None, Verdict.ACCEPTED),
    ("scaled-dot-product-attention", ATTENTION, ("~attn_mask", "attn_mask"), Verdict.WRONG_ANSWER),
])
def test_function_flavours_get_tensors_and_are_checked_as_numpy(tmp_path, problem_id, source, mistake, verdict):
    if mistake:
        source = source.replace(*mistake)
    result = grading.grade(catalogue.resolve(problem_id), write(tmp_path, source))
    assert result.verdict is verdict, result.message


# Gradients: the expected side.

def test_finite_differences_match_the_analytic_gradient():
    rng = np.random.default_rng(0)
    x, w, upstream = rng.standard_normal((3, 4)), rng.standard_normal((2, 4)), rng.standard_normal((3, 2))
    before = x.copy()
    function = lambda x, w, mask=None: np.tanh(x @ w.T)  # noqa: E731
    grads = gradients.finite_differences(function, {"x": x, "w": w, "mask": None}, upstream, ["x", "w", "mask"])
    inner = upstream * (1 - np.tanh(x @ w.T) ** 2)
    assert set(grads) == {"x", "w"}
    np.testing.assert_allclose(grads["x"], inner @ w, rtol=1e-9, atol=1e-11)
    np.testing.assert_allclose(grads["w"], inner.T @ x, rtol=1e-9, atol=1e-11)
    assert np.array_equal(x, before)  # the inputs are left as they were


def test_finite_differences_of_a_tuple_sum_the_items_chosen_and_only_the_inputs_chosen():
    rng = np.random.default_rng(1)
    x, y = rng.standard_normal(5), rng.standard_normal(5)
    function = lambda x, y: (float(np.sum(x * y)), np.exp(x), y ** 2)  # noqa: E731
    upstream = gradients.upstream_for(function(x, y), 0, items=(0, 1))
    assert upstream[2] is None and np.shape(upstream[0]) == () and upstream[1].shape == (5,)
    grads = gradients.finite_differences(function, {"x": x, "y": y}, upstream, ["x", "y"], only=("x",))
    assert set(grads) == {"x"}  # y is not differentiated, and item 2 (which alone would move it) is left out
    np.testing.assert_allclose(grads["x"], upstream[0] * y + upstream[1] * np.exp(x), rtol=1e-9, atol=1e-11)
    assert gradients.upstream_for(function(x, y), 0)[2].shape == (5,)  # by default every item


@needs_torch
def test_the_driver_back_propagates_the_items_chosen_into_the_inputs_chosen():
    import torch

    from harness.sandbox import driver

    x = torch.tensor([1.0, 2.0], dtype=torch.float64, requires_grad=True)
    y = torch.tensor([3.0, 4.0], dtype=torch.float64, requires_grad=True)
    output = ((x * y).sum(), (x * x).detach(), y * 10)
    upstream = [np.array(2.0), np.ones(2), None]
    grads = driver.gradients(output, upstream, {"x": x, "y": y}, None, {})
    np.testing.assert_allclose(grads["x"], 2 * y.detach().numpy())  # the detached item 1 adds nothing
    np.testing.assert_allclose(grads["y"], 2 * x.detach().numpy())  # item 2 is left out


@needs_torch
def test_the_expected_gradients_of_mha_agree_with_torch_autograd():
    """The oracle: torch's own multi_head_attention_forward, differentiated by autograd, in float64."""
    import torch
    import torch.nn.functional as F

    problem = catalogue.resolve(MHA)
    cases = [case for case in problem.hidden_cases() if case.gradient]
    assert len(cases) >= 3 and any(case.input["query"].dtype == np.float32 for case in cases)
    flavour = flavours.flavours(problem)["torch"]
    outputs = [gradients._reference_function(problem)(**case.input) for case in cases]
    wired = wire.pack([case.input for case in cases])
    _, answers, _ = gradients.prepare(problem, flavour, cases, wired, outputs, lambda *a: ACCEPT)
    for index, (case, answer) in enumerate(zip(cases, answers)):
        given = case.input
        t = {k: torch.tensor(np.asarray(v, dtype=np.float64), requires_grad=True) for k, v in given.items()
             if isinstance(v, np.ndarray) and v.dtype.kind == "f"}
        (b, lq, e), lk, h = given["query"].shape, given["key"].shape[1], given["num_heads"]
        blocked = ~torch.from_numpy(np.broadcast_to(given["mask"], (b, h, lq, lk)).reshape(b * h, lq, lk).copy())
        out, _ = F.multi_head_attention_forward(
            *(t[name].transpose(0, 1) for name in ("query", "key", "value")), e, h, t["in_proj_weight"],
            t["in_proj_bias"], None, None, False, 0.0, t["out_proj_weight"], t["out_proj_bias"],
            need_weights=False, attn_mask=blocked)
        upstream = gradients.upstream_for(answer["output"], index)
        (out.transpose(0, 1) * torch.from_numpy(upstream.astype(np.float64))).sum().backward()
        grad = answer["grad"]
        assert list(grad) == ["query", "key", "value", "q_proj.weight", "q_proj.bias", "k_proj.weight",
                              "k_proj.bias", "v_proj.weight", "v_proj.bias", "out_proj.weight", "out_proj.bias"]
        rows = {"q": slice(0, e), "k": slice(e, 2 * e), "v": slice(2 * e, 3 * e)}
        oracle = {"query": t["query"].grad, "key": t["key"].grad, "value": t["value"].grad,
                  "out_proj.weight": t["out_proj_weight"].grad, "out_proj.bias": t["out_proj_bias"].grad}
        for letter, part in rows.items():
            oracle[f"{letter}_proj.weight"] = t["in_proj_weight"].grad[part]
            oracle[f"{letter}_proj.bias"] = t["in_proj_bias"].grad[part]
        for name, want in oracle.items():
            assert grad[name].dtype == given["query"].dtype
            np.testing.assert_allclose(grad[name], want.numpy(), rtol=1e-6, atol=1e-7, err_msg=name)


def test_the_gradient_checker_compares_output_then_each_gradient():
    def base(given, expected, got):
        return ACCEPT if np.array_equal(expected, got) else reject("output differs")

    check = gradients.gradient_checker(base, {"dtype_of": "", "tolerance": {"float64": [1e-7, 1e-9]}})
    want = gradients.GradientAnswer(output=np.ones(2), grad={"x": np.ones(2), "w": np.zeros(2)})
    assert check({}, np.ones(2), np.ones(2)).ok  # an ordinary case: the problem's checker alone
    assert check({}, want, {"output": np.ones(2), "grad": {"x": np.ones(2), "w": np.zeros(2)}}).ok
    assert check({}, want, {"output": np.zeros(2), "grad": {}}).message == "output differs"
    missing = check({}, want, {"output": np.ones(2), "grad": {"x": np.ones(2), "w": None}})
    assert "no gradient reached w" in missing.message
    wrong = check({}, want, {"output": np.ones(2), "grad": {"x": np.ones(2) * 2, "w": np.zeros(2)}})
    assert "with respect to x is wrong" in wrong.message
    assert not check({}, want, np.ones(2)).ok  # a bare output where gradients were due
