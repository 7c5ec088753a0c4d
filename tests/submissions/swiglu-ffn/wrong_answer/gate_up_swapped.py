# Wrong: silu on the up projection and the gate left linear: gate and up swapped (same shapes, so it runs).
import numpy as np


def swiglu_ffn(x, w_gate, w_up, w_down):
    gate, up = x @ w_gate.T, x @ w_up.T
    e = np.exp(-np.abs(up))
    silu_up = up * np.where(up >= 0, 1 / (1 + e), e / (1 + e))
    return (silu_up * gate) @ w_down.T
