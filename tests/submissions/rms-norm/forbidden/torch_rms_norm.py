# Forbidden: torch.rms_norm, the same operation in the torch namespace, imported by name.
from torch import from_numpy, rms_norm as rms


def rms_norm(x, weight=None, eps=1e-6):
    return rms(from_numpy(x), [x.shape[-1]], None if weight is None else from_numpy(weight), eps).numpy()
