"""adamw with torch.optim.AdamW itself, in the dtype of the arrays given: an optimizer over one parameter whose
state is set to the case's (exp_avg, exp_avg_sq, and `step - 1` steps taken), then one `optimizer.step()` with the
case's gradient, through `_single_tensor_adam` (foreach=False), the loop whose order of operations the problem
states. `chain` runs torch.optim.AdamW over a whole sequence of gradients, for checking the reference chained
over 1,000 steps (see tests/test_hidden_cases.py's adamw test, or run this file)."""

import numpy as np
import torch


def _optimizer(p, lr, beta1, beta2, eps, weight_decay):
    return torch.optim.AdamW([p], lr=lr, betas=(beta1, beta2), eps=eps, weight_decay=weight_decay, foreach=False)


def solve(param, grad, exp_avg, exp_avg_sq, step, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8, weight_decay=1e-2):
    p = torch.nn.Parameter(torch.from_numpy(param.copy()))
    optimizer = _optimizer(p, lr, beta1, beta2, eps, weight_decay)
    optimizer.state[p] = {"step": torch.tensor(float(step - 1)),  # torch counts the steps taken before this one
                          "exp_avg": torch.from_numpy(exp_avg.copy()),
                          "exp_avg_sq": torch.from_numpy(exp_avg_sq.copy())}
    p.grad = torch.from_numpy(grad.copy())
    optimizer.step()
    state = optimizer.state[p]
    return p.detach().numpy(), state["exp_avg"].numpy(), state["exp_avg_sq"].numpy()


def chain(param, grads, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8, weight_decay=1e-2):
    """torch.optim.AdamW from zero moments over `grads` (a sequence of arrays of param's shape and dtype); the
    final (param, exp_avg, exp_avg_sq)."""
    p = torch.nn.Parameter(torch.from_numpy(param.copy()))
    optimizer = _optimizer(p, lr, beta1, beta2, eps, weight_decay)
    for g in grads:
        p.grad = torch.from_numpy(np.array(g, dtype=param.dtype))
        optimizer.step()
    state = optimizer.state[p]
    return p.detach().numpy(), state["exp_avg"].numpy(), state["exp_avg_sq"].numpy()


if __name__ == "__main__":  # the reference chained over 1,000 steps against torch.optim.AdamW chained
    import importlib.util
    from pathlib import Path

    spec = importlib.util.spec_from_file_location("reference", Path(__file__).parents[2] / "solutions" / "adamw.py")
    reference = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(reference)
    gen = np.random.default_rng(0)
    for dtype in (np.float64, np.float32):
        for hyper in ({}, {"lr": 3e-3, "beta2": 0.95, "weight_decay": 0.1}, {"lr": 0.3, "weight_decay": 0.5}):
            p0 = gen.normal(0, 0.05, (16, 8)).astype(dtype)
            grads = [gen.normal(0, 1, (16, 8)).astype(dtype) * 10.0 ** gen.uniform(-9, 1) for _ in range(1000)]
            p, m, v = p0, np.zeros_like(p0), np.zeros_like(p0)
            for t, g in enumerate(grads, start=1):
                p, m, v = reference.adamw_step(p, g, m, v, t, **hyper)
            theirs = chain(p0, grads, **hyper)
            error = [float(np.abs(a.astype(np.float64) - b).max() / np.abs(b.astype(np.float64)).max())
                     for a, b in zip((p, m, v), theirs)]
            print(np.dtype(dtype).name, hyper, "largest error / largest |torch| per item:", error)
