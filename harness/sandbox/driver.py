"""The worker's side of a flavour (harness.catalogue.flavours): run the user's PyTorch code on a case's NumPy input.

Design. A problem package's driver module (`[flavours.torch] driver`) says only what is particular to the problem,
in up to three small functions, none of which needs to import torch:

    build(entry, given)   -> the object to call: e.g. `entry(embed_dim, num_heads)` for a module class
                             (optional: a function flavour calls the entry itself); `given` holds NumPy arrays
    parameters(given)     -> {"q_proj.weight": ("in_proj_weight", slice(0, E)), ...}: each module parameter and
                             the input (and rows of it) it is loaded from; gradients are reported under these
                             names (optional: none)
    call(built, tensors)  -> the output: `tensors` is the case's input with every array a torch tensor

Everything else is generic and here: the module is moved to the case's dtype (float32 or float64) and its
parameters loaded, the arrays become tensors, the answer becomes NumPy again for the problem's checker. In a
gradient case (the grader adds `GRADIENT_KEY`, an upstream array R of the output's shape, or a list of them for
a tuple's items) the floating inputs that feed no parameter (those `GRADIENT_INPUTS_KEY` lists, when given)
require grad, `sum(output * R)` is back-propagated, and the answer is
`{"output": ..., "grad": {"query": ..., "q_proj.weight": ...}}`, None where no gradient arrived (a detached
graph). The worker hook is `job["driver"]`, the driver's path (harness.sandbox.worker: main and run_case).
"""

from __future__ import annotations

from types import ModuleType
from typing import Any, Callable

GRADIENT_KEY = "$gradient"  # in a gradient case's input: the upstream array R (see harness.grading.gradients)
GRADIENT_INPUTS_KEY = "$gradient_inputs"  # and, when the flavour names them, the inputs to differentiate


class FlavourError(Exception):
    """The user's module lacks what the flavour needs (a parameter, its shape): reported as the case's error."""


def factory(module: ModuleType, job: dict) -> Callable[[], Callable[[dict], Any]]:
    """For the worker: a factory of per-case runners `run(given) -> value` for the flavour's entry in `module`."""
    import torch

    from harness import loader

    # One thread, as the worker's environment already asks (OMP_NUM_THREADS=1): on a shared machine small
    # matmuls on several threads run many times slower, and erratically, which would make the limits meaningless.
    torch.set_num_threads(1)
    package = loader.execute("shousi_flavour_driver", job["driver"])
    entry = find(module, job["entry"])
    return lambda: (lambda given: run(package, entry, given))


def find(module: ModuleType, entry: dict):
    """The class or function the flavour's entry names, or MissingEntry naming what was expected."""
    from harness.sandbox.usercode import MissingEntry

    if "class" in entry:
        found = getattr(module, entry["class"], None)
        if isinstance(found, type):
            return found
        raise MissingEntry(f"no entry point: define class {entry['class']} (the PyTorch flavour)")
    found = getattr(module, entry["function"], None)
    if callable(found):
        return found
    raise MissingEntry(f"no entry point: define {entry['function']} (the PyTorch flavour)")


def run(package: ModuleType, entry: Any, given: dict) -> Any:
    """Build, load, call and convert one case; with gradients in a gradient case."""
    import torch

    given = dict(given)  # the case's own input stays whole (harness.sandbox.usercode.changed_inputs)
    upstream = given.pop(GRADIENT_KEY, None)
    only = given.pop(GRADIENT_INPUTS_KEY, None)
    sources = package.parameters(given) if hasattr(package, "parameters") else {}
    built = package.build(entry, given) if hasattr(package, "build") else entry
    if isinstance(built, torch.nn.Module):
        dtype = case_dtype(given)
        if dtype is not None:
            built.to(dtype)
        load_parameters(built, sources, given)
    fed = {source for source, _ in sources.values()}

    def differentiated(name: str) -> bool:
        return upstream is not None and name not in fed and (only is None or name in only)

    tensors = {name: as_tensor(value, grad=differentiated(name)) for name, value in given.items()}
    output = package.call(built, tensors)
    if upstream is None:
        return to_numpy(output)
    return {"output": to_numpy(output), "grad": gradients(output, upstream, tensors, built, sources)}


def case_dtype(given: dict):
    """The torch dtype of the case's first floating-point array (all of a case's arrays share one)."""
    import numpy as np
    import torch

    for value in given.values():
        if isinstance(value, np.ndarray) and value.dtype.kind == "f":
            return torch.from_numpy(value[:0]).dtype
    return None


def load_parameters(module, sources: dict, given: dict) -> None:
    """Copy each named parameter's values from its input's rows; a missing or misshapen one says so."""
    import torch

    for name, (source, rows) in sources.items():
        try:
            parameter = module.get_parameter(name)
        except AttributeError:
            have = ", ".join(n for n, _ in module.named_parameters()) or "none"
            raise FlavourError(f"your {type(module).__name__} has no parameter {name} (its parameters: {have}); "
                               f"the statement's PyTorch flavour lists the parameters (and submodules) it must have") from None
        value = given[source] if rows is None else given[source][rows]
        if tuple(parameter.shape) != value.shape:
            raise FlavourError(f"{name} has shape {tuple(parameter.shape)}, expected {value.shape}")
        with torch.no_grad():
            parameter.copy_(torch.from_numpy(value))


def as_tensor(value: Any, grad: bool = False) -> Any:
    """A NumPy array as a tensor (floating ones requiring grad if asked); anything else unchanged."""
    import numpy as np
    import torch

    if not isinstance(value, np.ndarray):
        return value
    tensor = torch.from_numpy(value)
    return tensor.requires_grad_() if grad and value.dtype.kind == "f" else tensor


def to_numpy(value: Any) -> Any:
    """Tensors (also inside tuples, lists and dicts) as NumPy arrays; anything else unchanged."""
    import torch

    if isinstance(value, torch.Tensor):
        return value.detach().cpu().resolve_conj().resolve_neg().numpy()
    if isinstance(value, (tuple, list)):
        return type(value)(to_numpy(item) for item in value)
    if isinstance(value, dict):
        return {key: to_numpy(item) for key, item in value.items()}
    return value


def gradients(output: Any, upstream, tensors: dict, built: Any, sources: dict) -> dict:
    """Back-propagate sum(output * upstream), summed over a tuple's items (`upstream` a list, None for an item left
    out); each differentiated input's and parameter's gradient, or None."""
    import torch

    if not isinstance(upstream, list):  # one output, one R
        output, upstream = [output], [upstream]
    elif not isinstance(output, (tuple, list)):  # not the tuple the problem returns: nothing to back-propagate
        output = []
    terms = [(item * torch.from_numpy(weights).to(item.dtype)).sum() for item, weights in zip(output, upstream)
             if weights is not None and isinstance(item, torch.Tensor) and item.requires_grad
             and tuple(item.shape) == weights.shape]
    if terms:
        sum(terms).backward()
    wanted = {name: t for name, t in tensors.items() if isinstance(t, torch.Tensor) and t.requires_grad}
    wanted.update((name, built.get_parameter(name)) for name in sources)
    return {name: None if t.grad is None else to_numpy(t.grad) for name, t in wanted.items()}
