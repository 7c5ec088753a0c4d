"""How the grader calls the PyTorch flavour, `ppo_clip_loss(log_probs, old_log_probs, advantages, clip_eps=0.2,
action_mask=None)` on tensors, named as OpenRLHF's PolicyLoss.forward (harness.sandbox.driver).

The three arrays are passed by position, clip_eps and the mask by keyword when the case gives them (otherwise the
function's own defaults are tested)."""


def call(ppo_clip_loss, tensors):
    options = {"clip_eps": tensors["clip_eps"]} if "clip_eps" in tensors else {}
    if tensors.get("mask") is not None:
        options["action_mask"] = tensors["mask"]
    return ppo_clip_loss(tensors["logp_new"], tensors["logp_old"], tensors["advantages"], **options)
