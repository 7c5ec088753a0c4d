# Accepted: einsum with named axes (e: embedding, f: hidden) and scipy-free expit written by hand, in float64.
import numpy as np


def expit(z):
    out = np.empty_like(z)
    positive = z >= 0
    out[positive] = 1.0 / (1.0 + np.exp(-z[positive]))
    ez = np.exp(z[~positive])
    out[~positive] = ez / (1.0 + ez)
    return out


def swiglu_ffn(x, w_gate, w_up, w_down):
    x64 = x.astype(np.float64)
    gate = np.einsum("...e,fe->...f", x64, w_gate.astype(np.float64))
    up = np.einsum("...e,fe->...f", x64, w_up.astype(np.float64))
    return np.einsum("...f,ef->...e", gate * expit(gate) * up, w_down.astype(np.float64)).astype(x.dtype)
