# Wrong: relu as the gate's activation (ReGLU), not silu: negative gates give 0 instead of z * sigmoid(z).
import numpy as np


def swiglu_ffn(x, w_gate, w_up, w_down):
    return (np.maximum(x @ w_gate.T, 0) * (x @ w_up.T)) @ w_down.T
