"""How the grader runs the PyTorch flavour, `class LayerNorm(nn.Module)` (harness.sandbox.driver).

A case with weight and bias builds `LayerNorm(normalized_shape, eps=eps)` and loads both; weight alone builds it
with `bias=False`; neither builds it with `elementwise_affine=False`; a bias without a weight builds the default
module, loads the bias and fills the weight with ones. eps is passed only when the case gives one (otherwise the
module's default, 1e-5, is tested).
"""


def build(LayerNorm, given):
    shape = given["normalized_shape"]
    shape = (shape,) if isinstance(shape, int) else tuple(shape)
    options = {"eps": given["eps"]} if "eps" in given else {}
    weight, bias = given.get("weight") is not None, given.get("bias") is not None
    if not weight and not bias:
        return LayerNorm(shape, elementwise_affine=False, **options)
    module = LayerNorm(shape, bias=bias, **options)
    if not weight:
        module.weight.data.fill_(1.0)  # weight = None: multiplying by ones
    return module


def parameters(given):
    """weight and bias, each loaded from the case's array of the same name when it has one."""
    return {name: (name, None) for name in ("weight", "bias") if given.get(name) is not None}


def call(module, tensors):
    return module(tensors["x"])
