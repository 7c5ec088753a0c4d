# Compile error: the function is called swiglu, so the grader finds no `swiglu_ffn`.
import numpy as np


def swiglu(x, w_gate, w_up, w_down):
    z = x @ w_gate.T
    return (z / (1 + np.exp(-z)) * (x @ w_up.T)) @ w_down.T
