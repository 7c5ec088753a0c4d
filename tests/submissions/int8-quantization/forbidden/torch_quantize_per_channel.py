"""Forbidden: torch.quantize_per_channel with the symmetric scales and zero points 0 (its int_repr() is q)."""
import numpy as np
import torch


def quantize_int8(w, axis=0):
    x = torch.from_numpy(w)
    others = [d for d in range(x.dim()) if d != axis % x.dim()]
    amax = x.abs().amax(dim=others)
    scale = torch.where(amax == 0, torch.ones_like(amax), amax / 127)
    zero = torch.zeros(len(scale), dtype=torch.int64)
    qt = torch.quantize_per_channel(x.float(), scale.double(), zero, axis % x.dim(), torch.qint8)
    return qt.int_repr().numpy().astype(np.int8), scale.numpy()
