"""Forward maximum matching by trying every lexicon word at every position with startswith, keeping the longest."""


def inputs(rng):
    while True:
        letters = rng.choice(("ab", "abc", "甲乙", "a🙂"))
        lexicon = ["".join(rng.choice(letters) for _ in range(rng.randint(1, 6))) for _ in range(rng.randint(0, 10))]
        given = {"text": "".join(rng.choice(letters + " x") for _ in range(rng.randint(0, 30))), "lexicon": lexicon}
        if rng.random() < 0.5:
            given["max_len"] = rng.randint(1, 7)
        yield given


def solve(text, lexicon, max_len=None):
    limit = max_len if max_len is not None else max([len(w) for w in lexicon] + [0])
    tokens, i = [], 0
    while i < len(text):
        best = text[i]
        for word in lexicon:
            if len(word) <= limit and text.startswith(word, i) and len(word) > len(best):
                best = word
        tokens.append(best)
        i += len(best)
    return tokens
