"""How the grader calls the PyTorch flavour, `info_nce_loss(image_features, text_features, temperature=0.07)`,
named as open_clip's ClipLoss (harness.sandbox.driver).

`a` and `b` are passed by position, `temperature` by keyword when the case gives it (otherwise the function's own
default is tested)."""


def call(info_nce_loss, tensors):
    options = {"temperature": tensors["temperature"]} if "temperature" in tensors else {}
    return info_nce_loss(tensors["a"], tensors["b"], **options)
