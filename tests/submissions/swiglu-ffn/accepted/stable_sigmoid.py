# Accepted: vectorised NumPy with a sigmoid that takes exp of -|z| only (no overflow, no warning).
import numpy as np


def sigmoid(z):
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))


def swiglu_ffn(x, w_gate, w_up, w_down):
    gate = x @ w_gate.T
    return ((gate * sigmoid(gate)) * (x @ w_up.T)) @ w_down.T
