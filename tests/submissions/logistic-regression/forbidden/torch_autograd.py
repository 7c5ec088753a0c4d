# Forbidden: PyTorch's autograd derives the gradient (the descent loop is written by hand, the gradient is not).
import torch
import torch.nn.functional as F


def logistic_regression(x, y, lr=0.1, steps=100, l2=0.0):
    design = torch.cat([torch.from_numpy(x).double(), torch.ones(len(x), 1, dtype=torch.float64)], dim=1)
    target = torch.from_numpy(y).double()
    theta = torch.zeros(design.shape[1], dtype=torch.float64, requires_grad=True)
    for _ in range(steps):
        loss = F.binary_cross_entropy_with_logits(design @ theta, target) + l2 / 2 * (theta[:-1] ** 2).sum()
        (grad,) = torch.autograd.grad(loss, theta)
        with torch.no_grad():
            theta -= lr * grad
    return theta.detach().numpy()
