def wordpiece_tokenize(text: str, vocab: Dict[str, int], unk_token: str = "[UNK]",
                       max_input_chars_per_word: int = 100, lowercase: bool = True) -> List[str]:
    raise NotImplementedError("write your solution to wordpiece-tokenizer here, then run `shousi run wordpiece-tokenizer`")
