"""Non-maximum suppression by its definition, with Python numbers: every box's IoU with every other as exact
fractions (Fraction of each float coordinate, so no rounding decides anything), the order by (-score, index), and
the greedy rule written as a loop: a box is kept unless a box kept before it overlaps it by more than the
threshold.

Small inputs of both dtypes: a handful of boxes on a small integer grid (many equal boxes, touching boxes, points
and lines, IoUs exactly at thresholds that are multiples of 1/8) or with float coordinates, scores with ties.
"""

from fractions import Fraction

import numpy as np


def inputs(rng):
    gen = np.random.default_rng(rng.randrange(2**32))
    while True:
        n = rng.randint(0, 12)
        dtype = rng.choice([np.float32, np.float64])
        if dtype is np.float32 or rng.random() < 0.5:
            side = rng.choice([3, 6, 12])
            x1, y1 = gen.integers(0, side, n), gen.integers(0, side, n)
            x2, y2 = x1 + gen.integers(0, side // 2 + 1, n), y1 + gen.integers(0, side // 2 + 1, n)
            threshold = rng.randint(0, 8) / 8
        else:
            x1, y1 = gen.uniform(-5, 5, n), gen.uniform(-5, 5, n)
            x2, y2 = x1 + gen.uniform(0, 6, n), y1 + gen.uniform(0, 6, n)
            threshold = rng.choice([0.1, 0.3, 0.45, 0.5, 0.7, 0.9])
        boxes = np.stack([x1, y1, x2, y2], axis=1).reshape(n, 4).astype(dtype)
        scores = gen.integers(0, rng.choice([2, 4, 100]), n) / 4 if rng.random() < 0.5 else gen.normal(size=n)
        yield {"boxes": boxes, "scores": scores.astype(dtype), "iou_threshold": threshold}


def iou(a, b):
    """The IoU of two boxes (x1, y1, x2, y2) as an exact Fraction; 0 when the union is empty."""
    a, b = [Fraction(v) for v in a], [Fraction(v) for v in b]
    width = min(a[2], b[2]) - max(a[0], b[0])
    height = min(a[3], b[3]) - max(a[1], b[1])
    inter = width * height if width > 0 and height > 0 else Fraction(0)
    union = (a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - inter
    return inter / union if union > 0 else Fraction(0)


def solve(boxes, scores, iou_threshold):
    rows = [[float(v) for v in row] for row in boxes.tolist()]
    values = [float(s) for s in scores.tolist()]
    order = sorted(range(len(values)), key=lambda i: (-values[i], i))
    kept = []
    for i in order:
        if all(iou(rows[k], rows[i]) <= Fraction(iou_threshold) for k in kept):
            kept.append(i)
    return kept
