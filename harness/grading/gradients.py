"""Gradient cases: in a flavour that can back-propagate (PyTorch), compare gradients as well as the output.

Design. A case marked `Case(..., gradient=True)` is an ordinary case in the NumPy flavour. In a grade in a flavour,
it gets an upstream array R (seeded, of the expected output's shape and dtype); the user's run back-propagates
the scalar `sum(output * R)` (harness.sandbox.driver) and answers `{"output": ..., "grad": {name: array}}`.
The expected gradients owe nothing to torch nor to the user: central finite differences (a five-point stencil,
error O(h^4)) of the NumPy reference, computed in float64, with respect to every floating-point input; a module
parameter's gradient is the rows of the input its values came from (the driver's `parameters(given)`). The
output is compared by the problem's checker, then each gradient, in order, by the floats checker with
`[flavours.torch] gradient_tolerance` (default: the checker's tolerance). Gradient cases must stay small: each
element of each input costs four calls of the reference.
"""

from __future__ import annotations

from typing import Any, Callable

from harness import loader
from harness.catalogue.cases import Case
from harness.catalogue.flavours import Flavour
from harness.catalogue.problem import Problem
from harness.checkers import ACCEPT, Checker, Outcome, floats, reject
from harness.errors import GradingFault
from harness.grading import cache
from harness.sandbox import wire
from harness.sandbox.driver import GRADIENT_INPUTS_KEY, GRADIENT_KEY

SEED = 20240612
STEP = 1e-3  # relative step of the finite differences; truncation ~STEP^4, rounding ~1e-16 / STEP
STENCIL = ((-2, 1 / 12), (-1, -8 / 12), (1, 8 / 12), (2, -1 / 12))  # f'(x) = sum(w * f(x + k h)) / h
DETACHED = ("your output is right, but no gradient reached {names} when sum(output * R) was back-propagated: "
            "something in your code cuts the autograd graph (.detach(), torch.no_grad(), .item(), .numpy(), "
            "or NumPy math in between)")

_memo: dict[str, dict] = {}  # a key covering the package, the reference, the case and R -> expected gradients


class GradientAnswer(dict):
    """The expected answer of a gradient case: {"output": the reference's, "grad": {name: array}}."""


def prepare(problem: Problem, flavour: Flavour, cases: list[Case], inputs: wire.Packed, expected: list,
            checker: Checker) -> tuple[wire.Packed, list, Checker]:
    """For a grade in `flavour`: the inputs with R added to the gradient cases, their expected answers (output and
    gradients) and a checker that compares both; unchanged when no case asks for gradients."""
    if not any(case.gradient for case in cases):
        return inputs, expected, checker
    expected = list(expected)
    reference, driver = _reference_function(problem), loader.load("shousi_gradient_driver", flavour.driver)
    package = cache.package_key(problem, hidden=True)
    only = flavour.gradient_inputs
    for index, case in enumerate(cases):
        if not case.gradient or case.raises:
            continue
        upstream = upstream_for(expected[index], index, flavour.gradient_outputs)
        try:
            sources = driver.parameters(case.input) if hasattr(driver, "parameters") else {}
            memo_key = cache.derived_key(package, wire.dumps(case.input), *_weights_key(upstream), repr(only))
            grads = _expected_gradients(problem, reference, case.input, upstream, sources, memo_key, only)
        except Exception as exc:  # the reference's or the driver's fault, never the user's
            raise GradingFault(f"{case.name}: the expected gradients failed: {type(exc).__name__}: {exc}") from exc
        extra = {GRADIENT_KEY: upstream} | ({GRADIENT_INPUTS_KEY: list(only)} if only is not None else {})
        inputs = inputs.replaced(index, {**case.input, **extra})  # self-contained (base64)
        expected[index] = GradientAnswer(output=expected[index], grad=grads)
    return inputs, expected, gradient_checker(checker, _options(problem, flavour), flavour.name_of)


def upstream_for(output: Any, index: int, items: tuple | None = None):
    """The fixed random R of gradient case `index`: of the expected output's shape and dtype; for a tuple output,
    one per item (None for an item that `items`, the indices back-propagated, leaves out)."""
    import numpy as np

    if isinstance(output, (tuple, list)):
        return [None if items is not None and number not in items else
                np.random.default_rng([SEED, index, number]).standard_normal(np.shape(item)).astype(
                    np.asarray(item).dtype if isinstance(item, np.ndarray) else np.float64)
                for number, item in enumerate(output)]
    output = np.asarray(output)
    return np.random.default_rng([SEED, index]).standard_normal(output.shape).astype(output.dtype)


def _per_item(upstream) -> list:
    """R as a list, one per output item (a single output's R alone)."""
    return upstream if isinstance(upstream, list) else [upstream]


