"""Arrays of floats: shape first, then dtype, then NaN/inf, then values within a tolerance for the dtype.

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
    finite = np.isfinite(expected)
    bad = (np.isnan(got) & ~np.isnan(expected)) | (np.isinf(got) & ~np.isinf(expected))
    if bad.any():
        where = tuple(int(i) for i in np.argwhere(bad)[0])
        return reject(f"{int(bad.sum())} NaN/inf value(s) where the answer is finite, first at {where}: "
                      f"got {float(got[where]):.8g}, expected {float(expected[where]):.8g} (an overflow, or 0/0?)")
    rtol, atol = options["tolerance"].get(str(dtype), [1e-7, 1e-9])
    wanted, have = expected.astype(np.float64), got.astype(np.float64)
    error = np.where(finite, np.abs(have - wanted), 0.0)
    allowed = atol + rtol * np.abs(np.where(finite, wanted, 0.0))
    if (error <= allowed).all() and np.array_equal(np.isinf(got), np.isinf(expected)):
        return ACCEPT
    worst = tuple(int(i) for i in np.unravel_index(np.argmax(error - allowed), error.shape))
    scale = np.abs(wanted)
    relative = np.where(finite & (scale > atol), error / np.maximum(scale, atol or 1e-300), 0.0)
    return reject(
        f"values differ beyond rtol={rtol:g}, atol={atol:g} ({dtype}): {int((error > allowed).sum())} of "
        f"{error.size} elements; largest absolute error {error.max():.3g}, largest relative error "
        f"{relative.max():.3g} (where |expected| > atol); worst at {worst}: expected {wanted[worst]:.8g}, "
        f"got {have[worst]:.8g}")
