"""Arrays of floats: shape first, then dtype, then NaN/inf, then values within a tolerance for the dtype.

Non-finite values compare exactly: where the answer is NaN only NaN passes, where it is inf only inf of the
same sign, and where it is finite neither does.

Options:
- `dtype_of` names the input whose dtype the answer must keep (softmax keeps x's: float32 stays float32);
- `tolerance` maps a dtype name to [rtol, atol], compared as numpy.isclose does: |got - expected| <= atol +
  rtol * |expected|;
- `relative_to_max` lists the dtypes whose rtol multiplies the largest |expected| of the whole answer instead of
  each element's own (float32 attention: an output near zero carries the rounding of the large ones);
- `items`: the answer is a tuple (batch-norm's (y, running_mean, running_var), a loss with its rewards), each item
  an array or a scalar judged by the rules above; a scalar may be any real number (a Python or NumPy float).

A dict (of an answer, or of an item) is judged key by key: the same keys, each value by these rules.
"""

from __future__ import annotations

from numbers import Real
from typing import Any

from harness.brief import brief
from harness.checkers import ACCEPT, Outcome, reject
from harness.checkers.exact import difference

OPTIONS: dict = {
    "dtype_of": "",
    "tolerance": {"float16": [1e-2, 1e-3], "float32": [1e-4, 1e-5], "float64": [1e-9, 1e-12]},
    "relative_to_max": [],
    "items": False,
}


def check(given: dict, expected: Any, got: Any, options: dict) -> Outcome:
    import numpy as np

    options = {**OPTIONS, **options}  # callers inside the harness (gradients, operations) pass a few
    source = given.get(options["dtype_of"])
    dtype = source.dtype if isinstance(source, np.ndarray) else None
    if not options["items"]:
        return _one(np, dtype, expected, got, options)
    if not isinstance(got, (tuple, list)) or len(got) != len(expected):
        return reject(f"expected a tuple of {len(expected)} items, got {brief(got)} ({type(got).__name__})")
    for index, (want, have) in enumerate(zip(expected, got)):
        outcome = _one(np, dtype, want, have, options)
        if not outcome.ok:
            return reject(f"item {index} of the tuple: {outcome.message}")
    return ACCEPT


def _scalar(np, value: Any) -> bool:
    return isinstance(value, (Real, np.number)) and not isinstance(value, (bool, np.bool_))


def _one(np, dtype, expected: Any, got: Any, options: dict) -> Outcome:
    if isinstance(expected, dict):  # named arrays (mlp-backprop's gradients): the same keys, each by these rules
        if not isinstance(got, dict) or set(got) != set(expected):
            return reject(difference(expected, got))
        for key, want in expected.items():
            outcome = _one(np, dtype, want, got[key], options)
            if not outcome.ok:
                return reject(f"at key {brief(key)}: {outcome.message}")
        return ACCEPT
    if _scalar(np, expected):
        if not (_scalar(np, got) or (isinstance(got, np.ndarray) and got.shape == () and got.dtype.kind in "fiu")):
            return reject(f"expected a number, got {brief(got)} ({type(got).__name__})")
        dtype = dtype or np.dtype(np.float64)
        expected, got = np.asarray(expected, dtype=np.float64), np.asarray(got, dtype=np.float64)
        return _values(np, dtype, expected, got, options)
    dtype = dtype or np.asarray(expected).dtype
    expected = np.asarray(expected, dtype=dtype)
    if not isinstance(got, np.ndarray):
        return reject(f"expected a numpy.ndarray of shape {expected.shape}, got {brief(got)} ({type(got).__name__})")
    if got.shape != expected.shape:
        return reject(f"shape: expected {expected.shape}, got {got.shape}")
    if got.dtype != expected.dtype:
        whose = " (the input's)" if options["dtype_of"] else ""
        return reject(f"dtype: expected {expected.dtype}{whose}, got {got.dtype}")
    return _values(np, dtype, expected, got, options)


def _values(np, dtype, expected, got, options: dict) -> Outcome:
    """Values of one shape, within the dtype's tolerance."""
    rtol, atol = options["tolerance"].get(str(dtype), [1e-7, 1e-9])
    to_max = str(dtype) in options["relative_to_max"]
    if _all_close(np, expected, got, rtol, atol, to_max):
        return ACCEPT
    with np.errstate(invalid="ignore", over="ignore"):
        complaint = _non_finite_complaint(np, expected, got)
        if complaint:
            return reject(complaint)
        finite = np.isfinite(expected)
        wanted, have = expected.astype(np.float64), got.astype(np.float64)
        error = np.where(finite, np.abs(have - wanted), 0.0)
    scale = np.abs(np.where(finite, wanted, 0.0))
    if to_max and scale.size:
        scale = np.full_like(scale, scale.max())
    allowed = atol + rtol * scale
    if (error <= allowed).all():
        return ACCEPT
    worst = tuple(int(i) for i in np.unravel_index(np.argmax(error - allowed), error.shape))
    with np.errstate(over="ignore"):  # a tiny |expected| under a huge error: an infinite ratio, said as such
        relative = np.where(finite & (scale > atol), error / np.maximum(scale, atol or 1e-300), 0.0)
    against = "the largest |expected|" if to_max else "|expected|"
    return reject(
        f"values differ beyond rtol={rtol:g} (of {against}), atol={atol:g} ({dtype}): {int((error > allowed).sum())} "
        f"of {error.size} elements; largest absolute error {error.max():.3g}, largest relative error "
        f"{relative.max():.3g} (where {against} > atol); worst at {worst}: expected {wanted[worst]:.8g}, "
        f"got {have[worst]:.8g}")


def _all_close(np, expected, got, rtol: float, atol: float, to_max: bool) -> bool:
    """The usual case in a few passes: every value of both finite, each within atol + rtol * |expected| (the
    largest |expected| with `to_max`). False sends the values to the full rule of `_values` (which also says why
    they differ)."""
    with np.errstate(all="ignore"):  # few temporaries: a fresh one of megabytes costs its page faults
        wanted = np.asarray(expected, dtype=np.float64)
        error = np.asarray(np.subtract(got, wanted, dtype=np.float64))  # an array even for a scalar answer
        np.abs(error, out=error)
        if not np.isfinite(error).all():  # a NaN or an infinity on either side (or an overflow): the full rule
            return False
        bound = np.abs(wanted)
        if to_max and bound.size:
            bound = bound.max()
        bound *= rtol
        bound += atol
        return bool((error <= bound).all())


def _non_finite_complaint(np, expected, got) -> str:
    """Why the NaNs and infinities of `got` are not exactly those of `expected`, or "" when they are."""
    special = ~np.isfinite(expected) | ~np.isfinite(got)
    wrong = special & ~((np.isnan(expected) & np.isnan(got)) | (expected == got))
    if not wrong.any():
        return ""
    where = tuple(int(i) for i in np.argwhere(wrong)[0])
    want, have = expected[where], got[where]
    if np.isfinite(want):
        count = int((wrong & np.isfinite(expected)).sum())
        return (f"{count} NaN/inf value(s) where the answer is finite, first at {where}: got {float(have):.8g}, "
                f"expected {float(want):.8g} (an overflow, or 0/0?)")
    count = int((wrong & ~np.isfinite(expected)).sum())
    return (f"{count} value(s) differ where the answer is NaN or infinite, which must match exactly; first at "
            f"{where}: expected {float(want):.8g}, got {float(have):.8g}")
