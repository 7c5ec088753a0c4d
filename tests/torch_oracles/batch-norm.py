"""batch_norm as torch.nn.functional.batch_norm computes it, in the dtype of x. F.batch_norm updates the running
buffers in place (in training): it is given copies, and the updated copies are the new running statistics."""

import torch
import torch.nn.functional as F


def solve(x, running_mean, running_var, weight=None, bias=None, training=False, momentum=0.1, eps=1e-5):
    tensor = lambda a: None if a is None else torch.from_numpy(a.copy())  # noqa: E731
    mean, var = tensor(running_mean), tensor(running_var)
    y = F.batch_norm(tensor(x), mean, var, tensor(weight), tensor(bias), training=training, momentum=momentum,
                     eps=eps)
    return y.numpy(), mean.numpy(), var.numpy()
