"""How the grader calls the PyTorch flavour, `top_k_top_p_filter(scores, temperature=1.0, top_k=0, top_p=1.0)`
(harness.sandbox.driver): the case's logits as the tensor `scores`, by position; temperature, top_k and top_p by
keyword when the case gives them (otherwise the function's own defaults are tested)."""

OPTIONS = ("temperature", "top_k", "top_p")


def call(top_k_top_p_filter, tensors):
    options = {name: tensors[name] for name in OPTIONS if name in tensors}
    return top_k_top_p_filter(tensors["logits"], **options)