def _weights_key(upstream) -> list[str | bytes]:
    """What the memo key takes of R (each item's, for a list)."""
    return [part for w in _per_item(upstream)
            for part in (("-", b"") if w is None else (w.dtype.str + str(w.shape), w.tobytes()))]


def _reference_function(problem: Problem):
    function = problem.entry.get("function")
    if not function:
        raise GradingFault(f"{problem.id}: gradient cases need a reference function ([entry] function)")
    module = loader.load(f"shousi_reference_{problem.id.replace('-', '_')}", problem.reference)
    return getattr(module, function)


def _expected_gradients(problem: Problem, reference, given: dict, upstream, sources: dict, key: str,
                        only: tuple | None = None) -> dict:
    """Gradients by finite differences (memoized in memory and on disk under `key`, which covers what they depend
    on: the package, the reference, the case and R), named as the flavour reports them: the inputs that feed no
    parameter, then the parameters."""
    if key not in _memo:
        found = cache.load_value("gradients", key)
        if not _gradients_of(found, given):
            found = finite_differences(reference, given, upstream, list(problem.params), only)
            cache.store_value("gradients", key, found)
        _memo[key] = found
    by_input = _memo[key]
    fed = {source for source, _ in sources.values()}
    named = {name: grad for name, grad in by_input.items() if name not in fed}
    named.update((name, by_input[source] if rows is None else by_input[source][rows])
                 for name, (source, rows) in sources.items())
    return {name: grad.astype(given[_source(name, sources)].dtype) for name, grad in named.items()}


def _gradients_of(found: Any, given: dict) -> bool:
    """Whether a value read from the cache is gradients of `given`: float64 arrays of its floating inputs' shapes."""
    import numpy as np

    return isinstance(found, dict) and all(
        isinstance(grad, np.ndarray) and grad.dtype == np.float64 and _floating(given.get(name))
        and grad.shape == given[name].shape for name, grad in found.items())


def _source(name: str, sources: dict) -> str:
    return sources[name][0] if name in sources else name


def finite_differences(function, given: dict, upstream, params: list[str], only: tuple | None = None) -> dict[str, Any]:
    """d sum(function(**given) * upstream) / d input (summed over a tuple's items when `upstream` is a list), for
    every floating-point array input (those in `only`, when given), in float64."""
    import numpy as np

    at = {name: np.array(value, dtype=np.float64) if _floating(value) else value for name, value in given.items()}
    weights = [None if w is None else np.asarray(w, dtype=np.float64) for w in _per_item(upstream)]

    def loss() -> float:
        output = function(**{name: at[name] for name in params if name in at})
        items = output if isinstance(upstream, list) else [output]
        return float(sum(np.sum(np.asarray(item, dtype=np.float64) * w) for item, w in zip(items, weights)
                         if w is not None))

    grads = {}
    for name, array in at.items():
        if not isinstance(array, np.ndarray) or array.dtype != np.float64 or not _floating(given[name]):
            continue
        if only is not None and name not in only:
            continue
        flat, grad = array.reshape(-1), np.empty(array.size)
        for j, x in enumerate(flat.copy()):
            h = STEP * max(1.0, abs(x))
            total = 0.0
            for k, w in STENCIL:
                flat[j] = x + k * h
                total += w * loss()
            flat[j] = x
            grad[j] = total / h
        grads[name] = grad.reshape(array.shape)
    return grads


def _floating(value: Any) -> bool:
    import numpy as np

    return isinstance(value, np.ndarray) and value.dtype.kind == "f"


def _options(problem: Problem, flavour: Flavour) -> dict:
    tolerance = flavour.gradient_tolerance or problem.checker.get("tolerance") or floats.OPTIONS["tolerance"]
    return {**floats.OPTIONS, "dtype_of": problem.checker.get("dtype_of", ""), "tolerance": tolerance}


def gradient_checker(checker: Checker, options: dict, name_of: Callable[[str], str] = str) -> Checker:
    """`checker` for ordinary cases; for a gradient case, the output by `checker`, then every gradient, named as
    `name_of` says (the flavour's names for the inputs)."""

    def check(given: dict, expected: Any, got: Any) -> Outcome:
        if not isinstance(expected, GradientAnswer):
            return checker(given, expected, got)
        if not (isinstance(got, dict) and "output" in got and isinstance(got.get("grad"), dict)):
            return reject(f"expected the output and its gradients, got {type(got).__name__}")
        outcome = checker(given, expected["output"], got["output"])
        if not outcome.ok:
            return outcome
        missing = [name for name in expected["grad"] if got["grad"].get(name) is None]
        if missing:
            return reject(DETACHED.format(names=", ".join(name_of(name) for name in missing)))
        for name, want in expected["grad"].items():
            outcome = floats.check(given, want, got["grad"][name], options)
            if not outcome.ok:
                return reject(f"the gradient of sum(output * R) with respect to {name_of(name)} is wrong: "
                              f"{outcome.message}")
        return ACCEPT

    return check
