# Forbidden: torch.layer_norm, the same operation in the torch namespace, imported by name.
from torch import from_numpy, layer_norm as ln


def layer_norm(x, normalized_shape, weight=None, bias=None, eps=1e-5):
    t = lambda a: None if a is None else from_numpy(a)  # noqa: E731
    return ln(t(x), list(normalized_shape), t(weight), t(bias), eps).numpy()
