"""How the grader calls the PyTorch flavour, `dpo_loss(chosen_logps, rejected_logps, ref_chosen_logps,
ref_rejected_logps, beta=0.1, label_smoothing=0.0)`, named as TRL's DPOTrainer.dpo_loss (harness.sandbox.driver).

The four log-probs are passed by position, beta and label_smoothing by keyword when the case gives them (otherwise
the function's own defaults are tested)."""

LOGPS = ("policy_chosen_logps", "policy_rejected_logps", "reference_chosen_logps", "reference_rejected_logps")


def call(dpo_loss, tensors):
    options = {name: tensors[name] for name in ("beta", "label_smoothing") if name in tensors}
    return dpo_loss(*(tensors[name] for name in LOGPS), **options)
