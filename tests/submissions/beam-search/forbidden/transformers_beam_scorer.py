"""Forbidden: HuggingFace's BeamSearchScorer does the search (here driven by hand over the Markov model)."""
import numpy as np
import torch
from transformers import BeamSearchScorer


def beam_search(start_log_probs, transition_log_probs, beam_width, max_len, eos_id, length_penalty=0.0):
    scorer = BeamSearchScorer(batch_size=1, num_beams=beam_width, device="cpu", length_penalty=length_penalty,
                              max_length=max_len)
    trans = torch.from_numpy(transition_log_probs)
    ids = torch.zeros((beam_width, 0), dtype=torch.long)
    scores = torch.from_numpy(np.repeat(start_log_probs[None, :], beam_width, axis=0))
    beam_scores = torch.zeros(beam_width)
    for step in range(max_len):
        if step:
            scores = beam_scores[:, None] + trans[ids[:, -1]]
        top, index = scores.view(1, -1).topk(2 * beam_width)
        out = scorer.process(ids, top, index % scores.shape[1], index // scores.shape[1], eos_token_id=eos_id)
        beam_scores = out["next_beam_scores"]
        ids = torch.cat([ids[out["next_beam_indices"]], out["next_beam_tokens"][:, None]], dim=-1)
    done = scorer.finalize(ids, beam_scores, None, None, max_length=max_len, eos_token_id=eos_id)
    return done["sequences"][0].tolist(), float(done["sequence_scores"][0])
