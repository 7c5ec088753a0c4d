"""How the grader calls the PyTorch flavour, `gae(rewards, values, dones, last_value, gamma=0.99,
gae_lambda=0.95)` on tensors, with the name Stable-Baselines3 and CleanRL give lambda (harness.sandbox.driver)."""


def call(gae, tensors):
    options = {"gamma": tensors["gamma"]} if "gamma" in tensors else {}
    if "lam" in tensors:
        options["gae_lambda"] = tensors["lam"]
    return gae(tensors["rewards"], tensors["values"], tensors["dones"], tensors["last_value"], **options)
