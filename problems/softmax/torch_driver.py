"""How the grader calls the PyTorch flavour, `softmax(x: Tensor, dim=-1) -> Tensor` (harness.sandbox.driver)."""


def call(softmax, tensors):
    return softmax(tensors["x"]) if tensors.get("axis") is None else softmax(tensors["x"], dim=tensors["axis"])
