# Forbidden: the module torch.nn.RMSNorm with the weight copied in.
import torch


def rms_norm(x, weight=None, eps=1e-6):
    t = torch.from_numpy(x)
    layer = torch.nn.RMSNorm(x.shape[-1], eps=eps, elementwise_affine=weight is not None, dtype=t.dtype)
    with torch.no_grad():
        if weight is not None:
            layer.weight.copy_(torch.from_numpy(weight))
        return layer(t).numpy()
