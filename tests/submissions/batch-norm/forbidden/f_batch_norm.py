# Forbidden: torch.nn.functional.batch_norm under its usual alias, on copies of the buffers (which it updates).
import numpy as np
import torch
import torch.nn.functional as F


def batch_norm(x, running_mean, running_var, weight=None, bias=None, training=False, momentum=0.1, eps=1e-5):
    mean, var = torch.tensor(running_mean), torch.tensor(running_var)
    tensor = lambda a: None if a is None else torch.from_numpy(a)  # noqa: E731
    y = F.batch_norm(torch.from_numpy(x), mean, var, tensor(weight), tensor(bias), training, momentum, eps)
    return y.numpy(), mean.numpy(), var.numpy()
