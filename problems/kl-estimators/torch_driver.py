"""How the grader calls the PyTorch flavour, `kl_estimators(ref_logprobs, logprobs)` on tensors
(harness.sandbox.driver): the case's logp (log p(x), the reference's) and logq (log q(x), the sampling policy's),
by position, in that order."""


def call(kl_estimators, tensors):
    return kl_estimators(tensors["logp"], tensors["logq"])
