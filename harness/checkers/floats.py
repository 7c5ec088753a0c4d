"""Arrays of floats: shape first, then dtype, then NaN/inf, then values within a tolerance for the dtype.

Non-finite values compare exactly: where the answer is NaN only NaN passes, where it is inf only inf of the
same sign, and where it is finite neither does.

Options: `dtype_of` names the input whose dtype the answer must keep (softmax keeps x's: float32 stays float32);
`tolerance` maps a dtype name to [rtol, atol], compared as numpy.isclose does: |got - expected| <= atol + rtol*|expected|.
"""

from __future__ import annotations

from typing import Any

from harness.brief import brief
from harness.checkers import ACCEPT, Outcome, reject

OPTIONS: dict = {
    "dtype_of": "",
    "tolerance": {"float16": [1e-2, 1e-3], "float32": [1e-4, 1e-5], "float64": [1e-9, 1e-12]},
}


def check(given: dict, expected: Any, got: Any, options: dict) -> Outcome:
    import numpy as np

    source = given.get(options["dtype_of"])
    dtype = source.dtype if isinstance(source, np.ndarray) else np.asarray(expected).dtype
    expected = np.asarray(expected, dtype=dtype)
    if not isinstance(got, np.ndarray):
        return reject(f"expected a numpy.ndarray of shape {expected.shape}, got {brief(got)} ({type(got).__name__})")
    if got.shape != expected.shape:
        return reject(f"shape: expected {expected.shape}, got {got.shape}")
    if got.dtype != expected.dtype:
        return reject(f"dtype: expected {expected.dtype} (the input's), got {got.dtype}")
    with np.errstate(invalid="ignore", over="ignore"):
        complaint = _non_finite_complaint(np, expected, got)
        if complaint:
            return reject(complaint)
        finite = np.isfinite(expected)
        rtol, atol = options["tolerance"].get(str(dtype), [1e-7, 1e-9])
        wanted, have = expected.astype(np.float64), got.astype(np.float64)
        error = np.where(finite, np.abs(have - wanted), 0.0)
    allowed = atol + rtol * np.abs(np.where(finite, wanted, 0.0))
    if (error <= allowed).all():
        return ACCEPT
    worst = tuple(int(i) for i in np.unravel_index(np.argmax(error - allowed), error.shape))
    scale = np.abs(wanted)
    relative = np.where(finite & (scale > atol), error / np.maximum(scale, atol or 1e-300), 0.0)
    return reject(
        f"values differ beyond rtol={rtol:g}, atol={atol:g} ({dtype}): {int((error > allowed).sum())} of "
        f"{error.size} elements; largest absolute error {error.max():.3g}, largest relative error "
        f"{relative.max():.3g} (where |expected| > atol); worst at {worst}: expected {wanted[worst]:.8g}, "
        f"got {have[worst]:.8g}")


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
