# Forbidden: the module form, torch.nn.BatchNorm1d with the buffers and the affine parameters loaded into it.
import numpy as np
import torch
from torch import nn


def batch_norm(x, running_mean, running_var, weight=None, bias=None, training=False, momentum=0.1, eps=1e-5):
    dtype = torch.float64 if x.dtype == np.float64 else torch.float32
    module = nn.BatchNorm1d(x.shape[1], eps=eps, momentum=momentum).to(dtype)
    with torch.no_grad():
        module.running_mean.copy_(torch.from_numpy(running_mean))
        module.running_var.copy_(torch.from_numpy(running_var))
        if weight is not None:
            module.weight.copy_(torch.from_numpy(weight))
        if bias is not None:
            module.bias.copy_(torch.from_numpy(bias))
        module.train(training)
        y = module(torch.from_numpy(x).reshape(x.shape[0], x.shape[1], -1)).reshape(x.shape)
    return y.numpy(), module.running_mean.numpy(), module.running_var.numpy()
