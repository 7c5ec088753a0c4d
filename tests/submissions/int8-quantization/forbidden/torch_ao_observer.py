"""Forbidden: torch.ao.quantization's PerChannelMinMaxObserver (per_channel_symmetric) picks the scales."""
import numpy as np
import torch
from torch.ao.quantization.observer import PerChannelMinMaxObserver


def quantize_int8(w, axis=0):
    observer = PerChannelMinMaxObserver(ch_axis=axis % w.ndim, dtype=torch.qint8, qscheme=torch.per_channel_symmetric,
                                        quant_min=-127, quant_max=127)
    observer(torch.from_numpy(w))
    scale, _ = observer.calculate_qparams()
    shape = [1] * w.ndim
    shape[axis] = -1
    scale = scale.numpy().astype(w.dtype)
    return np.clip(np.rint(w / scale.reshape(shape)), -127, 127).astype(np.int8), scale
