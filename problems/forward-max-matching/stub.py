def fmm_segment(text: str, lexicon: List[str], max_len: Optional[int] = None) -> List[str]:
    raise NotImplementedError(
        "write your solution to forward-max-matching here, then run `shousi run forward-max-matching`")
