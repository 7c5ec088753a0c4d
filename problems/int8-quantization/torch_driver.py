"""How the grader calls the PyTorch flavour, `quantize_int8(w: Tensor, dim=0) -> (q, scale)`
(harness.sandbox.driver): each test's axis is passed as dim, or nothing where the test leaves it out."""


def call(quantize_int8, tensors):
    return quantize_int8(tensors["w"]) if tensors.get("axis") is None else quantize_int8(tensors["w"], dim=tensors["axis"])
