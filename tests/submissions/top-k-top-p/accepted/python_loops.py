"""Accepted (the slowest): every row as a Python list, the nucleus grown one token at a time in the order of
Python's sorted(..., reverse=True), which is stable (ties keep the lower index first). O(V log V) per row, but in
Python floats."""
import math

import numpy as np


def filter_row(row, temperature, top_k, top_p):
    z = [x / temperature for x in row]
    if 0 < top_k < len(z):
        kth = sorted(z, reverse=True)[top_k - 1]
        z = [x if x >= kth else -math.inf for x in z]
    m = max(z)
    e = [math.exp(x - m) for x in z]
    s = sum(e)
    p = [x / s for x in e]
    if top_p < 1.0:
        keep = [0.0] * len(p)
        total = 0.0
        for i in sorted(range(len(p)), key=p.__getitem__, reverse=True):  # stable: ties by index
            keep[i] = p[i]
            total += p[i]
            if total >= top_p:
                break
        s = sum(keep)
        p = [x / s for x in keep]
    return p


def top_k_top_p_filter(logits, temperature=1.0, top_k=0, top_p=1.0):
    rows = logits.reshape(-1, logits.shape[-1]).tolist()
    out = [filter_row(r, temperature, top_k, top_p) for r in rows]
    return np.array(out).reshape(logits.shape).astype(logits.dtype)
