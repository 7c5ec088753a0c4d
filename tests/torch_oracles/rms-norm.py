"""rms_norm as torch.nn.functional.rms_norm computes it over the last axis, in the dtype of x."""

import torch
import torch.nn.functional as F


def solve(x, weight=None, eps=1e-6):
    w = None if weight is None else torch.from_numpy(weight)
    return F.rms_norm(torch.from_numpy(x), (x.shape[-1],), w, eps).numpy()
