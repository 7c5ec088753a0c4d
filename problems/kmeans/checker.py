"""K-means answers `(centroids, labels)`: the labels exactly, any integer dtype; the centroids as the floats
checker compares arrays, in x's dtype within its tolerance.

The labels come first: a point given to the wrong cluster is the clearest thing to say, and it moves a centroid
too. Every message is one the floats and exact checkers also write (item, shape, dtype, position), so it reads in
Chinese as theirs do.
"""

from __future__ import annotations

import numpy as np

from harness.brief import brief
from harness.checkers import Outcome, floats, reject

OPTIONS: dict = {
    "tolerance": {"float32": [1e-4, 1e-5], "float64": [1e-9, 1e-9]},
    "relative_to_max": ["float32"],
}


def check(given: dict, expected, got, options: dict) -> Outcome:
    if not isinstance(got, (tuple, list)) or len(got) != 2:
        return reject(f"expected a tuple of 2 items, got {brief(got)} ({type(got).__name__})")
    complaint = labels_complaint(np.asarray(expected[1]), got[1])
    if complaint:
        return reject(f"item 1 of the tuple: {complaint}")
    outcome = floats.check(given, expected[0], got[0], {**options, "dtype_of": "x"})
    return outcome if outcome.ok else reject(f"item 0 of the tuple: {outcome.message}")


def labels_complaint(expected: np.ndarray, got) -> str:
    """Why `got` is not exactly the expected labels (an integer array of their shape), or "" when it is."""
    if not isinstance(got, np.ndarray):
        return f"expected a numpy.ndarray of shape {expected.shape}, got {brief(got)} ({type(got).__name__})"
    if got.shape != expected.shape:
        return f"shape: expected {expected.shape}, got {got.shape}"
    if got.dtype.kind not in "iu":
        return f"dtype: expected {expected.dtype}, got {got.dtype}"
    wrong = np.flatnonzero(got != expected)
    if wrong.size:
        first = int(wrong[0])
        return f"at index {first}: expected {int(expected[first])}, got {int(got[first])}"
    return ""
