"""How the grader runs the PyTorch flavour, `class RMSNorm(nn.Module)` (harness.sandbox.driver).

A case with a weight builds `RMSNorm(d, eps=eps)` and loads it; a case without builds `RMSNorm(d, eps=eps,
elementwise_affine=False)`. d is x's last dimension; eps is passed only when the case gives one (otherwise the
module's default, 1e-6, is tested).
"""


def build(RMSNorm, given):
    options = {"eps": given["eps"]} if "eps" in given else {}
    if given.get("weight") is None:
        options["elementwise_affine"] = False
    return RMSNorm(given["x"].shape[-1], **options)


def parameters(given):
    """weight, loaded from the case's array when it has one."""
    return {"weight": ("weight", None)} if given.get("weight") is not None else {}


def call(module, tensors):
    return module(tensors["x"])
