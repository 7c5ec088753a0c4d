# Forbidden: PyTorch for the forward pass and a backward pass written by hand on tensors. PyTorch is refused at
# import in this problem (its autograd has too many doors to close one by one), however it is used.
import torch
import torch.nn.functional as F


def mlp_backprop(x, y, w1, b1, w2, b2):
    x, w1, b1, w2, b2 = (torch.from_numpy(a) for a in (x, w1, b1, w2, b2))
    target = torch.from_numpy(y)
    n = x.shape[0]
    z = x @ w1.T + b1
    h = torch.relu(z)
    logits = h @ w2.T + b2
    loss = F.cross_entropy(logits, target)
    d_logits = (F.softmax(logits, dim=1) - F.one_hot(target, logits.shape[1]).to(logits.dtype)) / n
    d_z = (d_logits @ w2) * (z > 0)
    grads = {"w1": d_z.T @ x, "b1": d_z.sum(0), "w2": d_logits.T @ h, "b2": d_logits.sum(0)}
    return loss.item(), {name: grad.numpy() for name, grad in grads.items()}
