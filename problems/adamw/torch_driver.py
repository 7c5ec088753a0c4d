"""How the grader calls the PyTorch flavour, `adamw_step(param, grad, exp_avg, exp_avg_sq, step, lr=1e-3,
betas=(0.9, 0.999), eps=1e-8, weight_decay=1e-2)` on tensors, with torch.optim.AdamW's `betas` pair
(harness.sandbox.driver).

The four tensors and step are passed by position; lr, eps and weight_decay by keyword when the case gives them,
and betas when the case gives beta1 or beta2 (the other one at its default); otherwise the function's own defaults
are tested. The tensors share memory with the case's arrays: writing into them in place is caught as modifying
the inputs."""

STATE = ("param", "grad", "exp_avg", "exp_avg_sq", "step")
DEFAULT_BETAS = (0.9, 0.999)


def call(adamw_step, tensors):
    options = {name: tensors[name] for name in ("lr", "eps", "weight_decay") if name in tensors}
    if "beta1" in tensors or "beta2" in tensors:
        options["betas"] = (tensors.get("beta1", DEFAULT_BETAS[0]), tensors.get("beta2", DEFAULT_BETAS[1]))
    return adamw_step(*(tensors[name] for name in STATE), **options)
