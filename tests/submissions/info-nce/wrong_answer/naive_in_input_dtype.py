# Wrong: log(sum(exp(z))) without the max subtracted, in the inputs' dtype: with temperature 0.01 the float32
# logits reach ~100, and float32's exp overflows past 88.7 (inf, then nan).
import numpy as np


def info_nce_loss(a, b, temperature=0.07):
    a_n = a / np.linalg.norm(a, axis=1, keepdims=True)
    b_n = b / np.linalg.norm(b, axis=1, keepdims=True)
    logits = (a_n @ b_n.T) / a.dtype.type(temperature)
    e = np.exp(logits)
    positives = np.diagonal(logits)
    a_to_b = np.log(e.sum(axis=1)) - positives
    b_to_a = np.log(e.sum(axis=0)) - positives
    return float((a_to_b.mean() + b_to_a.mean()) / 2)
