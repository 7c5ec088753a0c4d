"""logistic_regression by PyTorch's autograd: the objective F.binary_cross_entropy_with_logits (its mean, stable for
any logit) + (l2 / 2) * ||w||^2 over the weights only, one parameter vector [w, b] from zeros, `steps` times
loss.backward() and theta -= lr * grad. Always in float64, as the problem computes whatever x's dtype."""

import torch
import torch.nn.functional as F


def solve(x, y, lr=0.1, steps=100, l2=0.0):
    features = torch.from_numpy(x).to(torch.float64)
    design = torch.cat([features, torch.ones(len(features), 1, dtype=torch.float64)], dim=1)
    target = torch.from_numpy(y).to(torch.float64)
    theta = torch.zeros(design.shape[1], dtype=torch.float64, requires_grad=True)
    for _ in range(steps):
        loss = F.binary_cross_entropy_with_logits(design @ theta, target) + l2 / 2 * theta[:-1].pow(2).sum()
        loss.backward()
        with torch.no_grad():
            theta -= lr * theta.grad
        theta.grad.zero_()
    return theta.detach().numpy()
