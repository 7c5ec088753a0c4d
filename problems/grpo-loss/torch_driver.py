"""How the grader calls the PyTorch flavour, `grpo_loss(rewards, per_token_logps, old_per_token_logps,
ref_per_token_logps, completion_mask, num_generations, epsilon=0.2, beta=0.04, eps=1e-4)` on tensors, with the
names TRL's GRPOTrainer gives them (harness.sandbox.driver).

The arrays and group_size are passed by position (the mask as a bool tensor); clip_eps (as `epsilon`), beta and
eps by keyword when the case gives them (otherwise the function's own defaults are tested)."""

POSITIONAL = ("rewards", "logp_new", "logp_old", "logp_ref", "mask", "group_size")
KEYWORDS = {"clip_eps": "epsilon", "beta": "beta", "eps": "eps"}


def call(grpo_loss, tensors):
    options = {theirs: tensors[ours] for ours, theirs in KEYWORDS.items() if ours in tensors}
    return grpo_loss(*(tensors[name] for name in POSITIONAL), **options)
